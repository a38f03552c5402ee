// SPDX-License-Identifier: GPL-3.0-or-later
// Ledger entries: canonical bytes (pinned vectors), signatures, the chain, the JSON wire form and the reward
// policy's worked examples of docs/ledger-protocol.md.
#include "ledger/Receipt.h"
#include "ledger/RewardPolicy.h"
#include "platform/Crypto.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Cloudy;
using namespace Cloudy::Ledger;

namespace {

Crypto::SigningKeyPair keyOf(char seedByte)
{
    return Crypto::signingKeyPairFromSeed(QByteArray(32, seedByte));
}

Receipt vectorReceipt(const Crypto::SigningKeyPair &key)
{
    Receipt r;
    r.header.publicKey = key.publicKey;
    r.header.seq = 1;
    r.fromMs = 1767225600000;
    r.toMs = 1767229200000;
    r.vcpus = 2;
    r.hostVcpus = 8;
    r.memoryMiB = 2048;
    r.hostMemoryMiB = 16384;
    r.diskMiB = 10240;
    r.coreMs = 3600000;
    r.memoryMiBSeconds = 7372800;
    r.diskMiBSeconds = 36864000;
    r.uptimeMs = 3600000;
    r.microcloud = QStringLiteral("guifi-bcn");
    return r;
}

} // namespace

class TestLedgerReceipt final : public QObject
{
    Q_OBJECT

private slots:
    void nodeId()
    {
        const auto key = keyOf('\x01');
        const QString id = nodeIdOf(key.publicKey);
        QCOMPARE(id.size(), 64);
        QVERIFY(isNodeId(id));
        QCOMPARE(id, QString::fromLatin1(Crypto::blake2b256(key.publicKey).toHex()));
        QVERIFY(!isNodeId(id.toUpper()));
        QVERIFY(!isNodeId(id.left(63)));
    }

    void canonicalLayout()
    {
        const auto key = keyOf('\x01');
        const Entry entry = vectorReceipt(key);
        const QByteArray bytes = canonicalBytes(entry);
        QCOMPARE(bytes.size(), 169);
        QCOMPARE(bytes.left(6), QByteArray::fromHex("434c44470101"));
        QCOMPARE(bytes.mid(6, 32), key.publicKey);
        QCOMPARE(bytes.mid(38, 8), QByteArray::fromHex("0000000000000001"));
        QCOMPARE(bytes.mid(46, 32), QByteArray(32, '\0'));
        QCOMPARE(bytes.mid(78, 8), QByteArray::fromHex("0000019b76daa800")); // 1767225600000
        QCOMPARE(bytes.right(11), QByteArray::fromHex("0009") + QByteArray("guifi-bcn"));
        // Pinned (docs/ledger-protocol.md; computed independently with Python's hashlib and cryptography):
        // a change here breaks every ledger in the field.
        QCOMPARE(nodeIdOf(key.publicKey),
                 QStringLiteral("c5e21ab1c9f6022d81c3b25e3436cb7f1df77f9652ae3e1310c28e621dd87b4c"));
        Entry signedEntry = entry;
        QVERIFY(signEntry(signedEntry, key.secretKey));
        QCOMPARE(QString::fromLatin1(headerOf(signedEntry).signature.toHex()),
                 QStringLiteral("bb4e3c7835174d094822543d1c9065182eb474d58418e61a927e1dc5f021416c"
                                "6bc93f28441bae16e7c1d2ca9cf79fca695cfe66cb47b7f7890673665d0baf00"));
        QCOMPARE(QString::fromLatin1(entryHash(entry).toHex()),
                 QStringLiteral("1e1a5fad0f562fb7e7f34425a5a9dadd83e2e2f5795b9dc8098558366e7d04f0"));
    }

    void decodeRoundTripAndRefusals()
    {
        const auto key = keyOf('\x02');
        Receipt r = vectorReceipt(key);
        const QByteArray bytes = canonicalBytes(r);
        const auto decoded = decodeEntry(bytes);
        QVERIFY(decoded);
        QVERIFY(std::get<Receipt>(decoded.value()) == r);

        Transfer t;
        t.header.publicKey = key.publicKey;
        t.header.seq = 2;
        t.header.prev = entryHash(r);
        t.timeMs = 1767229300000;
        t.payee = nodeIdBytesOf(keyOf('\x03').publicKey);
        t.amountMillicredits = 1500;
        t.memo = QStringLiteral("gràcies");
        const auto decodedTransfer = decodeEntry(canonicalBytes(t));
        QVERIFY(decodedTransfer);
        QVERIFY(std::get<Transfer>(decodedTransfer.value()) == t);

        QCOMPARE(decodeEntry(bytes + '\0').error().code, QStringLiteral("malformed-entry"));
        QVERIFY(!decodeEntry(bytes.left(bytes.size() - 1)));
        QByteArray wrongVersion = bytes;
        wrongVersion[4] = 2;
        QVERIFY(!decodeEntry(wrongVersion));
        QByteArray wrongKind = bytes;
        wrongKind[5] = 9;
        QVERIFY(!decodeEntry(wrongKind));
        QByteArray badUtf8 = bytes;
        badUtf8[badUtf8.size() - 1] = '\xff';
        QVERIFY(!decodeEntry(badUtf8));
        QVERIFY(!decodeEntry(QByteArray("CLDG")));
    }

