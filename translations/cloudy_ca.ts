<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES">
<context>
    <name>Cloudy::Autostart</name>
    <message>
        <location filename="../core/platform/Autostart.cpp" line="73"/>
        <source>Could not remove %1, so Cloudy would still start at login.</source>
        <translation>No s&apos;ha pogut suprimir %1, de manera que Cloudy encara s&apos;iniciaria en iniciar la sessió.</translation>
    </message>
    <message>
        <location filename="../core/platform/Autostart.cpp" line="83"/>
        <source>Could not write %1: %2</source>
        <translation>No s&apos;ha pogut escriure %1: %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::ConfigDisk</name>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="76"/>
        <source>Cannot write the guest&apos;s configuration %1: %2</source>
        <translation>No es pot escriure la configuració de l&apos;hoste %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="129"/>
        <location filename="../core/contribution/ConfigDisk.cpp" line="180"/>
        <source>cannot create the folder</source>
        <translation>no es pot crear la carpeta</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::ContributionNode</name>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="125"/>
        <source>Cloudy contribution</source>
        <translation>Contribució de Cloudy</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="126"/>
        <source>Resources donated to the community microcloud %1</source>
        <translation>Recursos donats al micronúvol comunitari %1</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="419"/>
        <source>this computer has no loop devices (%1 is missing)</source>
        <translation>aquest ordinador no té dispositius loop (falta %1)</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="437"/>
        <source>Cannot create the folder %1.</source>
        <translation>No es pot crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="454"/>
        <source>disk size: applies when the guest is stopped and started again</source>
        <translation>mida del disc: s&apos;aplica quan l&apos;hoste s&apos;atura i es torna a iniciar</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="474"/>
        <source>Cannot copy the guest image %1 into %2.</source>
        <translation>No es pot copiar la imatge de l&apos;hoste %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="500"/>
        <source>disk size: grows to %1 GiB when the container is stopped and started again</source>
        <translation>mida del disc: creix fins a %1 GiB quan el contenidor s&apos;atura i es torna a iniciar</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="503"/>
        <source>disk size: shrinks to %1 GiB when the container is stopped and started again, if the data on it fits</source>
        <translation>mida del disc: es redueix a %1 GiB quan el contenidor s&apos;atura i es torna a iniciar, si les dades que conté hi caben</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="543"/>
        <source>A libvirt domain named %1 exists and is not Cloudy&apos;s contribution node; rename or remove it.</source>
        <translation>Existeix un domini de libvirt anomenat %1 que no és el node de contribució de Cloudy; canvieu-li el nom o elimineu-lo.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="556"/>
        <source>guest kind (virtual machine or container): applies on the next start, when the node is defined again</source>
        <translation>tipus d&apos;hoste (màquina virtual o contenidor): s&apos;aplica en la propera arrencada, quan el node es torna a definir</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="558"/>
        <source>new definition (image, maximums or microcloud): applies on the next start</source>
        <translation>definició nova (imatge, màxims o micronúvol): s&apos;aplica al pròxim inici</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="576"/>
        <source>checking whether this computer runs virtual machines with KVM; the guest starts right after</source>
        <translation>s&apos;està comprovant si aquest ordinador executa màquines virtuals amb KVM; l&apos;hoste s&apos;inicia just després</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="619"/>
        <source>the container could not mount its disk image: %1</source>
        <translation>el contenidor no ha pogut muntar la seva imatge de disc: %1</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="737"/>
        <source>Not connected to libvirt at %1.</source>
        <translation>No connectat a libvirt a %1.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="764"/>
        <source>The donated disk size is not enforced: %1.</source>
        <translation>La mida del disc donat no s&apos;aplica: %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::DonatedDisk</name>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="45"/>
        <source>%1 is missing: the container&apos;s donated disk needs the ext4 tools (install e2fsprogs).</source>
        <translation>Falta %1: el disc donat del contenidor necessita les eines d&apos;ext4 (instal·leu e2fsprogs).</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="53"/>
        <source>Could not run %1: %2</source>
        <translation>No s&apos;ha pogut executar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="58"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 no ha acabat en %2 segons.</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="79"/>
        <source>Cannot set the size of the disk image %1: %2</source>
        <translation>No es pot establir la mida de la imatge de disc %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="92"/>
        <source>The container&apos;s donated disk %1 has errors e2fsck could not fix by itself (run e2fsck -f on it): %2</source>
        <translation>El disc donat del contenidor %1 té errors que e2fsck no ha pogut corregir per si sol (executeu-hi e2fsck -f): %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="119"/>
        <source>Cannot create the disk image %1: %2</source>
        <translation>No es pot crear la imatge de disc %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="134"/>
        <source>Could not format the container&apos;s donated disk %1: %2</source>
        <translation>No s&apos;ha pogut formatar el disc donat del contenidor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="156"/>
        <source>Could not grow the container&apos;s donated disk %1: %2</source>
        <translation>No s&apos;ha pogut fer créixer el disc donat del contenidor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="168"/>
        <source>The data on the container&apos;s donated disk does not fit in %1 GiB; it keeps its size of %2 GiB (free space in the container, or donate more): %3</source>
        <translation>Les dades del disc donat del contenidor no caben en %1 GiB; es manté la mida de %2 GiB (allibereu espai al contenidor o doneu-ne més): %3</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::GuestImage</name>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="77"/>
        <source>No guest image is chosen: pick one on the Share page or with `cloudyctl share set --image PATH`.</source>
        <translation>No s&apos;ha triat cap imatge d&apos;hoste: trieu-ne una a la pàgina Comparteix o amb `cloudyctl share set --image PATH`.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="83"/>
        <source>The guest image %1 does not exist.</source>
        <translation>La imatge de l&apos;hoste %1 no existeix.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="32"/>
        <source>The guest image %1 has no readable manifest.json.</source>
        <translation>La imatge de l&apos;hoste %1 no té cap manifest.json llegible.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="40"/>
        <source>The guest image %1 is a container; choose “container (LXC)” to run it.</source>
        <translation>La imatge de l&apos;hoste %1 és un contenidor; trieu “contenidor (LXC)” per executar-la.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="42"/>
        <source>The guest image %1 is a virtual machine; choose “virtual machine (QEMU)” to run it.</source>
        <translation>La imatge de l&apos;hoste %1 és una màquina virtual; trieu “màquina virtual (QEMU)” per executar-la.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="59"/>
        <source>The guest image %1 lacks its root filesystem.</source>
        <translation>A la imatge de l&apos;hoste %1 li falta el sistema de fitxers arrel.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="68"/>
        <source>The guest image %1 lacks its kernel or disk.</source>
        <translation>A la imatge de l&apos;hoste %1 li falta el nucli o el disc.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="91"/>
        <source>The guest image &quot;%1&quot; is a catalog name, but it is not installed: install it first (Services page, or `cloudyctl services install %1 --no-launch`).</source>
        <translation>La imatge de l&apos;hoste &quot;%1&quot; és un nom del catàleg, però no està instal·lada: instal·leu-la primer (pàgina Serveis, o `cloudyctl services install %1 --no-launch`).</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="96"/>
        <source>The guest image %1 is not a folder.</source>
        <translation>La imatge de l&apos;hoste %1 no és una carpeta.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="111"/>
        <source>The guest image %1 has no container root filesystem (rootfs/ or lxc-rootfs/).</source>
        <translation>La imatge de l&apos;hoste %1 no té sistema de fitxers arrel de contenidor (rootfs/ o lxc-rootfs/).</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="120"/>
        <source>The guest image %1 has a kernel but no initrd.img.</source>
        <translation>La imatge de l&apos;hoste %1 té un nucli però no initrd.img.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="136"/>
        <source>The guest image %1 has neither a kernel (vmlinuz + initrd.img) nor a disk (disk.qcow2, disk.img).</source>
        <translation>La imatge de l&apos;hoste %1 no té ni nucli (vmlinuz + initrd.img) ni disc (disk.qcow2, disk.img).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::BalancePanel</name>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="47"/>
        <source>Balance (credits)</source>
        <translation>Saldo (crèdits)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="50"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="111"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="117"/>
        <source>Earned</source>
        <translation>Guanyats</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="51"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="112"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="118"/>
        <source>Received</source>
        <translation>Rebuts</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="52"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="113"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="119"/>
        <source>Spent</source>
        <translation>Gastats</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="53"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="121"/>
        <source>Pending</source>
        <translation>Pendents</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="54"/>
        <source>What receipts not yet confirmed by the ledger will earn.</source>
        <translation>El que guanyaran els rebuts que el llibre de comptes encara no ha confirmat.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="67"/>
        <source>Your community</source>
        <translation>La vostra comunitat</translation>
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
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="110"/>
        <source>As the ledger counted at the last sync.</source>
        <translation>Tal com el va comptar el llibre de comptes en l&apos;última sincronització.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="116"/>
        <source>Not known until the ledger has answered once.</source>
        <translation>No se sap fins que el llibre de comptes hagi respost una vegada.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="126"/>
        <source>%1 nodes have given %2 core-hours and earned %3 credits.</source>
        <translation>%1 nodes han donat %2 hores-nucli i han guanyat %3 crèdits.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="131"/>
        <source>Your rank: %1 of %2</source>
        <translation>La vostra posició: %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="133"/>
        <source>Your rank: not ranked yet</source>
        <translation>La vostra posició: encara sense classificar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="135"/>
        <source>The community&apos;s totals show after the first sync with its ledger.</source>
        <translation>Els totals de la comunitat es mostren després de la primera sincronització amb el seu llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="136"/>
        <source>Your rank: %1</source>
        <translation>La vostra posició: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="137"/>
        <source>Your rank: not known yet</source>
        <translation>La vostra posició: encara no se sap</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="139"/>
        <source>Community totals</source>
        <translation>Totals de la comunitat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="141"/>
        <source>Your rank</source>
        <translation>La vostra posició</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ChartsLoader</name>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="51"/>
        <source>%1 has no charts entry point</source>
        <translation>%1 no té el punt d&apos;entrada dels gràfics</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="58"/>
        <source>The charts cannot be shown: their module (%1) is missing or broken. Reinstalling Cloudy Desktop puts it back. (%2)</source>
        <translation>No es poden mostrar els gràfics: el seu mòdul (%1) falta o està malmès. Si reinstal·leu Cloudy Desktop, hi tornarà a ser. (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="29"/>
        <source>The charts cannot be shown: their module (%1) is from another version of Cloudy Desktop. Reinstalling Cloudy Desktop puts the right one back.</source>
        <translation>No es poden mostrar els gràfics: el seu mòdul (%1) és d&apos;una altra versió de Cloudy Desktop. Si reinstal·leu Cloudy Desktop, hi tornarà a ser el correcte.</translation>
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
        <translation>Memòria</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="56"/>
        <source>Disk</source>
        <translation>Disc</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="57"/>
        <source>Effort bonus</source>
        <translation>Bonificació per esforç</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="72"/>
        <source>Credits</source>
        <translation>Crèdits</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="83"/>
        <source>Credits earned over time</source>
        <translation>Crèdits guanyats al llarg del temps</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="163"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="166"/>
        <source>No credits in this period.</source>
        <translation>No hi ha crèdits en aquest període.</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="170"/>
        <source>%1 credits from %2 to %3: CPU %4, memory %5, disk %6</source>
        <translation>%1 crèdits del %2 al %3: CPU %4, memòria %5, disc %6</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="175"/>
        <source>, effort bonus %1</source>
        <translation>, bonificació per esforç %1</translation>
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
        <translation>Memòria</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="45"/>
        <source>Disk</source>
        <translation>Disc</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="75"/>
        <source>Donated now, last 10 minutes</source>
        <translation>Donat ara, últims 10 minuts</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="85"/>
        <source>Nothing donated in the last 10 minutes.</source>
        <translation>No s&apos;ha donat res en els últims 10 minuts.</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="107"/>
        <source>CPU %1 cores</source>
        <translation>CPU %1 nuclis</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="108"/>
        <source>Memory %1</source>
        <translation>Memòria %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="109"/>
        <source>Disk %1 GiB</source>
        <translation>Disc %1 GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonatedText.cpp" line="24"/>
        <source>%1 cores, %2 memory, %3 GiB disk</source>
        <translation>%1 nuclis, %2 de memòria, %3 GiB de disc</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="110"/>
        <source>Donated now: %1.</source>
        <translation>Donat ara: %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="45"/>
        <source>Welcome to Cloudy</source>
        <translation>Benvinguts a Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="59"/>
        <source>Share with your community network</source>
        <translation>Compartiu amb la vostra xarxa comunitària</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="62"/>
        <source>Cloudy lets this computer give some of its processor, memory and disk to your community network&apos;s microclouds — only what you choose, only when you choose — and run the services they offer. What you give is counted in signed receipts and earns credits on your community&apos;s ledger.</source>
        <translation>Cloudy permet que aquest ordinador doni part del seu processador, memòria i disc als micronúvols de la vostra xarxa comunitària —només el que trieu, només quan ho trieu— i executi els serveis que ofereixen. El que doneu es compta en rebuts signats i guanya crèdits al llibre de comptes de la vostra comunitat.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="68"/>
        <source>The next steps take a minute. Each one can be skipped and changed later.</source>
        <translation>Els passos següents duren un minut. Podeu ometre qualsevol pas i canviar-lo més endavant.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="75"/>
        <source>Your node identity</source>
        <translation>La identitat del vostre node</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="76"/>
        <source>A key that signs your receipts, so that your credits are yours. It stays in your keyring; back it up later with &quot;cloudyctl identity export&quot;.</source>
        <translation>Una clau que signa els vostres rebuts, perquè els vostres crèdits siguin vostres. Es queda a l&apos;anell de claus; feu-ne una còpia de seguretat més endavant amb &quot;cloudyctl identity export&quot;.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="87"/>
        <source>You can keep the key in a file protected by a passphrase instead. You will need the passphrase whenever Cloudy signs receipts.</source>
        <translation>En lloc d&apos;això, podeu guardar la clau en un fitxer protegit amb una frase de pas. Necessitareu la frase de pas cada vegada que Cloudy signi rebuts.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="93"/>
        <source>Passphrase</source>
        <translation>Frase de pas</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="97"/>
        <source>Passphrase again</source>
        <translation>Frase de pas de nou</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="98"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de pas:</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="99"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetiu-la:</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="100"/>
        <source>&amp;Create Key File</source>
        <translation>&amp;Crea el fitxer de clau</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="113"/>
        <source>How much to share</source>
        <translation>Quant compartir</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="115"/>
        <source>A starting point; the Share page shows the exact values and lets you change them.</source>
        <translation>Un punt de partida; la pàgina Comparteix mostra els valors exactes i us permet canviar-los.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="123"/>
        <source>&amp;Light: a little, hardly noticeable</source>
        <translation>&amp;Lleuger: una mica, gairebé imperceptible</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="124"/>
        <source>&amp;Balanced: a fair share while you work</source>
        <translation>&amp;Equilibrat: una part justa mentre treballeu</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="125"/>
        <source>&amp;Full: as much as this computer can spare</source>
        <translation>&amp;Complet: tot el que aquest ordinador pot cedir</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="126"/>
        <source>&amp;Not yet: decide later on the Share page</source>
        <translation>&amp;Encara no: decidiu-ho més tard a la pàgina Comparteix</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="142"/>
        <source>Your microcloud</source>
        <translation>El vostre micronúvol</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="143"/>
        <source>The microclouds found near you. Choose the one to share with, or none for now: the Nearby page keeps looking.</source>
        <translation>Els micronúvols trobats a prop vostre. Trieu aquell amb què voleu compartir, o cap de moment: la pàgina A prop continua buscant.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="148"/>
        <source>Microclouds found near you</source>
        <translation>Micronúvols trobats a prop vostre</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="160"/>
        <source>Start at login</source>
        <translation>Inici en iniciar la sessió</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="162"/>
        <source>&amp;Start Cloudy in the tray when I log in</source>
        <translation>Inicia Cloudy a la &amp;safata quan iniciï la sessió</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="166"/>
        <source>Sharing follows your rules only while Cloudy runs.</source>
        <translation>La compartició segueix les vostres regles només mentre Cloudy s&apos;executa.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="185"/>
        <source>Looking for your node identity in the keyring…</source>
        <translation>S&apos;està cercant la identitat del vostre node a l&apos;anell de claus…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="200"/>
        <source>Your node is %1.
Key fingerprint: %2</source>
        <translation>El vostre node és %1.
Empremta de la clau: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="215"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les dues frases de pas són diferents. Escriviu la mateixa dues vegades.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="220"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Feu servir una frase de pas d&apos;almenys %1 caràcters.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="224"/>
        <source>Creating the key file…</source>
        <translation>S&apos;està creant el fitxer de clau…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="239"/>
        <source>Your node is %1, its key kept in %2.</source>
        <translation>El vostre node és %1, amb la clau guardada a %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="256"/>
        <source>None for now</source>
        <translation>Cap de moment</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/FirstRunWizard.cpp" line="265"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::KeyFileUnlockDialog</name>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="24"/>
        <source>Unlock your node key</source>
        <translation>Desbloquegeu la clau del vostre node</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="27"/>
        <source>Your node key is kept in a file protected by a passphrase (%1), because this computer has no keyring. Cloudy Desktop needs the passphrase to sign the receipts of the hours you shared. It keeps it in memory until you quit, never on disk.</source>
        <translation>La clau del vostre node es desa en un fitxer protegit amb una frase de pas (%1), perquè aquest ordinador no té clauer. Cloudy Desktop necessita la frase de pas per signar els rebuts de les hores que heu compartit. La guarda a la memòria fins que sortiu, mai al disc.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="33"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de pas:</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="37"/>
        <source>Passphrase of the key file</source>
        <translation>Frase de pas del fitxer de clau</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="39"/>
        <source>Unlock status</source>
        <translation>Estat del desbloqueig</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="42"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloqueja</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="43"/>
        <source>&amp;Later</source>
        <translation>&amp;Més tard</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="44"/>
        <source>The hours stay recorded and are signed once the key is unlocked.</source>
        <translation>Les hores queden enregistrades i se signen quan la clau es desbloqueja.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="59"/>
        <source>Type the passphrase you chose when the key file was made.</source>
        <translation>Escriviu la frase de pas que vau triar quan es va crear el fitxer de clau.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="74"/>
        <source>That passphrase does not open the key file. Try again.</source>
        <translation>Aquesta frase de pas no obre el fitxer de clau. Torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="91"/>
        <source>Checking the passphrase…</source>
        <translation>S&apos;està comprovant la frase de pas…</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="42"/>
        <source>Sharing: off</source>
        <translation>Compartició: desactivada</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="47"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="50"/>
        <source>Pages</source>
        <translation>Pàgines</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="57"/>
        <source>Share</source>
        <translation>Comparteix</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="58"/>
        <source>Nearby</source>
        <translation>A prop</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="59"/>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="60"/>
        <source>Rewards</source>
        <translation>Recompenses</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="87"/>
        <source>Sharing state</source>
        <translation>Estat de la compartició</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="93"/>
        <source>Balance and sync state</source>
        <translation>Saldo i estat de la sincronització</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="97"/>
        <source>Unlock node key…</source>
        <translation>Desbloqueja la clau del node…</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="98"/>
        <source>Receipts wait to be signed: your node key file needs its passphrase.</source>
        <translation>Els rebuts esperen ser signats: el fitxer de clau del vostre node necessita la seva frase de pas.</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="99"/>
        <source>Unlock the node key</source>
        <translation>Desbloqueja la clau del node</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuració…</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="120"/>
        <source>Settings (%1)</source>
        <translation>Configuració (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="157"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="251"/>
        <source>The new language applies when Cloudy starts again.</source>
        <translation>El nou idioma s&apos;aplica quan Cloudy es torna a iniciar.</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="270"/>
        <source>Sharing: not available</source>
        <translation>Compartició: no disponible</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="278"/>
        <source>Sharing state: %1</source>
        <translation>Estat de la compartició: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="359"/>
        <source>Cloudy keeps running</source>
        <translation>Cloudy continua funcionant</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="360"/>
        <source>Cloudy is still in the tray, so sharing goes on. Use Quit in its menu to stop it.</source>
        <translation>Cloudy continua a la safata, així que la compartició segueix. Feu servir Surt del seu menú per aturar-lo.</translation>
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
        <translation>ara mateix</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="78"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="80"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="276"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servei</numerusform>
            <numerusform>%n serveis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="116"/>
        <source>&amp;Open</source>
        <translation>&amp;Obre</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="117"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copia l&apos;adreça</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="118"/>
        <source>&amp;Launch here</source>
        <translation>&amp;Executa aquí</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="119"/>
        <source>&amp;Join microcloud</source>
        <translation>&amp;Uneix-te al micronúvol</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="122"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="209"/>
        <source>Nearby</source>
        <translation>A prop</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="126"/>
        <source>Filter by name, service, host, address or TXT</source>
        <translation>Filtra per nom, servei, amfitrió, adreça o TXT</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="127"/>
        <source>Filter microclouds and services</source>
        <translation>Filtra micronúvols i serveis</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="141"/>
        <source>Microclouds, nodes and services</source>
        <translation>Micronúvols, nodes i serveis</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="165"/>
        <source>TXT record</source>
        <translation>Registre TXT</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="166"/>
        <source>Key</source>
        <translation>Clau</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="166"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="176"/>
        <source>Run this service on this computer (from the Services page)</source>
        <translation>Executa aquest servei en aquest ordinador (des de la pàgina Serveis)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="177"/>
        <source>Share this computer with this microcloud</source>
        <translation>Comparteix aquest ordinador amb aquest micronúvol</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="210"/>
        <source>The microclouds of your community network near you, and what they offer.</source>
        <translation>Els micronúvols de la vostra xarxa comunitària a prop vostre, i el que ofereixen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="263"/>
        <source>Avahi (avahi-daemon)</source>
        <translation>Avahi (avahi-daemon)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="264"/>
        <source>Cloudy&apos;s built-in mDNS browser</source>
        <translation>el navegador mDNS integrat de Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="265"/>
        <source>nothing</source>
        <translation>res</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="271"/>
        <source>Discovery stopped: %1</source>
        <translation>La descoberta s&apos;ha aturat: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="273"/>
        <source>Searching with %1…</source>
        <translation>S&apos;està cercant amb %1…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="275"/>
        <source>%1 in %2 · found with %3</source>
        <translation>%1 en %2 · trobats amb %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="277"/>
        <source>%n microcloud(s)</source>
        <translation>
            <numerusform>%n micronúvol</numerusform>
            <numerusform>%n micronúvols</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="281"/>
        <source>Cloudy cannot look for microclouds right now: %1</source>
        <translation>Cloudy no pot cercar micronúvols ara mateix: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="282"/>
        <source>No microclouds found yet. Cloudy is looking for them on your network with %1: microclouds announce themselves with DNS-SD (mDNS), and nodes of the Cloudy distro are recognised as they are. If your computer reaches your community network through a VPN such as Tinc, connect it first.</source>
        <translation>Encara no s&apos;ha trobat cap micronúvol. Cloudy els cerca a la vostra xarxa amb %1: els micronúvols s&apos;anuncien amb DNS-SD (mDNS) i els nodes de la distribució Cloudy es reconeixen tal com són. Si el vostre ordinador arriba a la xarxa comunitària a través d&apos;una VPN com Tinc, connecteu-la primer.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="296"/>
        <source>Select a microcloud, node or service</source>
        <translation>Seleccioneu un micronúvol, un node o un servei</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="311"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="330"/>
        <source>Microcloud</source>
        <translation>Micronúvol</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="312"/>
        <source>none (services outside any microcloud)</source>
        <translation>cap (serveis fora de qualsevol micronúvol)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="314"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="315"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="320"/>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="318"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="327"/>
        <source>Host</source>
        <translation>Amfitrió</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="319"/>
        <source>Node id</source>
        <translation>Identificador del node</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="322"/>
        <source>A Cloudy node</source>
        <translation>Un node Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="325"/>
        <source>Service</source>
        <translation>Servei</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="328"/>
        <source>Addresses</source>
        <translation>Adreces</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="329"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="341"/>
        <source>Round trip</source>
        <translation>Temps d&apos;anada i tornada</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="342"/>
        <source>Last seen</source>
        <translation>Vist per última vegada</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::Notifier</name>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="35"/>
        <source>Sharing cannot run</source>
        <translation>La compartició no es pot executar</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="37"/>
        <source>Sharing paused</source>
        <translation>Compartició en pausa</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="40"/>
        <source>Sharing resumed</source>
        <translation>Compartició represa</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="41"/>
        <source>This computer is sharing with your microcloud again.</source>
        <translation>Aquest ordinador torna a compartir amb el vostre micronúvol.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="52"/>
        <source>%1 is ready</source>
        <translation>%1 està a punt</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="52"/>
        <source>Open it from the Services page.</source>
        <translation>Obriu-lo des de la pàgina Serveis.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="55"/>
        <source>Its logs on the Services page say why.</source>
        <translation>Els seus registres a la pàgina Serveis en diuen el motiu.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="56"/>
        <source>%1 failed</source>
        <translation>%1 ha fallat</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="57"/>
        <source>%1 does not answer</source>
        <translation>%1 no respon</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::PageHeader</name>
    <message>
        <location filename="../app/desktop/pages/PageHeader.cpp" line="21"/>
        <source>%1 icon</source>
        <translation>Icona de %1</translation>
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
        <translation>Pendent</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="90"/>
        <source>Confirmed</source>
        <translation>Confirmat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="92"/>
        <source>Refused</source>
        <translation>Rebutjat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="103"/>
        <source>Receipt %1, %2: %3 core-hours, %4 GiB-hours of memory, %5 GiB-hours of disk, %6 credits. %7.</source>
        <translation>Rebut %1, %2: %3 hores-nucli, %4 GiB-hora de memòria, %5 GiB-hora de disc, %6 crèdits. %7.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="112"/>
        <source>the ledger gave no reason</source>
        <translation>el llibre de comptes no n&apos;ha donat cap motiu</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="113"/>
        <source>Why: %1</source>
        <translation>Motiu: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="154"/>
        <source>Refused by the ledger, without a reason.</source>
        <translation>Rebutjat pel llibre de comptes, sense cap motiu.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="155"/>
        <source>Refused by the ledger: %1</source>
        <translation>Rebutjat pel llibre de comptes: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="157"/>
        <source>Set aside: the receipts after it went on without it.</source>
        <translation>Apartat: els rebuts posteriors han continuat sense aquest.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="161"/>
        <source>Recorded on this computer, not yet confirmed by the ledger.</source>
        <translation>Registrat en aquest ordinador, encara no confirmat pel llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="187"/>
        <source>Period</source>
        <translation>Període</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="189"/>
        <source>Core-hours</source>
        <translation>Hores-nucli</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="191"/>
        <source>Memory (GiB·h)</source>
        <translation>Memòria (GiB·h)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="193"/>
        <source>Disk (GiB·h)</source>
        <translation>Disc (GiB·h)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="195"/>
        <source>Credits</source>
        <translation>Crèdits</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="197"/>
        <source>State</source>
        <translation>Estat</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::RewardsPage</name>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="68"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="74"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="86"/>
        <source>Rewards</source>
        <translation>Recompenses</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="65"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="87"/>
        <source>What your contribution has earned, synced with your community&apos;s ledger.</source>
        <translation>El que ha guanyat la vostra contribució, sincronitzat amb el llibre de comptes de la vostra comunitat.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="69"/>
        <source>No contribution recorded yet. Once you share, signed receipts of what you gave are sent to your microcloud&apos;s ledger and your balance shows here.</source>
        <translation>Encara no hi ha cap contribució registrada. Quan compartiu, s&apos;envien rebuts signats del que heu donat al llibre de comptes del vostre micronúvol i el vostre saldo es mostra aquí.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="92"/>
        <source>No ledger is set up yet. Your receipts are recorded and signed on this computer and will be sent once your microcloud&apos;s ledger is configured.</source>
        <translation>Encara no s&apos;ha configurat cap llibre de comptes. Els vostres rebuts es registren i se signen en aquest ordinador i s&apos;enviaran quan el llibre de comptes del vostre micronúvol estigui configurat.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="94"/>
        <source>No ledger</source>
        <translation>Cap llibre de comptes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="101"/>
        <source>This computer has no node identity yet, so there is nothing to sign receipts with or to earn credits for. Create one in the first-run assistant, or in a terminal with:

cloudyctl identity create</source>
        <translation>Aquest ordinador encara no té identitat de node, de manera que no hi ha res amb què signar els rebuts ni per a què guanyar crèdits. Creeu-ne una a l&apos;assistent d&apos;inici o en un terminal amb:

cloudyctl identity create</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="105"/>
        <source>No identity yet</source>
        <translation>Encara no hi ha identitat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="130"/>
        <source>Sync now</source>
        <translation>Sincronitza ara</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="144"/>
        <source>Credits earned</source>
        <translation>Crèdits guanyats</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="153"/>
        <source>Show the last:</source>
        <translation>Mostra els últims:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="159"/>
        <source>&amp;Week</source>
        <translation>Se&amp;tmana</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="159"/>
        <source>Last 7 days</source>
        <translation>Últims 7 dies</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="160"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="160"/>
        <source>Last 30 days</source>
        <translation>Últims 30 dies</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="161"/>
        <source>&amp;Year</source>
        <translation>&amp;Any</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="161"/>
        <source>Last 365 days, by month</source>
        <translation>Últims 365 dies, per mes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="182"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="210"/>
        <source>Receipts</source>
        <translation>Rebuts</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="190"/>
        <source>Show receipts</source>
        <translation>Mostra els rebuts</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="191"/>
        <source>All</source>
        <translation>Tots</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="195"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="227"/>
        <source>No receipts yet. While you share, signed receipts of what you gave are recorded here and sent to the ledger.</source>
        <translation>Encara no hi ha rebuts. Mentre compartiu, aquí es registren rebuts signats del que heu donat, que s&apos;envien al llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="236"/>
        <source>Receipt details</source>
        <translation>Detalls del rebut</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="322"/>
        <source>Select a receipt to see its details.</source>
        <translation>Seleccioneu un rebut per veure&apos;n els detalls.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="334"/>
        <source>Rewards: no identity yet</source>
        <translation>Recompenses: encara no hi ha identitat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="336"/>
        <source>Balance %1 credits · %2</source>
        <translation>Saldo %1 crèdits · %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="338"/>
        <source>Balance not known yet · %1</source>
        <translation>Saldo encara desconegut · %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ScheduleEditor</name>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="51"/>
        <source>Weekly schedule</source>
        <translation>Horari setmanal</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="53"/>
        <source>Remo&amp;ve profile</source>
        <translation>Elimi&amp;na el perfil</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="55"/>
        <source>Pa&amp;int with:</source>
        <translation>P&amp;inta amb:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="64"/>
        <source>Profiles: what is shared at each time of the week (the disk is the one above).</source>
        <translation>Perfils: què es comparteix a cada moment de la setmana (el disc és el de dalt).</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="68"/>
        <source>Profiles</source>
        <translation>Perfils</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Cores</source>
        <translation>Nuclis</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Memory (MiB)</source>
        <translation>Memòria (MiB)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="80"/>
        <source>Add profile</source>
        <translation>Afegeix un perfil</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="82"/>
        <source>A new profile with the values of “What you share”</source>
        <translation>Un perfil nou amb els valors de «Què compartiu»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="105"/>
        <source>Wee&amp;kly schedule (drag to paint; or arrow keys and Space):</source>
        <translation>&amp;Horari setmanal (arrossegueu per pintar; o fletxes i Espai):</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="198"/>
        <source>Paint with %1</source>
        <translation>Pinta amb %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="203"/>
        <source>Off</source>
        <translation>Desactivat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="227"/>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ScheduleGrid</name>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="43"/>
        <source>Weekly schedule</source>
        <translation>Horari setmanal</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="44"/>
        <source>Drag to paint with the chosen profile. Keyboard: arrow keys move, Space or Enter paints the half-hour, Shift with an arrow paints while moving.</source>
        <translation>Arrossegueu per pintar amb el perfil triat. Teclat: les fletxes mouen, Espai o Retorn pinta la mitja hora, Maj amb una fletxa pinta mentre es mou.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="118"/>
        <source>off</source>
        <translation>desactivat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="120"/>
        <source>unknown profile “%1”</source>
        <translation>perfil desconegut «%1»</translation>
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
        <translation>Registres de %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/services/ServiceLogsDialog.cpp" line="31"/>
        <source>Console log</source>
        <translation>Registre de la consola</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/services/ServiceLogsDialog.cpp" line="46"/>
        <source>Nothing in the console yet.</source>
        <translation>Encara no hi ha res a la consola.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ServicesPage</name>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="41"/>
        <source>less than a minute</source>
        <translation>menys d&apos;un minut</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="45"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="49"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="70"/>
        <source>&amp;Running only</source>
        <translation>Només en e&amp;xecució</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="73"/>
        <source>&amp;Trust</source>
        <translation>Con&amp;fia-hi</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="74"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ara no</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="85"/>
        <source>&amp;Install</source>
        <translation>&amp;Instal·la</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="86"/>
        <source>&amp;Cancel install</source>
        <translation>&amp;Cancel·la la instal·lació</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="87"/>
        <source>&amp;Launch</source>
        <translation>&amp;Engega</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="88"/>
        <source>&amp;Open</source>
        <translation>&amp;Obre</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="89"/>
        <source>Lo&amp;gs</source>
        <translation>Re&amp;gistres</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="90"/>
        <source>&amp;Stop</source>
        <translation>A&amp;tura</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="91"/>
        <source>R&amp;estart</source>
        <translation>&amp;Reinicia</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="92"/>
        <source>Re&amp;move</source>
        <translation>E&amp;limina</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="95"/>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="155"/>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="260"/>
        <source>Services</source>
        <translation>Serveis</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="99"/>
        <source>Search services by name or description</source>
        <translation>Cerqueu serveis per nom o descripció</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="100"/>
        <source>Search services</source>
        <translation>Cerca serveis</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="109"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="113"/>
        <source>Show only the services that run on this computer</source>
        <translation>Mostra només els serveis que s&apos;executen en aquest ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="135"/>
        <source>Could not trust this catalog: %1</source>
        <translation>No s&apos;ha pogut confiar en aquest catàleg: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="189"/>
        <source>Install progress</source>
        <translation>Progrés de la instal·lació</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="200"/>
        <source>Download, check and unpack this service, then start it</source>
        <translation>Baixa, verifica i desempaqueta aquest servei, i després l&apos;inicia</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="201"/>
        <source>Open the service&apos;s web page in your browser</source>
        <translation>Obre la pàgina web del servei al navegador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="202"/>
        <source>Stop the service and delete it from this computer</source>
        <translation>Atura el servei i l&apos;elimina d&apos;aquest ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="261"/>
        <source>Community services you can run on this computer with one click.</source>
        <translation>Serveis comunitaris que podeu executar en aquest ordinador amb un clic.</translation>
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
        <translation>Totes les categories</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="358"/>
        <source>Services are not available in this session.</source>
        <translation>Els serveis no estan disponibles en aquesta sessió.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="363"/>
        <source>No service catalog yet. Services such as Tahoe-LAFS storage, Syncthing or PeerStreamer come from the catalogs your microclouds publish.</source>
        <translation>Encara no hi ha cap catàleg de serveis. Serveis com l&apos;emmagatzematge Tahoe-LAFS, Syncthing o PeerStreamer vénen dels catàlegs que publiquen els vostres micronúvols.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="383"/>
        <source>Publisher %1 (fingerprint %2) offers a catalog at %3. Trust it? Cloudy then installs services only from catalogs signed with this key.</source>
        <translation>L&apos;editor %1 (empremta %2) ofereix un catàleg a %3. Hi confieu? Aleshores Cloudy només instal·larà serveis de catàlegs signats amb aquesta clau.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="398"/>
        <source>The catalog at %1 cannot be used: %2</source>
        <translation>El catàleg de %1 no es pot fer servir: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="435"/>
        <source>No service selected</source>
        <translation>No hi ha cap servei seleccionat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="444"/>
        <source>Version %1</source>
        <translation>Versió %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="446"/>
        <source>Needs %1</source>
        <translation>Necessita %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="449"/>
        <source>Publisher key %1</source>
        <translation>Clau de l&apos;editor %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="452"/>
        <source>State: %1</source>
        <translation>Estat: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="455"/>
        <source>Up for %1</source>
        <translation>En marxa des de fa %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="458"/>
        <source>Ports: %1</source>
        <translation>Ports: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="502"/>
        <source>Remove %1?</source>
        <translation>Voleu eliminar %1?</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="503"/>
        <source>Remove %1 from this computer? It is stopped and its program is deleted. Its data (what the service saved) can be kept for a later install, or deleted too.</source>
        <translation>Voleu eliminar %1 d&apos;aquest ordinador? S&apos;aturarà i se n&apos;esborrarà el programa. Les seves dades (el que el servei ha desat) es poden conservar per a una instal·lació posterior, o esborrar-les també.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="508"/>
        <source>Remove, &amp;keep data</source>
        <translation>Elimina i &amp;manté les dades</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="509"/>
        <source>Remove and &amp;delete data</source>
        <translation>Elimina i &amp;esborra les dades</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="61"/>
        <source>A catalog address starts with https:// (or http:// on your own network) and ends with its index.json.</source>
        <translation>L&apos;adreça d&apos;un catàleg comença per https:// (o http:// a la vostra pròpia xarxa) i acaba amb el seu index.json.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="75"/>
        <source>Cloudy Settings</source>
        <translation>Configuració de Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="77"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="78"/>
        <source>C&amp;onnections</source>
        <translation>C&amp;onnexions</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="80"/>
        <source>C&amp;atalogs</source>
        <translation>C&amp;atàlegs</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="81"/>
        <source>&amp;Data</source>
        <translation>&amp;Dades</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="88"/>
        <source>Fill in the default of every setting. Nothing is saved until you press OK.</source>
        <translation>Omple el valor per defecte de cada opció. No es desa res fins que premeu D&apos;acord.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="104"/>
        <source>As the system</source>
        <translation>Com el sistema</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="110"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="111"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="112"/>
        <source>A new language applies when Cloudy starts again.</source>
        <translation>Un idioma nou s&apos;aplica quan Cloudy es torna a iniciar.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="115"/>
        <source>&amp;Start Cloudy in the tray when I log in</source>
        <translation>Inicia Cloudy a la &amp;safata quan iniciï la sessió</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="121"/>
        <source>Automatic (Avahi when it runs, else built-in)</source>
        <translation>Automàtic (Avahi si s&apos;executa; si no, l&apos;integrat)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="122"/>
        <source>Avahi (the system&apos;s service discovery)</source>
        <translation>Avahi (el descobriment de serveis del sistema)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="123"/>
        <source>Built-in mDNS</source>
        <translation>mDNS integrat</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="124"/>
        <source>Discovery backend</source>
        <translation>Sistema de descobriment</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="125"/>
        <source>&amp;Find microclouds with:</source>
        <translation>&amp;Cerca micronúvols amb:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="135"/>
        <source>Automatic (qemu:///session)</source>
        <translation>Automàtic (qemu:///session)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="136"/>
        <source>libvirt address</source>
        <translation>Adreça de libvirt</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="138"/>
        <source>&amp;libvirt address:</source>
        <translation>Adreça de &amp;libvirt:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="143"/>
        <source>The ledger your microcloud announces</source>
        <translation>El llibre de comptes que anuncia el vostre micronúvol</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="144"/>
        <source>Ledger address</source>
        <translation>Adreça del llibre de comptes</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="146"/>
        <source>Le&amp;dger address:</source>
        <translation>Adreça del llibre de comp&amp;tes:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="151"/>
        <source>Optional: SHA-256 of the ledger&apos;s TLS key</source>
        <translation>Opcional: SHA-256 de la clau TLS del llibre de comptes</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="152"/>
        <source>Ledger key pin</source>
        <translation>Fixació de la clau del llibre de comptes</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="153"/>
        <source>With a pin, Cloudy talks only to the ledger whose TLS public key has this SHA-256, even if a certificate authority vouches for another.</source>
        <translation>Amb una fixació, Cloudy només es comunica amb el llibre de comptes la clau pública TLS del qual té aquest SHA-256, encara que una autoritat de certificació en garanteixi una altra.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="156"/>
        <source>Ledger key &amp;pin:</source>
        <translation>&amp;Fixació de la clau del llibre de comptes:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="169"/>
        <source>Catalogs you added by address. Catalogs your microclouds announce are found by themselves and are not listed here.</source>
        <translation>Catàlegs que heu afegit per adreça. Els catàlegs que anuncien els vostres micronúvols es troben sols i no apareixen aquí.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="176"/>
        <source>Added catalogs</source>
        <translation>Catàlegs afegits</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="177"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="177"/>
        <source>Trusted publisher key</source>
        <translation>Clau de l&apos;editor de confiança</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="186"/>
        <source>Address of a catalog to add</source>
        <translation>Adreça d&apos;un catàleg per afegir</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="187"/>
        <source>A&amp;dd</source>
        <translation>A&amp;fegeix</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="204"/>
        <source>&amp;Remove</source>
        <translation>&amp;Suprimeix</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="206"/>
        <source>&amp;Forget Key</source>
        <translation>Oblida la c&amp;lau</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="208"/>
        <source>The next download of this catalog asks again whether you trust its publisher.</source>
        <translation>La propera baixada d&apos;aquest catàleg tornarà a preguntar si confieu en el seu editor.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="236"/>
        <source>Open</source>
        <translation>Obre</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="237"/>
        <source>Open %1</source>
        <translation>Obre %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="245"/>
        <source>Your data</source>
        <translation>Les vostres dades</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="246"/>
        <source>Settings file</source>
        <translation>Fitxer de configuració</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="247"/>
        <source>Downloads cache</source>
        <translation>Memòria cau de baixades</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="249"/>
        <source>Your node identity is not in these folders: it is kept in your keyring. Back it up with &quot;cloudyctl identity export&quot;.</source>
        <translation>La vostra identitat de node no és en aquestes carpetes: es desa a l&apos;anell de claus. Feu-ne una còpia de seguretat amb &quot;cloudyctl identity export&quot;.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="318"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="320"/>
        <source>forgotten: asked again at the next download</source>
        <translation>oblidada: es tornarà a preguntar a la propera baixada</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="334"/>
        <source>This catalog is already in the list.</source>
        <translation>Aquest catàleg ja és a la llista.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="434"/>
        <source>Some settings were not saved</source>
        <translation>No s&apos;han desat algunes opcions</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SharePage</name>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="90"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="96"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="122"/>
        <source>Share</source>
        <translation>Comparteix</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="91"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="123"/>
        <source>Donate CPU, memory and disk to your microcloud, within limits you choose.</source>
        <translation>Doneu CPU, memòria i disc al vostre micronúvol, dins dels límits que trieu.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="92"/>
        <source>Sharing is not available in this session.</source>
        <translation>Compartir no està disponible en aquesta sessió.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="168"/>
        <source>&amp;Share this computer</source>
        <translation>&amp;Comparteix aquest ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="170"/>
        <source>Share this computer</source>
        <translation>Comparteix aquest ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="171"/>
        <source>Switches sharing on or off at once. What is shared and when is set below.</source>
        <translation>Activa o desactiva la compartició immediatament. Què es comparteix i quan es defineix a sota.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="225"/>
        <source>What you share</source>
        <translation>Què compartiu</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="239"/>
        <source>&amp;Light</source>
        <translation>&amp;Lleuger</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="240"/>
        <source>&amp;Balanced</source>
        <translation>&amp;Equilibrat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="241"/>
        <source>&amp;Full</source>
        <translation>Com&amp;plet</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="253"/>
        <source>Presets:</source>
        <translation>Predefinits:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="282"/>
        <source>&amp;Cores:</source>
        <translation>&amp;Nuclis:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="286"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="287"/>
        <source>A steady share of the shared cores&apos; time: 2 cores at 50 % give one core&apos;s worth of work, spread evenly so fans do not spin up and down.</source>
        <translation>Una part constant del temps dels nuclis compartits: 2 nuclis al 50 % donen la feina d&apos;un nucli, repartida uniformement perquè els ventiladors no s&apos;acceleren i s&apos;aturen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="289"/>
        <source>C&amp;PU limit:</source>
        <translation>Límit de CP&amp;U:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="295"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="298"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Memòria:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="303"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="306"/>
        <source>&amp;Disk:</source>
        <translation>&amp;Disc:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="328"/>
        <source>Micr&amp;ocloud:</source>
        <translation>Micr&amp;onúvol:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="329"/>
        <source>Join one on the Nearby page</source>
        <translation>Uniu-vos-hi des de la pàgina A prop</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="331"/>
        <source>Ima&amp;ge:</source>
        <translation>Ima&amp;tge:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="332"/>
        <source>A catalog image such as cloudy-node, or a service bundle folder</source>
        <translation>Una imatge del catàleg com cloudy-node, o una carpeta amb un paquet de servei</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="337"/>
        <source>Virtual machine (&amp;QEMU)</source>
        <translation>Màquina virtual (&amp;QEMU)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="339"/>
        <source>A whole computer of its own: works with your user&apos;s libvirt, uses a bit more memory.</source>
        <translation>Un ordinador sencer propi: funciona amb el libvirt del vostre usuari, fa servir una mica més de memòria.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="341"/>
        <source>Container (L&amp;XC, lighter; needs the system libvirt)</source>
        <translation>Contenidor (L&amp;XC, més lleuger; necessita el libvirt del sistema)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="343"/>
        <source>Shares this computer&apos;s kernel: less overhead, but only the system libvirt (lxc:///system, run as root) can start it.</source>
        <translation>Comparteix el nucli d&apos;aquest ordinador: menys sobrecàrrega, però només el libvirt del sistema (lxc:///system, executat com a root) el pot iniciar.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="356"/>
        <source>What carries your donation: a virtual machine isolates it best, a container costs less memory and CPU.</source>
        <translation>Què porta la vostra donació: una màquina virtual l&apos;aïlla millor, un contenidor gasta menys memòria i CPU.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="367"/>
        <source>Runs as:</source>
        <translation>S&apos;executa com a:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="375"/>
        <source>When you share</source>
        <translation>Quan compartiu</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="379"/>
        <source>Al&amp;ways, while sharing is on</source>
        <translation>&amp;Sempre, mentre la compartició estigui activada</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="381"/>
        <source>Only when I&apos;m awa&amp;y (the computer is idle)</source>
        <translation>Només quan no h&amp;i sóc (l&apos;ordinador està inactiu)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="383"/>
        <source>On a weekly sc&amp;hedule of profiles</source>
        <translation>Segons un &amp;horari setmanal de perfils</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="393"/>
        <source>Light</source>
        <translation>Lleuger</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="395"/>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="412"/>
        <source> min idle</source>
        <translation> min d&apos;inactivitat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="413"/>
        <source>Start after minutes idle</source>
        <translation>Comença després de minuts d&apos;inactivitat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="414"/>
        <source>S&amp;tart after:</source>
        <translation>Comen&amp;ça després de:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="419"/>
        <source>While I&apos;m using the computer</source>
        <translation>Mentre faig servir l&apos;ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="420"/>
        <source>While I&apos;m usi&amp;ng it:</source>
        <translation>Mentre el faig ser&amp;vir:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="436"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="437"/>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="438"/>
        <source>Grace period in seconds</source>
        <translation>Període de gràcia en segons</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="439"/>
        <source>Sharing is suspended only after you have used the computer this long without a break: a quick look at a message does not stop and restart the donation (flapping). 0 suspends at your first keystroke.</source>
        <translation>La compartició només se suspèn quan heu fet servir l&apos;ordinador aquest temps sense pausa: una ullada ràpida a un missatge no atura i reprèn la donació (oscil·lació). 0 la suspèn a la primera tecla que premeu.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="444"/>
        <source>Grace per&amp;iod:</source>
        <translation>Període de &amp;gràcia:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="457"/>
        <source>Pause wh&amp;en on battery</source>
        <translation>Fes una pausa amb la &amp;bateria</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="460"/>
        <source>A laptop on battery keeps its charge for you; sharing resumes on mains power.</source>
        <translation>Un portàtil amb bateria guarda la càrrega per a vós; la compartició es reprèn quan torna a estar endollat.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="497"/>
        <source>Donated now</source>
        <translation>Donat ara</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="504"/>
        <source>The last 10 minutes, as a share of what you allow:</source>
        <translation>Els últims 10 minuts, com a part del que permeteu:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="530"/>
        <source>&amp;Undo</source>
        <translation>Des&amp;fés</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="532"/>
        <source>Go back to the settings before the last Apply</source>
        <translation>Torna a la configuració d&apos;abans de l&apos;últim Aplica</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="536"/>
        <source>&amp;Revert</source>
        <translation>&amp;Reverteix</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="538"/>
        <source>Drop the changes not applied yet</source>
        <translation>Descarta els canvis encara no aplicats</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="540"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplica</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="542"/>
        <source>Save these settings and use them at once (Ctrl+Return)</source>
        <translation>Desa aquesta configuració i usa-la immediatament (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="593"/>
        <source>Suspend sharing</source>
        <translation>Suspèn la compartició</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="595"/>
        <source>Keep sharing with “%1”</source>
        <translation>Continua compartint amb «%1»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="619"/>
        <source>Microcloud %1 chosen: Apply to keep it, then switch sharing on.</source>
        <translation>Micronúvol %1 triat: feu Aplica per mantenir-lo i després activeu la compartició.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="678"/>
        <source>Applies on the next start: the contribution node is defined again as the new kind.</source>
        <translation>S&apos;aplica en la propera arrencada: el node de contribució es torna a definir amb el nou tipus.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="739"/>
        <source>Not applied: %1</source>
        <translation>No s&apos;ha aplicat: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="744"/>
        <source>Applied: %1.</source>
        <translation>Aplicat: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="752"/>
        <source>Changes dropped.</source>
        <translation>S&apos;han descartat els canvis.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="762"/>
        <source>Could not undo: %1</source>
        <translation>No s&apos;ha pogut desfer: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="767"/>
        <source>Restored the settings you had before.</source>
        <translation>S&apos;ha restaurat la configuració que teníeu abans.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="797"/>
        <source>Sharing stays off: %1</source>
        <translation>La compartició continua desactivada: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="802"/>
        <source>Sharing is on.</source>
        <translation>La compartició està activada.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="802"/>
        <source>Sharing is off.</source>
        <translation>La compartició està desactivada.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="831"/>
        <source>Nothing donated yet.</source>
        <translation>Encara no s&apos;ha donat res.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="875"/>
        <source>Now: %1.</source>
        <translation>Ara: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="876"/>
        <source>Now: nothing (the contribution node is not running).</source>
        <translation>Ara: res (el node de contribució no s&apos;està executant).</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="884"/>
        <source>Your sharing settings could not be read, so the defaults are shown and sharing is off: %1 The unreadable file was kept beside it with the ending .corrupt. Check the values below and Apply to save them.</source>
        <translation>No s&apos;ha pogut llegir la vostra configuració de compartició, així que es mostren els valors per defecte i la compartició està desactivada: %1 El fitxer illegible s&apos;ha conservat al costat amb la terminació .corrupt. Reviseu els valors de sota i feu Aplica per desar-los.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/SharePage.cpp" line="893"/>
        <source>of %n core(s) on this computer</source>
        <translation>
            <numerusform>d&apos;%n nucli d&apos;aquest ordinador</numerusform>
            <numerusform>de %n nuclis d&apos;aquest ordinador</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="894"/>
        <source>this computer&apos;s core count is unknown</source>
        <translation>es desconeix el nombre de nuclis d&apos;aquest ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="896"/>
        <source>at most %1 MiB, %2 GiB (%3 GiB stays for this computer)</source>
        <translation>com a màxim %1 MiB, %2 GiB (%3 GiB queden per a aquest ordinador)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="901"/>
        <source>this computer&apos;s memory is unknown</source>
        <translation>es desconeix la memòria d&apos;aquest ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="903"/>
        <source>at most %1 GiB (%2 GiB stays free)</source>
        <translation>com a màxim %1 GiB (%2 GiB queden lliures)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="907"/>
        <source>the free disk space is unknown</source>
        <translation>es desconeix l&apos;espai lliure al disc</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="911"/>
        <source>The contribution disk lives in %1, which has %2 GiB free.</source>
        <translation>El disc de contribució és a %1, que té %2 GiB lliures.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="922"/>
        <source>Sharing state: %1</source>
        <translation>Estat de la compartició: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="932"/>
        <source>Resume now</source>
        <translation>Reprèn ara</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="932"/>
        <source>Pause for an hour</source>
        <translation>Pausa d&apos;una hora</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="934"/>
        <source>Paused until %1</source>
        <translation>En pausa fins a %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="936"/>
        <source>A break that ends by itself; the settings stay as they are</source>
        <translation>Una pausa que s&apos;acaba sola; la configuració es manté tal com és</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="944"/>
        <source>The contribution node cannot follow: %1</source>
        <translation>El node de contribució no pot seguir: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="948"/>
        <source>The contribution node did not power off when asked and was stopped by force.</source>
        <translation>El node de contribució no s&apos;ha apagat quan se li ha demanat i s&apos;ha aturat per força.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="969"/>
        <source>%1: %2 core-hours · %3 GiB-hours of memory · %4 GiB-hours of disk</source>
        <translation>%1: %2 hores-nucli · %3 GiB-hora de memòria · %4 GiB-hora de disc</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="973"/>
        <source>Today</source>
        <translation>Avui</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="974"/>
        <source>This week</source>
        <translation>Aquesta setmana</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SyncBar</name>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="31"/>
        <source>Sync status</source>
        <translation>Estat de la sincronització</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="32"/>
        <source>Last sync</source>
        <translation>Última sincronització</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="33"/>
        <source>Ledger</source>
        <translation>Llibre de comptes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="34"/>
        <source>Next attempt</source>
        <translation>Propera prova</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="35"/>
        <source>Sync message</source>
        <translation>Missatge de sincronització</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="37"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronitza ara</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="48"/>
        <source>Sync progress</source>
        <translation>Progrés de la sincronització</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="53"/>
        <source>Sync now</source>
        <translation>Sincronitza ara</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="54"/>
        <source>Send pending receipts to the ledger and fetch the balance (Ctrl+R or F5)</source>
        <translation>Envia els rebuts pendents al llibre de comptes i obtén el saldo (Ctrl+R o F5)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="88"/>
        <source>No ledger set up</source>
        <translation>No s&apos;ha configurat cap llibre de comptes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="90"/>
        <source>Not synced yet</source>
        <translation>Encara no s&apos;ha sincronitzat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="93"/>
        <source>Syncing %1 of %2…</source>
        <translation>S&apos;està sincronitzant %1 de %2…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="95"/>
        <source>Syncing…</source>
        <translation>S&apos;està sincronitzant…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="97"/>
        <source>Synced</source>
        <translation>Sincronitzat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="99"/>
        <source>Ledger unreachable</source>
        <translation>El llibre de comptes no és accessible</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="101"/>
        <source>The ledger refused a receipt</source>
        <translation>El llibre de comptes ha rebutjat un rebut</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="110"/>
        <source>just now</source>
        <translation>ara mateix</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="112"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>fa %n minut</numerusform>
            <numerusform>fa %n minuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="114"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>fa %n hora</numerusform>
            <numerusform>fa %n hores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="115"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>fa %n dia</numerusform>
            <numerusform>fa %n dies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="133"/>
        <source>Ledger: none set up yet</source>
        <translation>Llibre de comptes: encara no se n&apos;ha configurat cap</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="133"/>
        <source>Ledger: %1</source>
        <translation>Llibre de comptes: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="148"/>
        <source>Last sync: %1</source>
        <translation>Última sincronització: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="151"/>
        <source>Never synced</source>
        <translation>Mai sincronitzat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="163"/>
        <source>Next try at %1</source>
        <translation>Propera prova a les %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="164"/>
        <source>Next sync at %1</source>
        <translation>Propera sincronització a les %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ToggleSwitch</name>
    <message>
        <location filename="../app/desktop/pages/share/ToggleSwitch.cpp" line="79"/>
        <source>On</source>
        <translation>Activat</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ToggleSwitch.cpp" line="79"/>
        <source>Off</source>
        <translation>Desactivat</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::TrayIcon</name>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="21"/>
        <source>Cloudy — sharing is off</source>
        <translation>Cloudy — la compartició està desactivada</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="24"/>
        <source>Share this computer</source>
        <translation>Comparteix aquest ordinador</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="31"/>
        <source>Sharing stays off</source>
        <translation>La compartició continua desactivada</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="39"/>
        <location filename="../app/desktop/TrayIcon.cpp" line="96"/>
        <source>Pause for an hour</source>
        <translation>Pausa d&apos;una hora</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="43"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="50"/>
        <source>Open Cloudy</source>
        <translation>Obre Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="53"/>
        <source>Settings…</source>
        <translation>Configuració…</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="60"/>
        <source>Quit</source>
        <translation>Surt</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="96"/>
        <source>Resume now</source>
        <translation>Reprèn ara</translation>
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
        <translation>No hi ha cap D-Bus del sistema per arribar a avahi-daemon (%1). Inicieu el servei &apos;dbus&apos;; mentrestant Cloudy fa servir el seu navegador mDNS integrat.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="42"/>
        <source>avahi-daemon is not running. Install and start it (sudo apt-get install avahi-daemon) to see microclouds the way the rest of the system does; meanwhile Cloudy uses its built-in mDNS browser.</source>
        <translation>avahi-daemon no s&apos;està executant. Instal·leu-lo i inicieu-lo (sudo apt-get install avahi-daemon) per veure els micronúvols com la resta del sistema; mentrestant Cloudy fa servir el seu navegador mDNS integrat.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="46"/>
        <source>avahi-daemon did not answer: %1</source>
        <translation>avahi-daemon no ha respost: %1</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="59"/>
        <source>avahi-daemon is reachable but not running normally (state %1): it may be resolving a host name collision.</source>
        <translation>avahi-daemon és accessible però no funciona amb normalitat (estat %1): potser està resolent una col·lisió de nom d&apos;amfitrió.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="58"/>
        <source>avahi-daemon sent a %1 signal with unexpected arguments (%2).</source>
        <translation>avahi-daemon ha enviat un senyal %1 amb arguments inesperats (%2).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="89"/>
        <source>avahi-daemon reported an unknown address family %1.</source>
        <translation>avahi-daemon ha informat d&apos;una família d&apos;adreces desconeguda %1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="162"/>
        <source>Service type &apos;%1&apos; is not a DNS-SD type (_name._tcp or _name._udp).</source>
        <translation>El tipus de servei &apos;%1&apos; no és un tipus DNS-SD (_nom._tcp o _nom._udp).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="167"/>
        <source>Domain &apos;%1&apos; of service type %2 is not valid.</source>
        <translation>El domini &apos;%1&apos; del tipus de servei %2 no és vàlid.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="190"/>
        <source>Service name &apos;%1&apos; (%2) is not valid UTF-8 text of at most 63 bytes.</source>
        <translation>El nom de servei &apos;%1&apos; (%2) no és text UTF-8 vàlid d&apos;un màxim de 63 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="195"/>
        <source>Service &apos;%1&apos; has an invalid type &apos;%2&apos;.</source>
        <translation>El servei &apos;%1&apos; té un tipus no vàlid &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="198"/>
        <source>Service &apos;%1&apos; has an invalid domain &apos;%2&apos;.</source>
        <translation>El servei &apos;%1&apos; té un domini no vàlid &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="229"/>
        <source>Resolved service &apos;%1&apos; (%2) has an invalid name or type.</source>
        <translation>El servei resolt &apos;%1&apos; (%2) té un nom o un tipus no vàlid.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="233"/>
        <source>Service &apos;%1&apos; (%2) names a host that is not valid UTF-8 text: &apos;%3&apos;.</source>
        <translation>El servei &apos;%1&apos; (%2) indica un amfitrió que no és text UTF-8 vàlid: &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="240"/>
        <source>Service &apos;%1&apos; (%2) has an invalid address &apos;%3&apos;.</source>
        <translation>El servei &apos;%1&apos; (%2) té una adreça no vàlida &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="246"/>
        <source>Service &apos;%1&apos; (%2): %3</source>
        <translation>Servei &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="26"/>
        <source>The DNS message ends in the middle of %1.</source>
        <translation>El missatge DNS s&apos;acaba enmig de %1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="73"/>
        <source>A DNS name compression pointer to offset %1 does not point backwards (a loop or a forward reference).</source>
        <translation>Un punter de compressió de nom DNS al desplaçament %1 no apunta enrere (un bucle o una referència cap endavant).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="78"/>
        <source>A DNS name follows more than %1 compression pointers.</source>
        <translation>Un nom DNS segueix més de %1 punters de compressió.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="90"/>
        <source>A DNS name uses the reserved label type 0x%1.</source>
        <translation>Un nom DNS fa servir el tipus d&apos;etiqueta reservat 0x%1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="102"/>
        <location filename="../core/discovery/DnsMessage.cpp" line="293"/>
        <location filename="../core/discovery/DnsMessage.cpp" line="626"/>
        <source>A DNS name is longer than %1 bytes.</source>
        <translation>Un nom DNS fa més de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="126"/>
        <source>An A record has %1 bytes of data instead of 4.</source>
        <translation>Un registre A té %1 bytes de dades en lloc de 4.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="132"/>
        <source>An AAAA record has %1 bytes of data instead of 16.</source>
        <translation>Un registre AAAA té %1 bytes de dades en lloc de 16.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="146"/>
        <source>A PTR record has %1 bytes after its name.</source>
        <translation>Un registre PTR té %1 bytes després del nom.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="153"/>
        <source>An SRV record has only %1 bytes of data.</source>
        <translation>Un registre SRV només té %1 bytes de dades.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="163"/>
        <source>An SRV record has %1 bytes after its target.</source>
        <translation>Un registre SRV té %1 bytes després del destí.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="188"/>
        <source>An NSEC record has a malformed type bitmap.</source>
        <translation>Un registre NSEC té un mapa de bits de tipus mal format.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="297"/>
        <source>A DNS label of %1 bytes cannot be encoded (1 to %2).</source>
        <translation>No es pot codificar una etiqueta DNS de %1 bytes (d&apos;1 a %2).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="347"/>
        <source>A record&apos;s data of %1 bytes cannot be encoded.</source>
        <translation>No es poden codificar les dades d&apos;un registre de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="359"/>
        <source>An A record needs an IPv4 address.</source>
        <translation>Un registre A necessita una adreça IPv4.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="365"/>
        <source>An AAAA record needs an IPv6 address.</source>
        <translation>Un registre AAAA necessita una adreça IPv6.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="382"/>
        <source>A TXT string of %1 bytes cannot be encoded (at most 255).</source>
        <translation>No es pot codificar una cadena TXT de %1 bytes (com a màxim 255).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="462"/>
        <source>A DNS message of %1 bytes is larger than %2 bytes.</source>
        <translation>Un missatge DNS de %1 bytes és més gran que %2 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="518"/>
        <source>A DNS message has more than 65535 entries in a section.</source>
        <translation>Un missatge DNS té més de 65535 entrades en una secció.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="535"/>
        <source>The DNS message is larger than %1 bytes.</source>
        <translation>El missatge DNS és més gran que %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="573"/>
        <source>A DNS question does not fit in %1 bytes.</source>
        <translation>Una pregunta DNS no cap en %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="616"/>
        <source>The name &quot;%1&quot; has an empty label or one longer than %2 bytes.</source>
        <translation>El nom &quot;%1&quot; té una etiqueta buida o una de més de %2 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="657"/>
        <source>The DNS label %1 is not valid UTF-8 text.</source>
        <translation>L&apos;etiqueta DNS %1 no és text UTF-8 vàlid.</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="22"/>
        <source>Cloudy node</source>
        <translation>Node Cloudy</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="23"/>
        <source>Tahoe-LAFS storage</source>
        <translation>Emmagatzematge Tahoe-LAFS</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="24"/>
        <source>Tahoe-LAFS introducer</source>
        <translation>Introductor de Tahoe-LAFS</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="25"/>
        <source>Syncthing</source>
        <translation>Syncthing</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="26"/>
        <source>PeerStreamer video</source>
        <translation>Vídeo PeerStreamer</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="27"/>
        <source>ownCloud</source>
        <translation>ownCloud</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="28"/>
        <source>BitTorrent tracker</source>
        <translation>Rastrejador BitTorrent</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="30"/>
        <source>BitTorrent seeder</source>
        <translation>Sembrador BitTorrent</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="31"/>
        <source>Tinc VPN (Cloudy node)</source>
        <translation>VPN Tinc (node Cloudy)</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="32"/>
        <source>SNP service</source>
        <translation>Servei SNP</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="33"/>
        <source>DNS service</source>
        <translation>Servei DNS</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="34"/>
        <source>Web proxy</source>
        <translation>Servidor intermediari web</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="35"/>
        <source>OWP measurement</source>
        <translation>Mesura OWP</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="36"/>
        <source>Web page</source>
        <translation>Pàgina web</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="37"/>
        <source>Secure web page</source>
        <translation>Pàgina web segura</translation>
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
        <translation>Un registre TXT de %1 bytes és més gran que els %2 bytes acceptats.</translation>
    </message>
    <message>
        <location filename="../core/discovery/TxtRecord.cpp" line="53"/>
        <source>A TXT record ends in the middle of a string.</source>
        <translation>Un registre TXT s&apos;acaba enmig d&apos;una cadena.</translation>
    </message>
    <message>
        <location filename="../core/discovery/TxtRecord.cpp" line="80"/>
        <source>TXT string with an invalid key skipped: %1</source>
        <translation>S&apos;ha omès una cadena TXT amb una clau no vàlida: %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::AvahiBrowser</name>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="138"/>
        <source>There is no system D-Bus to reach avahi-daemon through (%1). Start the &apos;dbus&apos; service and then Cloudy again.</source>
        <translation>No hi ha cap D-Bus del sistema per arribar a avahi-daemon (%1). Inicieu el servei &apos;dbus&apos; i després Cloudy de nou.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="241"/>
        <source>avahi-daemon is not running. Start it (sudo systemctl start avahi-daemon, or install the avahi-daemon package); Cloudy starts browsing as soon as it appears.</source>
        <translation>avahi-daemon no s&apos;està executant. Inicieu-lo (sudo systemctl start avahi-daemon, o instal·leu el paquet avahi-daemon); Cloudy comença a explorar tan bon punt aparegui.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="245"/>
        <source>The system D-Bus did not say whether avahi-daemon runs (%1). Cloudy starts browsing as soon as avahi-daemon appears.</source>
        <translation>El D-Bus del sistema no ha dit si avahi-daemon s&apos;executa (%1). Cloudy comença a explorar tan bon punt aparegui avahi-daemon.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="269"/>
        <source>avahi-daemon stopped, so the services it had found are no longer known. Browsing resumes by itself when it runs again (sudo systemctl start avahi-daemon).</source>
        <translation>avahi-daemon s&apos;ha aturat, així que els serveis que havia trobat ja no es coneixen. L&apos;exploració es reprèn sola quan torni a funcionar (sudo systemctl start avahi-daemon).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="358"/>
        <source>avahi-daemon reports a failure (%1) and cannot browse the network. See &apos;journalctl -u avahi-daemon&apos;; browsing resumes when it recovers.</source>
        <translation>avahi-daemon informa d&apos;una fallada (%1) i no pot explorar la xarxa. Vegeu &apos;journalctl -u avahi-daemon&apos;; l&apos;exploració es reprèn quan es recuperi.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="360"/>
        <source>no details</source>
        <translation>sense detalls</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="534"/>
        <source>avahi-daemon is older than 0.8 (%1): Cloudy needs its Server2 interface to browse without losing services. Upgrade avahi-daemon or use the built-in browser (--backend mdns).</source>
        <translation>avahi-daemon és anterior a la 0.8 (%1): Cloudy necessita la seva interfície Server2 per explorar sense perdre serveis. Actualitzeu avahi-daemon o feu servir el navegador integrat (--backend mdns).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MdnsBrowser</name>
    <message>
        <location filename="../core/discovery/MdnsBrowser.cpp" line="314"/>
        <source>No network interface to browse on: none is up, multicast-capable and not virtual, or UDP port 5353 cannot be opened.</source>
        <translation>No hi ha cap interfície de xarxa on explorar: cap no està activa, admet multidifusió i no és virtual, o no es pot obrir el port UDP 5353.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MdnsSocket</name>
    <message>
        <location filename="../core/discovery/MdnsSocket.cpp" line="76"/>
        <source>cannot bind UDP port %1 for %2: %3</source>
        <translation>no es pot vincular el port UDP %1 per a %2: %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/MdnsSocket.cpp" line="97"/>
        <source>cannot join %1 on %2: %3</source>
        <translation>no es pot unir a %1 a %2: %3</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MicrocloudModel</name>
    <message>
        <location filename="../core/discovery/MicrocloudModel.cpp" line="362"/>
        <source>Other services</source>
        <translation>Altres serveis</translation>
    </message>
    <message>
        <location filename="../core/discovery/MicrocloudModel.cpp" line="620"/>
        <source>%1 on %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Doctor</name>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="76"/>
        <source>not reachable</source>
        <translation>no accessible</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="86"/>
        <source>System D-Bus (Avahi and libvirt talk over it)</source>
        <translation>D-Bus del sistema (Avahi i libvirt s&apos;hi comuniquen)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="93"/>
        <source>Connected.</source>
        <translation>Connectat.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="96"/>
        <source>Not reachable: %1</source>
        <translation>No accessible: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="97"/>
        <source>Start the system message bus (sudo systemctl start dbus, or install the &apos;dbus&apos; package).</source>
        <translation>Inicieu el bus de missatges del sistema (sudo systemctl start dbus, o instal·leu el paquet &apos;dbus&apos;).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="105"/>
        <source>Avahi (finds microclouds nearby)</source>
        <translation>Avahi (troba micronúvols propers)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="110"/>
        <source>avahi-daemon is not reachable.</source>
        <translation>avahi-daemon no és accessible.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="119"/>
        <source>%1 is running as %2.</source>
        <translation>%1 s&apos;executa com a %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="122"/>
        <source>%1 answers but is not running normally.</source>
        <translation>%1 respon però no funciona amb normalitat.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="130"/>
        <source>libvirt (runs shared services and the contribution node)</source>
        <translation>libvirt (executa els serveis compartits i el node de contribució)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="138"/>
        <location filename="../core/doctor/Doctor.cpp" line="190"/>
        <source>Cannot connect to %1: %2</source>
        <translation>No es pot connectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="140"/>
        <source>Install libvirt and QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86); your session&apos;s libvirt then starts by itself.</source>
        <translation>Instal·leu libvirt i QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86); aleshores el libvirt de la vostra sessió s&apos;inicia sol.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="143"/>
        <source>Start libvirtd (sudo systemctl start libvirtd) and make sure you may use it (sudo adduser $USER libvirt, then log in again), or choose qemu:///session in Settings.</source>
        <translation>Inicieu libvirtd (sudo systemctl start libvirtd) i assegureu-vos que el podeu fer servir (sudo adduser $USER libvirt, i torneu a iniciar la sessió), o trieu qemu:///session a la configuració.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="158"/>
        <source>Connected to %1, but its capabilities could not be read: %2</source>
        <translation>Connectat a %1, però no s&apos;han pogut llegir les seves capacitats: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="166"/>
        <source>Connected to %1 (%2 %3); guest types: %4.</source>
        <translation>Connectat a %1 (%2 %3); tipus d&apos;hoste: %4.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="172"/>
        <source>Connected to %1, but it cannot run QEMU virtual machines.</source>
        <translation>Connectat a %1, però no pot executar màquines virtuals QEMU.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="173"/>
        <source>Install QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) and restart libvirtd.</source>
        <translation>Instal·leu QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) i reinicieu libvirtd.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="182"/>
        <source>LXC containers (lighter than virtual machines)</source>
        <translation>Contenidors LXC (més lleugers que les màquines virtuals)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="191"/>
        <source>Containers need the system libvirt with its LXC driver (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Virtual machines work without it.</source>
        <translation>Els contenidors necessiten el libvirt del sistema amb el seu controlador LXC (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Les màquines virtuals funcionen sense.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="196"/>
        <source>Connected to %1.</source>
        <translation>Connectat a %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="202"/>
        <source>KVM (hardware-speed virtual machines)</source>
        <translation>KVM (màquines virtuals a velocitat de maquinari)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="211"/>
        <source>Guests will run with software emulation (slower).</source>
        <translation>Els hostes s&apos;executaran amb emulació per programari (més lenta).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="218"/>
        <source>Keyring (keeps your node&apos;s private key)</source>
        <translation>Anell de claus (guarda la clau privada del vostre node)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="225"/>
        <source>A keyring answers through the Secret Service.</source>
        <translation>Un anell de claus respon a través del Secret Service.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="230"/>
        <source>No keyring answered.</source>
        <translation>Cap anell de claus no ha respost.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="231"/>
        <source>No keyring: %1</source>
        <translation>Cap anell de claus: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="232"/>
        <source>Log in to a desktop with a keyring (GNOME Keyring or KWallet) or install one (sudo apt-get install gnome-keyring). Without it, Cloudy asks you for a passphrase to protect your key file instead; it never stores the key unprotected.</source>
        <translation>Inicieu la sessió en un escriptori amb un anell de claus (GNOME Keyring o KWallet) o instal·leu-ne un (sudo apt-get install gnome-keyring). Sense ell, Cloudy us demana una frase de pas per protegir el fitxer de la clau; mai no desa la clau sense protecció.</translation>
    </message>
    <message>
        <location filename="../core/doctor/DoctorReport.cpp" line="75"/>
        <source>Versions:</source>
        <translation>Versions:</translation>
    </message>
</context>
<context>
    <name>Cloudy::Identity::NodeIdentity</name>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="60"/>
        <source>The node identity in your keyring is damaged and cannot be used. Restore it from a backup with &quot;cloudyctl identity import&quot;.</source>
        <translation>La identitat de node de l&apos;anell de claus està malmesa i no es pot fer servir. Restaureu-la des d&apos;una còpia de seguretat amb &quot;cloudyctl identity import&quot;.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="81"/>
        <source>This computer has no node identity yet. Create one with &quot;cloudyctl identity create&quot; or in the first-run assistant.</source>
        <translation>Aquest ordinador encara no té identitat de node. Creeu-ne una amb &quot;cloudyctl identity create&quot; o a l&apos;assistent d&apos;inici.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="86"/>
        <source>No keyring (such as GNOME Keyring or KWallet) can be reached, so the node identity cannot be kept there (%1). Cloudy never writes the key to a plain file: start or unlock a keyring, or choose a key file protected by a passphrase (&quot;cloudyctl identity create --key-file %2&quot;).</source>
        <translation>No es pot accedir a cap anell de claus (com GNOME Keyring o KWallet), de manera que la identitat de node no s&apos;hi pot desar (%1). Cloudy mai no escriu la clau en un fitxer sense protecció: inicieu o desbloquegeu un anell de claus, o trieu un fitxer de clau protegit amb una frase de pas (&quot;cloudyctl identity create --key-file %2&quot;).</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="93"/>
        <source>The keyring refused or failed to give access to the node identity: %1</source>
        <translation>L&apos;anell de claus ha rebutjat o no ha pogut donar accés a la identitat de node: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/NodeIdentity.cpp" line="111"/>
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La frase de pas ha de tenir com a mínim %n caràcter.</numerusform>
            <numerusform>La frase de pas ha de tenir com a mínim %n caràcters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="150"/>
        <source>The key file is damaged or not a Cloudy key file.</source>
        <translation>El fitxer de clau està malmès o no és un fitxer de clau de Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="201"/>
        <source>The key file was written by a newer version of Cloudy; update Cloudy to use it.</source>
        <translation>El fitxer de clau l&apos;ha escrit una versió més nova de Cloudy; actualitzeu Cloudy per fer-lo servir.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="220"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hi ha prou memòria per derivar la clau de la frase de pas.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="227"/>
        <source>The passphrase is wrong.</source>
        <translation>La frase de pas és incorrecta.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="235"/>
        <source>The key file&apos;s secret key does not belong to the public key it shows.</source>
        <translation>La clau secreta del fitxer de clau no correspon a la clau pública que mostra.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="263"/>
        <source>Cannot write the key file %1: %2.</source>
        <translation>No es pot escriure el fitxer de clau %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="271"/>
        <source>The key file %1 that held this computer&apos;s node identity is gone. Restore it from a backup with &quot;cloudyctl identity import&quot;, or create a new identity.</source>
        <translation>El fitxer de clau %1 que contenia la identitat de node d&apos;aquest ordinador ha desaparegut. Restaureu-la des d&apos;una còpia de seguretat amb &quot;cloudyctl identity import&quot; o creeu una identitat nova.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="276"/>
        <source>Cannot read the key file %1: %2.</source>
        <translation>No es pot llegir el fitxer de clau %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="283"/>
        <source>The node identity in %1 cannot be used: %2 Restore it from a backup with &quot;cloudyctl identity import&quot;.</source>
        <translation>La identitat de node de %1 no es pot fer servir: %2 Restaureu-la des d&apos;una còpia de seguretat amb &quot;cloudyctl identity import&quot;.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="297"/>
        <source>This computer&apos;s node identity is in the passphrase-protected file %1: its passphrase is needed.</source>
        <translation>La identitat de node d&apos;aquest ordinador és al fitxer %1 protegit amb frase de pas: cal la seva frase de pas.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="305"/>
        <source>The passphrase of the key file %1 is wrong.</source>
        <translation>La frase de pas del fitxer de clau %1 és incorrecta.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="359"/>
        <source>the key could not be encrypted</source>
        <translation>no s&apos;ha pogut xifrar la clau</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="369"/>
        <source>in the keyring</source>
        <translation>a l&apos;anell de claus</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="370"/>
        <source>in the key file %1</source>
        <translation>al fitxer de clau %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="416"/>
        <location filename="../core/identity/NodeIdentity.cpp" line="447"/>
        <source>The cryptography library cannot work on this computer, so no identity can be created.</source>
        <translation>La biblioteca criptogràfica no pot funcionar en aquest ordinador, de manera que no es pot crear cap identitat.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="434"/>
        <source>This computer already has the node identity %1 (%2). Back it up with &quot;cloudyctl identity export&quot; rather than creating another.</source>
        <translation>Aquest ordinador ja té la identitat de node %1 (%2). Feu-ne una còpia de seguretat amb &quot;cloudyctl identity export&quot; en lloc de crear-ne una altra.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="442"/>
        <source>%1 already exists; Cloudy never overwrites a key file. Choose another path.</source>
        <translation>%1 ja existeix; Cloudy mai no sobreescriu un fitxer de clau. Trieu un altre camí.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="495"/>
        <source>This is not a Cloudy identity backup, or it is damaged: %1</source>
        <translation>Això no és una còpia de seguretat d&apos;identitat de Cloudy, o està malmesa: %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="527"/>
        <source>the manifest is not a JSON object.</source>
        <translation>el manifest no és un objecte JSON.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="530"/>
        <source>the manifest does not describe a node identity.</source>
        <translation>el manifest no descriu una identitat de node.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="532"/>
        <source>the backup was written by a newer version of Cloudy.</source>
        <translation>la còpia de seguretat l&apos;ha escrit una versió més nova de Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="539"/>
        <source>the manifest has no valid public key or creation time.</source>
        <translation>el manifest no té una clau pública ni una data de creació vàlides.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="543"/>
        <source>The backup&apos;s node id does not belong to its public key: the backup was altered.</source>
        <translation>L&apos;identificador de node de la còpia de seguretat no correspon a la seva clau pública: la còpia s&apos;ha alterat.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="553"/>
        <source>The file is far larger than an identity backup; it is not read.</source>
        <translation>El fitxer és molt més gran que una còpia de seguretat d&apos;identitat; no es llegeix.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="572"/>
        <source>The backup holds more than a manifest and a key (&quot;%1&quot;): refused.</source>
        <translation>La còpia de seguretat conté més que un manifest i una clau (&quot;%1&quot;): es rebutja.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="576"/>
        <source>The backup holds an entry with an unsafe path (&quot;%1&quot;): refused.</source>
        <translation>La còpia de seguretat conté una entrada amb un camí no segur (&quot;%1&quot;): es rebutja.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="581"/>
        <source>The backup entry &quot;%1&quot; is a link or a special file: refused.</source>
        <translation>L&apos;entrada &quot;%1&quot; de la còpia de seguretat és un enllaç o un fitxer especial: es rebutja.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="585"/>
        <source>The backup holds an unexpected entry &quot;%1&quot;: refused.</source>
        <translation>La còpia de seguretat conté una entrada inesperada &quot;%1&quot;: es rebutja.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="591"/>
        <source>The backup entry &quot;%1&quot; is larger than it can be: refused.</source>
        <translation>L&apos;entrada &quot;%1&quot; de la còpia de seguretat és més gran del que pot ser: es rebutja.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="594"/>
        <source>the entry &quot;%1&quot; is cut short.</source>
        <translation>l&apos;entrada &quot;%1&quot; està truncada.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="601"/>
        <source>the manifest or the key is missing.</source>
        <translation>falta el manifest o la clau.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="611"/>
        <source>The key in the backup does not belong to the identity its manifest names: the backup was altered.</source>
        <translation>La clau de la còpia de seguretat no correspon a la identitat que indica el seu manifest: la còpia s&apos;ha alterat.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="620"/>
        <source>Cannot read %1: %2.</source>
        <translation>No es pot llegir %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="646"/>
        <source>%1 already exists; an identity backup never overwrites a file. Choose another name.</source>
        <translation>%1 ja existeix; una còpia de seguretat d&apos;identitat mai no sobreescriu un fitxer. Trieu un altre nom.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="658"/>
        <source>The key could not be encrypted for the backup.</source>
        <translation>No s&apos;ha pogut xifrar la clau per a la còpia de seguretat.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="672"/>
        <source>Cannot build the backup archive: %1</source>
        <translation>No es pot construir l&apos;arxiu de la còpia de seguretat: %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="676"/>
        <source>Cannot write %1: %2.</source>
        <translation>No es pot escriure %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="703"/>
        <source>The passphrase of the backup %1 is wrong.</source>
        <translation>La frase de pas de la còpia de seguretat %1 és incorrecta.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="726"/>
        <source>This computer already has the node identity %1 (%2); the backup holds %3. Import with --replace to give up %1 and its balance for %3.</source>
        <translation>Aquest ordinador ja té la identitat de node %1 (%2); la còpia de seguretat conté %3. Importeu amb --replace per renunciar a %1 i al seu saldo a canvi de %3.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="741"/>
        <source>%1 already exists; import with --replace to overwrite it.</source>
        <translation>%1 ja existeix; importeu amb --replace per sobreescriure&apos;l.</translation>
    </message>
</context>
<context>
    <name>Cloudy::LazyLibrary</name>
    <message>
        <location filename="../core/platform/LazyLibrary.cpp" line="30"/>
        <source>Cloudy cannot work without the library %1, which could not be loaded (%2). Reinstall Cloudy Desktop with its dependencies.</source>
        <translation>Cloudy no pot funcionar sense la biblioteca %1, que no s&apos;ha pogut carregar (%2). Reinstal·leu Cloudy Desktop amb les seves dependències.</translation>
    </message>
    <message>
        <location filename="../core/platform/LazyLibrary.cpp" line="44"/>
        <source>The library %1 has no function %2: Cloudy needs a newer version of it.</source>
        <translation>La biblioteca %1 no té la funció %2: Cloudy en necessita una versió més nova.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger</name>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="14"/>
        <source>&apos;%1&apos; is not a database the ledger can use: %2. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>&apos;%1&apos; no és una base de dades que el llibre de comptes pugui fer servir: %2. Feu servir sqlite:PATH o postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="41"/>
        <source>the SQLite file name is missing</source>
        <translation>falta el nom del fitxer SQLite</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="48"/>
        <source>the server address is missing or malformed</source>
        <translation>l&apos;adreça del servidor falta o és incorrecta</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="56"/>
        <source>the database name is missing</source>
        <translation>falta el nom de la base de dades</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="59"/>
        <source>unknown kind of database</source>
        <translation>tipus de base de dades desconegut</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerClient</name>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="63"/>
        <source>The ledger&apos;s answer about %1 cannot be read.</source>
        <translation>No es pot llegir la resposta del llibre de comptes sobre %1.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="76"/>
        <source>&quot;%1&quot; is not a ledger address; it looks like https://ledger.example.org/.</source>
        <translation>&quot;%1&quot; no és una adreça de llibre de comptes; té l&apos;aspecte de https://ledger.example.org/.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="98"/>
        <source>A ledger pin is the SHA-256 of the server&apos;s public key: 64 hex digits.</source>
        <translation>Una fixació del llibre de comptes és el SHA-256 de la clau pública del servidor: 64 dígits hexadecimals.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="117"/>
        <source>the node</source>
        <translation>el node</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="128"/>
        <location filename="../core/ledger/LedgerClient.cpp" line="135"/>
        <source>the community</source>
        <translation>la comunitat</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="281"/>
        <source>The ledger at %1 presented a key that does not match the pinned one; the connection was stopped (a wrong pin, or someone in between).</source>
        <translation>El llibre de comptes a %1 ha presentat una clau que no coincideix amb la fixada; s&apos;ha aturat la connexió (una fixació errònia, o algú entremig).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="289"/>
        <source>The ledger at %1 did not answer in time.</source>
        <translation>El llibre de comptes a %1 no ha respost a temps.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="292"/>
        <source>The secure connection to the ledger at %1 failed: %2</source>
        <translation>La connexió segura amb el llibre de comptes a %1 ha fallat: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="297"/>
        <source>The ledger at %1 cannot be reached: %2</source>
        <translation>No es pot accedir al llibre de comptes a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="303"/>
        <source>The ledger at %1 answered HTTP %2.</source>
        <translation>El llibre de comptes a %1 ha respost HTTP %2.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerStore</name>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="165"/>
        <source>The ledger database %1 failed (%2): %3</source>
        <translation>La base de dades del llibre de comptes %1 ha fallat (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="173"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation>El controlador Qt SQL %1 no està instal·lat (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="193"/>
        <source>Cannot open the ledger database %1: %2</source>
        <translation>No es pot obrir la base de dades del llibre de comptes %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="199"/>
        <location filename="../core/ledger/LedgerStore.cpp" line="226"/>
        <source>Cannot prepare the ledger database %1: %2</source>
        <translation>No es pot preparar la base de dades del llibre de comptes %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="323"/>
        <source>The signature of entry %1 (seq %2) does not match its contents and key.</source>
        <translation>La signatura de l&apos;entrada %1 (seq %2) no coincideix amb el seu contingut i la seva clau.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="712"/>
        <source>The ledger is busy; send the batch again in a moment.</source>
        <translation>El llibre de comptes està ocupat; torneu a enviar el lot d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="411"/>
        <source>Node %1 already has a different entry at seq %2; this one is refused and the ledger has recorded the attempt.</source>
        <translation>El node %1 ja té una entrada diferent a seq %2; aquesta es rebutja i el llibre de comptes n&apos;ha registrat l&apos;intent.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="241"/>
        <source>The ledger database %1 was written by a newer cloudy-ledgerd (schema %2; this one knows schema %3). It is left untouched: run the newer version.</source>
        <translation>La base de dades del llibre de comptes %1 l&apos;ha escrita un cloudy-ledgerd més nou (esquema %2; aquest coneix l&apos;esquema %3). Es deixa intacta: executeu la versió més nova.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="419"/>
        <source>Node %1 is at seq %2, so the next entry must have seq %3, not %4.</source>
        <translation>El node %1 és a seq %2, de manera que la següent entrada ha de tenir seq %3, no %4.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="427"/>
        <source>The prev of entry seq %1 is not the hash of the node&apos;s entry before it.</source>
        <translation>El prev de l&apos;entrada seq %1 no és el hash de l&apos;entrada anterior del node.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="432"/>
        <source>The period of receipt seq %1 starts before the node&apos;s previous receipt ended.</source>
        <translation>El període del rebut seq %1 comença abans que acabés el rebut anterior del node.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="437"/>
        <source>The period of receipt seq %1 ends in the future.</source>
        <translation>El període del rebut seq %1 acaba en el futur.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="449"/>
        <source>Transfer seq %1 is dated in the future.</source>
        <translation>La transferència seq %1 té una data futura.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="454"/>
        <source>Transfer seq %1 moves %2 millicredits but the node has only %3.</source>
        <translation>La transferència seq %1 mou %2 mil·licrèdits però el node només en té %3.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="738"/>
        <source>&quot;%1&quot; is not a node id (64 lower-case hex digits).</source>
        <translation>&quot;%1&quot; no és un identificador de node (64 xifres hexadecimals en minúscules).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="748"/>
        <source>The ledger has no entry of node %1.</source>
        <translation>El llibre de comptes no té cap entrada del node %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerSync</name>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="98"/>
        <location filename="../core/ledger/LedgerSync.cpp" line="328"/>
        <source>No ledger is configured: receipts are kept on this computer until one is.</source>
        <translation>No hi ha cap llibre de comptes configurat: els rebuts es desen en aquest ordinador fins que n&apos;hi hagi un.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="114"/>
        <source>A pin only makes sense with an https:// ledger address.</source>
        <translation>Una fixació només té sentit amb una adreça https:// del llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="231"/>
        <source>A node cannot give credits to itself.</source>
        <translation>Un node no es pot donar crèdits a si mateix.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="232"/>
        <source>&apos;%1&apos; is not a node id: a node id is 64 lower-case hex digits (cloudyctl identity show prints this node&apos;s).</source>
        <translation>&apos;%1&apos; no és un identificador de node: un identificador de node té 64 dígits hexadecimals en minúscula (cloudyctl identity show mostra el d&apos;aquest node).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="236"/>
        <source>The amount to give must be more than 0 credits.</source>
        <translation>La quantitat a donar ha de ser més de 0 crèdits.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="238"/>
        <source>The note is too long: at most %1 bytes (it has %2).</source>
        <translation>La nota és massa llarga: com a màxim %1 bytes (en té %2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="249"/>
        <source>The ledger has not told this computer its balance yet: sync with the ledger first. A transfer can only give credits the ledger has counted.</source>
        <translation>El llibre de comptes encara no ha dit a aquest ordinador el seu saldo: primer sincronitzeu amb el llibre de comptes. Una transferència només pot donar crèdits que el llibre de comptes ha comptat.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="254"/>
        <source>This node can give %1 credits now (its balance at the ledger less the transfers still waiting to be sent); %2 is more than that.</source>
        <translation>Aquest node ara pot donar %1 crèdits (el seu saldo al llibre de comptes menys les transferències que encara esperen ser enviades); %2 és més que això.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="336"/>
        <source>Sending receipts to the ledger…</source>
        <translation>S&apos;estan enviant els rebuts al llibre de comptes…</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="349"/>
        <source>The ledger&apos;s reward policy cannot be read.</source>
        <translation>No es pot llegir la política de recompenses del llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="387"/>
        <source>The ledger&apos;s answer about this node cannot be read.</source>
        <translation>No es pot llegir la resposta del llibre de comptes sobre aquest node.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="484"/>
        <source>The ledger refused an entry of this node; the entries after it wait. See the refused entry for the ledger&apos;s reason.</source>
        <translation>El llibre de comptes ha rebutjat una entrada d&apos;aquest node; les entrades posteriors esperen. Vegeu l&apos;entrada rebutjada per conèixer el motiu del llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="488"/>
        <source>Up to date with the ledger.</source>
        <translation>Al dia amb el llibre de comptes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ledger/LedgerSync.cpp" line="489"/>
        <source>%n entries sent to the ledger.</source>
        <translation>
            <numerusform>S&apos;ha enviat %n entrada al llibre de comptes.</numerusform>
            <numerusform>S&apos;han enviat %n entrades al llibre de comptes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="504"/>
        <source>The ledger cannot be reached.</source>
        <translation>No es pot accedir al llibre de comptes.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::Outbox</name>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="34"/>
        <source>The ledger outbox could not %1: %2</source>
        <translation>La safata de sortida del llibre de comptes no ha pogut %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="88"/>
        <source>start a transaction</source>
        <translation>iniciar una transacció</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="95"/>
        <source>save its changes</source>
        <translation>desar els seus canvis</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="126"/>
        <location filename="../core/ledger/Outbox.cpp" line="154"/>
        <location filename="../core/ledger/Outbox.cpp" line="166"/>
        <location filename="../core/ledger/Outbox.cpp" line="535"/>
        <location filename="../core/ledger/Outbox.cpp" line="543"/>
        <location filename="../core/ledger/Outbox.cpp" line="554"/>
        <source>read its entries</source>
        <translation>llegir les seves entrades</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="132"/>
        <source>The ledger outbox holds an entry that cannot be read: %1</source>
        <translation>La safata de sortida del llibre de comptes conté una entrada que no es pot llegir: %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="179"/>
        <source>Entry %1 does not continue this node&apos;s chain in the outbox (it ends at %2).</source>
        <translation>L&apos;entrada %1 no continua la cadena d&apos;aquest node a la safata de sortida (acaba a %2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="184"/>
        <source>Entry %1 is not signed by its key.</source>
        <translation>L&apos;entrada %1 no està signada per la seva clau.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="191"/>
        <source>The receipt&apos;s period starts before the end of the previous receipt.</source>
        <translation>El període del rebut comença abans del final del rebut anterior.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="209"/>
        <source>store an entry</source>
        <translation>desar una entrada</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="222"/>
        <location filename="../core/ledger/Outbox.cpp" line="228"/>
        <source>open %1</source>
        <translation>obrir %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="233"/>
        <source>be read</source>
        <translation>ser llegida</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="242"/>
        <source>The ledger outbox %1 was written by a newer version of Cloudy (schema %2, this version knows %3). Update Cloudy Desktop to use it.</source>
        <translation>La safata de sortida del llibre de comptes %1 l&apos;ha escrit una versió més nova de Cloudy (esquema %2, aquesta versió coneix el %3). Actualitzeu Cloudy Desktop per fer-la servir.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="271"/>
        <source>create its tables</source>
        <translation>crear les seves taules</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="295"/>
        <location filename="../core/ledger/Outbox.cpp" line="582"/>
        <source>mark an entry</source>
        <translation>marcar una entrada</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="375"/>
        <location filename="../core/ledger/Outbox.cpp" line="437"/>
        <source>The node has no signing key to sign receipts.</source>
        <translation>El node no té cap clau de signatura per signar els rebuts.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="394"/>
        <location filename="../core/ledger/Outbox.cpp" line="499"/>
        <source>The entry could not be signed.</source>
        <translation>No s&apos;ha pogut signar l&apos;entrada.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="469"/>
        <source>The ledger confirmed entry %1 after refusing entry %2: the outbox and the ledger disagree, so the refused entry is kept where it is.</source>
        <translation>El llibre de comptes ha confirmat l&apos;entrada %1 després de rebutjar l&apos;entrada %2: la safata de sortida i el llibre de comptes no coincideixen, així que l&apos;entrada rebutjada es manté on és.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="482"/>
        <location filename="../core/ledger/Outbox.cpp" line="487"/>
        <source>set a refused entry aside</source>
        <translation>apartar una entrada rebutjada</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="593"/>
        <source>store the ledger&apos;s answer</source>
        <translation>desar la resposta del llibre de comptes</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="603"/>
        <source>read the ledger&apos;s answers</source>
        <translation>llegir les respostes del llibre de comptes</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::Receipt</name>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="136"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; ha de ser un nombre enter.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="141"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; ha de ser un nombre enter de %2 a %3.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="152"/>
        <source>&quot;%1&quot; must be %2 lower-case hex digits.</source>
        <translation>&quot;%1&quot; ha de tenir %2 xifres hexadecimals en minúscules.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="163"/>
        <source>&quot;%1&quot; must be text of at most %2 bytes without control characters.</source>
        <translation>&quot;%1&quot; ha de ser un text de com a màxim %2 bytes sense caràcters de control.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="180"/>
        <source>&quot;%1&quot; is not part of a ledger entry.</source>
        <translation>&quot;%1&quot; no forma part d&apos;una entrada del llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="275"/>
        <source>These bytes are not a ledger entry.</source>
        <translation>Aquests bytes no són una entrada del llibre de comptes.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="279"/>
        <location filename="../core/ledger/Receipt.cpp" line="441"/>
        <source>The entry has a protocol version this program does not know.</source>
        <translation>L&apos;entrada té una versió de protocol que aquest programa no coneix.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="302"/>
        <source>The microcloud name of the entry is not valid text.</source>
        <translation>El nom del micronúvol de l&apos;entrada no és un text vàlid.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="313"/>
        <source>The memo of the transfer is not valid text.</source>
        <translation>El concepte de la transferència no és un text vàlid.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="317"/>
        <source>The entry is of an unknown kind.</source>
        <translation>L&apos;entrada és d&apos;un tipus desconegut.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="320"/>
        <source>The entry is cut short or has bytes after its end.</source>
        <translation>L&apos;entrada està truncada o té bytes després del final.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="322"/>
        <source>The entry&apos;s sequence number is out of range.</source>
        <translation>El número de seqüència de l&apos;entrada està fora de l&apos;interval.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="354"/>
        <source>The sequence number must be at least 1.</source>
        <translation>El número de seqüència ha de ser com a mínim 1.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="356"/>
        <source>The first entry of a node must have an all-zero prev.</source>
        <translation>La primera entrada d&apos;un node ha de tenir un prev tot de zeros.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="359"/>
        <source>A transfer must move at least one millicredit.</source>
        <translation>Una transferència ha de moure com a mínim un mil·licrèdit.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="361"/>
        <source>A node cannot pay itself.</source>
        <translation>Un node no es pot pagar a si mateix.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="364"/>
        <source>The transfer&apos;s time is not a time after 1970.</source>
        <translation>L&apos;hora de la transferència no és una hora posterior a 1970.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="370"/>
        <location filename="../core/ledger/Receipt.cpp" line="373"/>
        <source>The period of a receipt must last from one second to one day.</source>
        <translation>El període d&apos;un rebut ha de durar d&apos;un segon a un dia.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="376"/>
        <source>The receipt donates %1 of %2 vCPUs, which cannot be.</source>
        <translation>El rebut dona %1 de %2 vCPU, cosa que no és possible.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="379"/>
        <source>The receipt donates more memory than the node has.</source>
        <translation>El rebut dona més memòria de la que té el node.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="382"/>
        <source>The receipt counts more core time than %1 vCPUs give in its period.</source>
        <translation>El rebut compta més temps de nucli del que donen %1 vCPU en el seu període.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="384"/>
        <source>The receipt counts more memory time than was donated in its period.</source>
        <translation>El rebut compta més temps de memòria del que s&apos;ha donat en el seu període.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="386"/>
        <source>The receipt counts more disk time than was donated in its period.</source>
        <translation>El rebut compta més temps de disc del que s&apos;ha donat en el seu període.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="388"/>
        <source>The receipt counts more uptime than its period lasts.</source>
        <translation>El rebut compta més temps en marxa del que dura el seu període.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="439"/>
        <source>&quot;kind&quot; must be &quot;receipt&quot; or &quot;transfer&quot;.</source>
        <translation>&quot;kind&quot; ha de ser &quot;receipt&quot; o &quot;transfer&quot;.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::RewardPolicy</name>
    <message>
        <location filename="../core/ledger/RewardPolicy.cpp" line="85"/>
        <source>The reward policy needs whole, non-negative rates and an effort weight from 0 to 100.</source>
        <translation>La política de recompenses necessita tarifes enteres no negatives i un pes de l&apos;esforç de 0 a 100.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Metering::UsageMeter</name>
    <message>
        <location filename="../core/metering/UsageMeter.cpp" line="108"/>
        <source>The contribution node cannot be metered: libvirt is not connected.</source>
        <translation>No es pot mesurar el node de contribució: libvirt no està connectat.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Secrets</name>
    <message numerus="yes">
        <location filename="../core/platform/Secrets.cpp" line="180"/>
        <source>The keyring did not answer within %n second(s). It may be locked and waiting for its password.</source>
        <translation>
            <numerusform>L&apos;anell de claus no ha respost en %n segon. Potser està blocat i espera la contrasenya.</numerusform>
            <numerusform>L&apos;anell de claus no ha respost en %n segons. Potser està blocat i espera la contrasenya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Services</name>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="58"/>
        <location filename="../core/services/ServiceManager.cpp" line="668"/>
        <source>“%1” is not a valid service id.</source>
        <translation>“%1” no és un identificador de servei vàlid.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="62"/>
        <source>%1 (community service)</source>
        <translation>%1 (servei comunitari)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="63"/>
        <source>Launched by Cloudy Desktop from a microcloud&apos;s catalog.</source>
        <translation>Iniciat per Cloudy Desktop des del catàleg d&apos;un micronúvol.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="84"/>
        <source>The service&apos;s bundle names its %1 as “%2”, which is not a path inside the bundle.</source>
        <translation>El paquet del servei indica com a %1 “%2”, que no és un camí dins del paquet.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="116"/>
        <source>No free local port could be found for %1&apos;s “%2” port.</source>
        <translation>No s&apos;ha trobat cap port local lliure per al port “%2” de %1.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="128"/>
        <source>libvirt is not available, so %1 cannot start.</source>
        <translation>libvirt no està disponible, per tant %1 no es pot iniciar.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="229"/>
        <source>libvirt is not available.</source>
        <translation>libvirt no està disponible.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="330"/>
        <source>%1 started but did not report ready within %2 seconds. Its log may say why.</source>
        <translation>%1 s&apos;ha iniciat però no ha indicat que estigui a punt en %2 segons. El seu registre potser en diu el motiu.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="378"/>
        <source>%1 stopped by itself. Its log may say why.</source>
        <translation>%1 s&apos;ha aturat tot sol. El seu registre potser en diu el motiu.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="416"/>
        <source>%1 is described by the catalog but cannot be installed from it (it has no bundle).</source>
        <translation>%1 és descrit pel catàleg però no s&apos;hi pot instal·lar (no té paquet).</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="427"/>
        <source>Stop %1 before installing it again.</source>
        <translation>Atureu %1 abans de tornar-lo a instal·lar.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="487"/>
        <source>Another install of %1 is running.</source>
        <translation>Ja hi ha una altra instal·lació de %1 en curs.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="528"/>
        <source>Could not save %1&apos;s installation record: %2</source>
        <translation>No s&apos;ha pogut desar el registre d&apos;instal·lació de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="561"/>
        <location filename="../core/services/ServiceManager.cpp" line="676"/>
        <source>“%1” is not installed.</source>
        <translation>“%1” no està instal·lat.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="599"/>
        <source>%1&apos;s bundle names “%2”, which is missing or not inside the bundle. Install it again.</source>
        <translation>El paquet de %1 indica “%2”, que no existeix o no és dins del paquet. Torneu-lo a instal·lar.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="610"/>
        <source>Could not create %1&apos;s data volume: %2</source>
        <translation>No s&apos;ha pogut crear el volum de dades de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="681"/>
        <source>Could not delete the files in %1.</source>
        <translation>No s&apos;han pogut suprimir els fitxers de %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleFetcher</name>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="198"/>
        <source>The catalog gives %1 an address Cloudy cannot download from (only http and https are allowed): %2</source>
        <translation>El catàleg dona a %1 una adreça des de la qual Cloudy no pot baixar (només es permeten http i https): %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="207"/>
        <source>The catalog entry of %1 has no valid checksum or size.</source>
        <translation>L&apos;entrada del catàleg de %1 no té una suma de verificació o una mida vàlides.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="237"/>
        <location filename="../core/services/BundleFetcher.cpp" line="350"/>
        <location filename="../core/services/BundleFetcher.cpp" line="467"/>
        <source>Could not write the download of %1 to %2: %3</source>
        <translation>No s&apos;ha pogut escriure la baixada de %1 a %2: %3</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="314"/>
        <source>The server cannot resume the download of %1.</source>
        <translation>El servidor no pot reprendre la baixada de %1.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="331"/>
        <location filename="../core/services/BundleFetcher.cpp" line="424"/>
        <source>The server answered %1 (%2) to the download of %3.</source>
        <translation>El servidor ha respost %1 (%2) a la baixada de %3.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="360"/>
        <source>The download of %1 is larger than the catalog says (%2 bytes). It was stopped and deleted; ask the microcloud&apos;s operators.</source>
        <translation>La baixada de %1 és més gran del que diu el catàleg (%2 bytes). S&apos;ha aturat i suprimit; pregunteu als operadors del micronúvol.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="405"/>
        <source>the connection closed before the end</source>
        <translation>la connexió s&apos;ha tancat abans del final</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="417"/>
        <source>The download of %1 stalled: nothing arrived for %2 seconds. Try again: it will resume where it stopped.</source>
        <translation>La baixada de %1 s&apos;ha encallat: no ha arribat res durant %2 segons. Torneu-ho a provar: es reprendrà on s&apos;ha aturat.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="429"/>
        <source>The download of %1 was interrupted (%2). Try again: it will resume where it stopped.</source>
        <translation>La baixada de %1 s&apos;ha interromput (%2). Torneu-ho a provar: es reprendrà on s&apos;ha aturat.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="445"/>
        <source>The download of %1 ended early (%2 of %3 bytes). It was deleted; try again or ask the microcloud&apos;s operators.</source>
        <translation>La baixada de %1 ha acabat abans d&apos;hora (%2 de %3 bytes). S&apos;ha suprimit; torneu-ho a provar o pregunteu als operadors del micronúvol.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="453"/>
        <source>The download of %1 was damaged (its checksum does not match the catalog). It was deleted; try again or ask the microcloud&apos;s operators.</source>
        <translation>La baixada de %1 estava malmesa (la suma de verificació no coincideix amb el catàleg). S&apos;ha suprimit; torneu-ho a provar o pregunteu als operadors del micronúvol.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="494"/>
        <source>The download of %1 was cancelled.</source>
        <translation>S&apos;ha cancel·lat la baixada de %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleInstaller</name>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="203"/>
        <source>Could not write &quot;%1&quot; of the bundle: %2</source>
        <translation>No s&apos;ha pogut escriure &quot;%1&quot; del paquet: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="281"/>
        <source>The bundle&apos;s first member is &quot;%1&quot;, not manifest.json: this is not a service bundle.</source>
        <translation>El primer membre del paquet és &quot;%1&quot;, no manifest.json: no és un paquet de servei.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="287"/>
        <source>The bundle&apos;s manifest.json is larger than %1 KiB.</source>
        <translation>El manifest.json del paquet és més gran de %1 KiB.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="292"/>
        <source>The bundle is damaged: its manifest.json cannot be read (%1).</source>
        <translation>El paquet està malmès: no es pot llegir el seu manifest.json (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="302"/>
        <source>The bundle holds %1 %2 (%3), but the catalog offers %4 %5 (%6): the microcloud&apos;s catalog and its bundle do not match.</source>
        <translation>El paquet conté %1 %2 (%3), però el catàleg ofereix %4 %5 (%6): el catàleg del micronúvol i el seu paquet no coincideixen.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="322"/>
        <source>The bundle contains a member with an empty name.</source>
        <translation>El paquet conté un membre amb un nom buit.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="324"/>
        <source>The bundle contains &quot;%1&quot;, an absolute path.</source>
        <translation>El paquet conté &quot;%1&quot;, un camí absolut.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="327"/>
        <source>The bundle contains &quot;%1&quot;, a path that leads out of it (&quot;..&quot;).</source>
        <translation>El paquet conté &quot;%1&quot;, un camí que en surt (&quot;..&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="329"/>
        <source>The bundle contains &quot;%1&quot;, a malformed path.</source>
        <translation>El paquet conté &quot;%1&quot;, un camí mal format.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="335"/>
        <source>The bundle holds more members than its manifest says (%1); extraction stopped at &quot;%2&quot;.</source>
        <translation>El paquet té més membres dels que diu el seu manifest (%1); l&apos;extracció s&apos;ha aturat a &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="340"/>
        <source>The bundle contains &quot;%1&quot; twice.</source>
        <translation>El paquet conté &quot;%1&quot; dues vegades.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="346"/>
        <source>The bundle contains &quot;%1&quot;, which lies under a symbolic link or a file of the bundle.</source>
        <translation>El paquet conté &quot;%1&quot;, que és sota un enllaç simbòlic o un fitxer del paquet.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="359"/>
        <source>The bundle contains the hard link &quot;%1&quot; to &quot;%2&quot;, which is not an earlier file of the bundle.</source>
        <translation>El paquet conté l&apos;enllaç dur &quot;%1&quot; a &quot;%2&quot;, que no és un fitxer anterior del paquet.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="370"/>
        <location filename="../core/services/BundleInstaller.cpp" line="444"/>
        <source>The bundle contains the symbolic link &quot;%1&quot; to &quot;%2&quot;, which leads out of the bundle.</source>
        <translation>El paquet conté l&apos;enllaç simbòlic &quot;%1&quot; a &quot;%2&quot;, que surt del paquet.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="375"/>
        <source>The bundle contains &quot;%1&quot;, a device node, FIFO or socket, which a bundle may not hold.</source>
        <translation>El paquet conté &quot;%1&quot;, un node de dispositiu, FIFO o sòcol, que un paquet no pot contenir.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="381"/>
        <source>The bundle contains &quot;%1&quot; both as a directory and as a file or link.</source>
        <translation>El paquet conté &quot;%1&quot; alhora com a directori i com a fitxer o enllaç.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="391"/>
        <location filename="../core/services/BundleInstaller.cpp" line="423"/>
        <source>The bundle holds more data than its manifest says (%1 bytes); extraction stopped at &quot;%2&quot;.</source>
        <translation>El paquet té més dades de les que diu el seu manifest (%1 bytes); l&apos;extracció s&apos;ha aturat a &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="416"/>
        <source>The bundle is damaged at &quot;%1&quot; (%2).</source>
        <translation>El paquet està malmès a &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="418"/>
        <location filename="../core/services/BundleInstaller.cpp" line="524"/>
        <source>The installation was cancelled.</source>
        <translation>S&apos;ha cancel·lat la instal·lació.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="466"/>
        <source>The bundle&apos;s manifest names &quot;%1&quot;, which the bundle does not contain.</source>
        <translation>El manifest del paquet esmenta &quot;%1&quot;, que el paquet no conté.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="475"/>
        <source>Could not create the folder %1.</source>
        <translation>No s&apos;ha pogut crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="482"/>
        <source>Could not open the bundle %1: %2</source>
        <translation>No s&apos;ha pogut obrir el paquet %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="489"/>
        <source>Out of memory.</source>
        <translation>No hi ha prou memòria.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="501"/>
        <location filename="../core/services/BundleInstaller.cpp" line="515"/>
        <source>The file is not a service bundle (%1).</source>
        <translation>El fitxer no és un paquet de servei (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="506"/>
        <source>Could not create a temporary folder in %1: %2</source>
        <translation>No s&apos;ha pogut crear una carpeta temporal a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="517"/>
        <source>The bundle is empty.</source>
        <translation>El paquet és buit.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="539"/>
        <source>The bundle is damaged (%1).</source>
        <translation>El paquet està malmès (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="552"/>
        <source>Could not put the new bundle in place in %1: %2</source>
        <translation>No s&apos;ha pogut posar el nou paquet al seu lloc a %1: %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleManifest</name>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="56"/>
        <source>The bundle&apos;s manifest is larger than %1 KiB.</source>
        <translation>El manifest del paquet és més gran de %1 KiB.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="61"/>
        <source>The bundle&apos;s manifest is not valid JSON (%1).</source>
        <translation>El manifest del paquet no és JSON vàlid (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="67"/>
        <source>The bundle&apos;s manifest has no &quot;format&quot;.</source>
        <translation>El manifest del paquet no té &quot;format&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="71"/>
        <source>The bundle uses format %1, which this version of Cloudy does not know. Update Cloudy Desktop to install it.</source>
        <translation>El paquet fa servir el format %1, que aquesta versió de Cloudy no coneix. Actualitzeu Cloudy Desktop per instal·lar-lo.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="79"/>
        <source>The bundle&apos;s manifest has no valid &quot;id&quot; (lower-case letters, digits and dashes, at most 63).</source>
        <translation>El manifest del paquet no té un &quot;id&quot; vàlid (lletres minúscules, xifres i guionets, com a màxim 63).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="83"/>
        <source>The bundle&apos;s manifest has no valid &quot;version&quot;.</source>
        <translation>El manifest del paquet no té una &quot;version&quot; vàlida.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="92"/>
        <source>The bundle&apos;s manifest has no valid &quot;qemu.kernel&quot; (a path inside the bundle).</source>
        <translation>El manifest del paquet no té un &quot;qemu.kernel&quot; vàlid (un camí dins del paquet).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="95"/>
        <source>The bundle&apos;s manifest has no valid &quot;qemu.initrd&quot; (a path inside the bundle).</source>
        <translation>El manifest del paquet no té un &quot;qemu.initrd&quot; vàlid (un camí dins del paquet).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="98"/>
        <source>The bundle&apos;s manifest has an invalid &quot;qemu.disk&quot; (a path inside the bundle).</source>
        <translation>El manifest del paquet té un &quot;qemu.disk&quot; no vàlid (un camí dins del paquet).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="105"/>
        <source>The bundle&apos;s manifest has no valid &quot;lxc.rootfs&quot; (a directory inside the bundle).</source>
        <translation>El manifest del paquet no té un &quot;lxc.rootfs&quot; vàlid (un directori dins del paquet).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="108"/>
        <source>The bundle&apos;s manifest has no valid &quot;lxc.init&quot; (an absolute path inside the root filesystem).</source>
        <translation>El manifest del paquet no té un &quot;lxc.init&quot; vàlid (un camí absolut dins del sistema de fitxers arrel).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="111"/>
        <source>The bundle&apos;s manifest has no valid &quot;kind&quot; (&quot;qemu&quot; or &quot;lxc&quot;).</source>
        <translation>El manifest del paquet no té un &quot;kind&quot; vàlid (&quot;qemu&quot; o &quot;lxc&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="119"/>
        <source>The bundle&apos;s manifest has no valid &quot;contents.files&quot; (a whole number).</source>
        <translation>El manifest del paquet no té un &quot;contents.files&quot; vàlid (un nombre enter).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="121"/>
        <source>The bundle&apos;s manifest has no valid &quot;contents.bytes&quot; (a whole number).</source>
        <translation>El manifest del paquet no té un &quot;contents.bytes&quot; vàlid (un nombre enter).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::Catalog</name>
    <message>
        <location filename="../core/services/Catalog.cpp" line="85"/>
        <source>&quot;%1&quot; is missing.</source>
        <translation>Falta &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="94"/>
        <source>&quot;%1&quot; must be text of at most %2 characters, without control characters.</source>
        <translation>&quot;%1&quot; ha de ser un text de com a màxim %2 caràcters, sense caràcters de control.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="108"/>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="117"/>
        <source>&quot;ports&quot; must be a list of at most %1 ports.</source>
        <translation>&quot;ports&quot; ha de ser una llista de com a màxim %1 ports.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="128"/>
        <source>Every port needs a &quot;name&quot; of 1 to 32 characters a-z, 0-9 and &quot;-&quot;.</source>
        <translation>Cada port necessita un &quot;name&quot; d&apos;1 a 32 caràcters a-z, 0-9 i &quot;-&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="132"/>
        <source>Two ports are named &quot;%1&quot;.</source>
        <translation>Hi ha dos ports que es diuen &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="139"/>
        <source>The &quot;guestPort&quot; of port &quot;%1&quot; must be a whole number from 1 to 65535.</source>
        <translation>El &quot;guestPort&quot; del port &quot;%1&quot; ha de ser un nombre enter de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="147"/>
        <source>The &quot;protocol&quot; of port &quot;%1&quot; must be &quot;tcp&quot; or &quot;udp&quot;.</source>
        <translation>El &quot;protocol&quot; del port &quot;%1&quot; ha de ser &quot;tcp&quot; o &quot;udp&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="152"/>
        <source>The &quot;http&quot; of port &quot;%1&quot; must be true or false.</source>
        <translation>L&apos;&quot;http&quot; del port &quot;%1&quot; ha de ser true o false.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="157"/>
        <source>Port &quot;%1&quot; is marked &quot;http&quot; but is not tcp.</source>
        <translation>El port &quot;%1&quot; està marcat com a &quot;http&quot; però no és tcp.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="169"/>
        <source>&quot;readiness&quot; is missing: say how Cloudy knows the service is ready.</source>
        <translation>Falta &quot;readiness&quot;: indiqueu com sap Cloudy que el servei està a punt.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="177"/>
        <source>&quot;readiness&quot; must have exactly one of &quot;consoleLine&quot; and &quot;port&quot;.</source>
        <translation>&quot;readiness&quot; ha de tenir exactament un de &quot;consoleLine&quot; i &quot;port&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="185"/>
        <source>&quot;readiness.consoleLine&quot; must be text of 1 to 200 characters, on one line.</source>
        <translation>&quot;readiness.consoleLine&quot; ha de ser un text d&apos;1 a 200 caràcters, en una sola línia.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="195"/>
        <source>&quot;readiness.port&quot; must be the name of one of the service&apos;s tcp ports.</source>
        <translation>&quot;readiness.port&quot; ha de ser el nom d&apos;un dels ports tcp del servei.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="204"/>
        <source>&quot;readiness.timeoutSeconds&quot; must be a whole number from 1 to 3600.</source>
        <translation>&quot;readiness.timeoutSeconds&quot; ha de ser un nombre enter de 1 a 3600.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="219"/>
        <source>&quot;bundle.url&quot; must be a URL.</source>
        <translation>&quot;bundle.url&quot; ha de ser un URL.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="225"/>
        <source>&quot;bundle.url&quot; is relative, but the catalog&apos;s own URL is not known to resolve it.</source>
        <translation>&quot;bundle.url&quot; és relatiu, però no se sap l&apos;URL del catàleg mateix per resoldre&apos;l.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="235"/>
        <source>&quot;bundle.url&quot; must lead to an http or https address (it leads to %1).</source>
        <translation>&quot;bundle.url&quot; ha de portar a una adreça http o https (porta a %1).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="242"/>
        <source>&quot;bundle.sha256&quot; must be 64 hexadecimal digits.</source>
        <translation>&quot;bundle.sha256&quot; ha de tenir 64 xifres hexadecimals.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="249"/>
        <source>&quot;bundle.size&quot; must be the size of the bundle in bytes, a whole number.</source>
        <translation>&quot;bundle.size&quot; ha de ser la mida del paquet en bytes, un nombre enter.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="264"/>
        <source>The catalog is %1 bytes long; Cloudy reads catalogs of at most 1 MiB.</source>
        <translation>El catàleg fa %1 bytes; Cloudy llegeix catàlegs d&apos;1 MiB com a màxim.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="267"/>
        <source>The catalog is not UTF-8 text.</source>
        <translation>El catàleg no és text UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="272"/>
        <source>The catalog is not valid JSON: %1 (at byte %2).</source>
        <translation>El catàleg no és JSON vàlid: %1 (al byte %2).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="277"/>
        <source>The catalog is not a JSON object with a publisher and a list of services.</source>
        <translation>El catàleg no és un objecte JSON amb un editor i una llista de serveis.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="288"/>
        <source>The catalog&apos;s &quot;publicKey&quot; is not an Ed25519 public key (32 bytes in base64).</source>
        <translation>La &quot;publicKey&quot; del catàleg no és una clau pública Ed25519 (32 bytes en base64).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="303"/>
        <source>The catalog does not say which format it uses (&quot;format&quot; is missing).</source>
        <translation>El catàleg no diu quin format fa servir (falta &quot;format&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="308"/>
        <source>The catalog uses format %1, which this version of Cloudy does not know (it reads format %2). A newer Cloudy Desktop may read it.</source>
        <translation>El catàleg fa servir el format %1, que aquesta versió de Cloudy no coneix (llegeix el format %2). Una versió més nova de Cloudy Desktop potser el pot llegir.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="317"/>
        <source>The catalog does not name its publisher (&quot;publisher&quot;, at most %1 characters).</source>
        <translation>El catàleg no indica el seu editor (&quot;publisher&quot;, com a màxim %1 caràcters).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="329"/>
        <source>The catalog&apos;s &quot;generated&quot; is not a date and time like 2026-11-26T02:00:00Z.</source>
        <translation>El &quot;generated&quot; del catàleg no és una data i hora com 2026-11-26T02:00:00Z.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="333"/>
        <source>The catalog has no list of services (&quot;services&quot;).</source>
        <translation>El catàleg no té cap llista de serveis (&quot;services&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="341"/>
        <source>It is not a JSON object.</source>
        <translation>No és un objecte JSON.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="346"/>
        <source>An earlier service has the same id.</source>
        <translation>Un servei anterior té el mateix identificador.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="349"/>
        <source>Service %1 was left out: %2</source>
        <translation>S&apos;ha omès el servei %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="394"/>
        <source>&quot;id&quot; must be 1 to 63 characters a-z, 0-9 and &quot;-&quot;, starting with a letter or digit.</source>
        <translation>&quot;id&quot; ha de tenir d&apos;1 a 63 caràcters a-z, 0-9 i &quot;-&quot;, i començar amb una lletra o una xifra.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="424"/>
        <source>&quot;bundle&quot; must be an object with url, sha256 and size, or null.</source>
        <translation>&quot;bundle&quot; ha de ser un objecte amb url, sha256 i size, o null.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="430"/>
        <source>&quot;kind&quot; must be &quot;qemu&quot; or &quot;lxc&quot;.</source>
        <translation>&quot;kind&quot; ha de ser &quot;qemu&quot; o &quot;lxc&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="437"/>
        <source>&quot;resources&quot; is missing: say how many CPUs and how much memory it needs.</source>
        <translation>Falta &quot;resources&quot;: indiqueu quantes CPU i quanta memòria necessita.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="441"/>
        <source>&quot;resources.vcpus&quot; must be a whole number from 1 to 64.</source>
        <translation>&quot;resources.vcpus&quot; ha de ser un nombre enter de 1 a 64.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="444"/>
        <source>&quot;resources.memoryMiB&quot; must be a whole number from 16 to 65536.</source>
        <translation>&quot;resources.memoryMiB&quot; ha de ser un nombre enter de 16 a 65536.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="449"/>
        <source>&quot;resources.diskMiB&quot; must be a whole number from 0 to 1048576.</source>
        <translation>&quot;resources.diskMiB&quot; ha de ser un nombre enter de 0 a 1048576.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="500"/>
        <source>The catalog&apos;s signature (index.json.sig) is empty.</source>
        <translation>La signatura del catàleg (index.json.sig) és buida.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="504"/>
        <source>The catalog&apos;s signature (index.json.sig) is damaged: it is not one line of 88 base64 characters.</source>
        <translation>La signatura del catàleg (index.json.sig) està malmesa: no és una línia de 88 caràcters base64.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="509"/>
        <source>The catalog&apos;s signature does not match its contents: it was changed after it was signed, or is damaged.</source>
        <translation>La signatura del catàleg no coincideix amb el seu contingut: s&apos;ha modificat després de signar-lo o està malmès.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogFetcher</name>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="92"/>
        <source>Catalogs are fetched over http or https only, not from %1.</source>
        <translation>Els catàlegs només es baixen per http o https, no des de %1.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="115"/>
        <source>%1 is larger than %2 bytes; Cloudy does not read it.</source>
        <translation>%1 és més gran de %2 bytes; Cloudy no el llegeix.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/CatalogFetcher.cpp" line="141"/>
        <source>The server of %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor de %1 no ha respost en %n segon.</numerusform>
            <numerusform>El servidor de %1 no ha respost en %n segons.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="155"/>
        <source>%1 is too large; Cloudy does not read it.</source>
        <translation>%1 és massa gran; Cloudy no el llegeix.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="161"/>
        <source>the server answered %1</source>
        <translation>el servidor ha respost %1</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="166"/>
        <source>Cannot download the catalog&apos;s signature %1: %2.</source>
        <translation>No es pot baixar la signatura del catàleg %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="168"/>
        <source>Cannot download the catalog %1: %2.</source>
        <translation>No es pot baixar el catàleg %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="173"/>
        <source>%1 redirected to %2, which is not an http or https address.</source>
        <translation>%1 ha redirigit a %2, que no és una adreça http o https.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="280"/>
        <source>There is no saved copy of the catalog %1.</source>
        <translation>No hi ha cap còpia desada del catàleg %1.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="290"/>
        <source>The saved copy of the catalog %1 is no longer trusted.</source>
        <translation>La còpia desada del catàleg %1 ja no és de confiança.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="299"/>
        <source>Only a verified catalog can be trusted.</source>
        <translation>Només es pot confiar en un catàleg verificat.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogRegistry</name>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="55"/>
        <source>The list of added catalogs in %1 cannot be read; move the file away and add the catalogs again.</source>
        <translation>No es pot llegir la llista de catàlegs afegits a %1; moveu el fitxer a un altre lloc i torneu a afegir els catàlegs.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="115"/>
        <source>Cannot save the list of added catalogs in %1: %2.</source>
        <translation>No es pot desar la llista de catàlegs afegits a %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="126"/>
        <source>&quot;%1&quot; is not the http or https address of a catalog, like https://node1.example.guifi.net/cloudy/index.json.</source>
        <translation>&quot;%1&quot; no és l&apos;adreça http o https d&apos;un catàleg, com ara https://node1.example.guifi.net/cloudy/index.json.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogTrust</name>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="75"/>
        <source>Cannot read the trusted catalog keys in %1: %2.</source>
        <translation>No es poden llegir les claus de catàleg de confiança a %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="86"/>
        <location filename="../core/services/CatalogTrust.cpp" line="103"/>
        <source>The trusted catalog keys in %1 are damaged. Move the file away to start again (you will be asked to trust each catalog again).</source>
        <translation>Les claus de catàleg de confiança a %1 estan malmeses. Moveu el fitxer a un altre lloc per començar de nou (se us demanarà que torneu a confiar en cada catàleg).</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="153"/>
        <source>That is not an Ed25519 public key.</source>
        <translation>Això no és una clau pública Ed25519.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="185"/>
        <source>Cannot save the trusted catalog keys in %1: %2.</source>
        <translation>No es poden desar les claus de catàleg de confiança a %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="194"/>
        <source>The catalog of %1 is now signed by a different key (fingerprint %2) than the one you trusted (%3). It may have been tampered with; ask the microcloud&apos;s operators before trusting the new key.</source>
        <translation>El catàleg de %1 ara està signat per una clau diferent (empremta %2) de la que vau acceptar (%3). Pot haver estat manipulat; pregunteu als operadors del micronúvol abans de confiar en la clau nova.</translation>
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
        <translation>%1 MiB de disc</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="80"/>
        <source>Downloading %1 of %2</source>
        <translation>S&apos;està baixant %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="81"/>
        <source>Downloading %1</source>
        <translation>S&apos;està baixant %1</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="84"/>
        <source>Unpacking</source>
        <translation>S&apos;està desempaquetant</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="86"/>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="97"/>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="180"/>
        <source>Starting</source>
        <translation>S&apos;està iniciant</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="95"/>
        <source>Stopped</source>
        <translation>Aturat</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="99"/>
        <source>Running</source>
        <translation>En execució</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="101"/>
        <source>Not responding</source>
        <translation>No respon</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="103"/>
        <source>Stopping</source>
        <translation>S&apos;està aturant</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="105"/>
        <source>Failed</source>
        <translation>Ha fallat</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="148"/>
        <source>Installed here; no catalog offers it now</source>
        <translation>Instal·lat aquí; ara no l&apos;ofereix cap catàleg</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="150"/>
        <source>Offered by microclouds; not installable from here yet</source>
        <translation>Ofert per micronúvols; encara no es pot instal·lar des d&apos;aquí</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="153"/>
        <source>Offered by microcloud %1 (catalog of %2)</source>
        <translation>Ofert pel micronúvol %1 (catàleg de %2)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="154"/>
        <source>From the catalog of %1 at %2</source>
        <translation>Del catàleg de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="180"/>
        <source>Installing</source>
        <translation>S&apos;està instal·lant</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="182"/>
        <source>Not installed</source>
        <translation>No instal·lat</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="183"/>
        <source>Not installable</source>
        <translation>No instal·lable</translation>
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
        <translation>En ús ara: CPU %1 % d&apos;un nucli · %2 de memòria</translation>
    </message>
</context>
<context>
    <name>Cloudy::SettingsValidation</name>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="27"/>
        <source>&quot;%1&quot; is not a libvirt address Cloudy can use. Examples: qemu:///session, qemu:///system, lxc:///system.</source>
        <translation>&quot;%1&quot; no és una adreça de libvirt que Cloudy pugui fer servir. Exemples: qemu:///session, qemu:///system, lxc:///system.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="41"/>
        <source>&quot;%1&quot; is not a ledger address. Use http:// or https:// followed by the ledger&apos;s host and port, e.g. https://ledger.example.net:8443.</source>
        <translation>&quot;%1&quot; no és una adreça de llibre de comptes. Feu servir http:// o https:// seguit de l&apos;amfitrió i el port del llibre de comptes, p. ex. https://ledger.example.net:8443.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="45"/>
        <source>A ledger address has no &quot;?&quot; or &quot;#&quot; part.</source>
        <translation>Una adreça de llibre de comptes no té cap part &quot;?&quot; ni &quot;#&quot;.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="62"/>
        <source>A pin is the SHA-256 of the ledger&apos;s public key: 64 hexadecimal digits, as its operator publishes them.</source>
        <translation>Una fixació és el SHA-256 de la clau pública del llibre de comptes: 64 dígits hexadecimals, tal com els publica el seu operador.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Sharing</name>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="75"/>
        <source>The MemTotal line of /proc/meminfo is not understood: %1</source>
        <translation>No s&apos;entén la línia MemTotal de /proc/meminfo: %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="79"/>
        <source>/proc/meminfo has no MemTotal line.</source>
        <translation>/proc/meminfo no té cap línia MemTotal.</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="93"/>
        <source>Cannot read %1 to learn how much memory this computer has: %2</source>
        <translation>No es pot llegir %1 per saber quanta memòria té aquest ordinador: %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="109"/>
        <source>Cannot tell how much free space the disk holding %1 has; check that the folder is on a mounted filesystem.</source>
        <translation>No es pot saber quant espai lliure té el disc que conté %1; comproveu que la carpeta és en un sistema de fitxers muntat.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="47"/>
        <source>“%1” must be %2.</source>
        <translation>«%1» ha de ser %2.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="56"/>
        <location filename="../core/sharing/PolicyFile.cpp" line="281"/>
        <source>an object</source>
        <translation>un objecte</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="68"/>
        <source>a whole number</source>
        <translation>un nombre enter</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="80"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="92"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="157"/>
        <source>a list of %1 profile ids or nulls</source>
        <translation>una llista de %1 identificadors de perfil o nuls</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="163"/>
        <source>a profile id or null</source>
        <translation>un identificador de perfil o nul</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="226"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>No és JSON vàlid (%1 al byte %2).</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="230"/>
        <source>It is not a Cloudy sharing policy (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>No és una política de compartició de Cloudy (no hi ha &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="233"/>
        <source>It has no valid format version.</source>
        <translation>No té cap versió de format vàlida.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="237"/>
        <source>It was written by a newer Cloudy Desktop (format version %1; this one reads up to %2). Update Cloudy Desktop to use it.</source>
        <translation>L&apos;ha escrit un Cloudy Desktop més nou (versió de format %1; aquest llegeix fins a la %2). Actualitzeu Cloudy Desktop per fer-la servir.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="246"/>
        <source>“qemu” or “lxc”</source>
        <translation>«qemu» o «lxc»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="253"/>
        <source>“always”, “idle” or “schedule”</source>
        <translation>«always», «idle» o «schedule»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="259"/>
        <source>“suspend” or “profile”</source>
        <translation>«suspend» o «profile»</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="271"/>
        <source>a date and time such as 2024-05-01T10:00:00Z, or null</source>
        <translation>una data i hora com 2024-05-01T10:00:00Z, o nul</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="276"/>
        <source>a list</source>
        <translation>una llista</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="307"/>
        <source>There is no sharing policy in %1 yet.</source>
        <translation>Encara no hi ha cap política de compartició a %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="310"/>
        <source>Cannot read the sharing policy %1: %2. Check the file&apos;s permissions.</source>
        <translation>No es pot llegir la política de compartició %1: %2. Comproveu els permisos del fitxer.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="315"/>
        <source>The sharing policy %1 cannot be used: %2</source>
        <translation>La política de compartició %1 no es pot fer servir: %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="333"/>
        <source>Sharing uses the default settings; the file was kept as %1.</source>
        <translation>La compartició fa servir la configuració per defecte; el fitxer s&apos;ha conservat com a %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="335"/>
        <source>Sharing uses the default settings.</source>
        <translation>La compartició fa servir la configuració per defecte.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="346"/>
        <source>Cannot create the folder %1 for the sharing policy; check its permissions.</source>
        <translation>No es pot crear la carpeta %1 per a la política de compartició; comproveu-ne els permisos.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="351"/>
        <location filename="../core/sharing/PolicyFile.cpp" line="357"/>
        <source>Cannot write the sharing policy %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>No es pot escriure la política de compartició %1: %2. Comproveu els permisos i l&apos;espai lliure de la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="41"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="28"/>
        <source>1 core</source>
        <translation>1 nucli</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="41"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="28"/>
        <source>%1 cores</source>
        <translation>%1 nuclis</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="42"/>
        <source>%1 at %2 %</source>
        <translation>%1 al %2 %</translation>
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
        <translation>%1, %2 de memòria, %3 GiB de disc</translation>
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
        <translation>No disponible: el perfil %1 no existeix; trieu un perfil existent a la configuració de compartició.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="72"/>
        <location filename="../core/sharing/SharingDecision.cpp" line="95"/>
        <source>Sharing: %1</source>
        <translation>Compartint: %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="81"/>
        <source>Paused: the schedule has no sharing until %1</source>
        <translation>En pausa: l&apos;horari no té compartició fins a %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="82"/>
        <source>Paused: the schedule has no sharing</source>
        <translation>En pausa: l&apos;horari no té compartició</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="89"/>
        <source>Sharing: %1 (profile %2)</source>
        <translation>Compartint: %1 (perfil %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="99"/>
        <source>Paused: you are using the computer</source>
        <translation>En pausa: esteu fent servir l&apos;ordinador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="105"/>
        <source>Sharing: %1 while you use the computer (profile %2)</source>
        <translation>Compartint: %1 mentre feu servir l&apos;ordinador (perfil %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="112"/>
        <source>Paused: checking whether you are using the computer</source>
        <translation>En pausa: s&apos;està comprovant si feu servir l&apos;ordinador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="116"/>
        <source> (tried %1)</source>
        <translation> (s&apos;ha provat %1)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="119"/>
        <source>Unavailable: Cloudy cannot tell whether you are using the computer — no idle-time service answered on the D-Bus session or system bus%1. Share “always” or on a schedule instead, or run Cloudy inside your desktop session (KDE, GNOME and systemd-logind provide the idle time).</source>
        <translation>No disponible: Cloudy no pot saber si feu servir l&apos;ordinador — cap servei de temps d&apos;inactivitat no ha respost al bus de sessió o de sistema de D-Bus%1. Compartiu «sempre» o segons un horari, o executeu Cloudy dins la vostra sessió d&apos;escriptori (KDE, GNOME i systemd-logind proporcionen el temps d&apos;inactivitat).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="128"/>
        <source>Unavailable: unknown sharing mode</source>
        <translation>No disponible: mode de compartició desconegut</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="156"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="174"/>
        <source>Paused until %1 (you paused sharing)</source>
        <translation>En pausa fins a %1 (heu posat en pausa la compartició)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="176"/>
        <source>Paused: on battery</source>
        <translation>En pausa: amb bateria</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="71"/>
        <source>%1Share at least 1 core (%2 is not a number of cores).</source>
        <translation>%1Compartiu almenys 1 nucli (%2 no és un nombre de nuclis).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="76"/>
        <source>%1The CPU limit is a share of the shared cores&apos; time, between 1 % and 100 %; %2 % is not.</source>
        <translation>%1El límit de CPU és una part del temps dels nuclis compartits, entre l&apos;1 % i el 100 %; el %2 % no ho és.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="81"/>
        <source>%1Share at least %2 MiB of memory; a guest cannot start with less.</source>
        <translation>%1Compartiu almenys %2 MiB de memòria; un hoste no pot arrencar amb menys.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="90"/>
        <source>%1You have %2; at most %3 can be shared.</source>
        <translation>%1Teniu %2; com a màxim se&apos;n poden compartir %3.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="96"/>
        <source>%1 always stays for this computer</source>
        <translation>%1 sempre queda per a aquest ordinador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="97"/>
        <source>10 % of it, %1, stays for this computer</source>
        <translation>el 10 %, %1, queda per a aquest ordinador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="101"/>
        <source>%1This computer has %2 of memory and %3, so none can be shared.</source>
        <translation>%1Aquest ordinador té %2 de memòria i %3, així que no se&apos;n pot compartir gens.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="105"/>
        <source>%1You have %2 of memory; at most %3 can be shared (%4).</source>
        <translation>%1Teniu %2 de memòria; com a màxim se&apos;n poden compartir %3 (%4).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="270"/>
        <source>Choose the microcloud to share with (the Nearby page lists them) before switching sharing on.</source>
        <translation>Trieu el micronúvol amb el qual compartir (la pàgina A prop els llista) abans d&apos;activar la compartició.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="275"/>
        <source>Choose what the contribution node runs (an image of the microcloud&apos;s catalog or a service bundle) before switching sharing on.</source>
        <translation>Trieu què executa el node de contribució (una imatge del catàleg del micronúvol o un paquet de servei) abans d&apos;activar la compartició.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="282"/>
        <source>Share at least %1 GiB of disk.</source>
        <translation>Compartiu almenys %1 GiB de disc.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="287"/>
        <source>The computer must be idle for between 1 minute and 24 hours before sharing starts; %1 minutes is not possible.</source>
        <translation>L&apos;ordinador ha d&apos;estar inactiu entre 1 minut i 24 hores abans que comenci la compartició; %1 minuts no és possible.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="293"/>
        <source>The grace period for activity must be between 0 seconds and 1 hour; %1 seconds is not possible.</source>
        <translation>El període de gràcia per a l&apos;activitat ha de ser entre 0 segons i 1 hora; %1 segons no és possible.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="304"/>
        <source>The profile %1 has no id; give it one (e.g. “night”).</source>
        <translation>El perfil %1 no té identificador; doneu-n&apos;hi un (p. ex. «nit»).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="309"/>
        <source>Two profiles have the id %1; give each a different one.</source>
        <translation>Dos perfils tenen l&apos;identificador %1; doneu-ne un de diferent a cadascun.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="313"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="358"/>
        <source>Profile %1: </source>
        <translation>Perfil %1: </translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="321"/>
        <source>Choose the profile that runs while you use the computer, or suspend sharing then instead.</source>
        <translation>Trieu el perfil que s&apos;executa mentre feu servir l&apos;ordinador, o bé suspeneu la compartició en aquests moments.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="323"/>
        <source>The profile %1 chosen for while you use the computer does not exist; choose an existing profile or suspend sharing then instead.</source>
        <translation>El perfil %1 triat per a quan feu servir l&apos;ordinador no existeix; trieu un perfil existent o bé suspeneu la compartició en aquests moments.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="337"/>
        <source>The schedule uses the profile %1 (first on %2), which does not exist; choose an existing profile for those times or create it.</source>
        <translation>L&apos;horari fa servir el perfil %1 (primer el %2), que no existeix; trieu un perfil existent per a aquestes hores o creeu-lo.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="344"/>
        <source>The schedule never shares; give at least one half-hour a profile, or choose another mode.</source>
        <translation>L&apos;horari no comparteix mai; assigneu un perfil a almenys una mitja hora, o trieu un altre mode.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="364"/>
        <source>%1 (the minimum) must stay free for this computer</source>
        <translation>%1 (el mínim) ha de quedar lliure per a aquest ordinador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="366"/>
        <source>10 % of the disk (%1) must stay free for this computer</source>
        <translation>el 10 % del disc (%1) ha de quedar lliure per a aquest ordinador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="371"/>
        <source>The disk holding %1 has %2 free and %3, so no disk can be shared; free some space or keep the contribution on another disk.</source>
        <translation>El disc que conté %1 té %2 lliures i %3, així que no es pot compartir gens de disc; allibereu espai o poseu la contribució en un altre disc.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="377"/>
        <source>The disk holding %1 has %2 free; at most %3 GiB can be shared, since %4.</source>
        <translation>El disc que conté %1 té %2 lliures; com a màxim se&apos;n poden compartir %3 GiB, ja que %4.</translation>
    </message>
</context>
<context>
    <name>Cloudy::SingleInstance</name>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="67"/>
        <source>Cannot create the lock file %1 (the folder is not writable?).</source>
        <translation>No es pot crear el fitxer de bloqueig %1 (no es pot escriure a la carpeta?).</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="83"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No es pot escoltar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="112"/>
        <source>it did not answer</source>
        <translation>no ha respost</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="118"/>
        <source>Another Cloudy Desktop is running but could not be reached (%1).</source>
        <translation>Hi ha un altre Cloudy Desktop en execució però no s&apos;hi ha pogut connectar (%1).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Virt</name>
    <message>
        <location filename="../core/virt/Capabilities.cpp" line="95"/>
        <source>libvirt answered with something that is not a capabilities document.</source>
        <translation>libvirt ha respost amb una cosa que no és un document de capacitats.</translation>
    </message>
    <message>
        <location filename="../core/virt/Capabilities.cpp" line="108"/>
        <source>libvirt&apos;s capabilities document is malformed: %1</source>
        <translation>El document de capacitats de libvirt està mal format: %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="48"/>
        <source>No guest is selected (look it up first).</source>
        <translation>No hi ha cap hoste seleccionat (cerqueu-lo primer).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="248"/>
        <source>%1: applies on the next start (%2)</source>
        <translation>%1: s&apos;aplica al pròxim inici (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="251"/>
        <source>%1: not applied (%2)</source>
        <translation>%1: no s&apos;ha aplicat (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="315"/>
        <source>Could not read the state of %1</source>
        <translation>No s&apos;ha pogut llegir l&apos;estat de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="327"/>
        <source>Could not read the definition of %1</source>
        <translation>No s&apos;ha pogut llegir la definició de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="337"/>
        <source>Could not start %1</source>
        <translation>No s&apos;ha pogut iniciar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="346"/>
        <source>Could not ask %1 to shut down</source>
        <translation>No s&apos;ha pogut demanar a %1 que s&apos;apagui</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="355"/>
        <source>Could not stop %1</source>
        <translation>No s&apos;ha pogut aturar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="364"/>
        <source>Could not pause %1</source>
        <translation>No s&apos;ha pogut posar en pausa %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="373"/>
        <source>Could not resume %1</source>
        <translation>No s&apos;ha pogut reprendre %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="396"/>
        <source>Could not remove the definition of %1</source>
        <translation>No s&apos;ha pogut eliminar la definició de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="414"/>
        <source>Could not raise the vCPU maximum of %1 to %2</source>
        <translation>No s&apos;ha pogut augmentar el màxim de vCPU de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="418"/>
        <source>Could not set %1 vCPUs on %2</source>
        <translation>No s&apos;han pogut definir %1 vCPU a %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="438"/>
        <source>Could not set the memory of %1 to %2 MiB</source>
        <translation>No s&apos;ha pogut definir la memòria de %1 a %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="449"/>
        <source>Could not set the maximum memory of %1 to %2 MiB</source>
        <translation>No s&apos;ha pogut definir la memòria màxima de %1 a %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="521"/>
        <location filename="../core/virt/Domain.cpp" line="539"/>
        <source>Could not read the CPU scheduler settings of %1</source>
        <translation>No s&apos;ha pogut llegir la configuració del planificador de CPU de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="553"/>
        <source>The %1 driver has no CPU scheduler setting &quot;%2&quot; (it has: %3).</source>
        <translation>El controlador %1 no té el paràmetre del planificador de CPU &quot;%2&quot; (té: %3).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="578"/>
        <source>Could not prepare %1</source>
        <translation>No s&apos;ha pogut preparar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="589"/>
        <source>Could not change the CPU limits of %1</source>
        <translation>No s&apos;han pogut canviar els límits de CPU de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="606"/>
        <source>A %1 % cap is too small for a %2 µs period: the quota must be at least 1000 µs.</source>
        <translation>Un límit del %1 % és massa petit per a un període de %2 µs: la quota ha de ser com a mínim de 1000 µs.</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="636"/>
        <source>the guest is not running</source>
        <translation>l&apos;hoste no s&apos;està executant</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="641"/>
        <source>no guest</source>
        <translation>cap hoste</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="680"/>
        <source>Could not store Cloudy&apos;s data in %1</source>
        <translation>No s&apos;han pogut desar les dades de Cloudy a %1</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="109"/>
        <source>Could not sample the guests&apos; usage</source>
        <translation>No s&apos;ha pogut mostrejar l&apos;ús dels hostes</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="126"/>
        <source>Could not list the guests</source>
        <translation>No s&apos;han pogut llistar els hostes</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="56"/>
        <source>The guest name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>El nom d&apos;hoste &quot;%1&quot; no és vàlid: feu servir d&apos;1 a 64 lletres, xifres, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; o &apos;-&apos;, sense començar per &apos;.&apos; ni &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="60"/>
        <source>The guest %1 has no memory: give it at least 1 MiB.</source>
        <translation>L&apos;hoste %1 no té memòria: doneu-li almenys 1 MiB.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="63"/>
        <source>The guest %1 starts with more memory (%2 MiB) than its maximum (%3 MiB): raise the maximum or lower the start value.</source>
        <translation>L&apos;hoste %1 s&apos;inicia amb més memòria (%2 MiB) que el seu màxim (%3 MiB): augmenteu el màxim o reduïu el valor inicial.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="71"/>
        <source>The guest %1 asks for %2 vCPUs (maximum %3): use 1 to 255, and no more than the maximum.</source>
        <translation>L&apos;hoste %1 demana %2 vCPU (màxim %3): feu servir d&apos;1 a 255, i no més que el màxim.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="77"/>
        <source>The CPU period of %1 must be between 1000 and 1000000 µs (it is %2).</source>
        <translation>El període de CPU de %1 ha de ser entre 1000 i 1000000 µs (és %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="82"/>
        <source>The CPU cap of %1 must be between 1 and %2 % (100 % per vCPU), or 0 for none.</source>
        <translation>El límit de CPU de %1 ha de ser entre l&apos;1 i el %2 % (100 % per vCPU), o 0 per a cap.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="87"/>
        <source>The CPU cap of %1 is too small for its period: the quota must be at least 1000 µs (raise the cap or the period).</source>
        <translation>El límit de CPU de %1 és massa petit per al seu període: la quota ha de ser com a mínim de 1000 µs (augmenteu el límit o el període).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="93"/>
        <source>The path &quot;%1&quot; of guest %2 must be absolute.</source>
        <translation>El camí &quot;%1&quot; de l&apos;hoste %2 ha de ser absolut.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="98"/>
        <source>A disk of guest %1 has no absolute image path (&quot;%2&quot;).</source>
        <translation>Un disc de l&apos;hoste %1 no té un camí d&apos;imatge absolut (&quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="101"/>
        <source>A volume disk of guest %1 needs both a pool and a volume name.</source>
        <translation>Un disc de volum de l&apos;hoste %1 necessita un dipòsit i un nom de volum.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="107"/>
        <source>The container %1 has no init program: say which program it runs.</source>
        <translation>El contenidor %1 no té programa d&apos;inici: indiqueu quin programa executa.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="109"/>
        <source>The container %1 shares the host&apos;s network: port forwards and user-mode networking apply to QEMU guests only.</source>
        <translation>El contenidor %1 comparteix la xarxa de l&apos;amfitrió: les redireccions de ports i la xarxa en mode usuari només s&apos;apliquen als hostes QEMU.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="114"/>
        <source>The container %1 cannot boot a kernel or disks: give it a root directory.</source>
        <translation>El contenidor %1 no pot arrencar un nucli ni discs: doneu-li un directori arrel.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="119"/>
        <source>A mount of container %1 needs absolute source and target directories.</source>
        <translation>Un muntatge del contenidor %1 necessita directoris d&apos;origen i de destí absoluts.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="124"/>
        <source>An image mount of container %1 needs an absolute image path and target directory.</source>
        <translation>Un muntatge d&apos;imatge del contenidor %1 necessita un camí d&apos;imatge i un directori de destinació absoluts.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="133"/>
        <source>The guest %1 has nothing to boot: give it a kernel or a disk.</source>
        <translation>L&apos;hoste %1 no té res per arrencar: doneu-li un nucli o un disc.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="136"/>
        <source>The virtual machine %1 cannot take an init program or mounts: those are for containers.</source>
        <translation>La màquina virtual %1 no pot tenir programa d&apos;inici ni muntatges: són per a contenidors.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="141"/>
        <source>The guest %1 has port forwards but no user-mode network: switch it on.</source>
        <translation>L&apos;hoste %1 té redireccions de ports però no xarxa en mode usuari: activeu-la.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="144"/>
        <source>Port forwards need the &apos;pc&apos; machine type (guest %1 uses &apos;%2&apos;).</source>
        <translation>Les redireccions de ports necessiten el tipus de màquina &apos;pc&apos; (l&apos;hoste %1 fa servir &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="151"/>
        <source>The forward address &quot;%1&quot; of guest %2 is not an IPv4 address.</source>
        <translation>L&apos;adreça de redirecció &quot;%1&quot; de l&apos;hoste %2 no és una adreça IPv4.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="155"/>
        <source>A port forward of guest %1 has port 0: give both the host and the guest port.</source>
        <translation>Una redirecció de port de l&apos;hoste %1 té el port 0: indiqueu el port de l&apos;amfitrió i el de l&apos;hoste.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="162"/>
        <source>Host port %1 is forwarded twice in guest %2.</source>
        <translation>El port de l&apos;amfitrió %1 es redirigeix dues vegades a l&apos;hoste %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="551"/>
        <source>This is not libvirt domain XML (the document starts with &lt;%1&gt;).</source>
        <translation>Això no és XML de domini de libvirt (el document comença amb &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="658"/>
        <source>The domain XML is not well-formed: %1 (line %2).</source>
        <translation>L&apos;XML del domini no està ben format: %1 (línia %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="662"/>
        <source>The domain XML is empty.</source>
        <translation>L&apos;XML del domini és buit.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="37"/>
        <source>libvirtd closed the connection (the daemon stopped or restarted)</source>
        <translation>libvirtd ha tancat la connexió (el dimoni s&apos;ha aturat o reiniciat)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="39"/>
        <source>libvirtd stopped answering (keepalive timed out)</source>
        <translation>libvirtd ha deixat de respondre (ha vençut el keepalive)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="41"/>
        <source>the connection to libvirtd failed</source>
        <translation>la connexió amb libvirtd ha fallat</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="43"/>
        <source>the connection to libvirtd was closed</source>
        <translation>la connexió amb libvirtd s&apos;ha tancat</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="102"/>
        <source>libvirtd is not running for %1: install it (sudo apt-get install libvirt-daemon-system) and start it (sudo systemctl start libvirtd). libvirt said: %2</source>
        <translation>libvirtd no s&apos;està executant per a %1: instal·leu-lo (sudo apt-get install libvirt-daemon-system) i inicieu-lo (sudo systemctl start libvirtd). libvirt ha dit: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="109"/>
        <source>libvirt refused this user on %1: join the libvirt group (sudo adduser $USER libvirt), log out and in again, or use qemu:///session. libvirt said: %2</source>
        <translation>libvirt ha rebutjat aquest usuari a %1: uniu-vos al grup libvirt (sudo adduser $USER libvirt), tanqueu la sessió i torneu a entrar, o feu servir qemu:///session. libvirt ha dit: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="116"/>
        <source>libvirt has no driver for %1: install it (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, or libvirt-daemon-driver-lxc for containers). libvirt said: %2</source>
        <translation>libvirt no té controlador per a %1: instal·leu-lo (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, o libvirt-daemon-driver-lxc per a contenidors). libvirt ha dit: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="123"/>
        <source>Could not connect to %1: %2</source>
        <translation>No s&apos;ha pogut connectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="193"/>
        <source>The connection to %1 was closed.</source>
        <translation>La connexió amb %1 s&apos;ha tancat.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="261"/>
        <source>Lost the connection to %1: %2. Reconnecting…</source>
        <translation>S&apos;ha perdut la connexió amb %1: %2. S&apos;està tornant a connectar…</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="301"/>
        <source>Not connected to %1.</source>
        <translation>No connectat a %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="316"/>
        <source>There is no guest named %1 on %2.</source>
        <translation>No hi ha cap hoste anomenat %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="317"/>
        <source>Could not look up %1</source>
        <translation>No s&apos;ha pogut cercar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="330"/>
        <source>libvirt refused the guest definition</source>
        <translation>libvirt ha rebutjat la definició de l&apos;hoste</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="349"/>
        <source>libvirt could not start the guest</source>
        <translation>libvirt no ha pogut iniciar l&apos;hoste</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="369"/>
        <source>Could not list the guests on %1</source>
        <translation>No s&apos;han pogut llistar els hostes a %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="33"/>
        <source>There is no storage pool named %1.</source>
        <translation>No hi ha cap dipòsit d&apos;emmagatzematge anomenat %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="34"/>
        <source>Could not use the storage pool %1</source>
        <translation>No s&apos;ha pogut fer servir el dipòsit d&apos;emmagatzematge %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="41"/>
        <source>Could not read a volume&apos;s size</source>
        <translation>No s&apos;ha pogut llegir la mida d&apos;un volum</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="138"/>
        <source>Could not create the storage pool %1 in %2</source>
        <translation>No s&apos;ha pogut crear el dipòsit d&apos;emmagatzematge %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="142"/>
        <source>Could not create the directory %1 for the storage pool</source>
        <translation>No s&apos;ha pogut crear el directori %1 per al dipòsit d&apos;emmagatzematge</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="148"/>
        <source>Could not start the storage pool %1</source>
        <translation>No s&apos;ha pogut iniciar el dipòsit d&apos;emmagatzematge %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="190"/>
        <source>Could not delete the directory of the storage pool %1 (is it empty?)</source>
        <translation>No s&apos;ha pogut suprimir el directori del dipòsit d&apos;emmagatzematge %1 (és buit?)</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="212"/>
        <source>Could not create the %1-byte volume %2 in %3</source>
        <translation>No s&apos;ha pogut crear el volum de %1 bytes %2 a %3</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="226"/>
        <source>There is no volume %1 in %2.</source>
        <translation>No hi ha cap volum %1 a %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="227"/>
        <source>Could not look up the volume %1</source>
        <translation>No s&apos;ha pogut cercar el volum %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="261"/>
        <source>Could not delete the volume %1</source>
        <translation>No s&apos;ha pogut suprimir el volum %1</translation>
    </message>
    <message>
        <location filename="../core/virt/VirtConnection.cpp" line="67"/>
        <source>libvirt reported an unknown error.</source>
        <translation>libvirt ha informat d&apos;un error desconegut.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="68"/>
        <source>There is no guest to read the console of.</source>
        <translation>No hi ha cap hoste del qual llegir la consola.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="71"/>
        <source>The console cannot be followed without an application event loop.</source>
        <translation>No es pot seguir la consola sense un bucle d&apos;esdeveniments de l&apos;aplicació.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="74"/>
        <source>Could not create a console stream</source>
        <translation>No s&apos;ha pogut crear un flux de consola</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="79"/>
        <source>Could not open the console of %1</source>
        <translation>No s&apos;ha pogut obrir la consola de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="88"/>
        <source>Could not follow the console stream</source>
        <translation>No s&apos;ha pogut seguir el flux de consola</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="130"/>
        <source>The console closed (the guest stopped).</source>
        <translation>La consola s&apos;ha tancat (l&apos;hoste s&apos;ha aturat).</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="135"/>
        <source>Reading the console failed</source>
        <translation>Ha fallat la lectura de la consola</translation>
    </message>
</context>
<context>
    <name>Cloudy::Virt::KvmProbe</name>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="124"/>
        <source>KVM runs guests on this computer: services start at full speed.</source>
        <translation>KVM executa hostes en aquest ordinador: els serveis s&apos;inicien a tota velocitat.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="128"/>
        <source>%1 does not exist: this computer has no hardware virtualisation, or it is switched off in the firmware (BIOS/UEFI: enable VT-x or AMD-V). Virtual machines still run, more slowly, with software emulation.</source>
        <translation>%1 no existeix: aquest ordinador no té virtualització per maquinari, o està desactivada al microprogramari (BIOS/UEFI: activeu VT-x o AMD-V). Les màquines virtuals encara funcionen, més lentament, amb emulació per programari.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="136"/>
        <source>You may not use %1. Add yourself to the &apos;kvm&apos; group (sudo adduser $USER kvm) and log in again; until then virtual machines run with slower software emulation.</source>
        <translation>No podeu fer servir %1. Afegiu-vos al grup &apos;kvm&apos; (sudo adduser $USER kvm) i torneu a iniciar la sessió; fins aleshores les màquines virtuals funcionen amb emulació per programari, més lenta.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="141"/>
        <source>KVM is present but refused a test guest (probe step %1 failed), so Cloudy will use software emulation.</source>
        <translation>KVM hi és però ha rebutjat un hoste de prova (ha fallat el pas %1 de la prova), així que Cloudy farà servir emulació per programari.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="176"/>
        <source>Could not start the KVM probe: %1</source>
        <translation>No s&apos;ha pogut iniciar la prova de KVM: %1</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="189"/>
        <source>The KVM probe disappeared.</source>
        <translation>La prova de KVM ha desaparegut.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="201"/>
        <source>KVM accepted a test guest but never ran it (this happens with broken nested virtualisation). Cloudy will use software emulation.</source>
        <translation>KVM ha acceptat un hoste de prova però no l&apos;ha executat mai (passa amb la virtualització imbricada defectuosa). Cloudy farà servir emulació per programari.</translation>
    </message>
</context>
<context>
    <name>LedgerServer</name>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="199"/>
        <source>Cannot read the TLS certificate %1 or key %2.</source>
        <translation>No es pot llegir el certificat TLS %1 o la clau %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="208"/>
        <source>%1 and %2 must be a PEM certificate and its PEM key (EC or RSA).</source>
        <translation>%1 i %2 han de ser un certificat PEM i la seva clau PEM (EC o RSA).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="234"/>
        <source>Cannot listen on %1:%2 (is another program using that port?).</source>
        <translation>No es pot escoltar a %1:%2 (hi ha un altre programa que fa servir aquest port?).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="265"/>
        <source>Too many requests from %1; wait a second and try again.</source>
        <translation>Massa peticions des de %1; espereu un segon i torneu-ho a provar.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="341"/>
        <source>The request is %1 bytes; the ledger takes at most %2.</source>
        <translation>La petició fa %1 bytes; el llibre de comptes n&apos;accepta com a màxim %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="285"/>
        <source>The request must be a JSON object with an &quot;entries&quot; list.</source>
        <translation>La petició ha de ser un objecte JSON amb una llista &quot;entries&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="289"/>
        <source>The batch has %1 entries; send at most %2 at a time.</source>
        <translation>El lot té %1 entrades; envieu-ne com a màxim %2 alhora.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="297"/>
        <source>Entry %1 is not a JSON object.</source>
        <translation>L&apos;entrada %1 no és un objecte JSON.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="303"/>
        <source>Entry %1 is a receipt; send receipts to /v1/receipts.</source>
        <translation>L&apos;entrada %1 és un rebut; envieu els rebuts a /v1/receipts.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="389"/>
        <source>Node %1 sent too many entries; try again in a minute.</source>
        <translation>El node %1 ha enviat massa entrades; torneu-ho a provar d&apos;aquí a un minut.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="518"/>
        <source>&quot;after&quot; and &quot;limit&quot; must be whole numbers.</source>
        <translation>&quot;after&quot; i &quot;limit&quot; han de ser nombres enters.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="546"/>
        <source>There is no %1 in the ledger API. The API lives under /v1.</source>
        <translation>No hi ha cap %1 a l&apos;API del llibre de comptes. L&apos;API és sota /v1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="46"/>
        <source>The metering database could not %1: %2</source>
        <translation>La base de dades de mesura no ha pogut %1: %2</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="155"/>
        <location filename="../core/metering/UsageStore.cpp" line="373"/>
        <location filename="../core/metering/UsageStore.cpp" line="451"/>
        <source>be read</source>
        <translation>ser llegida</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="160"/>
        <source>The metering database %1 was written by a newer version of Cloudy (schema %2, this version knows %3). Update Cloudy Desktop to use it.</source>
        <translation>La base de dades de mesura %1 l&apos;ha escrit una versió més nova de Cloudy (esquema %2, aquesta versió coneix el %3). Actualitzeu Cloudy Desktop per fer-la servir.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="168"/>
        <location filename="../core/metering/UsageStore.cpp" line="291"/>
        <source>start a transaction</source>
        <translation>iniciar una transacció</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="188"/>
        <location filename="../core/metering/UsageStore.cpp" line="192"/>
        <source>create its tables</source>
        <translation>crear les seves taules</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="224"/>
        <source>Could not create the folder %1 for the metering database.</source>
        <translation>No s&apos;ha pogut crear la carpeta %1 per a la base de dades de mesura.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="231"/>
        <source>be opened (%1)</source>
        <translation>ser oberta (%1)</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="239"/>
        <source>The metering database %1 is damaged (%2); it was moved to %3 and a new one started. Donations metered before now are not counted in the totals.</source>
        <translation>La base de dades de mesura %1 està malmesa (%2); s&apos;ha mogut a %3 i se n&apos;ha començat una de nova. Les donacions mesurades fins ara no es compten als totals.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="244"/>
        <source>be created (%1)</source>
        <translation>ser creada (%1)</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="282"/>
        <location filename="../core/metering/UsageStore.cpp" line="359"/>
        <location filename="../core/metering/UsageStore.cpp" line="438"/>
        <location filename="../core/metering/UsageStore.cpp" line="462"/>
        <source>The metering database is not open.</source>
        <translation>La base de dades de mesura no està oberta.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="285"/>
        <source>A metering reading needs a domain and a time.</source>
        <translation>Una lectura de mesura necessita un domini i una hora.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="310"/>
        <source>store a reading</source>
        <translation>desar una lectura</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="343"/>
        <location filename="../core/metering/UsageStore.cpp" line="347"/>
        <source>add to the hourly totals</source>
        <translation>afegir als totals per hora</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="349"/>
        <source>save a reading</source>
        <translation>desar una lectura</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="469"/>
        <source>remove old readings</source>
        <translation>eliminar lectures antigues</translation>
    </message>
</context>
<context>
    <name>cloudy-desktop</name>
    <message>
        <location filename="../app/desktop/DisplayCheck.cpp" line="16"/>
        <source>cloudy-desktop needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session, or use &apos;cloudyctl&apos; in a terminal for the same actions. To try it without a screen, run it under &apos;xvfb-run&apos; or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>cloudy-desktop necessita un escriptori gràfic i no se n&apos;ha trobat cap (no hi ha definida ni DISPLAY ni WAYLAND_DISPLAY). Inicieu-lo des de la vostra sessió d&apos;escriptori, o feu servir &apos;cloudyctl&apos; en un terminal per a les mateixes accions. Per provar-lo sense pantalla, executeu-lo amb &apos;xvfb-run&apos; o amb QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>cloudy-ledgerd</name>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="36"/>
        <source>Cannot read the reward policy %1: %2.</source>
        <translation>No es pot llegir la política de recompenses %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="43"/>
        <source>The reward policy %1 is not a JSON object (%2).</source>
        <translation>La política de recompenses %1 no és un objecte JSON (%2).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="46"/>
        <source>not an object</source>
        <translation>no és un objecte</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="50"/>
        <source>The reward policy %1 is refused: %2</source>
        <translation>Es rebutja la política de recompenses %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="64"/>
        <source>The community ledger of a microcloud: stores signed contribution receipts and serves balances over HTTP (API under /v1).</source>
        <translation>El llibre de comptes comunitari d&apos;un micronúvol: desa rebuts de contribució signats i serveix saldos per HTTP (API sota /v1).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="70"/>
        <source>Print the version.</source>
        <translation>Mostra la versió.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="73"/>
        <source>Database: sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Base de dades: sqlite:PATH (per defecte, a la carpeta de dades) o postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="79"/>
        <source>Address and port to listen on (default 127.0.0.1:8787).</source>
        <translation>Adreça i port on escoltar (per defecte 127.0.0.1:8787).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="84"/>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key).</source>
        <translation>Serveix HTTPS amb aquest certificat PEM (necessita --tls-key).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="90"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clau privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="94"/>
        <source>Requests per second one client address may send (default 20, bursts of five times as many).</source>
        <translation>Peticions per segon que pot enviar una adreça de client (per defecte 20, amb ràfegues de fins a cinc vegades més).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="99"/>
        <source>Entries per minute one node may send (default 600, bursts of twice as many).</source>
        <translation>Entrades per minut que pot enviar un node (per defecte 600, amb ràfegues de fins al doble).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="104"/>
        <source>Seconds a connection may stay silent before it is closed (default 10; none lives longer than six times that).</source>
        <translation>Segons que una connexió pot estar en silenci abans de tancar-la (per defecte 10; cap no dura més de sis vegades aquest temps).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="110"/>
        <source>The reward policy, a JSON file as GET /v1/policy serves it (default: 1000 millicredits per core-hour, 250 per GiB-hour of memory, 5 per GiB-hour of disk, no effort weighting).</source>
        <translation>La política de recompenses, un fitxer JSON tal com el serveix GET /v1/policy (per defecte: 1000 mil·licrèdits per hora de nucli, 250 per GiB-hora de memòria, 5 per GiB-hora de disc, sense ponderació de l&apos;esforç).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="140"/>
        <source>&apos;%1&apos; is not an address to listen on; use ADDR:PORT, for example 127.0.0.1:8787 or [::1]:8787.</source>
        <translation>&apos;%1&apos; no és una adreça on escoltar; feu servir ADDR:PORT, per exemple 127.0.0.1:8787 o [::1]:8787.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="160"/>
        <source>--address-rate and --node-rate must be positive numbers, --client-timeout from 0.5 to 3600 seconds.</source>
        <translation>--address-rate i --node-rate han de ser nombres positius, i --client-timeout de 0.5 a 3600 segons.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="166"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert i --tls-key van junts.</translation>
    </message>
</context>
<context>
    <name>cloudyctl</name>
    <message>
        <location filename="../app/ctl/Command.cpp" line="16"/>
        <source>Publish service catalogs and choose the ones to read: catalog keygen|build|add|list</source>
        <translation>Publica catàlegs de serveis i tria quins es llegeixen: catalog keygen|build|add|list</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="21"/>
        <source>Find the microclouds nearby and the services they offer</source>
        <translation>Troba els micronúvols propers i els serveis que ofereixen</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="24"/>
        <source>Check what this computer offers Cloudy and say how to fix what is missing</source>
        <translation>Comprova què ofereix aquest ordinador a Cloudy i explica com arreglar el que falta</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="28"/>
        <source>This computer&apos;s node identity and its backup: identity show|create|export|import</source>
        <translation>La identitat de node d&apos;aquest ordinador i la seva còpia de seguretat: identity show|create|export|import</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="32"/>
        <source>This node&apos;s receipts and credits on the community ledger: ledger status|sync|balance|history</source>
        <translation>Els rebuts i crèdits d&apos;aquest node al llibre de comptes comunitari: ledger status|sync|balance|history</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="37"/>
        <source>Install and run community services: services list|show|install|launch|stop|remove|logs</source>
        <translation>Instal·la i executa serveis comunitaris: services list|show|install|launch|stop|remove|logs</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="42"/>
        <source>Show or change what this computer donates: share status|on|off|set</source>
        <translation>Mostra o canvia el que dona aquest ordinador: share status|on|off|set</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="59"/>
        <source>Show this help.</source>
        <translation>Mostra aquesta ajuda.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="63"/>
        <location filename="../app/ctl/IdentityCommand.cpp" line="184"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Proveu &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="29"/>
        <source>Microclouds nearby (found with %1):</source>
        <translation>Micronúvols propers (trobats amb %1):</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="31"/>
        <source>none found</source>
        <translation>no se n&apos;ha trobat cap</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/DiscoverCommand.cpp" line="40"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/DiscoverCommand.cpp" line="41"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servei</numerusform>
            <numerusform>%n serveis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="68"/>
        <source>no microcloud</source>
        <translation>cap micronúvol</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="77"/>
        <source>Finds the microclouds of your community network nearby and the services they offer (DNS-SD over mDNS). Without --watch, browses until the first answers are in (at most --timeout seconds) and prints what it found.</source>
        <translation>Troba els micronúvols propers de la vostra xarxa comunitària i els serveis que ofereixen (DNS-SD sobre mDNS). Sense --watch, explora fins que arriben les primeres respostes (com a màxim --timeout segons) i mostra el que ha trobat.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="83"/>
        <source>avahi (through avahi-daemon), mdns (built-in) or auto (the default: avahi when its daemon runs).</source>
        <translation>avahi (a través d&apos;avahi-daemon), mdns (integrat) o auto (per defecte: avahi quan el seu dimoni s&apos;executa).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="87"/>
        <source>Stop after SECONDS (default 5; with --watch: never).</source>
        <translation>Atura&apos;t després de SECONDS (per defecte 5; amb --watch: mai).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="91"/>
        <source>Keep browsing and print one line per service added, updated or removed.</source>
        <translation>Continua explorant i mostra una línia per cada servei afegit, actualitzat o eliminat.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="93"/>
        <source>Print JSON (with --watch: one object per line).</source>
        <translation>Mostra JSON (amb --watch: un objecte per línia).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="104"/>
        <source>Unknown backend &apos;%1&apos;: use avahi, mdns or auto.</source>
        <translation>Motor desconegut &apos;%1&apos;: feu servir avahi, mdns o auto.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="114"/>
        <source>--timeout needs a number of seconds, e.g. --timeout 3.</source>
        <translation>--timeout necessita un nombre de segons, p. ex. --timeout 3.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="145"/>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="156"/>
        <source>Discovery with %1 failed: %2</source>
        <translation>La descoberta amb %1 ha fallat: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="13"/>
        <source>Checks the system bus, Avahi, libvirt (QEMU, LXC, KVM) and the keyring.
Exit status: 0 when everything needed is available, 1 when something is missing.</source>
        <translation>Comprova el bus del sistema, Avahi, libvirt (QEMU, LXC, KVM) i l&apos;anell de claus.
Estat de sortida: 0 quan tot el necessari és disponible, 1 quan falta alguna cosa.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="43"/>
        <source>Cannot generate a key: libsodium does not work on this computer.</source>
        <translation>No es pot generar una clau: libsodium no funciona en aquest ordinador.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="68"/>
        <source>%1 already exists; cloudyctl never overwrites a key. Choose another file name.</source>
        <translation>%1 ja existeix; cloudyctl no sobreescriu mai una clau. Trieu un altre nom de fitxer.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="71"/>
        <source>Cannot create %1: %2.</source>
        <translation>No es pot crear %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="80"/>
        <location filename="../app/ctl/CatalogCommand.cpp" line="259"/>
        <source>Cannot write %1: %2.</source>
        <translation>No es pot escriure %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="84"/>
        <source>Wrote the signing key %1 (keep it secret; back it up).
Fingerprint: %2</source>
        <translation>S&apos;ha escrit la clau de signatura %1 (mantingueu-la en secret; feu-ne una còpia de seguretat).
Empremta: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="94"/>
        <source>Cannot read the key %1: %2.</source>
        <translation>No es pot llegir la clau %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="104"/>
        <source>%1 is not a key written by &apos;cloudyctl catalog keygen&apos;.</source>
        <translation>%1 no és una clau escrita per &apos;cloudyctl catalog keygen&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="120"/>
        <source>Cannot read %1: %2.</source>
        <translation>No es pot llegir %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="125"/>
        <source>%1 is not a JSON object: %2.</source>
        <translation>%1 no és un objecte JSON: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="147"/>
        <source>%1 is not a directory.</source>
        <translation>%1 no és un directori.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="162"/>
        <source>Name the publisher: --publisher NAME, or &quot;publisher&quot; in %1/catalog.json.</source>
        <translation>Indiqueu l&apos;editor: --publisher NOM, o &quot;publisher&quot; a %1/catalog.json.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="176"/>
        <source>%1 has no service descriptions (services/*.json).</source>
        <translation>%1 no té descripcions de serveis (services/*.json).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="195"/>
        <source>%1: the bundle &quot;%2&quot; is not a file in %3/bundles.</source>
        <translation>%1: el paquet &quot;%2&quot; no és un fitxer de %3/bundles.</translation>
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
        <translation>%1: una altra descripció ja té l&apos;identificador &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="234"/>
        <source>The catalog written does not read back: %1</source>
        <translation>El catàleg escrit no es pot tornar a llegir: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="241"/>
        <source>Cannot create %1.</source>
        <translation>No es pot crear %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="250"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>No es pot copiar %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="268"/>
        <source>Wrote %1: %n service(s).</source>
        <translation>
            <numerusform>S&apos;ha escrit %1: %n servei.</numerusform>
            <numerusform>S&apos;ha escrit %1: %n serveis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="269"/>
        <source>Bundles copied: %n.</source>
        <translation>
            <numerusform>Paquets copiats: %n.</numerusform>
            <numerusform>Paquets copiats: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="270"/>
        <source>Signed by the key with fingerprint %1.</source>
        <translation>Signat per la clau amb empremta %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="360"/>
        <source> (offered by microclouds)</source>
        <translation> (oferts per micronúvols)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="364"/>
        <source>  Left out: %1</source>
        <translation>  Omès: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="394"/>
        <source>%1 Only a saved copy is available, so nothing was changed.</source>
        <translation>%1 Només hi ha disponible una còpia desada, per tant no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="401"/>
        <source>The catalog at %1 is signed by the key with fingerprint %2, not %3. Nothing was trusted or added.</source>
        <translation>El catàleg de %1 està signat per la clau amb empremta %2, no %3. No s&apos;ha confiat en res ni s&apos;ha afegit res.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="411"/>
        <source>The catalog at %1 is published by &quot;%2&quot;, whose key has the fingerprint
  %3
Check this fingerprint with the microcloud&apos;s operators, then trust it with:
  cloudyctl catalog add %1 --trust &apos;%3&apos;</source>
        <translation>El catàleg de %1 el publica &quot;%2&quot;, la clau del qual té l&apos;empremta
  %3
Comproveu aquesta empremta amb els operadors del micronúvol i després confieu-hi amb:
  cloudyctl catalog add %1 --trust &apos;%3&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="434"/>
        <source>Added the catalog of &quot;%1&quot; (key fingerprint %2) with %n service(s):</source>
        <translation>
            <numerusform>S&apos;ha afegit el catàleg de &quot;%1&quot; (empremta de la clau %2) amb %n servei:</numerusform>
            <numerusform>S&apos;ha afegit el catàleg de &quot;%1&quot; (empremta de la clau %2) amb %n serveis:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="458"/>
        <source>Built into Cloudy Desktop:</source>
        <translation>Inclosos a Cloudy Desktop:</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="466"/>
        <source>%1 — %2 (key fingerprint %3):</source>
        <translation>%1 — %2 (empremta de la clau %3):</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="470"/>
        <source>  (saved copy: %1)</source>
        <translation>  (còpia desada: %1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="499"/>
        <source>%1 is not among the added catalogs.</source>
        <translation>%1 no és entre els catàlegs afegits.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="515"/>
        <source>Removed the catalog %1.</source>
        <translation>S&apos;ha suprimit el catàleg %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="525"/>
        <source>Publishes service catalogs and chooses the ones this computer reads.
  keygen KEYFILE                        make a signing key (never overwrites one)
  build DIR --key KEYFILE --out OUT     sign DIR&apos;s services/*.json and bundles/ into OUT
  add URL [--trust FINGERPRINT]         read the catalog at URL from now on
  list                                  the catalogs read and their services
  remove URL                            stop reading a catalog and forget its key</source>
        <translation>Publica catàlegs de serveis i tria quins llegeix aquest ordinador.
  keygen KEYFILE                        crea una clau de signatura (no en sobreescriu mai cap)
  build DIR --key KEYFILE --out OUT     signa els services/*.json i bundles/ de DIR a OUT
  add URL [--trust FINGERPRINT]         llegeix el catàleg d&apos;URL a partir d&apos;ara
  list                                  els catàlegs llegits i els seus serveis
  remove URL                            deixa de llegir un catàleg i n&apos;oblida la clau</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="531"/>
        <source>keygen, build, add, list or remove</source>
        <translation>keygen, build, add, list o remove</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="532"/>
        <location filename="../app/ctl/DoctorCommand.cpp" line="17"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="319"/>
        <location filename="../app/ctl/ServicesCommand.cpp" line="194"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="278"/>
        <source>Print JSON.</source>
        <translation>Mostra JSON.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="534"/>
        <source>Trust the catalog&apos;s key if it has this fingerprint.</source>
        <translation>Confia en la clau del catàleg si té aquesta empremta.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="536"/>
        <source>The signing key (build).</source>
        <translation>La clau de signatura (build).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="538"/>
        <source>Where build writes the catalog.</source>
        <translation>On build escriu el catàleg.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="541"/>
        <source>The publisher&apos;s name (build; default: DIR/catalog.json).</source>
        <translation>El nom de l&apos;editor (build; per defecte: DIR/catalog.json).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="544"/>
        <source>Use the saved copies, do not download (list).</source>
        <translation>Fa servir les còpies desades, sense baixar res (list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="554"/>
        <source>Try &apos;cloudyctl catalog --help&apos;.</source>
        <translation>Proveu &apos;cloudyctl catalog --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="559"/>
        <source>keygen needs the name of the key file to write.</source>
        <translation>keygen necessita el nom del fitxer de clau que cal escriure.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="564"/>
        <source>build needs a directory, --key KEYFILE and --out DIR.</source>
        <translation>build necessita un directori, --key KEYFILE i --out DIR.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="570"/>
        <source>add needs the URL of a catalog&apos;s index.json.</source>
        <translation>add necessita l&apos;URL de l&apos;index.json d&apos;un catàleg.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="575"/>
        <source>list takes no arguments.</source>
        <translation>list no accepta arguments.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="580"/>
        <source>remove needs the URL of an added catalog.</source>
        <translation>remove necessita l&apos;URL d&apos;un catàleg afegit.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="584"/>
        <source>Say what to do: keygen, build, add, list or remove.</source>
        <translation>Digueu què cal fer: keygen, build, add, list o remove.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="585"/>
        <source>Unknown action &apos;%1&apos;: use keygen, build, add, list or remove.</source>
        <translation>Acció desconeguda &apos;%1&apos;: feu servir keygen, build, add, list o remove.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="19"/>
        <source>Check this libvirt URI instead of the default one.</source>
        <translation>Comprova aquest URI de libvirt en lloc del predeterminat.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="90"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="107"/>
        <source>Warning: %1</source>
        <translation>Avís: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="91"/>
        <source>Sharing: %1</source>
        <translation>Compartició: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="91"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="91"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="83"/>
        <source>not installed</source>
        <translation>no instal·lat</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="86"/>
        <source>installed, stopped</source>
        <translation>instal·lat, aturat</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="88"/>
        <source>starting</source>
        <translation>s&apos;està iniciant</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="90"/>
        <source>running</source>
        <translation>en execució</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="91"/>
        <source>running at %1</source>
        <translation>en execució a %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="93"/>
        <source>running, not ready: %1</source>
        <translation>en execució, no a punt: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="95"/>
        <source>stopping</source>
        <translation>s&apos;està aturant</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="97"/>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="136"/>
        <location filename="../app/ctl/ServicesCommand.cpp" line="382"/>
        <source>“%1” is not installed.</source>
        <translation>“%1” no està instal·lat.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="158"/>
        <source>%1 is not running: there is nothing to follow.</source>
        <translation>%1 no s&apos;està executant: no hi ha res a seguir.</translation>
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
        <translation>Els serveis comunitaris que ofereixen els catàlegs i els instal·lats en aquest ordinador.
  list            tots els serveis oferts i instal·lats amb el seu estat
  show ID         un servei
  install ID      el baixa, el verifica i el desempaqueta (després l&apos;inicia, tret de --no-launch)
  launch ID       inicia el seu hoste i espera que estigui a punt
  stop ID         atura el seu hoste (ordenadament, per força després d&apos;un temps límit)
  remove ID       l&apos;atura i el suprimeix (les dades es conserven tret de --delete-data)
  logs ID [-f]    el seu registre de consola (-f: el segueix en directe)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="191"/>
        <source>list, show, install, launch, stop, remove or logs</source>
        <translation>list, show, install, launch, stop, remove o logs</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="192"/>
        <source>the service id (see list)</source>
        <translation>l&apos;identificador del servei (vegeu list)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="196"/>
        <source>logs: follow the console live.</source>
        <translation>logs: segueix la consola en directe.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="198"/>
        <source>install: do not launch it.</source>
        <translation>install: sense iniciar-lo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="200"/>
        <source>remove: also delete the service&apos;s data.</source>
        <translation>remove: suprimeix també les dades del servei.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="202"/>
        <source>Use the saved copies of the catalogs, do not fetch them.</source>
        <translation>Fa servir les còpies desades dels catàlegs, sense baixar-les.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="204"/>
        <source>Seconds to wait for install, launch or stop (default 600; 0: no limit).</source>
        <translation>Segons d&apos;espera per a install, launch o stop (per defecte 600; 0: sense límit).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="219"/>
        <source>Unknown action &apos;%1&apos;: use list, show, install, launch, stop, remove or logs.</source>
        <translation>Acció desconeguda &apos;%1&apos;: feu servir list, show, install, launch, stop, remove o logs.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="225"/>
        <source>&apos;%1&apos; needs one service id, e.g. cloudyctl services %1 syncthing.</source>
        <translation>&apos;%1&apos; necessita un identificador de servei, p. ex. cloudyctl services %1 syncthing.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="233"/>
        <source>--wait needs a number of seconds, e.g. --wait 120.</source>
        <translation>--wait necessita un nombre de segons, p. ex. --wait 120.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="265"/>
        <source>offered by microclouds (not installable here)</source>
        <translation>ofert per micronúvols (no es pot instal·lar aquí)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="278"/>
        <source>%1: publisher %2 (fingerprint %3) is not trusted yet; use cloudyctl catalog add %1 --trust FINGERPRINT</source>
        <translation>%1: l&apos;editor %2 (empremta %3) encara no és de confiança; feu servir cloudyctl catalog add %1 --trust FINGERPRINT</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="297"/>
        <source>No catalog offers “%1” and it is not installed (see cloudyctl services list).</source>
        <translation>Cap catàleg ofereix “%1” i no està instal·lat (vegeu cloudyctl services list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="309"/>
        <source>Needs: %1 vCPU, %2 MiB memory, %3 MiB disk (%4)</source>
        <translation>Necessita: %1 vCPU, %2 MiB de memòria, %3 MiB de disc (%4)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="317"/>
        <source>From: %1 (%2, key %3)</source>
        <translation>De: %1 (%2, clau %3)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="320"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="92"/>
        <source>State: %1</source>
        <translation>Estat: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="328"/>
        <source>No trusted catalog offers “%1” (see cloudyctl services list).</source>
        <translation>Cap catàleg de confiança ofereix “%1” (vegeu cloudyctl services list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="332"/>
        <source>%1 is offered by microclouds but cannot be installed from a catalog here.</source>
        <translation>%1 l&apos;ofereixen micronúvols però aquí no es pot instal·lar des d&apos;un catàleg.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="345"/>
        <source>Downloading %1…</source>
        <translation>S&apos;està baixant %1…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="347"/>
        <source>Checked; unpacking…</source>
        <translation>Verificat; s&apos;està desempaquetant…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="349"/>
        <source>Starting…</source>
        <translation>S&apos;està iniciant…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="372"/>
        <location filename="../app/ctl/ServicesCommand.cpp" line="424"/>
        <source>Gave up waiting after %1 seconds.</source>
        <translation>S&apos;ha deixat d&apos;esperar després de %1 segons.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="398"/>
        <source>Removed %1 and its data.</source>
        <translation>S&apos;ha suprimit %1 i les seves dades.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="399"/>
        <source>Removed %1 (its data was kept).</source>
        <translation>S&apos;ha suprimit %1 (les seves dades s&apos;han conservat).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="93"/>
        <source>Policy: %1, %2 (%3 guest, image %4), microcloud %5</source>
        <translation>Política: %1, %2 (hoste %3, imatge %4), micronúvol %5</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="95"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="96"/>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="99"/>
        <source>Domain: %1 on %2: %3</source>
        <translation>Domini: %1 a %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="101"/>
        <source>Live caps (libvirt): %1</source>
        <translation>Límits actuals (libvirt): %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="103"/>
        <source>Pending: %1</source>
        <translation>Pendent: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="105"/>
        <source>Stopped by force: the guest did not power off when asked.</source>
        <translation>Aturat per força: l&apos;hoste no s&apos;ha apagat quan se li ha demanat.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="109"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="153"/>
        <source>light, balanced or full: fills the caps.</source>
        <translation>light, balanced o full: omple els límits.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="155"/>
        <source>Virtual CPUs to share.</source>
        <translation>CPU virtuals per compartir.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="157"/>
        <source>Percent of those CPUs&apos; time (1-100).</source>
        <translation>Percentatge del temps d&apos;aquestes CPU (1-100).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="158"/>
        <source>Memory to share, in MiB.</source>
        <translation>Memòria per compartir, en MiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="160"/>
        <source>Disk to share, in GiB.</source>
        <translation>Disc per compartir, en GiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="161"/>
        <source>always, idle or schedule.</source>
        <translation>always, idle o schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="164"/>
        <source>Minutes without input before the computer counts as idle.</source>
        <translation>Minuts sense activitat abans que l&apos;ordinador es consideri inactiu.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="167"/>
        <source>suspend, or the id of the profile to share while you work.</source>
        <translation>suspend, o l&apos;identificador del perfil per compartir mentre treballeu.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="169"/>
        <source>pause (the default) or share.</source>
        <translation>pause (per defecte) o share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="171"/>
        <source>qemu (a virtual machine) or lxc (a container).</source>
        <translation>qemu (una màquina virtual) o lxc (un contenidor).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="173"/>
        <source>Catalog id or folder of the guest image.</source>
        <translation>Identificador del catàleg o carpeta de la imatge de l&apos;hoste.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="176"/>
        <source>The microcloud to donate to (see discover).</source>
        <translation>El micronúvol al qual donar (vegeu discover).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="197"/>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 necessita un nombre enter, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="208"/>
        <source>Unknown preset &apos;%1&apos;: use light, balanced or full.</source>
        <translation>Predefinit desconegut &apos;%1&apos;: feu servir light, balanced o full.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="221"/>
        <source>Unknown --when &apos;%1&apos;: use always, idle or schedule.</source>
        <translation>--when desconegut &apos;%1&apos;: feu servir always, idle o schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="238"/>
        <source>Unknown --on-battery &apos;%1&apos;: use pause or share.</source>
        <translation>--on-battery desconegut &apos;%1&apos;: feu servir pause o share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="246"/>
        <source>Unknown --kind &apos;%1&apos;: use qemu or lxc.</source>
        <translation>--kind desconegut &apos;%1&apos;: feu servir qemu o lxc.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="272"/>
        <source>Shows and changes what this computer donates to the community cloud.
  status   what is shared now, why, and what libvirt reports
  on, off  switch sharing on or off (the contribution guest starts, pauses or stops)
  set      change the caps and rules; refused with the allowed maximum when over the host&apos;s limits</source>
        <translation>Mostra i canvia el que aquest ordinador dona al núvol comunitari.
  status   què es comparteix ara, per què, i què informa libvirt
  on, off  activa o desactiva la compartició (l&apos;hoste de contribució s&apos;inicia, es posa en pausa o s&apos;atura)
  set      canvia els límits i les regles; es rebutja amb el màxim permès quan supera els límits de l&apos;amfitrió</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="277"/>
        <source>status, on, off or set</source>
        <translation>status, on, off o set</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="281"/>
        <source>libvirt connection (default: the setting, else qemu:///session, or qemu:///system as root).</source>
        <translation>Connexió de libvirt (per defecte: la de la configuració, si no qemu:///session, o qemu:///system com a root).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="285"/>
        <source>The policy file (default: %1).</source>
        <translation>El fitxer de política (per defecte: %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="289"/>
        <source>Seconds to wait for the guest to follow (default 90; 0: do not wait).</source>
        <translation>Segons que cal esperar que l&apos;hoste segueixi (per defecte 90; 0: no esperis).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="304"/>
        <source>Unknown action &apos;%1&apos;: use status, on, off or set.</source>
        <translation>Acció desconeguda &apos;%1&apos;: feu servir status, on, off o set.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="312"/>
        <source>Caps and rules are changed with &apos;cloudyctl share set&apos;.</source>
        <translation>Els límits i les regles es canvien amb &apos;cloudyctl share set&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="320"/>
        <source>--wait needs a number of seconds, e.g. --wait 30.</source>
        <translation>--wait necessita un nombre de segons, p. ex. --wait 30.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="340"/>
        <source>Nothing to set: see &apos;cloudyctl share --help&apos; for the options.</source>
        <translation>No hi ha res a definir: vegeu &apos;cloudyctl share --help&apos; per a les opcions.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="357"/>
        <source>Refused: %1</source>
        <translation>Rebutjat: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="358"/>
        <source>Nothing was changed.</source>
        <translation>No s&apos;ha canviat res.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/ShareCommand.cpp" line="378"/>
        <source>The contribution guest did not follow within %n second(s).</source>
        <translation>
            <numerusform>L&apos;hoste de contribució no ha seguit en %n segon.</numerusform>
            <numerusform>L&apos;hoste de contribució no ha seguit en %n segons.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="18"/>
        <source>Usage: cloudyctl [--version] [--help] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Ús: cloudyctl [--version] [--help] ORDRE [OPCIONS]

Ordres:
</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="24"/>
        <source>
Run &apos;cloudyctl COMMAND --help&apos; for the options of a command.</source>
        <translation>
Executeu &apos;cloudyctl ORDRE --help&apos; per veure les opcions d&apos;una ordre.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="52"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Ordre desconeguda &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="81"/>
        <source>No passphrase was entered.</source>
        <translation>No s&apos;ha introduït cap frase de pas.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="82"/>
        <source>No passphrase on standard input: write it there as one line (%1).</source>
        <translation>No hi ha cap frase de pas a l&apos;entrada estàndard: escriviu-la-hi en una línia (%1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="84"/>
        <source>Repeat the passphrase</source>
        <translation>Repetiu la frase de pas</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>Les dues frases de pas són diferents.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="44"/>
        <source>Node id:     %1</source>
        <translation>Id. del node: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="45"/>
        <source>Fingerprint: %1</source>
        <translation>Empremta:     %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="46"/>
        <source>Public key:  %1</source>
        <translation>Clau pública: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="48"/>
        <source>Kept in:     the keyring</source>
        <translation>Desada a:     l&apos;anell de claus</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="49"/>
        <source>Kept in:     %1 (protected by a passphrase)</source>
        <translation>Desada a:     %1 (protegida amb una frase de pas)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="51"/>
        <source>Created:     %1</source>
        <translation>Creada:       %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="73"/>
        <source>This computer already has a node identity; nothing was created.
%1</source>
        <translation>Aquest ordinador ja té una identitat de node; no s&apos;ha creat res.
%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="81"/>
        <source>Created a new node identity in the keyring. Back it up with &quot;cloudyctl identity export FILE&quot;.
%1</source>
        <translation>S&apos;ha creat una identitat de node nova a l&apos;anell de claus. Feu-ne una còpia de seguretat amb &quot;cloudyctl identity export FILE&quot;.
%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="86"/>
        <location filename="../app/ctl/IdentityCommand.cpp" line="136"/>
        <source>Passphrase for the new key file</source>
        <translation>Frase de pas del fitxer de clau nou</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="93"/>
        <source>Created a new node identity in %1. Cloudy asks for its passphrase when it signs; back it up with &quot;cloudyctl identity export FILE&quot;.
%2</source>
        <translation>S&apos;ha creat una identitat de node nova a %1. Cloudy us demana la frase de pas quan signa; feu-ne una còpia de seguretat amb &quot;cloudyctl identity export FILE&quot;.
%2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="105"/>
        <location filename="../app/ctl/Passphrase.cpp" line="101"/>
        <source>Passphrase of the key file</source>
        <translation>Frase de pas del fitxer de clau</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="110"/>
        <source>Passphrase for the backup</source>
        <translation>Frase de pas per a la còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="121"/>
        <source>Wrote the backup of node identity %1 to %2. Keep it and its passphrase: together they restore this identity and its balance.</source>
        <translation>S&apos;ha escrit la còpia de seguretat de la identitat de node %1 a %2. Guardeu-la amb la seva frase de pas: juntes restauren aquesta identitat i el seu saldo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="129"/>
        <source>Passphrase of the backup</source>
        <translation>Frase de pas de la còpia de seguretat</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="148"/>
        <source>This computer now has the node identity from the backup.
%1</source>
        <translation>Aquest ordinador ara té la identitat de node de la còpia de seguretat.
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
        <translation>La identitat de node d&apos;aquest ordinador (la clau amb què se signen les seves contribucions).
  show [--json]                          l&apos;identificador del node, l&apos;empremta i on es desa la clau
  create [--key-file PATH]               una identitat nova a l&apos;anell de claus, o en un fitxer de clau
                                         protegit amb frase de pas quan no hi ha anell de claus
  export FILE                            una còpia de seguretat protegida amb frase de pas
  import FILE [--replace] [--key-file PATH]   restaura una còpia de seguretat
Les frases de pas es llegeixen del terminal, o una per línia de l&apos;entrada estàndard.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="166"/>
        <source>Print JSON (show).</source>
        <translation>Imprimeix JSON (show).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="168"/>
        <source>Keep the identity in this passphrase-protected file instead of the keyring (create, import).</source>
        <translation>Desa la identitat en aquest fitxer protegit amb frase de pas en lloc de l&apos;anell de claus (create, import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="172"/>
        <source>Replace a different identity this computer has (import).</source>
        <translation>Substitueix una identitat diferent que tingui aquest ordinador (import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="174"/>
        <source>show, create, export or import</source>
        <translation>show, create, export o import</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="175"/>
        <source>The backup file (export, import).</source>
        <translation>El fitxer de la còpia de seguretat (export, import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="189"/>
        <source>&apos;%1&apos; needs exactly one FILE.</source>
        <translation>&apos;%1&apos; necessita exactament un FILE.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="190"/>
        <source>Too many arguments.</source>
        <translation>Massa arguments.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="192"/>
        <source>--key-file is for create and import.</source>
        <translation>--key-file és per a create i import.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="194"/>
        <source>--key-file needs a path.</source>
        <translation>--key-file necessita un camí.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="205"/>
        <source>Unknown action &apos;%1&apos;: use show, create, export or import.</source>
        <translation>Acció desconeguda &apos;%1&apos;: feu servir show, create, export o import.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="106"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="127"/>
        <source>Node: %1</source>
        <translation>Node: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="106"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="127"/>
        <source>none yet</source>
        <translation>encara cap</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="108"/>
        <source>Balance: %1 credits (earned %2, received %3, sent %4)</source>
        <translation>Saldo: %1 crèdits (guanyats %2, rebuts %3, enviats %4)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="113"/>
        <source>Rank: %1 of %2 nodes</source>
        <translation>Posició: %1 de %2 nodes</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="115"/>
        <source>Balance: unknown (the ledger has not confirmed any entry of this node yet)</source>
        <translation>Saldo: desconegut (el llibre de comptes encara no ha confirmat cap entrada d&apos;aquest node)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="118"/>
        <source>Pending: %1 credits in receipts not yet confirmed</source>
        <translation>Pendents: %1 crèdits en rebuts encara no confirmats</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="128"/>
        <source>Ledger: %1</source>
        <translation>Llibre de comptes: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="128"/>
        <source>none configured</source>
        <translation>cap configurat</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="130"/>
        <source>Sync: %1</source>
        <translation>Sincronització: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="135"/>
        <source>Last successful sync: %1</source>
        <translation>Última sincronització correcta: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="137"/>
        <source>Next attempt: %1</source>
        <translation>Propera prova: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="138"/>
        <source>Entries: %1 pending, %2 confirmed, %3 refused</source>
        <translation>Entrades: %1 pendents, %2 confirmades, %3 rebutjades</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="145"/>
        <source>Refused: entry %1: %2 (%3)</source>
        <translation>Rebutjada: entrada %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="170"/>
        <source>receipt %1 → %2: %3 core-hours, %4 vCPUs, %5 MiB</source>
        <translation>rebut %1 → %2: %3 hores-nucli, %4 vCPU, %5 MiB</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="178"/>
        <source>transfer of %1 credits to %2</source>
        <translation>transferència de %1 crèdits a %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="222"/>
        <source>transfer needs the node to give to and the amount, e.g. &apos;cloudyctl ledger transfer NODE-ID 2.5&apos;.</source>
        <translation>transfer necessita el node a qui donar i la quantitat, p. ex. &apos;cloudyctl ledger transfer ID-NODE 2.5&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="228"/>
        <source>&apos;%1&apos; is not a node id: a node id is 64 hex digits (&apos;cloudyctl identity show&apos; prints this node&apos;s).</source>
        <translation>&apos;%1&apos; no és un identificador de node: un identificador de node té 64 dígits hexadecimals (&apos;cloudyctl identity show&apos; mostra el d&apos;aquest node).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="236"/>
        <source>&apos;%1&apos; is not an amount of credits: write it like 12 or 2.5 (at most three decimals).</source>
        <translation>&apos;%1&apos; no és una quantitat de crèdits: escriviu-la com 12 o 2.5 (com a màxim tres decimals).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="242"/>
        <source>A transfer needs the ledger, to know what this node can give: name it with --ledger URL or in the setting %1.</source>
        <translation>Una transferència necessita el llibre de comptes, per saber què pot donar aquest node: indiqueu-lo amb --ledger URL o al paràmetre %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="257"/>
        <source>No transfer was made: the ledger could not be asked for this node&apos;s balance (%1).</source>
        <translation>No s&apos;ha fet cap transferència: no s&apos;ha pogut demanar al llibre de comptes el saldo d&apos;aquest node (%1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="289"/>
        <source>Gave %1 credits to %2.</source>
        <translation>S&apos;han donat %1 crèdits a %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="293"/>
        <source>The ledger refused the transfer: %1 The entries after it go on without it.</source>
        <translation>El llibre de comptes ha rebutjat la transferència: %1 Les entrades posteriors continuen sense ella.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="299"/>
        <source>The transfer of %1 credits waits in the outbox and is sent at the next sync: %2</source>
        <translation>La transferència de %1 crèdits espera a la safata de sortida i s&apos;envia a la propera sincronització: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="301"/>
        <source>the ledger did not answer in time.</source>
        <translation>el llibre de comptes no ha respost a temps.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="311"/>
        <source>The community ledger: this node&apos;s receipts, their sync and its credits.
  status   the outbox and the last sync (no network)
  sync     send the pending receipts to the ledger and fetch the balance
  balance  the credits the ledger counts for this node (after a sync when a ledger is set)
  history  this node&apos;s entries and what the ledger said about each
  transfer NODE AMOUNT  give credits to another node (signed with this node&apos;s key)</source>
        <translation>El llibre de comptes comunitari: els rebuts d&apos;aquest node, la seva sincronització i els seus crèdits.
  status   la safata de sortida i l&apos;última sincronització (sense xarxa)
  sync     envia els rebuts pendents al llibre de comptes i obté el saldo
  balance  els crèdits que el llibre de comptes compta per a aquest node (després d&apos;una sincronització si hi ha llibre de comptes)
  history  les entrades d&apos;aquest node i el que n&apos;ha dit el llibre de comptes
  transfer NODE QUANTITAT  dona crèdits a un altre node (signat amb la clau d&apos;aquest node)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="318"/>
        <source>status, sync, balance, history or transfer</source>
        <translation>status, sync, balance, history o transfer</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="339"/>
        <source>transfer: a note for people, e.g. what the credits pay for.</source>
        <translation>transfer: una nota per a les persones, p. ex. què paguen els crèdits.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="353"/>
        <source>Unknown action &apos;%1&apos;: use status, sync, balance, history or transfer.</source>
        <translation>Acció desconeguda &apos;%1&apos;: feu servir status, sync, balance, history o transfer.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="321"/>
        <source>The ledger&apos;s address (default: the setting %1).</source>
        <translation>L&apos;adreça del llibre de comptes (per defecte: l&apos;opció %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="326"/>
        <source>SHA-256 of the ledger&apos;s TLS public key, 64 hex digits (default: the setting %1).</source>
        <translation>SHA-256 de la clau pública TLS del llibre de comptes, 64 dígits hexadecimals (per defecte: l&apos;opció %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="330"/>
        <source>The outbox file (default: %1).</source>
        <translation>El fitxer de la safata de sortida (per defecte: %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="333"/>
        <source>The node id (default: the node of the outbox&apos;s entries).</source>
        <translation>L&apos;identificador del node (per defecte: el node de les entrades de la safata de sortida).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="336"/>
        <source>Seconds to wait for the ledger (default 60).</source>
        <translation>Segons d&apos;espera per al llibre de comptes (per defecte 60).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="362"/>
        <source>--timeout needs a number of seconds, e.g. --timeout 30.</source>
        <translation>--timeout necessita un nombre de segons, p. ex. --timeout 30.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="377"/>
        <source>--node needs a node id: 64 lower-case hex digits.</source>
        <translation>--node necessita un identificador de node: 64 dígits hexadecimals en minúscules.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="416"/>
        <source>The ledger did not finish answering within %1 seconds.</source>
        <translation>El llibre de comptes no ha acabat de respondre en %1 segons.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="445"/>
        <source>Showing the last known balance: %1</source>
        <translation>Es mostra l&apos;últim saldo conegut: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="460"/>
        <source>No entries yet.</source>
        <translation>Encara no hi ha entrades.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="117"/>
        <source>Cloudy Desktop is already running: its window has been raised.</source>
        <translation>Cloudy Desktop ja s&apos;està executant: s&apos;ha portat la seva finestra al davant.</translation>
    </message>
</context>
</TS>
