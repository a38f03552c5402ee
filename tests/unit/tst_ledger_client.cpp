// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the client sync: ledger addresses as users and TXT records give them, pins, the back-off
// schedule, and reading the ledger's node and summary answers.
#include "ledger/LedgerClient.h"

#include <QJsonArray>
#include <QTest>

using namespace Cloudy;
using namespace Cloudy::Ledger;

class TestLedgerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledgerUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("txt form") << QStringLiteral("http://10.139.40.5:8787/v1/")
                                  << QStringLiteral("http://10.139.40.5:8787");
        QTest::newRow("bare") << QStringLiteral(" https://ledger.example.org ")
                              << QStringLiteral("https://ledger.example.org");
        QTest::newRow("prefix") << QStringLiteral("HTTPS://ledger.example.org/guifi/v1")
                                << QStringLiteral("https://ledger.example.org/guifi");
        QTest::newRow("ftp") << QStringLiteral("ftp://ledger.example.org/") << QString();
        QTest::newRow("no host") << QStringLiteral("http:///v1/") << QString();
        QTest::newRow("query") << QStringLiteral("http://x.org/?a=1") << QString();
        QTest::newRow("text") << QStringLiteral("ledger") << QString();
    }
    void ledgerUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto url = normalizeLedgerUrl(text);
        if (expected.isEmpty()) {
            QCOMPARE(url.error().code, QStringLiteral("bad-ledger-url"));
            return;
        }
        QVERIFY(url);
        QCOMPARE(url->toString(), expected);
    }

    void pins()
    {
        const QString hex = QStringLiteral("3F2A91C0") + QString(56, QLatin1Char('0'));
        QCOMPARE(parsePin(hex).value().toHex(), hex.toLower().toLatin1());
        QCOMPARE(parsePin(QStringLiteral("sha256:") + hex.toLower()).value().size(), 32);
        QString colons;
        for (int i = 0; i < 64; i += 2)
            colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
        QCOMPARE(parsePin(colons).value(), parsePin(hex).value());
        QCOMPARE(parsePin(hex.left(62)).error().code, QStringLiteral("bad-pin"));
        QCOMPARE(parsePin(QString(64, QLatin1Char('g'))).error().code, QStringLiteral("bad-pin"));
    }

    void backoff()
    {
        // 30 s doubling per failure, capped at 30 min; the jitter keeps [½, 1] of it.
        QCOMPARE(backoffDelayMs(0, 0.999999), 29999);
        QCOMPARE(backoffDelayMs(0, 0.0), 15000);
        QCOMPARE(backoffDelayMs(3, 0.0), 120000);
        QCOMPARE(backoffDelayMs(6, 0.0), 900000); // 1 920 s capped at 1 800 s
        QCOMPARE(backoffDelayMs(7, 0.0), 900000);
        QCOMPARE(backoffDelayMs(1000, 0.5), 1350000);
        QCOMPARE(backoffDelayMs(2, 0.0, 100, 1000), 200);
    }

    void answers()
    {
        const QString id(64, QLatin1Char('a'));
        QJsonObject totals {{QStringLiteral("core_ms"), 7200000},
                            {QStringLiteral("memory_mib_s"), 7372800},
                            {QStringLiteral("disk_mib_s"), 0},
                            {QStringLiteral("uptime_ms"), 3600000},
                            {QStringLiteral("capacity_core_ms"), 14400000}};
        QJsonObject node {
            {QStringLiteral("node"), id},     {QStringLiteral("public_key"), QString(64, QLatin1Char('b'))},
            {QStringLiteral("last_seq"), 2},  {QStringLiteral("last_hash"), QString(64, QLatin1Char('c'))},
            {QStringLiteral("receipts"), 1},  {QStringLiteral("totals"), totals},
            {QStringLiteral("earned"), 2500}, {QStringLiteral("received"), 10},
            {QStringLiteral("sent"), 1500},   {QStringLiteral("balance"), 1010},
            {QStringLiteral("rank"), 3}};
        const NodeView view = nodeViewFromJson(node).value();
        QCOMPARE(view.lastSeq, 2u);
        QCOMPARE(view.totals.receipts, 1u);
        QCOMPARE(view.totals.capacityCoreMs, 14400000u);
        QCOMPARE(view.balance(), 1010);
        node.insert(QStringLiteral("earned"), 2.5);
        QCOMPARE(nodeViewFromJson(node).error().code, QStringLiteral("bad-answer"));
        node.insert(QStringLiteral("earned"), 2500);
        node.insert(QStringLiteral("node"), QStringLiteral("xyz"));
        QVERIFY(!nodeViewFromJson(node));

        const QJsonObject summary {
            {QStringLiteral("nodes"), 2},
            {QStringLiteral("entries"), 3},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("earned"), 4500},
            {QStringLiteral("top"), QJsonArray {QJsonObject {{QStringLiteral("node"), id},
                                                             {QStringLiteral("earned"), 2500},
                                                             {QStringLiteral("core_ms"), 7200000}}}}};
        const LedgerSummary s = summaryFromJson(summary).value();
        QCOMPARE(s.nodes, 2u);
        QCOMPARE(s.earned, 4500);
        QCOMPARE(s.top.size(), 1);
        QCOMPARE(s.top.first().nodeId, id);
        QVERIFY(!summaryFromJson({}));
    }
};

QTEST_GUILESS_MAIN(TestLedgerClient)
#include "tst_ledger_client.moc"
