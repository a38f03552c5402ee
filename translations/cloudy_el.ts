<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>Cloudy::Autostart</name>
    <message>
        <location filename="../core/platform/Autostart.cpp" line="73"/>
        <source>Could not remove %1, so Cloudy would still start at login.</source>
        <translation>Δεν ήταν δυνατή η αφαίρεση του %1, οπότε το Cloudy θα εξακολουθούσε να ξεκινά κατά τη σύνδεση.</translation>
    </message>
    <message>
        <location filename="../core/platform/Autostart.cpp" line="83"/>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::ConfigDisk</name>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="76"/>
        <source>Cannot write the guest&apos;s configuration %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή της διαμόρφωσης του επισκέπτη %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="129"/>
        <location filename="../core/contribution/ConfigDisk.cpp" line="180"/>
        <source>cannot create the folder</source>
        <translation>δεν είναι δυνατή η δημιουργία του φακέλου</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::ContributionNode</name>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="125"/>
        <source>Cloudy contribution</source>
        <translation>Συνεισφορά Cloudy</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="126"/>
        <source>Resources donated to the community microcloud %1</source>
        <translation>Πόροι που δωρίστηκαν στο κοινοτικό μικρο-νέφος %1</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="419"/>
        <source>this computer has no loop devices (%1 is missing)</source>
        <translation>αυτός ο υπολογιστής δεν έχει συσκευές loop (λείπει το %1)</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="437"/>
        <source>Cannot create the folder %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="454"/>
        <source>disk size: applies when the guest is stopped and started again</source>
        <translation>μέγεθος δίσκου: εφαρμόζεται όταν ο επισκέπτης σταματήσει και ξεκινήσει ξανά</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="474"/>
        <source>Cannot copy the guest image %1 into %2.</source>
        <translation>Δεν είναι δυνατή η αντιγραφή της εικόνας επισκέπτη %1 στο %2.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="500"/>
        <source>disk size: grows to %1 GiB when the container is stopped and started again</source>
        <translation>μέγεθος δίσκου: μεγαλώνει σε %1 GiB όταν το κοντέινερ σταματήσει και ξεκινήσει ξανά</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="503"/>
        <source>disk size: shrinks to %1 GiB when the container is stopped and started again, if the data on it fits</source>
        <translation>μέγεθος δίσκου: μικραίνει σε %1 GiB όταν το κοντέινερ σταματήσει και ξεκινήσει ξανά, αν χωρούν τα δεδομένα του</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="543"/>
        <source>A libvirt domain named %1 exists and is not Cloudy&apos;s contribution node; rename or remove it.</source>
        <translation>Υπάρχει τομέας libvirt με όνομα %1 που δεν είναι ο κόμβος συνεισφοράς του Cloudy· μετονομάστε τον ή αφαιρέστε τον.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="556"/>
        <source>guest kind (virtual machine or container): applies on the next start, when the node is defined again</source>
        <translation>είδος επισκέπτη (εικονική μηχανή ή κοντέινερ): ισχύει στην επόμενη εκκίνηση, όταν ο κόμβος οριστεί ξανά</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="558"/>
        <source>new definition (image, maximums or microcloud): applies on the next start</source>
        <translation>νέος ορισμός (εικόνα, μέγιστα ή μικρο-νέφος): εφαρμόζεται στην επόμενη εκκίνηση</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="576"/>
        <source>checking whether this computer runs virtual machines with KVM; the guest starts right after</source>
        <translation>έλεγχος αν αυτός ο υπολογιστής εκτελεί εικονικές μηχανές με KVM· ο επισκέπτης ξεκινά αμέσως μετά</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="619"/>
        <source>the container could not mount its disk image: %1</source>
        <translation>το κοντέινερ δεν μπόρεσε να προσαρτήσει την εικόνα δίσκου του: %1</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="737"/>
        <source>Not connected to libvirt at %1.</source>
        <translation>Δεν υπάρχει σύνδεση στο libvirt στο %1.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="764"/>
        <source>The donated disk size is not enforced: %1.</source>
        <translation>Το μέγεθος του δωρισμένου δίσκου δεν επιβάλλεται: %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::DonatedDisk</name>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="45"/>
        <source>%1 is missing: the container&apos;s donated disk needs the ext4 tools (install e2fsprogs).</source>
        <translation>Λείπει το %1: ο δωρισμένος δίσκος του κοντέινερ χρειάζεται τα εργαλεία ext4 (εγκαταστήστε το e2fsprogs).</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="53"/>
        <source>Could not run %1: %2</source>
        <translation>Δεν ήταν δυνατή η εκτέλεση του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="58"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>Το %1 δεν τελείωσε μέσα σε %2 δευτερόλεπτα.</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="79"/>
        <source>Cannot set the size of the disk image %1: %2</source>
        <translation>Δεν είναι δυνατό να οριστεί το μέγεθος της εικόνας δίσκου %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="92"/>
        <source>The container&apos;s donated disk %1 has errors e2fsck could not fix by itself (run e2fsck -f on it): %2</source>
        <translation>Ο δωρισμένος δίσκος του κοντέινερ %1 έχει σφάλματα που το e2fsck δεν μπόρεσε να διορθώσει μόνο του (εκτελέστε e2fsck -f σε αυτόν): %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="119"/>
        <source>Cannot create the disk image %1: %2</source>
        <translation>Δεν είναι δυνατή η δημιουργία της εικόνας δίσκου %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="134"/>
        <source>Could not format the container&apos;s donated disk %1: %2</source>
        <translation>Δεν ήταν δυνατή η μορφοποίηση του δωρισμένου δίσκου του κοντέινερ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="156"/>
        <source>Could not grow the container&apos;s donated disk %1: %2</source>
        <translation>Δεν ήταν δυνατή η επέκταση του δωρισμένου δίσκου του κοντέινερ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="168"/>
        <source>The data on the container&apos;s donated disk does not fit in %1 GiB; it keeps its size of %2 GiB (free space in the container, or donate more): %3</source>
        <translation>Τα δεδομένα στον δωρισμένο δίσκο του κοντέινερ δεν χωρούν σε %1 GiB· διατηρεί το μέγεθός του των %2 GiB (ελευθερώστε χώρο στο κοντέινερ ή δωρίστε περισσότερο): %3</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::GuestImage</name>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="77"/>
        <source>No guest image is chosen: pick one on the Share page or with `cloudyctl share set --image PATH`.</source>
        <translation>Δεν έχει επιλεγεί εικόνα επισκέπτη: επιλέξτε μία στη σελίδα Κοινή χρήση ή με `cloudyctl share set --image PATH`.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="83"/>
        <source>The guest image %1 does not exist.</source>
        <translation>Η εικόνα επισκέπτη %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="32"/>
        <source>The guest image %1 has no readable manifest.json.</source>
        <translation>Η εικόνα επισκέπτη %1 δεν έχει αναγνώσιμο manifest.json.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="40"/>
        <source>The guest image %1 is a container; choose “container (LXC)” to run it.</source>
        <translation>Η εικόνα επισκέπτη %1 είναι κοντέινερ· επιλέξτε “κοντέινερ (LXC)” για να την εκτελέσετε.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="42"/>
        <source>The guest image %1 is a virtual machine; choose “virtual machine (QEMU)” to run it.</source>
        <translation>Η εικόνα επισκέπτη %1 είναι εικονική μηχανή· επιλέξτε “εικονική μηχανή (QEMU)” για να την εκτελέσετε.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="59"/>
        <source>The guest image %1 lacks its root filesystem.</source>
        <translation>Στην εικόνα επισκέπτη %1 λείπει το ριζικό σύστημα αρχείων.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="68"/>
        <source>The guest image %1 lacks its kernel or disk.</source>
        <translation>Στην εικόνα επισκέπτη %1 λείπει ο πυρήνας ή ο δίσκος.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="91"/>
        <source>The guest image &quot;%1&quot; is a catalog name, but it is not installed: install it first (Services page, or `cloudyctl services install %1 --no-launch`).</source>
        <translation>Η εικόνα επισκέπτη &quot;%1&quot; είναι όνομα καταλόγου, αλλά δεν είναι εγκατεστημένη: εγκαταστήστε την πρώτα (σελίδα Υπηρεσίες ή `cloudyctl services install %1 --no-launch`).</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="96"/>
        <source>The guest image %1 is not a folder.</source>
        <translation>Η εικόνα επισκέπτη %1 δεν είναι φάκελος.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="111"/>
        <source>The guest image %1 has no container root filesystem (rootfs/ or lxc-rootfs/).</source>
        <translation>Η εικόνα επισκέπτη %1 δεν έχει ριζικό σύστημα αρχείων κοντέινερ (rootfs/ ή lxc-rootfs/).</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="120"/>
        <source>The guest image %1 has a kernel but no initrd.img.</source>
        <translation>Η εικόνα επισκέπτη %1 έχει πυρήνα αλλά όχι initrd.img.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="136"/>
        <source>The guest image %1 has neither a kernel (vmlinuz + initrd.img) nor a disk (disk.qcow2, disk.img).</source>
        <translation>Η εικόνα επισκέπτη %1 δεν έχει ούτε πυρήνα (vmlinuz + initrd.img) ούτε δίσκο (disk.qcow2, disk.img).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::BalancePanel</name>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="47"/>
        <source>Balance (credits)</source>
        <translation>Υπόλοιπο (πιστώσεις)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="50"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="111"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="117"/>
        <source>Earned</source>
        <translation>Κερδισμένες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="51"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="112"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="118"/>
        <source>Received</source>
        <translation>Ληφθείσες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="52"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="113"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="119"/>
        <source>Spent</source>
        <translation>Δαπανημένες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="53"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="121"/>
        <source>Pending</source>
        <translation>Σε εκκρεμότητα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="54"/>
        <source>What receipts not yet confirmed by the ledger will earn.</source>
        <translation>Όσα θα κερδίσουν οι αποδείξεις που δεν έχει επιβεβαιώσει ακόμη το καθολικό.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="67"/>
        <source>Your community</source>
        <translation>Η κοινότητά σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="106"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="109"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="115"/>
        <source>Balance</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="110"/>
        <source>As the ledger counted at the last sync.</source>
        <translation>Όπως το μέτρησε το καθολικό στον τελευταίο συγχρονισμό.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="116"/>
        <source>Not known until the ledger has answered once.</source>
        <translation>Άγνωστο μέχρι να απαντήσει το καθολικό μία φορά.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="126"/>
        <source>%1 nodes have given %2 core-hours and earned %3 credits.</source>
        <translation>%1 κόμβοι έχουν δώσει %2 ώρες-πυρήνα και έχουν κερδίσει %3 πιστώσεις.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="131"/>
        <source>Your rank: %1 of %2</source>
        <translation>Η θέση σας: %1 από %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="133"/>
        <source>Your rank: not ranked yet</source>
        <translation>Η θέση σας: δεν έχει καταταχθεί ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="135"/>
        <source>The community&apos;s totals show after the first sync with its ledger.</source>
        <translation>Τα σύνολα της κοινότητας εμφανίζονται μετά τον πρώτο συγχρονισμό με το καθολικό της.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="136"/>
        <source>Your rank: %1</source>
        <translation>Η θέση σας: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="137"/>
        <source>Your rank: not known yet</source>
        <translation>Η θέση σας: άγνωστη ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="139"/>
        <source>Community totals</source>
        <translation>Σύνολα κοινότητας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="141"/>
        <source>Your rank</source>
        <translation>Η θέση σας</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ChartsLoader</name>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="51"/>
        <source>%1 has no charts entry point</source>
        <translation>Το %1 δεν έχει σημείο εισόδου γραφημάτων</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="58"/>
        <source>The charts cannot be shown: their module (%1) is missing or broken. Reinstalling Cloudy Desktop puts it back. (%2)</source>
        <translation>Τα γραφήματα δεν μπορούν να εμφανιστούν: η μονάδα τους (%1) λείπει ή είναι κατεστραμμένη. Η επανεγκατάσταση του Cloudy Desktop την επαναφέρει. (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="29"/>
        <source>The charts cannot be shown: their module (%1) is from another version of Cloudy Desktop. Reinstalling Cloudy Desktop puts the right one back.</source>
        <translation>Τα γραφήματα δεν μπορούν να εμφανιστούν: η μονάδα τους (%1) είναι από άλλη έκδοση του Cloudy Desktop. Η επανεγκατάσταση του Cloudy Desktop επαναφέρει τη σωστή.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::CreditsChart</name>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="54"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="55"/>
        <source>Memory</source>
        <translation>Μνήμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="56"/>
        <source>Disk</source>
        <translation>Δίσκος</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="57"/>
        <source>Effort bonus</source>
        <translation>Μπόνους προσπάθειας</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="72"/>
        <source>Credits</source>
        <translation>Πιστώσεις</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="83"/>
        <source>Credits earned over time</source>
        <translation>Πιστώσεις που κερδήθηκαν με τον χρόνο</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="163"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="166"/>
        <source>No credits in this period.</source>
        <translation>Καμία πίστωση σε αυτή την περίοδο.</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="170"/>
        <source>%1 credits from %2 to %3: CPU %4, memory %5, disk %6</source>
        <translation>%1 πιστώσεις από %2 έως %3: CPU %4, μνήμη %5, δίσκος %6</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="175"/>
        <source>, effort bonus %1</source>
        <translation>, μπόνους προσπάθειας %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::DonationChart</name>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="43"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="44"/>
        <source>Memory</source>
        <translation>Μνήμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="45"/>
        <source>Disk</source>
        <translation>Δίσκος</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="75"/>
        <source>Donated now, last 10 minutes</source>
        <translation>Δωρεά τώρα, τελευταία 10 λεπτά</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="85"/>
        <source>Nothing donated in the last 10 minutes.</source>
        <translation>Δεν δωρήθηκε τίποτα τα τελευταία 10 λεπτά.</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="107"/>
        <source>CPU %1 cores</source>
        <translation>CPU %1 πυρήνες</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="108"/>
        <source>Memory %1</source>
        <translation>Μνήμη %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="109"/>
        <source>Disk %1 GiB</source>
        <translation>Δίσκος %1 GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonatedText.cpp" line="24"/>
        <source>%1 cores, %2 memory, %3 GiB disk</source>
        <translation>%1 πυρήνες, %2 μνήμη, %3 GiB δίσκος</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="110"/>
        <source>Donated now: %1.</source>
        <translation>Δωρεά τώρα: %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="45"/>
        <source>Welcome to Cloudy</source>
        <translation>Καλώς ήρθατε στο Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="59"/>
        <source>Share with your community network</source>
        <translation>Μοιραστείτε με το κοινοτικό σας δίκτυο</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="62"/>
        <source>Cloudy lets this computer give some of its processor, memory and disk to your community network&apos;s microclouds — only what you choose, only when you choose — and run the services they offer. What you give is counted in signed receipts and earns credits on your community&apos;s ledger.</source>
        <translation>Το Cloudy επιτρέπει σε αυτόν τον υπολογιστή να δίνει μέρος του επεξεργαστή, της μνήμης και του δίσκου του στα μικρο-νέφη του κοινοτικού σας δικτύου —μόνο ό,τι επιλέγετε, μόνο όταν το επιλέγετε— και να εκτελεί τις υπηρεσίες που προσφέρουν. Ό,τι δίνετε καταγράφεται σε υπογεγραμμένες αποδείξεις και κερδίζει πιστώσεις στο καθολικό της κοινότητάς σας.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="68"/>
        <source>The next steps take a minute. Each one can be skipped and changed later.</source>
        <translation>Τα επόμενα βήματα διαρκούν ένα λεπτό. Κάθε βήμα μπορεί να παραλειφθεί και να αλλάξει αργότερα.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="75"/>
        <source>Your node identity</source>
        <translation>Η ταυτότητα του κόμβου σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="76"/>
        <source>A key that signs your receipts, so that your credits are yours. It stays in your keyring; back it up later with &quot;cloudyctl identity export&quot;.</source>
        <translation>Ένα κλειδί που υπογράφει τις αποδείξεις σας, ώστε οι πιστώσεις σας να είναι δικές σας. Μένει στην κλειδοθήκη σας· κρατήστε αντίγραφο ασφαλείας αργότερα με &quot;cloudyctl identity export&quot;.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="87"/>
        <source>You can keep the key in a file protected by a passphrase instead. You will need the passphrase whenever Cloudy signs receipts.</source>
        <translation>Μπορείτε αντί γι&apos; αυτό να κρατήσετε το κλειδί σε ένα αρχείο προστατευμένο με φράση πρόσβασης. Θα χρειάζεστε τη φράση κάθε φορά που το Cloudy υπογράφει αποδείξεις.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="93"/>
        <source>Passphrase</source>
        <translation>Φράση πρόσβασης</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="97"/>
        <source>Passphrase again</source>
        <translation>Φράση πρόσβασης ξανά</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="98"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Φράση πρόσβασης:</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="99"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ξανά:</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="100"/>
        <source>&amp;Create Key File</source>
        <translation>&amp;Δημιουργία αρχείου κλειδιού</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="113"/>
        <source>How much to share</source>
        <translation>Πόσα να μοιραστείτε</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="115"/>
        <source>A starting point; the Share page shows the exact values and lets you change them.</source>
        <translation>Ένα σημείο εκκίνησης· η σελίδα Κοινή χρήση δείχνει τις ακριβείς τιμές και σας επιτρέπει να τις αλλάξετε.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="123"/>
        <source>&amp;Light: a little, hardly noticeable</source>
        <translation>&amp;Ελαφρύ: λίγο, σχεδόν ανεπαίσθητο</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="124"/>
        <source>&amp;Balanced: a fair share while you work</source>
        <translation>&amp;Ισορροπημένο: ένα δίκαιο μερίδιο ενώ εργάζεστε</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="125"/>
        <source>&amp;Full: as much as this computer can spare</source>
        <translation>&amp;Πλήρες: όσα μπορεί να διαθέσει αυτός ο υπολογιστής</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="126"/>
        <source>&amp;Not yet: decide later on the Share page</source>
        <translation>&amp;Όχι ακόμα: αποφασίστε αργότερα στη σελίδα Κοινή χρήση</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="142"/>
        <source>Your microcloud</source>
        <translation>Το μικρο-νέφος σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="143"/>
        <source>The microclouds found near you. Choose the one to share with, or none for now: the Nearby page keeps looking.</source>
        <translation>Τα μικρο-νέφη που βρέθηκαν κοντά σας. Επιλέξτε αυτό με το οποίο θα μοιράζεστε, ή κανένα προς το παρόν: η σελίδα Κοντά συνεχίζει να ψάχνει.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="148"/>
        <source>Microclouds found near you</source>
        <translation>Μικρο-νέφη που βρέθηκαν κοντά σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="160"/>
        <source>Start at login</source>
        <translation>Έναρξη κατά τη σύνδεση</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="162"/>
        <source>&amp;Start Cloudy in the tray when I log in</source>
        <translation>Έναρξη του Cloudy στην &amp;περιοχή ειδοποιήσεων όταν συνδέομαι</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="166"/>
        <source>Sharing follows your rules only while Cloudy runs.</source>
        <translation>Η κοινή χρήση ακολουθεί τους κανόνες σας μόνο όσο εκτελείται το Cloudy.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="185"/>
        <source>Looking for your node identity in the keyring…</source>
        <translation>Αναζήτηση της ταυτότητας του κόμβου σας στην κλειδοθήκη…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="200"/>
        <source>Your node is %1.
Key fingerprint: %2</source>
        <translation>Ο κόμβος σας είναι ο %1.
Αποτύπωμα κλειδιού: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="215"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Οι δύο φράσεις πρόσβασης διαφέρουν. Πληκτρολογήστε την ίδια δύο φορές.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="220"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Χρησιμοποιήστε φράση πρόσβασης τουλάχιστον %1 χαρακτήρων.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="224"/>
        <source>Creating the key file…</source>
        <translation>Δημιουργία του αρχείου κλειδιού…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="239"/>
        <source>Your node is %1, its key kept in %2.</source>
        <translation>Ο κόμβος σας είναι ο %1, με το κλειδί του στο %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="256"/>
        <source>None for now</source>
        <translation>Κανένα προς το παρόν</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/FirstRunWizard.cpp" line="265"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n κόμβος</numerusform>
            <numerusform>%n κόμβοι</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::KeyFileUnlockDialog</name>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="24"/>
        <source>Unlock your node key</source>
        <translation>Ξεκλειδώστε το κλειδί του κόμβου σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="27"/>
        <source>Your node key is kept in a file protected by a passphrase (%1), because this computer has no keyring. Cloudy Desktop needs the passphrase to sign the receipts of the hours you shared. It keeps it in memory until you quit, never on disk.</source>
        <translation>Το κλειδί του κόμβου σας φυλάσσεται σε αρχείο προστατευμένο με φράση πρόσβασης (%1), επειδή αυτός ο υπολογιστής δεν έχει μπρελόκ κλειδιών. Το Cloudy Desktop χρειάζεται τη φράση πρόσβασης για να υπογράψει τις αποδείξεις των ωρών που μοιραστήκατε. Την κρατά στη μνήμη μέχρι να κλείσετε την εφαρμογή, ποτέ στον δίσκο.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="33"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Φράση πρόσβασης:</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="37"/>
        <source>Passphrase of the key file</source>
        <translation>Φράση πρόσβασης του αρχείου κλειδιού</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="39"/>
        <source>Unlock status</source>
        <translation>Κατάσταση ξεκλειδώματος</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="42"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ξεκλείδωμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="43"/>
        <source>&amp;Later</source>
        <translation>Α&amp;ργότερα</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="44"/>
        <source>The hours stay recorded and are signed once the key is unlocked.</source>
        <translation>Οι ώρες παραμένουν καταγεγραμμένες και υπογράφονται μόλις ξεκλειδωθεί το κλειδί.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="59"/>
        <source>Type the passphrase you chose when the key file was made.</source>
        <translation>Πληκτρολογήστε τη φράση πρόσβασης που επιλέξατε όταν δημιουργήθηκε το αρχείο κλειδιού.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="74"/>
        <source>That passphrase does not open the key file. Try again.</source>
        <translation>Αυτή η φράση πρόσβασης δεν ανοίγει το αρχείο κλειδιού. Δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="91"/>
        <source>Checking the passphrase…</source>
        <translation>Έλεγχος της φράσης πρόσβασης…</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="42"/>
        <source>Sharing: off</source>
        <translation>Κοινή χρήση: ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="47"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="50"/>
        <source>Pages</source>
        <translation>Σελίδες</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="57"/>
        <source>Share</source>
        <translation>Κοινή χρήση</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="58"/>
        <source>Nearby</source>
        <translation>Κοντά</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="59"/>
        <source>Services</source>
        <translation>Υπηρεσίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="60"/>
        <source>Rewards</source>
        <translation>Ανταμοιβές</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="87"/>
        <source>Sharing state</source>
        <translation>Κατάσταση κοινής χρήσης</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="93"/>
        <source>Balance and sync state</source>
        <translation>Υπόλοιπο και κατάσταση συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="97"/>
        <source>Unlock node key…</source>
        <translation>Ξεκλείδωμα κλειδιού κόμβου…</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="98"/>
        <source>Receipts wait to be signed: your node key file needs its passphrase.</source>
        <translation>Οι αποδείξεις περιμένουν υπογραφή: το αρχείο κλειδιού του κόμβου σας χρειάζεται τη φράση πρόσβασής του.</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="99"/>
        <source>Unlock the node key</source>
        <translation>Ξεκλείδωμα του κλειδιού του κόμβου</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="120"/>
        <source>Settings (%1)</source>
        <translation>Ρυθμίσεις (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="157"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="251"/>
        <source>The new language applies when Cloudy starts again.</source>
        <translation>Η νέα γλώσσα ισχύει όταν το Cloudy ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="270"/>
        <source>Sharing: not available</source>
        <translation>Κοινή χρήση: μη διαθέσιμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="278"/>
        <source>Sharing state: %1</source>
        <translation>Κατάσταση κοινής χρήσης: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="359"/>
        <source>Cloudy keeps running</source>
        <translation>Το Cloudy συνεχίζει να εκτελείται</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="360"/>
        <source>Cloudy is still in the tray, so sharing goes on. Use Quit in its menu to stop it.</source>
        <translation>Το Cloudy παραμένει στην περιοχή ειδοποιήσεων, οπότε η κοινή χρήση συνεχίζεται. Χρησιμοποιήστε την Έξοδο στο μενού του για να το σταματήσετε.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::NearbyPage</name>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="39"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="48"/>
        <source>just now</source>
        <translation>μόλις τώρα</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="78"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n κόμβος</numerusform>
            <numerusform>%n κόμβοι</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="80"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="276"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n υπηρεσία</numerusform>
            <numerusform>%n υπηρεσίες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="116"/>
        <source>&amp;Open</source>
        <translation>Άν&amp;οιγμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="117"/>
        <source>&amp;Copy address</source>
        <translation>Α&amp;ντιγραφή διεύθυνσης</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="118"/>
        <source>&amp;Launch here</source>
        <translation>&amp;Εκκίνηση εδώ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="119"/>
        <source>&amp;Join microcloud</source>
        <translation>&amp;Σύνδεση στο μικρο-νέφος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="122"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="209"/>
        <source>Nearby</source>
        <translation>Κοντά</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="126"/>
        <source>Filter by name, service, host, address or TXT</source>
        <translation>Φιλτράρισμα κατά όνομα, υπηρεσία, κεντρικό υπολογιστή, διεύθυνση ή TXT</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="127"/>
        <source>Filter microclouds and services</source>
        <translation>Φιλτράρισμα μικρο-νεφών και υπηρεσιών</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="141"/>
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
    <name>Cloudy::Desktop::Notifier</name>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="35"/>
        <source>Sharing cannot run</source>
        <translation>Η κοινή χρήση δεν μπορεί να εκτελεστεί</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="37"/>
        <source>Sharing paused</source>
        <translation>Η κοινή χρήση τέθηκε σε παύση</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="40"/>
        <source>Sharing resumed</source>
        <translation>Η κοινή χρήση συνεχίστηκε</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="41"/>
        <source>This computer is sharing with your microcloud again.</source>
        <translation>Αυτός ο υπολογιστής μοιράζεται ξανά με το μικρο-νέφος σας.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="52"/>
        <source>%1 is ready</source>
        <translation>Το %1 είναι έτοιμο</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="52"/>
        <source>Open it from the Services page.</source>
        <translation>Ανοίξτε το από τη σελίδα Υπηρεσίες.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="55"/>
        <source>Its logs on the Services page say why.</source>
        <translation>Τα αρχεία καταγραφής του στη σελίδα Υπηρεσίες λένε γιατί.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="56"/>
        <source>%1 failed</source>
        <translation>Το %1 απέτυχε</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="57"/>
        <source>%1 does not answer</source>
        <translation>Το %1 δεν απαντά</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::PageHeader</name>
    <message>
        <location filename="../app/desktop/pages/PageHeader.cpp" line="21"/>
        <source>%1 icon</source>
        <translation>Εικονίδιο %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ReceiptsModel</name>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="81"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="88"/>
        <source>Pending</source>
        <translation>Σε εκκρεμότητα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="90"/>
        <source>Confirmed</source>
        <translation>Επιβεβαιωμένη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="92"/>
        <source>Refused</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="103"/>
        <source>Receipt %1, %2: %3 core-hours, %4 GiB-hours of memory, %5 GiB-hours of disk, %6 credits. %7.</source>
        <translation>Απόδειξη %1, %2: %3 ώρες-πυρήνα, %4 GiB-ώρες μνήμης, %5 GiB-ώρες δίσκου, %6 πιστώσεις. %7.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="112"/>
        <source>the ledger gave no reason</source>
        <translation>το καθολικό δεν έδωσε αιτία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="113"/>
        <source>Why: %1</source>
        <translation>Αιτία: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="154"/>
        <source>Refused by the ledger, without a reason.</source>
        <translation>Απορρίφθηκε από το καθολικό, χωρίς αιτία.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="155"/>
        <source>Refused by the ledger: %1</source>
        <translation>Απορρίφθηκε από το καθολικό: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="157"/>
        <source>Set aside: the receipts after it went on without it.</source>
        <translation>Παραμερίστηκε: οι επόμενες αποδείξεις συνέχισαν χωρίς αυτήν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="161"/>
        <source>Recorded on this computer, not yet confirmed by the ledger.</source>
        <translation>Καταγράφηκε σε αυτόν τον υπολογιστή, δεν έχει επιβεβαιωθεί ακόμη από το καθολικό.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="187"/>
        <source>Period</source>
        <translation>Περίοδος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="189"/>
        <source>Core-hours</source>
        <translation>Ώρες-πυρήνα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="191"/>
        <source>Memory (GiB·h)</source>
        <translation>Μνήμη (GiB·h)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="193"/>
        <source>Disk (GiB·h)</source>
        <translation>Δίσκος (GiB·h)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="195"/>
        <source>Credits</source>
        <translation>Πιστώσεις</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="197"/>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::RewardsPage</name>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="68"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="74"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="86"/>
        <source>Rewards</source>
        <translation>Ανταμοιβές</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="65"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="87"/>
        <source>What your contribution has earned, synced with your community&apos;s ledger.</source>
        <translation>Τι έχει κερδίσει η συνεισφορά σας, συγχρονισμένο με το καθολικό της κοινότητάς σας.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="69"/>
        <source>No contribution recorded yet. Once you share, signed receipts of what you gave are sent to your microcloud&apos;s ledger and your balance shows here.</source>
        <translation>Δεν έχει καταγραφεί ακόμη καμία συνεισφορά. Μόλις μοιραστείτε, υπογεγραμμένες αποδείξεις όσων δώσατε στέλνονται στο καθολικό του μικρο-νέφους σας και το υπόλοιπό σας εμφανίζεται εδώ.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="92"/>
        <source>No ledger is set up yet. Your receipts are recorded and signed on this computer and will be sent once your microcloud&apos;s ledger is configured.</source>
        <translation>Δεν έχει ρυθμιστεί ακόμη καθολικό. Οι αποδείξεις σας καταγράφονται και υπογράφονται σε αυτόν τον υπολογιστή και θα σταλούν μόλις ρυθμιστεί το καθολικό του μικρο-νέφους σας.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="94"/>
        <source>No ledger</source>
        <translation>Χωρίς καθολικό</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="101"/>
        <source>This computer has no node identity yet, so there is nothing to sign receipts with or to earn credits for. Create one in the first-run assistant, or in a terminal with:

cloudyctl identity create</source>
        <translation>Αυτός ο υπολογιστής δεν έχει ακόμη ταυτότητα κόμβου, οπότε δεν υπάρχει κάτι για να υπογραφούν οι αποδείξεις ούτε για να κερδηθούν πιστώσεις. Δημιουργήστε μία στον οδηγό πρώτης εκτέλεσης ή σε τερματικό με:

cloudyctl identity create</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="105"/>
        <source>No identity yet</source>
        <translation>Χωρίς ταυτότητα ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="130"/>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="144"/>
        <source>Credits earned</source>
        <translation>Κερδισμένες πιστώσεις</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="153"/>
        <source>Show the last:</source>
        <translation>Εμφάνιση των τελευταίων:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="159"/>
        <source>&amp;Week</source>
        <translation>&amp;Εβδομάδα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="159"/>
        <source>Last 7 days</source>
        <translation>Τελευταίες 7 ημέρες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="160"/>
        <source>&amp;Month</source>
        <translation>&amp;Μήνας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="160"/>
        <source>Last 30 days</source>
        <translation>Τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="161"/>
        <source>&amp;Year</source>
        <translation>Έ&amp;τος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="161"/>
        <source>Last 365 days, by month</source>
        <translation>Τελευταίες 365 ημέρες, ανά μήνα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="182"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="210"/>
        <source>Receipts</source>
        <translation>Αποδείξεις</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="190"/>
        <source>Show receipts</source>
        <translation>Εμφάνιση αποδείξεων</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="191"/>
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="195"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Φίλτρο:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="227"/>
        <source>No receipts yet. While you share, signed receipts of what you gave are recorded here and sent to the ledger.</source>
        <translation>Δεν υπάρχουν ακόμη αποδείξεις. Όσο μοιράζεστε, υπογεγραμμένες αποδείξεις όσων δώσατε καταγράφονται εδώ και στέλνονται στο καθολικό.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="236"/>
        <source>Receipt details</source>
        <translation>Λεπτομέρειες απόδειξης</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="322"/>
        <source>Select a receipt to see its details.</source>
        <translation>Επιλέξτε μια απόδειξη για να δείτε τις λεπτομέρειές της.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="334"/>
        <source>Rewards: no identity yet</source>
        <translation>Ανταμοιβές: χωρίς ταυτότητα ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="336"/>
        <source>Balance %1 credits · %2</source>
        <translation>Υπόλοιπο %1 πιστώσεις · %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="338"/>
        <source>Balance not known yet · %1</source>
        <translation>Υπόλοιπο άγνωστο ακόμη · %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ScheduleEditor</name>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="51"/>
        <source>Weekly schedule</source>
        <translation>Εβδομαδιαίο πρόγραμμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="53"/>
        <source>Remo&amp;ve profile</source>
        <translation>Αφαί&amp;ρεση προφίλ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="55"/>
        <source>Pa&amp;int with:</source>
        <translation>Βά&amp;ψιμο με:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="64"/>
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
    <name>Cloudy::Desktop::ServiceLogsDialog</name>
    <message>
        <location filename="../app/desktop/pages/services/ServiceLogsDialog.cpp" line="28"/>
        <source>Logs of %1</source>
        <translation>Καταγραφές του %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/services/ServiceLogsDialog.cpp" line="31"/>
        <source>Console log</source>
        <translation>Καταγραφή κονσόλας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/services/ServiceLogsDialog.cpp" line="46"/>
        <source>Nothing in the console yet.</source>
        <translation>Δεν υπάρχει ακόμη τίποτα στην κονσόλα.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ServicesPage</name>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="41"/>
        <source>less than a minute</source>
        <translation>λιγότερο από ένα λεπτό</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="45"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n λεπτό</numerusform>
            <numerusform>%n λεπτά</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 ώ %2 λεπ.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="70"/>
        <source>&amp;Running only</source>
        <translation>Μόνο σε λει&amp;τουργία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="73"/>
        <source>&amp;Trust</source>
        <translation>Εμπι&amp;στοσύνη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="74"/>
        <source>&amp;Not now</source>
        <translation>Ό&amp;χι τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="85"/>
        <source>&amp;Install</source>
        <translation>Ε&amp;γκατάσταση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="86"/>
        <source>&amp;Cancel install</source>
        <translation>&amp;Ακύρωση εγκατάστασης</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="87"/>
        <source>&amp;Launch</source>
        <translation>Ε&amp;κκίνηση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="88"/>
        <source>&amp;Open</source>
        <translation>Άν&amp;οιγμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="89"/>
        <source>Lo&amp;gs</source>
        <translation>Καταγρα&amp;φές</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="90"/>
        <source>&amp;Stop</source>
        <translation>&amp;Διακοπή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="91"/>
        <source>R&amp;estart</source>
        <translation>&amp;Επανεκκίνηση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="92"/>
        <source>Re&amp;move</source>
        <translation>Αφαί&amp;ρεση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="95"/>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="155"/>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="260"/>
        <source>Services</source>
        <translation>Υπηρεσίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="99"/>
        <source>Search services by name or description</source>
        <translation>Αναζήτηση υπηρεσιών με όνομα ή περιγραφή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="100"/>
        <source>Search services</source>
        <translation>Αναζήτηση υπηρεσιών</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="109"/>
        <source>Category</source>
        <translation>Κατηγορία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="113"/>
        <source>Show only the services that run on this computer</source>
        <translation>Εμφάνιση μόνο των υπηρεσιών που εκτελούνται σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="135"/>
        <source>Could not trust this catalog: %1</source>
        <translation>Δεν ήταν δυνατό να οριστεί ως έμπιστος αυτός ο κατάλογος: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="189"/>
        <source>Install progress</source>
        <translation>Πρόοδος εγκατάστασης</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="200"/>
        <source>Download, check and unpack this service, then start it</source>
        <translation>Λήψη, έλεγχος και αποσυμπίεση αυτής της υπηρεσίας και έπειτα εκκίνησή της</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="201"/>
        <source>Open the service&apos;s web page in your browser</source>
        <translation>Άνοιγμα της ιστοσελίδας της υπηρεσίας στο πρόγραμμα περιήγησής σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="202"/>
        <source>Stop the service and delete it from this computer</source>
        <translation>Διακοπή της υπηρεσίας και διαγραφή της από αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="261"/>
        <source>Community services you can run on this computer with one click.</source>
        <translation>Κοινοτικές υπηρεσίες που μπορείτε να εκτελέσετε σε αυτόν τον υπολογιστή με ένα κλικ.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="295"/>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="515"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="347"/>
        <source>All categories</source>
        <translation>Όλες οι κατηγορίες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="358"/>
        <source>Services are not available in this session.</source>
        <translation>Οι υπηρεσίες δεν είναι διαθέσιμες σε αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="363"/>
        <source>No service catalog yet. Services such as Tahoe-LAFS storage, Syncthing or PeerStreamer come from the catalogs your microclouds publish.</source>
        <translation>Δεν υπάρχει ακόμη κατάλογος υπηρεσιών. Υπηρεσίες όπως η αποθήκευση Tahoe-LAFS, το Syncthing ή το PeerStreamer προέρχονται από τους καταλόγους που δημοσιεύουν τα μικρο-νέφη σας.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="383"/>
        <source>Publisher %1 (fingerprint %2) offers a catalog at %3. Trust it? Cloudy then installs services only from catalogs signed with this key.</source>
        <translation>Ο εκδότης %1 (αποτύπωμα %2) προσφέρει κατάλογο στο %3. Τον εμπιστεύεστε; Τότε το Cloudy θα εγκαθιστά υπηρεσίες μόνο από καταλόγους υπογεγραμμένους με αυτό το κλειδί.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="398"/>
        <source>The catalog at %1 cannot be used: %2</source>
        <translation>Ο κατάλογος στο %1 δεν μπορεί να χρησιμοποιηθεί: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="435"/>
        <source>No service selected</source>
        <translation>Δεν έχει επιλεγεί υπηρεσία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="444"/>
        <source>Version %1</source>
        <translation>Έκδοση %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="446"/>
        <source>Needs %1</source>
        <translation>Χρειάζεται %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="449"/>
        <source>Publisher key %1</source>
        <translation>Κλειδί εκδότη %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="452"/>
        <source>State: %1</source>
        <translation>Κατάσταση: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="455"/>
        <source>Up for %1</source>
        <translation>Σε λειτουργία εδώ και %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="458"/>
        <source>Ports: %1</source>
        <translation>Θύρες: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="502"/>
        <source>Remove %1?</source>
        <translation>Αφαίρεση του %1;</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="503"/>
        <source>Remove %1 from this computer? It is stopped and its program is deleted. Its data (what the service saved) can be kept for a later install, or deleted too.</source>
        <translation>Να αφαιρεθεί το %1 από αυτόν τον υπολογιστή; Θα σταματήσει και το πρόγραμμά του θα διαγραφεί. Τα δεδομένα του (ό,τι αποθήκευσε η υπηρεσία) μπορούν να διατηρηθούν για μελλοντική εγκατάσταση ή να διαγραφούν επίσης.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="508"/>
        <source>Remove, &amp;keep data</source>
        <translation>Αφαίρεση, &amp;διατήρηση δεδομένων</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="509"/>
        <source>Remove and &amp;delete data</source>
        <translation>Αφαίρεση και διαγρα&amp;φή δεδομένων</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="61"/>
        <source>A catalog address starts with https:// (or http:// on your own network) and ends with its index.json.</source>
        <translation>Η διεύθυνση ενός καταλόγου αρχίζει με https:// (ή http:// στο δικό σας δίκτυο) και τελειώνει με το index.json του.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="75"/>
        <source>Cloudy Settings</source>
        <translation>Ρυθμίσεις Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="77"/>
        <source>&amp;General</source>
        <translation>&amp;Γενικά</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="78"/>
        <source>C&amp;onnections</source>
        <translation>&amp;Συνδέσεις</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="80"/>
        <source>C&amp;atalogs</source>
        <translation>&amp;Κατάλογοι</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="81"/>
        <source>&amp;Data</source>
        <translation>&amp;Δεδομένα</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="88"/>
        <source>Fill in the default of every setting. Nothing is saved until you press OK.</source>
        <translation>Συμπληρώνει την προεπιλογή κάθε ρύθμισης. Τίποτα δεν αποθηκεύεται μέχρι να πατήσετε OK.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="104"/>
        <source>As the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="110"/>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="111"/>
        <source>&amp;Language:</source>
        <translation>Γ&amp;λώσσα:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="112"/>
        <source>A new language applies when Cloudy starts again.</source>
        <translation>Μια νέα γλώσσα ισχύει όταν το Cloudy ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="115"/>
        <source>&amp;Start Cloudy in the tray when I log in</source>
        <translation>Έναρξη του Cloudy στην &amp;περιοχή ειδοποιήσεων όταν συνδέομαι</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="121"/>
        <source>Automatic (Avahi when it runs, else built-in)</source>
        <translation>Αυτόματα (Avahi όταν εκτελείται, αλλιώς ενσωματωμένο)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="122"/>
        <source>Avahi (the system&apos;s service discovery)</source>
        <translation>Avahi (η ανακάλυψη υπηρεσιών του συστήματος)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="123"/>
        <source>Built-in mDNS</source>
        <translation>Ενσωματωμένο mDNS</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="124"/>
        <source>Discovery backend</source>
        <translation>Μηχανισμός ανακάλυψης</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="125"/>
        <source>&amp;Find microclouds with:</source>
        <translation>&amp;Εύρεση μικρο-νεφών με:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="135"/>
        <source>Automatic (qemu:///session)</source>
        <translation>Αυτόματα (qemu:///session)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="136"/>
        <source>libvirt address</source>
        <translation>Διεύθυνση libvirt</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="138"/>
        <source>&amp;libvirt address:</source>
        <translation>Διεύθυνση &amp;libvirt:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="143"/>
        <source>The ledger your microcloud announces</source>
        <translation>Το καθολικό που ανακοινώνει το μικρο-νέφος σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="144"/>
        <source>Ledger address</source>
        <translation>Διεύθυνση καθολικού</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="146"/>
        <source>Le&amp;dger address:</source>
        <translation>Διεύθυνση κα&amp;θολικού:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="151"/>
        <source>Optional: SHA-256 of the ledger&apos;s TLS key</source>
        <translation>Προαιρετικό: SHA-256 του κλειδιού TLS του καθολικού</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="152"/>
        <source>Ledger key pin</source>
        <translation>Καρφίτσωμα κλειδιού καθολικού</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="153"/>
        <source>With a pin, Cloudy talks only to the ledger whose TLS public key has this SHA-256, even if a certificate authority vouches for another.</source>
        <translation>Με καρφίτσωμα, το Cloudy επικοινωνεί μόνο με το καθολικό του οποίου το δημόσιο κλειδί TLS έχει αυτό το SHA-256, ακόμη κι αν μια αρχή πιστοποίησης εγγυάται για άλλο.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="156"/>
        <source>Ledger key &amp;pin:</source>
        <translation>Καρ&amp;φίτσωμα κλειδιού καθολικού:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="169"/>
        <source>Catalogs you added by address. Catalogs your microclouds announce are found by themselves and are not listed here.</source>
        <translation>Κατάλογοι που προσθέσατε με διεύθυνση. Οι κατάλογοι που ανακοινώνουν τα μικρο-νέφη σας βρίσκονται αυτόματα και δεν εμφανίζονται εδώ.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="176"/>
        <source>Added catalogs</source>
        <translation>Κατάλογοι που προστέθηκαν</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="177"/>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="177"/>
        <source>Trusted publisher key</source>
        <translation>Έμπιστο κλειδί εκδότη</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="186"/>
        <source>Address of a catalog to add</source>
        <translation>Διεύθυνση καταλόγου προς προσθήκη</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="187"/>
        <source>A&amp;dd</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="204"/>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="206"/>
        <source>&amp;Forget Key</source>
        <translation>&amp;Ξέχασμα κλειδιού</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="208"/>
        <source>The next download of this catalog asks again whether you trust its publisher.</source>
        <translation>Η επόμενη λήψη αυτού του καταλόγου θα ρωτήσει ξανά αν εμπιστεύεστε τον εκδότη του.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="236"/>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="237"/>
        <source>Open %1</source>
        <translation>Άνοιγμα %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="245"/>
        <source>Your data</source>
        <translation>Τα δεδομένα σας</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="246"/>
        <source>Settings file</source>
        <translation>Αρχείο ρυθμίσεων</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="247"/>
        <source>Downloads cache</source>
        <translation>Προσωρινή μνήμη λήψεων</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="249"/>
        <source>Your node identity is not in these folders: it is kept in your keyring. Back it up with &quot;cloudyctl identity export&quot;.</source>
        <translation>Η ταυτότητα κόμβου σας δεν βρίσκεται σε αυτούς τους φακέλους: φυλάσσεται στην κλειδοθήκη σας. Κρατήστε αντίγραφο ασφαλείας με &quot;cloudyctl identity export&quot;.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="318"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="320"/>
        <source>forgotten: asked again at the next download</source>
        <translation>ξεχάστηκε: θα ερωτηθείτε ξανά στην επόμενη λήψη</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="334"/>
        <source>This catalog is already in the list.</source>
        <translation>Αυτός ο κατάλογος υπάρχει ήδη στη λίστα.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="434"/>
        <source>Some settings were not saved</source>
        <translation>Ορισμένες ρυθμίσεις δεν αποθηκεύτηκαν</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SharePage</name>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="90"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="96"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="122"/>
        <source>Share</source>
        <translation>Κοινή χρήση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="91"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="123"/>
        <source>Donate CPU, memory and disk to your microcloud, within limits you choose.</source>
        <translation>Δωρίστε CPU, μνήμη και δίσκο στο μικρο-νέφος σας, μέσα στα όρια που επιλέγετε.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="92"/>
        <source>Sharing is not available in this session.</source>
        <translation>Η κοινή χρήση δεν είναι διαθέσιμη σε αυτήν τη συνεδρία.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="168"/>
        <source>&amp;Share this computer</source>
        <translation>Κοινή &amp;χρήση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="170"/>
        <source>Share this computer</source>
        <translation>Κοινή χρήση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="171"/>
        <source>Switches sharing on or off at once. What is shared and when is set below.</source>
        <translation>Ενεργοποιεί ή απενεργοποιεί αμέσως την κοινή χρήση. Τι μοιράζεται και πότε ορίζεται παρακάτω.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="225"/>
        <source>What you share</source>
        <translation>Τι μοιράζεστε</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="239"/>
        <source>&amp;Light</source>
        <translation>&amp;Ελαφρύ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="240"/>
        <source>&amp;Balanced</source>
        <translation>&amp;Ισορροπημένο</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="241"/>
        <source>&amp;Full</source>
        <translation>&amp;Πλήρες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="253"/>
        <source>Presets:</source>
        <translation>Προεπιλογές:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="282"/>
        <source>&amp;Cores:</source>
        <translation>Πυ&amp;ρήνες:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="286"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="287"/>
        <source>A steady share of the shared cores&apos; time: 2 cores at 50 % give one core&apos;s worth of work, spread evenly so fans do not spin up and down.</source>
        <translation>Ένα σταθερό μερίδιο του χρόνου των κοινόχρηστων πυρήνων: 2 πυρήνες στο 50 % δίνουν τη δουλειά ενός πυρήνα, κατανεμημένη ομοιόμορφα ώστε οι ανεμιστήρες να μην ανεβοκατεβαίνουν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="289"/>
        <source>C&amp;PU limit:</source>
        <translation>Όριο C&amp;PU:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="295"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="298"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Μνήμη:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="303"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="306"/>
        <source>&amp;Disk:</source>
        <translation>&amp;Δίσκος:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="328"/>
        <source>Micr&amp;ocloud:</source>
        <translation>Μικρο-&amp;νέφος:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="329"/>
        <source>Join one on the Nearby page</source>
        <translation>Συνδεθείτε σε ένα από τη σελίδα Κοντά</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="331"/>
        <source>Ima&amp;ge:</source>
        <translation>Ει&amp;κόνα:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="332"/>
        <source>A catalog image such as cloudy-node, or a service bundle folder</source>
        <translation>Μια εικόνα του καταλόγου όπως το cloudy-node, ή ένας φάκελος πακέτου υπηρεσίας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="337"/>
        <source>Virtual machine (&amp;QEMU)</source>
        <translation>Εικονική μηχανή (&amp;QEMU)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="339"/>
        <source>A whole computer of its own: works with your user&apos;s libvirt, uses a bit more memory.</source>
        <translation>Ένας ολόκληρος δικός του υπολογιστής: λειτουργεί με το libvirt του χρήστη σας, χρησιμοποιεί λίγη περισσότερη μνήμη.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="341"/>
        <source>Container (L&amp;XC, lighter; needs the system libvirt)</source>
        <translation>Κοντέινερ (L&amp;XC, ελαφρύτερο· χρειάζεται το libvirt του συστήματος)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="343"/>
        <source>Shares this computer&apos;s kernel: less overhead, but only the system libvirt (lxc:///system, run as root) can start it.</source>
        <translation>Μοιράζεται τον πυρήνα αυτού του υπολογιστή: λιγότερη επιβάρυνση, αλλά μόνο το libvirt του συστήματος (lxc:///system, εκτελείται ως root) μπορεί να το ξεκινήσει.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="356"/>
        <source>What carries your donation: a virtual machine isolates it best, a container costs less memory and CPU.</source>
        <translation>Τι μεταφέρει τη δωρεά σας: μια εικονική μηχανή την απομονώνει καλύτερα, ένα κοντέινερ κοστίζει λιγότερη μνήμη και CPU.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="367"/>
        <source>Runs as:</source>
        <translation>Εκτελείται ως:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="375"/>
        <source>When you share</source>
        <translation>Πότε μοιράζεστε</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="379"/>
        <source>Al&amp;ways, while sharing is on</source>
        <translation>Πάν&amp;τα, όσο η κοινή χρήση είναι ενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="381"/>
        <source>Only when I&apos;m awa&amp;y (the computer is idle)</source>
        <translation>Μόνο όταν λείπ&amp;ω (ο υπολογιστής είναι αδρανής)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="383"/>
        <source>On a weekly sc&amp;hedule of profiles</source>
        <translation>Με ε&amp;βδομαδιαίο πρόγραμμα προφίλ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="393"/>
        <source>Light</source>
        <translation>Ελαφρύ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="395"/>
        <source>Full</source>
        <translation>Πλήρες</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="412"/>
        <source> min idle</source>
        <translation> λεπτά αδράνειας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="413"/>
        <source>Start after minutes idle</source>
        <translation>Έναρξη μετά από λεπτά αδράνειας</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="414"/>
        <source>S&amp;tart after:</source>
        <translation>Έναρ&amp;ξη μετά από:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="419"/>
        <source>While I&apos;m using the computer</source>
        <translation>Όσο χρησιμοποιώ τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="420"/>
        <source>While I&apos;m usi&amp;ng it:</source>
        <translation>Όσο τον χρησιμοπ&amp;οιώ:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="436"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="437"/>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="438"/>
        <source>Grace period in seconds</source>
        <translation>Περίοδος χάριτος σε δευτερόλεπτα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="439"/>
        <source>Sharing is suspended only after you have used the computer this long without a break: a quick look at a message does not stop and restart the donation (flapping). 0 suspends at your first keystroke.</source>
        <translation>Η κοινή χρήση αναστέλλεται μόνο αφού χρησιμοποιήσετε τον υπολογιστή τόσο χρόνο χωρίς διακοπή: μια γρήγορη ματιά σε ένα μήνυμα δεν σταματά και δεν ξαναρχίζει τη δωρεά (αναβόσβημα). Με 0 αναστέλλεται με το πρώτο πλήκτρο που πατάτε.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="444"/>
        <source>Grace per&amp;iod:</source>
        <translation>Περίοδο&amp;ς χάριτος:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="457"/>
        <source>Pause wh&amp;en on battery</source>
        <translation>Πα&amp;ύση με μπαταρία</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="460"/>
        <source>A laptop on battery keeps its charge for you; sharing resumes on mains power.</source>
        <translation>Ένας φορητός με μπαταρία κρατά τη φόρτιση για εσάς· η κοινή χρήση συνεχίζεται όταν συνδεθεί στο ρεύμα.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="497"/>
        <source>Donated now</source>
        <translation>Δωρεά τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="504"/>
        <source>The last 10 minutes, as a share of what you allow:</source>
        <translation>Τα τελευταία 10 λεπτά, ως μερίδιο αυτού που επιτρέπετε:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="530"/>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="532"/>
        <source>Go back to the settings before the last Apply</source>
        <translation>Επιστροφή στις ρυθμίσεις πριν από την τελευταία Εφαρμογή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="536"/>
        <source>&amp;Revert</source>
        <translation>Επανα&amp;φορά</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="538"/>
        <source>Drop the changes not applied yet</source>
        <translation>Απόρριψη των αλλαγών που δεν εφαρμόστηκαν ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="540"/>
        <source>&amp;Apply</source>
        <translation>Εφαρμο&amp;γή</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="542"/>
        <source>Save these settings and use them at once (Ctrl+Return)</source>
        <translation>Αποθήκευση αυτών των ρυθμίσεων και άμεση χρήση τους (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="593"/>
        <source>Suspend sharing</source>
        <translation>Αναστολή κοινής χρήσης</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="595"/>
        <source>Keep sharing with “%1”</source>
        <translation>Συνέχιση κοινής χρήσης με «%1»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="619"/>
        <source>Microcloud %1 chosen: Apply to keep it, then switch sharing on.</source>
        <translation>Επιλέχθηκε το μικρο-νέφος %1: πατήστε Εφαρμογή για να το κρατήσετε και μετά ενεργοποιήστε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="678"/>
        <source>Applies on the next start: the contribution node is defined again as the new kind.</source>
        <translation>Ισχύει στην επόμενη εκκίνηση: ο κόμβος συνεισφοράς ορίζεται ξανά με το νέο είδος.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="739"/>
        <source>Not applied: %1</source>
        <translation>Δεν εφαρμόστηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="744"/>
        <source>Applied: %1.</source>
        <translation>Εφαρμόστηκε: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="752"/>
        <source>Changes dropped.</source>
        <translation>Οι αλλαγές απορρίφθηκαν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="762"/>
        <source>Could not undo: %1</source>
        <translation>Δεν ήταν δυνατή η αναίρεση: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="767"/>
        <source>Restored the settings you had before.</source>
        <translation>Επαναφέρθηκαν οι ρυθμίσεις που είχατε πριν.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="797"/>
        <source>Sharing stays off: %1</source>
        <translation>Η κοινή χρήση παραμένει ανενεργή: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="802"/>
        <source>Sharing is on.</source>
        <translation>Η κοινή χρήση είναι ενεργή.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="802"/>
        <source>Sharing is off.</source>
        <translation>Η κοινή χρήση είναι ανενεργή.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="831"/>
        <source>Nothing donated yet.</source>
        <translation>Δεν έχει δωρηθεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="875"/>
        <source>Now: %1.</source>
        <translation>Τώρα: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="876"/>
        <source>Now: nothing (the contribution node is not running).</source>
        <translation>Τώρα: τίποτα (ο κόμβος συνεισφοράς δεν εκτελείται).</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="884"/>
        <source>Your sharing settings could not be read, so the defaults are shown and sharing is off: %1 The unreadable file was kept beside it with the ending .corrupt. Check the values below and Apply to save them.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ρυθμίσεων κοινής χρήσης, οπότε εμφανίζονται οι προεπιλογές και η κοινή χρήση είναι ανενεργή: %1 Το μη αναγνώσιμο αρχείο κρατήθηκε δίπλα με την κατάληξη .corrupt. Ελέγξτε τις τιμές παρακάτω και πατήστε Εφαρμογή για να τις αποθηκεύσετε.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/SharePage.cpp" line="893"/>
        <source>of %n core(s) on this computer</source>
        <translation>
            <numerusform>από %n πυρήνα αυτού του υπολογιστή</numerusform>
            <numerusform>από %n πυρήνες αυτού του υπολογιστή</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="894"/>
        <source>this computer&apos;s core count is unknown</source>
        <translation>ο αριθμός πυρήνων αυτού του υπολογιστή είναι άγνωστος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="896"/>
        <source>at most %1 MiB, %2 GiB (%3 GiB stays for this computer)</source>
        <translation>το πολύ %1 MiB, %2 GiB (%3 GiB μένουν για αυτόν τον υπολογιστή)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="901"/>
        <source>this computer&apos;s memory is unknown</source>
        <translation>η μνήμη αυτού του υπολογιστή είναι άγνωστη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="903"/>
        <source>at most %1 GiB (%2 GiB stays free)</source>
        <translation>το πολύ %1 GiB (%2 GiB μένουν ελεύθερα)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="907"/>
        <source>the free disk space is unknown</source>
        <translation>ο ελεύθερος χώρος στον δίσκο είναι άγνωστος</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="911"/>
        <source>The contribution disk lives in %1, which has %2 GiB free.</source>
        <translation>Ο δίσκος συνεισφοράς βρίσκεται στο %1, που έχει %2 GiB ελεύθερα.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="922"/>
        <source>Sharing state: %1</source>
        <translation>Κατάσταση κοινής χρήσης: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="932"/>
        <source>Resume now</source>
        <translation>Συνέχιση τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="932"/>
        <source>Pause for an hour</source>
        <translation>Παύση για μία ώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="934"/>
        <source>Paused until %1</source>
        <translation>Σε παύση έως %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="936"/>
        <source>A break that ends by itself; the settings stay as they are</source>
        <translation>Ένα διάλειμμα που λήγει μόνο του· οι ρυθμίσεις μένουν ως έχουν</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="944"/>
        <source>The contribution node cannot follow: %1</source>
        <translation>Ο κόμβος συνεισφοράς δεν μπορεί να ακολουθήσει: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="948"/>
        <source>The contribution node did not power off when asked and was stopped by force.</source>
        <translation>Ο κόμβος συνεισφοράς δεν τερμάτισε όταν του ζητήθηκε και σταμάτησε αναγκαστικά.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="969"/>
        <source>%1: %2 core-hours · %3 GiB-hours of memory · %4 GiB-hours of disk</source>
        <translation>%1: %2 ώρες-πυρήνα · %3 GiB-ώρες μνήμης · %4 GiB-ώρες δίσκου</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="973"/>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="974"/>
        <source>This week</source>
        <translation>Αυτή την εβδομάδα</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SyncBar</name>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="31"/>
        <source>Sync status</source>
        <translation>Κατάσταση συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="32"/>
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="33"/>
        <source>Ledger</source>
        <translation>Καθολικό</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="34"/>
        <source>Next attempt</source>
        <translation>Επόμενη προσπάθεια</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="35"/>
        <source>Sync message</source>
        <translation>Μήνυμα συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="37"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="48"/>
        <source>Sync progress</source>
        <translation>Πρόοδος συγχρονισμού</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="53"/>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="54"/>
        <source>Send pending receipts to the ledger and fetch the balance (Ctrl+R or F5)</source>
        <translation>Αποστολή των εκκρεμών αποδείξεων στο καθολικό και λήψη του υπολοίπου (Ctrl+R ή F5)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="88"/>
        <source>No ledger set up</source>
        <translation>Δεν έχει ρυθμιστεί καθολικό</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="90"/>
        <source>Not synced yet</source>
        <translation>Δεν έχει συγχρονιστεί ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="93"/>
        <source>Syncing %1 of %2…</source>
        <translation>Συγχρονισμός %1 από %2…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="95"/>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="97"/>
        <source>Synced</source>
        <translation>Συγχρονίστηκε</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="99"/>
        <source>Ledger unreachable</source>
        <translation>Το καθολικό δεν είναι προσβάσιμο</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="101"/>
        <source>The ledger refused a receipt</source>
        <translation>Το καθολικό απέρριψε μια απόδειξη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="110"/>
        <source>just now</source>
        <translation>μόλις τώρα</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="112"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>πριν από %n λεπτό</numerusform>
            <numerusform>πριν από %n λεπτά</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="114"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>πριν από %n ώρα</numerusform>
            <numerusform>πριν από %n ώρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="115"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>πριν από %n ημέρα</numerusform>
            <numerusform>πριν από %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="133"/>
        <source>Ledger: none set up yet</source>
        <translation>Καθολικό: δεν έχει ρυθμιστεί ακόμη</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="133"/>
        <source>Ledger: %1</source>
        <translation>Καθολικό: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="148"/>
        <source>Last sync: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="151"/>
        <source>Never synced</source>
        <translation>Δεν έχει συγχρονιστεί ποτέ</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="163"/>
        <source>Next try at %1</source>
        <translation>Επόμενη προσπάθεια στις %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="164"/>
        <source>Next sync at %1</source>
        <translation>Επόμενος συγχρονισμός στις %1</translation>
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
        <location filename="../app/desktop/TrayIcon.cpp" line="21"/>
        <source>Cloudy — sharing is off</source>
        <translation>Cloudy — η κοινή χρήση είναι ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="24"/>
        <source>Share this computer</source>
        <translation>Κοινή χρήση αυτού του υπολογιστή</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="31"/>
        <source>Sharing stays off</source>
        <translation>Η κοινή χρήση παραμένει ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="39"/>
        <location filename="../app/desktop/TrayIcon.cpp" line="96"/>
        <source>Pause for an hour</source>
        <translation>Παύση για μία ώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="43"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="50"/>
        <source>Open Cloudy</source>
        <translation>Άνοιγμα του Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="53"/>
        <source>Settings…</source>
        <translation>Ρυθμίσεις…</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="60"/>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="96"/>
        <source>Resume now</source>
        <translation>Συνέχιση τώρα</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="98"/>
        <source>Cloudy — %1</source>
        <translation>Cloudy — %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery</name>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="29"/>
        <source>There is no system D-Bus to reach avahi-daemon through (%1). Start the &apos;dbus&apos; service; meanwhile Cloudy uses its built-in mDNS browser.</source>
        <translation>Δεν υπάρχει D-Bus συστήματος για πρόσβαση στο avahi-daemon (%1). Ξεκινήστε την υπηρεσία &apos;dbus&apos;· στο μεταξύ το Cloudy χρησιμοποιεί τον ενσωματωμένο περιηγητή mDNS.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="42"/>
        <source>avahi-daemon is not running. Install and start it (sudo apt-get install avahi-daemon) to see microclouds the way the rest of the system does; meanwhile Cloudy uses its built-in mDNS browser.</source>
        <translation>Το avahi-daemon δεν εκτελείται. Εγκαταστήστε το και ξεκινήστε το (sudo apt-get install avahi-daemon) για να βλέπετε τα μικρο-νέφη όπως το υπόλοιπο σύστημα· στο μεταξύ το Cloudy χρησιμοποιεί τον ενσωματωμένο περιηγητή mDNS.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="46"/>
        <source>avahi-daemon did not answer: %1</source>
        <translation>Το avahi-daemon δεν απάντησε: %1</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="59"/>
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
        <location filename="../core/discovery/AvahiSignals.cpp" line="198"/>
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
        <location filename="../core/discovery/DnsMessage.cpp" line="78"/>
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
        <location filename="../core/discovery/DnsMessage.cpp" line="626"/>
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
        <location filename="../core/discovery/DnsMessage.cpp" line="359"/>
        <source>An A record needs an IPv4 address.</source>
        <translation>Μια εγγραφή A χρειάζεται διεύθυνση IPv4.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="365"/>
        <source>An AAAA record needs an IPv6 address.</source>
        <translation>Μια εγγραφή AAAA χρειάζεται διεύθυνση IPv6.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="382"/>
        <source>A TXT string of %1 bytes cannot be encoded (at most 255).</source>
        <translation>Μια συμβολοσειρά TXT %1 byte δεν μπορεί να κωδικοποιηθεί (το πολύ 255).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="462"/>
        <source>A DNS message of %1 bytes is larger than %2 bytes.</source>
        <translation>Ένα μήνυμα DNS %1 byte είναι μεγαλύτερο από %2 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="518"/>
        <source>A DNS message has more than 65535 entries in a section.</source>
        <translation>Ένα μήνυμα DNS έχει περισσότερες από 65535 καταχωρίσεις σε μια ενότητα.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="535"/>
        <source>The DNS message is larger than %1 bytes.</source>
        <translation>Το μήνυμα DNS είναι μεγαλύτερο από %1 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="573"/>
        <source>A DNS question does not fit in %1 bytes.</source>
        <translation>Μια ερώτηση DNS δεν χωρά σε %1 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="616"/>
        <source>The name &quot;%1&quot; has an empty label or one longer than %2 bytes.</source>
        <translation>Το όνομα &quot;%1&quot; έχει κενή ετικέτα ή ετικέτα μεγαλύτερη από %2 byte.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="657"/>
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
        <location filename="../core/discovery/TxtRecord.cpp" line="80"/>
        <source>TXT string with an invalid key skipped: %1</source>
        <translation>Παραλείφθηκε συμβολοσειρά TXT με μη έγκυρο κλειδί: %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::AvahiBrowser</name>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="138"/>
        <source>There is no system D-Bus to reach avahi-daemon through (%1). Start the &apos;dbus&apos; service and then Cloudy again.</source>
        <translation>Δεν υπάρχει D-Bus συστήματος για πρόσβαση στο avahi-daemon (%1). Ξεκινήστε την υπηρεσία &apos;dbus&apos; και μετά ξανά το Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="241"/>
        <source>avahi-daemon is not running. Start it (sudo systemctl start avahi-daemon, or install the avahi-daemon package); Cloudy starts browsing as soon as it appears.</source>
        <translation>Το avahi-daemon δεν εκτελείται. Ξεκινήστε το (sudo systemctl start avahi-daemon, ή εγκαταστήστε το πακέτο avahi-daemon)· το Cloudy αρχίζει την αναζήτηση μόλις εμφανιστεί.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="245"/>
        <source>The system D-Bus did not say whether avahi-daemon runs (%1). Cloudy starts browsing as soon as avahi-daemon appears.</source>
        <translation>Το D-Bus του συστήματος δεν είπε αν εκτελείται το avahi-daemon (%1). Το Cloudy αρχίζει την αναζήτηση μόλις εμφανιστεί το avahi-daemon.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="269"/>
        <source>avahi-daemon stopped, so the services it had found are no longer known. Browsing resumes by itself when it runs again (sudo systemctl start avahi-daemon).</source>
        <translation>Το avahi-daemon σταμάτησε, οπότε οι υπηρεσίες που είχε βρει δεν είναι πλέον γνωστές. Η αναζήτηση συνεχίζεται μόνη της όταν εκτελεστεί ξανά (sudo systemctl start avahi-daemon).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="358"/>
        <source>avahi-daemon reports a failure (%1) and cannot browse the network. See &apos;journalctl -u avahi-daemon&apos;; browsing resumes when it recovers.</source>
        <translation>Το avahi-daemon αναφέρει αποτυχία (%1) και δεν μπορεί να αναζητήσει στο δίκτυο. Δείτε &apos;journalctl -u avahi-daemon&apos;· η αναζήτηση συνεχίζεται όταν ανακάμψει.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="360"/>
        <source>no details</source>
        <translation>χωρίς λεπτομέρειες</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="534"/>
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
        <location filename="../core/discovery/MicrocloudModel.cpp" line="620"/>
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
        <location filename="../core/doctor/Doctor.cpp" line="96"/>
        <source>Not reachable: %1</source>
        <translation>Μη προσβάσιμο: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="97"/>
        <source>Start the system message bus (sudo systemctl start dbus, or install the &apos;dbus&apos; package).</source>
        <translation>Ξεκινήστε τον δίαυλο μηνυμάτων του συστήματος (sudo systemctl start dbus, ή εγκαταστήστε το πακέτο &apos;dbus&apos;).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="105"/>
        <source>Avahi (finds microclouds nearby)</source>
        <translation>Avahi (βρίσκει κοντινά μικρο-νέφη)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="110"/>
        <source>avahi-daemon is not reachable.</source>
        <translation>Το avahi-daemon δεν είναι προσβάσιμο.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="119"/>
        <source>%1 is running as %2.</source>
        <translation>Το %1 εκτελείται ως %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="122"/>
        <source>%1 answers but is not running normally.</source>
        <translation>Το %1 απαντά αλλά δεν λειτουργεί κανονικά.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="130"/>
        <source>libvirt (runs shared services and the contribution node)</source>
        <translation>libvirt (εκτελεί τις κοινόχρηστες υπηρεσίες και τον κόμβο συνεισφοράς)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="138"/>
        <location filename="../core/doctor/Doctor.cpp" line="190"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Δεν είναι δυνατή η σύνδεση στο %1: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="140"/>
        <source>Install libvirt and QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86); your session&apos;s libvirt then starts by itself.</source>
        <translation>Εγκαταστήστε το libvirt και το QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86)· το libvirt της συνεδρίας σας ξεκινά τότε μόνο του.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="143"/>
        <source>Start libvirtd (sudo systemctl start libvirtd) and make sure you may use it (sudo adduser $USER libvirt, then log in again), or choose qemu:///session in Settings.</source>
        <translation>Ξεκινήστε το libvirtd (sudo systemctl start libvirtd) και βεβαιωθείτε ότι έχετε δικαίωμα χρήσης (sudo adduser $USER libvirt, και συνδεθείτε ξανά), ή επιλέξτε qemu:///session στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="158"/>
        <source>Connected to %1, but its capabilities could not be read: %2</source>
        <translation>Συνδέθηκε στο %1, αλλά δεν ήταν δυνατή η ανάγνωση των δυνατοτήτων του: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="166"/>
        <source>Connected to %1 (%2 %3); guest types: %4.</source>
        <translation>Συνδέθηκε στο %1 (%2 %3)· τύποι επισκεπτών: %4.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="172"/>
        <source>Connected to %1, but it cannot run QEMU virtual machines.</source>
        <translation>Συνδέθηκε στο %1, αλλά δεν μπορεί να εκτελέσει εικονικές μηχανές QEMU.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="173"/>
        <source>Install QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) and restart libvirtd.</source>
        <translation>Εγκαταστήστε το QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) και επανεκκινήστε το libvirtd.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="182"/>
        <source>LXC containers (lighter than virtual machines)</source>
        <translation>Κοντέινερ LXC (ελαφρύτερα από τις εικονικές μηχανές)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="191"/>
        <source>Containers need the system libvirt with its LXC driver (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Virtual machines work without it.</source>
        <translation>Τα κοντέινερ χρειάζονται το libvirt του συστήματος με τον οδηγό LXC (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Οι εικονικές μηχανές λειτουργούν χωρίς αυτό.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="196"/>
        <source>Connected to %1.</source>
        <translation>Συνδέθηκε στο %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="202"/>
        <source>KVM (hardware-speed virtual machines)</source>
        <translation>KVM (εικονικές μηχανές με ταχύτητα υλικού)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="211"/>
        <source>Guests will run with software emulation (slower).</source>
        <translation>Οι επισκέπτες θα εκτελούνται με εξομοίωση λογισμικού (πιο αργά).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="218"/>
        <source>Keyring (keeps your node&apos;s private key)</source>
        <translation>Κλειδοθήκη (φυλάει το ιδιωτικό κλειδί του κόμβου σας)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="225"/>
        <source>A keyring answers through the Secret Service.</source>
        <translation>Μια κλειδοθήκη απαντά μέσω του Secret Service.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="230"/>
        <source>No keyring answered.</source>
        <translation>Καμία κλειδοθήκη δεν απάντησε.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="231"/>
        <source>No keyring: %1</source>
        <translation>Καμία κλειδοθήκη: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="232"/>
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
    <name>Cloudy::Identity::NodeIdentity</name>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="60"/>
        <source>The node identity in your keyring is damaged and cannot be used. Restore it from a backup with &quot;cloudyctl identity import&quot;.</source>
        <translation>Η ταυτότητα κόμβου στην κλειδοθήκη σας είναι κατεστραμμένη και δεν μπορεί να χρησιμοποιηθεί. Επαναφέρετέ την από αντίγραφο ασφαλείας με &quot;cloudyctl identity import&quot;.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="81"/>
        <source>This computer has no node identity yet. Create one with &quot;cloudyctl identity create&quot; or in the first-run assistant.</source>
        <translation>Αυτός ο υπολογιστής δεν έχει ακόμη ταυτότητα κόμβου. Δημιουργήστε μία με &quot;cloudyctl identity create&quot; ή στον οδηγό πρώτης εκτέλεσης.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="86"/>
        <source>No keyring (such as GNOME Keyring or KWallet) can be reached, so the node identity cannot be kept there (%1). Cloudy never writes the key to a plain file: start or unlock a keyring, or choose a key file protected by a passphrase (&quot;cloudyctl identity create --key-file %2&quot;).</source>
        <translation>Καμία κλειδοθήκη (όπως το GNOME Keyring ή το KWallet) δεν είναι προσβάσιμη, οπότε η ταυτότητα κόμβου δεν μπορεί να φυλαχτεί εκεί (%1). Το Cloudy δεν γράφει ποτέ το κλειδί σε απλό αρχείο: ξεκινήστε ή ξεκλειδώστε μια κλειδοθήκη, ή επιλέξτε αρχείο κλειδιού προστατευμένο με φράση πρόσβασης (&quot;cloudyctl identity create --key-file %2&quot;).</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="93"/>
        <source>The keyring refused or failed to give access to the node identity: %1</source>
        <translation>Η κλειδοθήκη αρνήθηκε ή απέτυχε να δώσει πρόσβαση στην ταυτότητα κόμβου: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/NodeIdentity.cpp" line="111"/>
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Η φράση πρόσβασης πρέπει να έχει τουλάχιστον %n χαρακτήρα.</numerusform>
            <numerusform>Η φράση πρόσβασης πρέπει να έχει τουλάχιστον %n χαρακτήρες.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="150"/>
        <source>The key file is damaged or not a Cloudy key file.</source>
        <translation>Το αρχείο κλειδιού είναι κατεστραμμένο ή δεν είναι αρχείο κλειδιού του Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="201"/>
        <source>The key file was written by a newer version of Cloudy; update Cloudy to use it.</source>
        <translation>Το αρχείο κλειδιού γράφτηκε από νεότερη έκδοση του Cloudy· ενημερώστε το Cloudy για να το χρησιμοποιήσετε.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="220"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Δεν υπάρχει αρκετή μνήμη για την παραγωγή του κλειδιού από τη φράση πρόσβασης.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="227"/>
        <source>The passphrase is wrong.</source>
        <translation>Η φράση πρόσβασης είναι λανθασμένη.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="235"/>
        <source>The key file&apos;s secret key does not belong to the public key it shows.</source>
        <translation>Το μυστικό κλειδί του αρχείου κλειδιού δεν αντιστοιχεί στο δημόσιο κλειδί που εμφανίζει.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="263"/>
        <source>Cannot write the key file %1: %2.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αρχείου κλειδιού %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="271"/>
        <source>The key file %1 that held this computer&apos;s node identity is gone. Restore it from a backup with &quot;cloudyctl identity import&quot;, or create a new identity.</source>
        <translation>Το αρχείο κλειδιού %1 που περιείχε την ταυτότητα κόμβου αυτού του υπολογιστή δεν υπάρχει πια. Επαναφέρετέ την από αντίγραφο ασφαλείας με &quot;cloudyctl identity import&quot; ή δημιουργήστε νέα ταυτότητα.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="276"/>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του αρχείου κλειδιού %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="283"/>
        <source>The node identity in %1 cannot be used: %2 Restore it from a backup with &quot;cloudyctl identity import&quot;.</source>
        <translation>Η ταυτότητα κόμβου στο %1 δεν μπορεί να χρησιμοποιηθεί: %2 Επαναφέρετέ την από αντίγραφο ασφαλείας με &quot;cloudyctl identity import&quot;.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="297"/>
        <source>This computer&apos;s node identity is in the passphrase-protected file %1: its passphrase is needed.</source>
        <translation>Η ταυτότητα κόμβου αυτού του υπολογιστή βρίσκεται στο αρχείο %1 που προστατεύεται με φράση πρόσβασης: χρειάζεται η φράση πρόσβασής του.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="305"/>
        <source>The passphrase of the key file %1 is wrong.</source>
        <translation>Η φράση πρόσβασης του αρχείου κλειδιού %1 είναι λανθασμένη.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="359"/>
        <source>the key could not be encrypted</source>
        <translation>δεν ήταν δυνατή η κρυπτογράφηση του κλειδιού</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="369"/>
        <source>in the keyring</source>
        <translation>στην κλειδοθήκη</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="370"/>
        <source>in the key file %1</source>
        <translation>στο αρχείο κλειδιού %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="416"/>
        <location filename="../core/identity/NodeIdentity.cpp" line="447"/>
        <source>The cryptography library cannot work on this computer, so no identity can be created.</source>
        <translation>Η βιβλιοθήκη κρυπτογραφίας δεν μπορεί να λειτουργήσει σε αυτόν τον υπολογιστή, οπότε δεν μπορεί να δημιουργηθεί ταυτότητα.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="434"/>
        <source>This computer already has the node identity %1 (%2). Back it up with &quot;cloudyctl identity export&quot; rather than creating another.</source>
        <translation>Αυτός ο υπολογιστής έχει ήδη την ταυτότητα κόμβου %1 (%2). Κρατήστε αντίγραφο ασφαλείας της με &quot;cloudyctl identity export&quot; αντί να δημιουργήσετε άλλη.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="442"/>
        <source>%1 already exists; Cloudy never overwrites a key file. Choose another path.</source>
        <translation>Το %1 υπάρχει ήδη· το Cloudy δεν αντικαθιστά ποτέ αρχείο κλειδιού. Επιλέξτε άλλη διαδρομή.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="495"/>
        <source>This is not a Cloudy identity backup, or it is damaged: %1</source>
        <translation>Αυτό δεν είναι αντίγραφο ασφαλείας ταυτότητας του Cloudy ή είναι κατεστραμμένο: %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="527"/>
        <source>the manifest is not a JSON object.</source>
        <translation>το manifest δεν είναι αντικείμενο JSON.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="530"/>
        <source>the manifest does not describe a node identity.</source>
        <translation>το manifest δεν περιγράφει ταυτότητα κόμβου.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="532"/>
        <source>the backup was written by a newer version of Cloudy.</source>
        <translation>το αντίγραφο ασφαλείας γράφτηκε από νεότερη έκδοση του Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="539"/>
        <source>the manifest has no valid public key or creation time.</source>
        <translation>το manifest δεν έχει έγκυρο δημόσιο κλειδί ή χρόνο δημιουργίας.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="543"/>
        <source>The backup&apos;s node id does not belong to its public key: the backup was altered.</source>
        <translation>Το αναγνωριστικό κόμβου του αντιγράφου ασφαλείας δεν αντιστοιχεί στο δημόσιο κλειδί του: το αντίγραφο έχει αλλοιωθεί.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="553"/>
        <source>The file is far larger than an identity backup; it is not read.</source>
        <translation>Το αρχείο είναι πολύ μεγαλύτερο από ένα αντίγραφο ασφαλείας ταυτότητας· δεν διαβάζεται.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="572"/>
        <source>The backup holds more than a manifest and a key (&quot;%1&quot;): refused.</source>
        <translation>Το αντίγραφο ασφαλείας περιέχει περισσότερα από ένα manifest και ένα κλειδί (&quot;%1&quot;): απορρίπτεται.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="576"/>
        <source>The backup holds an entry with an unsafe path (&quot;%1&quot;): refused.</source>
        <translation>Το αντίγραφο ασφαλείας περιέχει καταχώριση με μη ασφαλή διαδρομή (&quot;%1&quot;): απορρίπτεται.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="581"/>
        <source>The backup entry &quot;%1&quot; is a link or a special file: refused.</source>
        <translation>Η καταχώριση &quot;%1&quot; του αντιγράφου ασφαλείας είναι σύνδεσμος ή ειδικό αρχείο: απορρίπτεται.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="585"/>
        <source>The backup holds an unexpected entry &quot;%1&quot;: refused.</source>
        <translation>Το αντίγραφο ασφαλείας περιέχει μια απροσδόκητη καταχώριση &quot;%1&quot;: απορρίπτεται.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="591"/>
        <source>The backup entry &quot;%1&quot; is larger than it can be: refused.</source>
        <translation>Η καταχώριση &quot;%1&quot; του αντιγράφου ασφαλείας είναι μεγαλύτερη απ&apos; ό,τι μπορεί να είναι: απορρίπτεται.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="594"/>
        <source>the entry &quot;%1&quot; is cut short.</source>
        <translation>η καταχώριση &quot;%1&quot; είναι κομμένη.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="601"/>
        <source>the manifest or the key is missing.</source>
        <translation>λείπει το manifest ή το κλειδί.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="611"/>
        <source>The key in the backup does not belong to the identity its manifest names: the backup was altered.</source>
        <translation>Το κλειδί στο αντίγραφο ασφαλείας δεν αντιστοιχεί στην ταυτότητα που αναφέρει το manifest του: το αντίγραφο έχει αλλοιωθεί.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="620"/>
        <source>Cannot read %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="646"/>
        <source>%1 already exists; an identity backup never overwrites a file. Choose another name.</source>
        <translation>Το %1 υπάρχει ήδη· ένα αντίγραφο ασφαλείας ταυτότητας δεν αντικαθιστά ποτέ αρχείο. Επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="658"/>
        <source>The key could not be encrypted for the backup.</source>
        <translation>Δεν ήταν δυνατή η κρυπτογράφηση του κλειδιού για το αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="672"/>
        <source>Cannot build the backup archive: %1</source>
        <translation>Δεν είναι δυνατή η δημιουργία του αρχείου του αντιγράφου ασφαλείας: %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="676"/>
        <source>Cannot write %1: %2.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="703"/>
        <source>The passphrase of the backup %1 is wrong.</source>
        <translation>Η φράση πρόσβασης του αντιγράφου ασφαλείας %1 είναι λανθασμένη.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="726"/>
        <source>This computer already has the node identity %1 (%2); the backup holds %3. Import with --replace to give up %1 and its balance for %3.</source>
        <translation>Αυτός ο υπολογιστής έχει ήδη την ταυτότητα κόμβου %1 (%2)· το αντίγραφο ασφαλείας περιέχει την %3. Εισαγάγετε με --replace για να εγκαταλείψετε την %1 και το υπόλοιπό της για την %3.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="741"/>
        <source>%1 already exists; import with --replace to overwrite it.</source>
        <translation>Το %1 υπάρχει ήδη· εισαγάγετε με --replace για να αντικατασταθεί.</translation>
    </message>
</context>
<context>
    <name>Cloudy::LazyLibrary</name>
    <message>
        <location filename="../core/platform/LazyLibrary.cpp" line="30"/>
        <source>Cloudy cannot work without the library %1, which could not be loaded (%2). Reinstall Cloudy Desktop with its dependencies.</source>
        <translation>Το Cloudy δεν μπορεί να λειτουργήσει χωρίς τη βιβλιοθήκη %1, η οποία δεν ήταν δυνατό να φορτωθεί (%2). Εγκαταστήστε ξανά το Cloudy Desktop μαζί με τις εξαρτήσεις του.</translation>
    </message>
    <message>
        <location filename="../core/platform/LazyLibrary.cpp" line="44"/>
        <source>The library %1 has no function %2: Cloudy needs a newer version of it.</source>
        <translation>Η βιβλιοθήκη %1 δεν έχει τη συνάρτηση %2: το Cloudy χρειάζεται νεότερη έκδοσή της.</translation>
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
    <name>Cloudy::Ledger::LedgerClient</name>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="63"/>
        <source>The ledger&apos;s answer about %1 cannot be read.</source>
        <translation>Η απάντηση του καθολικού για %1 δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="76"/>
        <source>&quot;%1&quot; is not a ledger address; it looks like https://ledger.example.org/.</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση καθολικού· μοιάζει με https://ledger.example.org/.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="98"/>
        <source>A ledger pin is the SHA-256 of the server&apos;s public key: 64 hex digits.</source>
        <translation>Το καρφίτσωμα καθολικού είναι το SHA-256 του δημόσιου κλειδιού του διακομιστή: 64 δεκαεξαδικά ψηφία.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="117"/>
        <source>the node</source>
        <translation>τον κόμβο</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="128"/>
        <location filename="../core/ledger/LedgerClient.cpp" line="135"/>
        <source>the community</source>
        <translation>την κοινότητα</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="281"/>
        <source>The ledger at %1 presented a key that does not match the pinned one; the connection was stopped (a wrong pin, or someone in between).</source>
        <translation>Το καθολικό στο %1 παρουσίασε κλειδί που δεν ταιριάζει με το καρφιτσωμένο· η σύνδεση διακόπηκε (λάθος καρφίτσωμα ή κάποιος ενδιάμεσος).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="289"/>
        <source>The ledger at %1 did not answer in time.</source>
        <translation>Το καθολικό στο %1 δεν απάντησε εγκαίρως.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="292"/>
        <source>The secure connection to the ledger at %1 failed: %2</source>
        <translation>Η ασφαλής σύνδεση με το καθολικό στο %1 απέτυχε: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="297"/>
        <source>The ledger at %1 cannot be reached: %2</source>
        <translation>Το καθολικό στο %1 δεν είναι προσβάσιμο: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="303"/>
        <source>The ledger at %1 answered HTTP %2.</source>
        <translation>Το καθολικό στο %1 απάντησε HTTP %2.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerStore</name>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="165"/>
        <source>The ledger database %1 failed (%2): %3</source>
        <translation>Η βάση δεδομένων του καθολικού %1 απέτυχε (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="173"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation>Το πρόγραμμα οδήγησης Qt SQL %1 δεν είναι εγκατεστημένο (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="193"/>
        <source>Cannot open the ledger database %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα της βάσης δεδομένων του καθολικού %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="199"/>
        <location filename="../core/ledger/LedgerStore.cpp" line="226"/>
        <source>Cannot prepare the ledger database %1: %2</source>
        <translation>Δεν είναι δυνατή η προετοιμασία της βάσης δεδομένων του καθολικού %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="323"/>
        <source>The signature of entry %1 (seq %2) does not match its contents and key.</source>
        <translation>Η υπογραφή της καταχώρισης %1 (seq %2) δεν ταιριάζει με το περιεχόμενο και το κλειδί της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="712"/>
        <source>The ledger is busy; send the batch again in a moment.</source>
        <translation>Το καθολικό είναι απασχολημένο· στείλτε ξανά την παρτίδα σε λίγο.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="411"/>
        <source>Node %1 already has a different entry at seq %2; this one is refused and the ledger has recorded the attempt.</source>
        <translation>Ο κόμβος %1 έχει ήδη διαφορετική καταχώριση στο seq %2· αυτή απορρίπτεται και το καθολικό έχει καταγράψει την απόπειρα.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="241"/>
        <source>The ledger database %1 was written by a newer cloudy-ledgerd (schema %2; this one knows schema %3). It is left untouched: run the newer version.</source>
        <translation>Η βάση δεδομένων του καθολικού %1 γράφτηκε από νεότερο cloudy-ledgerd (σχήμα %2· αυτό γνωρίζει το σχήμα %3). Μένει ανέγγιχτη: εκτελέστε τη νεότερη έκδοση.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="419"/>
        <source>Node %1 is at seq %2, so the next entry must have seq %3, not %4.</source>
        <translation>Ο κόμβος %1 βρίσκεται στο seq %2, οπότε η επόμενη καταχώριση πρέπει να έχει seq %3, όχι %4.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="427"/>
        <source>The prev of entry seq %1 is not the hash of the node&apos;s entry before it.</source>
        <translation>Το prev της καταχώρισης seq %1 δεν είναι το hash της προηγούμενης καταχώρισης του κόμβου.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="432"/>
        <source>The period of receipt seq %1 starts before the node&apos;s previous receipt ended.</source>
        <translation>Η περίοδος της απόδειξης seq %1 αρχίζει πριν τελειώσει η προηγούμενη απόδειξη του κόμβου.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="437"/>
        <source>The period of receipt seq %1 ends in the future.</source>
        <translation>Η περίοδος της απόδειξης seq %1 τελειώνει στο μέλλον.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="449"/>
        <source>Transfer seq %1 is dated in the future.</source>
        <translation>Η μεταφορά seq %1 έχει μελλοντική ημερομηνία.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="454"/>
        <source>Transfer seq %1 moves %2 millicredits but the node has only %3.</source>
        <translation>Η μεταφορά seq %1 μετακινεί %2 χιλιοστά πίστωσης αλλά ο κόμβος έχει μόνο %3.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="738"/>
        <source>&quot;%1&quot; is not a node id (64 lower-case hex digits).</source>
        <translation>Το &quot;%1&quot; δεν είναι αναγνωριστικό κόμβου (64 πεζά δεκαεξαδικά ψηφία).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="748"/>
        <source>The ledger has no entry of node %1.</source>
        <translation>Το καθολικό δεν έχει καμία καταχώριση του κόμβου %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerSync</name>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="98"/>
        <location filename="../core/ledger/LedgerSync.cpp" line="328"/>
        <source>No ledger is configured: receipts are kept on this computer until one is.</source>
        <translation>Δεν έχει ρυθμιστεί καθολικό: οι αποδείξεις φυλάσσονται σε αυτόν τον υπολογιστή μέχρι να ρυθμιστεί.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="114"/>
        <source>A pin only makes sense with an https:// ledger address.</source>
        <translation>Το καρφίτσωμα έχει νόημα μόνο με διεύθυνση καθολικού https://.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="231"/>
        <source>A node cannot give credits to itself.</source>
        <translation>Ένας κόμβος δεν μπορεί να δώσει μονάδες στον εαυτό του.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="232"/>
        <source>&apos;%1&apos; is not a node id: a node id is 64 lower-case hex digits (cloudyctl identity show prints this node&apos;s).</source>
        <translation>Το &apos;%1&apos; δεν είναι αναγνωριστικό κόμβου: ένα αναγνωριστικό κόμβου έχει 64 πεζά δεκαεξαδικά ψηφία (το cloudyctl identity show εμφανίζει αυτό του κόμβου σας).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="236"/>
        <source>The amount to give must be more than 0 credits.</source>
        <translation>Το ποσό που δίνετε πρέπει να είναι πάνω από 0 μονάδες.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="238"/>
        <source>The note is too long: at most %1 bytes (it has %2).</source>
        <translation>Η σημείωση είναι πολύ μεγάλη: το πολύ %1 byte (έχει %2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="249"/>
        <source>The ledger has not told this computer its balance yet: sync with the ledger first. A transfer can only give credits the ledger has counted.</source>
        <translation>Το καθολικό δεν έχει ενημερώσει ακόμη αυτόν τον υπολογιστή για το υπόλοιπό του: συγχρονίστε πρώτα με το καθολικό. Μια μεταφορά μπορεί να δώσει μόνο μονάδες που έχει μετρήσει το καθολικό.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="254"/>
        <source>This node can give %1 credits now (its balance at the ledger less the transfers still waiting to be sent); %2 is more than that.</source>
        <translation>Αυτός ο κόμβος μπορεί να δώσει τώρα %1 μονάδες (το υπόλοιπό του στο καθολικό μείον τις μεταφορές που περιμένουν ακόμη να σταλούν)· το %2 είναι περισσότερο από αυτό.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="336"/>
        <source>Sending receipts to the ledger…</source>
        <translation>Αποστολή αποδείξεων στο καθολικό…</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="349"/>
        <source>The ledger&apos;s reward policy cannot be read.</source>
        <translation>Η πολιτική ανταμοιβών του καθολικού δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="387"/>
        <source>The ledger&apos;s answer about this node cannot be read.</source>
        <translation>Η απάντηση του καθολικού για αυτόν τον κόμβο δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="484"/>
        <source>The ledger refused an entry of this node; the entries after it wait. See the refused entry for the ledger&apos;s reason.</source>
        <translation>Το καθολικό απέρριψε μια καταχώριση αυτού του κόμβου· οι επόμενες καταχωρίσεις περιμένουν. Δείτε την απορριφθείσα καταχώριση για την αιτία του καθολικού.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="488"/>
        <source>Up to date with the ledger.</source>
        <translation>Ενημερωμένο με το καθολικό.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ledger/LedgerSync.cpp" line="489"/>
        <source>%n entries sent to the ledger.</source>
        <translation>
            <numerusform>Στάλθηκε %n καταχώριση στο καθολικό.</numerusform>
            <numerusform>Στάλθηκαν %n καταχωρίσεις στο καθολικό.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="504"/>
        <source>The ledger cannot be reached.</source>
        <translation>Το καθολικό δεν είναι προσβάσιμο.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::Outbox</name>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="34"/>
        <source>The ledger outbox could not %1: %2</source>
        <translation>Τα εξερχόμενα του καθολικού δεν μπόρεσαν να %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="88"/>
        <source>start a transaction</source>
        <translation>ξεκινήσουν συναλλαγή</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="95"/>
        <source>save its changes</source>
        <translation>αποθηκεύσουν τις αλλαγές τους</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="126"/>
        <location filename="../core/ledger/Outbox.cpp" line="154"/>
        <location filename="../core/ledger/Outbox.cpp" line="166"/>
        <location filename="../core/ledger/Outbox.cpp" line="535"/>
        <location filename="../core/ledger/Outbox.cpp" line="543"/>
        <location filename="../core/ledger/Outbox.cpp" line="554"/>
        <source>read its entries</source>
        <translation>διαβάσουν τις καταχωρίσεις τους</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="132"/>
        <source>The ledger outbox holds an entry that cannot be read: %1</source>
        <translation>Τα εξερχόμενα του καθολικού περιέχουν καταχώριση που δεν μπορεί να διαβαστεί: %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="179"/>
        <source>Entry %1 does not continue this node&apos;s chain in the outbox (it ends at %2).</source>
        <translation>Η καταχώριση %1 δεν συνεχίζει την αλυσίδα αυτού του κόμβου στα εξερχόμενα (τελειώνει στο %2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="184"/>
        <source>Entry %1 is not signed by its key.</source>
        <translation>Η καταχώριση %1 δεν είναι υπογεγραμμένη από το κλειδί της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="191"/>
        <source>The receipt&apos;s period starts before the end of the previous receipt.</source>
        <translation>Η περίοδος της απόδειξης αρχίζει πριν από το τέλος της προηγούμενης απόδειξης.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="209"/>
        <source>store an entry</source>
        <translation>αποθηκεύσουν μια καταχώριση</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="222"/>
        <location filename="../core/ledger/Outbox.cpp" line="228"/>
        <source>open %1</source>
        <translation>ανοίξουν το %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="233"/>
        <source>be read</source>
        <translation>διαβαστούν</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="242"/>
        <source>The ledger outbox %1 was written by a newer version of Cloudy (schema %2, this version knows %3). Update Cloudy Desktop to use it.</source>
        <translation>Τα εξερχόμενα του καθολικού %1 γράφτηκαν από νεότερη έκδοση του Cloudy (σχήμα %2, αυτή η έκδοση γνωρίζει το %3). Ενημερώστε το Cloudy Desktop για να τα χρησιμοποιήσετε.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="271"/>
        <source>create its tables</source>
        <translation>δημιουργήσουν τους πίνακές τους</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="295"/>
        <location filename="../core/ledger/Outbox.cpp" line="582"/>
        <source>mark an entry</source>
        <translation>σημειώσουν μια καταχώριση</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="375"/>
        <location filename="../core/ledger/Outbox.cpp" line="437"/>
        <source>The node has no signing key to sign receipts.</source>
        <translation>Ο κόμβος δεν έχει κλειδί υπογραφής για να υπογράφει αποδείξεις.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="394"/>
        <location filename="../core/ledger/Outbox.cpp" line="499"/>
        <source>The entry could not be signed.</source>
        <translation>Δεν ήταν δυνατή η υπογραφή της καταχώρισης.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="469"/>
        <source>The ledger confirmed entry %1 after refusing entry %2: the outbox and the ledger disagree, so the refused entry is kept where it is.</source>
        <translation>Το καθολικό επιβεβαίωσε την εγγραφή %1 αφού απέρριψε την εγγραφή %2: τα εξερχόμενα και το καθολικό διαφωνούν, οπότε η απορριφθείσα εγγραφή μένει στη θέση της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="482"/>
        <location filename="../core/ledger/Outbox.cpp" line="487"/>
        <source>set a refused entry aside</source>
        <translation>παραμερίσει μια απορριφθείσα εγγραφή</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="593"/>
        <source>store the ledger&apos;s answer</source>
        <translation>αποθηκεύσουν την απάντηση του καθολικού</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="603"/>
        <source>read the ledger&apos;s answers</source>
        <translation>διαβάσουν τις απαντήσεις του καθολικού</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::Receipt</name>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="136"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>Το &quot;%1&quot; πρέπει να είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="141"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Το &quot;%1&quot; πρέπει να είναι ακέραιος από %2 έως %3.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="152"/>
        <source>&quot;%1&quot; must be %2 lower-case hex digits.</source>
        <translation>Το &quot;%1&quot; πρέπει να είναι %2 πεζά δεκαεξαδικά ψηφία.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="163"/>
        <source>&quot;%1&quot; must be text of at most %2 bytes without control characters.</source>
        <translation>Το &quot;%1&quot; πρέπει να είναι κείμενο έως %2 bytes χωρίς χαρακτήρες ελέγχου.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="180"/>
        <source>&quot;%1&quot; is not part of a ledger entry.</source>
        <translation>Το &quot;%1&quot; δεν αποτελεί μέρος καταχώρισης του καθολικού.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="275"/>
        <source>These bytes are not a ledger entry.</source>
        <translation>Αυτά τα bytes δεν είναι καταχώριση του καθολικού.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="279"/>
        <location filename="../core/ledger/Receipt.cpp" line="441"/>
        <source>The entry has a protocol version this program does not know.</source>
        <translation>Η καταχώριση έχει έκδοση πρωτοκόλλου που αυτό το πρόγραμμα δεν γνωρίζει.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="302"/>
        <source>The microcloud name of the entry is not valid text.</source>
        <translation>Το όνομα του μικρο-νέφους της καταχώρισης δεν είναι έγκυρο κείμενο.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="313"/>
        <source>The memo of the transfer is not valid text.</source>
        <translation>Η αιτιολογία της μεταφοράς δεν είναι έγκυρο κείμενο.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="317"/>
        <source>The entry is of an unknown kind.</source>
        <translation>Η καταχώριση είναι άγνωστου είδους.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="320"/>
        <source>The entry is cut short or has bytes after its end.</source>
        <translation>Η καταχώριση είναι κομμένη ή έχει bytes μετά το τέλος της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="322"/>
        <source>The entry&apos;s sequence number is out of range.</source>
        <translation>Ο αύξων αριθμός της καταχώρισης είναι εκτός ορίων.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="354"/>
        <source>The sequence number must be at least 1.</source>
        <translation>Ο αύξων αριθμός πρέπει να είναι τουλάχιστον 1.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="356"/>
        <source>The first entry of a node must have an all-zero prev.</source>
        <translation>Η πρώτη καταχώριση ενός κόμβου πρέπει να έχει prev με όλα μηδενικά.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="359"/>
        <source>A transfer must move at least one millicredit.</source>
        <translation>Μια μεταφορά πρέπει να μετακινεί τουλάχιστον ένα χιλιοστό πίστωσης.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="361"/>
        <source>A node cannot pay itself.</source>
        <translation>Ένας κόμβος δεν μπορεί να πληρώσει τον εαυτό του.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="364"/>
        <source>The transfer&apos;s time is not a time after 1970.</source>
        <translation>Η ώρα της μεταφοράς δεν είναι ώρα μετά το 1970.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="370"/>
        <location filename="../core/ledger/Receipt.cpp" line="373"/>
        <source>The period of a receipt must last from one second to one day.</source>
        <translation>Η περίοδος μιας απόδειξης πρέπει να διαρκεί από ένα δευτερόλεπτο έως μία ημέρα.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="376"/>
        <source>The receipt donates %1 of %2 vCPUs, which cannot be.</source>
        <translation>Η απόδειξη δωρίζει %1 από %2 vCPU, κάτι που δεν είναι δυνατό.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="379"/>
        <source>The receipt donates more memory than the node has.</source>
        <translation>Η απόδειξη δωρίζει περισσότερη μνήμη από όση έχει ο κόμβος.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="382"/>
        <source>The receipt counts more core time than %1 vCPUs give in its period.</source>
        <translation>Η απόδειξη μετρά περισσότερο χρόνο πυρήνα από όσο δίνουν %1 vCPU στην περίοδό της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="384"/>
        <source>The receipt counts more memory time than was donated in its period.</source>
        <translation>Η απόδειξη μετρά περισσότερο χρόνο μνήμης από όσο δωρίθηκε στην περίοδό της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="386"/>
        <source>The receipt counts more disk time than was donated in its period.</source>
        <translation>Η απόδειξη μετρά περισσότερο χρόνο δίσκου από όσο δωρίθηκε στην περίοδό της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="388"/>
        <source>The receipt counts more uptime than its period lasts.</source>
        <translation>Η απόδειξη μετρά περισσότερο χρόνο λειτουργίας από όσο διαρκεί η περίοδός της.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="439"/>
        <source>&quot;kind&quot; must be &quot;receipt&quot; or &quot;transfer&quot;.</source>
        <translation>Το &quot;kind&quot; πρέπει να είναι &quot;receipt&quot; ή &quot;transfer&quot;.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::RewardPolicy</name>
    <message>
        <location filename="../core/ledger/RewardPolicy.cpp" line="85"/>
        <source>The reward policy needs whole, non-negative rates and an effort weight from 0 to 100.</source>
        <translation>Η πολιτική ανταμοιβών χρειάζεται ακέραιους, μη αρνητικούς συντελεστές και βάρος προσπάθειας από 0 έως 100.</translation>
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
    <name>Cloudy::Services</name>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="58"/>
        <location filename="../core/services/ServiceManager.cpp" line="668"/>
        <source>“%1” is not a valid service id.</source>
        <translation>Το “%1” δεν είναι έγκυρο αναγνωριστικό υπηρεσίας.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="62"/>
        <source>%1 (community service)</source>
        <translation>%1 (κοινοτική υπηρεσία)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="63"/>
        <source>Launched by Cloudy Desktop from a microcloud&apos;s catalog.</source>
        <translation>Εκκινήθηκε από το Cloudy Desktop από τον κατάλογο ενός μικρο-νέφους.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="84"/>
        <source>The service&apos;s bundle names its %1 as “%2”, which is not a path inside the bundle.</source>
        <translation>Το πακέτο της υπηρεσίας ορίζει ως %1 το “%2”, που δεν είναι διαδρομή μέσα στο πακέτο.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="116"/>
        <source>No free local port could be found for %1&apos;s “%2” port.</source>
        <translation>Δεν βρέθηκε ελεύθερη τοπική θύρα για τη θύρα “%2” του %1.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="128"/>
        <source>libvirt is not available, so %1 cannot start.</source>
        <translation>Το libvirt δεν είναι διαθέσιμο, άρα το %1 δεν μπορεί να ξεκινήσει.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="229"/>
        <source>libvirt is not available.</source>
        <translation>Το libvirt δεν είναι διαθέσιμο.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="330"/>
        <source>%1 started but did not report ready within %2 seconds. Its log may say why.</source>
        <translation>Το %1 ξεκίνησε αλλά δεν ανέφερε ότι είναι έτοιμο μέσα σε %2 δευτερόλεπτα. Το αρχείο καταγραφής του ίσως εξηγεί γιατί.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="378"/>
        <source>%1 stopped by itself. Its log may say why.</source>
        <translation>Το %1 σταμάτησε μόνο του. Το αρχείο καταγραφής του ίσως εξηγεί γιατί.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="416"/>
        <source>%1 is described by the catalog but cannot be installed from it (it has no bundle).</source>
        <translation>Το %1 περιγράφεται στον κατάλογο αλλά δεν μπορεί να εγκατασταθεί από αυτόν (δεν έχει πακέτο).</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="427"/>
        <source>Stop %1 before installing it again.</source>
        <translation>Σταματήστε το %1 πριν το εγκαταστήσετε ξανά.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="487"/>
        <source>Another install of %1 is running.</source>
        <translation>Εκτελείται ήδη άλλη εγκατάσταση του %1.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="528"/>
        <source>Could not save %1&apos;s installation record: %2</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της εγγραφής εγκατάστασης του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="561"/>
        <location filename="../core/services/ServiceManager.cpp" line="676"/>
        <source>“%1” is not installed.</source>
        <translation>Το “%1” δεν είναι εγκατεστημένο.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="599"/>
        <source>%1&apos;s bundle names “%2”, which is missing or not inside the bundle. Install it again.</source>
        <translation>Το πακέτο του %1 αναφέρει το “%2”, που λείπει ή δεν βρίσκεται μέσα στο πακέτο. Εγκαταστήστε το ξανά.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="610"/>
        <source>Could not create %1&apos;s data volume: %2</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του τόμου δεδομένων του %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="681"/>
        <source>Could not delete the files in %1.</source>
        <translation>Δεν ήταν δυνατή η διαγραφή των αρχείων στο %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleFetcher</name>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="198"/>
        <source>The catalog gives %1 an address Cloudy cannot download from (only http and https are allowed): %2</source>
        <translation>Ο κατάλογος δίνει στο %1 μια διεύθυνση από την οποία το Cloudy δεν μπορεί να κάνει λήψη (επιτρέπονται μόνο http και https): %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="207"/>
        <source>The catalog entry of %1 has no valid checksum or size.</source>
        <translation>Η καταχώριση του καταλόγου για το %1 δεν έχει έγκυρο άθροισμα ελέγχου ή μέγεθος.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="237"/>
        <location filename="../core/services/BundleFetcher.cpp" line="350"/>
        <location filename="../core/services/BundleFetcher.cpp" line="467"/>
        <source>Could not write the download of %1 to %2: %3</source>
        <translation>Δεν ήταν δυνατή η εγγραφή της λήψης του %1 στο %2: %3</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="314"/>
        <source>The server cannot resume the download of %1.</source>
        <translation>Ο διακομιστής δεν μπορεί να συνεχίσει τη λήψη του %1.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="331"/>
        <location filename="../core/services/BundleFetcher.cpp" line="424"/>
        <source>The server answered %1 (%2) to the download of %3.</source>
        <translation>Ο διακομιστής απάντησε %1 (%2) στη λήψη του %3.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="360"/>
        <source>The download of %1 is larger than the catalog says (%2 bytes). It was stopped and deleted; ask the microcloud&apos;s operators.</source>
        <translation>Η λήψη του %1 είναι μεγαλύτερη από όσο λέει ο κατάλογος (%2 bytes). Σταμάτησε και διαγράφηκε· ρωτήστε τους διαχειριστές του μικρο-νέφους.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="405"/>
        <source>the connection closed before the end</source>
        <translation>η σύνδεση έκλεισε πριν από το τέλος</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="417"/>
        <source>The download of %1 stalled: nothing arrived for %2 seconds. Try again: it will resume where it stopped.</source>
        <translation>Η λήψη του %1 κόλλησε: δεν έφτασε τίποτα για %2 δευτερόλεπτα. Δοκιμάστε ξανά: θα συνεχιστεί από εκεί που σταμάτησε.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="429"/>
        <source>The download of %1 was interrupted (%2). Try again: it will resume where it stopped.</source>
        <translation>Η λήψη του %1 διακόπηκε (%2). Δοκιμάστε ξανά: θα συνεχιστεί από εκεί που σταμάτησε.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="445"/>
        <source>The download of %1 ended early (%2 of %3 bytes). It was deleted; try again or ask the microcloud&apos;s operators.</source>
        <translation>Η λήψη του %1 τελείωσε πρόωρα (%2 από %3 bytes). Διαγράφηκε· δοκιμάστε ξανά ή ρωτήστε τους διαχειριστές του μικρο-νέφους.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="453"/>
        <source>The download of %1 was damaged (its checksum does not match the catalog). It was deleted; try again or ask the microcloud&apos;s operators.</source>
        <translation>Η λήψη του %1 ήταν κατεστραμμένη (το άθροισμα ελέγχου δεν ταιριάζει με τον κατάλογο). Διαγράφηκε· δοκιμάστε ξανά ή ρωτήστε τους διαχειριστές του μικρο-νέφους.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="494"/>
        <source>The download of %1 was cancelled.</source>
        <translation>Η λήψη του %1 ακυρώθηκε.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleInstaller</name>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="203"/>
        <source>Could not write &quot;%1&quot; of the bundle: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του &quot;%1&quot; του πακέτου: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="281"/>
        <source>The bundle&apos;s first member is &quot;%1&quot;, not manifest.json: this is not a service bundle.</source>
        <translation>Το πρώτο μέλος του πακέτου είναι το &quot;%1&quot;, όχι το manifest.json: αυτό δεν είναι πακέτο υπηρεσίας.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="287"/>
        <source>The bundle&apos;s manifest.json is larger than %1 KiB.</source>
        <translation>Το manifest.json του πακέτου είναι μεγαλύτερο από %1 KiB.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="292"/>
        <source>The bundle is damaged: its manifest.json cannot be read (%1).</source>
        <translation>Το πακέτο είναι κατεστραμμένο: το manifest.json του δεν μπορεί να διαβαστεί (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="302"/>
        <source>The bundle holds %1 %2 (%3), but the catalog offers %4 %5 (%6): the microcloud&apos;s catalog and its bundle do not match.</source>
        <translation>Το πακέτο περιέχει %1 %2 (%3), αλλά ο κατάλογος προσφέρει %4 %5 (%6): ο κατάλογος του μικρο-νέφους και το πακέτο του δεν ταιριάζουν.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="322"/>
        <source>The bundle contains a member with an empty name.</source>
        <translation>Το πακέτο περιέχει ένα μέλος με κενό όνομα.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="324"/>
        <source>The bundle contains &quot;%1&quot;, an absolute path.</source>
        <translation>Το πακέτο περιέχει το &quot;%1&quot;, μια απόλυτη διαδρομή.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="327"/>
        <source>The bundle contains &quot;%1&quot;, a path that leads out of it (&quot;..&quot;).</source>
        <translation>Το πακέτο περιέχει το &quot;%1&quot;, μια διαδρομή που βγαίνει έξω από αυτό (&quot;..&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="329"/>
        <source>The bundle contains &quot;%1&quot;, a malformed path.</source>
        <translation>Το πακέτο περιέχει το &quot;%1&quot;, μια κακοσχηματισμένη διαδρομή.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="335"/>
        <source>The bundle holds more members than its manifest says (%1); extraction stopped at &quot;%2&quot;.</source>
        <translation>Το πακέτο έχει περισσότερα μέλη από όσα λέει το μανιφέστο του (%1)· η εξαγωγή σταμάτησε στο &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="340"/>
        <source>The bundle contains &quot;%1&quot; twice.</source>
        <translation>Το πακέτο περιέχει το &quot;%1&quot; δύο φορές.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="346"/>
        <source>The bundle contains &quot;%1&quot;, which lies under a symbolic link or a file of the bundle.</source>
        <translation>Το πακέτο περιέχει το &quot;%1&quot;, που βρίσκεται κάτω από συμβολικό σύνδεσμο ή αρχείο του πακέτου.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="359"/>
        <source>The bundle contains the hard link &quot;%1&quot; to &quot;%2&quot;, which is not an earlier file of the bundle.</source>
        <translation>Το πακέτο περιέχει τον σκληρό σύνδεσμο &quot;%1&quot; προς το &quot;%2&quot;, που δεν είναι προηγούμενο αρχείο του πακέτου.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="370"/>
        <location filename="../core/services/BundleInstaller.cpp" line="444"/>
        <source>The bundle contains the symbolic link &quot;%1&quot; to &quot;%2&quot;, which leads out of the bundle.</source>
        <translation>Το πακέτο περιέχει τον συμβολικό σύνδεσμο &quot;%1&quot; προς το &quot;%2&quot;, που οδηγεί έξω από το πακέτο.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="375"/>
        <source>The bundle contains &quot;%1&quot;, a device node, FIFO or socket, which a bundle may not hold.</source>
        <translation>Το πακέτο περιέχει το &quot;%1&quot;, έναν κόμβο συσκευής, FIFO ή υποδοχή (socket), που ένα πακέτο δεν επιτρέπεται να περιέχει.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="381"/>
        <source>The bundle contains &quot;%1&quot; both as a directory and as a file or link.</source>
        <translation>Το πακέτο περιέχει το &quot;%1&quot; και ως κατάλογο και ως αρχείο ή σύνδεσμο.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="391"/>
        <location filename="../core/services/BundleInstaller.cpp" line="423"/>
        <source>The bundle holds more data than its manifest says (%1 bytes); extraction stopped at &quot;%2&quot;.</source>
        <translation>Το πακέτο έχει περισσότερα δεδομένα από όσα λέει το μανιφέστο του (%1 bytes)· η εξαγωγή σταμάτησε στο &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="416"/>
        <source>The bundle is damaged at &quot;%1&quot; (%2).</source>
        <translation>Το πακέτο είναι κατεστραμμένο στο &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="418"/>
        <location filename="../core/services/BundleInstaller.cpp" line="524"/>
        <source>The installation was cancelled.</source>
        <translation>Η εγκατάσταση ακυρώθηκε.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="466"/>
        <source>The bundle&apos;s manifest names &quot;%1&quot;, which the bundle does not contain.</source>
        <translation>Το μανιφέστο του πακέτου αναφέρει το &quot;%1&quot;, που το πακέτο δεν περιέχει.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="475"/>
        <source>Could not create the folder %1.</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του φακέλου %1.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="482"/>
        <source>Could not open the bundle %1: %2</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα του πακέτου %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="489"/>
        <source>Out of memory.</source>
        <translation>Η μνήμη εξαντλήθηκε.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="501"/>
        <location filename="../core/services/BundleInstaller.cpp" line="515"/>
        <source>The file is not a service bundle (%1).</source>
        <translation>Το αρχείο δεν είναι πακέτο υπηρεσίας (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="506"/>
        <source>Could not create a temporary folder in %1: %2</source>
        <translation>Δεν ήταν δυνατή η δημιουργία προσωρινού φακέλου στο %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="517"/>
        <source>The bundle is empty.</source>
        <translation>Το πακέτο είναι κενό.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="539"/>
        <source>The bundle is damaged (%1).</source>
        <translation>Το πακέτο είναι κατεστραμμένο (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="552"/>
        <source>Could not put the new bundle in place in %1: %2</source>
        <translation>Δεν ήταν δυνατή η τοποθέτηση του νέου πακέτου στη θέση του στο %1: %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleManifest</name>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="56"/>
        <source>The bundle&apos;s manifest is larger than %1 KiB.</source>
        <translation>Το μανιφέστο του πακέτου είναι μεγαλύτερο από %1 KiB.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="61"/>
        <source>The bundle&apos;s manifest is not valid JSON (%1).</source>
        <translation>Το μανιφέστο του πακέτου δεν είναι έγκυρο JSON (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="67"/>
        <source>The bundle&apos;s manifest has no &quot;format&quot;.</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει &quot;format&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="71"/>
        <source>The bundle uses format %1, which this version of Cloudy does not know. Update Cloudy Desktop to install it.</source>
        <translation>Το πακέτο χρησιμοποιεί τη μορφή %1, την οποία αυτή η έκδοση του Cloudy δεν γνωρίζει. Ενημερώστε το Cloudy Desktop για να το εγκαταστήσετε.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="79"/>
        <source>The bundle&apos;s manifest has no valid &quot;id&quot; (lower-case letters, digits and dashes, at most 63).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;id&quot; (πεζά γράμματα, ψηφία και παύλες, έως 63).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="83"/>
        <source>The bundle&apos;s manifest has no valid &quot;version&quot;.</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;version&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="92"/>
        <source>The bundle&apos;s manifest has no valid &quot;qemu.kernel&quot; (a path inside the bundle).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;qemu.kernel&quot; (μια διαδρομή μέσα στο πακέτο).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="95"/>
        <source>The bundle&apos;s manifest has no valid &quot;qemu.initrd&quot; (a path inside the bundle).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;qemu.initrd&quot; (μια διαδρομή μέσα στο πακέτο).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="98"/>
        <source>The bundle&apos;s manifest has an invalid &quot;qemu.disk&quot; (a path inside the bundle).</source>
        <translation>Το μανιφέστο του πακέτου έχει μη έγκυρο &quot;qemu.disk&quot; (μια διαδρομή μέσα στο πακέτο).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="105"/>
        <source>The bundle&apos;s manifest has no valid &quot;lxc.rootfs&quot; (a directory inside the bundle).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;lxc.rootfs&quot; (έναν κατάλογο μέσα στο πακέτο).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="108"/>
        <source>The bundle&apos;s manifest has no valid &quot;lxc.init&quot; (an absolute path inside the root filesystem).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;lxc.init&quot; (μια απόλυτη διαδρομή μέσα στο ριζικό σύστημα αρχείων).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="111"/>
        <source>The bundle&apos;s manifest has no valid &quot;kind&quot; (&quot;qemu&quot; or &quot;lxc&quot;).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;kind&quot; (&quot;qemu&quot; ή &quot;lxc&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="119"/>
        <source>The bundle&apos;s manifest has no valid &quot;contents.files&quot; (a whole number).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;contents.files&quot; (έναν ακέραιο αριθμό).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="121"/>
        <source>The bundle&apos;s manifest has no valid &quot;contents.bytes&quot; (a whole number).</source>
        <translation>Το μανιφέστο του πακέτου δεν έχει έγκυρο &quot;contents.bytes&quot; (έναν ακέραιο αριθμό).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::Catalog</name>
    <message>
        <location filename="../core/services/Catalog.cpp" line="85"/>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Λείπει το &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="94"/>
        <source>&quot;%1&quot; must be text of at most %2 characters, without control characters.</source>
        <translation>Το &quot;%1&quot; πρέπει να είναι κείμενο έως %2 χαρακτήρων, χωρίς χαρακτήρες ελέγχου.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="108"/>
        <source>number %1</source>
        <translation>αριθμός %1</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="117"/>
        <source>&quot;ports&quot; must be a list of at most %1 ports.</source>
        <translation>Το &quot;ports&quot; πρέπει να είναι λίστα έως %1 θυρών.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="128"/>
        <source>Every port needs a &quot;name&quot; of 1 to 32 characters a-z, 0-9 and &quot;-&quot;.</source>
        <translation>Κάθε θύρα χρειάζεται ένα &quot;name&quot; από 1 έως 32 χαρακτήρες a-z, 0-9 και &quot;-&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="132"/>
        <source>Two ports are named &quot;%1&quot;.</source>
        <translation>Δύο θύρες ονομάζονται &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="139"/>
        <source>The &quot;guestPort&quot; of port &quot;%1&quot; must be a whole number from 1 to 65535.</source>
        <translation>Το &quot;guestPort&quot; της θύρας &quot;%1&quot; πρέπει να είναι ακέραιος από 1 έως 65535.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="147"/>
        <source>The &quot;protocol&quot; of port &quot;%1&quot; must be &quot;tcp&quot; or &quot;udp&quot;.</source>
        <translation>Το &quot;protocol&quot; της θύρας &quot;%1&quot; πρέπει να είναι &quot;tcp&quot; ή &quot;udp&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="152"/>
        <source>The &quot;http&quot; of port &quot;%1&quot; must be true or false.</source>
        <translation>Το &quot;http&quot; της θύρας &quot;%1&quot; πρέπει να είναι true ή false.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="157"/>
        <source>Port &quot;%1&quot; is marked &quot;http&quot; but is not tcp.</source>
        <translation>Η θύρα &quot;%1&quot; έχει σημανθεί ως &quot;http&quot; αλλά δεν είναι tcp.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="169"/>
        <source>&quot;readiness&quot; is missing: say how Cloudy knows the service is ready.</source>
        <translation>Λείπει το &quot;readiness&quot;: πείτε πώς το Cloudy καταλαβαίνει ότι η υπηρεσία είναι έτοιμη.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="177"/>
        <source>&quot;readiness&quot; must have exactly one of &quot;consoleLine&quot; and &quot;port&quot;.</source>
        <translation>Το &quot;readiness&quot; πρέπει να έχει ακριβώς ένα από τα &quot;consoleLine&quot; και &quot;port&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="185"/>
        <source>&quot;readiness.consoleLine&quot; must be text of 1 to 200 characters, on one line.</source>
        <translation>Το &quot;readiness.consoleLine&quot; πρέπει να είναι κείμενο από 1 έως 200 χαρακτήρες, σε μία γραμμή.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="195"/>
        <source>&quot;readiness.port&quot; must be the name of one of the service&apos;s tcp ports.</source>
        <translation>Το &quot;readiness.port&quot; πρέπει να είναι το όνομα μίας από τις θύρες tcp της υπηρεσίας.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="204"/>
        <source>&quot;readiness.timeoutSeconds&quot; must be a whole number from 1 to 3600.</source>
        <translation>Το &quot;readiness.timeoutSeconds&quot; πρέπει να είναι ακέραιος από 1 έως 3600.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="219"/>
        <source>&quot;bundle.url&quot; must be a URL.</source>
        <translation>Το &quot;bundle.url&quot; πρέπει να είναι URL.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="225"/>
        <source>&quot;bundle.url&quot; is relative, but the catalog&apos;s own URL is not known to resolve it.</source>
        <translation>Το &quot;bundle.url&quot; είναι σχετικό, αλλά το URL του ίδιου του καταλόγου δεν είναι γνωστό για να επιλυθεί.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="235"/>
        <source>&quot;bundle.url&quot; must lead to an http or https address (it leads to %1).</source>
        <translation>Το &quot;bundle.url&quot; πρέπει να οδηγεί σε διεύθυνση http ή https (οδηγεί σε %1).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="242"/>
        <source>&quot;bundle.sha256&quot; must be 64 hexadecimal digits.</source>
        <translation>Το &quot;bundle.sha256&quot; πρέπει να είναι 64 δεκαεξαδικά ψηφία.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="249"/>
        <source>&quot;bundle.size&quot; must be the size of the bundle in bytes, a whole number.</source>
        <translation>Το &quot;bundle.size&quot; πρέπει να είναι το μέγεθος του πακέτου σε bytes, ακέραιος αριθμός.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="264"/>
        <source>The catalog is %1 bytes long; Cloudy reads catalogs of at most 1 MiB.</source>
        <translation>Ο κατάλογος έχει μέγεθος %1 bytes· το Cloudy διαβάζει καταλόγους έως 1 MiB.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="267"/>
        <source>The catalog is not UTF-8 text.</source>
        <translation>Ο κατάλογος δεν είναι κείμενο UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="272"/>
        <source>The catalog is not valid JSON: %1 (at byte %2).</source>
        <translation>Ο κατάλογος δεν είναι έγκυρο JSON: %1 (στο byte %2).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="277"/>
        <source>The catalog is not a JSON object with a publisher and a list of services.</source>
        <translation>Ο κατάλογος δεν είναι αντικείμενο JSON με εκδότη και λίστα υπηρεσιών.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="288"/>
        <source>The catalog&apos;s &quot;publicKey&quot; is not an Ed25519 public key (32 bytes in base64).</source>
        <translation>Το &quot;publicKey&quot; του καταλόγου δεν είναι δημόσιο κλειδί Ed25519 (32 bytes σε base64).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="303"/>
        <source>The catalog does not say which format it uses (&quot;format&quot; is missing).</source>
        <translation>Ο κατάλογος δεν λέει ποια μορφή χρησιμοποιεί (λείπει το &quot;format&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="308"/>
        <source>The catalog uses format %1, which this version of Cloudy does not know (it reads format %2). A newer Cloudy Desktop may read it.</source>
        <translation>Ο κατάλογος χρησιμοποιεί τη μορφή %1, την οποία αυτή η έκδοση του Cloudy δεν γνωρίζει (διαβάζει τη μορφή %2). Μια νεότερη έκδοση του Cloudy Desktop ίσως τον διαβάζει.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="317"/>
        <source>The catalog does not name its publisher (&quot;publisher&quot;, at most %1 characters).</source>
        <translation>Ο κατάλογος δεν αναφέρει τον εκδότη του (&quot;publisher&quot;, έως %1 χαρακτήρες).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="329"/>
        <source>The catalog&apos;s &quot;generated&quot; is not a date and time like 2026-11-26T02:00:00Z.</source>
        <translation>Το &quot;generated&quot; του καταλόγου δεν είναι ημερομηνία και ώρα όπως 2026-11-26T02:00:00Z.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="333"/>
        <source>The catalog has no list of services (&quot;services&quot;).</source>
        <translation>Ο κατάλογος δεν έχει λίστα υπηρεσιών (&quot;services&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="341"/>
        <source>It is not a JSON object.</source>
        <translation>Δεν είναι αντικείμενο JSON.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="346"/>
        <source>An earlier service has the same id.</source>
        <translation>Μια προηγούμενη υπηρεσία έχει το ίδιο αναγνωριστικό.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="349"/>
        <source>Service %1 was left out: %2</source>
        <translation>Η υπηρεσία %1 παραλείφθηκε: %2</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="394"/>
        <source>&quot;id&quot; must be 1 to 63 characters a-z, 0-9 and &quot;-&quot;, starting with a letter or digit.</source>
        <translation>Το &quot;id&quot; πρέπει να έχει 1 έως 63 χαρακτήρες a-z, 0-9 και &quot;-&quot;, και να ξεκινά με γράμμα ή ψηφίο.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="424"/>
        <source>&quot;bundle&quot; must be an object with url, sha256 and size, or null.</source>
        <translation>Το &quot;bundle&quot; πρέπει να είναι αντικείμενο με url, sha256 και size, ή null.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="430"/>
        <source>&quot;kind&quot; must be &quot;qemu&quot; or &quot;lxc&quot;.</source>
        <translation>Το &quot;kind&quot; πρέπει να είναι &quot;qemu&quot; ή &quot;lxc&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="437"/>
        <source>&quot;resources&quot; is missing: say how many CPUs and how much memory it needs.</source>
        <translation>Λείπει το &quot;resources&quot;: πείτε πόσες CPU και πόση μνήμη χρειάζεται.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="441"/>
        <source>&quot;resources.vcpus&quot; must be a whole number from 1 to 64.</source>
        <translation>Το &quot;resources.vcpus&quot; πρέπει να είναι ακέραιος από 1 έως 64.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="444"/>
        <source>&quot;resources.memoryMiB&quot; must be a whole number from 16 to 65536.</source>
        <translation>Το &quot;resources.memoryMiB&quot; πρέπει να είναι ακέραιος από 16 έως 65536.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="449"/>
        <source>&quot;resources.diskMiB&quot; must be a whole number from 0 to 1048576.</source>
        <translation>Το &quot;resources.diskMiB&quot; πρέπει να είναι ακέραιος από 0 έως 1048576.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="500"/>
        <source>The catalog&apos;s signature (index.json.sig) is empty.</source>
        <translation>Η υπογραφή του καταλόγου (index.json.sig) είναι κενή.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="504"/>
        <source>The catalog&apos;s signature (index.json.sig) is damaged: it is not one line of 88 base64 characters.</source>
        <translation>Η υπογραφή του καταλόγου (index.json.sig) είναι κατεστραμμένη: δεν είναι μία γραμμή 88 χαρακτήρων base64.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="509"/>
        <source>The catalog&apos;s signature does not match its contents: it was changed after it was signed, or is damaged.</source>
        <translation>Η υπογραφή του καταλόγου δεν ταιριάζει με το περιεχόμενό του: άλλαξε μετά την υπογραφή ή είναι κατεστραμμένος.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogFetcher</name>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="92"/>
        <source>Catalogs are fetched over http or https only, not from %1.</source>
        <translation>Οι κατάλογοι λαμβάνονται μόνο μέσω http ή https, όχι από %1.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="115"/>
        <source>%1 is larger than %2 bytes; Cloudy does not read it.</source>
        <translation>Το %1 είναι μεγαλύτερο από %2 bytes· το Cloudy δεν το διαβάζει.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/CatalogFetcher.cpp" line="141"/>
        <source>The server of %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Ο διακομιστής του %1 δεν απάντησε μέσα σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Ο διακομιστής του %1 δεν απάντησε μέσα σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="155"/>
        <source>%1 is too large; Cloudy does not read it.</source>
        <translation>Το %1 είναι πολύ μεγάλο· το Cloudy δεν το διαβάζει.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="161"/>
        <source>the server answered %1</source>
        <translation>ο διακομιστής απάντησε %1</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="166"/>
        <source>Cannot download the catalog&apos;s signature %1: %2.</source>
        <translation>Δεν είναι δυνατή η λήψη της υπογραφής του καταλόγου %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="168"/>
        <source>Cannot download the catalog %1: %2.</source>
        <translation>Δεν είναι δυνατή η λήψη του καταλόγου %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="173"/>
        <source>%1 redirected to %2, which is not an http or https address.</source>
        <translation>Το %1 ανακατεύθυνε στο %2, που δεν είναι διεύθυνση http ή https.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="280"/>
        <source>There is no saved copy of the catalog %1.</source>
        <translation>Δεν υπάρχει αποθηκευμένο αντίγραφο του καταλόγου %1.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="290"/>
        <source>The saved copy of the catalog %1 is no longer trusted.</source>
        <translation>Το αποθηκευμένο αντίγραφο του καταλόγου %1 δεν είναι πλέον έμπιστο.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="299"/>
        <source>Only a verified catalog can be trusted.</source>
        <translation>Μόνο ένας επαληθευμένος κατάλογος μπορεί να γίνει έμπιστος.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogRegistry</name>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="55"/>
        <source>The list of added catalogs in %1 cannot be read; move the file away and add the catalogs again.</source>
        <translation>Η λίστα των καταλόγων που προσθέσατε στο %1 δεν μπορεί να διαβαστεί· μετακινήστε το αρχείο αλλού και προσθέστε ξανά τους καταλόγους.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="115"/>
        <source>Cannot save the list of added catalogs in %1: %2.</source>
        <translation>Δεν είναι δυνατή η αποθήκευση της λίστας των καταλόγων που προσθέσατε στο %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="126"/>
        <source>&quot;%1&quot; is not the http or https address of a catalog, like https://node1.example.guifi.net/cloudy/index.json.</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση http ή https καταλόγου, όπως https://node1.example.guifi.net/cloudy/index.json.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogTrust</name>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="75"/>
        <source>Cannot read the trusted catalog keys in %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των έμπιστων κλειδιών καταλόγων στο %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="86"/>
        <location filename="../core/services/CatalogTrust.cpp" line="103"/>
        <source>The trusted catalog keys in %1 are damaged. Move the file away to start again (you will be asked to trust each catalog again).</source>
        <translation>Τα έμπιστα κλειδιά καταλόγων στο %1 είναι κατεστραμμένα. Μετακινήστε το αρχείο αλλού για να ξεκινήσετε από την αρχή (θα σας ζητηθεί να εμπιστευτείτε ξανά κάθε κατάλογο).</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="153"/>
        <source>That is not an Ed25519 public key.</source>
        <translation>Αυτό δεν είναι δημόσιο κλειδί Ed25519.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="185"/>
        <source>Cannot save the trusted catalog keys in %1: %2.</source>
        <translation>Δεν είναι δυνατή η αποθήκευση των έμπιστων κλειδιών καταλόγων στο %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="194"/>
        <source>The catalog of %1 is now signed by a different key (fingerprint %2) than the one you trusted (%3). It may have been tampered with; ask the microcloud&apos;s operators before trusting the new key.</source>
        <translation>Ο κατάλογος του %1 υπογράφεται τώρα από διαφορετικό κλειδί (αποτύπωμα %2) από αυτό που εμπιστευτήκατε (%3). Ίσως έχει αλλοιωθεί· ρωτήστε τους διαχειριστές του μικρο-νέφους πριν εμπιστευτείτε το νέο κλειδί.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::ServiceCatalogModel</name>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="63"/>
        <source>%1 vCPU</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="63"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="64"/>
        <source>%1 MiB disk</source>
        <translation>%1 MiB δίσκου</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="80"/>
        <source>Downloading %1 of %2</source>
        <translation>Λήψη %1 από %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="81"/>
        <source>Downloading %1</source>
        <translation>Λήψη %1</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="84"/>
        <source>Unpacking</source>
        <translation>Αποσυμπίεση</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="86"/>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="97"/>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="180"/>
        <source>Starting</source>
        <translation>Ξεκινά</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="95"/>
        <source>Stopped</source>
        <translation>Σταματημένη</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="99"/>
        <source>Running</source>
        <translation>Εκτελείται</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="101"/>
        <source>Not responding</source>
        <translation>Δεν αποκρίνεται</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="103"/>
        <source>Stopping</source>
        <translation>Σταματά</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="105"/>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="148"/>
        <source>Installed here; no catalog offers it now</source>
        <translation>Εγκατεστημένη εδώ· κανένας κατάλογος δεν την προσφέρει τώρα</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="150"/>
        <source>Offered by microclouds; not installable from here yet</source>
        <translation>Προσφέρεται από μικρο-νέφη· δεν μπορεί ακόμη να εγκατασταθεί από εδώ</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="153"/>
        <source>Offered by microcloud %1 (catalog of %2)</source>
        <translation>Προσφέρεται από το μικρο-νέφος %1 (κατάλογος του %2)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="154"/>
        <source>From the catalog of %1 at %2</source>
        <translation>Από τον κατάλογο του %1 στο %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="180"/>
        <source>Installing</source>
        <translation>Εγκαθίσταται</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="182"/>
        <source>Not installed</source>
        <translation>Μη εγκατεστημένη</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="183"/>
        <source>Not installable</source>
        <translation>Δεν μπορεί να εγκατασταθεί</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="209"/>
        <source>%1 %2 → 127.0.0.1:%3 (%4)</source>
        <translation>%1 %2 → 127.0.0.1:%3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="215"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="226"/>
        <source>Using now: CPU %1 % of a core · %2 memory</source>
        <translation>Χρήση τώρα: CPU %1 % ενός πυρήνα · %2 μνήμης</translation>
    </message>
</context>
<context>
    <name>Cloudy::SettingsValidation</name>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="27"/>
        <source>&quot;%1&quot; is not a libvirt address Cloudy can use. Examples: qemu:///session, qemu:///system, lxc:///system.</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση libvirt που μπορεί να χρησιμοποιήσει το Cloudy. Παραδείγματα: qemu:///session, qemu:///system, lxc:///system.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="41"/>
        <source>&quot;%1&quot; is not a ledger address. Use http:// or https:// followed by the ledger&apos;s host and port, e.g. https://ledger.example.net:8443.</source>
        <translation>Το &quot;%1&quot; δεν είναι διεύθυνση καθολικού. Χρησιμοποιήστε http:// ή https:// ακολουθούμενο από τον υπολογιστή και τη θύρα του καθολικού, π.χ. https://ledger.example.net:8443.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="45"/>
        <source>A ledger address has no &quot;?&quot; or &quot;#&quot; part.</source>
        <translation>Μια διεύθυνση καθολικού δεν έχει τμήμα &quot;?&quot; ή &quot;#&quot;.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="62"/>
        <source>A pin is the SHA-256 of the ledger&apos;s public key: 64 hexadecimal digits, as its operator publishes them.</source>
        <translation>Το καρφίτσωμα είναι το SHA-256 του δημόσιου κλειδιού του καθολικού: 64 δεκαεξαδικά ψηφία, όπως τα δημοσιεύει ο διαχειριστής του.</translation>
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
        <location filename="../core/sharing/PolicyFile.cpp" line="281"/>
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
        <location filename="../core/sharing/PolicyFile.cpp" line="237"/>
        <source>It was written by a newer Cloudy Desktop (format version %1; this one reads up to %2). Update Cloudy Desktop to use it.</source>
        <translation>Γράφτηκε από νεότερο Cloudy Desktop (έκδοση μορφής %1· αυτό διαβάζει έως %2). Ενημερώστε το Cloudy Desktop για να τη χρησιμοποιήσετε.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="246"/>
        <source>“qemu” or “lxc”</source>
        <translation>«qemu» ή «lxc»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="253"/>
        <source>“always”, “idle” or “schedule”</source>
        <translation>«always», «idle» ή «schedule»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="259"/>
        <source>“suspend” or “profile”</source>
        <translation>«suspend» ή «profile»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="271"/>
        <source>a date and time such as 2024-05-01T10:00:00Z, or null</source>
        <translation>μια ημερομηνία και ώρα όπως 2024-05-01T10:00:00Z, ή null</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="276"/>
        <source>a list</source>
        <translation>μια λίστα</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="307"/>
        <source>There is no sharing policy in %1 yet.</source>
        <translation>Δεν υπάρχει ακόμη πολιτική κοινής χρήσης στο %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="310"/>
        <source>Cannot read the sharing policy %1: %2. Check the file&apos;s permissions.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της πολιτικής κοινής χρήσης %1: %2. Ελέγξτε τα δικαιώματα του αρχείου.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="315"/>
        <source>The sharing policy %1 cannot be used: %2</source>
        <translation>Η πολιτική κοινής χρήσης %1 δεν μπορεί να χρησιμοποιηθεί: %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="333"/>
        <source>Sharing uses the default settings; the file was kept as %1.</source>
        <translation>Η κοινή χρήση χρησιμοποιεί τις προεπιλεγμένες ρυθμίσεις· το αρχείο κρατήθηκε ως %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="335"/>
        <source>Sharing uses the default settings.</source>
        <translation>Η κοινή χρήση χρησιμοποιεί τις προεπιλεγμένες ρυθμίσεις.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="346"/>
        <source>Cannot create the folder %1 for the sharing policy; check its permissions.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου %1 για την πολιτική κοινής χρήσης· ελέγξτε τα δικαιώματά του.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="351"/>
        <location filename="../core/sharing/PolicyFile.cpp" line="357"/>
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
        <location filename="../core/sharing/SharingDecision.cpp" line="58"/>
        <source>Unavailable: the profile %1 does not exist; choose an existing profile in the sharing settings.</source>
        <translation>Μη διαθέσιμο: το προφίλ %1 δεν υπάρχει· επιλέξτε ένα υπάρχον προφίλ στις ρυθμίσεις κοινής χρήσης.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="72"/>
        <location filename="../core/sharing/SharingDecision.cpp" line="95"/>
        <source>Sharing: %1</source>
        <translation>Κοινή χρήση: %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="81"/>
        <source>Paused: the schedule has no sharing until %1</source>
        <translation>Σε παύση: το πρόγραμμα δεν έχει κοινή χρήση έως %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="82"/>
        <source>Paused: the schedule has no sharing</source>
        <translation>Σε παύση: το πρόγραμμα δεν έχει κοινή χρήση</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="89"/>
        <source>Sharing: %1 (profile %2)</source>
        <translation>Κοινή χρήση: %1 (προφίλ %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="99"/>
        <source>Paused: you are using the computer</source>
        <translation>Σε παύση: χρησιμοποιείτε τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="105"/>
        <source>Sharing: %1 while you use the computer (profile %2)</source>
        <translation>Κοινή χρήση: %1 όσο χρησιμοποιείτε τον υπολογιστή (προφίλ %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="112"/>
        <source>Paused: checking whether you are using the computer</source>
        <translation>Σε παύση: έλεγχος αν χρησιμοποιείτε τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="116"/>
        <source> (tried %1)</source>
        <translation> (δοκιμάστηκε %1)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="119"/>
        <source>Unavailable: Cloudy cannot tell whether you are using the computer — no idle-time service answered on the D-Bus session or system bus%1. Share “always” or on a schedule instead, or run Cloudy inside your desktop session (KDE, GNOME and systemd-logind provide the idle time).</source>
        <translation>Μη διαθέσιμο: το Cloudy δεν μπορεί να ξέρει αν χρησιμοποιείτε τον υπολογιστή — καμία υπηρεσία χρόνου αδράνειας δεν απάντησε στον δίαυλο συνεδρίας ή συστήματος του D-Bus%1. Μοιραστείτε «πάντα» ή με πρόγραμμα, ή εκτελέστε το Cloudy μέσα στη συνεδρία της επιφάνειας εργασίας σας (το KDE, το GNOME και το systemd-logind παρέχουν τον χρόνο αδράνειας).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="128"/>
        <source>Unavailable: unknown sharing mode</source>
        <translation>Μη διαθέσιμο: άγνωστη λειτουργία κοινής χρήσης</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="156"/>
        <source>Off</source>
        <translation>Ανενεργή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="174"/>
        <source>Paused until %1 (you paused sharing)</source>
        <translation>Σε παύση έως %1 (θέσατε σε παύση την κοινή χρήση)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="176"/>
        <source>Paused: on battery</source>
        <translation>Σε παύση: με μπαταρία</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="71"/>
        <source>%1Share at least 1 core (%2 is not a number of cores).</source>
        <translation>%1Μοιραστείτε τουλάχιστον 1 πυρήνα (το %2 δεν είναι αριθμός πυρήνων).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="76"/>
        <source>%1The CPU limit is a share of the shared cores&apos; time, between 1 % and 100 %; %2 % is not.</source>
        <translation>%1Το όριο CPU είναι μερίδιο του χρόνου των κοινόχρηστων πυρήνων, μεταξύ 1 % και 100 %· το %2 % δεν είναι.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="81"/>
        <source>%1Share at least %2 MiB of memory; a guest cannot start with less.</source>
        <translation>%1Μοιραστείτε τουλάχιστον %2 MiB μνήμης· ένας επισκέπτης δεν μπορεί να ξεκινήσει με λιγότερα.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="90"/>
        <source>%1You have %2; at most %3 can be shared.</source>
        <translation>%1Έχετε %2· το πολύ %3 μπορούν να μοιραστούν.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="96"/>
        <source>%1 always stays for this computer</source>
        <translation>%1 μένει πάντα για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="97"/>
        <source>10 % of it, %1, stays for this computer</source>
        <translation>το 10 %, %1, μένει για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="101"/>
        <source>%1This computer has %2 of memory and %3, so none can be shared.</source>
        <translation>%1Αυτός ο υπολογιστής έχει %2 μνήμης και %3, οπότε δεν μπορεί να μοιραστεί καθόλου.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="105"/>
        <source>%1You have %2 of memory; at most %3 can be shared (%4).</source>
        <translation>%1Έχετε %2 μνήμης· το πολύ %3 μπορούν να μοιραστούν (%4).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="270"/>
        <source>Choose the microcloud to share with (the Nearby page lists them) before switching sharing on.</source>
        <translation>Επιλέξτε το μικρο-νέφος με το οποίο θα μοιραστείτε (η σελίδα Κοντά τα εμφανίζει) πριν ενεργοποιήσετε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="275"/>
        <source>Choose what the contribution node runs (an image of the microcloud&apos;s catalog or a service bundle) before switching sharing on.</source>
        <translation>Επιλέξτε τι εκτελεί ο κόμβος συνεισφοράς (μια εικόνα του καταλόγου του μικρο-νέφους ή ένα πακέτο υπηρεσίας) πριν ενεργοποιήσετε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="282"/>
        <source>Share at least %1 GiB of disk.</source>
        <translation>Μοιραστείτε τουλάχιστον %1 GiB δίσκου.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="287"/>
        <source>The computer must be idle for between 1 minute and 24 hours before sharing starts; %1 minutes is not possible.</source>
        <translation>Ο υπολογιστής πρέπει να είναι αδρανής από 1 λεπτό έως 24 ώρες πριν ξεκινήσει η κοινή χρήση· %1 λεπτά δεν είναι δυνατό.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="293"/>
        <source>The grace period for activity must be between 0 seconds and 1 hour; %1 seconds is not possible.</source>
        <translation>Η περίοδος χάριτος για τη δραστηριότητα πρέπει να είναι από 0 δευτερόλεπτα έως 1 ώρα· %1 δευτερόλεπτα δεν είναι δυνατό.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="304"/>
        <source>The profile %1 has no id; give it one (e.g. “night”).</source>
        <translation>Το προφίλ %1 δεν έχει αναγνωριστικό· δώστε του ένα (π.χ. «νύχτα»).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="309"/>
        <source>Two profiles have the id %1; give each a different one.</source>
        <translation>Δύο προφίλ έχουν το αναγνωριστικό %1· δώστε διαφορετικό σε καθένα.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="313"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="358"/>
        <source>Profile %1: </source>
        <translation>Προφίλ %1: </translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="321"/>
        <source>Choose the profile that runs while you use the computer, or suspend sharing then instead.</source>
        <translation>Επιλέξτε το προφίλ που εκτελείται όσο χρησιμοποιείτε τον υπολογιστή, ή αναστείλετε τότε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="323"/>
        <source>The profile %1 chosen for while you use the computer does not exist; choose an existing profile or suspend sharing then instead.</source>
        <translation>Το προφίλ %1 που επιλέχθηκε για όσο χρησιμοποιείτε τον υπολογιστή δεν υπάρχει· επιλέξτε ένα υπάρχον προφίλ ή αναστείλετε τότε την κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="337"/>
        <source>The schedule uses the profile %1 (first on %2), which does not exist; choose an existing profile for those times or create it.</source>
        <translation>Το πρόγραμμα χρησιμοποιεί το προφίλ %1 (πρώτα την %2), που δεν υπάρχει· επιλέξτε υπάρχον προφίλ για εκείνες τις ώρες ή δημιουργήστε το.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="344"/>
        <source>The schedule never shares; give at least one half-hour a profile, or choose another mode.</source>
        <translation>Το πρόγραμμα δεν μοιράζεται ποτέ· δώστε προφίλ σε τουλάχιστον ένα μισάωρο, ή επιλέξτε άλλη λειτουργία.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="364"/>
        <source>%1 (the minimum) must stay free for this computer</source>
        <translation>%1 (το ελάχιστο) πρέπει να μένει ελεύθερο για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="366"/>
        <source>10 % of the disk (%1) must stay free for this computer</source>
        <translation>το 10 % του δίσκου (%1) πρέπει να μένει ελεύθερο για αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="371"/>
        <source>The disk holding %1 has %2 free and %3, so no disk can be shared; free some space or keep the contribution on another disk.</source>
        <translation>Ο δίσκος που περιέχει το %1 έχει %2 ελεύθερα και %3, οπότε δεν μπορεί να μοιραστεί καθόλου δίσκος· ελευθερώστε χώρο ή κρατήστε τη συνεισφορά σε άλλο δίσκο.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="377"/>
        <source>The disk holding %1 has %2 free; at most %3 GiB can be shared, since %4.</source>
        <translation>Ο δίσκος που περιέχει το %1 έχει %2 ελεύθερα· το πολύ %3 GiB μπορούν να μοιραστούν, αφού %4.</translation>
    </message>
</context>
<context>
    <name>Cloudy::SingleInstance</name>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="67"/>
        <source>Cannot create the lock file %1 (the folder is not writable?).</source>
        <translation>Δεν είναι δυνατή η δημιουργία του αρχείου κλειδώματος %1 (ο φάκελος δεν είναι εγγράψιμος;).</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="83"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Δεν είναι δυνατή η ακρόαση στο %1: %2</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="112"/>
        <source>it did not answer</source>
        <translation>δεν απάντησε</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="118"/>
        <source>Another Cloudy Desktop is running but could not be reached (%1).</source>
        <translation>Εκτελείται ήδη άλλο Cloudy Desktop αλλά δεν ήταν δυνατή η επικοινωνία μαζί του (%1).</translation>
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
        <location filename="../core/virt/Domain.cpp" line="48"/>
        <source>No guest is selected (look it up first).</source>
        <translation>Δεν έχει επιλεγεί επισκέπτης (αναζητήστε τον πρώτα).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="248"/>
        <source>%1: applies on the next start (%2)</source>
        <translation>%1: εφαρμόζεται στην επόμενη εκκίνηση (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="251"/>
        <source>%1: not applied (%2)</source>
        <translation>%1: δεν εφαρμόστηκε (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="315"/>
        <source>Could not read the state of %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της κατάστασης του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="327"/>
        <source>Could not read the definition of %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του ορισμού του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="337"/>
        <source>Could not start %1</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="346"/>
        <source>Could not ask %1 to shut down</source>
        <translation>Δεν ήταν δυνατό να ζητηθεί από το %1 να τερματιστεί</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="355"/>
        <source>Could not stop %1</source>
        <translation>Δεν ήταν δυνατή η διακοπή του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="364"/>
        <source>Could not pause %1</source>
        <translation>Δεν ήταν δυνατή η παύση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="373"/>
        <source>Could not resume %1</source>
        <translation>Δεν ήταν δυνατή η συνέχιση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="396"/>
        <source>Could not remove the definition of %1</source>
        <translation>Δεν ήταν δυνατή η αφαίρεση του ορισμού του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="414"/>
        <source>Could not raise the vCPU maximum of %1 to %2</source>
        <translation>Δεν ήταν δυνατή η αύξηση του μέγιστου vCPU του %1 σε %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="418"/>
        <source>Could not set %1 vCPUs on %2</source>
        <translation>Δεν ήταν δυνατός ο ορισμός %1 vCPU στο %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="438"/>
        <source>Could not set the memory of %1 to %2 MiB</source>
        <translation>Δεν ήταν δυνατός ο ορισμός της μνήμης του %1 σε %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="449"/>
        <source>Could not set the maximum memory of %1 to %2 MiB</source>
        <translation>Δεν ήταν δυνατός ο ορισμός της μέγιστης μνήμης του %1 σε %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="521"/>
        <location filename="../core/virt/Domain.cpp" line="539"/>
        <source>Could not read the CPU scheduler settings of %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των ρυθμίσεων του χρονοπρογραμματιστή CPU του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="553"/>
        <source>The %1 driver has no CPU scheduler setting &quot;%2&quot; (it has: %3).</source>
        <translation>Ο οδηγός %1 δεν έχει ρύθμιση χρονοπρογραμματιστή CPU &quot;%2&quot; (έχει: %3).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="578"/>
        <source>Could not prepare %1</source>
        <translation>Δεν ήταν δυνατή η προετοιμασία του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="589"/>
        <source>Could not change the CPU limits of %1</source>
        <translation>Δεν ήταν δυνατή η αλλαγή των ορίων CPU του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="606"/>
        <source>A %1 % cap is too small for a %2 µs period: the quota must be at least 1000 µs.</source>
        <translation>Ένα όριο %1 % είναι πολύ μικρό για περίοδο %2 µs: το μερίδιο πρέπει να είναι τουλάχιστον 1000 µs.</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="636"/>
        <source>the guest is not running</source>
        <translation>ο επισκέπτης δεν εκτελείται</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="641"/>
        <source>no guest</source>
        <translation>κανένας επισκέπτης</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="680"/>
        <source>Could not store Cloudy&apos;s data in %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση των δεδομένων του Cloudy στο %1</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="109"/>
        <source>Could not sample the guests&apos; usage</source>
        <translation>Δεν ήταν δυνατή η δειγματοληψία της χρήσης των επισκεπτών</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="126"/>
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
        <location filename="../core/virt/DomainXml.cpp" line="71"/>
        <source>The guest %1 asks for %2 vCPUs (maximum %3): use 1 to 255, and no more than the maximum.</source>
        <translation>Ο επισκέπτης %1 ζητά %2 vCPU (μέγιστο %3): χρησιμοποιήστε 1 έως 255, και όχι περισσότερες από το μέγιστο.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="77"/>
        <source>The CPU period of %1 must be between 1000 and 1000000 µs (it is %2).</source>
        <translation>Η περίοδος CPU του %1 πρέπει να είναι μεταξύ 1000 και 1000000 µs (είναι %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="82"/>
        <source>The CPU cap of %1 must be between 1 and %2 % (100 % per vCPU), or 0 for none.</source>
        <translation>Το όριο CPU του %1 πρέπει να είναι μεταξύ 1 και %2 % (100 % ανά vCPU), ή 0 για κανένα.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="87"/>
        <source>The CPU cap of %1 is too small for its period: the quota must be at least 1000 µs (raise the cap or the period).</source>
        <translation>Το όριο CPU του %1 είναι πολύ μικρό για την περίοδό του: το μερίδιο πρέπει να είναι τουλάχιστον 1000 µs (αυξήστε το όριο ή την περίοδο).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="93"/>
        <source>The path &quot;%1&quot; of guest %2 must be absolute.</source>
        <translation>Η διαδρομή &quot;%1&quot; του επισκέπτη %2 πρέπει να είναι απόλυτη.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="98"/>
        <source>A disk of guest %1 has no absolute image path (&quot;%2&quot;).</source>
        <translation>Ένας δίσκος του επισκέπτη %1 δεν έχει απόλυτη διαδρομή εικόνας (&quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="101"/>
        <source>A volume disk of guest %1 needs both a pool and a volume name.</source>
        <translation>Ένας δίσκος τόμου του επισκέπτη %1 χρειάζεται και χώρο αποθήκευσης και όνομα τόμου.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="107"/>
        <source>The container %1 has no init program: say which program it runs.</source>
        <translation>Το κοντέινερ %1 δεν έχει πρόγραμμα εκκίνησης: ορίστε ποιο πρόγραμμα εκτελεί.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="109"/>
        <source>The container %1 shares the host&apos;s network: port forwards and user-mode networking apply to QEMU guests only.</source>
        <translation>Το κοντέινερ %1 μοιράζεται το δίκτυο του κεντρικού υπολογιστή: οι προωθήσεις θυρών και η δικτύωση λειτουργίας χρήστη ισχύουν μόνο για επισκέπτες QEMU.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="114"/>
        <source>The container %1 cannot boot a kernel or disks: give it a root directory.</source>
        <translation>Το κοντέινερ %1 δεν μπορεί να εκκινήσει πυρήνα ή δίσκους: δώστε του ριζικό κατάλογο.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="119"/>
        <source>A mount of container %1 needs absolute source and target directories.</source>
        <translation>Μια προσάρτηση του κοντέινερ %1 χρειάζεται απόλυτους καταλόγους προέλευσης και προορισμού.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="124"/>
        <source>An image mount of container %1 needs an absolute image path and target directory.</source>
        <translation>Μια προσάρτηση εικόνας του κοντέινερ %1 χρειάζεται απόλυτη διαδρομή εικόνας και απόλυτο κατάλογο προορισμού.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="133"/>
        <source>The guest %1 has nothing to boot: give it a kernel or a disk.</source>
        <translation>Ο επισκέπτης %1 δεν έχει τίποτα για εκκίνηση: δώστε του πυρήνα ή δίσκο.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="136"/>
        <source>The virtual machine %1 cannot take an init program or mounts: those are for containers.</source>
        <translation>Η εικονική μηχανή %1 δεν μπορεί να έχει πρόγραμμα εκκίνησης ή προσαρτήσεις: αυτά είναι για κοντέινερ.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="141"/>
        <source>The guest %1 has port forwards but no user-mode network: switch it on.</source>
        <translation>Ο επισκέπτης %1 έχει προωθήσεις θυρών αλλά όχι δίκτυο λειτουργίας χρήστη: ενεργοποιήστε το.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="144"/>
        <source>Port forwards need the &apos;pc&apos; machine type (guest %1 uses &apos;%2&apos;).</source>
        <translation>Οι προωθήσεις θυρών χρειάζονται τον τύπο μηχανής &apos;pc&apos; (ο επισκέπτης %1 χρησιμοποιεί &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="151"/>
        <source>The forward address &quot;%1&quot; of guest %2 is not an IPv4 address.</source>
        <translation>Η διεύθυνση προώθησης &quot;%1&quot; του επισκέπτη %2 δεν είναι διεύθυνση IPv4.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="155"/>
        <source>A port forward of guest %1 has port 0: give both the host and the guest port.</source>
        <translation>Μια προώθηση θύρας του επισκέπτη %1 έχει θύρα 0: δώστε και τη θύρα του κεντρικού υπολογιστή και του επισκέπτη.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="162"/>
        <source>Host port %1 is forwarded twice in guest %2.</source>
        <translation>Η θύρα %1 του κεντρικού υπολογιστή προωθείται δύο φορές στον επισκέπτη %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="551"/>
        <source>This is not libvirt domain XML (the document starts with &lt;%1&gt;).</source>
        <translation>Αυτό δεν είναι XML τομέα του libvirt (το έγγραφο ξεκινά με &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="658"/>
        <source>The domain XML is not well-formed: %1 (line %2).</source>
        <translation>Το XML του τομέα δεν είναι καλοσχηματισμένο: %1 (γραμμή %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="662"/>
        <source>The domain XML is empty.</source>
        <translation>Το XML του τομέα είναι κενό.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="37"/>
        <source>libvirtd closed the connection (the daemon stopped or restarted)</source>
        <translation>Το libvirtd έκλεισε τη σύνδεση (η υπηρεσία σταμάτησε ή επανεκκινήθηκε)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="39"/>
        <source>libvirtd stopped answering (keepalive timed out)</source>
        <translation>Το libvirtd σταμάτησε να απαντά (έληξε το keepalive)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="41"/>
        <source>the connection to libvirtd failed</source>
        <translation>η σύνδεση με το libvirtd απέτυχε</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="43"/>
        <source>the connection to libvirtd was closed</source>
        <translation>η σύνδεση με το libvirtd έκλεισε</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="102"/>
        <source>libvirtd is not running for %1: install it (sudo apt-get install libvirt-daemon-system) and start it (sudo systemctl start libvirtd). libvirt said: %2</source>
        <translation>Το libvirtd δεν εκτελείται για το %1: εγκαταστήστε το (sudo apt-get install libvirt-daemon-system) και ξεκινήστε το (sudo systemctl start libvirtd). Το libvirt είπε: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="109"/>
        <source>libvirt refused this user on %1: join the libvirt group (sudo adduser $USER libvirt), log out and in again, or use qemu:///session. libvirt said: %2</source>
        <translation>Το libvirt απέρριψε αυτόν τον χρήστη στο %1: γίνετε μέλος της ομάδας libvirt (sudo adduser $USER libvirt), αποσυνδεθείτε και συνδεθείτε ξανά, ή χρησιμοποιήστε qemu:///session. Το libvirt είπε: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="116"/>
        <source>libvirt has no driver for %1: install it (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, or libvirt-daemon-driver-lxc for containers). libvirt said: %2</source>
        <translation>Το libvirt δεν έχει οδηγό για το %1: εγκαταστήστε τον (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, ή libvirt-daemon-driver-lxc για κοντέινερ). Το libvirt είπε: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="123"/>
        <source>Could not connect to %1: %2</source>
        <translation>Δεν ήταν δυνατή η σύνδεση στο %1: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="193"/>
        <source>The connection to %1 was closed.</source>
        <translation>Η σύνδεση με το %1 έκλεισε.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="261"/>
        <source>Lost the connection to %1: %2. Reconnecting…</source>
        <translation>Χάθηκε η σύνδεση με το %1: %2. Επανασύνδεση…</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="301"/>
        <source>Not connected to %1.</source>
        <translation>Δεν υπάρχει σύνδεση στο %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="316"/>
        <source>There is no guest named %1 on %2.</source>
        <translation>Δεν υπάρχει επισκέπτης με όνομα %1 στο %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="317"/>
        <source>Could not look up %1</source>
        <translation>Δεν ήταν δυνατή η αναζήτηση του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="330"/>
        <source>libvirt refused the guest definition</source>
        <translation>Το libvirt απέρριψε τον ορισμό του επισκέπτη</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="349"/>
        <source>libvirt could not start the guest</source>
        <translation>Το libvirt δεν μπόρεσε να ξεκινήσει τον επισκέπτη</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="369"/>
        <source>Could not list the guests on %1</source>
        <translation>Δεν ήταν δυνατή η εμφάνιση λίστας των επισκεπτών στο %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="33"/>
        <source>There is no storage pool named %1.</source>
        <translation>Δεν υπάρχει χώρος αποθήκευσης με όνομα %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="34"/>
        <source>Could not use the storage pool %1</source>
        <translation>Δεν ήταν δυνατή η χρήση του χώρου αποθήκευσης %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="41"/>
        <source>Could not read a volume&apos;s size</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του μεγέθους ενός τόμου</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="138"/>
        <source>Could not create the storage pool %1 in %2</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του χώρου αποθήκευσης %1 στο %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="142"/>
        <source>Could not create the directory %1 for the storage pool</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του καταλόγου %1 για τον χώρο αποθήκευσης</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="148"/>
        <source>Could not start the storage pool %1</source>
        <translation>Δεν ήταν δυνατή η εκκίνηση του χώρου αποθήκευσης %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="190"/>
        <source>Could not delete the directory of the storage pool %1 (is it empty?)</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του καταλόγου του χώρου αποθήκευσης %1 (είναι κενός;)</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="212"/>
        <source>Could not create the %1-byte volume %2 in %3</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του τόμου %2 των %1 byte στο %3</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="226"/>
        <source>There is no volume %1 in %2.</source>
        <translation>Δεν υπάρχει τόμος %1 στο %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="227"/>
        <source>Could not look up the volume %1</source>
        <translation>Δεν ήταν δυνατή η αναζήτηση του τόμου %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="261"/>
        <source>Could not delete the volume %1</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του τόμου %1</translation>
    </message>
    <message>
        <location filename="../core/virt/VirtConnection.cpp" line="67"/>
        <source>libvirt reported an unknown error.</source>
        <translation>Το libvirt ανέφερε άγνωστο σφάλμα.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="68"/>
        <source>There is no guest to read the console of.</source>
        <translation>Δεν υπάρχει επισκέπτης του οποίου να διαβαστεί η κονσόλα.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="71"/>
        <source>The console cannot be followed without an application event loop.</source>
        <translation>Η κονσόλα δεν μπορεί να παρακολουθηθεί χωρίς βρόχο συμβάντων της εφαρμογής.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="74"/>
        <source>Could not create a console stream</source>
        <translation>Δεν ήταν δυνατή η δημιουργία ροής κονσόλας</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="79"/>
        <source>Could not open the console of %1</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της κονσόλας του %1</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="88"/>
        <source>Could not follow the console stream</source>
        <translation>Δεν ήταν δυνατή η παρακολούθηση της ροής κονσόλας</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="130"/>
        <source>The console closed (the guest stopped).</source>
        <translation>Η κονσόλα έκλεισε (ο επισκέπτης σταμάτησε).</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="135"/>
        <source>Reading the console failed</source>
        <translation>Η ανάγνωση της κονσόλας απέτυχε</translation>
    </message>
</context>
<context>
    <name>Cloudy::Virt::KvmProbe</name>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="124"/>
        <source>KVM runs guests on this computer: services start at full speed.</source>
        <translation>Το KVM εκτελεί επισκέπτες σε αυτόν τον υπολογιστή: οι υπηρεσίες ξεκινούν σε πλήρη ταχύτητα.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="128"/>
        <source>%1 does not exist: this computer has no hardware virtualisation, or it is switched off in the firmware (BIOS/UEFI: enable VT-x or AMD-V). Virtual machines still run, more slowly, with software emulation.</source>
        <translation>Το %1 δεν υπάρχει: αυτός ο υπολογιστής δεν έχει εικονικοποίηση υλικού, ή είναι απενεργοποιημένη στο υλικολογισμικό (BIOS/UEFI: ενεργοποιήστε το VT-x ή το AMD-V). Οι εικονικές μηχανές εξακολουθούν να εκτελούνται, πιο αργά, με εξομοίωση λογισμικού.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="136"/>
        <source>You may not use %1. Add yourself to the &apos;kvm&apos; group (sudo adduser $USER kvm) and log in again; until then virtual machines run with slower software emulation.</source>
        <translation>Δεν έχετε δικαίωμα χρήσης του %1. Προσθέστε τον εαυτό σας στην ομάδα &apos;kvm&apos; (sudo adduser $USER kvm) και συνδεθείτε ξανά· μέχρι τότε οι εικονικές μηχανές εκτελούνται με πιο αργή εξομοίωση λογισμικού.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="141"/>
        <source>KVM is present but refused a test guest (probe step %1 failed), so Cloudy will use software emulation.</source>
        <translation>Το KVM υπάρχει αλλά απέρριψε έναν δοκιμαστικό επισκέπτη (απέτυχε το βήμα ελέγχου %1), οπότε το Cloudy θα χρησιμοποιήσει εξομοίωση λογισμικού.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="176"/>
        <source>Could not start the KVM probe: %1</source>
        <translation>Δεν ήταν δυνατή η έναρξη του ελέγχου KVM: %1</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="189"/>
        <source>The KVM probe disappeared.</source>
        <translation>Ο έλεγχος KVM εξαφανίστηκε.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="201"/>
        <source>KVM accepted a test guest but never ran it (this happens with broken nested virtualisation). Cloudy will use software emulation.</source>
        <translation>Το KVM δέχτηκε έναν δοκιμαστικό επισκέπτη αλλά δεν τον εκτέλεσε ποτέ (συμβαίνει με χαλασμένη ένθετη εικονικοποίηση). Το Cloudy θα χρησιμοποιήσει εξομοίωση λογισμικού.</translation>
    </message>
</context>
<context>
    <name>LedgerServer</name>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="199"/>
        <source>Cannot read the TLS certificate %1 or key %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του πιστοποιητικού TLS %1 ή του κλειδιού %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="208"/>
        <source>%1 and %2 must be a PEM certificate and its PEM key (EC or RSA).</source>
        <translation>Τα %1 και %2 πρέπει να είναι πιστοποιητικό PEM και το κλειδί PEM του (EC ή RSA).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="234"/>
        <source>Cannot listen on %1:%2 (is another program using that port?).</source>
        <translation>Δεν είναι δυνατή η ακρόαση στο %1:%2 (χρησιμοποιεί άλλο πρόγραμμα αυτή τη θύρα;).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="265"/>
        <source>Too many requests from %1; wait a second and try again.</source>
        <translation>Πάρα πολλά αιτήματα από το %1· περιμένετε ένα δευτερόλεπτο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="341"/>
        <source>The request is %1 bytes; the ledger takes at most %2.</source>
        <translation>Το αίτημα έχει μέγεθος %1 bytes· το καθολικό δέχεται έως %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="285"/>
        <source>The request must be a JSON object with an &quot;entries&quot; list.</source>
        <translation>Το αίτημα πρέπει να είναι αντικείμενο JSON με λίστα &quot;entries&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="289"/>
        <source>The batch has %1 entries; send at most %2 at a time.</source>
        <translation>Η παρτίδα έχει %1 καταχωρίσεις· στείλτε έως %2 τη φορά.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="297"/>
        <source>Entry %1 is not a JSON object.</source>
        <translation>Η καταχώριση %1 δεν είναι αντικείμενο JSON.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="303"/>
        <source>Entry %1 is a receipt; send receipts to /v1/receipts.</source>
        <translation>Η καταχώριση %1 είναι απόδειξη· στείλτε τις αποδείξεις στο /v1/receipts.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="389"/>
        <source>Node %1 sent too many entries; try again in a minute.</source>
        <translation>Ο κόμβος %1 έστειλε πάρα πολλές καταχωρίσεις· δοκιμάστε ξανά σε ένα λεπτό.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="518"/>
        <source>&quot;after&quot; and &quot;limit&quot; must be whole numbers.</source>
        <translation>Τα &quot;after&quot; και &quot;limit&quot; πρέπει να είναι ακέραιοι αριθμοί.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="546"/>
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
        <location filename="../app/ledgerd/main.cpp" line="36"/>
        <source>Cannot read the reward policy %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση της πολιτικής ανταμοιβών %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="43"/>
        <source>The reward policy %1 is not a JSON object (%2).</source>
        <translation>Η πολιτική ανταμοιβών %1 δεν είναι αντικείμενο JSON (%2).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="46"/>
        <source>not an object</source>
        <translation>δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="50"/>
        <source>The reward policy %1 is refused: %2</source>
        <translation>Η πολιτική ανταμοιβών %1 απορρίπτεται: %2</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="64"/>
        <source>The community ledger of a microcloud: stores signed contribution receipts and serves balances over HTTP (API under /v1).</source>
        <translation>Το κοινοτικό καθολικό ενός μικρο-νέφους: αποθηκεύει υπογεγραμμένες αποδείξεις συνεισφοράς και παρέχει υπόλοιπα μέσω HTTP (API στο /v1).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="70"/>
        <source>Print the version.</source>
        <translation>Εμφανίζει την έκδοση.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="73"/>
        <source>Database: sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Βάση δεδομένων: sqlite:PATH (προεπιλογή, στον φάκελο δεδομένων) ή postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="79"/>
        <source>Address and port to listen on (default 127.0.0.1:8787).</source>
        <translation>Διεύθυνση και θύρα ακρόασης (προεπιλογή 127.0.0.1:8787).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="84"/>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key).</source>
        <translation>Εξυπηρετεί HTTPS με αυτό το πιστοποιητικό PEM (χρειάζεται --tls-key).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="90"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Το ιδιωτικό κλειδί PEM του --tls-cert.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="94"/>
        <source>Requests per second one client address may send (default 20, bursts of five times as many).</source>
        <translation>Αιτήματα ανά δευτερόλεπτο που μπορεί να στείλει μια διεύθυνση πελάτη (προεπιλογή 20, με εξάρσεις έως πενταπλάσιες).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="99"/>
        <source>Entries per minute one node may send (default 600, bursts of twice as many).</source>
        <translation>Καταχωρίσεις ανά λεπτό που μπορεί να στείλει ένας κόμβος (προεπιλογή 600, με εξάρσεις έως διπλάσιες).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="104"/>
        <source>Seconds a connection may stay silent before it is closed (default 10; none lives longer than six times that).</source>
        <translation>Δευτερόλεπτα που μια σύνδεση μπορεί να μείνει σιωπηλή πριν κλείσει (προεπιλογή 10· καμία δεν διαρκεί περισσότερο από το εξαπλάσιο).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="110"/>
        <source>The reward policy, a JSON file as GET /v1/policy serves it (default: 1000 millicredits per core-hour, 250 per GiB-hour of memory, 5 per GiB-hour of disk, no effort weighting).</source>
        <translation>Η πολιτική ανταμοιβών, ένα αρχείο JSON όπως το σερβίρει το GET /v1/policy (προεπιλογή: 1000 χιλιοστά πίστωσης ανά ώρα πυρήνα, 250 ανά GiB-ώρα μνήμης, 5 ανά GiB-ώρα δίσκου, χωρίς στάθμιση προσπάθειας).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="140"/>
        <source>&apos;%1&apos; is not an address to listen on; use ADDR:PORT, for example 127.0.0.1:8787 or [::1]:8787.</source>
        <translation>Το &apos;%1&apos; δεν είναι διεύθυνση ακρόασης· χρησιμοποιήστε ADDR:PORT, για παράδειγμα 127.0.0.1:8787 ή [::1]:8787.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="160"/>
        <source>--address-rate and --node-rate must be positive numbers, --client-timeout from 0.5 to 3600 seconds.</source>
        <translation>Τα --address-rate και --node-rate πρέπει να είναι θετικοί αριθμοί και το --client-timeout από 0.5 έως 3600 δευτερόλεπτα.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="166"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>Τα --tls-cert και --tls-key πάνε μαζί.</translation>
    </message>
</context>
<context>
    <name>cloudyctl</name>
    <message>
        <location filename="../app/ctl/Command.cpp" line="16"/>
        <source>Publish service catalogs and choose the ones to read: catalog keygen|build|add|list</source>
        <translation>Δημοσίευση καταλόγων υπηρεσιών και επιλογή αυτών που διαβάζονται: catalog keygen|build|add|list</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="21"/>
        <source>Find the microclouds nearby and the services they offer</source>
        <translation>Βρίσκει τα κοντινά μικρο-νέφη και τις υπηρεσίες που προσφέρουν</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="24"/>
        <source>Check what this computer offers Cloudy and say how to fix what is missing</source>
        <translation>Ελέγχει τι προσφέρει αυτός ο υπολογιστής στο Cloudy και λέει πώς να διορθωθεί ό,τι λείπει</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="28"/>
        <source>This computer&apos;s node identity and its backup: identity show|create|export|import</source>
        <translation>Η ταυτότητα κόμβου αυτού του υπολογιστή και το αντίγραφο ασφαλείας της: identity show|create|export|import</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="32"/>
        <source>This node&apos;s receipts and credits on the community ledger: ledger status|sync|balance|history</source>
        <translation>Οι αποδείξεις και οι πιστώσεις αυτού του κόμβου στο κοινοτικό καθολικό: ledger status|sync|balance|history</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="37"/>
        <source>Install and run community services: services list|show|install|launch|stop|remove|logs</source>
        <translation>Εγκατάσταση και εκτέλεση κοινοτικών υπηρεσιών: services list|show|install|launch|stop|remove|logs</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="42"/>
        <source>Show or change what this computer donates: share status|on|off|set</source>
        <translation>Εμφανίζει ή αλλάζει τι δωρίζει αυτός ο υπολογιστής: share status|on|off|set</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="59"/>
        <source>Show this help.</source>
        <translation>Εμφανίζει αυτή τη βοήθεια.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="63"/>
        <location filename="../app/ctl/IdentityCommand.cpp" line="184"/>
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
        <location filename="../app/ctl/DiscoverCommand.cpp" line="77"/>
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
        <location filename="../app/ctl/DiscoverCommand.cpp" line="156"/>
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
        <location filename="../app/ctl/CatalogCommand.cpp" line="43"/>
        <source>Cannot generate a key: libsodium does not work on this computer.</source>
        <translation>Δεν είναι δυνατή η δημιουργία κλειδιού: το libsodium δεν λειτουργεί σε αυτόν τον υπολογιστή.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="68"/>
        <source>%1 already exists; cloudyctl never overwrites a key. Choose another file name.</source>
        <translation>Το %1 υπάρχει ήδη· το cloudyctl δεν αντικαθιστά ποτέ ένα κλειδί. Επιλέξτε άλλο όνομα αρχείου.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="71"/>
        <source>Cannot create %1: %2.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="80"/>
        <location filename="../app/ctl/CatalogCommand.cpp" line="259"/>
        <source>Cannot write %1: %2.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="84"/>
        <source>Wrote the signing key %1 (keep it secret; back it up).
Fingerprint: %2</source>
        <translation>Γράφτηκε το κλειδί υπογραφής %1 (κρατήστε το μυστικό· κρατήστε αντίγραφο ασφαλείας).
Αποτύπωμα: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="94"/>
        <source>Cannot read the key %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του κλειδιού %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="104"/>
        <source>%1 is not a key written by &apos;cloudyctl catalog keygen&apos;.</source>
        <translation>Το %1 δεν είναι κλειδί γραμμένο από το &apos;cloudyctl catalog keygen&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="120"/>
        <source>Cannot read %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="125"/>
        <source>%1 is not a JSON object: %2.</source>
        <translation>Το %1 δεν είναι αντικείμενο JSON: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="147"/>
        <source>%1 is not a directory.</source>
        <translation>Το %1 δεν είναι κατάλογος.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="162"/>
        <source>Name the publisher: --publisher NAME, or &quot;publisher&quot; in %1/catalog.json.</source>
        <translation>Δώστε το όνομα του εκδότη: --publisher ΟΝΟΜΑ, ή &quot;publisher&quot; στο %1/catalog.json.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="176"/>
        <source>%1 has no service descriptions (services/*.json).</source>
        <translation>Το %1 δεν έχει περιγραφές υπηρεσιών (services/*.json).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="195"/>
        <source>%1: the bundle &quot;%2&quot; is not a file in %3/bundles.</source>
        <translation>%1: το πακέτο &quot;%2&quot; δεν είναι αρχείο στο %3/bundles.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="210"/>
        <location filename="../app/ctl/CatalogCommand.cpp" line="475"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="214"/>
        <source>%1: another description already has the id &quot;%2&quot;.</source>
        <translation>%1: μια άλλη περιγραφή έχει ήδη το αναγνωριστικό &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="234"/>
        <source>The catalog written does not read back: %1</source>
        <translation>Ο κατάλογος που γράφτηκε δεν διαβάζεται ξανά: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="241"/>
        <source>Cannot create %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="250"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>Δεν είναι δυνατή η αντιγραφή του %1 στο %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="268"/>
        <source>Wrote %1: %n service(s).</source>
        <translation>
            <numerusform>Γράφτηκε το %1: %n υπηρεσία.</numerusform>
            <numerusform>Γράφτηκε το %1: %n υπηρεσίες.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="269"/>
        <source>Bundles copied: %n.</source>
        <translation>
            <numerusform>Πακέτα που αντιγράφηκαν: %n.</numerusform>
            <numerusform>Πακέτα που αντιγράφηκαν: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="270"/>
        <source>Signed by the key with fingerprint %1.</source>
        <translation>Υπογράφεται από το κλειδί με αποτύπωμα %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="360"/>
        <source> (offered by microclouds)</source>
        <translation> (προσφέρονται από μικρο-νέφη)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="364"/>
        <source>  Left out: %1</source>
        <translation>  Παραλείφθηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="394"/>
        <source>%1 Only a saved copy is available, so nothing was changed.</source>
        <translation>%1 Υπάρχει διαθέσιμο μόνο αποθηκευμένο αντίγραφο, οπότε δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="401"/>
        <source>The catalog at %1 is signed by the key with fingerprint %2, not %3. Nothing was trusted or added.</source>
        <translation>Ο κατάλογος στο %1 υπογράφεται από το κλειδί με αποτύπωμα %2, όχι %3. Δεν έγινε τίποτα έμπιστο και δεν προστέθηκε τίποτα.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="411"/>
        <source>The catalog at %1 is published by &quot;%2&quot;, whose key has the fingerprint
  %3
Check this fingerprint with the microcloud&apos;s operators, then trust it with:
  cloudyctl catalog add %1 --trust &apos;%3&apos;</source>
        <translation>Ο κατάλογος στο %1 δημοσιεύεται από τον &quot;%2&quot;, του οποίου το κλειδί έχει το αποτύπωμα
  %3
Ελέγξτε αυτό το αποτύπωμα με τους διαχειριστές του μικρο-νέφους και μετά εμπιστευτείτε το με:
  cloudyctl catalog add %1 --trust &apos;%3&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="434"/>
        <source>Added the catalog of &quot;%1&quot; (key fingerprint %2) with %n service(s):</source>
        <translation>
            <numerusform>Προστέθηκε ο κατάλογος του &quot;%1&quot; (αποτύπωμα κλειδιού %2) με %n υπηρεσία:</numerusform>
            <numerusform>Προστέθηκε ο κατάλογος του &quot;%1&quot; (αποτύπωμα κλειδιού %2) με %n υπηρεσίες:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="458"/>
        <source>Built into Cloudy Desktop:</source>
        <translation>Ενσωματωμένοι στο Cloudy Desktop:</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="466"/>
        <source>%1 — %2 (key fingerprint %3):</source>
        <translation>%1 — %2 (αποτύπωμα κλειδιού %3):</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="470"/>
        <source>  (saved copy: %1)</source>
        <translation>  (αποθηκευμένο αντίγραφο: %1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="499"/>
        <source>%1 is not among the added catalogs.</source>
        <translation>Το %1 δεν είναι ανάμεσα στους καταλόγους που προστέθηκαν.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="515"/>
        <source>Removed the catalog %1.</source>
        <translation>Αφαιρέθηκε ο κατάλογος %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="525"/>
        <source>Publishes service catalogs and chooses the ones this computer reads.
  keygen KEYFILE                        make a signing key (never overwrites one)
  build DIR --key KEYFILE --out OUT     sign DIR&apos;s services/*.json and bundles/ into OUT
  add URL [--trust FINGERPRINT]         read the catalog at URL from now on
  list                                  the catalogs read and their services
  remove URL                            stop reading a catalog and forget its key</source>
        <translation>Δημοσιεύει καταλόγους υπηρεσιών και επιλέγει ποιους διαβάζει αυτός ο υπολογιστής.
  keygen KEYFILE                        δημιουργία κλειδιού υπογραφής (δεν αντικαθιστά ποτέ υπάρχον)
  build DIR --key KEYFILE --out OUT     υπογραφή των services/*.json και bundles/ του DIR στο OUT
  add URL [--trust FINGERPRINT]         ανάγνωση του καταλόγου στο URL από εδώ και πέρα
  list                                  οι κατάλογοι που διαβάζονται και οι υπηρεσίες τους
  remove URL                            διακοπή ανάγνωσης ενός καταλόγου και διαγραφή του κλειδιού του</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="531"/>
        <source>keygen, build, add, list or remove</source>
        <translation>keygen, build, add, list ή remove</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="532"/>
        <location filename="../app/ctl/DoctorCommand.cpp" line="17"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="319"/>
        <location filename="../app/ctl/ServicesCommand.cpp" line="194"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="278"/>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="534"/>
        <source>Trust the catalog&apos;s key if it has this fingerprint.</source>
        <translation>Εμπιστοσύνη στο κλειδί του καταλόγου αν έχει αυτό το αποτύπωμα.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="536"/>
        <source>The signing key (build).</source>
        <translation>Το κλειδί υπογραφής (build).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="538"/>
        <source>Where build writes the catalog.</source>
        <translation>Πού γράφει το build τον κατάλογο.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="541"/>
        <source>The publisher&apos;s name (build; default: DIR/catalog.json).</source>
        <translation>Το όνομα του εκδότη (build· προεπιλογή: DIR/catalog.json).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="544"/>
        <source>Use the saved copies, do not download (list).</source>
        <translation>Χρήση των αποθηκευμένων αντιγράφων, χωρίς λήψη (list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="554"/>
        <source>Try &apos;cloudyctl catalog --help&apos;.</source>
        <translation>Δοκιμάστε &apos;cloudyctl catalog --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="559"/>
        <source>keygen needs the name of the key file to write.</source>
        <translation>Το keygen χρειάζεται το όνομα του αρχείου κλειδιού που θα γραφτεί.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="564"/>
        <source>build needs a directory, --key KEYFILE and --out DIR.</source>
        <translation>Το build χρειάζεται έναν κατάλογο, --key KEYFILE και --out DIR.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="570"/>
        <source>add needs the URL of a catalog&apos;s index.json.</source>
        <translation>Το add χρειάζεται το URL του index.json ενός καταλόγου.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="575"/>
        <source>list takes no arguments.</source>
        <translation>Το list δεν δέχεται ορίσματα.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="580"/>
        <source>remove needs the URL of an added catalog.</source>
        <translation>Το remove χρειάζεται το URL ενός καταλόγου που έχει προστεθεί.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="584"/>
        <source>Say what to do: keygen, build, add, list or remove.</source>
        <translation>Πείτε τι να γίνει: keygen, build, add, list ή remove.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="585"/>
        <source>Unknown action &apos;%1&apos;: use keygen, build, add, list or remove.</source>
        <translation>Άγνωστη ενέργεια &apos;%1&apos;: χρησιμοποιήστε keygen, build, add, list ή remove.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="19"/>
        <source>Check this libvirt URI instead of the default one.</source>
        <translation>Έλεγχος αυτού του URI του libvirt αντί του προεπιλεγμένου.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="90"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="107"/>
        <source>Warning: %1</source>
        <translation>Προειδοποίηση: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="91"/>
        <source>Sharing: %1</source>
        <translation>Κοινή χρήση: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="91"/>
        <source>on</source>
        <translation>ενεργή</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="91"/>
        <source>off</source>
        <translation>ανενεργή</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="83"/>
        <source>not installed</source>
        <translation>μη εγκατεστημένη</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="86"/>
        <source>installed, stopped</source>
        <translation>εγκατεστημένη, σταματημένη</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="88"/>
        <source>starting</source>
        <translation>ξεκινά</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="90"/>
        <source>running</source>
        <translation>εκτελείται</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="91"/>
        <source>running at %1</source>
        <translation>εκτελείται στο %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="93"/>
        <source>running, not ready: %1</source>
        <translation>εκτελείται, όχι έτοιμη: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="95"/>
        <source>stopping</source>
        <translation>σταματά</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="97"/>
        <source>failed: %1</source>
        <translation>απέτυχε: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="136"/>
        <location filename="../app/ctl/ServicesCommand.cpp" line="382"/>
        <source>“%1” is not installed.</source>
        <translation>Το “%1” δεν είναι εγκατεστημένο.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="158"/>
        <source>%1 is not running: there is nothing to follow.</source>
        <translation>Το %1 δεν εκτελείται: δεν υπάρχει τίποτα να παρακολουθηθεί.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="182"/>
        <source>The community services the catalogs offer, and those installed on this computer.
  list            every offered and installed service with its state
  show ID         one service
  install ID      download, verify and unpack it (then launch it, unless --no-launch)
  launch ID       start its guest and wait until it is ready
  stop ID         stop its guest (gracefully, forced after a timeout)
  remove ID       stop it and delete it (its data stays unless --delete-data)
  logs ID [-f]    its console log (-f: follow it live)</source>
        <translation>Οι κοινοτικές υπηρεσίες που προσφέρουν οι κατάλογοι, και όσες είναι εγκατεστημένες σε αυτόν τον υπολογιστή.
  list            κάθε προσφερόμενη και εγκατεστημένη υπηρεσία με την κατάστασή της
  show ID         μία υπηρεσία
  install ID      λήψη, επαλήθευση και αποσυμπίεση (και μετά εκκίνηση, εκτός με --no-launch)
  launch ID       εκκίνηση του επισκέπτη της και αναμονή μέχρι να είναι έτοιμη
  stop ID         διακοπή του επισκέπτη της (ομαλά, αναγκαστικά μετά από χρονικό όριο)
  remove ID       διακοπή και διαγραφή της (τα δεδομένα της μένουν, εκτός με --delete-data)
  logs ID [-f]    το αρχείο καταγραφής κονσόλας της (-f: ζωντανή παρακολούθηση)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="191"/>
        <source>list, show, install, launch, stop, remove or logs</source>
        <translation>list, show, install, launch, stop, remove ή logs</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="192"/>
        <source>the service id (see list)</source>
        <translation>το αναγνωριστικό της υπηρεσίας (δείτε list)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="196"/>
        <source>logs: follow the console live.</source>
        <translation>logs: ζωντανή παρακολούθηση της κονσόλας.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="198"/>
        <source>install: do not launch it.</source>
        <translation>install: χωρίς εκκίνηση.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="200"/>
        <source>remove: also delete the service&apos;s data.</source>
        <translation>remove: διαγραφή και των δεδομένων της υπηρεσίας.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="202"/>
        <source>Use the saved copies of the catalogs, do not fetch them.</source>
        <translation>Χρήση των αποθηκευμένων αντιγράφων των καταλόγων, χωρίς λήψη.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="204"/>
        <source>Seconds to wait for install, launch or stop (default 600; 0: no limit).</source>
        <translation>Δευτερόλεπτα αναμονής για install, launch ή stop (προεπιλογή 600· 0: χωρίς όριο).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="219"/>
        <source>Unknown action &apos;%1&apos;: use list, show, install, launch, stop, remove or logs.</source>
        <translation>Άγνωστη ενέργεια &apos;%1&apos;: χρησιμοποιήστε list, show, install, launch, stop, remove ή logs.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="225"/>
        <source>&apos;%1&apos; needs one service id, e.g. cloudyctl services %1 syncthing.</source>
        <translation>Το &apos;%1&apos; χρειάζεται ένα αναγνωριστικό υπηρεσίας, π.χ. cloudyctl services %1 syncthing.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="233"/>
        <source>--wait needs a number of seconds, e.g. --wait 120.</source>
        <translation>Το --wait χρειάζεται αριθμό δευτερολέπτων, π.χ. --wait 120.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="265"/>
        <source>offered by microclouds (not installable here)</source>
        <translation>προσφέρεται από μικρο-νέφη (δεν εγκαθίσταται εδώ)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="278"/>
        <source>%1: publisher %2 (fingerprint %3) is not trusted yet; use cloudyctl catalog add %1 --trust FINGERPRINT</source>
        <translation>%1: ο εκδότης %2 (αποτύπωμα %3) δεν είναι ακόμη έμπιστος· χρησιμοποιήστε cloudyctl catalog add %1 --trust FINGERPRINT</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="297"/>
        <source>No catalog offers “%1” and it is not installed (see cloudyctl services list).</source>
        <translation>Κανένας κατάλογος δεν προσφέρει το “%1” και δεν είναι εγκατεστημένο (δείτε cloudyctl services list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="309"/>
        <source>Needs: %1 vCPU, %2 MiB memory, %3 MiB disk (%4)</source>
        <translation>Χρειάζεται: %1 vCPU, %2 MiB μνήμη, %3 MiB δίσκο (%4)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="317"/>
        <source>From: %1 (%2, key %3)</source>
        <translation>Από: %1 (%2, κλειδί %3)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="320"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="92"/>
        <source>State: %1</source>
        <translation>Κατάσταση: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="328"/>
        <source>No trusted catalog offers “%1” (see cloudyctl services list).</source>
        <translation>Κανένας έμπιστος κατάλογος δεν προσφέρει το “%1” (δείτε cloudyctl services list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="332"/>
        <source>%1 is offered by microclouds but cannot be installed from a catalog here.</source>
        <translation>Το %1 προσφέρεται από μικρο-νέφη αλλά δεν μπορεί να εγκατασταθεί εδώ από κατάλογο.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="345"/>
        <source>Downloading %1…</source>
        <translation>Λήψη του %1…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="347"/>
        <source>Checked; unpacking…</source>
        <translation>Ελέγχθηκε· αποσυμπίεση…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="349"/>
        <source>Starting…</source>
        <translation>Εκκίνηση…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="372"/>
        <location filename="../app/ctl/ServicesCommand.cpp" line="424"/>
        <source>Gave up waiting after %1 seconds.</source>
        <translation>Η αναμονή εγκαταλείφθηκε μετά από %1 δευτερόλεπτα.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="398"/>
        <source>Removed %1 and its data.</source>
        <translation>Αφαιρέθηκε το %1 και τα δεδομένα του.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="399"/>
        <source>Removed %1 (its data was kept).</source>
        <translation>Αφαιρέθηκε το %1 (τα δεδομένα του διατηρήθηκαν).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="93"/>
        <source>Policy: %1, %2 (%3 guest, image %4), microcloud %5</source>
        <translation>Πολιτική: %1, %2 (επισκέπτης %3, εικόνα %4), μικρο-νέφος %5</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="95"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="96"/>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="99"/>
        <source>Domain: %1 on %2: %3</source>
        <translation>Τομέας: %1 στο %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="101"/>
        <source>Live caps (libvirt): %1</source>
        <translation>Τρέχοντα όρια (libvirt): %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="103"/>
        <source>Pending: %1</source>
        <translation>Εκκρεμεί: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="105"/>
        <source>Stopped by force: the guest did not power off when asked.</source>
        <translation>Σταμάτησε αναγκαστικά: ο επισκέπτης δεν τερμάτισε όταν του ζητήθηκε.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="109"/>
        <source>Problem: %1</source>
        <translation>Πρόβλημα: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="153"/>
        <source>light, balanced or full: fills the caps.</source>
        <translation>light, balanced ή full: συμπληρώνει τα όρια.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="155"/>
        <source>Virtual CPUs to share.</source>
        <translation>Εικονικές CPU για κοινή χρήση.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="157"/>
        <source>Percent of those CPUs&apos; time (1-100).</source>
        <translation>Ποσοστό του χρόνου αυτών των CPU (1-100).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="158"/>
        <source>Memory to share, in MiB.</source>
        <translation>Μνήμη για κοινή χρήση, σε MiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="160"/>
        <source>Disk to share, in GiB.</source>
        <translation>Δίσκος για κοινή χρήση, σε GiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="161"/>
        <source>always, idle or schedule.</source>
        <translation>always, idle ή schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="164"/>
        <source>Minutes without input before the computer counts as idle.</source>
        <translation>Λεπτά χωρίς δραστηριότητα πριν ο υπολογιστής θεωρηθεί αδρανής.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="167"/>
        <source>suspend, or the id of the profile to share while you work.</source>
        <translation>suspend, ή το αναγνωριστικό του προφίλ για κοινή χρήση όσο εργάζεστε.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="169"/>
        <source>pause (the default) or share.</source>
        <translation>pause (προεπιλογή) ή share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="171"/>
        <source>qemu (a virtual machine) or lxc (a container).</source>
        <translation>qemu (εικονική μηχανή) ή lxc (κοντέινερ).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="173"/>
        <source>Catalog id or folder of the guest image.</source>
        <translation>Αναγνωριστικό καταλόγου ή φάκελος της εικόνας του επισκέπτη.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="176"/>
        <source>The microcloud to donate to (see discover).</source>
        <translation>Το μικρο-νέφος στο οποίο γίνεται η δωρεά (δείτε discover).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="197"/>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>Το --%1 χρειάζεται ακέραιο αριθμό, όχι &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="208"/>
        <source>Unknown preset &apos;%1&apos;: use light, balanced or full.</source>
        <translation>Άγνωστη προεπιλογή &apos;%1&apos;: χρησιμοποιήστε light, balanced ή full.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="221"/>
        <source>Unknown --when &apos;%1&apos;: use always, idle or schedule.</source>
        <translation>Άγνωστο --when &apos;%1&apos;: χρησιμοποιήστε always, idle ή schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="238"/>
        <source>Unknown --on-battery &apos;%1&apos;: use pause or share.</source>
        <translation>Άγνωστο --on-battery &apos;%1&apos;: χρησιμοποιήστε pause ή share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="246"/>
        <source>Unknown --kind &apos;%1&apos;: use qemu or lxc.</source>
        <translation>Άγνωστο --kind &apos;%1&apos;: χρησιμοποιήστε qemu ή lxc.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="272"/>
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
        <location filename="../app/ctl/ShareCommand.cpp" line="277"/>
        <source>status, on, off or set</source>
        <translation>status, on, off ή set</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="281"/>
        <source>libvirt connection (default: the setting, else qemu:///session, or qemu:///system as root).</source>
        <translation>Σύνδεση libvirt (προεπιλογή: η ρύθμιση, αλλιώς qemu:///session, ή qemu:///system ως root).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="285"/>
        <source>The policy file (default: %1).</source>
        <translation>Το αρχείο πολιτικής (προεπιλογή: %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="289"/>
        <source>Seconds to wait for the guest to follow (default 90; 0: do not wait).</source>
        <translation>Δευτερόλεπτα αναμονής για να ακολουθήσει ο επισκέπτης (προεπιλογή 90· 0: χωρίς αναμονή).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="304"/>
        <source>Unknown action &apos;%1&apos;: use status, on, off or set.</source>
        <translation>Άγνωστη ενέργεια &apos;%1&apos;: χρησιμοποιήστε status, on, off ή set.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="312"/>
        <source>Caps and rules are changed with &apos;cloudyctl share set&apos;.</source>
        <translation>Τα όρια και οι κανόνες αλλάζουν με &apos;cloudyctl share set&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="320"/>
        <source>--wait needs a number of seconds, e.g. --wait 30.</source>
        <translation>Το --wait χρειάζεται αριθμό δευτερολέπτων, π.χ. --wait 30.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="340"/>
        <source>Nothing to set: see &apos;cloudyctl share --help&apos; for the options.</source>
        <translation>Τίποτα προς ρύθμιση: δείτε &apos;cloudyctl share --help&apos; για τις επιλογές.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="357"/>
        <source>Refused: %1</source>
        <translation>Απορρίφθηκε: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="358"/>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/ShareCommand.cpp" line="378"/>
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
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="81"/>
        <source>No passphrase was entered.</source>
        <translation>Δεν δόθηκε φράση πρόσβασης.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="82"/>
        <source>No passphrase on standard input: write it there as one line (%1).</source>
        <translation>Δεν υπάρχει φράση πρόσβασης στην τυπική είσοδο: γράψτε την εκεί σε μία γραμμή (%1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="84"/>
        <source>Repeat the passphrase</source>
        <translation>Επαναλάβετε τη φράση πρόσβασης</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>Οι δύο φράσεις πρόσβασης διαφέρουν.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="44"/>
        <source>Node id:     %1</source>
        <translation>Αναγνωριστικό κόμβου: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="45"/>
        <source>Fingerprint: %1</source>
        <translation>Αποτύπωμα:           %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="46"/>
        <source>Public key:  %1</source>
        <translation>Δημόσιο κλειδί:      %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="48"/>
        <source>Kept in:     the keyring</source>
        <translation>Φυλάσσεται:          στην κλειδοθήκη</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="49"/>
        <source>Kept in:     %1 (protected by a passphrase)</source>
        <translation>Φυλάσσεται:          στο %1 (προστατεύεται με φράση πρόσβασης)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="51"/>
        <source>Created:     %1</source>
        <translation>Δημιουργήθηκε:       %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="73"/>
        <source>This computer already has a node identity; nothing was created.
%1</source>
        <translation>Αυτός ο υπολογιστής έχει ήδη ταυτότητα κόμβου· δεν δημιουργήθηκε τίποτα.
%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="81"/>
        <source>Created a new node identity in the keyring. Back it up with &quot;cloudyctl identity export FILE&quot;.
%1</source>
        <translation>Δημιουργήθηκε νέα ταυτότητα κόμβου στην κλειδοθήκη. Κρατήστε αντίγραφο ασφαλείας με &quot;cloudyctl identity export FILE&quot;.
%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="86"/>
        <location filename="../app/ctl/IdentityCommand.cpp" line="136"/>
        <source>Passphrase for the new key file</source>
        <translation>Φράση πρόσβασης για το νέο αρχείο κλειδιού</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="93"/>
        <source>Created a new node identity in %1. Cloudy asks for its passphrase when it signs; back it up with &quot;cloudyctl identity export FILE&quot;.
%2</source>
        <translation>Δημιουργήθηκε νέα ταυτότητα κόμβου στο %1. Το Cloudy ζητά τη φράση πρόσβασής της όταν υπογράφει· κρατήστε αντίγραφο ασφαλείας με &quot;cloudyctl identity export FILE&quot;.
%2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="105"/>
        <location filename="../app/ctl/Passphrase.cpp" line="101"/>
        <source>Passphrase of the key file</source>
        <translation>Φράση πρόσβασης του αρχείου κλειδιού</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="110"/>
        <source>Passphrase for the backup</source>
        <translation>Φράση πρόσβασης για το αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="121"/>
        <source>Wrote the backup of node identity %1 to %2. Keep it and its passphrase: together they restore this identity and its balance.</source>
        <translation>Γράφτηκε το αντίγραφο ασφαλείας της ταυτότητας κόμβου %1 στο %2. Φυλάξτε το μαζί με τη φράση πρόσβασής του: μαζί επαναφέρουν αυτή την ταυτότητα και το υπόλοιπό της.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="129"/>
        <source>Passphrase of the backup</source>
        <translation>Φράση πρόσβασης του αντιγράφου ασφαλείας</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="148"/>
        <source>This computer now has the node identity from the backup.
%1</source>
        <translation>Αυτός ο υπολογιστής έχει πλέον την ταυτότητα κόμβου από το αντίγραφο ασφαλείας.
%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="159"/>
        <source>This computer&apos;s node identity (the key its contributions are signed with).
  show [--json]                          the node id, fingerprint and where the key is kept
  create [--key-file PATH]               a new identity in the keyring, or in a key file
                                         protected by a passphrase when there is no keyring
  export FILE                            a backup protected by a passphrase
  import FILE [--replace] [--key-file PATH]   restore a backup
Passphrases are read from the terminal, or one per line from standard input.</source>
        <translation>Η ταυτότητα κόμβου αυτού του υπολογιστή (το κλειδί με το οποίο υπογράφονται οι συνεισφορές του).
  show [--json]                          το αναγνωριστικό κόμβου, το αποτύπωμα και πού φυλάσσεται το κλειδί
  create [--key-file PATH]               νέα ταυτότητα στην κλειδοθήκη, ή σε αρχείο κλειδιού
                                         προστατευμένο με φράση πρόσβασης όταν δεν υπάρχει κλειδοθήκη
  export FILE                            αντίγραφο ασφαλείας προστατευμένο με φράση πρόσβασης
  import FILE [--replace] [--key-file PATH]   επαναφορά αντιγράφου ασφαλείας
Οι φράσεις πρόσβασης διαβάζονται από το τερματικό ή μία ανά γραμμή από την τυπική είσοδο.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="166"/>
        <source>Print JSON (show).</source>
        <translation>Εκτύπωση JSON (show).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="168"/>
        <source>Keep the identity in this passphrase-protected file instead of the keyring (create, import).</source>
        <translation>Φύλαξη της ταυτότητας σε αυτό το αρχείο που προστατεύεται με φράση πρόσβασης αντί για την κλειδοθήκη (create, import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="172"/>
        <source>Replace a different identity this computer has (import).</source>
        <translation>Αντικατάσταση διαφορετικής ταυτότητας που έχει αυτός ο υπολογιστής (import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="174"/>
        <source>show, create, export or import</source>
        <translation>show, create, export ή import</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="175"/>
        <source>The backup file (export, import).</source>
        <translation>Το αρχείο αντιγράφου ασφαλείας (export, import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="189"/>
        <source>&apos;%1&apos; needs exactly one FILE.</source>
        <translation>Το &apos;%1&apos; χρειάζεται ακριβώς ένα FILE.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="190"/>
        <source>Too many arguments.</source>
        <translation>Πάρα πολλά ορίσματα.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="192"/>
        <source>--key-file is for create and import.</source>
        <translation>Το --key-file είναι για τα create και import.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="194"/>
        <source>--key-file needs a path.</source>
        <translation>Το --key-file χρειάζεται διαδρομή.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="205"/>
        <source>Unknown action &apos;%1&apos;: use show, create, export or import.</source>
        <translation>Άγνωστη ενέργεια &apos;%1&apos;: χρησιμοποιήστε show, create, export ή import.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="106"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="127"/>
        <source>Node: %1</source>
        <translation>Κόμβος: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="106"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="127"/>
        <source>none yet</source>
        <translation>κανένα ακόμη</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="108"/>
        <source>Balance: %1 credits (earned %2, received %3, sent %4)</source>
        <translation>Υπόλοιπο: %1 πιστώσεις (κερδισμένες %2, ληφθείσες %3, σταλμένες %4)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="113"/>
        <source>Rank: %1 of %2 nodes</source>
        <translation>Κατάταξη: %1 από %2 κόμβους</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="115"/>
        <source>Balance: unknown (the ledger has not confirmed any entry of this node yet)</source>
        <translation>Υπόλοιπο: άγνωστο (το καθολικό δεν έχει επιβεβαιώσει ακόμη καμία καταχώριση αυτού του κόμβου)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="118"/>
        <source>Pending: %1 credits in receipts not yet confirmed</source>
        <translation>Σε εκκρεμότητα: %1 πιστώσεις σε αποδείξεις που δεν έχουν επιβεβαιωθεί ακόμη</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="128"/>
        <source>Ledger: %1</source>
        <translation>Καθολικό: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="128"/>
        <source>none configured</source>
        <translation>δεν έχει ρυθμιστεί</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="130"/>
        <source>Sync: %1</source>
        <translation>Συγχρονισμός: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="135"/>
        <source>Last successful sync: %1</source>
        <translation>Τελευταίος επιτυχής συγχρονισμός: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="137"/>
        <source>Next attempt: %1</source>
        <translation>Επόμενη προσπάθεια: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="138"/>
        <source>Entries: %1 pending, %2 confirmed, %3 refused</source>
        <translation>Καταχωρίσεις: %1 σε εκκρεμότητα, %2 επιβεβαιωμένες, %3 απορριφθείσες</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="145"/>
        <source>Refused: entry %1: %2 (%3)</source>
        <translation>Απορρίφθηκε: καταχώριση %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="170"/>
        <source>receipt %1 → %2: %3 core-hours, %4 vCPUs, %5 MiB</source>
        <translation>απόδειξη %1 → %2: %3 ώρες-πυρήνα, %4 vCPU, %5 MiB</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="178"/>
        <source>transfer of %1 credits to %2</source>
        <translation>μεταφορά %1 πιστώσεων προς %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="222"/>
        <source>transfer needs the node to give to and the amount, e.g. &apos;cloudyctl ledger transfer NODE-ID 2.5&apos;.</source>
        <translation>Το transfer χρειάζεται τον κόμβο στον οποίο δίνετε και το ποσό, π.χ. &apos;cloudyctl ledger transfer ID-ΚΟΜΒΟΥ 2.5&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="228"/>
        <source>&apos;%1&apos; is not a node id: a node id is 64 hex digits (&apos;cloudyctl identity show&apos; prints this node&apos;s).</source>
        <translation>Το &apos;%1&apos; δεν είναι αναγνωριστικό κόμβου: ένα αναγνωριστικό κόμβου έχει 64 δεκαεξαδικά ψηφία (το &apos;cloudyctl identity show&apos; εμφανίζει αυτό του κόμβου σας).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="236"/>
        <source>&apos;%1&apos; is not an amount of credits: write it like 12 or 2.5 (at most three decimals).</source>
        <translation>Το &apos;%1&apos; δεν είναι ποσό μονάδων: γράψτε το όπως 12 ή 2.5 (το πολύ τρία δεκαδικά).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="242"/>
        <source>A transfer needs the ledger, to know what this node can give: name it with --ledger URL or in the setting %1.</source>
        <translation>Μια μεταφορά χρειάζεται το καθολικό, για να ξέρει τι μπορεί να δώσει αυτός ο κόμβος: ορίστε το με --ledger URL ή στη ρύθμιση %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="257"/>
        <source>No transfer was made: the ledger could not be asked for this node&apos;s balance (%1).</source>
        <translation>Δεν έγινε καμία μεταφορά: δεν ήταν δυνατό να ζητηθεί από το καθολικό το υπόλοιπο αυτού του κόμβου (%1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="289"/>
        <source>Gave %1 credits to %2.</source>
        <translation>Δόθηκαν %1 μονάδες στον %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="293"/>
        <source>The ledger refused the transfer: %1 The entries after it go on without it.</source>
        <translation>Το καθολικό απέρριψε τη μεταφορά: %1 Οι επόμενες εγγραφές συνεχίζουν χωρίς αυτήν.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="299"/>
        <source>The transfer of %1 credits waits in the outbox and is sent at the next sync: %2</source>
        <translation>Η μεταφορά %1 μονάδων περιμένει στα εξερχόμενα και θα σταλεί στον επόμενο συγχρονισμό: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="301"/>
        <source>the ledger did not answer in time.</source>
        <translation>το καθολικό δεν απάντησε εγκαίρως.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="311"/>
        <source>The community ledger: this node&apos;s receipts, their sync and its credits.
  status   the outbox and the last sync (no network)
  sync     send the pending receipts to the ledger and fetch the balance
  balance  the credits the ledger counts for this node (after a sync when a ledger is set)
  history  this node&apos;s entries and what the ledger said about each
  transfer NODE AMOUNT  give credits to another node (signed with this node&apos;s key)</source>
        <translation>Το κοινοτικό καθολικό: οι αποδείξεις αυτού του κόμβου, ο συγχρονισμός τους και οι μονάδες του.
  status   τα εξερχόμενα και ο τελευταίος συγχρονισμός (χωρίς δίκτυο)
  sync     στέλνει τις εκκρεμείς αποδείξεις στο καθολικό και φέρνει το υπόλοιπο
  balance  οι μονάδες που μετρά το καθολικό για αυτόν τον κόμβο (μετά από συγχρονισμό όταν έχει οριστεί καθολικό)
  history  οι εγγραφές αυτού του κόμβου και τι είπε το καθολικό για την καθεμία
  transfer ΚΟΜΒΟΣ ΠΟΣΟ  δίνει μονάδες σε άλλον κόμβο (υπογεγραμμένο με το κλειδί αυτού του κόμβου)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="318"/>
        <source>status, sync, balance, history or transfer</source>
        <translation>status, sync, balance, history ή transfer</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="339"/>
        <source>transfer: a note for people, e.g. what the credits pay for.</source>
        <translation>transfer: μια σημείωση για ανθρώπους, π.χ. τι πληρώνουν οι μονάδες.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="353"/>
        <source>Unknown action &apos;%1&apos;: use status, sync, balance, history or transfer.</source>
        <translation>Άγνωστη ενέργεια &apos;%1&apos;: χρησιμοποιήστε status, sync, balance, history ή transfer.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="321"/>
        <source>The ledger&apos;s address (default: the setting %1).</source>
        <translation>Η διεύθυνση του καθολικού (προεπιλογή: η ρύθμιση %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="326"/>
        <source>SHA-256 of the ledger&apos;s TLS public key, 64 hex digits (default: the setting %1).</source>
        <translation>SHA-256 του δημόσιου κλειδιού TLS του καθολικού, 64 δεκαεξαδικά ψηφία (προεπιλογή: η ρύθμιση %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="330"/>
        <source>The outbox file (default: %1).</source>
        <translation>Το αρχείο εξερχομένων (προεπιλογή: %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="333"/>
        <source>The node id (default: the node of the outbox&apos;s entries).</source>
        <translation>Το αναγνωριστικό κόμβου (προεπιλογή: ο κόμβος των καταχωρίσεων των εξερχομένων).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="336"/>
        <source>Seconds to wait for the ledger (default 60).</source>
        <translation>Δευτερόλεπτα αναμονής για το καθολικό (προεπιλογή 60).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="362"/>
        <source>--timeout needs a number of seconds, e.g. --timeout 30.</source>
        <translation>Το --timeout χρειάζεται αριθμό δευτερολέπτων, π.χ. --timeout 30.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="377"/>
        <source>--node needs a node id: 64 lower-case hex digits.</source>
        <translation>Το --node χρειάζεται αναγνωριστικό κόμβου: 64 πεζά δεκαεξαδικά ψηφία.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="416"/>
        <source>The ledger did not finish answering within %1 seconds.</source>
        <translation>Το καθολικό δεν ολοκλήρωσε την απάντηση μέσα σε %1 δευτερόλεπτα.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="445"/>
        <source>Showing the last known balance: %1</source>
        <translation>Εμφανίζεται το τελευταίο γνωστό υπόλοιπο: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="460"/>
        <source>No entries yet.</source>
        <translation>Δεν υπάρχουν ακόμη καταχωρίσεις.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="117"/>
        <source>Cloudy Desktop is already running: its window has been raised.</source>
        <translation>Το Cloudy Desktop εκτελείται ήδη: το παράθυρό του ήρθε σε πρώτο πλάνο.</translation>
    </message>
</context>
</TS>
