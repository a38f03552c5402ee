<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cloudy::Autostart</name>
    <message>
        <location filename="../core/platform/Autostart.cpp" line="73"/>
        <source>Could not remove %1, so Cloudy would still start at login.</source>
        <translation>No se pudo eliminar %1, así que Cloudy seguiría iniciándose al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../core/platform/Autostart.cpp" line="83"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::ConfigDisk</name>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="76"/>
        <source>Cannot write the guest&apos;s configuration %1: %2</source>
        <translation>No se puede escribir la configuración del invitado %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/ConfigDisk.cpp" line="129"/>
        <location filename="../core/contribution/ConfigDisk.cpp" line="180"/>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::ContributionNode</name>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="125"/>
        <source>Cloudy contribution</source>
        <translation>Contribución de Cloudy</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="126"/>
        <source>Resources donated to the community microcloud %1</source>
        <translation>Recursos donados a la micronube comunitaria %1</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="419"/>
        <source>this computer has no loop devices (%1 is missing)</source>
        <translation>este ordenador no tiene dispositivos loop (falta %1)</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="437"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="454"/>
        <source>disk size: applies when the guest is stopped and started again</source>
        <translation>tamaño del disco: se aplica cuando el invitado se detiene y vuelve a arrancar</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="474"/>
        <source>Cannot copy the guest image %1 into %2.</source>
        <translation>No se puede copiar la imagen del invitado %1 en %2.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="500"/>
        <source>disk size: grows to %1 GiB when the container is stopped and started again</source>
        <translation>tamaño del disco: crece hasta %1 GiB cuando el contenedor se detiene y se vuelve a iniciar</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="503"/>
        <source>disk size: shrinks to %1 GiB when the container is stopped and started again, if the data on it fits</source>
        <translation>tamaño del disco: se reduce a %1 GiB cuando el contenedor se detiene y se vuelve a iniciar, si los datos que contiene caben</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="543"/>
        <source>A libvirt domain named %1 exists and is not Cloudy&apos;s contribution node; rename or remove it.</source>
        <translation>Existe un dominio de libvirt llamado %1 que no es el nodo de contribución de Cloudy; cámbiale el nombre o elimínalo.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="556"/>
        <source>guest kind (virtual machine or container): applies on the next start, when the node is defined again</source>
        <translation>tipo de invitado (máquina virtual o contenedor): se aplica en el próximo arranque, cuando el nodo se vuelve a definir</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="558"/>
        <source>new definition (image, maximums or microcloud): applies on the next start</source>
        <translation>definición nueva (imagen, máximos o micronube): se aplica en el próximo arranque</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="576"/>
        <source>checking whether this computer runs virtual machines with KVM; the guest starts right after</source>
        <translation>comprobando si este ordenador ejecuta máquinas virtuales con KVM; el invitado arranca justo después</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="619"/>
        <source>the container could not mount its disk image: %1</source>
        <translation>el contenedor no pudo montar su imagen de disco: %1</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="737"/>
        <source>Not connected to libvirt at %1.</source>
        <translation>No conectado a libvirt en %1.</translation>
    </message>
    <message>
        <location filename="../core/contribution/ContributionNode.cpp" line="764"/>
        <source>The donated disk size is not enforced: %1.</source>
        <translation>El tamaño del disco donado no se aplica: %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::DonatedDisk</name>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="45"/>
        <source>%1 is missing: the container&apos;s donated disk needs the ext4 tools (install e2fsprogs).</source>
        <translation>Falta %1: el disco donado del contenedor necesita las herramientas de ext4 (instala e2fsprogs).</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="53"/>
        <source>Could not run %1: %2</source>
        <translation>No se pudo ejecutar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="58"/>
        <source>%1 did not finish within %2 seconds.</source>
        <translation>%1 no terminó en %2 segundos.</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="79"/>
        <source>Cannot set the size of the disk image %1: %2</source>
        <translation>No se puede establecer el tamaño de la imagen de disco %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="92"/>
        <source>The container&apos;s donated disk %1 has errors e2fsck could not fix by itself (run e2fsck -f on it): %2</source>
        <translation>El disco donado del contenedor %1 tiene errores que e2fsck no pudo corregir por sí solo (ejecuta e2fsck -f sobre él): %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="119"/>
        <source>Cannot create the disk image %1: %2</source>
        <translation>No se puede crear la imagen de disco %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="134"/>
        <source>Could not format the container&apos;s donated disk %1: %2</source>
        <translation>No se pudo formatear el disco donado del contenedor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="156"/>
        <source>Could not grow the container&apos;s donated disk %1: %2</source>
        <translation>No se pudo ampliar el disco donado del contenedor %1: %2</translation>
    </message>
    <message>
        <location filename="../core/contribution/DonatedDisk.cpp" line="168"/>
        <source>The data on the container&apos;s donated disk does not fit in %1 GiB; it keeps its size of %2 GiB (free space in the container, or donate more): %3</source>
        <translation>Los datos del disco donado del contenedor no caben en %1 GiB; conserva su tamaño de %2 GiB (libera espacio en el contenedor o dona más): %3</translation>
    </message>
