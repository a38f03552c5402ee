// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnv.h"
#include "discovery/DiscoveredService.h"
#include "discovery/TxtRecord.h"

using namespace Cloudy::Discovery;

class TestTxtRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsRdata()
    {
        const QByteArray rdata("\x05mc=gr\x00\x04node", 12);
        const auto strings = splitTxtRdata(rdata);
        QVERIFY(strings.ok());
        QCOMPARE(strings.value(), (QList<QByteArray> {"mc=gr", "", "node"}));
    }

    void rejectsTruncatedRdata()
    {
        const auto strings = splitTxtRdata(QByteArray("\x09mc=gr", 6));
        QVERIFY(!strings.ok());
        QCOMPARE(strings.error().code, QStringLiteral("txt-truncated"));
    }

    void rejectsOversizedRecords()
    {
        QList<QByteArray> strings;
        for (int i = 0; i < 40; ++i)
            strings.append("k" + QByteArray::number(i) + '=' + QByteArray(250, 'x'));
        const auto entries = parseTxtStrings(strings);
        QVERIFY(!entries.ok());
        QCOMPARE(entries.error().code, QStringLiteral("txt-too-large"));
        QVERIFY(!splitTxtRdata(QByteArray(kMaxTxtBytes + 1, '\x01')).ok());
    }

    void entries()
    {
        QStringList rejected;
        const auto entries = parseTxtStrings({"MC=gracia", "mc=second", "node", "empty=", "", "=nokey",
                                              "bad\x01key=1", "furl=pb://x@tcp:10.0.0.1:123/intro"},
                                             &rejected);
        QVERIFY(entries.ok());
        QCOMPARE(entries->value(QStringLiteral("mc")),
                 QByteArray("gracia")); // keys case-insensitive, first wins
        QVERIFY(entries->contains(QStringLiteral("node")));
        QVERIFY(entries->value(QStringLiteral("node")).isNull()); // boolean attribute
        QVERIFY(!entries->value(QStringLiteral("empty")).isNull());
        QVERIFY(entries->value(QStringLiteral("empty")).isEmpty());
        QCOMPARE(entries->value(QStringLiteral("furl")), QByteArray("pb://x@tcp:10.0.0.1:123/intro"));
        QCOMPARE(entries->size(), 4);
        QCOMPARE(rejected.size(), 2); // "=nokey" and the control character
    }

    void roundTrip()
    {
        TxtEntries entries {{QStringLiteral("mc"), "gracia"}, {QStringLiteral("flag"), QByteArray()}};
        const auto parsed = parseTxtStrings(txtStrings(entries));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), entries);
    }

    void valueText()
    {
        QCOMPARE(txtValueText("Gràcia"), QStringLiteral("Gràcia"));
        QCOMPARE(txtValueText(QByteArray("\xff\xfe", 2)), QStringLiteral("0xfffe"));
        QVERIFY(isValidUtf8("ñ"));
        QVERIFY(!isValidUtf8(QByteArray("\xc3", 1)));
    }
};

CLOUDY_TEST_MAIN(TestTxtRecord)
#include "tst_txtrecord.moc"
