// SPDX-License-Identifier: GPL-3.0-or-later
// ReceiptBuilder: hours of metering into receipt bodies in the protocol's units, with worked numbers (the
// protocol's test vector comes out of one metered hour), clamping to the caps, skipped hours, and a sweep of
// random totals that must always pass checkPlausible.
#include "ledger/ReceiptBuilder.h"
#include "platform/Crypto.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Cloudy;
using namespace Cloudy::Ledger;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kJan1 = 1767225600000; // 2026-01-01T00:00:00Z

DonatedCaps caps()
{
    DonatedCaps c;
    c.vcpus = 2;
    c.hostVcpus = 8;
    c.memoryMiB = 2048;
    c.hostMemoryMiB = 16384;
    c.diskMiB = 10240;
    return c;
}

Metering::HourlyUsage hour(qint64 startMs, double coreSeconds, double memoryGiBSeconds, double diskGiBHours,
                           double runningSeconds, const QString &domain = QStringLiteral("cloudy-node"))
{
    Metering::HourlyUsage h;
    h.hourStart = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    h.domain = domain;
    h.totals.coreSeconds = coreSeconds;
    h.totals.memoryGiBSeconds = memoryGiBSeconds;
    h.totals.diskGiBHours = diskGiBHours;
    h.totals.runningSeconds = runningSeconds;
    h.totals.samples = 60;
    return h;
}

// The body as the first entry of a chain, so checkPlausible sees a complete entry.
Entry asFirstEntry(const Receipt &body, const Crypto::SigningKeyPair &key)
{
    Entry entry = body;
    headerOf(entry).publicKey = key.publicKey;
    headerOf(entry).seq = 1;
    signEntry(entry, key.secretKey);
    return entry;
}

} // namespace

class TestReceiptBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullHourIsTheProtocolVector()
    {
        // One core busy on average, 2 GiB and 10 GiB of disk for the whole hour, the guest up all along.
        const auto receipts = buildReceipts({hour(kJan1, 3600, 2 * 3600, 10, 3600)}, caps(),
                                            QStringLiteral("guifi-bcn"), kJan1 + kHour);
        QCOMPARE(receipts.size(), 1);
        const Receipt &r = receipts.first();
        QCOMPARE(r.fromMs, kJan1);
        QCOMPARE(r.toMs, kJan1 + kHour);
        QCOMPARE(r.vcpus, 2u);
        QCOMPARE(r.hostVcpus, 8u);
        QCOMPARE(r.memoryMiB, 2048u);
        QCOMPARE(r.hostMemoryMiB, 16384u);
        QCOMPARE(r.diskMiB, 10240u);
        QCOMPARE(r.coreMs, 3600000u); // 3600 core-seconds
        QCOMPARE(r.memoryMiBSeconds, 7372800u); // 7200 GiB·s × 1024
        QCOMPARE(r.diskMiBSeconds, 36864000u); // 10 GiB-hours × 1024 × 3600
        QCOMPARE(r.uptimeMs, 3600000u);
        // Signed with the protocol's test key (seed 32 × 01) it is the receipt of docs/ledger-protocol.md.
        const Crypto::SigningKeyPair key = Crypto::signingKeyPairFromSeed(QByteArray(32, '\x01'));
        const Entry entry = asFirstEntry(r, key);
        QCOMPARE(entryHash(entry).toHex(),
                 QByteArrayLiteral("1e1a5fad0f562fb7e7f34425a5a9dadd83e2e2f5795b9dc8098558366e7d04f0"));
        QVERIFY(checkPlausible(entry));
    }

    void roundsAndClampsToTheCaps()
    {
        // 2.5 vCPUs' worth of CPU on 2 donated vCPUs, 3 GiB-hours on 2 GiB, 4000 s of uptime in 3600 s,
        // 12 GiB-hours of a 10 GiB disk: each stops at what the caps give in an hour.
        const auto over = receiptForHour(kJan1, hour(kJan1, 9000, 3 * 3600, 12, 4000).totals, caps(), {});
        QVERIFY(over);
        QCOMPARE(over->coreMs, 7200000u); // 2 vCPUs × 3 600 000 ms
        QCOMPARE(over->memoryMiBSeconds, 7372800u); // 2048 MiB × 3600 s
        QCOMPARE(over->diskMiBSeconds, 36864000u); // 10240 MiB × 3600 s
        QCOMPARE(over->uptimeMs, 3600000u);
        // Fractions round to the nearest unit: 0.0004 s is 0 ms, 1.2345 s is 1235 ms; 0.5 GiB·s is 512 MiB·s.
        const auto small = receiptForHour(kJan1, hour(kJan1, 1.2345, 0.5, 0, 0.0004).totals, caps(), {});
        QCOMPARE(small->coreMs, 1235u);
        QCOMPARE(small->memoryMiBSeconds, 512u);
        QCOMPARE(small->uptimeMs, 0u);
        // Nonsense from a broken counter counts as nothing, never as a huge number.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const auto broken = receiptForHour(
            kJan1, hour(kJan1, nan, -5, std::numeric_limits<double>::infinity(), 60).totals, caps(), {});
        QCOMPARE(broken->coreMs, 0u);
        QCOMPARE(broken->memoryMiBSeconds, 0u);
        QCOMPARE(broken->diskMiBSeconds, 36864000u); // infinity stops at the cap
        QCOMPARE(broken->uptimeMs, 60000u);
        // Host figures below the donation (a stale reading) are raised so that vcpus ≤ host vcpus holds.
        DonatedCaps odd = caps();
        odd.hostVcpus = 1;
        odd.hostMemoryMiB = 1024;
        const auto raised = receiptForHour(kJan1, hour(kJan1, 60, 60, 0, 60).totals, odd, {});
        QCOMPARE(raised->hostVcpus, 2u);
        QCOMPARE(raised->hostMemoryMiB, 2048u);
    }

    void skipsWhatIsNotAReceipt()
    {
        const QList<Metering::HourlyUsage> hours {
            hour(kJan1 + 3 * kHour, 0, 0, 0, 0), // nothing donated
            hour(kJan1 + 2 * kHour, 1800, 0, 0, 1800), // listed out of order
            hour(kJan1, 60, 0, 0, 60), // before notBefore (already receipted)
            hour(kJan1 + kHour + 1000, 60, 0, 0, 60), // not a whole hour
            hour(kJan1 + 4 * kHour, 60, 0, 0, 60), // not ended at "now"
            hour(kJan1 + kHour, 1800, 0, 0, 3600, QStringLiteral("a")), // two domains in one hour add up
            hour(kJan1 + kHour, 1800, 0, 0, 3600, QStringLiteral("b")),
        };
        const qint64 now = kJan1 + 4 * kHour + 59 * 60 * 1000;
        const auto receipts = buildReceipts(hours, caps(), QStringLiteral("mc"), now, kJan1 + kHour);
        QCOMPARE(receipts.size(), 2);
        QCOMPARE(receipts.at(0).fromMs, kJan1 + kHour);
        QCOMPARE(receipts.at(0).coreMs, 3600000u);
        QCOMPARE(receipts.at(0).uptimeMs, 3600000u); // 7200 s of two domains, clamped to the hour
        QCOMPARE(receipts.at(1).fromMs, kJan1 + 2 * kHour);
        QCOMPARE(receipts.at(1).coreMs, 1800000u);
        // No vCPU donated: no receipt at all (the protocol needs 1…1024).
        DonatedCaps none = caps();
        none.vcpus = 0;
        QVERIFY(buildReceipts(hours, none, {}, now).isEmpty());
    }

    void microcloudNameFitsTheProtocol()
    {
        QCOMPARE(receiptMicrocloud(QStringLiteral("guifi\n-bcn\x7f")), QStringLiteral("guifi-bcn"));
        const QString longName(300, QChar(0xe9)); // é: 2 UTF-8 bytes each
        const QString cut = receiptMicrocloud(longName);
        QCOMPARE(cut.toUtf8().size(), 254);
        QString emoji;
        for (int i = 0; i < 100; ++i)
            emoji += QString::fromUtf8("\xf0\x9f\x8c\xa9"); // 4 bytes, a surrogate pair
        const QString cutEmoji = receiptMicrocloud(emoji);
        QCOMPARE(cutEmoji.toUtf8().size(), 252);
        QVERIFY(!cutEmoji.back().isHighSurrogate());
    }

    void randomTotalsAlwaysPlausible()
    {
        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        QRandomGenerator random(20261126);
        for (int i = 0; i < 2000; ++i) {
            DonatedCaps c;
            c.vcpus = random.bounded(1, 2000); // over the protocol's 1024 too
            c.hostVcpus = random.bounded(0, 2000);
            c.memoryMiB = random.bounded(0, 1 << 20);
            c.hostMemoryMiB = random.bounded(0, 1 << 20);
            c.diskMiB = random.bounded(0, 1 << 22);
            const double scale = std::pow(10.0, random.bounded(8));
            const auto r = receiptForHour(
                kJan1,
                hour(kJan1, random.generateDouble() * scale * 10, random.generateDouble() * scale * 1000,
                     random.generateDouble() * scale, random.generateDouble() * scale)
                    .totals,
                c, QStringLiteral("x"));
            if (!r)
                continue;
            const auto plausible = checkPlausible(asFirstEntry(*r, key));
            QVERIFY2(plausible, qPrintable(plausible ? QString() : plausible.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestReceiptBuilder)
#include "tst_ledger_receiptbuilder.moc"
