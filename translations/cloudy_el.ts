<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>Cloudy::Contribution::ConfigDisk</name>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="77"/>
        <source>Cannot write the guest&apos;s configuration %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή της διαμόρφωσης του επισκέπτη %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="130"/>
        <location filename="../core/contribution/ConfigDisk.cpp" line="181"/>
        <source>cannot create the folder</source>
        <translation>δεν είναι δυνατή η δημιουργία του φακέλου</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::ContributionNode</name>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="115"/>
        <source>Cloudy contribution</source>
        <translation>Συνεισφορά Cloudy</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="116"/>
        <source>Resources donated to the community microcloud %1</source>
        <translation>Πόροι που δωρίστηκαν στο κοινοτικό μικρο-νέφος %1</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="346"/>
        <source>Cannot create the folder %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="366"/>
        <source>disk size: applies when the guest is stopped and started again</source>
        <translation>μέγεθος δίσκου: εφαρμόζεται όταν ο επισκέπτης σταματήσει και ξεκινήσει ξανά</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="386"/>
        <source>Cannot copy the guest image %1 into %2.</source>
        <translation>Δεν είναι δυνατή η αντιγραφή της εικόνας επισκέπτη %1 στο %2.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="427"/>
        <source>A libvirt domain named %1 exists and is not Cloudy&apos;s contribution node; rename or remove it.</source>
        <translation>Υπάρχει τομέας libvirt με όνομα %1 που δεν είναι ο κόμβος συνεισφοράς του Cloudy· μετονομάστε τον ή αφαιρέστε τον.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="435"/>
        <source>new definition (image, maximums or microcloud): applies on the next start</source>
        <translation>νέος ορισμός (εικόνα, μέγιστα ή μικρο-νέφος): εφαρμόζεται στην επόμενη εκκίνηση</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="575"/>
        <source>Not connected to libvirt at %1.</source>
        <translation>Δεν υπάρχει σύνδεση στο libvirt στο %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::GuestImage</name>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="30"/>
        <source>No guest image is chosen: pick one on the Share page or with `cloudyctl share set --image PATH`.</source>
        <translation>Δεν έχει επιλεγεί εικόνα επισκέπτη: επιλέξτε μία στη σελίδα Κοινή χρήση ή με `cloudyctl share set --image PATH`.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="36"/>
        <source>The guest image %1 does not exist.</source>
        <translation>Η εικόνα επισκέπτη %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="38"/>
        <source>The guest image &quot;%1&quot; is a catalog name; images from the catalog are not supported yet: give the path of an image folder.</source>
        <translation>Η εικόνα επισκέπτη &quot;%1&quot; είναι όνομα καταλόγου· οι εικόνες του καταλόγου δεν υποστηρίζονται ακόμη: δώστε τη διαδρομή ενός φακέλου εικόνας.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="43"/>
        <source>The guest image %1 is not a folder.</source>
        <translation>Η εικόνα επισκέπτη %1 δεν είναι φάκελος.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="56"/>
        <source>The guest image %1 has no container root filesystem (rootfs/ or lxc-rootfs/).</source>
        <translation>Η εικόνα επισκέπτη %1 δεν έχει ριζικό σύστημα αρχείων κοντέινερ (rootfs/ ή lxc-rootfs/).</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="64"/>
        <source>The guest image %1 has a kernel but no initrd.img.</source>
        <translation>Η εικόνα επισκέπτη %1 έχει πυρήνα αλλά όχι initrd.img.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="80"/>
        <source>The guest image %1 has neither a kernel (vmlinuz + initrd.img) nor a disk (disk.qcow2, disk.img).</source>
        <translation>Η εικόνα επισκέπτη %1 δεν έχει ούτε πυρήνα (vmlinuz + initrd.img) ούτε δίσκο (disk.qcow2, disk.img).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::DonationChart</name>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="41"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="42"/>
        <source>Memory</source>
        <translation>Μνήμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="43"/>
        <source>Disk</source>
        <translation>Δίσκος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="74"/>
        <source>Donated now, last 10 minutes</source>
        <translation>Δωρεά τώρα, τελευταία 10 λεπτά</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="85"/>
        <source>Nothing donated in the last 10 minutes.</source>
        <translation>Δεν δωρήθηκε τίποτα τα τελευταία 10 λεπτά.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="107"/>
        <source>CPU %1 cores</source>
        <translation>CPU %1 πυρήνες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="108"/>
        <source>Memory %1</source>
        <translation>Μνήμη %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="109"/>
        <source>Disk %1 GiB</source>
        <translation>Δίσκος %1 GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="110"/>
        <source>%1 cores, %2 memory, %3 GiB disk</source>
        <translation>%1 πυρήνες, %2 μνήμη, %3 GiB δίσκος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/DonationChart.cpp" line="113"/>
        <source>Donated now: %1.</source>
        <translation>Δωρεά τώρα: %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="35"/>
        <source>Sharing: off</source>
        <translation>Κοινή χρήση: ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="38"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="42"/>
        <source>Pages</source>
        <translation>Σελίδες</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="49"/>
        <source>Share</source>
        <translation>Κοινή χρήση</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="50"/>
        <source>Nearby</source>
        <translation>Κοντά</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="51"/>
        <source>Services</source>
        <translation>Υπηρεσίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="52"/>
        <source>Rewards</source>
        <translation>Ανταμοιβές</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="68"/>
        <source>Sharing state</source>
        <translation>Κατάσταση κοινής χρήσης</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="86"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="122"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="143"/>
        <source>Sharing: not available</source>
        <translation>Κοινή χρήση: μη διαθέσιμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="151"/>
        <source>Sharing state: %1</source>
        <translation>Κατάσταση κοινής χρήσης: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="193"/>
        <source>Cloudy keeps running</source>
        <translation>Το Cloudy συνεχίζει να εκτελείται</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="194"/>
        <source>Cloudy is still in the tray, so sharing goes on. Use Quit in its menu to stop it.</source>
        <translation>Το Cloudy παραμένει στην περιοχή ειδοποιήσεων, οπότε η κοινή χρήση συνεχίζεται. Χρησιμοποιήστε την Έξοδο στο μενού του για να το σταματήσετε.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::NearbyPage</name>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="38"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="47"/>
        <source>just now</source>
        <translation>μόλις τώρα</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="76"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n κόμβος</numerusform>
            <numerusform>%n κόμβοι</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="77"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="276"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n υπηρεσία</numerusform>
            <numerusform>%n υπηρεσίες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="113"/>
        <source>&amp;Open</source>
        <translation>Άν&amp;οιγμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="114"/>
        <source>&amp;Copy address</source>
        <translation>Α&amp;ντιγραφή διεύθυνσης</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="115"/>
        <source>&amp;Launch here</source>
        <translation>&amp;Εκκίνηση εδώ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="116"/>
        <source>&amp;Join microcloud</source>
        <translation>&amp;Σύνδεση στο μικρο-νέφος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="119"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="209"/>
        <source>Nearby</source>
        <translation>Κοντά</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="123"/>
        <source>Filter by name, service, host, address or TXT</source>
        <translation>Φιλτράρισμα κατά όνομα, υπηρεσία, κεντρικό υπολογιστή, διεύθυνση ή TXT</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="124"/>
        <source>Filter microclouds and services</source>
        <translation>Φιλτράρισμα μικρο-νεφών και υπηρεσιών</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="138"/>
        <source>Microclouds, nodes and services</source>
        <translation>Μικρο-νέφη, κόμβοι και υπηρεσίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="165"/>
        <source>TXT record</source>
        <translation>Εγγραφή TXT</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="166"/>
        <source>Key</source>
        <translation>Κλειδί</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="166"/>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="176"/>
        <source>Run this service on this computer (from the Services page)</source>
        <translation>Εκτέλεση αυτής της υπηρεσίας σε αυτόν τον υπολογιστή (από τη σελίδα Υπηρεσίες)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="177"/>
        <source>Share this computer with this microcloud</source>
        <translation>Κοινή χρήση αυτού του υπολογιστή με αυτό το μικρο-νέφος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="210"/>
        <source>The microclouds of your community network near you, and what they offer.</source>
        <translation>Τα μικρο-νέφη του κοινοτικού σας δικτύου κοντά σας, και τι προσφέρουν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="263"/>
        <source>Avahi (avahi-daemon)</source>
        <translation>Avahi (avahi-daemon)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="264"/>
        <source>Cloudy&apos;s built-in mDNS browser</source>
        <translation>τον ενσωματωμένο περιηγητή mDNS του Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="265"/>
        <source>nothing</source>
        <translation>τίποτα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="271"/>
        <source>Discovery stopped: %1</source>
        <translation>Η ανακάλυψη σταμάτησε: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="273"/>
        <source>Searching with %1…</source>
        <translation>Αναζήτηση με %1…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="275"/>
        <source>%1 in %2 · found with %3</source>
        <translation>%1 σε %2 · βρέθηκαν με %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="277"/>
        <source>%n microcloud(s)</source>
        <translation>
            <numerusform>%n μικρο-νέφος</numerusform>
            <numerusform>%n μικρο-νέφη</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="281"/>
        <source>Cloudy cannot look for microclouds right now: %1</source>
        <translation>Το Cloudy δεν μπορεί να αναζητήσει μικρο-νέφη αυτή τη στιγμή: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="282"/>
        <source>No microclouds found yet. Cloudy is looking for them on your network with %1: microclouds announce themselves with DNS-SD (mDNS), and nodes of the Cloudy distro are recognised as they are. If your computer reaches your community network through a VPN such as Tinc, connect it first.</source>
        <translation>Δεν βρέθηκαν ακόμη μικρο-νέφη. Το Cloudy τα αναζητά στο δίκτυό σας με %1: τα μικρο-νέφη ανακοινώνονται με DNS-SD (mDNS) και οι κόμβοι της διανομής Cloudy αναγνωρίζονται ως έχουν. Αν ο υπολογιστής σας φτάνει στο κοινοτικό δίκτυο μέσω VPN όπως το Tinc, συνδέστε το πρώτα.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="296"/>
        <source>Select a microcloud, node or service</source>
        <translation>Επιλέξτε ένα μικρο-νέφος, κόμβο ή υπηρεσία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="311"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="330"/>
        <source>Microcloud</source>
        <translation>Μικρο-νέφος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="312"/>
        <source>none (services outside any microcloud)</source>
        <translation>κανένα (υπηρεσίες εκτός μικρο-νέφους)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="314"/>
        <source>Nodes</source>
        <translation>Κόμβοι</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="315"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="320"/>
        <source>Services</source>
        <translation>Υπηρεσίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="318"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="327"/>
        <source>Host</source>
        <translation>Κεντρικός υπολογιστής</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="319"/>
        <source>Node id</source>
        <translation>Αναγνωριστικό κόμβου</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="322"/>
        <source>A Cloudy node</source>
        <translation>Ένας κόμβος Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="325"/>
        <source>Service</source>
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="328"/>
        <source>Addresses</source>
        <translation>Διευθύνσεις</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="329"/>
        <source>Port</source>
        <translation>Θύρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="341"/>
        <source>Round trip</source>
        <translation>Χρόνος μετ&apos; επιστροφής</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="342"/>
        <source>Last seen</source>
        <translation>Τελευταία εμφάνιση</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::PageHeader</name>
    <message>
        <location filename="../app/desktop/pages/PageHeader.cpp" line="18"/>
        <source>%1 icon</source>
        <translation>Εικονίδιο %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::RewardsPage</name>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="13"/>
        <source>Rewards</source>
        <translation>Ανταμοιβές</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="14"/>
        <source>What your contribution has earned, synced with your community&apos;s ledger.</source>
        <translation>Τι έχει κερδίσει η συνεισφορά σας, συγχρονισμένο με το καθολικό της κοινότητάς σας.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="15"/>
        <source>No contribution recorded yet. Once you share, signed receipts of what you gave are sent to your microcloud&apos;s ledger and your balance shows here.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία συνεισφορά. Μόλις μοιραστείτε, υπογεγραμμένες αποδείξεις όσων δώσατε στέλνονται στο καθολικό του μικρο-νέφους σας και το υπόλοιπό σας εμφανίζεται εδώ.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ScheduleEditor</name>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="50"/>
        <source>Weekly schedule</source>
        <translation>Εβδομαδιαίο πρόγραμμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="52"/>
        <source>Remo&amp;ve profile</source>
        <translation>Αφαί&amp;ρεση προφίλ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="54"/>
        <source>Pa&amp;int with:</source>
        <translation>Βά&amp;ψιμο με:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="63"/>
        <source>Profiles: what is shared at each time of the week (the disk is the one above).</source>
        <translation>Προφίλ: τι μοιράζεται κάθε ώρα της εβδομάδας (ο δίσκος είναι αυτός παραπάνω).</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="68"/>
        <source>Profiles</source>
        <translation>Προφίλ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Cores</source>
        <translation>Πυρήνες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Memory (MiB)</source>
        <translation>Μνήμη (MiB)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="80"/>
        <source>Add profile</source>
        <translation>Προσθήκη προφίλ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="82"/>
        <source>A new profile with the values of “What you share”</source>
        <translation>Ένα νέο προφίλ με τις τιμές του «Τι μοιράζεστε»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="105"/>
        <source>Wee&amp;kly schedule (drag to paint; or arrow keys and Space):</source>
        <translation>Ε&amp;βδομαδιαίο πρόγραμμα (σύρετε για βάψιμο· ή βέλη και Διάστημα):</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="198"/>
        <source>Paint with %1</source>
        <translation>Βάψιμο με %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="203"/>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="227"/>
        <source>Profile %1</source>
        <translation>Προφίλ %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ScheduleGrid</name>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="43"/>
        <source>Weekly schedule</source>
        <translation>Εβδομαδιαίο πρόγραμμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="44"/>
        <source>Drag to paint with the chosen profile. Keyboard: arrow keys move, Space or Enter paints the half-hour, Shift with an arrow paints while moving.</source>
        <translation>Σύρετε για να βάψετε με το επιλεγμένο προφίλ. Πληκτρολόγιο: τα βέλη μετακινούν, το Διάστημα ή το Enter βάφει το μισάωρο, το Shift με ένα βέλος βάφει κατά τη μετακίνηση.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="118"/>
        <source>off</source>
        <translation>ανενεργό</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="120"/>
        <source>unknown profile “%1”</source>
        <translation>άγνωστο προφίλ «%1»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="122"/>
        <source>%1 %2–%3: %4</source>
        <translation>%1 %2–%3: %4</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ServicesPage</name>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="13"/>
        <source>Services</source>
        <translation>Υπηρεσίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="14"/>
        <source>Community services you can run on this computer with one click.</source>
        <translation>Κοινοτικές υπηρεσίες που μπορείτε να εκτελέσετε σε αυτόν τον υπολογιστή με ένα κλικ.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="15"/>
        <source>No service catalog yet. Services such as Tahoe-LAFS storage, Syncthing or PeerStreamer come from the catalogs your microclouds publish.</source>
        <translation>Δεν υπάρχει ακόμη κατάλογος υπηρεσιών. Υπηρεσίες όπως η αποθήκευση Tahoe-LAFS, το Syncthing ή το PeerStreamer προέρχονται από τους καταλόγους που δημοσιεύουν τα μικρο-νέφη σας.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SharePage</name>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="71"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="77"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="103"/>
        <source>Share</source>
        <translation>Κοινή χρήση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="72"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="104"/>
        <source>Donate CPU, memory and disk to your microcloud, within limits you choose.</source>
        <translation>Δωρίστε CPU, μνήμη και δίσκο στο μικρο-νέφος σας, μέσα στα όρια που επιλέγετε.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="73"/>
        <source>Sharing is not available in this session.</source>
        <translation>Η κοινή χρήση δεν είναι διαθέσιμη σε αυτήν τη συνεδρία.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="150"/>
        <source>&amp;Share this computer</source>
        <translation>Κοινή &amp;χρήση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="152"/>
        <source>Share this computer</source>
        <translation>Κοινή χρήση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="153"/>
        <source>Switches sharing on or off at once. What is shared and when is set below.</source>
        <translation>Ενεργοποιεί ή απενεργοποιεί αμέσως την κοινή χρήση. Τι μοιράζεται και πότε ορίζεται παρακάτω.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="210"/>
        <source>What you share</source>
        <translation>Τι μοιράζεστε</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="224"/>
        <source>&amp;Light</source>
        <translation>&amp;Ελαφρύ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="225"/>
        <source>&amp;Balanced</source>
        <translation>&amp;Ισορροπημένο</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="226"/>
        <source>&amp;Full</source>
        <translation>&amp;Πλήρες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="238"/>
        <source>Presets:</source>
        <translation>Προεπιλογές:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="268"/>
        <source>&amp;Cores:</source>
        <translation>Πυ&amp;ρήνες:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="272"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="273"/>
        <source>A steady share of the shared cores&apos; time: 2 cores at 50 % give one core&apos;s worth of work, spread evenly so fans do not spin up and down.</source>
        <translation>Ένα σταθερό μερίδιο του χρόνου των κοινόχρηστων πυρήνων: 2 πυρήνες στο 50 % δίνουν τη δουλειά ενός πυρήνα, κατανεμημένη ομοιόμορφα ώστε οι ανεμιστήρες να μην ανεβοκατεβαίνουν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="275"/>
        <source>C&amp;PU limit:</source>
        <translation>Όριο C&amp;PU:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="281"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="284"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Μνήμη:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="289"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="292"/>
        <source>&amp;Disk:</source>
        <translation>&amp;Δίσκος:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="315"/>
        <source>Micr&amp;ocloud:</source>
        <translation>Μικρο-&amp;νέφος:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="316"/>
        <source>Join one on the Nearby page</source>
        <translation>Συνδεθείτε σε ένα από τη σελίδα Κοντά</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="318"/>
        <source>Ima&amp;ge:</source>
        <translation>Ει&amp;κόνα:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="319"/>
        <source>A catalog image such as cloudy-node, or a service bundle folder</source>
        <translation>Μια εικόνα του καταλόγου όπως το cloudy-node, ή ένας φάκελος πακέτου υπηρεσίας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="326"/>
        <source>When you share</source>
        <translation>Πότε μοιράζεστε</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="330"/>
        <source>Al&amp;ways, while sharing is on</source>
        <translation>Πάν&amp;τα, όσο η κοινή χρήση είναι ενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="332"/>
        <source>Only when I&apos;m awa&amp;y (the computer is idle)</source>
        <translation>Μόνο όταν λείπ&amp;ω (ο υπολογιστής είναι αδρανής)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="334"/>
        <source>On a weekly sc&amp;hedule of profiles</source>
        <translation>Με ε&amp;βδομαδιαίο πρόγραμμα προφίλ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="344"/>
        <source>Light</source>
        <translation>Ελαφρύ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="346"/>
        <source>Full</source>
        <translation>Πλήρες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="363"/>
        <source> min idle</source>
        <translation> λεπτά αδράνειας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="364"/>
        <source>Start after minutes idle</source>
        <translation>Έναρξη μετά από λεπτά αδράνειας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="365"/>
        <source>S&amp;tart after:</source>
        <translation>Έναρ&amp;ξη μετά από:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="370"/>
        <source>While I&apos;m using the computer</source>
        <translation>Όσο χρησιμοποιώ τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="371"/>
        <source>While I&apos;m usi&amp;ng it:</source>
        <translation>Όσο τον χρησιμοπ&amp;οιώ:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="387"/>
        <source>Pause wh&amp;en on battery</source>
        <translation>Πα&amp;ύση με μπαταρία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="390"/>
        <source>A laptop on battery keeps its charge for you; sharing resumes on mains power.</source>
        <translation>Ένας φορητός με μπαταρία κρατά τη φόρτιση για εσάς· η κοινή χρήση συνεχίζεται όταν συνδεθεί στο ρεύμα.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="412"/>
        <source>Donated now</source>
        <translation>Δωρεά τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="417"/>
        <source>The last 10 minutes, as a share of what you allow:</source>
        <translation>Τα τελευταία 10 λεπτά, ως μερίδιο αυτού που επιτρέπετε:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="448"/>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="450"/>
        <source>Go back to the settings before the last Apply</source>
        <translation>Επιστροφή στις ρυθμίσεις πριν από την τελευταία Εφαρμογή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="454"/>
        <source>&amp;Revert</source>
        <translation>Επανα&amp;φορά</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="456"/>
        <source>Drop the changes not applied yet</source>
        <translation>Απόρριψη των αλλαγών που δεν εφαρμόστηκαν ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="458"/>
        <source>&amp;Apply</source>
        <translation>Εφαρμο&amp;γή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="460"/>
        <source>Save these settings and use them at once (Ctrl+Return)</source>
        <translation>Αποθήκευση αυτών των ρυθμίσεων και άμεση χρήση τους (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="505"/>
        <source>Suspend sharing</source>
        <translation>Αναστολή κοινής χρήσης</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="507"/>
        <source>Keep sharing with “%1”</source>
        <translation>Συνέχιση κοινής χρήσης με «%1»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="531"/>
        <source>Microcloud %1 chosen: Apply to keep it, then switch sharing on.</source>
        <translation>Επιλέχθηκε το μικρο-νέφος %1: πατήστε Εφαρμογή για να το κρατήσετε και μετά ενεργοποιήστε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="627"/>
        <source>Not applied: %1</source>
        <translation>Δεν εφαρμόστηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="632"/>
        <source>Applied: %1.</source>
        <translation>Εφαρμόστηκε: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="640"/>
        <source>Changes dropped.</source>
        <translation>Οι αλλαγές απορρίφθηκαν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="650"/>
        <source>Could not undo: %1</source>
        <translation>Δεν ήταν δυνατή η αναίρεση: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="655"/>
        <source>Restored the settings you had before.</source>
        <translation>Επαναφέρθηκαν οι ρυθμίσεις που είχατε πριν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="685"/>
        <source>Sharing stays off: %1</source>
        <translation>Η κοινή χρήση παραμένει ανενεργή: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="690"/>
        <source>Sharing is on.</source>
        <translation>Η κοινή χρήση είναι ενεργή.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="690"/>
        <source>Sharing is off.</source>
        <translation>Η κοινή χρήση είναι ανενεργή.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="719"/>
        <source>Nothing donated yet.</source>
        <translation>Δεν έχει δωρηθεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="748"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="829"/>
        <source>Now: %1.</source>
        <translation>Τώρα: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="749"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="830"/>
        <source>Now: nothing (the contribution node is not running).</source>
        <translation>Τώρα: τίποτα (ο κόμβος συνεισφοράς δεν εκτελείται).</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="757"/>
        <source>Your sharing settings could not be read, so the defaults are shown and sharing is off: %1 The unreadable file was kept beside it with the ending .corrupt. Check the values below and Apply to save them.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ρυθμίσεων κοινής χρήσης, οπότε εμφανίζονται οι προεπιλογές και η κοινή χρήση είναι ανενεργή: %1 Το μη αναγνώσιμο αρχείο κρατήθηκε δίπλα με την κατάληξη .corrupt. Ελέγξτε τις τιμές παρακάτω και πατήστε Εφαρμογή για να τις αποθηκεύσετε.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/SharePage.cpp" line="766"/>
        <source>of %n core(s) on this computer</source>
        <translation>
            <numerusform>από %n πυρήνα αυτού του υπολογιστή</numerusform>
            <numerusform>από %n πυρήνες αυτού του υπολογιστή</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="767"/>
        <source>this computer&apos;s core count is unknown</source>
        <translation>ο αριθμός πυρήνων αυτού του υπολογιστή είναι άγνωστος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="769"/>
        <source>at most %1 MiB, %2 GiB (%3 GiB stays for this computer)</source>
        <translation>το πολύ %1 MiB, %2 GiB (%3 GiB μένουν για αυτόν τον υπολογιστή)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="774"/>
        <source>this computer&apos;s memory is unknown</source>
        <translation>η μνήμη αυτού του υπολογιστή είναι άγνωστη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="776"/>
        <source>at most %1 GiB (%2 GiB stays free)</source>
        <translation>το πολύ %1 GiB (%2 GiB μένουν ελεύθερα)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="780"/>
        <source>the free disk space is unknown</source>
        <translation>ο ελεύθερος χώρος στον δίσκο είναι άγνωστος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="784"/>
        <source>The contribution disk lives in %1, which has %2 GiB free.</source>
        <translation>Ο δίσκος συνεισφοράς βρίσκεται στο %1, που έχει %2 GiB ελεύθερα.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="795"/>
        <source>Sharing state: %1</source>
        <translation>Κατάσταση κοινής χρήσης: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="805"/>
        <source>Resume now</source>
        <translation>Συνέχιση τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="805"/>
        <source>Pause for an hour</source>
        <translation>Παύση για μία ώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="807"/>
        <source>Paused until %1</source>
        <translation>Σε παύση έως %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="809"/>
        <source>A break that ends by itself; the settings stay as they are</source>
        <translation>Ένα διάλειμμα που λήγει μόνο του· οι ρυθμίσεις μένουν ως έχουν</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="817"/>
        <source>The contribution node cannot follow: %1</source>
        <translation>Ο κόμβος συνεισφοράς δεν μπορεί να ακολουθήσει: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="837"/>
        <source>%1: %2 core-hours · %3 GiB-hours of memory · %4 GiB-hours of disk</source>
        <translation>%1: %2 ώρες-πυρήνα · %3 GiB-ώρες μνήμης · %4 GiB-ώρες δίσκου</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="841"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="842"/>
        <source>This week</source>
        <translation>Αυτή την εβδομάδα</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ToggleSwitch</name>
    <message>
        <location filename="../app/desktop/pages/share/ToggleSwitch.cpp" line="79"/>
        <source>On</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ToggleSwitch.cpp" line="79"/>
        <source>Off</source>
        <translation>Ανενεργό</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::TrayIcon</name>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="19"/>
        <source>Cloudy — sharing is off</source>
        <translation>Cloudy — η κοινή χρήση είναι ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="22"/>
        <source>Share this computer</source>
        <translation>Κοινή χρήση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="29"/>
        <source>Sharing stays off</source>
        <translation>Η κοινή χρήση παραμένει ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="37"/>
        <location filename="../app/desktop/TrayIcon.cpp" line="79"/>
        <source>Pause for an hour</source>
        <translation>Παύση για μία ώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="41"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="48"/>
        <source>Open Cloudy</source>
        <translation>Άνοιγμα του Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="52"/>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="79"/>
        <source>Resume now</source>
        <translation>Συνέχιση τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="81"/>
        <source>Cloudy — %1</source>
        <translation>Cloudy — %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery</name>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="28"/>
        <source>There is no system D-Bus to reach avahi-daemon through (%1). Start the &apos;dbus&apos; service; meanwhile Cloudy uses its built-in mDNS browser.</source>
        <translation>Δεν υπάρχει D-Bus συστήματος για πρόσβαση στο avahi-daemon (%1). Ξεκινήστε την υπηρεσία &apos;dbus&apos;· στο μεταξύ το Cloudy χρησιμοποιεί τον ενσωματωμένο περιηγητή mDNS.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="41"/>
        <source>avahi-daemon is not running. Install and start it (sudo apt-get install avahi-daemon) to see microclouds the way the rest of the system does; meanwhile Cloudy uses its built-in mDNS browser.</source>
        <translation>Το avahi-daemon δεν εκτελείται. Εγκαταστήστε το και ξεκινήστε το (sudo apt-get install avahi-daemon) για να βλέπετε τα μικρο-νέφη όπως το υπόλοιπο σύστημα· στο μεταξύ το Cloudy χρησιμοποιεί τον ενσωματωμένο περιηγητή mDNS.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="45"/>
        <source>avahi-daemon did not answer: %1</source>
        <translation>Το avahi-daemon δεν απάντησε: %1</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="58"/>
        <source>avahi-daemon is reachable but not running normally (state %1): it may be resolving a host name collision.</source>
        <translation>Το avahi-daemon είναι προσβάσιμο αλλά δεν λειτουργεί κανονικά (κατάσταση %1): ίσως επιλύει σύγκρουση ονόματος κεντρικού υπολογιστή.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="58"/>
        <source>avahi-daemon sent a %1 signal with unexpected arguments (%2).</source>
        <translation>Το avahi-daemon έστειλε σήμα %1 με απροσδόκητα ορίσματα (%2).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="89"/>
        <source>avahi-daemon reported an unknown address family %1.</source>
        <translation>Το avahi-daemon ανέφερε άγνωστη οικογένεια διευθύνσεων %1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="162"/>
        <source>Service type &apos;%1&apos; is not a DNS-SD type (_name._tcp or _name._udp).</source>
        <translation>Ο τύπος υπηρεσίας &apos;%1&apos; δεν είναι τύπος DNS-SD (_όνομα._tcp ή _όνομα._udp).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="167"/>
        <source>Domain &apos;%1&apos; of service type %2 is not valid.</source>
        <translation>Ο τομέας &apos;%1&apos; του τύπου υπηρεσίας %2 δεν είναι έγκυρος.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="190"/>
        <source>Service name &apos;%1&apos; (%2) is not valid UTF-8 text of at most 63 bytes.</source>
        <translation>Το όνομα υπηρεσίας &apos;%1&apos; (%2) δεν είναι έγκυρο κείμενο UTF-8 έως 63 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="195"/>
        <source>Service &apos;%1&apos; has an invalid type &apos;%2&apos;.</source>
        <translation>Η υπηρεσία &apos;%1&apos; έχει μη έγκυρο τύπο &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="199"/>
        <source>Service &apos;%1&apos; has an invalid domain &apos;%2&apos;.</source>
        <translation>Η υπηρεσία &apos;%1&apos; έχει μη έγκυρο τομέα &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="229"/>
        <source>Resolved service &apos;%1&apos; (%2) has an invalid name or type.</source>
        <translation>Η επιλυμένη υπηρεσία &apos;%1&apos; (%2) έχει μη έγκυρο όνομα ή τύπο.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="233"/>
        <source>Service &apos;%1&apos; (%2) names a host that is not valid UTF-8 text: &apos;%3&apos;.</source>
        <translation>Η υπηρεσία &apos;%1&apos; (%2) ορίζει κεντρικό υπολογιστή που δεν είναι έγκυρο κείμενο UTF-8: &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="240"/>
        <source>Service &apos;%1&apos; (%2) has an invalid address &apos;%3&apos;.</source>
        <translation>Η υπηρεσία &apos;%1&apos; (%2) έχει μη έγκυρη διεύθυνση &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="246"/>
        <source>Service &apos;%1&apos; (%2): %3</source>
        <translation>Υπηρεσία &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="26"/>
        <source>The DNS message ends in the middle of %1.</source>
        <translation>Το μήνυμα DNS τελειώνει στη μέση του %1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="73"/>
        <source>A DNS name compression pointer to offset %1 does not point backwards (a loop or a forward reference).</source>
        <translation>Ένας δείκτης συμπίεσης ονόματος DNS στη θέση %1 δεν δείχνει προς τα πίσω (βρόχος ή αναφορά προς τα εμπρός).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="79"/>
        <source>A DNS name follows more than %1 compression pointers.</source>
        <translation>Ένα όνομα DNS ακολουθεί περισσότερους από %1 δείκτες συμπίεσης.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="90"/>
        <source>A DNS name uses the reserved label type 0x%1.</source>
        <translation>Ένα όνομα DNS χρησιμοποιεί τον δεσμευμένο τύπο ετικέτας 0x%1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="102"/>
        <location filename="../core/discovery/DnsMessage.cpp" line="293"/>
        <location filename="../core/discovery/DnsMessage.cpp" line="624"/>
        <source>A DNS name is longer than %1 bytes.</source>
        <translation>Ένα όνομα DNS είναι μεγαλύτερο από %1 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="126"/>
        <source>An A record has %1 bytes of data instead of 4.</source>
        <translation>Μια εγγραφή A έχει %1 byte δεδομένων αντί για 4.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="132"/>
        <source>An AAAA record has %1 bytes of data instead of 16.</source>
        <translation>Μια εγγραφή AAAA έχει %1 byte δεδομένων αντί για 16.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="146"/>
        <source>A PTR record has %1 bytes after its name.</source>
        <translation>Μια εγγραφή PTR έχει %1 byte μετά το όνομά της.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="153"/>
        <source>An SRV record has only %1 bytes of data.</source>
        <translation>Μια εγγραφή SRV έχει μόνο %1 byte δεδομένων.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="163"/>
        <source>An SRV record has %1 bytes after its target.</source>
        <translation>Μια εγγραφή SRV έχει %1 byte μετά τον προορισμό της.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="188"/>
        <source>An NSEC record has a malformed type bitmap.</source>
        <translation>Μια εγγραφή NSEC έχει κακοσχηματισμένο χάρτη bit τύπων.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="297"/>
        <source>A DNS label of %1 bytes cannot be encoded (1 to %2).</source>
        <translation>Μια ετικέτα DNS %1 byte δεν μπορεί να κωδικοποιηθεί (1 έως %2).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="347"/>
        <source>A record&apos;s data of %1 bytes cannot be encoded.</source>
        <translation>Τα δεδομένα μιας εγγραφής %1 byte δεν μπορούν να κωδικοποιηθούν.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="358"/>
        <source>An A record needs an IPv4 address.</source>
        <translation>Μια εγγραφή A χρειάζεται διεύθυνση IPv4.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="363"/>
        <source>An AAAA record needs an IPv6 address.</source>
        <translation>Μια εγγραφή AAAA χρειάζεται διεύθυνση IPv6.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="381"/>
        <source>A TXT string of %1 bytes cannot be encoded (at most 255).</source>
        <translation>Μια συμβολοσειρά TXT %1 byte δεν μπορεί να κωδικοποιηθεί (το πολύ 255).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="460"/>
        <source>A DNS message of %1 bytes is larger than %2 bytes.</source>
        <translation>Ένα μήνυμα DNS %1 byte είναι μεγαλύτερο από %2 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="516"/>
        <source>A DNS message has more than 65535 entries in a section.</source>
        <translation>Ένα μήνυμα DNS έχει περισσότερες από 65535 καταχωρίσεις σε μια ενότητα.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="533"/>
        <source>The DNS message is larger than %1 bytes.</source>
        <translation>Το μήνυμα DNS είναι μεγαλύτερο από %1 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="571"/>
        <source>A DNS question does not fit in %1 bytes.</source>
        <translation>Μια ερώτηση DNS δεν χωρά σε %1 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="614"/>
        <source>The name &quot;%1&quot; has an empty label or one longer than %2 bytes.</source>
        <translation>Το όνομα &quot;%1&quot; έχει κενή ετικέτα ή ετικέτα μεγαλύτερη από %2 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="655"/>
        <source>The DNS label %1 is not valid UTF-8 text.</source>
        <translation>Η ετικέτα DNS %1 δεν είναι έγκυρο κείμενο UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="22"/>
        <source>Cloudy node</source>
        <translation>Κόμβος Cloudy</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="23"/>
        <source>Tahoe-LAFS storage</source>
        <translation>Αποθήκευση Tahoe-LAFS</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="24"/>
        <source>Tahoe-LAFS introducer</source>
        <translation>Εισαγωγέας Tahoe-LAFS</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="25"/>
        <source>Syncthing</source>
        <translation>Syncthing</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="26"/>
        <source>PeerStreamer video</source>
        <translation>Βίντεο PeerStreamer</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="27"/>
        <source>ownCloud</source>
        <translation>ownCloud</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="28"/>
        <source>BitTorrent tracker</source>
        <translation>Ιχνηλάτης BitTorrent</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="30"/>
        <source>BitTorrent seeder</source>
        <translation>Διανομέας BitTorrent</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="31"/>
        <source>Tinc VPN (Cloudy node)</source>
        <translation>VPN Tinc (κόμβος Cloudy)</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="32"/>
        <source>SNP service</source>
        <translation>Υπηρεσία SNP</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="33"/>
        <source>DNS service</source>
        <translation>Υπηρεσία DNS</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="34"/>
        <source>Web proxy</source>
        <translation>Διακομιστής μεσολάβησης ιστού</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="35"/>
        <source>OWP measurement</source>
        <translation>Μέτρηση OWP</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="36"/>
        <source>Web page</source>
        <translation>Ιστοσελίδα</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="37"/>
        <source>Secure web page</source>
        <translation>Ασφαλής ιστοσελίδα</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="38"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location filename="../core/discovery/TxtRecord.cpp" line="43"/>
        <location filename="../core/discovery/TxtRecord.cpp" line="67"/>
        <source>A TXT record of %1 bytes is larger than the %2 bytes accepted.</source>
        <translation>Μια εγγραφή TXT %1 byte είναι μεγαλύτερη από τα %2 byte που γίνονται δεκτά.</translation>
    </message>
    <message>
        <location filename="../core/discovery/TxtRecord.cpp" line="53"/>
        <source>A TXT record ends in the middle of a string.</source>
        <translation>Μια εγγραφή TXT τελειώνει στη μέση μιας συμβολοσειράς.</translation>
    </message>
    <message>
        <location filename="../core/discovery/TxtRecord.cpp" line="79"/>
        <source>TXT string with an invalid key skipped: %1</source>
        <translation>Παραλείφθηκε συμβολοσειρά TXT με μη έγκυρο κλειδί: %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::AvahiBrowser</name>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="123"/>
        <source>There is no system D-Bus to reach avahi-daemon through (%1). Start the &apos;dbus&apos; service and then Cloudy again.</source>
        <translation>Δεν υπάρχει D-Bus συστήματος για πρόσβαση στο avahi-daemon (%1). Ξεκινήστε την υπηρεσία &apos;dbus&apos; και μετά ξανά το Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="226"/>
        <source>avahi-daemon is not running. Start it (sudo systemctl start avahi-daemon, or install the avahi-daemon package); Cloudy starts browsing as soon as it appears.</source>
        <translation>Το avahi-daemon δεν εκτελείται. Ξεκινήστε το (sudo systemctl start avahi-daemon, ή εγκαταστήστε το πακέτο avahi-daemon)· το Cloudy αρχίζει την αναζήτηση μόλις εμφανιστεί.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="230"/>
        <source>The system D-Bus did not say whether avahi-daemon runs (%1). Cloudy starts browsing as soon as avahi-daemon appears.</source>
        <translation>Το D-Bus του συστήματος δεν είπε αν εκτελείται το avahi-daemon (%1). Το Cloudy αρχίζει την αναζήτηση μόλις εμφανιστεί το avahi-daemon.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="254"/>
        <source>avahi-daemon stopped, so the services it had found are no longer known. Browsing resumes by itself when it runs again (sudo systemctl start avahi-daemon).</source>
        <translation>Το avahi-daemon σταμάτησε, οπότε οι υπηρεσίες που είχε βρει δεν είναι πλέον γνωστές. Η αναζήτηση συνεχίζεται μόνη της όταν εκτελεστεί ξανά (sudo systemctl start avahi-daemon).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="344"/>
        <source>avahi-daemon reports a failure (%1) and cannot browse the network. See &apos;journalctl -u avahi-daemon&apos;; browsing resumes when it recovers.</source>
        <translation>Το avahi-daemon αναφέρει αποτυχία (%1) και δεν μπορεί να αναζητήσει στο δίκτυο. Δείτε &apos;journalctl -u avahi-daemon&apos;· η αναζήτηση συνεχίζεται όταν ανακάμψει.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="346"/>
        <source>no details</source>
        <translation>χωρίς λεπτομέρειες</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="520"/>
        <source>avahi-daemon is older than 0.8 (%1): Cloudy needs its Server2 interface to browse without losing services. Upgrade avahi-daemon or use the built-in browser (--backend mdns).</source>
        <translation>Το avahi-daemon είναι παλαιότερο από το 0.8 (%1): το Cloudy χρειάζεται τη διεπαφή Server2 για αναζήτηση χωρίς απώλεια υπηρεσιών. Αναβαθμίστε το avahi-daemon ή χρησιμοποιήστε τον ενσωματωμένο περιηγητή (--backend mdns).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MdnsBrowser</name>
    <message>
        <location filename="../core/discovery/MdnsBrowser.cpp" line="314"/>
        <source>No network interface to browse on: none is up, multicast-capable and not virtual, or UDP port 5353 cannot be opened.</source>
        <translation>Δεν υπάρχει διεπαφή δικτύου για αναζήτηση: καμία δεν είναι ενεργή, με δυνατότητα multicast και μη εικονική, ή δεν μπορεί να ανοίξει η θύρα UDP 5353.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MdnsSocket</name>
    <message>
        <location filename="../core/discovery/MdnsSocket.cpp" line="76"/>
        <source>cannot bind UDP port %1 for %2: %3</source>
        <translation>αδυναμία δέσμευσης της θύρας UDP %1 για %2: %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/MdnsSocket.cpp" line="97"/>
        <source>cannot join %1 on %2: %3</source>
        <translation>αδυναμία συμμετοχής στο %1 στο %2: %3</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MicrocloudModel</name>
    <message>
        <location filename="../core/discovery/MicrocloudModel.cpp" line="362"/>
        <source>Other services</source>
        <translation>Άλλες υπηρεσίες</translation>
    </message>
    <message>
        <location filename="../core/discovery/MicrocloudModel.cpp" line="605"/>
        <source>%1 on %2</source>
        <translation>%1 στο %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Doctor</name>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="76"/>
        <source>not reachable</source>
        <translation>μη προσβάσιμο</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="86"/>
        <source>System D-Bus (Avahi and libvirt talk over it)</source>
        <translation>D-Bus συστήματος (το Avahi και το libvirt επικοινωνούν μέσω αυτού)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="93"/>
        <source>Connected.</source>
        <translation>Συνδέθηκε.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="95"/>
        <source>Not reachable: %1</source>
        <translation>Μη προσβάσιμο: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="96"/>
        <source>Start the system message bus (sudo systemctl start dbus, or install the &apos;dbus&apos; package).</source>
        <translation>Ξεκινήστε τον δίαυλο μηνυμάτων του συστήματος (sudo systemctl start dbus, ή εγκαταστήστε το πακέτο &apos;dbus&apos;).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="104"/>
        <source>Avahi (finds microclouds nearby)</source>
        <translation>Avahi (βρίσκει κοντινά μικρο-νέφη)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="109"/>
        <source>avahi-daemon is not reachable.</source>
        <translation>Το avahi-daemon δεν είναι προσβάσιμο.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="117"/>
        <source>%1 is running as %2.</source>
        <translation>Το %1 εκτελείται ως %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="120"/>
        <source>%1 answers but is not running normally.</source>
        <translation>Το %1 απαντά αλλά δεν λειτουργεί κανονικά.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="128"/>
        <source>libvirt (runs shared services and the contribution node)</source>
        <translation>libvirt (εκτελεί τις κοινόχρηστες υπηρεσίες και τον κόμβο συνεισφοράς)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="135"/>
        <location filename="../core/doctor/Doctor.cpp" line="186"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Δεν είναι δυνατή η σύνδεση στο %1: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="137"/>
        <source>Install libvirt and QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86); your session&apos;s libvirt then starts by itself.</source>
        <translation>Εγκαταστήστε το libvirt και το QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86)· το libvirt της συνεδρίας σας ξεκινά τότε μόνο του.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="140"/>
        <source>Start libvirtd (sudo systemctl start libvirtd) and make sure you may use it (sudo adduser $USER libvirt, then log in again), or choose qemu:///session in Settings.</source>
        <translation>Ξεκινήστε το libvirtd (sudo systemctl start libvirtd) και βεβαιωθείτε ότι έχετε δικαίωμα χρήσης (sudo adduser $USER libvirt, και συνδεθείτε ξανά), ή επιλέξτε qemu:///session στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="156"/>
        <source>Connected to %1, but its capabilities could not be read: %2</source>
        <translation>Συνδέθηκε στο %1, αλλά δεν ήταν δυνατή η ανάγνωση των δυνατοτήτων του: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="163"/>
        <source>Connected to %1 (%2 %3); guest types: %4.</source>
        <translation>Συνδέθηκε στο %1 (%2 %3)· τύποι επισκεπτών: %4.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="169"/>
        <source>Connected to %1, but it cannot run QEMU virtual machines.</source>
        <translation>Συνδέθηκε στο %1, αλλά δεν μπορεί να εκτελέσει εικονικές μηχανές QEMU.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="170"/>
        <source>Install QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) and restart libvirtd.</source>
        <translation>Εγκαταστήστε το QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) και επανεκκινήστε το libvirtd.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="179"/>
        <source>LXC containers (lighter than virtual machines)</source>
        <translation>Κοντέινερ LXC (ελαφρύτερα από τις εικονικές μηχανές)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="187"/>
        <source>Containers need the system libvirt with its LXC driver (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Virtual machines work without it.</source>
        <translation>Τα κοντέινερ χρειάζονται το libvirt του συστήματος με τον οδηγό LXC (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Οι εικονικές μηχανές λειτουργούν χωρίς αυτό.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="192"/>
        <source>Connected to %1.</source>
        <translation>Συνδέθηκε στο %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="198"/>
        <source>KVM (hardware-speed virtual machines)</source>
        <translation>KVM (εικονικές μηχανές με ταχύτητα υλικού)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="206"/>
        <source>Guests will run with software emulation (slower).</source>
        <translation>Οι επισκέπτες θα εκτελούνται με εξομοίωση λογισμικού (πιο αργά).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="213"/>
        <source>Keyring (keeps your node&apos;s private key)</source>
        <translation>Κλειδοθήκη (φυλάει το ιδιωτικό κλειδί του κόμβου σας)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="220"/>
        <source>A keyring answers through the Secret Service.</source>
        <translation>Μια κλειδοθήκη απαντά μέσω του Secret Service.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="225"/>
        <source>No keyring answered.</source>
        <translation>Καμία κλειδοθήκη δεν απάντησε.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="225"/>
        <source>No keyring: %1</source>
        <translation>Καμία κλειδοθήκη: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="226"/>
        <source>Log in to a desktop with a keyring (GNOME Keyring or KWallet) or install one (sudo apt-get install gnome-keyring). Without it, Cloudy asks you for a passphrase to protect your key file instead; it never stores the key unprotected.</source>
        <translation>Συνδεθείτε σε επιφάνεια εργασίας με κλειδοθήκη (GNOME Keyring ή KWallet) ή εγκαταστήστε μία (sudo apt-get install gnome-keyring). Χωρίς αυτήν, το Cloudy σας ζητά μια φράση πρόσβασης για να προστατεύσει το αρχείο του κλειδιού· ποτέ δεν αποθηκεύει το κλειδί απροστάτευτο.</translation>
    </message>
    <message>
        <location filename="../core/doctor/DoctorReport.cpp" line="75"/>
        <source>Versions:</source>
        <translation>Εκδόσεις:</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger</name>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="14"/>
        <source>&apos;%1&apos; is not a database the ledger can use: %2. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Το &apos;%1&apos; δεν είναι βάση δεδομένων που μπορεί να χρησιμοποιήσει το καθολικό: %2. Χρησιμοποιήστε sqlite:PATH ή postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="41"/>
        <source>the SQLite file name is missing</source>
        <translation>λείπει το όνομα του αρχείου SQLite</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="48"/>
        <source>the server address is missing or malformed</source>
        <translation>η διεύθυνση του διακομιστή λείπει ή είναι λανθασμένη</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="56"/>
        <source>the database name is missing</source>
        <translation>λείπει το όνομα της βάσης δεδομένων</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="59"/>
        <source>unknown kind of database</source>
        <translation>άγνωστο είδος βάσης δεδομένων</translation>
    </message>
</context>
<context>
    <name>Cloudy::Metering::UsageMeter</name>
    <message>
        <location filename="../core/metering/UsageMeter.cpp" line="108"/>
        <source>The contribution node cannot be metered: libvirt is not connected.</source>
        <translation>Ο κόμβος συνεισφοράς δεν μπορεί να μετρηθεί: το libvirt δεν είναι συνδεδεμένο.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Secrets</name>
    <message numerus="yes">
        <location filename="../core/platform/Secrets.cpp" line="180"/>
        <source>The keyring did not answer within %n second(s). It may be locked and waiting for its password.</source>
        <translation>
            <numerusform>Η κλειδοθήκη δεν απάντησε μέσα σε %n δευτερόλεπτο. Ίσως είναι κλειδωμένη και περιμένει τον κωδικό της.</numerusform>
            <numerusform>Η κλειδοθήκη δεν απάντησε μέσα σε %n δευτερόλεπτα. Ίσως είναι κλειδωμένη και περιμένει τον κωδικό της.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Sharing</name>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="75"/>
        <source>The MemTotal line of /proc/meminfo is not understood: %1</source>
        <translation>Η γραμμή MemTotal του /proc/meminfo δεν είναι κατανοητή: %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="79"/>
        <source>/proc/meminfo has no MemTotal line.</source>
        <translation>Το /proc/meminfo δεν έχει γραμμή MemTotal.</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="93"/>
        <source>Cannot read %1 to learn how much memory this computer has: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1 για να μάθουμε πόση μνήμη έχει αυτός ο υπολογιστής: %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="109"/>
        <source>Cannot tell how much free space the disk holding %1 has; check that the folder is on a mounted filesystem.</source>
        <translation>Δεν είναι δυνατό να βρεθεί πόσο ελεύθερο χώρο έχει ο δίσκος που περιέχει το %1· ελέγξτε ότι ο φάκελος βρίσκεται σε προσαρτημένο σύστημα αρχείων.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="47"/>
        <source>“%1” must be %2.</source>
        <translation>Το «%1» πρέπει να είναι %2.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="56"/>
        <location filename="../core/sharing/PolicyFile.cpp" line="280"/>
        <source>an object</source>
        <translation>ένα αντικείμενο</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="68"/>
        <source>a whole number</source>
        <translation>ένας ακέραιος αριθμός</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="80"/>
        <source>true or false</source>
        <translation>true ή false</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="92"/>
        <source>text</source>
        <translation>κείμενο</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="157"/>
        <source>a list of %1 profile ids or nulls</source>
        <translation>μια λίστα με %1 αναγνωριστικά προφίλ ή null</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="163"/>
        <source>a profile id or null</source>
        <translation>ένα αναγνωριστικό προφίλ ή null</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="226"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>Δεν είναι έγκυρο JSON (%1 στο byte %2).</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="230"/>
        <source>It is not a Cloudy sharing policy (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Δεν είναι πολιτική κοινής χρήσης του Cloudy (δεν υπάρχει &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="233"/>
        <source>It has no valid format version.</source>
        <translation>Δεν έχει έγκυρη έκδοση μορφής.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="236"/>
        <source>It was written by a newer Cloudy Desktop (format version %1; this one reads up to %2). Update Cloudy Desktop to use it.</source>
        <translation>Γράφτηκε από νεότερο Cloudy Desktop (έκδοση μορφής %1· αυτό διαβάζει έως %2). Ενημερώστε το Cloudy Desktop για να τη χρησιμοποιήσετε.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="245"/>
        <source>“qemu” or “lxc”</source>
        <translation>«qemu» ή «lxc»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="251"/>
        <source>“always”, “idle” or “schedule”</source>
        <translation>«always», «idle» ή «schedule»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="258"/>
        <source>“suspend” or “profile”</source>
        <translation>«suspend» ή «profile»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="270"/>
        <source>a date and time such as 2024-05-01T10:00:00Z, or null</source>
        <translation>μια ημερομηνία και ώρα όπως 2024-05-01T10:00:00Z, ή null</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="275"/>
        <source>a list</source>
        <translation>μια λίστα</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="306"/>
        <source>There is no sharing policy in %1 yet.</source>
        <translation>Δεν υπάρχει ακόμη πολιτική κοινής χρήσης στο %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="309"/>
        <source>Cannot read the sharing policy %1: %2. Check the file&apos;s permissions.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της πολιτικής κοινής χρήσης %1: %2. Ελέγξτε τα δικαιώματα του αρχείου.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="314"/>
        <source>The sharing policy %1 cannot be used: %2</source>
        <translation>Η πολιτική κοινής χρήσης %1 δεν μπορεί να χρησιμοποιηθεί: %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="332"/>
        <source>Sharing uses the default settings; the file was kept as %1.</source>
        <translation>Η κοινή χρήση χρησιμοποιεί τις προεπιλεγμένες ρυθμίσεις· το αρχείο κρατήθηκε ως %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="334"/>
        <source>Sharing uses the default settings.</source>
        <translation>Η κοινή χρήση χρησιμοποιεί τις προεπιλεγμένες ρυθμίσεις.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="345"/>
        <source>Cannot create the folder %1 for the sharing policy; check its permissions.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1 για την πολιτική κοινής χρήσης· ελέγξτε τα δικαιώματά του.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="350"/>
        <location filename="../core/sharing/PolicyFile.cpp" line="356"/>
        <source>Cannot write the sharing policy %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Δεν είναι δυνατή η εγγραφή της πολιτικής κοινής χρήσης %1: %2. Ελέγξτε τα δικαιώματα και τον ελεύθερο χώρο του φακέλου.</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="41"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="28"/>
        <source>1 core</source>
        <translation>1 πυρήνας</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="41"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="28"/>
        <source>%1 cores</source>
        <translation>%1 πυρήνες</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="42"/>
        <source>%1 at %2 %</source>
        <translation>%1 στο %2 %</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="49"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="35"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="50"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="55"/>
        <source>%1, %2 memory, %3 GiB disk</source>
        <translation>%1, %2 μνήμη, %3 GiB δίσκος</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="30"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="46"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="57"/>
        <source>Unavailable: the profile %1 does not exist; choose an existing profile in the sharing settings.</source>
        <translation>Μη διαθέσιμο: το προφίλ %1 δεν υπάρχει· επιλέξτε ένα υπάρχον προφίλ στις ρυθμίσεις κοινής χρήσης.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="71"/>
        <location filename="../core/sharing/SharingDecision.cpp" line="93"/>
        <source>Sharing: %1</source>
        <translation>Κοινή χρήση: %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="79"/>
        <source>Paused: the schedule has no sharing until %1</source>
        <translation>Σε παύση: το πρόγραμμα δεν έχει κοινή χρήση έως %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="80"/>
        <source>Paused: the schedule has no sharing</source>
        <translation>Σε παύση: το πρόγραμμα δεν έχει κοινή χρήση</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="87"/>
        <source>Sharing: %1 (profile %2)</source>
        <translation>Κοινή χρήση: %1 (προφίλ %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="97"/>
        <source>Paused: you are using the computer</source>
        <translation>Σε παύση: χρησιμοποιείτε τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="103"/>
        <source>Sharing: %1 while you use the computer (profile %2)</source>
        <translation>Κοινή χρήση: %1 όσο χρησιμοποιείτε τον υπολογιστή (προφίλ %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="110"/>
        <source>Paused: checking whether you are using the computer</source>
        <translation>Σε παύση: έλεγχος αν χρησιμοποιείτε τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="114"/>
        <source> (tried %1)</source>
        <translation> (δοκιμάστηκε %1)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="117"/>
        <source>Unavailable: Cloudy cannot tell whether you are using the computer — no idle-time service answered on the D-Bus session or system bus%1. Share “always” or on a schedule instead, or run Cloudy inside your desktop session (KDE, GNOME and systemd-logind provide the idle time).</source>
        <translation>Μη διαθέσιμο: το Cloudy δεν μπορεί να ξέρει αν χρησιμοποιείτε τον υπολογιστή — καμία υπηρεσία χρόνου αδράνειας δεν απάντησε στον δίαυλο συνεδρίας ή συστήματος του D-Bus%1. Μοιραστείτε «πάντα» ή με πρόγραμμα, ή εκτελέστε το Cloudy μέσα στη συνεδρία της επιφάνειας εργασίας σας (το KDE, το GNOME και το systemd-logind παρέχουν τον χρόνο αδράνειας).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="126"/>
        <source>Unavailable: unknown sharing mode</source>
        <translation>Μη διαθέσιμο: άγνωστη λειτουργία κοινής χρήσης</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="154"/>
        <source>Off</source>
        <translation>Ανενεργή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="171"/>
        <source>Paused until %1 (you paused sharing)</source>
        <translation>Σε παύση έως %1 (θέσατε σε παύση την κοινή χρήση)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="173"/>
        <source>Paused: on battery</source>
        <translation>Σε παύση: με μπαταρία</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="72"/>
        <source>%1Share at least 1 core (%2 is not a number of cores).</source>
        <translation>%1Μοιραστείτε τουλάχιστον 1 πυρήνα (το %2 δεν είναι αριθμός πυρήνων).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="75"/>
        <source>%1The CPU limit is a share of the shared cores&apos; time, between 1 % and 100 %; %2 % is not.</source>
        <translation>%1Το όριο CPU είναι μερίδιο του χρόνου των κοινόχρηστων πυρήνων, μεταξύ 1 % και 100 %· το %2 % δεν είναι.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="80"/>
        <source>%1Share at least %2 MiB of memory; a guest cannot start with less.</source>
        <translation>%1Μοιραστείτε τουλάχιστον %2 MiB μνήμης· ένας επισκέπτης δεν μπορεί να ξεκινήσει με λιγότερα.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="89"/>
        <source>%1You have %2; at most %3 can be shared.</source>
        <translation>%1Έχετε %2· το πολύ %3 μπορούν να μοιραστούν.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="95"/>
        <source>%1 always stays for this computer</source>
        <translation>%1 μένει πάντα για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="96"/>
        <source>10 % of it, %1, stays for this computer</source>
        <translation>το 10 %, %1, μένει για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="100"/>
        <source>%1This computer has %2 of memory and %3, so none can be shared.</source>
        <translation>%1Αυτός ο υπολογιστής έχει %2 μνήμης και %3, οπότε δεν μπορεί να μοιραστεί καθόλου.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="104"/>
        <source>%1You have %2 of memory; at most %3 can be shared (%4).</source>
        <translation>%1Έχετε %2 μνήμης· το πολύ %3 μπορούν να μοιραστούν (%4).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="268"/>
        <source>Choose the microcloud to share with (the Nearby page lists them) before switching sharing on.</source>
        <translation>Επιλέξτε το μικρο-νέφος με το οποίο θα μοιραστείτε (η σελίδα Κοντά τα εμφανίζει) πριν ενεργοποιήσετε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="272"/>
        <source>Choose what the contribution node runs (an image of the microcloud&apos;s catalog or a service bundle) before switching sharing on.</source>
        <translation>Επιλέξτε τι εκτελεί ο κόμβος συνεισφοράς (μια εικόνα του καταλόγου του μικρο-νέφους ή ένα πακέτο υπηρεσίας) πριν ενεργοποιήσετε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="279"/>
        <source>Share at least %1 GiB of disk.</source>
        <translation>Μοιραστείτε τουλάχιστον %1 GiB δίσκου.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="283"/>
        <source>The computer must be idle for between 1 minute and 24 hours before sharing starts; %1 minutes is not possible.</source>
        <translation>Ο υπολογιστής πρέπει να είναι αδρανής από 1 λεπτό έως 24 ώρες πριν ξεκινήσει η κοινή χρήση· %1 λεπτά δεν είναι δυνατό.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="289"/>
        <source>The grace period for activity must be between 0 seconds and 1 hour; %1 seconds is not possible.</source>
        <translation>Η περίοδος χάριτος για τη δραστηριότητα πρέπει να είναι από 0 δευτερόλεπτα έως 1 ώρα· %1 δευτερόλεπτα δεν είναι δυνατό.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="300"/>
        <source>The profile %1 has no id; give it one (e.g. “night”).</source>
        <translation>Το προφίλ %1 δεν έχει αναγνωριστικό· δώστε του ένα (π.χ. «νύχτα»).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="305"/>
        <source>Two profiles have the id %1; give each a different one.</source>
        <translation>Δύο προφίλ έχουν το αναγνωριστικό %1· δώστε διαφορετικό σε καθένα.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="309"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="353"/>
        <source>Profile %1: </source>
        <translation>Προφίλ %1: </translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="317"/>
        <source>Choose the profile that runs while you use the computer, or suspend sharing then instead.</source>
        <translation>Επιλέξτε το προφίλ που εκτελείται όσο χρησιμοποιείτε τον υπολογιστή, ή αναστείλετε τότε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="319"/>
        <source>The profile %1 chosen for while you use the computer does not exist; choose an existing profile or suspend sharing then instead.</source>
        <translation>Το προφίλ %1 που επιλέχθηκε για όσο χρησιμοποιείτε τον υπολογιστή δεν υπάρχει· επιλέξτε ένα υπάρχον προφίλ ή αναστείλετε τότε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="333"/>
        <source>The schedule uses the profile %1 (first on %2), which does not exist; choose an existing profile for those times or create it.</source>
        <translation>Το πρόγραμμα χρησιμοποιεί το προφίλ %1 (πρώτα την %2), που δεν υπάρχει· επιλέξτε υπάρχον προφίλ για εκείνες τις ώρες ή δημιουργήστε το.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="339"/>
        <source>The schedule never shares; give at least one half-hour a profile, or choose another mode.</source>
        <translation>Το πρόγραμμα δεν μοιράζεται ποτέ· δώστε προφίλ σε τουλάχιστον ένα μισάωρο, ή επιλέξτε άλλη λειτουργία.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="359"/>
        <source>%1 (the minimum) must stay free for this computer</source>
        <translation>%1 (το ελάχιστο) πρέπει να μένει ελεύθερο για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="361"/>
        <source>10 % of the disk (%1) must stay free for this computer</source>
        <translation>το 10 % του δίσκου (%1) πρέπει να μένει ελεύθερο για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="366"/>
        <source>The disk holding %1 has %2 free and %3, so no disk can be shared; free some space or keep the contribution on another disk.</source>
        <translation>Ο δίσκος που περιέχει το %1 έχει %2 ελεύθερα και %3, οπότε δεν μπορεί να μοιραστεί καθόλου δίσκος· ελευθερώστε χώρο ή κρατήστε τη συνεισφορά σε άλλο δίσκο.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="372"/>
        <source>The disk holding %1 has %2 free; at most %3 GiB can be shared, since %4.</source>
        <translation>Ο δίσκος που περιέχει το %1 έχει %2 ελεύθερα· το πολύ %3 GiB μπορούν να μοιραστούν, αφού %4.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Virt</name>
    <message>
        <location filename="../core/virt/Capabilities.cpp" line="95"/>
        <source>libvirt answered with something that is not a capabilities document.</source>
        <translation>Το libvirt απάντησε με κάτι που δεν είναι έγγραφο δυνατοτήτων.</translation>
    </message>
    <message>
        <location filename="../core/virt/Capabilities.cpp" line="108"/>
        <source>libvirt&apos;s capabilities document is malformed: %1</source>
        <translation>Το έγγραφο δυνατοτήτων του libvirt είναι κακοσχηματισμένο: %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="49"/>
        <source>No guest is selected (look it up first).</source>
        <translation>Δεν έχει επιλεγεί επισκέπτης (αναζητήστε τον πρώτα).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="249"/>
        <source>%1: applies on the next start (%2)</source>
        <translation>%1: εφαρμόζεται στην επόμενη εκκίνηση (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="252"/>
        <source>%1: not applied (%2)</source>
        <translation>%1: δεν εφαρμόστηκε (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="310"/>
        <source>Could not read the state of %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της κατάστασης του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="322"/>
        <source>Could not read the definition of %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του ορισμού του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="332"/>
        <source>Could not start %1</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="341"/>
        <source>Could not ask %1 to shut down</source>
        <translation>Δεν ήταν δυνατό να ζητηθεί από το %1 να τερματιστεί</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="350"/>
        <source>Could not stop %1</source>
        <translation>Δεν ήταν δυνατή η διακοπή του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="359"/>
        <source>Could not pause %1</source>
        <translation>Δεν ήταν δυνατή η παύση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="368"/>
        <source>Could not resume %1</source>
        <translation>Δεν ήταν δυνατή η συνέχιση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="391"/>
        <source>Could not remove the definition of %1</source>
        <translation>Δεν ήταν δυνατή η αφαίρεση του ορισμού του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="408"/>
        <source>Could not raise the vCPU maximum of %1 to %2</source>
        <translation>Δεν ήταν δυνατή η αύξηση του μέγιστου vCPU του %1 σε %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="411"/>
        <source>Could not set %1 vCPUs on %2</source>
        <translation>Δεν ήταν δυνατός ο ορισμός %1 vCPU στο %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="431"/>
        <source>Could not set the memory of %1 to %2 MiB</source>
        <translation>Δεν ήταν δυνατός ο ορισμός της μνήμης του %1 σε %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="442"/>
        <source>Could not set the maximum memory of %1 to %2 MiB</source>
        <translation>Δεν ήταν δυνατός ο ορισμός της μέγιστης μνήμης του %1 σε %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="514"/>
        <location filename="../core/virt/Domain.cpp" line="532"/>
        <source>Could not read the CPU scheduler settings of %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ρυθμίσεων του χρονοπρογραμματιστή CPU του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="546"/>
        <source>The %1 driver has no CPU scheduler setting &quot;%2&quot; (it has: %3).</source>
        <translation>Ο οδηγός %1 δεν έχει ρύθμιση χρονοπρογραμματιστή CPU &quot;%2&quot; (έχει: %3).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="571"/>
        <source>Could not prepare %1</source>
        <translation>Δεν ήταν δυνατή η προετοιμασία του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="582"/>
        <source>Could not change the CPU limits of %1</source>
        <translation>Δεν ήταν δυνατή η αλλαγή των ορίων CPU του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="598"/>
        <source>A %1 % cap is too small for a %2 µs period: the quota must be at least 1000 µs.</source>
        <translation>Ένα όριο %1 % είναι πολύ μικρό για περίοδο %2 µs: το μερίδιο πρέπει να είναι τουλάχιστον 1000 µs.</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="628"/>
        <source>the guest is not running</source>
        <translation>ο επισκέπτης δεν εκτελείται</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="631"/>
        <source>no guest</source>
        <translation>κανένας επισκέπτης</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="669"/>
        <source>Could not store Cloudy&apos;s data in %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των δεδομένων του Cloudy στο %1</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="110"/>
        <source>Could not sample the guests&apos; usage</source>
        <translation>Δεν ήταν δυνατή η δειγματοληψία της χρήσης των επισκεπτών</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="127"/>
        <source>Could not list the guests</source>
        <translation>Δεν ήταν δυνατή η εμφάνιση λίστας των επισκεπτών</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="56"/>
        <source>The guest name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Το όνομα επισκέπτη &quot;%1&quot; δεν είναι έγκυρο: χρησιμοποιήστε 1 έως 64 γράμματα, ψηφία, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; ή &apos;-&apos;, χωρίς να ξεκινά με &apos;.&apos; ή &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="60"/>
        <source>The guest %1 has no memory: give it at least 1 MiB.</source>
        <translation>Ο επισκέπτης %1 δεν έχει μνήμη: δώστε του τουλάχιστον 1 MiB.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="63"/>
        <source>The guest %1 starts with more memory (%2 MiB) than its maximum (%3 MiB): raise the maximum or lower the start value.</source>
        <translation>Ο επισκέπτης %1 ξεκινά με περισσότερη μνήμη (%2 MiB) από το μέγιστό του (%3 MiB): αυξήστε το μέγιστο ή μειώστε την αρχική τιμή.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="70"/>
        <source>The guest %1 asks for %2 vCPUs (maximum %3): use 1 to 255, and no more than the maximum.</source>
        <translation>Ο επισκέπτης %1 ζητά %2 vCPU (μέγιστο %3): χρησιμοποιήστε 1 έως 255, και όχι περισσότερες από το μέγιστο.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="76"/>
        <source>The CPU period of %1 must be between 1000 and 1000000 µs (it is %2).</source>
        <translation>Η περίοδος CPU του %1 πρέπει να είναι μεταξύ 1000 και 1000000 µs (είναι %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="80"/>
        <source>The CPU cap of %1 must be between 1 and %2 % (100 % per vCPU), or 0 for none.</source>
        <translation>Το όριο CPU του %1 πρέπει να είναι μεταξύ 1 και %2 % (100 % ανά vCPU), ή 0 για κανένα.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="85"/>
        <source>The CPU cap of %1 is too small for its period: the quota must be at least 1000 µs (raise the cap or the period).</source>
        <translation>Το όριο CPU του %1 είναι πολύ μικρό για την περίοδό του: το μερίδιο πρέπει να είναι τουλάχιστον 1000 µs (αυξήστε το όριο ή την περίοδο).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="91"/>
        <source>The path &quot;%1&quot; of guest %2 must be absolute.</source>
        <translation>Η διαδρομή &quot;%1&quot; του επισκέπτη %2 πρέπει να είναι απόλυτη.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="96"/>
        <source>A disk of guest %1 has no absolute image path (&quot;%2&quot;).</source>
        <translation>Ένας δίσκος του επισκέπτη %1 δεν έχει απόλυτη διαδρομή εικόνας (&quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="99"/>
        <source>A volume disk of guest %1 needs both a pool and a volume name.</source>
        <translation>Ένας δίσκος τόμου του επισκέπτη %1 χρειάζεται και χώρο αποθήκευσης και όνομα τόμου.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="105"/>
        <source>The container %1 has no init program: say which program it runs.</source>
        <translation>Το κοντέινερ %1 δεν έχει πρόγραμμα εκκίνησης: ορίστε ποιο πρόγραμμα εκτελεί.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="107"/>
        <source>The container %1 shares the host&apos;s network: port forwards and user-mode networking apply to QEMU guests only.</source>
        <translation>Το κοντέινερ %1 μοιράζεται το δίκτυο του κεντρικού υπολογιστή: οι προωθήσεις θυρών και η δικτύωση λειτουργίας χρήστη ισχύουν μόνο για επισκέπτες QEMU.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="111"/>
        <source>The container %1 cannot boot a kernel or disks: give it a root directory.</source>
        <translation>Το κοντέινερ %1 δεν μπορεί να εκκινήσει πυρήνα ή δίσκους: δώστε του ριζικό κατάλογο.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="115"/>
        <source>A mount of container %1 needs absolute source and target directories.</source>
        <translation>Μια προσάρτηση του κοντέινερ %1 χρειάζεται απόλυτους καταλόγους προέλευσης και προορισμού.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="122"/>
        <source>The guest %1 has nothing to boot: give it a kernel or a disk.</source>
        <translation>Ο επισκέπτης %1 δεν έχει τίποτα για εκκίνηση: δώστε του πυρήνα ή δίσκο.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="124"/>
        <source>The virtual machine %1 cannot take an init program or mounts: those are for containers.</source>
        <translation>Η εικονική μηχανή %1 δεν μπορεί να έχει πρόγραμμα εκκίνησης ή προσαρτήσεις: αυτά είναι για κοντέινερ.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="130"/>
        <source>The guest %1 has port forwards but no user-mode network: switch it on.</source>
        <translation>Ο επισκέπτης %1 έχει προωθήσεις θυρών αλλά όχι δίκτυο λειτουργίας χρήστη: ενεργοποιήστε το.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="132"/>
        <source>Port forwards need the &apos;pc&apos; machine type (guest %1 uses &apos;%2&apos;).</source>
        <translation>Οι προωθήσεις θυρών χρειάζονται τον τύπο μηχανής &apos;pc&apos; (ο επισκέπτης %1 χρησιμοποιεί &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="139"/>
        <source>The forward address &quot;%1&quot; of guest %2 is not an IPv4 address.</source>
        <translation>Η διεύθυνση προώθησης &quot;%1&quot; του επισκέπτη %2 δεν είναι διεύθυνση IPv4.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="143"/>
        <source>A port forward of guest %1 has port 0: give both the host and the guest port.</source>
        <translation>Μια προώθηση θύρας του επισκέπτη %1 έχει θύρα 0: δώστε και τη θύρα του κεντρικού υπολογιστή και του επισκέπτη.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="150"/>
        <source>Host port %1 is forwarded twice in guest %2.</source>
        <translation>Η θύρα %1 του κεντρικού υπολογιστή προωθείται δύο φορές στον επισκέπτη %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="525"/>
        <source>This is not libvirt domain XML (the document starts with &lt;%1&gt;).</source>
        <translation>Αυτό δεν είναι XML τομέα του libvirt (το έγγραφο ξεκινά με &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="632"/>
        <source>The domain XML is not well-formed: %1 (line %2).</source>
        <translation>Το XML του τομέα δεν είναι καλοσχηματισμένο: %1 (γραμμή %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="636"/>
        <source>The domain XML is empty.</source>
        <translation>Το XML του τομέα είναι κενό.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="38"/>
        <source>libvirtd closed the connection (the daemon stopped or restarted)</source>
        <translation>Το libvirtd έκλεισε τη σύνδεση (η υπηρεσία σταμάτησε ή επανεκκινήθηκε)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="40"/>
        <source>libvirtd stopped answering (keepalive timed out)</source>
        <translation>Το libvirtd σταμάτησε να απαντά (έληξε το keepalive)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="42"/>
        <source>the connection to libvirtd failed</source>
        <translation>η σύνδεση με το libvirtd απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="44"/>
        <source>the connection to libvirtd was closed</source>
        <translation>η σύνδεση με το libvirtd έκλεισε</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="103"/>
        <source>libvirtd is not running for %1: install it (sudo apt-get install libvirt-daemon-system) and start it (sudo systemctl start libvirtd). libvirt said: %2</source>
        <translation>Το libvirtd δεν εκτελείται για το %1: εγκαταστήστε το (sudo apt-get install libvirt-daemon-system) και ξεκινήστε το (sudo systemctl start libvirtd). Το libvirt είπε: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="108"/>
        <source>libvirt refused this user on %1: join the libvirt group (sudo adduser $USER libvirt), log out and in again, or use qemu:///session. libvirt said: %2</source>
        <translation>Το libvirt απέρριψε αυτόν τον χρήστη στο %1: γίνετε μέλος της ομάδας libvirt (sudo adduser $USER libvirt), αποσυνδεθείτε και συνδεθείτε ξανά, ή χρησιμοποιήστε qemu:///session. Το libvirt είπε: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="115"/>
        <source>libvirt has no driver for %1: install it (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, or libvirt-daemon-driver-lxc for containers). libvirt said: %2</source>
        <translation>Το libvirt δεν έχει οδηγό για το %1: εγκαταστήστε τον (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, ή libvirt-daemon-driver-lxc για κοντέινερ). Το libvirt είπε: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="121"/>
        <source>Could not connect to %1: %2</source>
        <translation>Δεν ήταν δυνατή η σύνδεση στο %1: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="191"/>
        <source>The connection to %1 was closed.</source>
        <translation>Η σύνδεση με το %1 έκλεισε.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="259"/>
        <source>Lost the connection to %1: %2. Reconnecting…</source>
        <translation>Χάθηκε η σύνδεση με το %1: %2. Επανασύνδεση…</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="299"/>
        <source>Not connected to %1.</source>
        <translation>Δεν υπάρχει σύνδεση στο %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="314"/>
        <source>There is no guest named %1 on %2.</source>
        <translation>Δεν υπάρχει επισκέπτης με όνομα %1 στο %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="315"/>
        <source>Could not look up %1</source>
        <translation>Δεν ήταν δυνατή η αναζήτηση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="327"/>
        <source>libvirt refused the guest definition</source>
        <translation>Το libvirt απέρριψε τον ορισμό του επισκέπτη</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="346"/>
        <source>libvirt could not start the guest</source>
        <translation>Το libvirt δεν μπόρεσε να ξεκινήσει τον επισκέπτη</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="366"/>
        <source>Could not list the guests on %1</source>
        <translation>Δεν ήταν δυνατή η εμφάνιση λίστας των επισκεπτών στο %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="34"/>
        <source>There is no storage pool named %1.</source>
        <translation>Δεν υπάρχει χώρος αποθήκευσης με όνομα %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="35"/>
        <source>Could not use the storage pool %1</source>
        <translation>Δεν ήταν δυνατή η χρήση του χώρου αποθήκευσης %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="42"/>
        <source>Could not read a volume&apos;s size</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του μεγέθους ενός τόμου</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="139"/>
        <source>Could not create the storage pool %1 in %2</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του χώρου αποθήκευσης %1 στο %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="143"/>
        <source>Could not create the directory %1 for the storage pool</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του καταλόγου %1 για τον χώρο αποθήκευσης</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="149"/>
        <source>Could not start the storage pool %1</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του χώρου αποθήκευσης %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="191"/>
        <source>Could not delete the directory of the storage pool %1 (is it empty?)</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του καταλόγου του χώρου αποθήκευσης %1 (είναι κενός;)</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="213"/>
        <source>Could not create the %1-byte volume %2 in %3</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του τόμου %2 των %1 byte στο %3</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="227"/>
        <source>There is no volume %1 in %2.</source>
        <translation>Δεν υπάρχει τόμος %1 στο %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="228"/>
        <source>Could not look up the volume %1</source>
        <translation>Δεν ήταν δυνατή η αναζήτηση του τόμου %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="262"/>
        <source>Could not delete the volume %1</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του τόμου %1</translation>
    </message>
    <message>
        <location filename="../core/virt/VirtConnection.cpp" line="68"/>
        <source>libvirt reported an unknown error.</source>
        <translation>Το libvirt ανέφερε άγνωστο σφάλμα.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Virt::KvmProbe</name>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="120"/>
        <source>KVM runs guests on this computer: services start at full speed.</source>
        <translation>Το KVM εκτελεί επισκέπτες σε αυτόν τον υπολογιστή: οι υπηρεσίες ξεκινούν σε πλήρη ταχύτητα.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="124"/>
        <source>%1 does not exist: this computer has no hardware virtualisation, or it is switched off in the firmware (BIOS/UEFI: enable VT-x or AMD-V). Virtual machines still run, more slowly, with software emulation.</source>
        <translation>Το %1 δεν υπάρχει: αυτός ο υπολογιστής δεν έχει εικονικοποίηση υλικού, ή είναι απενεργοποιημένη στο υλικολογισμικό (BIOS/UEFI: ενεργοποιήστε το VT-x ή το AMD-V). Οι εικονικές μηχανές εξακολουθούν να εκτελούνται, πιο αργά, με εξομοίωση λογισμικού.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="130"/>
        <source>You may not use %1. Add yourself to the &apos;kvm&apos; group (sudo adduser $USER kvm) and log in again; until then virtual machines run with slower software emulation.</source>
        <translation>Δεν έχετε δικαίωμα χρήσης του %1. Προσθέστε τον εαυτό σας στην ομάδα &apos;kvm&apos; (sudo adduser $USER kvm) και συνδεθείτε ξανά· μέχρι τότε οι εικονικές μηχανές εκτελούνται με πιο αργή εξομοίωση λογισμικού.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="135"/>
        <source>KVM is present but refused a test guest (probe step %1 failed), so Cloudy will use software emulation.</source>
        <translation>Το KVM υπάρχει αλλά απέρριψε έναν δοκιμαστικό επισκέπτη (απέτυχε το βήμα ελέγχου %1), οπότε το Cloudy θα χρησιμοποιήσει εξομοίωση λογισμικού.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="170"/>
        <source>Could not start the KVM probe: %1</source>
        <translation>Δεν ήταν δυνατή η έναρξη του ελέγχου KVM: %1</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="183"/>
        <source>The KVM probe disappeared.</source>
        <translation>Ο έλεγχος KVM εξαφανίστηκε.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="195"/>
        <source>KVM accepted a test guest but never ran it (this happens with broken nested virtualisation). Cloudy will use software emulation.</source>
        <translation>Το KVM δέχτηκε έναν δοκιμαστικό επισκέπτη αλλά δεν τον εκτέλεσε ποτέ (συμβαίνει με χαλασμένη ένθετη εικονικοποίηση). Το Cloudy θα χρησιμοποιήσει εξομοίωση λογισμικού.</translation>
    </message>
</context>
<context>
    <name>LedgerServer</name>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="49"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation>Ο οδηγός Qt SQL %1 δεν είναι εγκατεστημένος (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="67"/>
        <source>Cannot open the ledger database %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων του καθολικού %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="74"/>
        <source>Cannot prepare the ledger database %1: %2</source>
        <translation>Δεν είναι δυνατή η προετοιμασία της βάσης δεδομένων του καθολικού %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="85"/>
        <source>Cannot listen on %1:%2 (is another program using that port?).</source>
        <translation>Δεν είναι δυνατή η ακρόαση στο %1:%2 (χρησιμοποιεί άλλο πρόγραμμα αυτή τη θύρα;).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="111"/>
        <source>There is no %1 in the ledger API. The API lives under /v1.</source>
        <translation>Δεν υπάρχει %1 στο API του καθολικού. Το API βρίσκεται στο /v1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="46"/>
        <source>The metering database could not %1: %2</source>
        <translation>Η βάση δεδομένων μέτρησης δεν μπόρεσε να %1: %2</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="155"/>
        <location filename="../core/metering/UsageStore.cpp" line="373"/>
        <location filename="../core/metering/UsageStore.cpp" line="451"/>
        <source>be read</source>
        <translation>διαβαστεί</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="160"/>
        <source>The metering database %1 was written by a newer version of Cloudy (schema %2, this version knows %3). Update Cloudy Desktop to use it.</source>
        <translation>Η βάση δεδομένων μέτρησης %1 γράφτηκε από νεότερη έκδοση του Cloudy (σχήμα %2, αυτή η έκδοση γνωρίζει το %3). Ενημερώστε το Cloudy Desktop για να τη χρησιμοποιήσετε.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="168"/>
        <location filename="../core/metering/UsageStore.cpp" line="291"/>
        <source>start a transaction</source>
        <translation>ξεκινήσει μια συναλλαγή</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="188"/>
        <location filename="../core/metering/UsageStore.cpp" line="192"/>
        <source>create its tables</source>
        <translation>δημιουργήσει τους πίνακές της</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="224"/>
        <source>Could not create the folder %1 for the metering database.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του φακέλου %1 για τη βάση δεδομένων μέτρησης.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="231"/>
        <source>be opened (%1)</source>
        <translation>ανοίξει (%1)</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="239"/>
        <source>The metering database %1 is damaged (%2); it was moved to %3 and a new one started. Donations metered before now are not counted in the totals.</source>
        <translation>Η βάση δεδομένων μέτρησης %1 είναι κατεστραμμένη (%2)· μετακινήθηκε στο %3 και ξεκίνησε νέα. Οι δωρεές που μετρήθηκαν μέχρι τώρα δεν υπολογίζονται στα σύνολα.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="244"/>
        <source>be created (%1)</source>
        <translation>δημιουργηθεί (%1)</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="282"/>
        <location filename="../core/metering/UsageStore.cpp" line="359"/>
        <location filename="../core/metering/UsageStore.cpp" line="438"/>
        <location filename="../core/metering/UsageStore.cpp" line="462"/>
        <source>The metering database is not open.</source>
        <translation>Η βάση δεδομένων μέτρησης δεν είναι ανοιχτή.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="285"/>
        <source>A metering reading needs a domain and a time.</source>
        <translation>Μια μέτρηση χρειάζεται τομέα και χρόνο.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="310"/>
        <source>store a reading</source>
        <translation>αποθηκεύσει μια μέτρηση</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="343"/>
        <location filename="../core/metering/UsageStore.cpp" line="347"/>
        <source>add to the hourly totals</source>
        <translation>προσθέσει στα ωριαία σύνολα</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="349"/>
        <source>save a reading</source>
        <translation>αποθηκεύσει μια μέτρηση</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="469"/>
        <source>remove old readings</source>
        <translation>αφαιρέσει παλιές μετρήσεις</translation>
    </message>
</context>
<context>
    <name>cloudy-desktop</name>
    <message>
        <location filename="../app/desktop/DisplayCheck.cpp" line="16"/>
        <source>cloudy-desktop needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session, or use &apos;cloudyctl&apos; in a terminal for the same actions. To try it without a screen, run it under &apos;xvfb-run&apos; or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Το cloudy-desktop χρειάζεται γραφικό περιβάλλον και δεν βρέθηκε κανένα (δεν έχει οριστεί ούτε DISPLAY ούτε WAYLAND_DISPLAY). Ξεκινήστε το από τη συνεδρία της επιφάνειας εργασίας σας ή χρησιμοποιήστε το &apos;cloudyctl&apos; σε τερματικό για τις ίδιες ενέργειες. Για να το δοκιμάσετε χωρίς οθόνη, εκτελέστε το με &apos;xvfb-run&apos; ή με QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>cloudy-ledgerd</name>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="34"/>
        <source>The community ledger of a microcloud: stores signed contribution receipts and serves balances over HTTP (API under /v1).</source>
        <translation>Το κοινοτικό καθολικό ενός μικρο-νέφους: αποθηκεύει υπογεγραμμένες αποδείξεις συνεισφοράς και παρέχει υπόλοιπα μέσω HTTP (API στο /v1).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="40"/>
        <source>Print the version.</source>
        <translation>Εμφανίζει την έκδοση.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="43"/>
        <source>Database: sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Βάση δεδομένων: sqlite:PATH (προεπιλογή, στον φάκελο δεδομένων) ή postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="49"/>
        <source>Address and port to listen on (default 127.0.0.1:8787).</source>
        <translation>Διεύθυνση και θύρα ακρόασης (προεπιλογή 127.0.0.1:8787).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="78"/>
        <source>&apos;%1&apos; is not an address to listen on; use ADDR:PORT, for example 127.0.0.1:8787 or [::1]:8787.</source>
        <translation>Το &apos;%1&apos; δεν είναι διεύθυνση ακρόασης· χρησιμοποιήστε ADDR:PORT, για παράδειγμα 127.0.0.1:8787 ή [::1]:8787.</translation>
    </message>
</context>
<context>
    <name>cloudyctl</name>
    <message>
        <location filename="../app/ctl/Command.cpp" line="16"/>
        <source>Find the microclouds nearby and the services they offer</source>
        <translation>Βρίσκει τα κοντινά μικρο-νέφη και τις υπηρεσίες που προσφέρουν</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="19"/>
        <source>Check what this computer offers Cloudy and say how to fix what is missing</source>
        <translation>Ελέγχει τι προσφέρει αυτός ο υπολογιστής στο Cloudy και λέει πώς να διορθωθεί ό,τι λείπει</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="23"/>
        <source>Show or change what this computer donates: share status|on|off|set</source>
        <translation>Εμφανίζει ή αλλάζει τι δωρίζει αυτός ο υπολογιστής: share status|on|off|set</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="32"/>
        <source>Show this help.</source>
        <translation>Εμφανίζει αυτή τη βοήθεια.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="36"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Δοκιμάστε &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="29"/>
        <source>Microclouds nearby (found with %1):</source>
        <translation>Κοντινά μικρο-νέφη (βρέθηκαν με %1):</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="31"/>
        <source>none found</source>
        <translation>δεν βρέθηκε κανένα</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/DiscoverCommand.cpp" line="40"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n κόμβος</numerusform>
            <numerusform>%n κόμβοι</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/DiscoverCommand.cpp" line="41"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n υπηρεσία</numerusform>
            <numerusform>%n υπηρεσίες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="68"/>
        <source>no microcloud</source>
        <translation>κανένα μικρο-νέφος</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="78"/>
        <source>Finds the microclouds of your community network nearby and the services they offer (DNS-SD over mDNS). Without --watch, browses until the first answers are in (at most --timeout seconds) and prints what it found.</source>
        <translation>Βρίσκει τα κοντινά μικρο-νέφη του κοινοτικού σας δικτύου και τις υπηρεσίες που προσφέρουν (DNS-SD πάνω από mDNS). Χωρίς --watch, αναζητά μέχρι να έρθουν οι πρώτες απαντήσεις (το πολύ --timeout δευτερόλεπτα) και εμφανίζει ό,τι βρήκε.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="83"/>
        <source>avahi (through avahi-daemon), mdns (built-in) or auto (the default: avahi when its daemon runs).</source>
        <translation>avahi (μέσω του avahi-daemon), mdns (ενσωματωμένο) ή auto (προεπιλογή: avahi όταν εκτελείται η υπηρεσία του).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="87"/>
        <source>Stop after SECONDS (default 5; with --watch: never).</source>
        <translation>Διακοπή μετά από SECONDS (προεπιλογή 5· με --watch: ποτέ).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="91"/>
        <source>Keep browsing and print one line per service added, updated or removed.</source>
        <translation>Συνεχής αναζήτηση με μία γραμμή για κάθε υπηρεσία που προστίθεται, ενημερώνεται ή αφαιρείται.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="93"/>
        <source>Print JSON (with --watch: one object per line).</source>
        <translation>Έξοδος σε JSON (με --watch: ένα αντικείμενο ανά γραμμή).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="104"/>
        <source>Unknown backend &apos;%1&apos;: use avahi, mdns or auto.</source>
        <translation>Άγνωστος μηχανισμός &apos;%1&apos;: χρησιμοποιήστε avahi, mdns ή auto.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="114"/>
        <source>--timeout needs a number of seconds, e.g. --timeout 3.</source>
        <translation>Το --timeout χρειάζεται αριθμό δευτερολέπτων, π.χ. --timeout 3.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="145"/>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="155"/>
        <source>Discovery with %1 failed: %2</source>
        <translation>Η ανακάλυψη με %1 απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="13"/>
        <source>Checks the system bus, Avahi, libvirt (QEMU, LXC, KVM) and the keyring.
Exit status: 0 when everything needed is available, 1 when something is missing.</source>
        <translation>Ελέγχει τον δίαυλο συστήματος, το Avahi, το libvirt (QEMU, LXC, KVM) και την κλειδοθήκη.
Κατάσταση εξόδου: 0 όταν υπάρχουν όλα τα απαραίτητα, 1 όταν κάτι λείπει.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="17"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="263"/>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="19"/>
        <source>Check this libvirt URI instead of the default one.</source>
        <translation>Έλεγχος αυτού του URI του libvirt αντί του προεπιλεγμένου.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="84"/>
        <source>Warning: %1</source>
        <translation>Προειδοποίηση: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="85"/>
        <source>Sharing: %1</source>
        <translation>Κοινή χρήση: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="85"/>
        <source>on</source>
        <translation>ενεργή</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="85"/>
        <source>off</source>
        <translation>ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="86"/>
        <source>State: %1</source>
        <translation>Κατάσταση: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="87"/>
        <source>Policy: %1, %2 (%3 guest, image %4), microcloud %5</source>
        <translation>Πολιτική: %1, %2 (επισκέπτης %3, εικόνα %4), μικρο-νέφος %5</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="89"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="90"/>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="92"/>
        <source>Domain: %1 on %2: %3</source>
        <translation>Τομέας: %1 στο %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="94"/>
        <source>Live caps (libvirt): %1</source>
        <translation>Τρέχοντα όρια (libvirt): %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="96"/>
        <source>Pending: %1</source>
        <translation>Εκκρεμεί: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="98"/>
        <source>Problem: %1</source>
        <translation>Πρόβλημα: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="142"/>
        <source>light, balanced or full: fills the caps.</source>
        <translation>light, balanced ή full: συμπληρώνει τα όρια.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="144"/>
        <source>Virtual CPUs to share.</source>
        <translation>Εικονικές CPU για κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="145"/>
        <source>Percent of those CPUs&apos; time (1-100).</source>
        <translation>Ποσοστό του χρόνου αυτών των CPU (1-100).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="147"/>
        <source>Memory to share, in MiB.</source>
        <translation>Μνήμη για κοινή χρήση, σε MiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="149"/>
        <source>Disk to share, in GiB.</source>
        <translation>Δίσκος για κοινή χρήση, σε GiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="150"/>
        <source>always, idle or schedule.</source>
        <translation>always, idle ή schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="152"/>
        <source>Minutes without input before the computer counts as idle.</source>
        <translation>Λεπτά χωρίς δραστηριότητα πριν ο υπολογιστής θεωρηθεί αδρανής.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="155"/>
        <source>suspend, or the id of the profile to share while you work.</source>
        <translation>suspend, ή το αναγνωριστικό του προφίλ για κοινή χρήση όσο εργάζεστε.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="157"/>
        <source>pause (the default) or share.</source>
        <translation>pause (προεπιλογή) ή share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="159"/>
        <source>qemu (a virtual machine) or lxc (a container).</source>
        <translation>qemu (εικονική μηχανή) ή lxc (κοντέινερ).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="161"/>
        <source>Catalog id or folder of the guest image.</source>
        <translation>Αναγνωριστικό καταλόγου ή φάκελος της εικόνας του επισκέπτη.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="164"/>
        <source>The microcloud to donate to (see discover).</source>
        <translation>Το μικρο-νέφος στο οποίο γίνεται η δωρεά (δείτε discover).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="185"/>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>Το --%1 χρειάζεται ακέραιο αριθμό, όχι &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="194"/>
        <source>Unknown preset &apos;%1&apos;: use light, balanced or full.</source>
        <translation>Άγνωστη προεπιλογή &apos;%1&apos;: χρησιμοποιήστε light, balanced ή full.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="206"/>
        <source>Unknown --when &apos;%1&apos;: use always, idle or schedule.</source>
        <translation>Άγνωστο --when &apos;%1&apos;: χρησιμοποιήστε always, idle ή schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="223"/>
        <source>Unknown --on-battery &apos;%1&apos;: use pause or share.</source>
        <translation>Άγνωστο --on-battery &apos;%1&apos;: χρησιμοποιήστε pause ή share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="231"/>
        <source>Unknown --kind &apos;%1&apos;: use qemu or lxc.</source>
        <translation>Άγνωστο --kind &apos;%1&apos;: χρησιμοποιήστε qemu ή lxc.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="257"/>
        <source>Shows and changes what this computer donates to the community cloud.
  status   what is shared now, why, and what libvirt reports
  on, off  switch sharing on or off (the contribution guest starts, pauses or stops)
  set      change the caps and rules; refused with the allowed maximum when over the host&apos;s limits</source>
        <translation>Εμφανίζει και αλλάζει τι δωρίζει αυτός ο υπολογιστής στο κοινοτικό νέφος.
  status   τι μοιράζεται τώρα, γιατί, και τι αναφέρει το libvirt
  on, off  ενεργοποίηση ή απενεργοποίηση της κοινής χρήσης (ο επισκέπτης συνεισφοράς ξεκινά, σταματά προσωρινά ή τερματίζεται)
  set      αλλαγή ορίων και κανόνων· απορρίπτεται με το επιτρεπόμενο μέγιστο όταν ξεπερνά τα όρια του κεντρικού υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="262"/>
        <source>status, on, off or set</source>
        <translation>status, on, off ή set</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="266"/>
        <source>libvirt connection (default: the setting, else qemu:///session, or qemu:///system as root).</source>
        <translation>Σύνδεση libvirt (προεπιλογή: η ρύθμιση, αλλιώς qemu:///session, ή qemu:///system ως root).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="270"/>
        <source>The policy file (default: %1).</source>
        <translation>Το αρχείο πολιτικής (προεπιλογή: %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="273"/>
        <source>Seconds to wait for the guest to follow (default 90; 0: do not wait).</source>
        <translation>Δευτερόλεπτα αναμονής για να ακολουθήσει ο επισκέπτης (προεπιλογή 90· 0: χωρίς αναμονή).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="289"/>
        <source>Unknown action &apos;%1&apos;: use status, on, off or set.</source>
        <translation>Άγνωστη ενέργεια &apos;%1&apos;: χρησιμοποιήστε status, on, off ή set.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="296"/>
        <source>Caps and rules are changed with &apos;cloudyctl share set&apos;.</source>
        <translation>Τα όρια και οι κανόνες αλλάζουν με &apos;cloudyctl share set&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="304"/>
        <source>--wait needs a number of seconds, e.g. --wait 30.</source>
        <translation>Το --wait χρειάζεται αριθμό δευτερολέπτων, π.χ. --wait 30.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="322"/>
        <source>Nothing to set: see &apos;cloudyctl share --help&apos; for the options.</source>
        <translation>Τίποτα προς ρύθμιση: δείτε &apos;cloudyctl share --help&apos; για τις επιλογές.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="339"/>
        <source>Refused: %1</source>
        <translation>Απορρίφθηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="340"/>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/ShareCommand.cpp" line="359"/>
        <source>The contribution guest did not follow within %n second(s).</source>
        <translation>
            <numerusform>Ο επισκέπτης συνεισφοράς δεν ακολούθησε μέσα σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Ο επισκέπτης συνεισφοράς δεν ακολούθησε μέσα σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="18"/>
        <source>Usage: cloudyctl [--version] [--help] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Χρήση: cloudyctl [--version] [--help] ΕΝΤΟΛΗ [ΕΠΙΛΟΓΕΣ]

Εντολές:
</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="24"/>
        <source>
Run &apos;cloudyctl COMMAND --help&apos; for the options of a command.</source>
        <translation>
Εκτελέστε &apos;cloudyctl ΕΝΤΟΛΗ --help&apos; για τις επιλογές μιας εντολής.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="52"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Άγνωστη εντολή &apos;%1&apos;.</translation>
    </message>
</context>
</TS>