    void signAndTamper()
    {
        const auto key = keyOf('\x04');
        Entry entry = vectorReceipt(key);
        QVERIFY(signEntry(entry, key.secretKey));
        QVERIFY(verifyEntry(entry));
        Entry tampered = entry;
        std::get<Receipt>(tampered).coreMs += 1;
        QVERIFY(!verifyEntry(tampered));
        tampered = entry;
        std::get<Receipt>(tampered).microcloud = QStringLiteral("guifi-bcm");
        QVERIFY(!verifyEntry(tampered));
        tampered = entry;
        headerOf(tampered).seq = 2;
        QVERIFY(!verifyEntry(tampered));
        // Another key's signature, or a key that does not match the secret, fails.
        Entry other = entry;
        QVERIFY(!signEntry(other, keyOf('\x05').secretKey));
        headerOf(other).publicKey = keyOf('\x05').publicKey;
        QVERIFY(!verifyEntry(other));
    }

    void chain()
    {
        const auto key = keyOf('\x06');
        Entry first = vectorReceipt(key);
        QVERIFY(signEntry(first, key.secretKey));
        Receipt next = vectorReceipt(key);
        next.header.seq = 2;
        next.header.prev = entryHash(first);
        next.fromMs = std::get<Receipt>(first).toMs;
        next.toMs = next.fromMs + 3600000;
        Entry second = next;
        QVERIFY(signEntry(second, key.secretKey));
        QCOMPARE(headerOf(second).prev, Crypto::blake2b256(canonicalBytes(first)));
        // The hash covers the canonical bytes, not the signature.
        Entry unsigned_ = first;
        headerOf(unsigned_).signature.clear();
        QCOMPARE(entryHash(unsigned_), entryHash(first));
        QVERIFY(checkPlausible(second));
        Receipt badFirst = vectorReceipt(key);
        badFirst.header.prev = QByteArray(32, '\x01');
        QCOMPARE(checkPlausible(badFirst).error().code, QStringLiteral("implausible-amounts"));
    }