</context>
<context>
    <name>Cloudy::Contribution::GuestImage</name>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="77"/>
        <source>No guest image is chosen: pick one on the Share page or with `cloudyctl share set --image PATH`.</source>
        <translation>No se ha elegido ninguna imagen de invitado: elige una en la página Compartir o con `cloudyctl share set --image PATH`.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="83"/>
        <source>The guest image %1 does not exist.</source>
        <translation>La imagen del invitado %1 no existe.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="32"/>
        <source>The guest image %1 has no readable manifest.json.</source>
        <translation>La imagen del invitado %1 no tiene un manifest.json legible.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="40"/>
        <source>The guest image %1 is a container; choose “container (LXC)” to run it.</source>
        <translation>La imagen del invitado %1 es un contenedor; elige “contenedor (LXC)” para ejecutarla.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="42"/>
        <source>The guest image %1 is a virtual machine; choose “virtual machine (QEMU)” to run it.</source>
        <translation>La imagen del invitado %1 es una máquina virtual; elige “máquina virtual (QEMU)” para ejecutarla.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="59"/>
        <source>The guest image %1 lacks its root filesystem.</source>
        <translation>A la imagen del invitado %1 le falta el sistema de archivos raíz.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="68"/>
        <source>The guest image %1 lacks its kernel or disk.</source>
        <translation>A la imagen del invitado %1 le falta el núcleo o el disco.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="91"/>
        <source>The guest image &quot;%1&quot; is a catalog name, but it is not installed: install it first (Services page, or `cloudyctl services install %1 --no-launch`).</source>
        <translation>La imagen del invitado &quot;%1&quot; es un nombre del catálogo, pero no está instalada: instálala primero (página Servicios, o `cloudyctl services install %1 --no-launch`).</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="96"/>
        <source>The guest image %1 is not a folder.</source>
        <translation>La imagen del invitado %1 no es una carpeta.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="111"/>
        <source>The guest image %1 has no container root filesystem (rootfs/ or lxc-rootfs/).</source>
        <translation>La imagen del invitado %1 no tiene sistema de archivos raíz de contenedor (rootfs/ o lxc-rootfs/).</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="120"/>
        <source>The guest image %1 has a kernel but no initrd.img.</source>
        <translation>La imagen del invitado %1 tiene un kernel pero no initrd.img.</translation>
    </message>
    <message>
        <location filename="../core/contribution/GuestImage.cpp" line="136"/>
        <source>The guest image %1 has neither a kernel (vmlinuz + initrd.img) nor a disk (disk.qcow2, disk.img).</source>
        <translation>La imagen del invitado %1 no tiene ni kernel (vmlinuz + initrd.img) ni disco (disk.qcow2, disk.img).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::BalancePanel</name>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="47"/>
        <source>Balance (credits)</source>
        <translation>Saldo (créditos)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="50"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="111"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="117"/>
        <source>Earned</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="51"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="112"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="118"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="52"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="113"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="119"/>
        <source>Spent</source>
        <translation>Gastados</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="53"/>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="121"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="54"/>
        <source>What receipts not yet confirmed by the ledger will earn.</source>
        <translation>Lo que ganarán los recibos que el libro de cuentas aún no ha confirmado.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="67"/>
        <source>Your community</source>
        <translation>Tu comunidad</translation>
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
        <translation>Tal como lo contó el libro de cuentas en la última sincronización.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="116"/>
        <source>Not known until the ledger has answered once.</source>
        <translation>No se sabe hasta que el libro de cuentas haya respondido una vez.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="126"/>
        <source>%1 nodes have given %2 core-hours and earned %3 credits.</source>
        <translation>%1 nodos han dado %2 horas-núcleo y han ganado %3 créditos.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="131"/>
        <source>Your rank: %1 of %2</source>
        <translation>Tu posición: %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="133"/>
        <source>Your rank: not ranked yet</source>
        <translation>Tu posición: aún sin clasificar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="135"/>
        <source>The community&apos;s totals show after the first sync with its ledger.</source>
        <translation>Los totales de la comunidad se muestran tras la primera sincronización con su libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="136"/>
        <source>Your rank: %1</source>
        <translation>Tu posición: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="137"/>
        <source>Your rank: not known yet</source>
        <translation>Tu posición: aún desconocida</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="139"/>
        <source>Community totals</source>
        <translation>Totales de la comunidad</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/BalancePanel.cpp" line="141"/>
        <source>Your rank</source>
        <translation>Tu posición</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ChartsLoader</name>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="51"/>
        <source>%1 has no charts entry point</source>
        <translation>%1 no tiene el punto de entrada de los gráficos</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="58"/>
        <source>The charts cannot be shown: their module (%1) is missing or broken. Reinstalling Cloudy Desktop puts it back. (%2)</source>
        <translation>No se pueden mostrar los gráficos: su módulo (%1) falta o está dañado. Si reinstalas Cloudy Desktop, volverá a estar. (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/ChartsLoader.cpp" line="29"/>
        <source>The charts cannot be shown: their module (%1) is from another version of Cloudy Desktop. Reinstalling Cloudy Desktop puts the right one back.</source>
        <translation>No se pueden mostrar los gráficos: su módulo (%1) es de otra versión de Cloudy Desktop. Si reinstalas Cloudy Desktop, volverá a estar el correcto.</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="56"/>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="57"/>
        <source>Effort bonus</source>
        <translation>Bonificación por esfuerzo</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="72"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="83"/>
        <source>Credits earned over time</source>
        <translation>Créditos ganados a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="163"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="166"/>
        <source>No credits in this period.</source>
        <translation>No hay créditos en este período.</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="170"/>
        <source>%1 credits from %2 to %3: CPU %4, memory %5, disk %6</source>
        <translation>%1 créditos del %2 al %3: CPU %4, memoria %5, disco %6</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/CreditsChart.cpp" line="175"/>
        <source>, effort bonus %1</source>
        <translation>, bonificación por esfuerzo %1</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="45"/>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="75"/>
        <source>Donated now, last 10 minutes</source>
        <translation>Donado ahora, últimos 10 minutos</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="85"/>
        <source>Nothing donated in the last 10 minutes.</source>
        <translation>No se ha donado nada en los últimos 10 minutos.</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="107"/>
        <source>CPU %1 cores</source>
        <translation>CPU %1 núcleos</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="108"/>
        <source>Memory %1</source>
        <translation>Memoria %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="109"/>
        <source>Disk %1 GiB</source>
        <translation>Disco %1 GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonatedText.cpp" line="24"/>
        <source>%1 cores, %2 memory, %3 GiB disk</source>
        <translation>%1 núcleos, %2 de memoria, %3 GiB de disco</translation>
    </message>
    <message>
        <location filename="../app/desktop/charts/DonationChart.cpp" line="110"/>
        <source>Donated now: %1.</source>
        <translation>Donado ahora: %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::FirstRunWizard</name>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="45"/>
        <source>Welcome to Cloudy</source>
        <translation>Bienvenido a Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="59"/>
        <source>Share with your community network</source>
        <translation>Comparte con tu red comunitaria</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="62"/>
        <source>Cloudy lets this computer give some of its processor, memory and disk to your community network&apos;s microclouds — only what you choose, only when you choose — and run the services they offer. What you give is counted in signed receipts and earns credits on your community&apos;s ledger.</source>
        <translation>Cloudy permite que este ordenador dé parte de su procesador, memoria y disco a las micronubes de tu red comunitaria —solo lo que elijas, solo cuando lo elijas— y ejecute los servicios que ofrecen. Lo que das se cuenta en recibos firmados y gana créditos en el libro de cuentas de tu comunidad.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="68"/>
        <source>The next steps take a minute. Each one can be skipped and changed later.</source>
        <translation>Los pasos siguientes llevan un minuto. Puedes omitir cualquiera y cambiarlo más adelante.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="75"/>
        <source>Your node identity</source>
        <translation>La identidad de tu nodo</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="76"/>
        <source>A key that signs your receipts, so that your credits are yours. It stays in your keyring; back it up later with &quot;cloudyctl identity export&quot;.</source>
        <translation>Una clave que firma tus recibos, para que tus créditos sean tuyos. Se queda en tu llavero; haz una copia de seguridad más adelante con &quot;cloudyctl identity export&quot;.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="87"/>
        <source>You can keep the key in a file protected by a passphrase instead. You will need the passphrase whenever Cloudy signs receipts.</source>
        <translation>En su lugar puedes guardar la clave en un archivo protegido con una frase de contraseña. Necesitarás la frase cada vez que Cloudy firme recibos.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="93"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="97"/>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="98"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="99"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="100"/>
        <source>&amp;Create Key File</source>
        <translation>&amp;Crear archivo de clave</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="113"/>
        <source>How much to share</source>
        <translation>Cuánto compartir</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="115"/>
        <source>A starting point; the Share page shows the exact values and lets you change them.</source>
        <translation>Un punto de partida; la página Compartir muestra los valores exactos y te deja cambiarlos.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="123"/>
        <source>&amp;Light: a little, hardly noticeable</source>
        <translation>&amp;Ligero: un poco, apenas se nota</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="124"/>
        <source>&amp;Balanced: a fair share while you work</source>
        <translation>&amp;Equilibrado: una parte justa mientras trabajas</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="125"/>
        <source>&amp;Full: as much as this computer can spare</source>
        <translation>&amp;Completo: todo lo que este ordenador puede ceder</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="126"/>
        <source>&amp;Not yet: decide later on the Share page</source>
        <translation>&amp;Todavía no: decide más tarde en la página Compartir</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="142"/>
        <source>Your microcloud</source>
        <translation>Tu micronube</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="143"/>
        <source>The microclouds found near you. Choose the one to share with, or none for now: the Nearby page keeps looking.</source>
        <translation>Las micronubes encontradas cerca de ti. Elige aquella con la que compartir, o ninguna por ahora: la página Cerca sigue buscando.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="148"/>
        <source>Microclouds found near you</source>
        <translation>Micronubes encontradas cerca de ti</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="160"/>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="162"/>
        <source>&amp;Start Cloudy in the tray when I log in</source>
        <translation>Iniciar Cloudy en la &amp;bandeja al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="166"/>
        <source>Sharing follows your rules only while Cloudy runs.</source>
        <translation>La compartición sigue tus reglas solo mientras Cloudy está en marcha.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="185"/>
        <source>Looking for your node identity in the keyring…</source>
        <translation>Buscando la identidad de tu nodo en el llavero…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="200"/>
        <source>Your node is %1.
Key fingerprint: %2</source>
        <translation>Tu nodo es %1.
Huella de la clave: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="215"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña son distintas. Escribe la misma dos veces.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="220"/>
        <source>Use a passphrase of at least %1 characters.</source>
        <translation>Usa una frase de contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="224"/>
        <source>Creating the key file…</source>
        <translation>Creando el archivo de clave…</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="239"/>
        <source>Your node is %1, its key kept in %2.</source>
        <translation>Tu nodo es %1, con la clave guardada en %2.</translation>
    </message>
    <message>
        <location filename="../app/desktop/FirstRunWizard.cpp" line="256"/>
        <source>None for now</source>
        <translation>Ninguna por ahora</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/FirstRunWizard.cpp" line="265"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::KeyFileUnlockDialog</name>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="24"/>
        <source>Unlock your node key</source>
        <translation>Desbloquea la clave de tu nodo</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="27"/>
        <source>Your node key is kept in a file protected by a passphrase (%1), because this computer has no keyring. Cloudy Desktop needs the passphrase to sign the receipts of the hours you shared. It keeps it in memory until you quit, never on disk.</source>
        <translation>La clave de tu nodo se guarda en un archivo protegido con una frase de contraseña (%1), porque este ordenador no tiene llavero. Cloudy Desktop necesita la frase de contraseña para firmar los recibos de las horas que has compartido. La guarda en memoria hasta que salgas, nunca en el disco.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="33"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="37"/>
        <source>Passphrase of the key file</source>
        <translation>Frase de contraseña del archivo de clave</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="39"/>
        <source>Unlock status</source>
        <translation>Estado del desbloqueo</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="42"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="43"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="44"/>
        <source>The hours stay recorded and are signed once the key is unlocked.</source>
        <translation>Las horas quedan registradas y se firman cuando se desbloquea la clave.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="59"/>
        <source>Type the passphrase you chose when the key file was made.</source>
        <translation>Escribe la frase de contraseña que elegiste al crear el archivo de clave.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="74"/>
        <source>That passphrase does not open the key file. Try again.</source>
        <translation>Esa frase de contraseña no abre el archivo de clave. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/KeyFileUnlockDialog.cpp" line="91"/>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::MainWindow</name>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="42"/>
        <source>Sharing: off</source>
        <translation>Compartición: desactivada</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="47"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="50"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="57"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="58"/>
        <source>Nearby</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="59"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="60"/>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="87"/>
        <source>Sharing state</source>
        <translation>Estado de la compartición</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="93"/>
        <source>Balance and sync state</source>
        <translation>Saldo y estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="97"/>
        <source>Unlock node key…</source>
        <translation>Desbloquear la clave del nodo…</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="98"/>
        <source>Receipts wait to be signed: your node key file needs its passphrase.</source>
        <translation>Los recibos esperan ser firmados: el archivo de clave de tu nodo necesita su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="99"/>
        <source>Unlock the node key</source>
        <translation>Desbloquear la clave del nodo</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="116"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="120"/>
        <source>Settings (%1)</source>
        <translation>Configuración (%1)</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="125"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="157"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="251"/>
        <source>The new language applies when Cloudy starts again.</source>
        <translation>El nuevo idioma se aplica cuando Cloudy se vuelve a iniciar.</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="270"/>
        <source>Sharing: not available</source>
        <translation>Compartición: no disponible</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="278"/>
        <source>Sharing state: %1</source>
        <translation>Estado de la compartición: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="359"/>
        <source>Cloudy keeps running</source>
        <translation>Cloudy sigue funcionando</translation>
    </message>
    <message>
        <location filename="../app/desktop/MainWindow.cpp" line="360"/>
        <source>Cloudy is still in the tray, so sharing goes on. Use Quit in its menu to stop it.</source>
        <translation>Cloudy sigue en la bandeja, así que la compartición continúa. Usa Salir en su menú para detenerlo.</translation>
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
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="78"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="80"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="276"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="116"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="117"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="118"/>
        <source>&amp;Launch here</source>
        <translation>&amp;Ejecutar aquí</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="119"/>
        <source>&amp;Join microcloud</source>
        <translation>&amp;Unirse a la micronube</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="122"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="209"/>
        <source>Nearby</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="126"/>
        <source>Filter by name, service, host, address or TXT</source>
        <translation>Filtrar por nombre, servicio, host, dirección o TXT</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="127"/>
        <source>Filter microclouds and services</source>
        <translation>Filtrar micronubes y servicios</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="141"/>
        <source>Microclouds, nodes and services</source>
        <translation>Micronubes, nodos y servicios</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="165"/>
        <source>TXT record</source>
        <translation>Registro TXT</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="166"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="166"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="176"/>
        <source>Run this service on this computer (from the Services page)</source>
        <translation>Ejecutar este servicio en este ordenador (desde la página Servicios)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="177"/>
        <source>Share this computer with this microcloud</source>
        <translation>Compartir este ordenador con esta micronube</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="210"/>
        <source>The microclouds of your community network near you, and what they offer.</source>
        <translation>Las micronubes de tu red comunitaria cerca de ti, y lo que ofrecen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="263"/>
        <source>Avahi (avahi-daemon)</source>
        <translation>Avahi (avahi-daemon)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="264"/>
        <source>Cloudy&apos;s built-in mDNS browser</source>
        <translation>el explorador mDNS integrado de Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="265"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="271"/>
        <source>Discovery stopped: %1</source>
        <translation>La búsqueda se detuvo: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="273"/>
        <source>Searching with %1…</source>
        <translation>Buscando con %1…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="275"/>
        <source>%1 in %2 · found with %3</source>
        <translation>%1 en %2 · encontrados con %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="277"/>
        <source>%n microcloud(s)</source>
        <translation>
            <numerusform>%n micronube</numerusform>
            <numerusform>%n micronubes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="281"/>
        <source>Cloudy cannot look for microclouds right now: %1</source>
        <translation>Cloudy no puede buscar micronubes ahora mismo: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="282"/>
        <source>No microclouds found yet. Cloudy is looking for them on your network with %1: microclouds announce themselves with DNS-SD (mDNS), and nodes of the Cloudy distro are recognised as they are. If your computer reaches your community network through a VPN such as Tinc, connect it first.</source>
        <translation>Aún no se ha encontrado ninguna micronube. Cloudy las busca en tu red con %1: las micronubes se anuncian con DNS-SD (mDNS) y los nodos de la distribución Cloudy se reconocen tal cual. Si tu ordenador llega a tu red comunitaria a través de una VPN como Tinc, conéctala primero.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="296"/>
        <source>Select a microcloud, node or service</source>
        <translation>Selecciona una micronube, un nodo o un servicio</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="311"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="330"/>
        <source>Microcloud</source>
        <translation>Micronube</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="312"/>
        <source>none (services outside any microcloud)</source>
        <translation>ninguna (servicios fuera de cualquier micronube)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="314"/>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="315"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="320"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="318"/>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="327"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="319"/>
        <source>Node id</source>
        <translation>Identificador del nodo</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="322"/>
        <source>A Cloudy node</source>
        <translation>Un nodo Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="325"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="328"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="329"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="341"/>
        <source>Round trip</source>
        <translation>Tiempo de ida y vuelta</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="342"/>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::Notifier</name>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="35"/>
        <source>Sharing cannot run</source>
        <translation>Compartir no puede ejecutarse</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="37"/>
        <source>Sharing paused</source>
        <translation>Compartir en pausa</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="40"/>
        <source>Sharing resumed</source>
        <translation>Compartir reanudado</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="41"/>
        <source>This computer is sharing with your microcloud again.</source>
        <translation>Este ordenador vuelve a compartir con tu micronube.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="52"/>
        <source>%1 is ready</source>
        <translation>%1 está listo</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="52"/>
        <source>Open it from the Services page.</source>
        <translation>Ábrelo desde la página Servicios.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="55"/>
        <source>Its logs on the Services page say why.</source>
        <translation>Sus registros en la página Servicios indican el motivo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="56"/>
        <source>%1 failed</source>
        <translation>%1 ha fallado</translation>
    </message>
    <message>
        <location filename="../app/desktop/Notifier.cpp" line="57"/>
        <source>%1 does not answer</source>
        <translation>%1 no responde</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::PageHeader</name>
    <message>
        <location filename="../app/desktop/pages/PageHeader.cpp" line="21"/>
        <source>%1 icon</source>
        <translation>Icono de %1</translation>
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
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="90"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="92"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="103"/>
        <source>Receipt %1, %2: %3 core-hours, %4 GiB-hours of memory, %5 GiB-hours of disk, %6 credits. %7.</source>
        <translation>Recibo %1, %2: %3 horas-núcleo, %4 GiB-hora de memoria, %5 GiB-hora de disco, %6 créditos. %7.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="112"/>
        <source>the ledger gave no reason</source>
        <translation>el libro de cuentas no dio ningún motivo</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="113"/>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="154"/>
        <source>Refused by the ledger, without a reason.</source>
        <translation>Rechazado por el libro de cuentas, sin motivo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="155"/>
        <source>Refused by the ledger: %1</source>
        <translation>Rechazado por el libro de cuentas: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="157"/>
        <source>Set aside: the receipts after it went on without it.</source>
        <translation>Apartado: los recibos posteriores han seguido sin él.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="161"/>
        <source>Recorded on this computer, not yet confirmed by the ledger.</source>
        <translation>Registrado en este ordenador, aún no confirmado por el libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="187"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="189"/>
        <source>Core-hours</source>
        <translation>Horas-núcleo</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="191"/>
        <source>Memory (GiB·h)</source>
        <translation>Memoria (GiB·h)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="193"/>
        <source>Disk (GiB·h)</source>
        <translation>Disco (GiB·h)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="195"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/ReceiptsModel.cpp" line="197"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::RewardsPage</name>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="68"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="74"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="86"/>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="65"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="87"/>
        <source>What your contribution has earned, synced with your community&apos;s ledger.</source>
        <translation>Lo que ha ganado tu contribución, sincronizado con el libro de cuentas de tu comunidad.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="69"/>
        <source>No contribution recorded yet. Once you share, signed receipts of what you gave are sent to your microcloud&apos;s ledger and your balance shows here.</source>
        <translation>Aún no hay ninguna contribución registrada. Cuando compartas, se envían recibos firmados de lo que has dado al libro de cuentas de tu micronube y tu saldo aparece aquí.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="92"/>
        <source>No ledger is set up yet. Your receipts are recorded and signed on this computer and will be sent once your microcloud&apos;s ledger is configured.</source>
        <translation>Aún no hay ningún libro de cuentas configurado. Tus recibos se registran y se firman en este ordenador y se enviarán cuando el libro de cuentas de tu micronube esté configurado.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="94"/>
        <source>No ledger</source>
        <translation>Sin libro de cuentas</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="101"/>
        <source>This computer has no node identity yet, so there is nothing to sign receipts with or to earn credits for. Create one in the first-run assistant, or in a terminal with:

cloudyctl identity create</source>
        <translation>Este ordenador aún no tiene identidad de nodo, así que no hay nada con que firmar los recibos ni por lo que ganar créditos. Crea una en el asistente inicial o en un terminal con:

cloudyctl identity create</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="105"/>
        <source>No identity yet</source>
        <translation>Aún no hay identidad</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="130"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="144"/>
        <source>Credits earned</source>
        <translation>Créditos ganados</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="153"/>
        <source>Show the last:</source>
        <translation>Mostrar los últimos:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="159"/>
        <source>&amp;Week</source>
        <translation>Sema&amp;na</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="159"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="160"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="160"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="161"/>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="161"/>
        <source>Last 365 days, by month</source>
        <translation>Últimos 365 días, por mes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="182"/>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="210"/>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="190"/>
        <source>Show receipts</source>
        <translation>Mostrar recibos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="191"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="195"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="227"/>
        <source>No receipts yet. While you share, signed receipts of what you gave are recorded here and sent to the ledger.</source>
        <translation>Aún no hay recibos. Mientras compartes, aquí se registran recibos firmados de lo que has dado, que se envían al libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="236"/>
        <source>Receipt details</source>
        <translation>Detalles del recibo</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="322"/>
        <source>Select a receipt to see its details.</source>
        <translation>Selecciona un recibo para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="334"/>
        <source>Rewards: no identity yet</source>
        <translation>Recompensas: aún no hay identidad</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="336"/>
        <source>Balance %1 credits · %2</source>
        <translation>Saldo %1 créditos · %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/RewardsPage.cpp" line="338"/>
        <source>Balance not known yet · %1</source>
        <translation>Saldo aún desconocido · %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ScheduleEditor</name>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="51"/>
        <source>Weekly schedule</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="53"/>
        <source>Remo&amp;ve profile</source>
        <translation>Elimi&amp;nar perfil</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="55"/>
        <source>Pa&amp;int with:</source>
        <translation>P&amp;intar con:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="64"/>
        <source>Profiles: what is shared at each time of the week (the disk is the one above).</source>
        <translation>Perfiles: qué se comparte en cada momento de la semana (el disco es el de arriba).</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="68"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Cores</source>
        <translation>Núcleos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="69"/>
        <source>Memory (MiB)</source>
        <translation>Memoria (MiB)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="80"/>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="82"/>
        <source>A new profile with the values of “What you share”</source>
        <translation>Un perfil nuevo con los valores de «Qué compartes»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="105"/>
        <source>Wee&amp;kly schedule (drag to paint; or arrow keys and Space):</source>
        <translation>&amp;Horario semanal (arrastra para pintar; o flechas y Espacio):</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="198"/>
        <source>Paint with %1</source>
        <translation>Pintar con %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleEditor.cpp" line="203"/>
        <source>Off</source>
        <translation>Desactivado</translation>
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
        <translation>Horario semanal</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="44"/>
        <source>Drag to paint with the chosen profile. Keyboard: arrow keys move, Space or Enter paints the half-hour, Shift with an arrow paints while moving.</source>
        <translation>Arrastra para pintar con el perfil elegido. Teclado: las flechas mueven, Espacio o Intro pinta la media hora, Mayús con una flecha pinta mientras se mueve.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="118"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ScheduleGrid.cpp" line="120"/>
        <source>unknown profile “%1”</source>
        <translation>perfil desconocido «%1»</translation>
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
        <translation>Registros de %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/services/ServiceLogsDialog.cpp" line="31"/>
        <source>Console log</source>
        <translation>Registro de la consola</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/services/ServiceLogsDialog.cpp" line="46"/>
        <source>Nothing in the console yet.</source>
        <translation>Aún no hay nada en la consola.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ServicesPage</name>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="41"/>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="45"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
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
        <translation>Solo en &amp;ejecución</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="73"/>
        <source>&amp;Trust</source>
        <translation>Con&amp;fiar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="74"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="85"/>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="86"/>
        <source>&amp;Cancel install</source>
        <translation>&amp;Cancelar instalación</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="87"/>
        <source>&amp;Launch</source>
        <translation>Arra&amp;ncar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="88"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="89"/>
        <source>Lo&amp;gs</source>
        <translation>Re&amp;gistros</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="90"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="91"/>
        <source>R&amp;estart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="92"/>
        <source>Re&amp;move</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="95"/>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="155"/>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="260"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="99"/>
        <source>Search services by name or description</source>
        <translation>Buscar servicios por nombre o descripción</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="100"/>
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="109"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="113"/>
        <source>Show only the services that run on this computer</source>
        <translation>Muestra solo los servicios que se ejecutan en este ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="135"/>
        <source>Could not trust this catalog: %1</source>
        <translation>No se pudo confiar en este catálogo: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="189"/>
        <source>Install progress</source>
        <translation>Progreso de la instalación</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="200"/>
        <source>Download, check and unpack this service, then start it</source>
        <translation>Descarga, comprueba y desempaqueta este servicio, y luego lo arranca</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="201"/>
        <source>Open the service&apos;s web page in your browser</source>
        <translation>Abre la página web del servicio en tu navegador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="202"/>
        <source>Stop the service and delete it from this computer</source>
        <translation>Detiene el servicio y lo elimina de este ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="261"/>
        <source>Community services you can run on this computer with one click.</source>
        <translation>Servicios comunitarios que puedes ejecutar en este ordenador con un clic.</translation>
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
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="358"/>
        <source>Services are not available in this session.</source>
        <translation>Los servicios no están disponibles en esta sesión.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="363"/>
        <source>No service catalog yet. Services such as Tahoe-LAFS storage, Syncthing or PeerStreamer come from the catalogs your microclouds publish.</source>
        <translation>Aún no hay ningún catálogo de servicios. Servicios como el almacenamiento Tahoe-LAFS, Syncthing o PeerStreamer vienen de los catálogos que publican tus micronubes.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="383"/>
        <source>Publisher %1 (fingerprint %2) offers a catalog at %3. Trust it? Cloudy then installs services only from catalogs signed with this key.</source>
        <translation>El editor %1 (huella %2) ofrece un catálogo en %3. ¿Confías en él? Entonces Cloudy solo instalará servicios de catálogos firmados con esta clave.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="398"/>
        <source>The catalog at %1 cannot be used: %2</source>
        <translation>El catálogo de %1 no se puede usar: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="435"/>
        <source>No service selected</source>
        <translation>Ningún servicio seleccionado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="444"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="446"/>
        <source>Needs %1</source>
        <translation>Necesita %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="449"/>
        <source>Publisher key %1</source>
        <translation>Clave del editor %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="452"/>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="455"/>
        <source>Up for %1</source>
        <translation>En marcha desde hace %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="458"/>
        <source>Ports: %1</source>
        <translation>Puertos: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="502"/>
        <source>Remove %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="503"/>
        <source>Remove %1 from this computer? It is stopped and its program is deleted. Its data (what the service saved) can be kept for a later install, or deleted too.</source>
        <translation>¿Eliminar %1 de este ordenador? Se detendrá y se borrará su programa. Sus datos (lo que el servicio ha guardado) se pueden conservar para una instalación posterior, o borrarse también.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="508"/>
        <source>Remove, &amp;keep data</source>
        <translation>Eliminar y &amp;mantener los datos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="509"/>
        <source>Remove and &amp;delete data</source>
        <translation>Eliminar y &amp;borrar los datos</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SettingsDialog</name>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="61"/>
        <source>A catalog address starts with https:// (or http:// on your own network) and ends with its index.json.</source>
        <translation>La dirección de un catálogo empieza por https:// (o http:// en tu propia red) y termina con su index.json.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="75"/>
        <source>Cloudy Settings</source>
        <translation>Configuración de Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="77"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="78"/>
        <source>C&amp;onnections</source>
        <translation>C&amp;onexiones</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="80"/>
        <source>C&amp;atalogs</source>
        <translation>C&amp;atálogos</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="81"/>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="88"/>
        <source>Fill in the default of every setting. Nothing is saved until you press OK.</source>
        <translation>Rellena el valor predeterminado de cada opción. No se guarda nada hasta que pulses Aceptar.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="104"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
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
        <translation>Un idioma nuevo se aplica cuando Cloudy se vuelve a iniciar.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="115"/>
        <source>&amp;Start Cloudy in the tray when I log in</source>
        <translation>Iniciar Cloudy en la &amp;bandeja al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="121"/>
        <source>Automatic (Avahi when it runs, else built-in)</source>
        <translation>Automático (Avahi si se ejecuta; si no, el integrado)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="122"/>
        <source>Avahi (the system&apos;s service discovery)</source>
        <translation>Avahi (el descubrimiento de servicios del sistema)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="123"/>
        <source>Built-in mDNS</source>
        <translation>mDNS integrado</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="124"/>
        <source>Discovery backend</source>
        <translation>Sistema de descubrimiento</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="125"/>
        <source>&amp;Find microclouds with:</source>
        <translation>&amp;Buscar micronubes con:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="135"/>
        <source>Automatic (qemu:///session)</source>
        <translation>Automático (qemu:///session)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="136"/>
        <source>libvirt address</source>
        <translation>Dirección de libvirt</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="138"/>
        <source>&amp;libvirt address:</source>
        <translation>Dirección de &amp;libvirt:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="143"/>
        <source>The ledger your microcloud announces</source>
        <translation>El libro de cuentas que anuncia tu micronube</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="144"/>
        <source>Ledger address</source>
        <translation>Dirección del libro de cuentas</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="146"/>
        <source>Le&amp;dger address:</source>
        <translation>Dirección del libro de &amp;cuentas:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="151"/>
        <source>Optional: SHA-256 of the ledger&apos;s TLS key</source>
        <translation>Opcional: SHA-256 de la clave TLS del libro de cuentas</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="152"/>
        <source>Ledger key pin</source>
        <translation>Fijación de la clave del libro de cuentas</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="153"/>
        <source>With a pin, Cloudy talks only to the ledger whose TLS public key has this SHA-256, even if a certificate authority vouches for another.</source>
        <translation>Con una fijación, Cloudy solo se comunica con el libro de cuentas cuya clave pública TLS tiene este SHA-256, aunque una autoridad de certificación avale otra.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="156"/>
        <source>Ledger key &amp;pin:</source>
        <translation>&amp;Fijación de la clave del libro de cuentas:</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="169"/>
        <source>Catalogs you added by address. Catalogs your microclouds announce are found by themselves and are not listed here.</source>
        <translation>Catálogos que añadiste por dirección. Los catálogos que anuncian tus micronubes se encuentran solos y no aparecen aquí.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="176"/>
        <source>Added catalogs</source>
        <translation>Catálogos añadidos</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="177"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="177"/>
        <source>Trusted publisher key</source>
        <translation>Clave del editor de confianza</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="186"/>
        <source>Address of a catalog to add</source>
        <translation>Dirección de un catálogo para añadir</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="187"/>
        <source>A&amp;dd</source>
        <translation>Añadi&amp;r</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="204"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="206"/>
        <source>&amp;Forget Key</source>
        <translation>Olvidar &amp;clave</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="208"/>
        <source>The next download of this catalog asks again whether you trust its publisher.</source>
        <translation>La próxima descarga de este catálogo volverá a preguntar si confías en su editor.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="236"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="237"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="245"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="246"/>
        <source>Settings file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="247"/>
        <source>Downloads cache</source>
        <translation>Caché de descargas</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="249"/>
        <source>Your node identity is not in these folders: it is kept in your keyring. Back it up with &quot;cloudyctl identity export&quot;.</source>
        <translation>Tu identidad de nodo no está en estas carpetas: se guarda en tu llavero. Haz una copia de seguridad con &quot;cloudyctl identity export&quot;.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="318"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="320"/>
        <source>forgotten: asked again at the next download</source>
        <translation>olvidada: se volverá a preguntar en la próxima descarga</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="334"/>
        <source>This catalog is already in the list.</source>
        <translation>Este catálogo ya está en la lista.</translation>
    </message>
    <message>
        <location filename="../app/desktop/SettingsDialog.cpp" line="434"/>
        <source>Some settings were not saved</source>
        <translation>Algunas opciones no se guardaron</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SharePage</name>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="90"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="96"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="122"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="91"/>
        <location filename="../app/desktop/pages/SharePage.cpp" line="123"/>
        <source>Donate CPU, memory and disk to your microcloud, within limits you choose.</source>
        <translation>Dona CPU, memoria y disco a tu micronube, dentro de los límites que elijas.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="92"/>
        <source>Sharing is not available in this session.</source>
        <translation>Compartir no está disponible en esta sesión.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="168"/>
        <source>&amp;Share this computer</source>
        <translation>&amp;Compartir este ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="170"/>
        <source>Share this computer</source>
        <translation>Compartir este ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="171"/>
        <source>Switches sharing on or off at once. What is shared and when is set below.</source>
        <translation>Activa o desactiva la compartición al momento. Qué se comparte y cuándo se define abajo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="225"/>
        <source>What you share</source>
        <translation>Qué compartes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="239"/>
        <source>&amp;Light</source>
        <translation>&amp;Ligero</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="240"/>
        <source>&amp;Balanced</source>
        <translation>&amp;Equilibrado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="241"/>
        <source>&amp;Full</source>
        <translation>Comple&amp;to</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="253"/>
        <source>Presets:</source>
        <translation>Predefinidos:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="282"/>
        <source>&amp;Cores:</source>
        <translation>&amp;Núcleos:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="286"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="287"/>
        <source>A steady share of the shared cores&apos; time: 2 cores at 50 % give one core&apos;s worth of work, spread evenly so fans do not spin up and down.</source>
        <translation>Una parte constante del tiempo de los núcleos compartidos: 2 núcleos al 50 % dan el trabajo de un núcleo, repartido de forma uniforme para que los ventiladores no suban y bajen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="289"/>
        <source>C&amp;PU limit:</source>
        <translation>Límite de C&amp;PU:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="295"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="298"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Memoria:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="303"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="306"/>
        <source>&amp;Disk:</source>
        <translation>&amp;Disco:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="328"/>
        <source>Micr&amp;ocloud:</source>
        <translation>Micr&amp;onube:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="329"/>
        <source>Join one on the Nearby page</source>
        <translation>Únete a una en la página Cerca</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="331"/>
        <source>Ima&amp;ge:</source>
        <translation>Ima&amp;gen:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="332"/>
        <source>A catalog image such as cloudy-node, or a service bundle folder</source>
        <translation>Una imagen del catálogo como cloudy-node, o una carpeta con un paquete de servicio</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="337"/>
        <source>Virtual machine (&amp;QEMU)</source>
        <translation>Máquina virtual (&amp;QEMU)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="339"/>
        <source>A whole computer of its own: works with your user&apos;s libvirt, uses a bit more memory.</source>
        <translation>Un ordenador completo propio: funciona con el libvirt de tu usuario, usa algo más de memoria.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="341"/>
        <source>Container (L&amp;XC, lighter; needs the system libvirt)</source>
        <translation>Contenedor (L&amp;XC, más ligero; necesita el libvirt del sistema)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="343"/>
        <source>Shares this computer&apos;s kernel: less overhead, but only the system libvirt (lxc:///system, run as root) can start it.</source>
        <translation>Comparte el núcleo de este ordenador: menos sobrecarga, pero solo el libvirt del sistema (lxc:///system, ejecutado como root) puede iniciarlo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="356"/>
        <source>What carries your donation: a virtual machine isolates it best, a container costs less memory and CPU.</source>
        <translation>Qué lleva tu donación: una máquina virtual la aísla mejor, un contenedor gasta menos memoria y CPU.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="367"/>
        <source>Runs as:</source>
        <translation>Se ejecuta como:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="375"/>
        <source>When you share</source>
        <translation>Cuándo compartes</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="379"/>
        <source>Al&amp;ways, while sharing is on</source>
        <translation>S&amp;iempre, mientras compartir esté activado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="381"/>
        <source>Only when I&apos;m awa&amp;y (the computer is idle)</source>
        <translation>Solo cuando no esto&amp;y (el ordenador está inactivo)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="383"/>
        <source>On a weekly sc&amp;hedule of profiles</source>
        <translation>Según un &amp;horario semanal de perfiles</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="393"/>
        <source>Light</source>
        <translation>Ligero</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="395"/>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="412"/>
        <source> min idle</source>
        <translation> min de inactividad</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="413"/>
        <source>Start after minutes idle</source>
        <translation>Empezar tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="414"/>
        <source>S&amp;tart after:</source>
        <translation>Empe&amp;zar tras:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="419"/>
        <source>While I&apos;m using the computer</source>
        <translation>Mientras uso el ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="420"/>
        <source>While I&apos;m usi&amp;ng it:</source>
        <translation>Mientras lo &amp;uso:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="436"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="437"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="438"/>
        <source>Grace period in seconds</source>
        <translation>Período de gracia en segundos</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="439"/>
        <source>Sharing is suspended only after you have used the computer this long without a break: a quick look at a message does not stop and restart the donation (flapping). 0 suspends at your first keystroke.</source>
        <translation>Compartir solo se suspende cuando has usado el ordenador este tiempo sin pausa: un vistazo rápido a un mensaje no detiene y reanuda la donación (oscilación). 0 la suspende a la primera tecla que pulses.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="444"/>
        <source>Grace per&amp;iod:</source>
        <translation>Período de gra&amp;cia:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="457"/>
        <source>Pause wh&amp;en on battery</source>
        <translation>Pausar con &amp;batería</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="460"/>
        <source>A laptop on battery keeps its charge for you; sharing resumes on mains power.</source>
        <translation>Un portátil con batería guarda su carga para ti; la compartición se reanuda al enchufarlo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="497"/>
        <source>Donated now</source>
        <translation>Donado ahora</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="504"/>
        <source>The last 10 minutes, as a share of what you allow:</source>
        <translation>Los últimos 10 minutos, como parte de lo que permites:</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="530"/>
        <source>&amp;Undo</source>
        <translation>De&amp;shacer</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="532"/>
        <source>Go back to the settings before the last Apply</source>
        <translation>Volver a los ajustes anteriores al último Aplicar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="536"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="538"/>
        <source>Drop the changes not applied yet</source>
        <translation>Descartar los cambios aún no aplicados</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="540"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="542"/>
        <source>Save these settings and use them at once (Ctrl+Return)</source>
        <translation>Guardar estos ajustes y usarlos al momento (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="593"/>
        <source>Suspend sharing</source>
        <translation>Suspender la compartición</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="595"/>
        <source>Keep sharing with “%1”</source>
        <translation>Seguir compartiendo con «%1»</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="619"/>
        <source>Microcloud %1 chosen: Apply to keep it, then switch sharing on.</source>
        <translation>Micronube %1 elegida: pulsa Aplicar para mantenerla y después activa la compartición.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="678"/>
        <source>Applies on the next start: the contribution node is defined again as the new kind.</source>
        <translation>Se aplica en el próximo arranque: el nodo de contribución se vuelve a definir con el nuevo tipo.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="739"/>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="744"/>
        <source>Applied: %1.</source>
        <translation>Aplicado: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="752"/>
        <source>Changes dropped.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="762"/>
        <source>Could not undo: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="767"/>
        <source>Restored the settings you had before.</source>
        <translation>Se han restaurado los ajustes que tenías antes.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="797"/>
        <source>Sharing stays off: %1</source>
        <translation>La compartición sigue desactivada: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="802"/>
        <source>Sharing is on.</source>
        <translation>La compartición está activada.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="802"/>
        <source>Sharing is off.</source>
        <translation>La compartición está desactivada.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="831"/>
        <source>Nothing donated yet.</source>
        <translation>Aún no se ha donado nada.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="875"/>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="876"/>
        <source>Now: nothing (the contribution node is not running).</source>
        <translation>Ahora: nada (el nodo de contribución no está en marcha).</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="884"/>
        <source>Your sharing settings could not be read, so the defaults are shown and sharing is off: %1 The unreadable file was kept beside it with the ending .corrupt. Check the values below and Apply to save them.</source>
        <translation>No se pudieron leer tus ajustes de compartición, así que se muestran los valores por defecto y la compartición está desactivada: %1 El archivo ilegible se ha guardado al lado con la terminación .corrupt. Revisa los valores de abajo y pulsa Aplicar para guardarlos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/SharePage.cpp" line="893"/>
        <source>of %n core(s) on this computer</source>
        <translation>
            <numerusform>de %n núcleo de este ordenador</numerusform>
            <numerusform>de %n núcleos de este ordenador</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="894"/>
        <source>this computer&apos;s core count is unknown</source>
        <translation>se desconoce el número de núcleos de este ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="896"/>
        <source>at most %1 MiB, %2 GiB (%3 GiB stays for this computer)</source>
        <translation>como máximo %1 MiB, %2 GiB (%3 GiB quedan para este ordenador)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="901"/>
        <source>this computer&apos;s memory is unknown</source>
        <translation>se desconoce la memoria de este ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="903"/>
        <source>at most %1 GiB (%2 GiB stays free)</source>
        <translation>como máximo %1 GiB (%2 GiB quedan libres)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="907"/>
        <source>the free disk space is unknown</source>
        <translation>se desconoce el espacio libre en disco</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="911"/>
        <source>The contribution disk lives in %1, which has %2 GiB free.</source>
        <translation>El disco de contribución está en %1, que tiene %2 GiB libres.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="922"/>
        <source>Sharing state: %1</source>
        <translation>Estado de la compartición: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="932"/>
        <source>Resume now</source>
        <translation>Reanudar ahora</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="932"/>
        <source>Pause for an hour</source>
        <translation>Pausar una hora</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="934"/>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="936"/>
        <source>A break that ends by itself; the settings stay as they are</source>
        <translation>Una pausa que termina sola; los ajustes se quedan como están</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="944"/>
        <source>The contribution node cannot follow: %1</source>
        <translation>El nodo de contribución no puede seguir: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="948"/>
        <source>The contribution node did not power off when asked and was stopped by force.</source>
        <translation>El nodo de contribución no se apagó cuando se le pidió y se detuvo a la fuerza.</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="969"/>
        <source>%1: %2 core-hours · %3 GiB-hours of memory · %4 GiB-hours of disk</source>
        <translation>%1: %2 horas-núcleo · %3 GiB-hora de memoria · %4 GiB-hora de disco</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="973"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/SharePage.cpp" line="974"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SyncBar</name>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="31"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="32"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="33"/>
        <source>Ledger</source>
        <translation>Libro de cuentas</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="34"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="35"/>
        <source>Sync message</source>
        <translation>Mensaje de sincronización</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="37"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="48"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="53"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="54"/>
        <source>Send pending receipts to the ledger and fetch the balance (Ctrl+R or F5)</source>
        <translation>Enviar los recibos pendientes al libro de cuentas y obtener el saldo (Ctrl+R o F5)</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="88"/>
        <source>No ledger set up</source>
        <translation>No hay libro de cuentas configurado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="90"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="93"/>
        <source>Syncing %1 of %2…</source>
        <translation>Sincronizando %1 de %2…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="95"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="97"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="99"/>
        <source>Ledger unreachable</source>
        <translation>Libro de cuentas inaccesible</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="101"/>
        <source>The ledger refused a receipt</source>
        <translation>El libro de cuentas rechazó un recibo</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="110"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="112"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="114"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="115"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="133"/>
        <source>Ledger: none set up yet</source>
        <translation>Libro de cuentas: aún no hay ninguno configurado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="133"/>
        <source>Ledger: %1</source>
        <translation>Libro de cuentas: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="148"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="151"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="163"/>
        <source>Next try at %1</source>
        <translation>Próximo intento a las %1</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="164"/>
        <source>Next sync at %1</source>
        <translation>Próxima sincronización a las %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ToggleSwitch</name>
    <message>
        <location filename="../app/desktop/pages/share/ToggleSwitch.cpp" line="79"/>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../app/desktop/pages/share/ToggleSwitch.cpp" line="79"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::TrayIcon</name>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="21"/>
        <source>Cloudy — sharing is off</source>
        <translation>Cloudy — la compartición está desactivada</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="24"/>
        <source>Share this computer</source>
        <translation>Compartir este ordenador</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="31"/>
        <source>Sharing stays off</source>
        <translation>La compartición sigue desactivada</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="39"/>
        <location filename="../app/desktop/TrayIcon.cpp" line="96"/>
        <source>Pause for an hour</source>
        <translation>Pausar una hora</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="43"/>
        <source>Cloudy</source>
        <translation>Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="50"/>
        <source>Open Cloudy</source>
        <translation>Abrir Cloudy</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="53"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="60"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../app/desktop/TrayIcon.cpp" line="96"/>
        <source>Resume now</source>
        <translation>Reanudar ahora</translation>
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
        <translation>No hay ningún D-Bus del sistema para llegar a avahi-daemon (%1). Inicia el servicio &apos;dbus&apos;; mientras tanto Cloudy usa su explorador mDNS integrado.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="42"/>
        <source>avahi-daemon is not running. Install and start it (sudo apt-get install avahi-daemon) to see microclouds the way the rest of the system does; meanwhile Cloudy uses its built-in mDNS browser.</source>
        <translation>avahi-daemon no está en marcha. Instálalo e inícialo (sudo apt-get install avahi-daemon) para ver las micronubes como el resto del sistema; mientras tanto Cloudy usa su explorador mDNS integrado.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="46"/>
        <source>avahi-daemon did not answer: %1</source>
        <translation>avahi-daemon no respondió: %1</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiServer.cpp" line="59"/>
        <source>avahi-daemon is reachable but not running normally (state %1): it may be resolving a host name collision.</source>
        <translation>avahi-daemon es accesible pero no funciona con normalidad (estado %1): puede que esté resolviendo una colisión de nombre de host.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="58"/>
        <source>avahi-daemon sent a %1 signal with unexpected arguments (%2).</source>
        <translation>avahi-daemon envió una señal %1 con argumentos inesperados (%2).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="89"/>
        <source>avahi-daemon reported an unknown address family %1.</source>
        <translation>avahi-daemon informó de una familia de direcciones desconocida %1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="162"/>
        <source>Service type &apos;%1&apos; is not a DNS-SD type (_name._tcp or _name._udp).</source>
        <translation>El tipo de servicio &apos;%1&apos; no es un tipo DNS-SD (_nombre._tcp o _nombre._udp).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="167"/>
        <source>Domain &apos;%1&apos; of service type %2 is not valid.</source>
        <translation>El dominio &apos;%1&apos; del tipo de servicio %2 no es válido.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="190"/>
        <source>Service name &apos;%1&apos; (%2) is not valid UTF-8 text of at most 63 bytes.</source>
        <translation>El nombre de servicio &apos;%1&apos; (%2) no es texto UTF-8 válido de como máximo 63 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="195"/>
        <source>Service &apos;%1&apos; has an invalid type &apos;%2&apos;.</source>
        <translation>El servicio &apos;%1&apos; tiene un tipo no válido &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="198"/>
        <source>Service &apos;%1&apos; has an invalid domain &apos;%2&apos;.</source>
        <translation>El servicio &apos;%1&apos; tiene un dominio no válido &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="229"/>
        <source>Resolved service &apos;%1&apos; (%2) has an invalid name or type.</source>
        <translation>El servicio resuelto &apos;%1&apos; (%2) tiene un nombre o un tipo no válido.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="233"/>
        <source>Service &apos;%1&apos; (%2) names a host that is not valid UTF-8 text: &apos;%3&apos;.</source>
        <translation>El servicio &apos;%1&apos; (%2) indica un host que no es texto UTF-8 válido: &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="240"/>
        <source>Service &apos;%1&apos; (%2) has an invalid address &apos;%3&apos;.</source>
        <translation>El servicio &apos;%1&apos; (%2) tiene una dirección no válida &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiSignals.cpp" line="246"/>
        <source>Service &apos;%1&apos; (%2): %3</source>
        <translation>Servicio &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="26"/>
        <source>The DNS message ends in the middle of %1.</source>
        <translation>El mensaje DNS termina en medio de %1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="73"/>
        <source>A DNS name compression pointer to offset %1 does not point backwards (a loop or a forward reference).</source>
        <translation>Un puntero de compresión de nombre DNS al desplazamiento %1 no apunta hacia atrás (un bucle o una referencia hacia delante).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="78"/>
        <source>A DNS name follows more than %1 compression pointers.</source>
        <translation>Un nombre DNS sigue más de %1 punteros de compresión.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="90"/>
        <source>A DNS name uses the reserved label type 0x%1.</source>
        <translation>Un nombre DNS usa el tipo de etiqueta reservado 0x%1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="102"/>
        <location filename="../core/discovery/DnsMessage.cpp" line="293"/>
        <location filename="../core/discovery/DnsMessage.cpp" line="626"/>
        <source>A DNS name is longer than %1 bytes.</source>
        <translation>Un nombre DNS ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="126"/>
        <source>An A record has %1 bytes of data instead of 4.</source>
        <translation>Un registro A tiene %1 bytes de datos en lugar de 4.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="132"/>
        <source>An AAAA record has %1 bytes of data instead of 16.</source>
        <translation>Un registro AAAA tiene %1 bytes de datos en lugar de 16.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="146"/>
        <source>A PTR record has %1 bytes after its name.</source>
        <translation>Un registro PTR tiene %1 bytes después de su nombre.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="153"/>
        <source>An SRV record has only %1 bytes of data.</source>
        <translation>Un registro SRV solo tiene %1 bytes de datos.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="163"/>
        <source>An SRV record has %1 bytes after its target.</source>
        <translation>Un registro SRV tiene %1 bytes después de su destino.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="188"/>
        <source>An NSEC record has a malformed type bitmap.</source>
        <translation>Un registro NSEC tiene un mapa de bits de tipos mal formado.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="297"/>
        <source>A DNS label of %1 bytes cannot be encoded (1 to %2).</source>
        <translation>No se puede codificar una etiqueta DNS de %1 bytes (de 1 a %2).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="347"/>
        <source>A record&apos;s data of %1 bytes cannot be encoded.</source>
        <translation>No se pueden codificar los datos de un registro de %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="359"/>
        <source>An A record needs an IPv4 address.</source>
        <translation>Un registro A necesita una dirección IPv4.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="365"/>
        <source>An AAAA record needs an IPv6 address.</source>
        <translation>Un registro AAAA necesita una dirección IPv6.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="382"/>
        <source>A TXT string of %1 bytes cannot be encoded (at most 255).</source>
        <translation>No se puede codificar una cadena TXT de %1 bytes (como máximo 255).</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="462"/>
        <source>A DNS message of %1 bytes is larger than %2 bytes.</source>
        <translation>Un mensaje DNS de %1 bytes es mayor que %2 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="518"/>
        <source>A DNS message has more than 65535 entries in a section.</source>
        <translation>Un mensaje DNS tiene más de 65535 entradas en una sección.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="535"/>
        <source>The DNS message is larger than %1 bytes.</source>
        <translation>El mensaje DNS es mayor que %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="573"/>
        <source>A DNS question does not fit in %1 bytes.</source>
        <translation>Una pregunta DNS no cabe en %1 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="616"/>
        <source>The name &quot;%1&quot; has an empty label or one longer than %2 bytes.</source>
        <translation>El nombre &quot;%1&quot; tiene una etiqueta vacía o una de más de %2 bytes.</translation>
    </message>
    <message>
        <location filename="../core/discovery/DnsMessage.cpp" line="657"/>
        <source>The DNS label %1 is not valid UTF-8 text.</source>
        <translation>La etiqueta DNS %1 no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="22"/>
        <source>Cloudy node</source>
        <translation>Nodo Cloudy</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="23"/>
        <source>Tahoe-LAFS storage</source>
        <translation>Almacenamiento Tahoe-LAFS</translation>
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
        <translation>Rastreador BitTorrent</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="30"/>
        <source>BitTorrent seeder</source>
        <translation>Sembrador BitTorrent</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="31"/>
        <source>Tinc VPN (Cloudy node)</source>
        <translation>VPN Tinc (nodo Cloudy)</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="32"/>
        <source>SNP service</source>
        <translation>Servicio SNP</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="33"/>
        <source>DNS service</source>
        <translation>Servicio DNS</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="34"/>
        <source>Web proxy</source>
        <translation>Proxy web</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="35"/>
        <source>OWP measurement</source>
        <translation>Medición OWP</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="36"/>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <location filename="../core/discovery/ServiceTypes.cpp" line="37"/>
        <source>Secure web page</source>
        <translation>Página web segura</translation>
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
        <translation>Un registro TXT de %1 bytes es mayor que los %2 bytes aceptados.</translation>
    </message>
    <message>
        <location filename="../core/discovery/TxtRecord.cpp" line="53"/>
        <source>A TXT record ends in the middle of a string.</source>
        <translation>Un registro TXT termina en medio de una cadena.</translation>
    </message>
    <message>
        <location filename="../core/discovery/TxtRecord.cpp" line="80"/>
        <source>TXT string with an invalid key skipped: %1</source>
        <translation>Se omitió una cadena TXT con una clave no válida: %1</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::AvahiBrowser</name>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="138"/>
        <source>There is no system D-Bus to reach avahi-daemon through (%1). Start the &apos;dbus&apos; service and then Cloudy again.</source>
        <translation>No hay ningún D-Bus del sistema para llegar a avahi-daemon (%1). Inicia el servicio &apos;dbus&apos; y después Cloudy de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="241"/>
        <source>avahi-daemon is not running. Start it (sudo systemctl start avahi-daemon, or install the avahi-daemon package); Cloudy starts browsing as soon as it appears.</source>
        <translation>avahi-daemon no está en marcha. Inícialo (sudo systemctl start avahi-daemon, o instala el paquete avahi-daemon); Cloudy empieza a explorar en cuanto aparezca.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="245"/>
        <source>The system D-Bus did not say whether avahi-daemon runs (%1). Cloudy starts browsing as soon as avahi-daemon appears.</source>
        <translation>El D-Bus del sistema no dijo si avahi-daemon está en marcha (%1). Cloudy empieza a explorar en cuanto aparezca avahi-daemon.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="269"/>
        <source>avahi-daemon stopped, so the services it had found are no longer known. Browsing resumes by itself when it runs again (sudo systemctl start avahi-daemon).</source>
        <translation>avahi-daemon se detuvo, así que los servicios que había encontrado ya no se conocen. La exploración se reanuda sola cuando vuelva a funcionar (sudo systemctl start avahi-daemon).</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="358"/>
        <source>avahi-daemon reports a failure (%1) and cannot browse the network. See &apos;journalctl -u avahi-daemon&apos;; browsing resumes when it recovers.</source>
        <translation>avahi-daemon informa de un fallo (%1) y no puede explorar la red. Consulta &apos;journalctl -u avahi-daemon&apos;; la exploración se reanuda cuando se recupere.</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="360"/>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <location filename="../core/discovery/AvahiBrowser.cpp" line="534"/>
        <source>avahi-daemon is older than 0.8 (%1): Cloudy needs its Server2 interface to browse without losing services. Upgrade avahi-daemon or use the built-in browser (--backend mdns).</source>
        <translation>avahi-daemon es anterior a la 0.8 (%1): Cloudy necesita su interfaz Server2 para explorar sin perder servicios. Actualiza avahi-daemon o usa el explorador integrado (--backend mdns).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MdnsBrowser</name>
    <message>
        <location filename="../core/discovery/MdnsBrowser.cpp" line="314"/>
        <source>No network interface to browse on: none is up, multicast-capable and not virtual, or UDP port 5353 cannot be opened.</source>
        <translation>No hay ninguna interfaz de red en la que explorar: ninguna está activa, admite multidifusión y no es virtual, o no se puede abrir el puerto UDP 5353.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MdnsSocket</name>
    <message>
        <location filename="../core/discovery/MdnsSocket.cpp" line="76"/>
        <source>cannot bind UDP port %1 for %2: %3</source>
        <translation>no se puede enlazar el puerto UDP %1 para %2: %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/MdnsSocket.cpp" line="97"/>
        <source>cannot join %1 on %2: %3</source>
        <translation>no se puede unir a %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>Cloudy::Discovery::MicrocloudModel</name>
    <message>
        <location filename="../core/discovery/MicrocloudModel.cpp" line="362"/>
        <source>Other services</source>
        <translation>Otros servicios</translation>
    </message>
    <message>
        <location filename="../core/discovery/MicrocloudModel.cpp" line="620"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Doctor</name>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="76"/>
        <source>not reachable</source>
        <translation>no accesible</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="86"/>
        <source>System D-Bus (Avahi and libvirt talk over it)</source>
        <translation>D-Bus del sistema (Avahi y libvirt se comunican por él)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="93"/>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="96"/>
        <source>Not reachable: %1</source>
        <translation>No accesible: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="97"/>
        <source>Start the system message bus (sudo systemctl start dbus, or install the &apos;dbus&apos; package).</source>
        <translation>Inicia el bus de mensajes del sistema (sudo systemctl start dbus, o instala el paquete &apos;dbus&apos;).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="105"/>
        <source>Avahi (finds microclouds nearby)</source>
        <translation>Avahi (encuentra micronubes cercanas)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="110"/>
        <source>avahi-daemon is not reachable.</source>
        <translation>avahi-daemon no es accesible.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="119"/>
        <source>%1 is running as %2.</source>
        <translation>%1 se ejecuta como %2.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="122"/>
        <source>%1 answers but is not running normally.</source>
        <translation>%1 responde pero no funciona con normalidad.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="130"/>
        <source>libvirt (runs shared services and the contribution node)</source>
        <translation>libvirt (ejecuta los servicios compartidos y el nodo de contribución)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="138"/>
        <location filename="../core/doctor/Doctor.cpp" line="190"/>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="140"/>
        <source>Install libvirt and QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86); your session&apos;s libvirt then starts by itself.</source>
        <translation>Instala libvirt y QEMU (sudo apt-get install libvirt-daemon libvirt-daemon-driver-qemu qemu-system-x86); después el libvirt de tu sesión arranca solo.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="143"/>
        <source>Start libvirtd (sudo systemctl start libvirtd) and make sure you may use it (sudo adduser $USER libvirt, then log in again), or choose qemu:///session in Settings.</source>
        <translation>Inicia libvirtd (sudo systemctl start libvirtd) y asegúrate de que puedes usarlo (sudo adduser $USER libvirt, y vuelve a iniciar sesión), o elige qemu:///session en los ajustes.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="158"/>
        <source>Connected to %1, but its capabilities could not be read: %2</source>
        <translation>Conectado a %1, pero no se pudieron leer sus capacidades: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="166"/>
        <source>Connected to %1 (%2 %3); guest types: %4.</source>
        <translation>Conectado a %1 (%2 %3); tipos de invitado: %4.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="172"/>
        <source>Connected to %1, but it cannot run QEMU virtual machines.</source>
        <translation>Conectado a %1, pero no puede ejecutar máquinas virtuales QEMU.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="173"/>
        <source>Install QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) and restart libvirtd.</source>
        <translation>Instala QEMU (sudo apt-get install qemu-system-x86 libvirt-daemon-driver-qemu) y reinicia libvirtd.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="182"/>
        <source>LXC containers (lighter than virtual machines)</source>
        <translation>Contenedores LXC (más ligeros que las máquinas virtuales)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="191"/>
        <source>Containers need the system libvirt with its LXC driver (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Virtual machines work without it.</source>
        <translation>Los contenedores necesitan el libvirt del sistema con su controlador LXC (sudo apt-get install libvirt-daemon-system libvirt-daemon-driver-lxc). Las máquinas virtuales funcionan sin él.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="196"/>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="202"/>
        <source>KVM (hardware-speed virtual machines)</source>
        <translation>KVM (máquinas virtuales a velocidad de hardware)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="211"/>
        <source>Guests will run with software emulation (slower).</source>
        <translation>Los invitados se ejecutarán con emulación por software (más lenta).</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="218"/>
        <source>Keyring (keeps your node&apos;s private key)</source>
        <translation>Llavero (guarda la clave privada de tu nodo)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="225"/>
        <source>A keyring answers through the Secret Service.</source>
        <translation>Un llavero responde a través del Secret Service.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="230"/>
        <source>No keyring answered.</source>
        <translation>Ningún llavero ha respondido.</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="231"/>
        <source>No keyring: %1</source>
        <translation>Ningún llavero: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="232"/>
        <source>Log in to a desktop with a keyring (GNOME Keyring or KWallet) or install one (sudo apt-get install gnome-keyring). Without it, Cloudy asks you for a passphrase to protect your key file instead; it never stores the key unprotected.</source>
        <translation>Inicia sesión en un escritorio con un llavero (GNOME Keyring o KWallet) o instala uno (sudo apt-get install gnome-keyring). Sin él, Cloudy te pide una frase de contraseña para proteger el archivo de la clave; nunca guarda la clave sin protección.</translation>
    </message>
    <message>
        <location filename="../core/doctor/DoctorReport.cpp" line="75"/>
        <source>Versions:</source>
        <translation>Versiones:</translation>
    </message>
</context>
<context>
    <name>Cloudy::Identity::NodeIdentity</name>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="60"/>
        <source>The node identity in your keyring is damaged and cannot be used. Restore it from a backup with &quot;cloudyctl identity import&quot;.</source>
        <translation>La identidad de nodo de tu llavero está dañada y no se puede usar. Restáurala desde una copia de seguridad con &quot;cloudyctl identity import&quot;.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="81"/>
        <source>This computer has no node identity yet. Create one with &quot;cloudyctl identity create&quot; or in the first-run assistant.</source>
        <translation>Este ordenador aún no tiene identidad de nodo. Crea una con &quot;cloudyctl identity create&quot; o en el asistente inicial.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="86"/>
        <source>No keyring (such as GNOME Keyring or KWallet) can be reached, so the node identity cannot be kept there (%1). Cloudy never writes the key to a plain file: start or unlock a keyring, or choose a key file protected by a passphrase (&quot;cloudyctl identity create --key-file %2&quot;).</source>
        <translation>No se puede acceder a ningún llavero (como GNOME Keyring o KWallet), así que la identidad de nodo no se puede guardar allí (%1). Cloudy nunca escribe la clave en un archivo sin protección: inicia o desbloquea un llavero, o elige un archivo de clave protegido con una frase de contraseña (&quot;cloudyctl identity create --key-file %2&quot;).</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="93"/>
        <source>The keyring refused or failed to give access to the node identity: %1</source>
        <translation>El llavero rechazó o no pudo dar acceso a la identidad de nodo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/identity/NodeIdentity.cpp" line="111"/>
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La frase de contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="150"/>
        <source>The key file is damaged or not a Cloudy key file.</source>
        <translation>El archivo de clave está dañado o no es un archivo de clave de Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="201"/>
        <source>The key file was written by a newer version of Cloudy; update Cloudy to use it.</source>
        <translation>El archivo de clave lo escribió una versión más reciente de Cloudy; actualiza Cloudy para usarlo.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="220"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave de la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="227"/>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="235"/>
        <source>The key file&apos;s secret key does not belong to the public key it shows.</source>
        <translation>La clave secreta del archivo de clave no corresponde a la clave pública que muestra.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="263"/>
        <source>Cannot write the key file %1: %2.</source>
        <translation>No se puede escribir el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="271"/>
        <source>The key file %1 that held this computer&apos;s node identity is gone. Restore it from a backup with &quot;cloudyctl identity import&quot;, or create a new identity.</source>
        <translation>El archivo de clave %1 que contenía la identidad de nodo de este ordenador ha desaparecido. Restáurala desde una copia de seguridad con &quot;cloudyctl identity import&quot; o crea una identidad nueva.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="276"/>
        <source>Cannot read the key file %1: %2.</source>
        <translation>No se puede leer el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="283"/>
        <source>The node identity in %1 cannot be used: %2 Restore it from a backup with &quot;cloudyctl identity import&quot;.</source>
        <translation>La identidad de nodo de %1 no se puede usar: %2 Restáurala desde una copia de seguridad con &quot;cloudyctl identity import&quot;.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="297"/>
        <source>This computer&apos;s node identity is in the passphrase-protected file %1: its passphrase is needed.</source>
        <translation>La identidad de nodo de este ordenador está en el archivo %1 protegido con frase de contraseña: se necesita su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="305"/>
        <source>The passphrase of the key file %1 is wrong.</source>
        <translation>La frase de contraseña del archivo de clave %1 es incorrecta.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="359"/>
        <source>the key could not be encrypted</source>
        <translation>no se pudo cifrar la clave</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="369"/>
        <source>in the keyring</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="370"/>
        <source>in the key file %1</source>
        <translation>en el archivo de clave %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="416"/>
        <location filename="../core/identity/NodeIdentity.cpp" line="447"/>
        <source>The cryptography library cannot work on this computer, so no identity can be created.</source>
        <translation>La biblioteca criptográfica no puede funcionar en este ordenador, así que no se puede crear ninguna identidad.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="434"/>
        <source>This computer already has the node identity %1 (%2). Back it up with &quot;cloudyctl identity export&quot; rather than creating another.</source>
        <translation>Este ordenador ya tiene la identidad de nodo %1 (%2). Haz una copia de seguridad con &quot;cloudyctl identity export&quot; en lugar de crear otra.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="442"/>
        <source>%1 already exists; Cloudy never overwrites a key file. Choose another path.</source>
        <translation>%1 ya existe; Cloudy nunca sobrescribe un archivo de clave. Elige otra ruta.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="495"/>
        <source>This is not a Cloudy identity backup, or it is damaged: %1</source>
        <translation>Esto no es una copia de seguridad de identidad de Cloudy, o está dañada: %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="527"/>
        <source>the manifest is not a JSON object.</source>
        <translation>el manifiesto no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="530"/>
        <source>the manifest does not describe a node identity.</source>
        <translation>el manifiesto no describe una identidad de nodo.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="532"/>
        <source>the backup was written by a newer version of Cloudy.</source>
        <translation>la copia de seguridad la escribió una versión más reciente de Cloudy.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="539"/>
        <source>the manifest has no valid public key or creation time.</source>
        <translation>el manifiesto no tiene una clave pública ni una fecha de creación válidas.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="543"/>
        <source>The backup&apos;s node id does not belong to its public key: the backup was altered.</source>
        <translation>El identificador de nodo de la copia de seguridad no corresponde a su clave pública: la copia fue alterada.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="553"/>
        <source>The file is far larger than an identity backup; it is not read.</source>
        <translation>El archivo es mucho mayor que una copia de seguridad de identidad; no se lee.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="572"/>
        <source>The backup holds more than a manifest and a key (&quot;%1&quot;): refused.</source>
        <translation>La copia de seguridad contiene más que un manifiesto y una clave (&quot;%1&quot;): se rechaza.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="576"/>
        <source>The backup holds an entry with an unsafe path (&quot;%1&quot;): refused.</source>
        <translation>La copia de seguridad contiene una entrada con una ruta no segura (&quot;%1&quot;): se rechaza.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="581"/>
        <source>The backup entry &quot;%1&quot; is a link or a special file: refused.</source>
        <translation>La entrada &quot;%1&quot; de la copia de seguridad es un enlace o un archivo especial: se rechaza.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="585"/>
        <source>The backup holds an unexpected entry &quot;%1&quot;: refused.</source>
        <translation>La copia de seguridad contiene una entrada inesperada &quot;%1&quot;: se rechaza.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="591"/>
        <source>The backup entry &quot;%1&quot; is larger than it can be: refused.</source>
        <translation>La entrada &quot;%1&quot; de la copia de seguridad es mayor de lo que puede ser: se rechaza.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="594"/>
        <source>the entry &quot;%1&quot; is cut short.</source>
        <translation>la entrada &quot;%1&quot; está truncada.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="601"/>
        <source>the manifest or the key is missing.</source>
        <translation>falta el manifiesto o la clave.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="611"/>
        <source>The key in the backup does not belong to the identity its manifest names: the backup was altered.</source>
        <translation>La clave de la copia de seguridad no corresponde a la identidad que indica su manifiesto: la copia fue alterada.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="620"/>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="646"/>
        <source>%1 already exists; an identity backup never overwrites a file. Choose another name.</source>
        <translation>%1 ya existe; una copia de seguridad de identidad nunca sobrescribe un archivo. Elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="658"/>
        <source>The key could not be encrypted for the backup.</source>
        <translation>No se pudo cifrar la clave para la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="672"/>
        <source>Cannot build the backup archive: %1</source>
        <translation>No se puede crear el archivo de la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="676"/>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="703"/>
        <source>The passphrase of the backup %1 is wrong.</source>
        <translation>La frase de contraseña de la copia de seguridad %1 es incorrecta.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="726"/>
        <source>This computer already has the node identity %1 (%2); the backup holds %3. Import with --replace to give up %1 and its balance for %3.</source>
        <translation>Este ordenador ya tiene la identidad de nodo %1 (%2); la copia de seguridad contiene %3. Importa con --replace para renunciar a %1 y a su saldo a cambio de %3.</translation>
    </message>
    <message>
        <location filename="../core/identity/NodeIdentity.cpp" line="741"/>
        <source>%1 already exists; import with --replace to overwrite it.</source>
        <translation>%1 ya existe; importa con --replace para sobrescribirlo.</translation>
    </message>
</context>
<context>
    <name>Cloudy::LazyLibrary</name>
    <message>
        <location filename="../core/platform/LazyLibrary.cpp" line="30"/>
        <source>Cloudy cannot work without the library %1, which could not be loaded (%2). Reinstall Cloudy Desktop with its dependencies.</source>
        <translation>Cloudy no puede funcionar sin la biblioteca %1, que no se ha podido cargar (%2). Reinstala Cloudy Desktop con sus dependencias.</translation>
    </message>
    <message>
        <location filename="../core/platform/LazyLibrary.cpp" line="44"/>
        <source>The library %1 has no function %2: Cloudy needs a newer version of it.</source>
        <translation>La biblioteca %1 no tiene la función %2: Cloudy necesita una versión más nueva.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger</name>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="14"/>
        <source>&apos;%1&apos; is not a database the ledger can use: %2. Use sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>&apos;%1&apos; no es una base de datos que el libro de cuentas pueda usar: %2. Usa sqlite:PATH o postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="41"/>
        <source>the SQLite file name is missing</source>
        <translation>falta el nombre del archivo SQLite</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="48"/>
        <source>the server address is missing or malformed</source>
        <translation>la dirección del servidor falta o es incorrecta</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="56"/>
        <source>the database name is missing</source>
        <translation>falta el nombre de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/ledger/DatabaseSpec.cpp" line="59"/>
        <source>unknown kind of database</source>
        <translation>tipo de base de datos desconocido</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerClient</name>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="63"/>
        <source>The ledger&apos;s answer about %1 cannot be read.</source>
        <translation>No se puede leer la respuesta del libro de cuentas sobre %1.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="76"/>
        <source>&quot;%1&quot; is not a ledger address; it looks like https://ledger.example.org/.</source>
        <translation>&quot;%1&quot; no es una dirección de libro de cuentas; tiene el aspecto de https://ledger.example.org/.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="98"/>
        <source>A ledger pin is the SHA-256 of the server&apos;s public key: 64 hex digits.</source>
        <translation>Una fijación del libro de cuentas es el SHA-256 de la clave pública del servidor: 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="117"/>
        <source>the node</source>
        <translation>el nodo</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="128"/>
        <location filename="../core/ledger/LedgerClient.cpp" line="135"/>
        <source>the community</source>
        <translation>la comunidad</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="281"/>
        <source>The ledger at %1 presented a key that does not match the pinned one; the connection was stopped (a wrong pin, or someone in between).</source>
        <translation>El libro de cuentas en %1 presentó una clave que no coincide con la fijada; se detuvo la conexión (una fijación errónea, o alguien en medio).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="289"/>
        <source>The ledger at %1 did not answer in time.</source>
        <translation>El libro de cuentas en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="292"/>
        <source>The secure connection to the ledger at %1 failed: %2</source>
        <translation>La conexión segura con el libro de cuentas en %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="297"/>
        <source>The ledger at %1 cannot be reached: %2</source>
        <translation>No se puede acceder al libro de cuentas en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerClient.cpp" line="303"/>
        <source>The ledger at %1 answered HTTP %2.</source>
        <translation>El libro de cuentas en %1 respondió HTTP %2.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerStore</name>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="165"/>
        <source>The ledger database %1 failed (%2): %3</source>
        <translation>La base de datos del libro de cuentas %1 falló (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="173"/>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation>El controlador Qt SQL %1 no está instalado (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="193"/>
        <source>Cannot open the ledger database %1: %2</source>
        <translation>No se puede abrir la base de datos del libro de cuentas %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="199"/>
        <location filename="../core/ledger/LedgerStore.cpp" line="226"/>
        <source>Cannot prepare the ledger database %1: %2</source>
        <translation>No se puede preparar la base de datos del libro de cuentas %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="323"/>
        <source>The signature of entry %1 (seq %2) does not match its contents and key.</source>
        <translation>La firma de la entrada %1 (seq %2) no coincide con su contenido y su clave.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="712"/>
        <source>The ledger is busy; send the batch again in a moment.</source>
        <translation>El libro de cuentas está ocupado; vuelve a enviar el lote dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="411"/>
        <source>Node %1 already has a different entry at seq %2; this one is refused and the ledger has recorded the attempt.</source>
        <translation>El nodo %1 ya tiene una entrada distinta en seq %2; esta se rechaza y el libro de cuentas ha registrado el intento.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="241"/>
        <source>The ledger database %1 was written by a newer cloudy-ledgerd (schema %2; this one knows schema %3). It is left untouched: run the newer version.</source>
        <translation>La base de datos del libro de cuentas %1 la escribió un cloudy-ledgerd más nuevo (esquema %2; este conoce el esquema %3). Se deja intacta: ejecuta la versión más nueva.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="419"/>
        <source>Node %1 is at seq %2, so the next entry must have seq %3, not %4.</source>
        <translation>El nodo %1 está en seq %2, así que la siguiente entrada debe tener seq %3, no %4.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="427"/>
        <source>The prev of entry seq %1 is not the hash of the node&apos;s entry before it.</source>
        <translation>El prev de la entrada seq %1 no es el hash de la entrada anterior del nodo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="432"/>
        <source>The period of receipt seq %1 starts before the node&apos;s previous receipt ended.</source>
        <translation>El período del recibo seq %1 empieza antes de que terminara el recibo anterior del nodo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="437"/>
        <source>The period of receipt seq %1 ends in the future.</source>
        <translation>El período del recibo seq %1 termina en el futuro.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="449"/>
        <source>Transfer seq %1 is dated in the future.</source>
        <translation>La transferencia seq %1 tiene una fecha futura.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="454"/>
        <source>Transfer seq %1 moves %2 millicredits but the node has only %3.</source>
        <translation>La transferencia seq %1 mueve %2 milicréditos pero el nodo solo tiene %3.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="738"/>
        <source>&quot;%1&quot; is not a node id (64 lower-case hex digits).</source>
        <translation>&quot;%1&quot; no es un identificador de nodo (64 dígitos hexadecimales en minúsculas).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerStore.cpp" line="748"/>
        <source>The ledger has no entry of node %1.</source>
        <translation>El libro de cuentas no tiene ninguna entrada del nodo %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerSync</name>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="98"/>
        <location filename="../core/ledger/LedgerSync.cpp" line="328"/>
        <source>No ledger is configured: receipts are kept on this computer until one is.</source>
        <translation>No hay ningún libro de cuentas configurado: los recibos se guardan en este ordenador hasta que haya uno.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="114"/>
        <source>A pin only makes sense with an https:// ledger address.</source>
        <translation>Una fijación solo tiene sentido con una dirección https:// del libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="231"/>
        <source>A node cannot give credits to itself.</source>
        <translation>Un nodo no puede darse créditos a sí mismo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="232"/>
        <source>&apos;%1&apos; is not a node id: a node id is 64 lower-case hex digits (cloudyctl identity show prints this node&apos;s).</source>
        <translation>&apos;%1&apos; no es un identificador de nodo: un identificador de nodo tiene 64 dígitos hexadecimales en minúscula (cloudyctl identity show muestra el de este nodo).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="236"/>
        <source>The amount to give must be more than 0 credits.</source>
        <translation>La cantidad a dar debe ser mayor que 0 créditos.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="238"/>
        <source>The note is too long: at most %1 bytes (it has %2).</source>
        <translation>La nota es demasiado larga: como máximo %1 bytes (tiene %2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="249"/>
        <source>The ledger has not told this computer its balance yet: sync with the ledger first. A transfer can only give credits the ledger has counted.</source>
        <translation>El libro de cuentas aún no ha dicho a este ordenador su saldo: sincroniza primero con el libro de cuentas. Una transferencia solo puede dar créditos que el libro de cuentas ha contado.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="254"/>
        <source>This node can give %1 credits now (its balance at the ledger less the transfers still waiting to be sent); %2 is more than that.</source>
        <translation>Este nodo puede dar ahora %1 créditos (su saldo en el libro de cuentas menos las transferencias que aún esperan ser enviadas); %2 es más que eso.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="336"/>
        <source>Sending receipts to the ledger…</source>
        <translation>Enviando recibos al libro de cuentas…</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="349"/>
        <source>The ledger&apos;s reward policy cannot be read.</source>
        <translation>No se puede leer la política de recompensas del libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="387"/>
        <source>The ledger&apos;s answer about this node cannot be read.</source>
        <translation>No se puede leer la respuesta del libro de cuentas sobre este nodo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="484"/>
        <source>The ledger refused an entry of this node; the entries after it wait. See the refused entry for the ledger&apos;s reason.</source>
        <translation>El libro de cuentas rechazó una entrada de este nodo; las entradas posteriores esperan. Consulta la entrada rechazada para ver el motivo del libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="488"/>
        <source>Up to date with the ledger.</source>
        <translation>Al día con el libro de cuentas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/ledger/LedgerSync.cpp" line="489"/>
        <source>%n entries sent to the ledger.</source>
        <translation>
            <numerusform>%n entrada enviada al libro de cuentas.</numerusform>
            <numerusform>%n entradas enviadas al libro de cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/ledger/LedgerSync.cpp" line="504"/>
        <source>The ledger cannot be reached.</source>
        <translation>No se puede acceder al libro de cuentas.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::Outbox</name>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="34"/>
        <source>The ledger outbox could not %1: %2</source>
        <translation>La bandeja de salida del libro de cuentas no pudo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="88"/>
        <source>start a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="95"/>
        <source>save its changes</source>
        <translation>guardar sus cambios</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="126"/>
        <location filename="../core/ledger/Outbox.cpp" line="154"/>
        <location filename="../core/ledger/Outbox.cpp" line="166"/>
        <location filename="../core/ledger/Outbox.cpp" line="535"/>
        <location filename="../core/ledger/Outbox.cpp" line="543"/>
        <location filename="../core/ledger/Outbox.cpp" line="554"/>
        <source>read its entries</source>
        <translation>leer sus entradas</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="132"/>
        <source>The ledger outbox holds an entry that cannot be read: %1</source>
        <translation>La bandeja de salida del libro de cuentas contiene una entrada que no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="179"/>
        <source>Entry %1 does not continue this node&apos;s chain in the outbox (it ends at %2).</source>
        <translation>La entrada %1 no continúa la cadena de este nodo en la bandeja de salida (termina en %2).</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="184"/>
        <source>Entry %1 is not signed by its key.</source>
        <translation>La entrada %1 no está firmada por su clave.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="191"/>
        <source>The receipt&apos;s period starts before the end of the previous receipt.</source>
        <translation>El período del recibo empieza antes del final del recibo anterior.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="209"/>
        <source>store an entry</source>
        <translation>guardar una entrada</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="222"/>
        <location filename="../core/ledger/Outbox.cpp" line="228"/>
        <source>open %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="233"/>
        <source>be read</source>
        <translation>ser leída</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="242"/>
        <source>The ledger outbox %1 was written by a newer version of Cloudy (schema %2, this version knows %3). Update Cloudy Desktop to use it.</source>
        <translation>La bandeja de salida del libro de cuentas %1 la escribió una versión más reciente de Cloudy (esquema %2, esta versión conoce el %3). Actualiza Cloudy Desktop para usarla.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="271"/>
        <source>create its tables</source>
        <translation>crear sus tablas</translation>
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
        <translation>El nodo no tiene clave de firma para firmar los recibos.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="394"/>
        <location filename="../core/ledger/Outbox.cpp" line="499"/>
        <source>The entry could not be signed.</source>
        <translation>No se pudo firmar la entrada.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="469"/>
        <source>The ledger confirmed entry %1 after refusing entry %2: the outbox and the ledger disagree, so the refused entry is kept where it is.</source>
        <translation>El libro de cuentas confirmó la entrada %1 después de rechazar la entrada %2: la bandeja de salida y el libro de cuentas no coinciden, así que la entrada rechazada se mantiene donde está.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="482"/>
        <location filename="../core/ledger/Outbox.cpp" line="487"/>
        <source>set a refused entry aside</source>
        <translation>apartar una entrada rechazada</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="593"/>
        <source>store the ledger&apos;s answer</source>
        <translation>guardar la respuesta del libro de cuentas</translation>
    </message>
    <message>
        <location filename="../core/ledger/Outbox.cpp" line="603"/>
        <source>read the ledger&apos;s answers</source>
        <translation>leer las respuestas del libro de cuentas</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::Receipt</name>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="136"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="141"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="152"/>
        <source>&quot;%1&quot; must be %2 lower-case hex digits.</source>
        <translation>&quot;%1&quot; debe tener %2 dígitos hexadecimales en minúsculas.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="163"/>
        <source>&quot;%1&quot; must be text of at most %2 bytes without control characters.</source>
        <translation>&quot;%1&quot; debe ser un texto de como máximo %2 bytes sin caracteres de control.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="180"/>
        <source>&quot;%1&quot; is not part of a ledger entry.</source>
        <translation>&quot;%1&quot; no forma parte de una entrada del libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="275"/>
        <source>These bytes are not a ledger entry.</source>
        <translation>Estos bytes no son una entrada del libro de cuentas.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="279"/>
        <location filename="../core/ledger/Receipt.cpp" line="441"/>
        <source>The entry has a protocol version this program does not know.</source>
        <translation>La entrada tiene una versión de protocolo que este programa no conoce.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="302"/>
        <source>The microcloud name of the entry is not valid text.</source>
        <translation>El nombre de la micronube de la entrada no es un texto válido.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="313"/>
        <source>The memo of the transfer is not valid text.</source>
        <translation>El concepto de la transferencia no es un texto válido.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="317"/>
        <source>The entry is of an unknown kind.</source>
        <translation>La entrada es de un tipo desconocido.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="320"/>
        <source>The entry is cut short or has bytes after its end.</source>
        <translation>La entrada está truncada o tiene bytes después de su final.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="322"/>
        <source>The entry&apos;s sequence number is out of range.</source>
        <translation>El número de secuencia de la entrada está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="354"/>
        <source>The sequence number must be at least 1.</source>
        <translation>El número de secuencia debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="356"/>
        <source>The first entry of a node must have an all-zero prev.</source>
        <translation>La primera entrada de un nodo debe tener un prev todo a ceros.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="359"/>
        <source>A transfer must move at least one millicredit.</source>
        <translation>Una transferencia debe mover al menos un milicrédito.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="361"/>
        <source>A node cannot pay itself.</source>
        <translation>Un nodo no puede pagarse a sí mismo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="364"/>
        <source>The transfer&apos;s time is not a time after 1970.</source>
        <translation>La hora de la transferencia no es una hora posterior a 1970.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="370"/>
        <location filename="../core/ledger/Receipt.cpp" line="373"/>
        <source>The period of a receipt must last from one second to one day.</source>
        <translation>El período de un recibo debe durar de un segundo a un día.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="376"/>
        <source>The receipt donates %1 of %2 vCPUs, which cannot be.</source>
        <translation>El recibo dona %1 de %2 vCPU, lo cual no es posible.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="379"/>
        <source>The receipt donates more memory than the node has.</source>
        <translation>El recibo dona más memoria de la que tiene el nodo.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="382"/>
        <source>The receipt counts more core time than %1 vCPUs give in its period.</source>
        <translation>El recibo cuenta más tiempo de núcleo del que dan %1 vCPU en su período.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="384"/>
        <source>The receipt counts more memory time than was donated in its period.</source>
        <translation>El recibo cuenta más tiempo de memoria del que se donó en su período.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="386"/>
        <source>The receipt counts more disk time than was donated in its period.</source>
        <translation>El recibo cuenta más tiempo de disco del que se donó en su período.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="388"/>
        <source>The receipt counts more uptime than its period lasts.</source>
        <translation>El recibo cuenta más tiempo en marcha del que dura su período.</translation>
    </message>
    <message>
        <location filename="../core/ledger/Receipt.cpp" line="439"/>
        <source>&quot;kind&quot; must be &quot;receipt&quot; or &quot;transfer&quot;.</source>
        <translation>&quot;kind&quot; debe ser &quot;receipt&quot; o &quot;transfer&quot;.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::RewardPolicy</name>
    <message>
        <location filename="../core/ledger/RewardPolicy.cpp" line="85"/>
        <source>The reward policy needs whole, non-negative rates and an effort weight from 0 to 100.</source>
        <translation>La política de recompensas necesita tarifas enteras no negativas y un peso del esfuerzo de 0 a 100.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Metering::UsageMeter</name>
    <message>
        <location filename="../core/metering/UsageMeter.cpp" line="108"/>
        <source>The contribution node cannot be metered: libvirt is not connected.</source>
        <translation>No se puede medir el nodo de contribución: libvirt no está conectado.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Secrets</name>
    <message numerus="yes">
        <location filename="../core/platform/Secrets.cpp" line="180"/>
        <source>The keyring did not answer within %n second(s). It may be locked and waiting for its password.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Puede que esté bloqueado y esperando su contraseña.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Puede que esté bloqueado y esperando su contraseña.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Services</name>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="58"/>
        <location filename="../core/services/ServiceManager.cpp" line="668"/>
        <source>“%1” is not a valid service id.</source>
        <translation>“%1” no es un identificador de servicio válido.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="62"/>
        <source>%1 (community service)</source>
        <translation>%1 (servicio comunitario)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="63"/>
        <source>Launched by Cloudy Desktop from a microcloud&apos;s catalog.</source>
        <translation>Iniciado por Cloudy Desktop desde el catálogo de una micronube.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceDomain.cpp" line="84"/>
        <source>The service&apos;s bundle names its %1 as “%2”, which is not a path inside the bundle.</source>
        <translation>El paquete del servicio indica como %1 “%2”, que no es una ruta dentro del paquete.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="116"/>
        <source>No free local port could be found for %1&apos;s “%2” port.</source>
        <translation>No se encontró ningún puerto local libre para el puerto “%2” de %1.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="128"/>
        <source>libvirt is not available, so %1 cannot start.</source>
        <translation>libvirt no está disponible, así que %1 no puede iniciarse.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="229"/>
        <source>libvirt is not available.</source>
        <translation>libvirt no está disponible.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="330"/>
        <source>%1 started but did not report ready within %2 seconds. Its log may say why.</source>
        <translation>%1 se inició pero no indicó que estuviera listo en %2 segundos. Su registro puede decir por qué.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceLauncher.cpp" line="378"/>
        <source>%1 stopped by itself. Its log may say why.</source>
        <translation>%1 se detuvo por sí solo. Su registro puede decir por qué.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="416"/>
        <source>%1 is described by the catalog but cannot be installed from it (it has no bundle).</source>
        <translation>%1 está descrito en el catálogo pero no se puede instalar desde él (no tiene paquete).</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="427"/>
        <source>Stop %1 before installing it again.</source>
        <translation>Detén %1 antes de volver a instalarlo.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="487"/>
        <source>Another install of %1 is running.</source>
        <translation>Ya hay otra instalación de %1 en curso.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="528"/>
        <source>Could not save %1&apos;s installation record: %2</source>
        <translation>No se pudo guardar el registro de instalación de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="561"/>
        <location filename="../core/services/ServiceManager.cpp" line="676"/>
        <source>“%1” is not installed.</source>
        <translation>“%1” no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="599"/>
        <source>%1&apos;s bundle names “%2”, which is missing or not inside the bundle. Install it again.</source>
        <translation>El paquete de %1 indica “%2”, que no existe o no está dentro del paquete. Vuelve a instalarlo.</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="610"/>
        <source>Could not create %1&apos;s data volume: %2</source>
        <translation>No se pudo crear el volumen de datos de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceManager.cpp" line="681"/>
        <source>Could not delete the files in %1.</source>
        <translation>No se pudieron eliminar los archivos de %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleFetcher</name>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="198"/>
        <source>The catalog gives %1 an address Cloudy cannot download from (only http and https are allowed): %2</source>
        <translation>El catálogo da a %1 una dirección desde la que Cloudy no puede descargar (solo se permiten http y https): %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="207"/>
        <source>The catalog entry of %1 has no valid checksum or size.</source>
        <translation>La entrada del catálogo de %1 no tiene una suma de comprobación o un tamaño válidos.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="237"/>
        <location filename="../core/services/BundleFetcher.cpp" line="350"/>
        <location filename="../core/services/BundleFetcher.cpp" line="467"/>
        <source>Could not write the download of %1 to %2: %3</source>
        <translation>No se pudo escribir la descarga de %1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="314"/>
        <source>The server cannot resume the download of %1.</source>
        <translation>El servidor no puede reanudar la descarga de %1.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="331"/>
        <location filename="../core/services/BundleFetcher.cpp" line="424"/>
        <source>The server answered %1 (%2) to the download of %3.</source>
        <translation>El servidor respondió %1 (%2) a la descarga de %3.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="360"/>
        <source>The download of %1 is larger than the catalog says (%2 bytes). It was stopped and deleted; ask the microcloud&apos;s operators.</source>
        <translation>La descarga de %1 es mayor de lo que dice el catálogo (%2 bytes). Se detuvo y se eliminó; pregunta a los operadores de la micronube.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="405"/>
        <source>the connection closed before the end</source>
        <translation>la conexión se cerró antes del final</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="417"/>
        <source>The download of %1 stalled: nothing arrived for %2 seconds. Try again: it will resume where it stopped.</source>
        <translation>La descarga de %1 se atascó: no llegó nada durante %2 segundos. Inténtalo de nuevo: se reanudará donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="429"/>
        <source>The download of %1 was interrupted (%2). Try again: it will resume where it stopped.</source>
        <translation>La descarga de %1 se interrumpió (%2). Inténtalo de nuevo: se reanudará donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="445"/>
        <source>The download of %1 ended early (%2 of %3 bytes). It was deleted; try again or ask the microcloud&apos;s operators.</source>
        <translation>La descarga de %1 terminó antes de tiempo (%2 de %3 bytes). Se eliminó; inténtalo de nuevo o pregunta a los operadores de la micronube.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="453"/>
        <source>The download of %1 was damaged (its checksum does not match the catalog). It was deleted; try again or ask the microcloud&apos;s operators.</source>
        <translation>La descarga de %1 estaba dañada (su suma de comprobación no coincide con el catálogo). Se eliminó; inténtalo de nuevo o pregunta a los operadores de la micronube.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleFetcher.cpp" line="494"/>
        <source>The download of %1 was cancelled.</source>
        <translation>Se canceló la descarga de %1.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleInstaller</name>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="203"/>
        <source>Could not write &quot;%1&quot; of the bundle: %2</source>
        <translation>No se pudo escribir &quot;%1&quot; del paquete: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="281"/>
        <source>The bundle&apos;s first member is &quot;%1&quot;, not manifest.json: this is not a service bundle.</source>
        <translation>El primer miembro del paquete es &quot;%1&quot;, no manifest.json: no es un paquete de servicio.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="287"/>
        <source>The bundle&apos;s manifest.json is larger than %1 KiB.</source>
        <translation>El manifest.json del paquete ocupa más de %1 KiB.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="292"/>
        <source>The bundle is damaged: its manifest.json cannot be read (%1).</source>
        <translation>El paquete está dañado: no se puede leer su manifest.json (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="302"/>
        <source>The bundle holds %1 %2 (%3), but the catalog offers %4 %5 (%6): the microcloud&apos;s catalog and its bundle do not match.</source>
        <translation>El paquete contiene %1 %2 (%3), pero el catálogo ofrece %4 %5 (%6): el catálogo de la micronube y su paquete no coinciden.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="322"/>
        <source>The bundle contains a member with an empty name.</source>
        <translation>El paquete contiene un miembro con un nombre vacío.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="324"/>
        <source>The bundle contains &quot;%1&quot;, an absolute path.</source>
        <translation>El paquete contiene &quot;%1&quot;, una ruta absoluta.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="327"/>
        <source>The bundle contains &quot;%1&quot;, a path that leads out of it (&quot;..&quot;).</source>
        <translation>El paquete contiene &quot;%1&quot;, una ruta que sale de él (&quot;..&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="329"/>
        <source>The bundle contains &quot;%1&quot;, a malformed path.</source>
        <translation>El paquete contiene &quot;%1&quot;, una ruta mal formada.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="335"/>
        <source>The bundle holds more members than its manifest says (%1); extraction stopped at &quot;%2&quot;.</source>
        <translation>El paquete tiene más miembros de los que dice su manifiesto (%1); la extracción se detuvo en &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="340"/>
        <source>The bundle contains &quot;%1&quot; twice.</source>
        <translation>El paquete contiene &quot;%1&quot; dos veces.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="346"/>
        <source>The bundle contains &quot;%1&quot;, which lies under a symbolic link or a file of the bundle.</source>
        <translation>El paquete contiene &quot;%1&quot;, que está bajo un enlace simbólico o un archivo del paquete.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="359"/>
        <source>The bundle contains the hard link &quot;%1&quot; to &quot;%2&quot;, which is not an earlier file of the bundle.</source>
        <translation>El paquete contiene el enlace duro &quot;%1&quot; a &quot;%2&quot;, que no es un archivo anterior del paquete.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="370"/>
        <location filename="../core/services/BundleInstaller.cpp" line="444"/>
        <source>The bundle contains the symbolic link &quot;%1&quot; to &quot;%2&quot;, which leads out of the bundle.</source>
        <translation>El paquete contiene el enlace simbólico &quot;%1&quot; a &quot;%2&quot;, que sale del paquete.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="375"/>
        <source>The bundle contains &quot;%1&quot;, a device node, FIFO or socket, which a bundle may not hold.</source>
        <translation>El paquete contiene &quot;%1&quot;, un nodo de dispositivo, FIFO o socket, que un paquete no puede contener.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="381"/>
        <source>The bundle contains &quot;%1&quot; both as a directory and as a file or link.</source>
        <translation>El paquete contiene &quot;%1&quot; a la vez como directorio y como archivo o enlace.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="391"/>
        <location filename="../core/services/BundleInstaller.cpp" line="423"/>
        <source>The bundle holds more data than its manifest says (%1 bytes); extraction stopped at &quot;%2&quot;.</source>
        <translation>El paquete tiene más datos de los que dice su manifiesto (%1 bytes); la extracción se detuvo en &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="416"/>
        <source>The bundle is damaged at &quot;%1&quot; (%2).</source>
        <translation>El paquete está dañado en &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="418"/>
        <location filename="../core/services/BundleInstaller.cpp" line="524"/>
        <source>The installation was cancelled.</source>
        <translation>Se canceló la instalación.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="466"/>
        <source>The bundle&apos;s manifest names &quot;%1&quot;, which the bundle does not contain.</source>
        <translation>El manifiesto del paquete menciona &quot;%1&quot;, que el paquete no contiene.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="475"/>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="482"/>
        <source>Could not open the bundle %1: %2</source>
        <translation>No se pudo abrir el paquete %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="489"/>
        <source>Out of memory.</source>
        <translation>Memoria insuficiente.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="501"/>
        <location filename="../core/services/BundleInstaller.cpp" line="515"/>
        <source>The file is not a service bundle (%1).</source>
        <translation>El archivo no es un paquete de servicio (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="506"/>
        <source>Could not create a temporary folder in %1: %2</source>
        <translation>No se pudo crear una carpeta temporal en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="517"/>
        <source>The bundle is empty.</source>
        <translation>El paquete está vacío.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="539"/>
        <source>The bundle is damaged (%1).</source>
        <translation>El paquete está dañado (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleInstaller.cpp" line="552"/>
        <source>Could not put the new bundle in place in %1: %2</source>
        <translation>No se pudo poner el nuevo paquete en su sitio en %1: %2</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::BundleManifest</name>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="56"/>
        <source>The bundle&apos;s manifest is larger than %1 KiB.</source>
        <translation>El manifiesto del paquete ocupa más de %1 KiB.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="61"/>
        <source>The bundle&apos;s manifest is not valid JSON (%1).</source>
        <translation>El manifiesto del paquete no es JSON válido (%1).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="67"/>
        <source>The bundle&apos;s manifest has no &quot;format&quot;.</source>
        <translation>El manifiesto del paquete no tiene &quot;format&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="71"/>
        <source>The bundle uses format %1, which this version of Cloudy does not know. Update Cloudy Desktop to install it.</source>
        <translation>El paquete usa el formato %1, que esta versión de Cloudy no conoce. Actualiza Cloudy Desktop para instalarlo.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="79"/>
        <source>The bundle&apos;s manifest has no valid &quot;id&quot; (lower-case letters, digits and dashes, at most 63).</source>
        <translation>El manifiesto del paquete no tiene un &quot;id&quot; válido (letras minúsculas, cifras y guiones, como máximo 63).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="83"/>
        <source>The bundle&apos;s manifest has no valid &quot;version&quot;.</source>
        <translation>El manifiesto del paquete no tiene una &quot;version&quot; válida.</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="92"/>
        <source>The bundle&apos;s manifest has no valid &quot;qemu.kernel&quot; (a path inside the bundle).</source>
        <translation>El manifiesto del paquete no tiene un &quot;qemu.kernel&quot; válido (una ruta dentro del paquete).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="95"/>
        <source>The bundle&apos;s manifest has no valid &quot;qemu.initrd&quot; (a path inside the bundle).</source>
        <translation>El manifiesto del paquete no tiene un &quot;qemu.initrd&quot; válido (una ruta dentro del paquete).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="98"/>
        <source>The bundle&apos;s manifest has an invalid &quot;qemu.disk&quot; (a path inside the bundle).</source>
        <translation>El manifiesto del paquete tiene un &quot;qemu.disk&quot; no válido (una ruta dentro del paquete).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="105"/>
        <source>The bundle&apos;s manifest has no valid &quot;lxc.rootfs&quot; (a directory inside the bundle).</source>
        <translation>El manifiesto del paquete no tiene un &quot;lxc.rootfs&quot; válido (un directorio dentro del paquete).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="108"/>
        <source>The bundle&apos;s manifest has no valid &quot;lxc.init&quot; (an absolute path inside the root filesystem).</source>
        <translation>El manifiesto del paquete no tiene un &quot;lxc.init&quot; válido (una ruta absoluta dentro del sistema de archivos raíz).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="111"/>
        <source>The bundle&apos;s manifest has no valid &quot;kind&quot; (&quot;qemu&quot; or &quot;lxc&quot;).</source>
        <translation>El manifiesto del paquete no tiene un &quot;kind&quot; válido (&quot;qemu&quot; o &quot;lxc&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="119"/>
        <source>The bundle&apos;s manifest has no valid &quot;contents.files&quot; (a whole number).</source>
        <translation>El manifiesto del paquete no tiene un &quot;contents.files&quot; válido (un número entero).</translation>
    </message>
    <message>
        <location filename="../core/services/BundleManifest.cpp" line="121"/>
        <source>The bundle&apos;s manifest has no valid &quot;contents.bytes&quot; (a whole number).</source>
        <translation>El manifiesto del paquete no tiene un &quot;contents.bytes&quot; válido (un número entero).</translation>
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
        <translation>&quot;%1&quot; debe ser un texto de como máximo %2 caracteres, sin caracteres de control.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="108"/>
        <source>number %1</source>
        <translation>número %1</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="117"/>
        <source>&quot;ports&quot; must be a list of at most %1 ports.</source>
        <translation>&quot;ports&quot; debe ser una lista de como máximo %1 puertos.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="128"/>
        <source>Every port needs a &quot;name&quot; of 1 to 32 characters a-z, 0-9 and &quot;-&quot;.</source>
        <translation>Cada puerto necesita un &quot;name&quot; de 1 a 32 caracteres a-z, 0-9 y &quot;-&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="132"/>
        <source>Two ports are named &quot;%1&quot;.</source>
        <translation>Hay dos puertos llamados &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="139"/>
        <source>The &quot;guestPort&quot; of port &quot;%1&quot; must be a whole number from 1 to 65535.</source>
        <translation>El &quot;guestPort&quot; del puerto &quot;%1&quot; debe ser un número entero de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="147"/>
        <source>The &quot;protocol&quot; of port &quot;%1&quot; must be &quot;tcp&quot; or &quot;udp&quot;.</source>
        <translation>El &quot;protocol&quot; del puerto &quot;%1&quot; debe ser &quot;tcp&quot; o &quot;udp&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="152"/>
        <source>The &quot;http&quot; of port &quot;%1&quot; must be true or false.</source>
        <translation>El &quot;http&quot; del puerto &quot;%1&quot; debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="157"/>
        <source>Port &quot;%1&quot; is marked &quot;http&quot; but is not tcp.</source>
        <translation>El puerto &quot;%1&quot; está marcado como &quot;http&quot; pero no es tcp.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="169"/>
        <source>&quot;readiness&quot; is missing: say how Cloudy knows the service is ready.</source>
        <translation>Falta &quot;readiness&quot;: indica cómo sabe Cloudy que el servicio está listo.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="177"/>
        <source>&quot;readiness&quot; must have exactly one of &quot;consoleLine&quot; and &quot;port&quot;.</source>
        <translation>&quot;readiness&quot; debe tener exactamente uno de &quot;consoleLine&quot; y &quot;port&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="185"/>
        <source>&quot;readiness.consoleLine&quot; must be text of 1 to 200 characters, on one line.</source>
        <translation>&quot;readiness.consoleLine&quot; debe ser un texto de 1 a 200 caracteres, en una sola línea.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="195"/>
        <source>&quot;readiness.port&quot; must be the name of one of the service&apos;s tcp ports.</source>
        <translation>&quot;readiness.port&quot; debe ser el nombre de uno de los puertos tcp del servicio.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="204"/>
        <source>&quot;readiness.timeoutSeconds&quot; must be a whole number from 1 to 3600.</source>
        <translation>&quot;readiness.timeoutSeconds&quot; debe ser un número entero de 1 a 3600.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="219"/>
        <source>&quot;bundle.url&quot; must be a URL.</source>
        <translation>&quot;bundle.url&quot; debe ser una URL.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="225"/>
        <source>&quot;bundle.url&quot; is relative, but the catalog&apos;s own URL is not known to resolve it.</source>
        <translation>&quot;bundle.url&quot; es relativa, pero no se conoce la URL del propio catálogo para resolverla.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="235"/>
        <source>&quot;bundle.url&quot; must lead to an http or https address (it leads to %1).</source>
        <translation>&quot;bundle.url&quot; debe llevar a una dirección http o https (lleva a %1).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="242"/>
        <source>&quot;bundle.sha256&quot; must be 64 hexadecimal digits.</source>
        <translation>&quot;bundle.sha256&quot; debe tener 64 cifras hexadecimales.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="249"/>
        <source>&quot;bundle.size&quot; must be the size of the bundle in bytes, a whole number.</source>
        <translation>&quot;bundle.size&quot; debe ser el tamaño del paquete en bytes, un número entero.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="264"/>
        <source>The catalog is %1 bytes long; Cloudy reads catalogs of at most 1 MiB.</source>
        <translation>El catálogo ocupa %1 bytes; Cloudy lee catálogos de 1 MiB como máximo.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="267"/>
        <source>The catalog is not UTF-8 text.</source>
        <translation>El catálogo no es texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="272"/>
        <source>The catalog is not valid JSON: %1 (at byte %2).</source>
        <translation>El catálogo no es JSON válido: %1 (en el byte %2).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="277"/>
        <source>The catalog is not a JSON object with a publisher and a list of services.</source>
        <translation>El catálogo no es un objeto JSON con un editor y una lista de servicios.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="288"/>
        <source>The catalog&apos;s &quot;publicKey&quot; is not an Ed25519 public key (32 bytes in base64).</source>
        <translation>La &quot;publicKey&quot; del catálogo no es una clave pública Ed25519 (32 bytes en base64).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="303"/>
        <source>The catalog does not say which format it uses (&quot;format&quot; is missing).</source>
        <translation>El catálogo no dice qué formato usa (falta &quot;format&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="308"/>
        <source>The catalog uses format %1, which this version of Cloudy does not know (it reads format %2). A newer Cloudy Desktop may read it.</source>
        <translation>El catálogo usa el formato %1, que esta versión de Cloudy no conoce (lee el formato %2). Puede que una versión más reciente de Cloudy Desktop lo lea.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="317"/>
        <source>The catalog does not name its publisher (&quot;publisher&quot;, at most %1 characters).</source>
        <translation>El catálogo no indica su editor (&quot;publisher&quot;, como máximo %1 caracteres).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="329"/>
        <source>The catalog&apos;s &quot;generated&quot; is not a date and time like 2026-11-26T02:00:00Z.</source>
        <translation>El &quot;generated&quot; del catálogo no es una fecha y hora como 2026-11-26T02:00:00Z.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="333"/>
        <source>The catalog has no list of services (&quot;services&quot;).</source>
        <translation>El catálogo no tiene una lista de servicios (&quot;services&quot;).</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="341"/>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="346"/>
        <source>An earlier service has the same id.</source>
        <translation>Un servicio anterior tiene el mismo identificador.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="349"/>
        <source>Service %1 was left out: %2</source>
        <translation>Se omitió el servicio %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="394"/>
        <source>&quot;id&quot; must be 1 to 63 characters a-z, 0-9 and &quot;-&quot;, starting with a letter or digit.</source>
        <translation>&quot;id&quot; debe tener de 1 a 63 caracteres a-z, 0-9 y &quot;-&quot;, y empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="424"/>
        <source>&quot;bundle&quot; must be an object with url, sha256 and size, or null.</source>
        <translation>&quot;bundle&quot; debe ser un objeto con url, sha256 y size, o null.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="430"/>
        <source>&quot;kind&quot; must be &quot;qemu&quot; or &quot;lxc&quot;.</source>
        <translation>&quot;kind&quot; debe ser &quot;qemu&quot; o &quot;lxc&quot;.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="437"/>
        <source>&quot;resources&quot; is missing: say how many CPUs and how much memory it needs.</source>
        <translation>Falta &quot;resources&quot;: indica cuántas CPU y cuánta memoria necesita.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="441"/>
        <source>&quot;resources.vcpus&quot; must be a whole number from 1 to 64.</source>
        <translation>&quot;resources.vcpus&quot; debe ser un número entero de 1 a 64.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="444"/>
        <source>&quot;resources.memoryMiB&quot; must be a whole number from 16 to 65536.</source>
        <translation>&quot;resources.memoryMiB&quot; debe ser un número entero de 16 a 65536.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="449"/>
        <source>&quot;resources.diskMiB&quot; must be a whole number from 0 to 1048576.</source>
        <translation>&quot;resources.diskMiB&quot; debe ser un número entero de 0 a 1048576.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="500"/>
        <source>The catalog&apos;s signature (index.json.sig) is empty.</source>
        <translation>La firma del catálogo (index.json.sig) está vacía.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="504"/>
        <source>The catalog&apos;s signature (index.json.sig) is damaged: it is not one line of 88 base64 characters.</source>
        <translation>La firma del catálogo (index.json.sig) está dañada: no es una línea de 88 caracteres base64.</translation>
    </message>
    <message>
        <location filename="../core/services/Catalog.cpp" line="509"/>
        <source>The catalog&apos;s signature does not match its contents: it was changed after it was signed, or is damaged.</source>
        <translation>La firma del catálogo no coincide con su contenido: se modificó después de firmarlo o está dañado.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogFetcher</name>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="92"/>
        <source>Catalogs are fetched over http or https only, not from %1.</source>
        <translation>Los catálogos solo se descargan por http o https, no desde %1.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="115"/>
        <source>%1 is larger than %2 bytes; Cloudy does not read it.</source>
        <translation>%1 ocupa más de %2 bytes; Cloudy no lo lee.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/CatalogFetcher.cpp" line="141"/>
        <source>The server of %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor de %1 no respondió en %n segundo.</numerusform>
            <numerusform>El servidor de %1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="155"/>
        <source>%1 is too large; Cloudy does not read it.</source>
        <translation>%1 es demasiado grande; Cloudy no lo lee.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="161"/>
        <source>the server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="166"/>
        <source>Cannot download the catalog&apos;s signature %1: %2.</source>
        <translation>No se puede descargar la firma del catálogo %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="168"/>
        <source>Cannot download the catalog %1: %2.</source>
        <translation>No se puede descargar el catálogo %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="173"/>
        <source>%1 redirected to %2, which is not an http or https address.</source>
        <translation>%1 redirigió a %2, que no es una dirección http o https.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="280"/>
        <source>There is no saved copy of the catalog %1.</source>
        <translation>No hay ninguna copia guardada del catálogo %1.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="290"/>
        <source>The saved copy of the catalog %1 is no longer trusted.</source>
        <translation>La copia guardada del catálogo %1 ya no es de confianza.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogFetcher.cpp" line="299"/>
        <source>Only a verified catalog can be trusted.</source>
        <translation>Solo se puede confiar en un catálogo verificado.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogRegistry</name>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="55"/>
        <source>The list of added catalogs in %1 cannot be read; move the file away and add the catalogs again.</source>
        <translation>No se puede leer la lista de catálogos añadidos en %1; mueve el archivo a otro sitio y vuelve a añadir los catálogos.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="115"/>
        <source>Cannot save the list of added catalogs in %1: %2.</source>
        <translation>No se puede guardar la lista de catálogos añadidos en %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogRegistry.cpp" line="126"/>
        <source>&quot;%1&quot; is not the http or https address of a catalog, like https://node1.example.guifi.net/cloudy/index.json.</source>
        <translation>&quot;%1&quot; no es la dirección http o https de un catálogo, como https://node1.example.guifi.net/cloudy/index.json.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogTrust</name>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="75"/>
        <source>Cannot read the trusted catalog keys in %1: %2.</source>
        <translation>No se pueden leer las claves de catálogo de confianza en %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="86"/>
        <location filename="../core/services/CatalogTrust.cpp" line="103"/>
        <source>The trusted catalog keys in %1 are damaged. Move the file away to start again (you will be asked to trust each catalog again).</source>
        <translation>Las claves de catálogo de confianza en %1 están dañadas. Mueve el archivo a otro sitio para empezar de nuevo (se te pedirá que vuelvas a confiar en cada catálogo).</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="153"/>
        <source>That is not an Ed25519 public key.</source>
        <translation>Eso no es una clave pública Ed25519.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="185"/>
        <source>Cannot save the trusted catalog keys in %1: %2.</source>
        <translation>No se pueden guardar las claves de catálogo de confianza en %1: %2.</translation>
    </message>
    <message>
        <location filename="../core/services/CatalogTrust.cpp" line="194"/>
        <source>The catalog of %1 is now signed by a different key (fingerprint %2) than the one you trusted (%3). It may have been tampered with; ask the microcloud&apos;s operators before trusting the new key.</source>
        <translation>El catálogo de %1 ahora está firmado por una clave distinta (huella %2) de la que aceptaste (%3). Puede haber sido manipulado; pregunta a los operadores de la micronube antes de confiar en la nueva clave.</translation>
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
        <translation>%1 MiB de disco</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="80"/>
        <source>Downloading %1 of %2</source>
        <translation>Descargando %1 de %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="81"/>
        <source>Downloading %1</source>
        <translation>Descargando %1</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="84"/>
        <source>Unpacking</source>
        <translation>Desempaquetando</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="86"/>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="97"/>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="180"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="95"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="99"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="101"/>
        <source>Not responding</source>
        <translation>No responde</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="103"/>
        <source>Stopping</source>
        <translation>Deteniéndose</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="105"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="148"/>
        <source>Installed here; no catalog offers it now</source>
        <translation>Instalado aquí; ningún catálogo lo ofrece ahora</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="150"/>
        <source>Offered by microclouds; not installable from here yet</source>
        <translation>Ofrecido por micronubes; aún no se puede instalar desde aquí</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="153"/>
        <source>Offered by microcloud %1 (catalog of %2)</source>
        <translation>Ofrecido por la micronube %1 (catálogo de %2)</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="154"/>
        <source>From the catalog of %1 at %2</source>
        <translation>Del catálogo de %1 en %2</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="180"/>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="182"/>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <location filename="../core/services/ServiceCatalogModel.cpp" line="183"/>
        <source>Not installable</source>
        <translation>No instalable</translation>
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
        <translation>En uso ahora: CPU %1 % de un núcleo · %2 de memoria</translation>
    </message>
</context>
<context>
    <name>Cloudy::SettingsValidation</name>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="27"/>
        <source>&quot;%1&quot; is not a libvirt address Cloudy can use. Examples: qemu:///session, qemu:///system, lxc:///system.</source>
        <translation>&quot;%1&quot; no es una dirección de libvirt que Cloudy pueda usar. Ejemplos: qemu:///session, qemu:///system, lxc:///system.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="41"/>
        <source>&quot;%1&quot; is not a ledger address. Use http:// or https:// followed by the ledger&apos;s host and port, e.g. https://ledger.example.net:8443.</source>
        <translation>&quot;%1&quot; no es una dirección de libro de cuentas. Usa http:// o https:// seguido del host y el puerto del libro de cuentas, p. ej. https://ledger.example.net:8443.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="45"/>
        <source>A ledger address has no &quot;?&quot; or &quot;#&quot; part.</source>
        <translation>Una dirección de libro de cuentas no tiene parte &quot;?&quot; ni &quot;#&quot;.</translation>
    </message>
    <message>
        <location filename="../core/platform/SettingsValidation.cpp" line="62"/>
        <source>A pin is the SHA-256 of the ledger&apos;s public key: 64 hexadecimal digits, as its operator publishes them.</source>
        <translation>Una fijación es el SHA-256 de la clave pública del libro de cuentas: 64 dígitos hexadecimales, tal como los publica su operador.</translation>
    </message>
</context>
<context>
    <name>Cloudy::Sharing</name>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="75"/>
        <source>The MemTotal line of /proc/meminfo is not understood: %1</source>
        <translation>No se entiende la línea MemTotal de /proc/meminfo: %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="79"/>
        <source>/proc/meminfo has no MemTotal line.</source>
        <translation>/proc/meminfo no tiene ninguna línea MemTotal.</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="93"/>
        <source>Cannot read %1 to learn how much memory this computer has: %2</source>
        <translation>No se puede leer %1 para saber cuánta memoria tiene este ordenador: %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/HostCapacity.cpp" line="109"/>
        <source>Cannot tell how much free space the disk holding %1 has; check that the folder is on a mounted filesystem.</source>
        <translation>No se puede saber cuánto espacio libre tiene el disco que contiene %1; comprueba que la carpeta está en un sistema de archivos montado.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="47"/>
        <source>“%1” must be %2.</source>
        <translation>«%1» debe ser %2.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="56"/>
        <location filename="../core/sharing/PolicyFile.cpp" line="281"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="68"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="80"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="92"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="157"/>
        <source>a list of %1 profile ids or nulls</source>
        <translation>una lista de %1 identificadores de perfil o nulos</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="163"/>
        <source>a profile id or null</source>
        <translation>un identificador de perfil o nulo</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="226"/>
        <source>It is not valid JSON (%1 at byte %2).</source>
        <translation>No es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="230"/>
        <source>It is not a Cloudy sharing policy (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>No es una política de compartición de Cloudy (no hay &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="233"/>
        <source>It has no valid format version.</source>
        <translation>No tiene ninguna versión de formato válida.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="237"/>
        <source>It was written by a newer Cloudy Desktop (format version %1; this one reads up to %2). Update Cloudy Desktop to use it.</source>
        <translation>La escribió un Cloudy Desktop más nuevo (versión de formato %1; este lee hasta la %2). Actualiza Cloudy Desktop para usarla.</translation>
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
        <translation>una fecha y hora como 2024-05-01T10:00:00Z, o nulo</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="276"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="307"/>
        <source>There is no sharing policy in %1 yet.</source>
        <translation>Aún no hay ninguna política de compartición en %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="310"/>
        <source>Cannot read the sharing policy %1: %2. Check the file&apos;s permissions.</source>
        <translation>No se puede leer la política de compartición %1: %2. Comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="315"/>
        <source>The sharing policy %1 cannot be used: %2</source>
        <translation>La política de compartición %1 no se puede usar: %2</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="333"/>
        <source>Sharing uses the default settings; the file was kept as %1.</source>
        <translation>La compartición usa los ajustes por defecto; el archivo se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="335"/>
        <source>Sharing uses the default settings.</source>
        <translation>La compartición usa los ajustes por defecto.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="346"/>
        <source>Cannot create the folder %1 for the sharing policy; check its permissions.</source>
        <translation>No se puede crear la carpeta %1 para la política de compartición; comprueba sus permisos.</translation>
    </message>
    <message>
        <location filename="../core/sharing/PolicyFile.cpp" line="351"/>
        <location filename="../core/sharing/PolicyFile.cpp" line="357"/>
        <source>Cannot write the sharing policy %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>No se puede escribir la política de compartición %1: %2. Comprueba los permisos y el espacio libre de la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="41"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="28"/>
        <source>1 core</source>
        <translation>1 núcleo</translation>
    </message>
    <message>
        <location filename="../core/sharing/ResourceCaps.cpp" line="41"/>
        <location filename="../core/sharing/SharingPolicy.cpp" line="28"/>
        <source>%1 cores</source>
        <translation>%1 núcleos</translation>
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
        <translation>%1, %2 de memoria, %3 GiB de disco</translation>
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
        <translation>No disponible: el perfil %1 no existe; elige un perfil existente en los ajustes de compartición.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="72"/>
        <location filename="../core/sharing/SharingDecision.cpp" line="95"/>
        <source>Sharing: %1</source>
        <translation>Compartiendo: %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="81"/>
        <source>Paused: the schedule has no sharing until %1</source>
        <translation>En pausa: el horario no tiene compartición hasta %1</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="82"/>
        <source>Paused: the schedule has no sharing</source>
        <translation>En pausa: el horario no tiene compartición</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="89"/>
        <source>Sharing: %1 (profile %2)</source>
        <translation>Compartiendo: %1 (perfil %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="99"/>
        <source>Paused: you are using the computer</source>
        <translation>En pausa: estás usando el ordenador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="105"/>
        <source>Sharing: %1 while you use the computer (profile %2)</source>
        <translation>Compartiendo: %1 mientras usas el ordenador (perfil %2)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="112"/>
        <source>Paused: checking whether you are using the computer</source>
        <translation>En pausa: comprobando si estás usando el ordenador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="116"/>
        <source> (tried %1)</source>
        <translation> (se probó %1)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="119"/>
        <source>Unavailable: Cloudy cannot tell whether you are using the computer — no idle-time service answered on the D-Bus session or system bus%1. Share “always” or on a schedule instead, or run Cloudy inside your desktop session (KDE, GNOME and systemd-logind provide the idle time).</source>
        <translation>No disponible: Cloudy no puede saber si estás usando el ordenador — ningún servicio de tiempo de inactividad respondió en el bus de sesión o de sistema de D-Bus%1. Comparte «siempre» o con un horario, o ejecuta Cloudy dentro de tu sesión de escritorio (KDE, GNOME y systemd-logind proporcionan el tiempo de inactividad).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="128"/>
        <source>Unavailable: unknown sharing mode</source>
        <translation>No disponible: modo de compartición desconocido</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="156"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="174"/>
        <source>Paused until %1 (you paused sharing)</source>
        <translation>En pausa hasta %1 (pausaste la compartición)</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingDecision.cpp" line="176"/>
        <source>Paused: on battery</source>
        <translation>En pausa: con batería</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="71"/>
        <source>%1Share at least 1 core (%2 is not a number of cores).</source>
        <translation>%1Comparte al menos 1 núcleo (%2 no es un número de núcleos).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="76"/>
        <source>%1The CPU limit is a share of the shared cores&apos; time, between 1 % and 100 %; %2 % is not.</source>
        <translation>%1El límite de CPU es una parte del tiempo de los núcleos compartidos, entre el 1 % y el 100 %; el %2 % no lo es.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="81"/>
        <source>%1Share at least %2 MiB of memory; a guest cannot start with less.</source>
        <translation>%1Comparte al menos %2 MiB de memoria; un invitado no puede arrancar con menos.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="90"/>
        <source>%1You have %2; at most %3 can be shared.</source>
        <translation>%1Tienes %2; como máximo se pueden compartir %3.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="96"/>
        <source>%1 always stays for this computer</source>
        <translation>%1 siempre queda para este ordenador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="97"/>
        <source>10 % of it, %1, stays for this computer</source>
        <translation>el 10 %, %1, queda para este ordenador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="101"/>
        <source>%1This computer has %2 of memory and %3, so none can be shared.</source>
        <translation>%1Este ordenador tiene %2 de memoria y %3, así que no se puede compartir nada.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="105"/>
        <source>%1You have %2 of memory; at most %3 can be shared (%4).</source>
        <translation>%1Tienes %2 de memoria; como máximo se pueden compartir %3 (%4).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="270"/>
        <source>Choose the microcloud to share with (the Nearby page lists them) before switching sharing on.</source>
        <translation>Elige la micronube con la que compartir (la página Cerca las muestra) antes de activar la compartición.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="275"/>
        <source>Choose what the contribution node runs (an image of the microcloud&apos;s catalog or a service bundle) before switching sharing on.</source>
        <translation>Elige qué ejecuta el nodo de contribución (una imagen del catálogo de la micronube o un paquete de servicio) antes de activar la compartición.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="282"/>
        <source>Share at least %1 GiB of disk.</source>
        <translation>Comparte al menos %1 GiB de disco.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="287"/>
        <source>The computer must be idle for between 1 minute and 24 hours before sharing starts; %1 minutes is not possible.</source>
        <translation>El ordenador debe estar inactivo entre 1 minuto y 24 horas antes de que empiece la compartición; %1 minutos no es posible.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="293"/>
        <source>The grace period for activity must be between 0 seconds and 1 hour; %1 seconds is not possible.</source>
        <translation>El periodo de gracia para la actividad debe estar entre 0 segundos y 1 hora; %1 segundos no es posible.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="304"/>
        <source>The profile %1 has no id; give it one (e.g. “night”).</source>
        <translation>El perfil %1 no tiene identificador; dale uno (p. ej. «noche»).</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="309"/>
        <source>Two profiles have the id %1; give each a different one.</source>
        <translation>Dos perfiles tienen el identificador %1; da uno distinto a cada uno.</translation>
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
        <translation>Elige el perfil que se ejecuta mientras usas el ordenador, o suspende la compartición en esos momentos.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="323"/>
        <source>The profile %1 chosen for while you use the computer does not exist; choose an existing profile or suspend sharing then instead.</source>
        <translation>El perfil %1 elegido para cuando usas el ordenador no existe; elige un perfil existente o suspende la compartición en esos momentos.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="337"/>
        <source>The schedule uses the profile %1 (first on %2), which does not exist; choose an existing profile for those times or create it.</source>
        <translation>El horario usa el perfil %1 (primero el %2), que no existe; elige un perfil existente para esas horas o créalo.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="344"/>
        <source>The schedule never shares; give at least one half-hour a profile, or choose another mode.</source>
        <translation>El horario nunca comparte; asigna un perfil a al menos una media hora, o elige otro modo.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="364"/>
        <source>%1 (the minimum) must stay free for this computer</source>
        <translation>%1 (el mínimo) debe quedar libre para este ordenador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="366"/>
        <source>10 % of the disk (%1) must stay free for this computer</source>
        <translation>el 10 % del disco (%1) debe quedar libre para este ordenador</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="371"/>
        <source>The disk holding %1 has %2 free and %3, so no disk can be shared; free some space or keep the contribution on another disk.</source>
        <translation>El disco que contiene %1 tiene %2 libres y %3, así que no se puede compartir nada de disco; libera espacio o pon la contribución en otro disco.</translation>
    </message>
    <message>
        <location filename="../core/sharing/SharingPolicy.cpp" line="377"/>
        <source>The disk holding %1 has %2 free; at most %3 GiB can be shared, since %4.</source>
        <translation>El disco que contiene %1 tiene %2 libres; como máximo se pueden compartir %3 GiB, ya que %4.</translation>
    </message>
</context>
<context>
    <name>Cloudy::SingleInstance</name>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="67"/>
        <source>Cannot create the lock file %1 (the folder is not writable?).</source>
        <translation>No se puede crear el archivo de bloqueo %1 (¿no se puede escribir en la carpeta?).</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="83"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="112"/>
        <source>it did not answer</source>
        <translation>no respondió</translation>
    </message>
    <message>
        <location filename="../core/platform/SingleInstance.cpp" line="118"/>
        <source>Another Cloudy Desktop is running but could not be reached (%1).</source>
        <translation>Hay otro Cloudy Desktop en ejecución pero no se pudo contactar con él (%1).</translation>
    </message>
</context>
<context>
    <name>Cloudy::Virt</name>
    <message>
        <location filename="../core/virt/Capabilities.cpp" line="95"/>
        <source>libvirt answered with something that is not a capabilities document.</source>
        <translation>libvirt respondió con algo que no es un documento de capacidades.</translation>
    </message>
    <message>
        <location filename="../core/virt/Capabilities.cpp" line="108"/>
        <source>libvirt&apos;s capabilities document is malformed: %1</source>
        <translation>El documento de capacidades de libvirt está mal formado: %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="48"/>
        <source>No guest is selected (look it up first).</source>
        <translation>No hay ningún invitado seleccionado (búscalo primero).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="248"/>
        <source>%1: applies on the next start (%2)</source>
        <translation>%1: se aplica en el próximo arranque (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="251"/>
        <source>%1: not applied (%2)</source>
        <translation>%1: no aplicado (%2)</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="315"/>
        <source>Could not read the state of %1</source>
        <translation>No se pudo leer el estado de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="327"/>
        <source>Could not read the definition of %1</source>
        <translation>No se pudo leer la definición de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="337"/>
        <source>Could not start %1</source>
        <translation>No se pudo arrancar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="346"/>
        <source>Could not ask %1 to shut down</source>
        <translation>No se pudo pedir a %1 que se apague</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="355"/>
        <source>Could not stop %1</source>
        <translation>No se pudo detener %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="364"/>
        <source>Could not pause %1</source>
        <translation>No se pudo pausar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="373"/>
        <source>Could not resume %1</source>
        <translation>No se pudo reanudar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="396"/>
        <source>Could not remove the definition of %1</source>
        <translation>No se pudo eliminar la definición de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="414"/>
        <source>Could not raise the vCPU maximum of %1 to %2</source>
        <translation>No se pudo subir el máximo de vCPU de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="418"/>
        <source>Could not set %1 vCPUs on %2</source>
        <translation>No se pudieron fijar %1 vCPU en %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="438"/>
        <source>Could not set the memory of %1 to %2 MiB</source>
        <translation>No se pudo fijar la memoria de %1 en %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="449"/>
        <source>Could not set the maximum memory of %1 to %2 MiB</source>
        <translation>No se pudo fijar la memoria máxima de %1 en %2 MiB</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="521"/>
        <location filename="../core/virt/Domain.cpp" line="539"/>
        <source>Could not read the CPU scheduler settings of %1</source>
        <translation>No se pudieron leer los ajustes del planificador de CPU de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="553"/>
        <source>The %1 driver has no CPU scheduler setting &quot;%2&quot; (it has: %3).</source>
        <translation>El controlador %1 no tiene el ajuste del planificador de CPU &quot;%2&quot; (tiene: %3).</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="578"/>
        <source>Could not prepare %1</source>
        <translation>No se pudo preparar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="589"/>
        <source>Could not change the CPU limits of %1</source>
        <translation>No se pudieron cambiar los límites de CPU de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="606"/>
        <source>A %1 % cap is too small for a %2 µs period: the quota must be at least 1000 µs.</source>
        <translation>Un límite del %1 % es demasiado pequeño para un periodo de %2 µs: la cuota debe ser de al menos 1000 µs.</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="636"/>
        <source>the guest is not running</source>
        <translation>el invitado no está en marcha</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="641"/>
        <source>no guest</source>
        <translation>ningún invitado</translation>
    </message>
    <message>
        <location filename="../core/virt/Domain.cpp" line="680"/>
        <source>Could not store Cloudy&apos;s data in %1</source>
        <translation>No se pudieron guardar los datos de Cloudy en %1</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="109"/>
        <source>Could not sample the guests&apos; usage</source>
        <translation>No se pudo muestrear el uso de los invitados</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainStats.cpp" line="126"/>
        <source>Could not list the guests</source>
        <translation>No se pudieron listar los invitados</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="56"/>
        <source>The guest name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; or &apos;-&apos;, not starting with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>El nombre de invitado &quot;%1&quot; no es válido: usa de 1 a 64 letras, cifras, &apos;_&apos;, &apos;.&apos;, &apos;+&apos; o &apos;-&apos;, sin empezar por &apos;.&apos; ni &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="60"/>
        <source>The guest %1 has no memory: give it at least 1 MiB.</source>
        <translation>El invitado %1 no tiene memoria: dale al menos 1 MiB.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="63"/>
        <source>The guest %1 starts with more memory (%2 MiB) than its maximum (%3 MiB): raise the maximum or lower the start value.</source>
        <translation>El invitado %1 arranca con más memoria (%2 MiB) que su máximo (%3 MiB): sube el máximo o baja el valor inicial.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="71"/>
        <source>The guest %1 asks for %2 vCPUs (maximum %3): use 1 to 255, and no more than the maximum.</source>
        <translation>El invitado %1 pide %2 vCPU (máximo %3): usa de 1 a 255, y no más que el máximo.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="77"/>
        <source>The CPU period of %1 must be between 1000 and 1000000 µs (it is %2).</source>
        <translation>El periodo de CPU de %1 debe estar entre 1000 y 1000000 µs (es %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="82"/>
        <source>The CPU cap of %1 must be between 1 and %2 % (100 % per vCPU), or 0 for none.</source>
        <translation>El límite de CPU de %1 debe estar entre el 1 y el %2 % (100 % por vCPU), o 0 para ninguno.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="87"/>
        <source>The CPU cap of %1 is too small for its period: the quota must be at least 1000 µs (raise the cap or the period).</source>
        <translation>El límite de CPU de %1 es demasiado pequeño para su periodo: la cuota debe ser de al menos 1000 µs (sube el límite o el periodo).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="93"/>
        <source>The path &quot;%1&quot; of guest %2 must be absolute.</source>
        <translation>La ruta &quot;%1&quot; del invitado %2 debe ser absoluta.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="98"/>
        <source>A disk of guest %1 has no absolute image path (&quot;%2&quot;).</source>
        <translation>Un disco del invitado %1 no tiene una ruta de imagen absoluta (&quot;%2&quot;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="101"/>
        <source>A volume disk of guest %1 needs both a pool and a volume name.</source>
        <translation>Un disco de volumen del invitado %1 necesita un pool y un nombre de volumen.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="107"/>
        <source>The container %1 has no init program: say which program it runs.</source>
        <translation>El contenedor %1 no tiene programa de inicio: indica qué programa ejecuta.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="109"/>
        <source>The container %1 shares the host&apos;s network: port forwards and user-mode networking apply to QEMU guests only.</source>
        <translation>El contenedor %1 comparte la red del anfitrión: las redirecciones de puertos y la red en modo usuario solo se aplican a invitados QEMU.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="114"/>
        <source>The container %1 cannot boot a kernel or disks: give it a root directory.</source>
        <translation>El contenedor %1 no puede arrancar un kernel ni discos: dale un directorio raíz.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="119"/>
        <source>A mount of container %1 needs absolute source and target directories.</source>
        <translation>Un montaje del contenedor %1 necesita directorios de origen y destino absolutos.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="124"/>
        <source>An image mount of container %1 needs an absolute image path and target directory.</source>
        <translation>Un montaje de imagen del contenedor %1 necesita una ruta de imagen y un directorio de destino absolutos.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="133"/>
        <source>The guest %1 has nothing to boot: give it a kernel or a disk.</source>
        <translation>El invitado %1 no tiene nada que arrancar: dale un kernel o un disco.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="136"/>
        <source>The virtual machine %1 cannot take an init program or mounts: those are for containers.</source>
        <translation>La máquina virtual %1 no puede tener programa de inicio ni montajes: son para contenedores.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="141"/>
        <source>The guest %1 has port forwards but no user-mode network: switch it on.</source>
        <translation>El invitado %1 tiene redirecciones de puertos pero no red en modo usuario: actívala.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="144"/>
        <source>Port forwards need the &apos;pc&apos; machine type (guest %1 uses &apos;%2&apos;).</source>
        <translation>Las redirecciones de puertos necesitan el tipo de máquina &apos;pc&apos; (el invitado %1 usa &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="151"/>
        <source>The forward address &quot;%1&quot; of guest %2 is not an IPv4 address.</source>
        <translation>La dirección de redirección &quot;%1&quot; del invitado %2 no es una dirección IPv4.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="155"/>
        <source>A port forward of guest %1 has port 0: give both the host and the guest port.</source>
        <translation>Una redirección de puerto del invitado %1 tiene el puerto 0: indica el puerto del anfitrión y el del invitado.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="162"/>
        <source>Host port %1 is forwarded twice in guest %2.</source>
        <translation>El puerto del anfitrión %1 se redirige dos veces en el invitado %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="551"/>
        <source>This is not libvirt domain XML (the document starts with &lt;%1&gt;).</source>
        <translation>Esto no es XML de dominio de libvirt (el documento empieza por &lt;%1&gt;).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="658"/>
        <source>The domain XML is not well-formed: %1 (line %2).</source>
        <translation>El XML del dominio no está bien formado: %1 (línea %2).</translation>
    </message>
    <message>
        <location filename="../core/virt/DomainXml.cpp" line="662"/>
        <source>The domain XML is empty.</source>
        <translation>El XML del dominio está vacío.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="37"/>
        <source>libvirtd closed the connection (the daemon stopped or restarted)</source>
        <translation>libvirtd cerró la conexión (el demonio se detuvo o se reinició)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="39"/>
        <source>libvirtd stopped answering (keepalive timed out)</source>
        <translation>libvirtd dejó de responder (expiró el keepalive)</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="41"/>
        <source>the connection to libvirtd failed</source>
        <translation>la conexión con libvirtd falló</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="43"/>
        <source>the connection to libvirtd was closed</source>
        <translation>la conexión con libvirtd se cerró</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="102"/>
        <source>libvirtd is not running for %1: install it (sudo apt-get install libvirt-daemon-system) and start it (sudo systemctl start libvirtd). libvirt said: %2</source>
        <translation>libvirtd no está en marcha para %1: instálalo (sudo apt-get install libvirt-daemon-system) e inícialo (sudo systemctl start libvirtd). libvirt dijo: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="109"/>
        <source>libvirt refused this user on %1: join the libvirt group (sudo adduser $USER libvirt), log out and in again, or use qemu:///session. libvirt said: %2</source>
        <translation>libvirt rechazó a este usuario en %1: únete al grupo libvirt (sudo adduser $USER libvirt), cierra la sesión y vuelve a entrar, o usa qemu:///session. libvirt dijo: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="116"/>
        <source>libvirt has no driver for %1: install it (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, or libvirt-daemon-driver-lxc for containers). libvirt said: %2</source>
        <translation>libvirt no tiene controlador para %1: instálalo (sudo apt-get install libvirt-daemon-driver-qemu qemu-system-x86, o libvirt-daemon-driver-lxc para contenedores). libvirt dijo: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="123"/>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="193"/>
        <source>The connection to %1 was closed.</source>
        <translation>La conexión con %1 se cerró.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="261"/>
        <source>Lost the connection to %1: %2. Reconnecting…</source>
        <translation>Se perdió la conexión con %1: %2. Reconectando…</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="301"/>
        <source>Not connected to %1.</source>
        <translation>No conectado a %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="316"/>
        <source>There is no guest named %1 on %2.</source>
        <translation>No hay ningún invitado llamado %1 en %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="317"/>
        <source>Could not look up %1</source>
        <translation>No se pudo buscar %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="330"/>
        <source>libvirt refused the guest definition</source>
        <translation>libvirt rechazó la definición del invitado</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="349"/>
        <source>libvirt could not start the guest</source>
        <translation>libvirt no pudo arrancar el invitado</translation>
    </message>
    <message>
        <location filename="../core/virt/Session.cpp" line="369"/>
        <source>Could not list the guests on %1</source>
        <translation>No se pudieron listar los invitados en %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="33"/>
        <source>There is no storage pool named %1.</source>
        <translation>No hay ningún pool de almacenamiento llamado %1.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="34"/>
        <source>Could not use the storage pool %1</source>
        <translation>No se pudo usar el pool de almacenamiento %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="41"/>
        <source>Could not read a volume&apos;s size</source>
        <translation>No se pudo leer el tamaño de un volumen</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="138"/>
        <source>Could not create the storage pool %1 in %2</source>
        <translation>No se pudo crear el pool de almacenamiento %1 en %2</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="142"/>
        <source>Could not create the directory %1 for the storage pool</source>
        <translation>No se pudo crear el directorio %1 para el pool de almacenamiento</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="148"/>
        <source>Could not start the storage pool %1</source>
        <translation>No se pudo iniciar el pool de almacenamiento %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="190"/>
        <source>Could not delete the directory of the storage pool %1 (is it empty?)</source>
        <translation>No se pudo borrar el directorio del pool de almacenamiento %1 (¿está vacío?)</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="212"/>
        <source>Could not create the %1-byte volume %2 in %3</source>
        <translation>No se pudo crear el volumen de %1 bytes %2 en %3</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="226"/>
        <source>There is no volume %1 in %2.</source>
        <translation>No hay ningún volumen %1 en %2.</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="227"/>
        <source>Could not look up the volume %1</source>
        <translation>No se pudo buscar el volumen %1</translation>
    </message>
    <message>
        <location filename="../core/virt/Storage.cpp" line="261"/>
        <source>Could not delete the volume %1</source>
        <translation>No se pudo borrar el volumen %1</translation>
    </message>
    <message>
        <location filename="../core/virt/VirtConnection.cpp" line="67"/>
        <source>libvirt reported an unknown error.</source>
        <translation>libvirt informó de un error desconocido.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="68"/>
        <source>There is no guest to read the console of.</source>
        <translation>No hay ningún invitado del que leer la consola.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="71"/>
        <source>The console cannot be followed without an application event loop.</source>
        <translation>No se puede seguir la consola sin un bucle de eventos de la aplicación.</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="74"/>
        <source>Could not create a console stream</source>
        <translation>No se pudo crear un flujo de consola</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="79"/>
        <source>Could not open the console of %1</source>
        <translation>No se pudo abrir la consola de %1</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="88"/>
        <source>Could not follow the console stream</source>
        <translation>No se pudo seguir el flujo de consola</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="130"/>
        <source>The console closed (the guest stopped).</source>
        <translation>La consola se cerró (el invitado se detuvo).</translation>
    </message>
    <message>
        <location filename="../core/virt/ConsoleStream.cpp" line="135"/>
        <source>Reading the console failed</source>
        <translation>Falló la lectura de la consola</translation>
    </message>
</context>
<context>
    <name>Cloudy::Virt::KvmProbe</name>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="124"/>
        <source>KVM runs guests on this computer: services start at full speed.</source>
        <translation>KVM ejecuta invitados en este ordenador: los servicios arrancan a toda velocidad.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="128"/>
        <source>%1 does not exist: this computer has no hardware virtualisation, or it is switched off in the firmware (BIOS/UEFI: enable VT-x or AMD-V). Virtual machines still run, more slowly, with software emulation.</source>
        <translation>%1 no existe: este ordenador no tiene virtualización por hardware, o está desactivada en el firmware (BIOS/UEFI: activa VT-x o AMD-V). Las máquinas virtuales siguen funcionando, más despacio, con emulación por software.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="136"/>
        <source>You may not use %1. Add yourself to the &apos;kvm&apos; group (sudo adduser $USER kvm) and log in again; until then virtual machines run with slower software emulation.</source>
        <translation>No puedes usar %1. Añádete al grupo &apos;kvm&apos; (sudo adduser $USER kvm) y vuelve a iniciar sesión; hasta entonces las máquinas virtuales funcionan con emulación por software, más lenta.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="141"/>
        <source>KVM is present but refused a test guest (probe step %1 failed), so Cloudy will use software emulation.</source>
        <translation>KVM está presente pero rechazó un invitado de prueba (falló el paso %1 de la prueba), así que Cloudy usará emulación por software.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="176"/>
        <source>Could not start the KVM probe: %1</source>
        <translation>No se pudo iniciar la prueba de KVM: %1</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="189"/>
        <source>The KVM probe disappeared.</source>
        <translation>La prueba de KVM desapareció.</translation>
    </message>
    <message>
        <location filename="../core/virt/KvmProbe.cpp" line="201"/>
        <source>KVM accepted a test guest but never ran it (this happens with broken nested virtualisation). Cloudy will use software emulation.</source>
        <translation>KVM aceptó un invitado de prueba pero nunca lo ejecutó (ocurre con la virtualización anidada defectuosa). Cloudy usará emulación por software.</translation>
    </message>
</context>
<context>
    <name>LedgerServer</name>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="199"/>
        <source>Cannot read the TLS certificate %1 or key %2.</source>
        <translation>No se puede leer el certificado TLS %1 o la clave %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="208"/>
        <source>%1 and %2 must be a PEM certificate and its PEM key (EC or RSA).</source>
        <translation>%1 y %2 deben ser un certificado PEM y su clave PEM (EC o RSA).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="234"/>
        <source>Cannot listen on %1:%2 (is another program using that port?).</source>
        <translation>No se puede escuchar en %1:%2 (¿otro programa está usando ese puerto?).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="265"/>
        <source>Too many requests from %1; wait a second and try again.</source>
        <translation>Demasiadas peticiones desde %1; espera un segundo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="341"/>
        <source>The request is %1 bytes; the ledger takes at most %2.</source>
        <translation>La petición ocupa %1 bytes; el libro de cuentas acepta como máximo %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="285"/>
        <source>The request must be a JSON object with an &quot;entries&quot; list.</source>
        <translation>La petición debe ser un objeto JSON con una lista &quot;entries&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="289"/>
        <source>The batch has %1 entries; send at most %2 at a time.</source>
        <translation>El lote tiene %1 entradas; envía como máximo %2 a la vez.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="297"/>
        <source>Entry %1 is not a JSON object.</source>
        <translation>La entrada %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="303"/>
        <source>Entry %1 is a receipt; send receipts to /v1/receipts.</source>
        <translation>La entrada %1 es un recibo; envía los recibos a /v1/receipts.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="389"/>
        <source>Node %1 sent too many entries; try again in a minute.</source>
        <translation>El nodo %1 envió demasiadas entradas; vuelve a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="518"/>
        <source>&quot;after&quot; and &quot;limit&quot; must be whole numbers.</source>
        <translation>&quot;after&quot; y &quot;limit&quot; deben ser números enteros.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/LedgerServer.cpp" line="546"/>
        <source>There is no %1 in the ledger API. The API lives under /v1.</source>
        <translation>No existe %1 en la API del libro de cuentas. La API está bajo /v1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="46"/>
        <source>The metering database could not %1: %2</source>
        <translation>La base de datos de medición no pudo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="155"/>
        <location filename="../core/metering/UsageStore.cpp" line="373"/>
        <location filename="../core/metering/UsageStore.cpp" line="451"/>
        <source>be read</source>
        <translation>ser leída</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="160"/>
        <source>The metering database %1 was written by a newer version of Cloudy (schema %2, this version knows %3). Update Cloudy Desktop to use it.</source>
        <translation>La base de datos de medición %1 la escribió una versión más nueva de Cloudy (esquema %2, esta versión conoce el %3). Actualiza Cloudy Desktop para usarla.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="168"/>
        <location filename="../core/metering/UsageStore.cpp" line="291"/>
        <source>start a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="188"/>
        <location filename="../core/metering/UsageStore.cpp" line="192"/>
        <source>create its tables</source>
        <translation>crear sus tablas</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="224"/>
        <source>Could not create the folder %1 for the metering database.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos de medición.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="231"/>
        <source>be opened (%1)</source>
        <translation>ser abierta (%1)</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="239"/>
        <source>The metering database %1 is damaged (%2); it was moved to %3 and a new one started. Donations metered before now are not counted in the totals.</source>
        <translation>La base de datos de medición %1 está dañada (%2); se movió a %3 y se empezó una nueva. Las donaciones medidas hasta ahora no cuentan en los totales.</translation>
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
        <translation>La base de datos de medición no está abierta.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="285"/>
        <source>A metering reading needs a domain and a time.</source>
        <translation>Una lectura de medición necesita un dominio y una hora.</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="310"/>
        <source>store a reading</source>
        <translation>guardar una lectura</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="343"/>
        <location filename="../core/metering/UsageStore.cpp" line="347"/>
        <source>add to the hourly totals</source>
        <translation>sumar a los totales por hora</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="349"/>
        <source>save a reading</source>
        <translation>guardar una lectura</translation>
    </message>
    <message>
        <location filename="../core/metering/UsageStore.cpp" line="469"/>
        <source>remove old readings</source>
        <translation>eliminar lecturas antiguas</translation>
    </message>
</context>
<context>
    <name>cloudy-desktop</name>
    <message>
        <location filename="../app/desktop/DisplayCheck.cpp" line="16"/>
        <source>cloudy-desktop needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session, or use &apos;cloudyctl&apos; in a terminal for the same actions. To try it without a screen, run it under &apos;xvfb-run&apos; or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>cloudy-desktop necesita un escritorio gráfico y no se encontró ninguno (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Inícialo desde tu sesión de escritorio, o usa &apos;cloudyctl&apos; en un terminal para las mismas acciones. Para probarlo sin pantalla, ejecútalo con &apos;xvfb-run&apos; o con QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>cloudy-ledgerd</name>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="36"/>
        <source>Cannot read the reward policy %1: %2.</source>
        <translation>No se puede leer la política de recompensas %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="43"/>
        <source>The reward policy %1 is not a JSON object (%2).</source>
        <translation>La política de recompensas %1 no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="46"/>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="50"/>
        <source>The reward policy %1 is refused: %2</source>
        <translation>Se rechaza la política de recompensas %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="64"/>
        <source>The community ledger of a microcloud: stores signed contribution receipts and serves balances over HTTP (API under /v1).</source>
        <translation>El libro de cuentas comunitario de una micronube: guarda recibos de contribución firmados y sirve saldos por HTTP (API bajo /v1).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="70"/>
        <source>Print the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="73"/>
        <source>Database: sqlite:PATH (default, in the data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Base de datos: sqlite:PATH (por defecto, en la carpeta de datos) o postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="79"/>
        <source>Address and port to listen on (default 127.0.0.1:8787).</source>
        <translation>Dirección y puerto en los que escuchar (por defecto 127.0.0.1:8787).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="84"/>
        <source>Serve HTTPS with this PEM certificate (needs --tls-key).</source>
        <translation>Sirve HTTPS con este certificado PEM (necesita --tls-key).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="90"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="94"/>
        <source>Requests per second one client address may send (default 20, bursts of five times as many).</source>
        <translation>Peticiones por segundo que puede enviar una dirección de cliente (por defecto 20, con ráfagas de hasta cinco veces más).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="99"/>
        <source>Entries per minute one node may send (default 600, bursts of twice as many).</source>
        <translation>Entradas por minuto que puede enviar un nodo (por defecto 600, con ráfagas de hasta el doble).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="104"/>
        <source>Seconds a connection may stay silent before it is closed (default 10; none lives longer than six times that).</source>
        <translation>Segundos que una conexión puede estar en silencio antes de cerrarse (por defecto 10; ninguna dura más de seis veces ese tiempo).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="110"/>
        <source>The reward policy, a JSON file as GET /v1/policy serves it (default: 1000 millicredits per core-hour, 250 per GiB-hour of memory, 5 per GiB-hour of disk, no effort weighting).</source>
        <translation>La política de recompensas, un archivo JSON tal como lo sirve GET /v1/policy (por defecto: 1000 milicréditos por hora de núcleo, 250 por GiB-hora de memoria, 5 por GiB-hora de disco, sin ponderación del esfuerzo).</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="140"/>
        <source>&apos;%1&apos; is not an address to listen on; use ADDR:PORT, for example 127.0.0.1:8787 or [::1]:8787.</source>
        <translation>&apos;%1&apos; no es una dirección en la que escuchar; usa ADDR:PORT, por ejemplo 127.0.0.1:8787 o [::1]:8787.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="160"/>
        <source>--address-rate and --node-rate must be positive numbers, --client-timeout from 0.5 to 3600 seconds.</source>
        <translation>--address-rate y --node-rate deben ser números positivos, y --client-timeout de 0.5 a 3600 segundos.</translation>
    </message>
    <message>
        <location filename="../app/ledgerd/main.cpp" line="166"/>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert y --tls-key van juntos.</translation>
    </message>
</context>
<context>
    <name>cloudyctl</name>
    <message>
        <location filename="../app/ctl/Command.cpp" line="16"/>
        <source>Publish service catalogs and choose the ones to read: catalog keygen|build|add|list</source>
        <translation>Publica catálogos de servicios y elige cuáles leer: catalog keygen|build|add|list</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="21"/>
        <source>Find the microclouds nearby and the services they offer</source>
        <translation>Encuentra las micronubes cercanas y los servicios que ofrecen</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="24"/>
        <source>Check what this computer offers Cloudy and say how to fix what is missing</source>
        <translation>Comprueba qué ofrece este ordenador a Cloudy y explica cómo arreglar lo que falta</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="28"/>
        <source>This computer&apos;s node identity and its backup: identity show|create|export|import</source>
        <translation>La identidad de nodo de este ordenador y su copia de seguridad: identity show|create|export|import</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="32"/>
        <source>This node&apos;s receipts and credits on the community ledger: ledger status|sync|balance|history</source>
        <translation>Los recibos y créditos de este nodo en el libro de cuentas comunitario: ledger status|sync|balance|history</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="37"/>
        <source>Install and run community services: services list|show|install|launch|stop|remove|logs</source>
        <translation>Instala y ejecuta servicios comunitarios: services list|show|install|launch|stop|remove|logs</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="42"/>
        <source>Show or change what this computer donates: share status|on|off|set</source>
        <translation>Muestra o cambia lo que dona este ordenador: share status|on|off|set</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="59"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Command.cpp" line="63"/>
        <location filename="../app/ctl/IdentityCommand.cpp" line="184"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Prueba &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="29"/>
        <source>Microclouds nearby (found with %1):</source>
        <translation>Micronubes cercanas (encontradas con %1):</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="31"/>
        <source>none found</source>
        <translation>no se encontró ninguna</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/DiscoverCommand.cpp" line="40"/>
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/DiscoverCommand.cpp" line="41"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="68"/>
        <source>no microcloud</source>
        <translation>ninguna micronube</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="77"/>
        <source>Finds the microclouds of your community network nearby and the services they offer (DNS-SD over mDNS). Without --watch, browses until the first answers are in (at most --timeout seconds) and prints what it found.</source>
        <translation>Encuentra las micronubes cercanas de tu red comunitaria y los servicios que ofrecen (DNS-SD sobre mDNS). Sin --watch, explora hasta que llegan las primeras respuestas (como máximo --timeout segundos) y muestra lo que encontró.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="83"/>
        <source>avahi (through avahi-daemon), mdns (built-in) or auto (the default: avahi when its daemon runs).</source>
        <translation>avahi (a través de avahi-daemon), mdns (integrado) o auto (por defecto: avahi cuando su demonio está en marcha).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="87"/>
        <source>Stop after SECONDS (default 5; with --watch: never).</source>
        <translation>Detenerse tras SECONDS (por defecto 5; con --watch: nunca).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="91"/>
        <source>Keep browsing and print one line per service added, updated or removed.</source>
        <translation>Seguir explorando y mostrar una línea por cada servicio añadido, actualizado o eliminado.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="93"/>
        <source>Print JSON (with --watch: one object per line).</source>
        <translation>Mostrar JSON (con --watch: un objeto por línea).</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="104"/>
        <source>Unknown backend &apos;%1&apos;: use avahi, mdns or auto.</source>
        <translation>Motor desconocido &apos;%1&apos;: usa avahi, mdns o auto.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="114"/>
        <source>--timeout needs a number of seconds, e.g. --timeout 3.</source>
        <translation>--timeout necesita un número de segundos, p. ej. --timeout 3.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="145"/>
        <location filename="../app/ctl/DiscoverCommand.cpp" line="156"/>
        <source>Discovery with %1 failed: %2</source>
        <translation>La búsqueda con %1 falló: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="13"/>
        <source>Checks the system bus, Avahi, libvirt (QEMU, LXC, KVM) and the keyring.
Exit status: 0 when everything needed is available, 1 when something is missing.</source>
        <translation>Comprueba el bus del sistema, Avahi, libvirt (QEMU, LXC, KVM) y el llavero.
Estado de salida: 0 cuando todo lo necesario está disponible, 1 cuando falta algo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="43"/>
        <source>Cannot generate a key: libsodium does not work on this computer.</source>
        <translation>No se puede generar una clave: libsodium no funciona en este ordenador.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="68"/>
        <source>%1 already exists; cloudyctl never overwrites a key. Choose another file name.</source>
        <translation>%1 ya existe; cloudyctl nunca sobrescribe una clave. Elige otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="71"/>
        <source>Cannot create %1: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="80"/>
        <location filename="../app/ctl/CatalogCommand.cpp" line="259"/>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="84"/>
        <source>Wrote the signing key %1 (keep it secret; back it up).
Fingerprint: %2</source>
        <translation>Se escribió la clave de firma %1 (mantenla en secreto; haz una copia de seguridad).
Huella: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="94"/>
        <source>Cannot read the key %1: %2.</source>
        <translation>No se puede leer la clave %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="104"/>
        <source>%1 is not a key written by &apos;cloudyctl catalog keygen&apos;.</source>
        <translation>%1 no es una clave escrita por &apos;cloudyctl catalog keygen&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="120"/>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="125"/>
        <source>%1 is not a JSON object: %2.</source>
        <translation>%1 no es un objeto JSON: %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="147"/>
        <source>%1 is not a directory.</source>
        <translation>%1 no es un directorio.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="162"/>
        <source>Name the publisher: --publisher NAME, or &quot;publisher&quot; in %1/catalog.json.</source>
        <translation>Indica el editor: --publisher NOMBRE, o &quot;publisher&quot; en %1/catalog.json.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="176"/>
        <source>%1 has no service descriptions (services/*.json).</source>
        <translation>%1 no tiene descripciones de servicios (services/*.json).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="195"/>
        <source>%1: the bundle &quot;%2&quot; is not a file in %3/bundles.</source>
        <translation>%1: el paquete &quot;%2&quot; no es un archivo de %3/bundles.</translation>
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
        <translation>%1: otra descripción ya tiene el identificador &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="234"/>
        <source>The catalog written does not read back: %1</source>
        <translation>El catálogo escrito no se puede volver a leer: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="241"/>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="250"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>No se puede copiar %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="268"/>
        <source>Wrote %1: %n service(s).</source>
        <translation>
            <numerusform>Se escribió %1: %n servicio.</numerusform>
            <numerusform>Se escribió %1: %n servicios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="269"/>
        <source>Bundles copied: %n.</source>
        <translation>
            <numerusform>Paquetes copiados: %n.</numerusform>
            <numerusform>Paquetes copiados: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="270"/>
        <source>Signed by the key with fingerprint %1.</source>
        <translation>Firmado por la clave con huella %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="360"/>
        <source> (offered by microclouds)</source>
        <translation> (ofrecidos por micronubes)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="364"/>
        <source>  Left out: %1</source>
        <translation>  Omitido: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="394"/>
        <source>%1 Only a saved copy is available, so nothing was changed.</source>
        <translation>%1 Solo hay disponible una copia guardada, así que no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="401"/>
        <source>The catalog at %1 is signed by the key with fingerprint %2, not %3. Nothing was trusted or added.</source>
        <translation>El catálogo de %1 está firmado por la clave con huella %2, no %3. No se confió en nada ni se añadió nada.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="411"/>
        <source>The catalog at %1 is published by &quot;%2&quot;, whose key has the fingerprint
  %3
Check this fingerprint with the microcloud&apos;s operators, then trust it with:
  cloudyctl catalog add %1 --trust &apos;%3&apos;</source>
        <translation>El catálogo de %1 lo publica &quot;%2&quot;, cuya clave tiene la huella
  %3
Comprueba esta huella con los operadores de la micronube y luego confía en ella con:
  cloudyctl catalog add %1 --trust &apos;%3&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="434"/>
        <source>Added the catalog of &quot;%1&quot; (key fingerprint %2) with %n service(s):</source>
        <translation>
            <numerusform>Se añadió el catálogo de &quot;%1&quot; (huella de la clave %2) con %n servicio:</numerusform>
            <numerusform>Se añadió el catálogo de &quot;%1&quot; (huella de la clave %2) con %n servicios:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="458"/>
        <source>Built into Cloudy Desktop:</source>
        <translation>Incluidos en Cloudy Desktop:</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="466"/>
        <source>%1 — %2 (key fingerprint %3):</source>
        <translation>%1 — %2 (huella de la clave %3):</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="470"/>
        <source>  (saved copy: %1)</source>
        <translation>  (copia guardada: %1)</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="499"/>
        <source>%1 is not among the added catalogs.</source>
        <translation>%1 no está entre los catálogos añadidos.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="515"/>
        <source>Removed the catalog %1.</source>
        <translation>Se eliminó el catálogo %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="525"/>
        <source>Publishes service catalogs and chooses the ones this computer reads.
  keygen KEYFILE                        make a signing key (never overwrites one)
  build DIR --key KEYFILE --out OUT     sign DIR&apos;s services/*.json and bundles/ into OUT
  add URL [--trust FINGERPRINT]         read the catalog at URL from now on
  list                                  the catalogs read and their services
  remove URL                            stop reading a catalog and forget its key</source>
        <translation>Publica catálogos de servicios y elige cuáles lee este ordenador.
  keygen KEYFILE                        crea una clave de firma (nunca sobrescribe una)
  build DIR --key KEYFILE --out OUT     firma services/*.json y bundles/ de DIR en OUT
  add URL [--trust FINGERPRINT]         lee el catálogo de URL a partir de ahora
  list                                  los catálogos leídos y sus servicios
  remove URL                            deja de leer un catálogo y olvida su clave</translation>
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
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="534"/>
        <source>Trust the catalog&apos;s key if it has this fingerprint.</source>
        <translation>Confiar en la clave del catálogo si tiene esta huella.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="536"/>
        <source>The signing key (build).</source>
        <translation>La clave de firma (build).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="538"/>
        <source>Where build writes the catalog.</source>
        <translation>Dónde escribe build el catálogo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="541"/>
        <source>The publisher&apos;s name (build; default: DIR/catalog.json).</source>
        <translation>El nombre del editor (build; por defecto: DIR/catalog.json).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="544"/>
        <source>Use the saved copies, do not download (list).</source>
        <translation>Usar las copias guardadas, no descargar (list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="554"/>
        <source>Try &apos;cloudyctl catalog --help&apos;.</source>
        <translation>Prueba &apos;cloudyctl catalog --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="559"/>
        <source>keygen needs the name of the key file to write.</source>
        <translation>keygen necesita el nombre del archivo de clave que escribir.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="564"/>
        <source>build needs a directory, --key KEYFILE and --out DIR.</source>
        <translation>build necesita un directorio, --key KEYFILE y --out DIR.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="570"/>
        <source>add needs the URL of a catalog&apos;s index.json.</source>
        <translation>add necesita la URL del index.json de un catálogo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="575"/>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="580"/>
        <source>remove needs the URL of an added catalog.</source>
        <translation>remove necesita la URL de un catálogo añadido.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="584"/>
        <source>Say what to do: keygen, build, add, list or remove.</source>
        <translation>Indica qué hacer: keygen, build, add, list o remove.</translation>
    </message>
    <message>
        <location filename="../app/ctl/CatalogCommand.cpp" line="585"/>
        <source>Unknown action &apos;%1&apos;: use keygen, build, add, list or remove.</source>
        <translation>Acción desconocida &apos;%1&apos;: usa keygen, build, add, list o remove.</translation>
    </message>
    <message>
        <location filename="../app/ctl/DoctorCommand.cpp" line="19"/>
        <source>Check this libvirt URI instead of the default one.</source>
        <translation>Comprobar este URI de libvirt en lugar del predeterminado.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="90"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="107"/>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="91"/>
        <source>Sharing: %1</source>
        <translation>Compartición: %1</translation>
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
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="86"/>
        <source>installed, stopped</source>
        <translation>instalado, detenido</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="88"/>
        <source>starting</source>
        <translation>iniciándose</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="90"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="91"/>
        <source>running at %1</source>
        <translation>en ejecución en %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="93"/>
        <source>running, not ready: %1</source>
        <translation>en ejecución, no listo: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="95"/>
        <source>stopping</source>
        <translation>deteniéndose</translation>
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
        <translation>“%1” no está instalado.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="158"/>
        <source>%1 is not running: there is nothing to follow.</source>
        <translation>%1 no está en ejecución: no hay nada que seguir.</translation>
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
        <translation>Los servicios comunitarios que ofrecen los catálogos y los instalados en este ordenador.
  list            todos los servicios ofrecidos e instalados con su estado
  show ID         un servicio
  install ID      lo descarga, verifica y desempaqueta (luego lo inicia, salvo con --no-launch)
  launch ID       inicia su invitado y espera a que esté listo
  stop ID         detiene su invitado (de forma ordenada, a la fuerza tras un tiempo límite)
  remove ID       lo detiene y lo elimina (sus datos se conservan salvo con --delete-data)
  logs ID [-f]    su registro de consola (-f: seguirlo en directo)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="191"/>
        <source>list, show, install, launch, stop, remove or logs</source>
        <translation>list, show, install, launch, stop, remove o logs</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="192"/>
        <source>the service id (see list)</source>
        <translation>el identificador del servicio (ver list)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="196"/>
        <source>logs: follow the console live.</source>
        <translation>logs: seguir la consola en directo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="198"/>
        <source>install: do not launch it.</source>
        <translation>install: no iniciarlo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="200"/>
        <source>remove: also delete the service&apos;s data.</source>
        <translation>remove: eliminar también los datos del servicio.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="202"/>
        <source>Use the saved copies of the catalogs, do not fetch them.</source>
        <translation>Usar las copias guardadas de los catálogos, no descargarlas.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="204"/>
        <source>Seconds to wait for install, launch or stop (default 600; 0: no limit).</source>
        <translation>Segundos de espera para install, launch o stop (por defecto 600; 0: sin límite).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="219"/>
        <source>Unknown action &apos;%1&apos;: use list, show, install, launch, stop, remove or logs.</source>
        <translation>Acción desconocida &apos;%1&apos;: usa list, show, install, launch, stop, remove o logs.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="225"/>
        <source>&apos;%1&apos; needs one service id, e.g. cloudyctl services %1 syncthing.</source>
        <translation>&apos;%1&apos; necesita un identificador de servicio, p. ej. cloudyctl services %1 syncthing.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="233"/>
        <source>--wait needs a number of seconds, e.g. --wait 120.</source>
        <translation>--wait necesita un número de segundos, p. ej. --wait 120.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="265"/>
        <source>offered by microclouds (not installable here)</source>
        <translation>ofrecido por micronubes (no se puede instalar aquí)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="278"/>
        <source>%1: publisher %2 (fingerprint %3) is not trusted yet; use cloudyctl catalog add %1 --trust FINGERPRINT</source>
        <translation>%1: el editor %2 (huella %3) aún no es de confianza; usa cloudyctl catalog add %1 --trust FINGERPRINT</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="297"/>
        <source>No catalog offers “%1” and it is not installed (see cloudyctl services list).</source>
        <translation>Ningún catálogo ofrece “%1” y no está instalado (ver cloudyctl services list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="309"/>
        <source>Needs: %1 vCPU, %2 MiB memory, %3 MiB disk (%4)</source>
        <translation>Necesita: %1 vCPU, %2 MiB de memoria, %3 MiB de disco (%4)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="317"/>
        <source>From: %1 (%2, key %3)</source>
        <translation>De: %1 (%2, clave %3)</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="320"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="92"/>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="328"/>
        <source>No trusted catalog offers “%1” (see cloudyctl services list).</source>
        <translation>Ningún catálogo de confianza ofrece “%1” (ver cloudyctl services list).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="332"/>
        <source>%1 is offered by microclouds but cannot be installed from a catalog here.</source>
        <translation>%1 lo ofrecen micronubes, pero aquí no se puede instalar desde un catálogo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="345"/>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="347"/>
        <source>Checked; unpacking…</source>
        <translation>Comprobado; desempaquetando…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="349"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="372"/>
        <location filename="../app/ctl/ServicesCommand.cpp" line="424"/>
        <source>Gave up waiting after %1 seconds.</source>
        <translation>Se dejó de esperar tras %1 segundos.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="398"/>
        <source>Removed %1 and its data.</source>
        <translation>Se eliminó %1 y sus datos.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ServicesCommand.cpp" line="399"/>
        <source>Removed %1 (its data was kept).</source>
        <translation>Se eliminó %1 (sus datos se conservaron).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="93"/>
        <source>Policy: %1, %2 (%3 guest, image %4), microcloud %5</source>
        <translation>Política: %1, %2 (invitado %3, imagen %4), micronube %5</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="95"/>
        <location filename="../app/ctl/ShareCommand.cpp" line="96"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="99"/>
        <source>Domain: %1 on %2: %3</source>
        <translation>Dominio: %1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="101"/>
        <source>Live caps (libvirt): %1</source>
        <translation>Límites actuales (libvirt): %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="103"/>
        <source>Pending: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="105"/>
        <source>Stopped by force: the guest did not power off when asked.</source>
        <translation>Detenido a la fuerza: el invitado no se apagó cuando se le pidió.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="109"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="153"/>
        <source>light, balanced or full: fills the caps.</source>
        <translation>light, balanced o full: rellena los límites.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="155"/>
        <source>Virtual CPUs to share.</source>
        <translation>CPU virtuales que compartir.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="157"/>
        <source>Percent of those CPUs&apos; time (1-100).</source>
        <translation>Porcentaje del tiempo de esas CPU (1-100).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="158"/>
        <source>Memory to share, in MiB.</source>
        <translation>Memoria que compartir, en MiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="160"/>
        <source>Disk to share, in GiB.</source>
        <translation>Disco que compartir, en GiB.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="161"/>
        <source>always, idle or schedule.</source>
        <translation>always, idle o schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="164"/>
        <source>Minutes without input before the computer counts as idle.</source>
        <translation>Minutos sin actividad antes de que el ordenador se considere inactivo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="167"/>
        <source>suspend, or the id of the profile to share while you work.</source>
        <translation>suspend, o el identificador del perfil que compartir mientras trabajas.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="169"/>
        <source>pause (the default) or share.</source>
        <translation>pause (por defecto) o share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="171"/>
        <source>qemu (a virtual machine) or lxc (a container).</source>
        <translation>qemu (una máquina virtual) o lxc (un contenedor).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="173"/>
        <source>Catalog id or folder of the guest image.</source>
        <translation>Identificador del catálogo o carpeta de la imagen del invitado.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="176"/>
        <source>The microcloud to donate to (see discover).</source>
        <translation>La micronube a la que donar (ver discover).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="197"/>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 necesita un número entero, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="208"/>
        <source>Unknown preset &apos;%1&apos;: use light, balanced or full.</source>
        <translation>Predefinido desconocido &apos;%1&apos;: usa light, balanced o full.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="221"/>
        <source>Unknown --when &apos;%1&apos;: use always, idle or schedule.</source>
        <translation>--when desconocido &apos;%1&apos;: usa always, idle o schedule.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="238"/>
        <source>Unknown --on-battery &apos;%1&apos;: use pause or share.</source>
        <translation>--on-battery desconocido &apos;%1&apos;: usa pause o share.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="246"/>
        <source>Unknown --kind &apos;%1&apos;: use qemu or lxc.</source>
        <translation>--kind desconocido &apos;%1&apos;: usa qemu o lxc.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="272"/>
        <source>Shows and changes what this computer donates to the community cloud.
  status   what is shared now, why, and what libvirt reports
  on, off  switch sharing on or off (the contribution guest starts, pauses or stops)
  set      change the caps and rules; refused with the allowed maximum when over the host&apos;s limits</source>
        <translation>Muestra y cambia lo que este ordenador dona a la nube comunitaria.
  status   qué se comparte ahora, por qué, y qué informa libvirt
  on, off  activa o desactiva la compartición (el invitado de contribución arranca, se pausa o se detiene)
  set      cambia los límites y las reglas; se rechaza con el máximo permitido si supera los límites del anfitrión</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="277"/>
        <source>status, on, off or set</source>
        <translation>status, on, off o set</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="281"/>
        <source>libvirt connection (default: the setting, else qemu:///session, or qemu:///system as root).</source>
        <translation>Conexión de libvirt (por defecto: la de los ajustes, si no qemu:///session, o qemu:///system como root).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="285"/>
        <source>The policy file (default: %1).</source>
        <translation>El archivo de política (por defecto: %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="289"/>
        <source>Seconds to wait for the guest to follow (default 90; 0: do not wait).</source>
        <translation>Segundos que esperar a que el invitado siga (por defecto 90; 0: no esperar).</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="304"/>
        <source>Unknown action &apos;%1&apos;: use status, on, off or set.</source>
        <translation>Acción desconocida &apos;%1&apos;: usa status, on, off o set.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="312"/>
        <source>Caps and rules are changed with &apos;cloudyctl share set&apos;.</source>
        <translation>Los límites y las reglas se cambian con &apos;cloudyctl share set&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="320"/>
        <source>--wait needs a number of seconds, e.g. --wait 30.</source>
        <translation>--wait necesita un número de segundos, p. ej. --wait 30.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="340"/>
        <source>Nothing to set: see &apos;cloudyctl share --help&apos; for the options.</source>
        <translation>Nada que definir: consulta &apos;cloudyctl share --help&apos; para ver las opciones.</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="357"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/ShareCommand.cpp" line="358"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/ShareCommand.cpp" line="378"/>
        <source>The contribution guest did not follow within %n second(s).</source>
        <translation>
            <numerusform>El invitado de contribución no respondió en %n segundo.</numerusform>
            <numerusform>El invitado de contribución no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="18"/>
        <source>Usage: cloudyctl [--version] [--help] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Uso: cloudyctl [--version] [--help] ORDEN [OPCIONES]

Órdenes:
</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="24"/>
        <source>
Run &apos;cloudyctl COMMAND --help&apos; for the options of a command.</source>
        <translation>
Ejecuta &apos;cloudyctl ORDEN --help&apos; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <location filename="../app/ctl/main.cpp" line="52"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Orden desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="81"/>
        <source>No passphrase was entered.</source>
        <translation>No se introdujo ninguna frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="82"/>
        <source>No passphrase on standard input: write it there as one line (%1).</source>
        <translation>No hay frase de contraseña en la entrada estándar: escríbela allí en una línea (%1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="84"/>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../app/ctl/Passphrase.cpp" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña son distintas.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="44"/>
        <source>Node id:     %1</source>
        <translation>Id. del nodo:  %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="45"/>
        <source>Fingerprint: %1</source>
        <translation>Huella:        %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="46"/>
        <source>Public key:  %1</source>
        <translation>Clave pública: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="48"/>
        <source>Kept in:     the keyring</source>
        <translation>Guardada en:   el llavero</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="49"/>
        <source>Kept in:     %1 (protected by a passphrase)</source>
        <translation>Guardada en:   %1 (protegida con una frase de contraseña)</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="51"/>
        <source>Created:     %1</source>
        <translation>Creada:        %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="73"/>
        <source>This computer already has a node identity; nothing was created.
%1</source>
        <translation>Este ordenador ya tiene una identidad de nodo; no se creó nada.
%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="81"/>
        <source>Created a new node identity in the keyring. Back it up with &quot;cloudyctl identity export FILE&quot;.
%1</source>
        <translation>Se creó una identidad de nodo nueva en el llavero. Haz una copia de seguridad con &quot;cloudyctl identity export FILE&quot;.
%1</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="86"/>
        <location filename="../app/ctl/IdentityCommand.cpp" line="136"/>
        <source>Passphrase for the new key file</source>
        <translation>Frase de contraseña para el nuevo archivo de clave</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="93"/>
        <source>Created a new node identity in %1. Cloudy asks for its passphrase when it signs; back it up with &quot;cloudyctl identity export FILE&quot;.
%2</source>
        <translation>Se creó una identidad de nodo nueva en %1. Cloudy pide su frase de contraseña cuando firma; haz una copia de seguridad con &quot;cloudyctl identity export FILE&quot;.
%2</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="105"/>
        <location filename="../app/ctl/Passphrase.cpp" line="101"/>
        <source>Passphrase of the key file</source>
        <translation>Frase de contraseña del archivo de clave</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="110"/>
        <source>Passphrase for the backup</source>
        <translation>Frase de contraseña para la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="121"/>
        <source>Wrote the backup of node identity %1 to %2. Keep it and its passphrase: together they restore this identity and its balance.</source>
        <translation>Se escribió la copia de seguridad de la identidad de nodo %1 en %2. Guárdala junto con su frase de contraseña: juntas restauran esta identidad y su saldo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="129"/>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="148"/>
        <source>This computer now has the node identity from the backup.
%1</source>
        <translation>Este ordenador tiene ahora la identidad de nodo de la copia de seguridad.
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
        <translation>La identidad de nodo de este ordenador (la clave con la que se firman sus contribuciones).
  show [--json]                          el identificador del nodo, la huella y dónde se guarda la clave
  create [--key-file PATH]               una identidad nueva en el llavero, o en un archivo de clave
                                         protegido con frase de contraseña si no hay llavero
  export FILE                            una copia de seguridad protegida con frase de contraseña
  import FILE [--replace] [--key-file PATH]   restaura una copia de seguridad
Las frases de contraseña se leen del terminal, o una por línea de la entrada estándar.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="166"/>
        <source>Print JSON (show).</source>
        <translation>Imprimir JSON (show).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="168"/>
        <source>Keep the identity in this passphrase-protected file instead of the keyring (create, import).</source>
        <translation>Guardar la identidad en este archivo protegido con frase de contraseña en lugar del llavero (create, import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="172"/>
        <source>Replace a different identity this computer has (import).</source>
        <translation>Reemplazar una identidad distinta que tenga este ordenador (import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="174"/>
        <source>show, create, export or import</source>
        <translation>show, create, export o import</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="175"/>
        <source>The backup file (export, import).</source>
        <translation>El archivo de la copia de seguridad (export, import).</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="189"/>
        <source>&apos;%1&apos; needs exactly one FILE.</source>
        <translation>&apos;%1&apos; necesita exactamente un FILE.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="190"/>
        <source>Too many arguments.</source>
        <translation>Demasiados argumentos.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="192"/>
        <source>--key-file is for create and import.</source>
        <translation>--key-file es para create e import.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="194"/>
        <source>--key-file needs a path.</source>
        <translation>--key-file necesita una ruta.</translation>
    </message>
    <message>
        <location filename="../app/ctl/IdentityCommand.cpp" line="205"/>
        <source>Unknown action &apos;%1&apos;: use show, create, export or import.</source>
        <translation>Acción desconocida &apos;%1&apos;: usa show, create, export o import.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="106"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="127"/>
        <source>Node: %1</source>
        <translation>Nodo: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="106"/>
        <location filename="../app/ctl/LedgerCommand.cpp" line="127"/>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="108"/>
        <source>Balance: %1 credits (earned %2, received %3, sent %4)</source>
        <translation>Saldo: %1 créditos (ganados %2, recibidos %3, enviados %4)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="113"/>
        <source>Rank: %1 of %2 nodes</source>
        <translation>Posición: %1 de %2 nodos</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="115"/>
        <source>Balance: unknown (the ledger has not confirmed any entry of this node yet)</source>
        <translation>Saldo: desconocido (el libro de cuentas aún no ha confirmado ninguna entrada de este nodo)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="118"/>
        <source>Pending: %1 credits in receipts not yet confirmed</source>
        <translation>Pendientes: %1 créditos en recibos aún no confirmados</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="128"/>
        <source>Ledger: %1</source>
        <translation>Libro de cuentas: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="128"/>
        <source>none configured</source>
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="130"/>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="135"/>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="137"/>
        <source>Next attempt: %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="138"/>
        <source>Entries: %1 pending, %2 confirmed, %3 refused</source>
        <translation>Entradas: %1 pendientes, %2 confirmadas, %3 rechazadas</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="145"/>
        <source>Refused: entry %1: %2 (%3)</source>
        <translation>Rechazada: entrada %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="170"/>
        <source>receipt %1 → %2: %3 core-hours, %4 vCPUs, %5 MiB</source>
        <translation>recibo %1 → %2: %3 horas-núcleo, %4 vCPU, %5 MiB</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="178"/>
        <source>transfer of %1 credits to %2</source>
        <translation>transferencia de %1 créditos a %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="222"/>
        <source>transfer needs the node to give to and the amount, e.g. &apos;cloudyctl ledger transfer NODE-ID 2.5&apos;.</source>
        <translation>transfer necesita el nodo al que dar y la cantidad, p. ej. &apos;cloudyctl ledger transfer ID-NODO 2.5&apos;.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="228"/>
        <source>&apos;%1&apos; is not a node id: a node id is 64 hex digits (&apos;cloudyctl identity show&apos; prints this node&apos;s).</source>
        <translation>&apos;%1&apos; no es un identificador de nodo: un identificador de nodo tiene 64 dígitos hexadecimales (&apos;cloudyctl identity show&apos; muestra el de este nodo).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="236"/>
        <source>&apos;%1&apos; is not an amount of credits: write it like 12 or 2.5 (at most three decimals).</source>
        <translation>&apos;%1&apos; no es una cantidad de créditos: escríbela como 12 o 2.5 (como máximo tres decimales).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="242"/>
        <source>A transfer needs the ledger, to know what this node can give: name it with --ledger URL or in the setting %1.</source>
        <translation>Una transferencia necesita el libro de cuentas, para saber qué puede dar este nodo: indícalo con --ledger URL o en el ajuste %1.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="257"/>
        <source>No transfer was made: the ledger could not be asked for this node&apos;s balance (%1).</source>
        <translation>No se ha hecho ninguna transferencia: no se ha podido pedir al libro de cuentas el saldo de este nodo (%1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="289"/>
        <source>Gave %1 credits to %2.</source>
        <translation>Has dado %1 créditos a %2.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="293"/>
        <source>The ledger refused the transfer: %1 The entries after it go on without it.</source>
        <translation>El libro de cuentas rechazó la transferencia: %1 Las entradas posteriores siguen sin ella.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="299"/>
        <source>The transfer of %1 credits waits in the outbox and is sent at the next sync: %2</source>
        <translation>La transferencia de %1 créditos espera en la bandeja de salida y se envía en la próxima sincronización: %2</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="301"/>
        <source>the ledger did not answer in time.</source>
        <translation>el libro de cuentas no respondió a tiempo.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="311"/>
        <source>The community ledger: this node&apos;s receipts, their sync and its credits.
  status   the outbox and the last sync (no network)
  sync     send the pending receipts to the ledger and fetch the balance
  balance  the credits the ledger counts for this node (after a sync when a ledger is set)
  history  this node&apos;s entries and what the ledger said about each
  transfer NODE AMOUNT  give credits to another node (signed with this node&apos;s key)</source>
        <translation>El libro de cuentas comunitario: los recibos de este nodo, su sincronización y sus créditos.
  status   la bandeja de salida y la última sincronización (sin red)
  sync     envía los recibos pendientes al libro de cuentas y obtiene el saldo
  balance  los créditos que el libro de cuentas cuenta para este nodo (tras una sincronización si hay libro de cuentas)
  history  las entradas de este nodo y lo que dijo de cada una el libro de cuentas
  transfer NODO CANTIDAD  da créditos a otro nodo (firmado con la clave de este nodo)</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="318"/>
        <source>status, sync, balance, history or transfer</source>
        <translation>status, sync, balance, history o transfer</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="339"/>
        <source>transfer: a note for people, e.g. what the credits pay for.</source>
        <translation>transfer: una nota para las personas, p. ej. qué pagan los créditos.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="353"/>
        <source>Unknown action &apos;%1&apos;: use status, sync, balance, history or transfer.</source>
        <translation>Acción desconocida &apos;%1&apos;: usa status, sync, balance, history o transfer.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="321"/>
        <source>The ledger&apos;s address (default: the setting %1).</source>
        <translation>La dirección del libro de cuentas (predeterminada: la opción %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="326"/>
        <source>SHA-256 of the ledger&apos;s TLS public key, 64 hex digits (default: the setting %1).</source>
        <translation>SHA-256 de la clave pública TLS del libro de cuentas, 64 dígitos hexadecimales (predeterminado: la opción %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="330"/>
        <source>The outbox file (default: %1).</source>
        <translation>El archivo de la bandeja de salida (predeterminado: %1).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="333"/>
        <source>The node id (default: the node of the outbox&apos;s entries).</source>
        <translation>El identificador del nodo (predeterminado: el nodo de las entradas de la bandeja de salida).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="336"/>
        <source>Seconds to wait for the ledger (default 60).</source>
        <translation>Segundos de espera para el libro de cuentas (predeterminado 60).</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="362"/>
        <source>--timeout needs a number of seconds, e.g. --timeout 30.</source>
        <translation>--timeout necesita un número de segundos, p. ej. --timeout 30.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="377"/>
        <source>--node needs a node id: 64 lower-case hex digits.</source>
        <translation>--node necesita un identificador de nodo: 64 dígitos hexadecimales en minúsculas.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="416"/>
        <source>The ledger did not finish answering within %1 seconds.</source>
        <translation>El libro de cuentas no terminó de responder en %1 segundos.</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="445"/>
        <source>Showing the last known balance: %1</source>
        <translation>Se muestra el último saldo conocido: %1</translation>
    </message>
    <message>
        <location filename="../app/ctl/LedgerCommand.cpp" line="460"/>
        <source>No entries yet.</source>
        <translation>Aún no hay entradas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="117"/>
        <source>Cloudy Desktop is already running: its window has been raised.</source>
        <translation>Cloudy Desktop ya se está ejecutando: se ha traído su ventana al frente.</translation>
    </message>
</context>
</TS>
