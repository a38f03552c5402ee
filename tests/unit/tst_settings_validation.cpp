// SPDX-License-Identifier: GPL-3.0-or-later
// The pure checks behind the Settings dialog's fields, case by case.
#include "TestEnv.h"
#include "platform/SettingsValidation.h"

using namespace Cloudy::SettingsValidation;

class TestSettingsValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libvirtUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty: automatic") << QString() << true;
        QTest::newRow("session") << "qemu:///session" << true;
        QTest::newRow("system") << "qemu:///system" << true;
        QTest::newRow("lxc") << "lxc:///system" << true;
        QTest::newRow("test driver") << "test:///default" << true;
        QTest::newRow("remote over ssh") << "qemu+ssh://user@host/system" << true;
        QTest::newRow("spaces around") << "  qemu:///system " << true;
        QTest::newRow("unsupported driver") << "vmware://esx/" << false;
        QTest::newRow("no path") << "qemu://" << false;
        QTest::newRow("text") << "my computer" << false;
        QTest::newRow("space inside") << "qemu:///sys tem" << false;
    }
    void libvirtUri()
    {
        QFETCH(QString, uri);
        QFETCH(bool, valid);
        QCOMPARE(libvirtUriProblem(uri).isEmpty(), valid);
    }

    void ledgerUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("https") << "https://ledger.example.net:8443" << true;
        QTest::newRow("http with path") << "http://10.1.2.3:7300/" << true;
        QTest::newRow("ipv6") << "http://[fd00::1]:7300" << true;
        QTest::newRow("ftp") << "ftp://ledger.example.net" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("no scheme") << "ledger.example.net" << false;
        QTest::newRow("query") << "https://ledger.example.net/?x=1" << false;
    }
    void ledgerUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(ledgerUrlProblem(url).isEmpty(), valid);
    }

    void ledgerPin()
    {
        const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
        QVERIFY(ledgerPinProblem(QString()).isEmpty());
        QVERIFY(ledgerPinProblem(hex).isEmpty());
        QCOMPARE(normalizedLedgerPin(hex.toUpper()), hex);
        QString withColons;
        for (int i = 0; i < hex.size(); i += 2)
            withColons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
        QCOMPARE(normalizedLedgerPin(withColons), hex);
        QVERIFY(!ledgerPinProblem(hex.left(62)).isEmpty());
        QVERIFY(!ledgerPinProblem(hex.left(63) + u'g').isEmpty());
        QVERIFY(normalizedLedgerPin(QStringLiteral("xyz")).isEmpty());
    }
};

CLOUDY_TEST_MAIN(TestSettingsValidation)
#include "tst_settings_validation.moc"