    void plausibility_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("core time at the limit") << QStringLiteral("coreMs") << qint64(7200000) << true;
        QTest::newRow("core time over") << QStringLiteral("coreMs") << qint64(7200001) << false;
        QTest::newRow("memory time over")
            << QStringLiteral("memoryMiBSeconds") << qint64(2048 * 3600 + 1) << false;
        QTest::newRow("disk time over")
            << QStringLiteral("diskMiBSeconds") << qint64(10240LL * 3600 + 1) << false;
        QTest::newRow("uptime over") << QStringLiteral("uptimeMs") << qint64(3600001) << false;
        QTest::newRow("more vcpus than the host") << QStringLiteral("vcpus") << qint64(9) << false;
        QTest::newRow("zero vcpus") << QStringLiteral("vcpus") << qint64(0) << false;
        QTest::newRow("period too long")
            << QStringLiteral("toMs") << qint64(1767225600000 + 86400001) << false;
        QTest::newRow("empty period") << QStringLiteral("toMs") << qint64(1767225600000) << false;
        // Found by fuzz_ledger: times beyond what JSON carries, and periods whose length overflows.
        QTest::newRow("end beyond 2^53") << QStringLiteral("toMs") << kMaxSafeInteger + 1 << false;
        QTest::newRow("end far away")
            << QStringLiteral("toMs") << std::numeric_limits<qint64>::max() << false;
        QTest::newRow("start before 1970")
            << QStringLiteral("fromMs") << std::numeric_limits<qint64>::min() << false;
        QTest::newRow("transfer time beyond 2^53")
            << QStringLiteral("transferTime") << kMaxSafeInteger + 1 << false;
        QTest::newRow("transfer time at 2^53 - 1")
            << QStringLiteral("transferTime") << kMaxSafeInteger << true;
    }

    void plausibility()
    {
        QFETCH(QString, field);
        QFETCH(qint64, value);
        QFETCH(bool, ok);
        Receipt r = vectorReceipt(keyOf('\x07'));
        if (field == QLatin1String("transferTime")) {
            Transfer t;
            t.header = r.header;
            t.timeMs = value;
            t.payee = QByteArray(32, '\x01');
            t.amountMillicredits = 1;
            QCOMPARE(bool(checkPlausible(t)), ok);
            return;
        }
        if (field == QLatin1String("coreMs"))
            r.coreMs = quint64(value);
        else if (field == QLatin1String("memoryMiBSeconds"))
            r.memoryMiBSeconds = quint64(value);
        else if (field == QLatin1String("diskMiBSeconds"))
            r.diskMiBSeconds = quint64(value);
        else if (field == QLatin1String("uptimeMs"))
            r.uptimeMs = quint64(value);
        else if (field == QLatin1String("vcpus"))
            r.vcpus = quint32(value);
        else if (field == QLatin1String("toMs"))
            r.toMs = value;
        else if (field == QLatin1String("fromMs"))
            r.fromMs = value;
        const auto checked = checkPlausible(r);
        QCOMPARE(bool(checked), ok);
        if (!ok)
            QCOMPARE(checked.error().code, QStringLiteral("implausible-amounts"));
    }

    void jsonRoundTrip()
    {
        const auto key = keyOf('\x08');
        Entry receipt = vectorReceipt(key);
        QVERIFY(signEntry(receipt, key.secretKey));
        const QJsonObject json = entryToJson(receipt, true);
        QCOMPARE(json.value(QStringLiteral("node")).toString(), nodeIdOf(key.publicKey));
        const auto back = entryFromJson(json);
        QVERIFY2(back, qPrintable(back.error().message));
        QVERIFY(std::get<Receipt>(back.value()) == std::get<Receipt>(receipt));
        QVERIFY(verifyEntry(back.value()));
        // Through text too.
        const auto reparsed = entryFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY(reparsed && verifyEntry(reparsed.value()));

        Transfer t;
        t.header.publicKey = key.publicKey;
        t.header.seq = 2;
        t.header.prev = entryHash(receipt);
        t.timeMs = 1767229300000;
        t.payee = nodeIdBytesOf(keyOf('\x09').publicKey);
        t.amountMillicredits = 1500;
        t.memo = QStringLiteral("thanks for the mirror");
        Entry transfer = t;
        QVERIFY(signEntry(transfer, key.secretKey));
        const auto transferBack = entryFromJson(entryToJson(transfer));
        QVERIFY(transferBack && std::get<Transfer>(transferBack.value()) == std::get<Transfer>(transfer));
        QVERIFY(transferBack && verifyEntry(transferBack.value()));
    }

    void jsonRefusals_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("fraction") << QStringLiteral("core_ms") << QJsonValue(1.5);
        QTest::newRow("negative") << QStringLiteral("core_ms") << QJsonValue(-1);
        QTest::newRow("too big for JSON") << QStringLiteral("core_ms") << QJsonValue(9007199254740992.0);
        QTest::newRow("text number") << QStringLiteral("seq") << QJsonValue(QStringLiteral("1"));
        QTest::newRow("upper-case hex")
            << QStringLiteral("prev") << QJsonValue(QString(64, QLatin1Char('A')));
        QTest::newRow("short key") << QStringLiteral("public_key") << QJsonValue(QStringLiteral("00"));
        QTest::newRow("unknown member") << QStringLiteral("bonus") << QJsonValue(1);
        QTest::newRow("control character")
            << QStringLiteral("microcloud") << QJsonValue(QStringLiteral("a\nb"));
        QTest::newRow("seq zero") << QStringLiteral("seq") << QJsonValue(0);
        QTest::newRow("kind") << QStringLiteral("kind") << QJsonValue(QStringLiteral("gift"));
        QTest::newRow("version") << QStringLiteral("version") << QJsonValue(2);
    }

    void jsonRefusals()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const auto k = keyOf('\x0a');
        Entry receipt = vectorReceipt(k);
        QVERIFY(signEntry(receipt, k.secretKey));
        QJsonObject json = entryToJson(receipt);
        json.insert(key, value);
        const auto parsed = entryFromJson(json);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("malformed-entry"));
        QVERIFY(!parsed.error().message.isEmpty());
        json = entryToJson(receipt);
        json.remove(QStringLiteral("uptime_ms"));
        QVERIFY(!entryFromJson(json));
    }

    // docs/ledger-protocol.md, section 5.
    void policyWorkedExamples()
    {
        RewardPolicy policy;
        ContributionTotals one;
        one.coreMs = 7200000;
        one.memoryMiBSeconds = 2048 * 3600;
        one.diskMiBSeconds = 10240 * 3600;
        one.capacityCoreMs = 2 * 3600000;
        QCOMPARE(policy.earnedMillicredits(one), 2550);

        ContributionTotals half = one;
        half.coreMs = 1800000;
        QCOMPARE(policy.earnedMillicredits(half), 1050);

        policy.effortWeightPercent = 50;
        QCOMPARE(RewardPolicy::sharePermille(one), 1000);
        QCOMPARE(policy.earnedMillicredits(one), 3825);
        ContributionTotals big = one;
        big.capacityCoreMs = 32ULL * 3600000;
        QCOMPARE(RewardPolicy::sharePermille(big), 62);
        QCOMPARE(policy.earnedMillicredits(big), 2629);

        ContributionTotals none;
        QCOMPARE(policy.earnedMillicredits(none), 0);
        QCOMPARE(RewardPolicy::sharePermille(none), 0);

        const auto back = RewardPolicy::fromJson(policy.toJson());
        QVERIFY(back);
        QCOMPARE(back->effortWeightPercent, 50);
        QCOMPARE(back->millicreditsPerCoreHour, 1000);
        QJsonObject bad = policy.toJson();
        bad.insert(QStringLiteral("effort_weight_percent"), 101);
        QVERIFY(!RewardPolicy::fromJson(bad));
    }
};

QTEST_GUILESS_MAIN(TestLedgerReceipt)
#include "tst_ledger_receipt.moc"
