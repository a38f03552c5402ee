<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cloudy::Desktop::FirstRunWizard</name>
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
    <name>Cloudy::Desktop::NearbyPage</name>
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
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/NearbyPage.cpp" line="277"/>
        <source>%n microcloud(s)</source>
        <translation>
            <numerusform>%n microcloud</numerusform>
            <numerusform>%n microclouds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::ServicesPage</name>
    <message numerus="yes">
        <location filename="../app/desktop/pages/ServicesPage.cpp" line="45"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SharePage</name>
    <message numerus="yes">
        <location filename="../app/desktop/pages/SharePage.cpp" line="893"/>
        <source>of %n core(s) on this computer</source>
        <translation>
            <numerusform>of %n core on this computer</numerusform>
            <numerusform>of %n cores on this computer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Desktop::SyncBar</name>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="112"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="114"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/pages/rewards/SyncBar.cpp" line="115"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Identity::NodeIdentity</name>
    <message numerus="yes">
        <location filename="../core/identity/NodeIdentity.cpp" line="111"/>
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Ledger::LedgerSync</name>
    <message numerus="yes">
        <location filename="../core/ledger/LedgerSync.cpp" line="489"/>
        <source>%n entries sent to the ledger.</source>
        <translation>
            <numerusform>%n entry sent to the ledger.</numerusform>
            <numerusform>%n entries sent to the ledger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Secrets</name>
    <message numerus="yes">
        <location filename="../core/platform/Secrets.cpp" line="180"/>
        <source>The keyring did not answer within %n second(s). It may be locked and waiting for its password.</source>
        <translation>
            <numerusform>The keyring did not answer within %n second. It may be locked and waiting for its password.</numerusform>
            <numerusform>The keyring did not answer within %n seconds. It may be locked and waiting for its password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cloudy::Services::CatalogFetcher</name>
    <message numerus="yes">
        <location filename="../core/services/CatalogFetcher.cpp" line="141"/>
        <source>The server of %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server of %1 did not answer within %n second.</numerusform>
            <numerusform>The server of %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cloudyctl</name>
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
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/ShareCommand.cpp" line="378"/>
        <source>The contribution guest did not follow within %n second(s).</source>
        <translation>
            <numerusform>The contribution guest did not follow within %n second.</numerusform>
            <numerusform>The contribution guest did not follow within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="268"/>
        <source>Wrote %1: %n service(s).</source>
        <translation>
            <numerusform>Wrote %1: %n service.</numerusform>
            <numerusform>Wrote %1: %n services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="269"/>
        <source>Bundles copied: %n.</source>
        <translation>
            <numerusform>Bundles copied: %n.</numerusform>
            <numerusform>Bundles copied: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ctl/CatalogCommand.cpp" line="434"/>
        <source>Added the catalog of &quot;%1&quot; (key fingerprint %2) with %n service(s):</source>
        <translation>
            <numerusform>Added the catalog of &quot;%1&quot; (key fingerprint %2) with %n service:</numerusform>
            <numerusform>Added the catalog of &quot;%1&quot; (key fingerprint %2) with %n services:</numerusform>
        </translation>
    </message>
</context>
</TS>
