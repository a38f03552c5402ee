// SPDX-License-Identifier: GPL-3.0-or-later
// UsageMeter on libvirt's in-process test driver (test:///default, no daemon): readings of exactly the named
// domain (collectDomainStats takes a prefix), recorded in a real UsageStore with an injected clock; a
// missing domain records nothing; nothing is sampled while the session is closed.
#include "TestEnv.h"
#include "metering/UsageMeter.h"
#include "metering/UsageStore.h"
#include "virt/Domain.h"
#include "virt/DomainXml.h"
#include "virt/Session.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Cloudy::Metering;
using namespace Cloudy::Virt;

namespace {

const QString testUri = QStringLiteral("test:///default");
const QString node = QStringLiteral("cloudy-test-meter");
const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

DomainSpec guest(const QString &name)
{
    DomainSpec spec;
    spec.name = name;
    spec.kind = GuestKind::Qemu;
    spec.vcpus = 2;
    spec.memoryMiB = 256;
    spec.kernel = QStringLiteral("/nonexistent/vmlinuz"); // the test driver runs nothing
    spec.serialPty = false;
    return spec;
}

} // namespace

class TestMeteringMeter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    QList<Domain> m_domains;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<Session>(testUri);
        m_session->setAutoReconnect(false);
        const auto opened = m_session->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        // Two domains with the same prefix: the meter must keep only its own.
        for (const QString &name : QStringList {node, node + QStringLiteral("-2")}) {
            auto domain = m_session->createTransient(guest(name));
            QVERIFY2(domain.ok(), qPrintable(domain.error().message));
            m_domains.append(domain.value());
        }
    }

    void cleanupTestCase()
    {
        for (Domain &domain : m_domains)
            domain.destroy();
    }

    void recordsExactlyTheNamedDomain()
    {
        UsageStore store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("exact.sqlite"))));
        UsageMeter meter(m_session.get(), &store);
        meter.setDomainName(node);
        QCOMPARE(meter.domainName(), node);
        QDateTime now = t0;
        meter.setClock([&now] { return now; });
        QSignalSpy sampled(&meter, &UsageMeter::sampled);

        for (int i = 0; i < 3; ++i) {
            const auto result = meter.sampleNow();
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QVERIFY(result.value());
            now = now.addSecs(5);
        }
        QCOMPARE(sampled.count(), 3);
        const auto reading = sampled.last().at(0).value<UsageReading>();
        QCOMPARE(reading.domain, node);
        QCOMPARE(reading.at, t0.addSecs(10));
        QVERIFY(reading.running);
        QVERIFY(meter.lastReading());
        QCOMPARE(meter.lastReading()->at, t0.addSecs(10));
        QVERIFY(meter.cpuCoresNow() >= 0);

        const auto all = store.readings(t0, t0.addSecs(60));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3); // nothing of node-2
        for (const UsageReading &stored : all.value())
            QCOMPARE(stored.domain, node);
        const auto totals = store.totals(t0, t0.addSecs(3600), node);
        QCOMPARE(totals->runningSeconds, 10.0);
        QCOMPARE(totals->samples, qint64(3));
    }

    void missingDomainRecordsNothing()
    {
        UsageStore store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("missing.sqlite"))));
        UsageMeter meter(m_session.get(), &store);
        meter.setDomainName(node + QStringLiteral("-absent"));
        QSignalSpy sampled(&meter, &UsageMeter::sampled);
        const auto result = meter.sampleNow();
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(!result.value());
        QCOMPARE(sampled.count(), 0);
        QCOMPARE(meter.cpuCoresNow(), 0.0);
        QCOMPARE(store.readings(t0.addYears(-10), t0.addYears(10))->size(), 0);
    }

    void timerSamplesWithoutStore()
    {
        UsageMeter meter(m_session.get(), nullptr);
        meter.setDomainName(node);
        meter.setInterval(30);
        QSignalSpy sampled(&meter, &UsageMeter::sampled);
        QSignalSpy failed(&meter, &UsageMeter::failed);
        meter.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 3, 5000);
        meter.stop();
        const qsizetype count = sampled.count();
        QTest::qWait(100);
        QCOMPARE(sampled.count(), count);
        QCOMPARE(failed.count(), 0);
    }

    // Last: closes the shared session.
    void nothingWhileDisconnected()
    {
        UsageStore store;
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("closed.sqlite"))));
        Session session(testUri);
        session.setAutoReconnect(false);
        QVERIFY(session.open().ok());
        UsageMeter meter(&session, &store);
        meter.setDomainName(node);
        meter.setInterval(20);
        QSignalSpy sampled(&meter, &UsageMeter::sampled);
        QSignalSpy failed(&meter, &UsageMeter::failed);
        session.close();
        const auto result = meter.sampleNow();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("metering-disconnected"));
        // The timer skips quietly: no failure every interval while libvirt is away.
        meter.start();
        QTest::qWait(200);
        meter.stop();
        QCOMPARE(sampled.count(), 0);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(store.readings(t0.addYears(-10), t0.addYears(10))->size(), 0);
    }
};

CLOUDY_TEST_MAIN(TestMeteringMeter)
#include "tst_metering_meter.moc"
