// SPDX-License-Identifier: GPL-3.0-or-later
// core/virt against libvirt's in-process test driver (test:///default, no daemon): Session, lifecycle
// events through the Qt event loop, domain operations, cap changes, listing, stats and storage.
#include "TestEnv.h"
#include "virt/Domain.h"
#include "virt/DomainStats.h"
#include "virt/DomainXml.h"
#include "virt/EventLoop.h"
#include "virt/Session.h"
#include "virt/Storage.h"
#include "virt/VirtConnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Cloudy::Virt;

namespace {

const QString testUri = QStringLiteral("test:///default");

DomainSpec guest(const QString &name)
{
    DomainSpec spec;
    spec.name = name;
    spec.kind = GuestKind::Qemu;
    spec.vcpus = 1;
    spec.maxVcpus = 2;
    spec.memoryMiB = 128;
    spec.kernel = QStringLiteral("/nonexistent/vmlinuz"); // the test driver runs nothing
    spec.serialPty = false;
    spec.metadata = {{QStringLiteral("role"), QStringLiteral("contribution")}};
    return spec;
}

} // namespace

class TestVirtTestDriver : public QObject
{
    Q_OBJECT

    std::unique_ptr<Session> m_session;

    // Waits until the session reported `type` for `name` (events before it are skipped).
    bool waitForEvent(QSignalSpy &spy, const QString &name, DomainEvent::Type type)
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            while (!spy.isEmpty()) {
                const QList<QVariant> arguments = spy.takeFirst();
                const auto event = arguments.at(1).value<DomainEvent>();
                if (arguments.at(0).toString() == name && event.type == type)
                    return true;
            }
            if (!spy.wait(200) && spy.isEmpty())
                continue;
        }
        return false;
    }

    void cleanupDomains()
    {
        const auto domains = m_session->listDomains(QStringLiteral("cloudy-test-virt-"));
        if (!domains)
            return;
        for (Domain domain : domains.value()) {
            if (domain.isActive())
                domain.destroy();
            if (domain.isPersistent())
                domain.undefine();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<Session>(testUri);
        QSignalSpy states(m_session.get(), &Session::stateChanged);
        const auto opened = m_session->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(m_session->state(), Session::State::Connected);
        QVERIFY(states.size() >= 1);
        QCOMPARE(states.last().at(0).value<Session::State>(), Session::State::Connected);
        QCOMPARE(m_session->driverName(), QStringLiteral("TEST"));
        QVERIFY(m_session->lastError().message.isEmpty());
        QVERIFY(qtEventLoopRegistered());
    }

    void cleanup() { cleanupDomains(); }

    void lifecycleEventsArriveAsSignals()
    {
        QSignalSpy events(m_session.get(), &Session::domainEvent);
        const QString name = QStringLiteral("cloudy-test-virt-flow");
        auto domain = m_session->define(guest(name));
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Defined));
        QVERIFY(domain->isPersistent());
        QVERIFY(!domain->isActive());
        QCOMPARE(domain->state()->state, DomainState::State::Shutoff);

        QVERIFY(domain.value().start().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Started));
        QCOMPARE(domain->state()->state, DomainState::State::Running);
        QCOMPARE(domain->state()->reasonText, QStringLiteral("booted"));

        QVERIFY(domain.value().suspend().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Suspended));
        QCOMPARE(domain->state()->state, DomainState::State::Paused);
        QCOMPARE(domain->state()->reasonText, QStringLiteral("user"));

        QVERIFY(domain.value().resume().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Resumed));

        QVERIFY(domain.value().shutdown().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Stopped));

        QVERIFY(domain.value().start().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Started));
        QVERIFY(domain.value().destroy().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Stopped));
        QCOMPARE(domain->state()->reasonText, QStringLiteral("destroyed"));

        QVERIFY(domain.value().undefine().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Undefined));
        const auto gone = m_session->lookup(name);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("domain-not-found"));
    }

    void transientGuestDisappearsWhenStopped()
    {
        QSignalSpy events(m_session.get(), &Session::domainEvent);
        const QString name = QStringLiteral("cloudy-test-virt-transient");
        auto domain = m_session->createTransient(guest(name));
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Started));
        QVERIFY(domain->isActive());
        QVERIFY(!domain->isPersistent());
        QVERIFY(domain.value().destroy().ok());
        QVERIFY(waitForEvent(events, name, DomainEvent::Type::Stopped));
        QVERIFY(!m_session->lookup(name).ok());
    }

    void definitionRoundTripsThroughLibvirt()
    {
        DomainSpec spec = guest(QStringLiteral("cloudy-test-virt-xml"));
        spec.cpuCapPercent = 40;
        spec.currentMemoryMiB = 96;
        auto domain = m_session->define(spec);
        QVERIFY2(domain.ok(), qPrintable(domain.error().message));
        const auto xml = domain->xmlDesc(true);
        QVERIFY(xml.ok());
        const auto info = parseDomainXml(xml.value());
        QVERIFY(info.ok());
        QCOMPARE(info->name, spec.name);
        QCOMPARE(info->cpuCapPercent(), 40);
        QCOMPARE(info->currentMemoryKiB, quint64(96 * 1024));
        QCOMPARE(info->maxVcpus, 2);
        QCOMPARE(info->vcpus, 1);
        QCOMPARE(info->metadata.value(QStringLiteral("role")), QStringLiteral("contribution"));
        QVERIFY(!info->uuid.isEmpty());
        QCOMPARE(domain->uuid(), info->uuid);

        QVERIFY(domain.value()
                    .setMetadata({{QStringLiteral("role"), QStringLiteral("service")},
                                  {QStringLiteral("service"), QStringLiteral("tahoe-lafs")}},
                                 Apply::Config)
                    .ok());
        const auto updated = parseDomainXml(domain->xmlDesc(true).value());
        QCOMPARE(updated->metadata.value(QStringLiteral("service")), QStringLiteral("tahoe-lafs"));
        QCOMPARE(updated->metadata.value(QStringLiteral("role")), QStringLiteral("service"));
    }

    void refusedDefinitionSaysWhy()
    {
        const auto bad =
            m_session->define(QByteArray("<domain type='qemu'><name>cloudy-test-virt-bad</name></domain>"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("domain-define"));
        QVERIFY(!bad.error().message.isEmpty());
        DomainSpec spec = guest(QStringLiteral("bad name"));
        const auto refused = m_session->define(spec);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("domain-spec"));
    }

    void capChangesSayWhereTheyLanded()
    {
        const QString name = QStringLiteral("cloudy-test-virt-caps");
        auto domain = m_session->define(guest(name));
        QVERIFY(domain.ok());

        // Stopped: only the definition changes.
        CapChange change;
        change.vcpus = 2;
        change.memoryMiB = 100;
        CapChangeResult result = domain.value().changeCaps(change);
        QCOMPARE(result.outcomes.size(), 2);
        for (const CapOutcome &outcome : result.outcomes)
            QCOMPARE(outcome.applied, CapOutcome::Applied::NextStart);
        QVERIFY(!result.allLive());
        QVERIFY(result.summary().contains(QStringLiteral("next start")));
        auto info = parseDomainXml(domain->xmlDesc(true).value());
        QCOMPARE(info->vcpus, 2);
        QCOMPARE(info->currentMemoryKiB, quint64(100 * 1024));

        // Running: live and in the definition.
        QVERIFY(domain.value().start().ok());
        change.vcpus = 1;
        change.memoryMiB = 64;
        result = domain.value().changeCaps(change);
        for (const CapOutcome &outcome : result.outcomes)
            QVERIFY2(outcome.applied == CapOutcome::Applied::LiveAndNextStart, qPrintable(outcome.detail));
        QVERIFY(result.allLive());
        info = parseDomainXml(domain->xmlDesc().value());
        QCOMPARE(info->currentMemoryKiB, quint64(64 * 1024));

        // More memory than the maximum: the definition's maximum is raised, the running guest cannot.
        CapChange bigger;
        bigger.memoryMiB = 512;
        result = domain.value().changeCaps(bigger);
        QCOMPARE(result.outcomes.size(), 1);
        QCOMPARE(result.outcomes[0].applied, CapOutcome::Applied::NextStart);
        QVERIFY(!result.outcomes[0].detail.isEmpty());
        info = parseDomainXml(domain->xmlDesc(true).value());
        QCOMPARE(info->memoryKiB, quint64(512 * 1024));

        // The test driver's scheduler knows only "weight": a CPU cap fails with the names it has.
        CapChange cap;
        cap.cpuCapPercent = 50;
        result = domain.value().changeCaps(cap);
        QCOMPARE(result.outcomes[0].applied, CapOutcome::Applied::Failed);
        QVERIFY2(result.outcomes[0].detail.contains(QStringLiteral("weight")),
                 qPrintable(result.outcomes[0].detail));
        QVERIFY(result.anyFailed());
        const auto parameters = domain->schedulerParameters();
        QVERIFY(parameters.ok());
        QVERIFY(parameters->contains(QStringLiteral("weight")));
        // The driver takes no flags: the call without them changes the running guest.
        const auto set = domain.value().setSchedulerParameters({{QStringLiteral("weight"), 70}}, Apply::Live);
        QVERIFY2(set.ok(), qPrintable(set.error().message));
    }

    void listsByPrefix()
    {
        for (const char *name :
             {"cloudy-test-virt-list-b", "cloudy-test-virt-list-a", "cloudy-test-virt-other"})
            QVERIFY(m_session->define(guest(QLatin1String(name))).ok());
        const auto listed = m_session->listDomains(QStringLiteral("cloudy-test-virt-list-"));
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).name(), QStringLiteral("cloudy-test-virt-list-a"));
        QCOMPARE(listed->at(1).name(), QStringLiteral("cloudy-test-virt-list-b"));
        const auto all = m_session->listDomains();
        QVERIFY(all->size() >= 3); // plus the driver's own "test" domain
    }

    void statsByBothMethods()
    {
        auto domain = m_session->createTransient(guest(QStringLiteral("cloudy-test-virt-stats")));
        QVERIFY(domain.ok());
        for (const StatsMethod method : {StatsMethod::Auto, StatsMethod::Bulk, StatsMethod::PerDomain}) {
            const auto stats = collectDomainStats(*m_session->connection(),
                                                  QStringLiteral("cloudy-test-virt-stats"), method);
            QVERIFY2(stats.ok(), qPrintable(stats.error().message));
            QCOMPARE(stats->size(), 1);
            const DomainStats &sample = stats->first();
            QCOMPARE(sample.name, QStringLiteral("cloudy-test-virt-stats"));
            QCOMPARE(sample.state, DomainState::State::Running);
            QCOMPARE(sample.source, method == StatsMethod::PerDomain ? DomainStats::Source::PerDomain
                                                                     : DomainStats::Source::BulkStats);
            if (method == StatsMethod::PerDomain) {
                QCOMPARE(sample.vcpus, 1);
                QCOMPARE(sample.memoryMaxKiB, quint64(128 * 1024));
            }
        }
    }

    void storagePoolAndSparseVolumes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Storage storage(*m_session->connection());
        const QString poolName = QStringLiteral("cloudy-test-virt-pool");
        const auto pool = storage.ensureDirectoryPool(poolName, dir.filePath(QStringLiteral("pool")));
        QVERIFY2(pool.ok(), qPrintable(pool.error().message));
        QVERIFY(pool->active);
        QVERIFY(pool->autostart);
        QCOMPARE(pool->path, dir.filePath(QStringLiteral("pool")));
        // A second call finds it.
        QVERIFY(storage.ensureDirectoryPool(poolName, dir.filePath(QStringLiteral("pool"))).ok());

        const auto volume = storage.createVolume(poolName, QStringLiteral("donated.img"), 2);
        QVERIFY2(volume.ok(), qPrintable(volume.error().message));
        QCOMPARE(volume->capacityBytes, 2ULL << 30);
        QCOMPARE(volume->name, QStringLiteral("donated.img"));
        QVERIFY(storage.refresh(poolName).ok());
        const auto info = storage.volumeInfo(poolName, QStringLiteral("donated.img"));
        QVERIFY(info.ok());
        QCOMPARE(info->capacityBytes, 2ULL << 30);
        QCOMPARE(storage.listVolumes(poolName)->size(), 1);
        QVERIFY(storage.deleteVolume(poolName, QStringLiteral("donated.img")).ok());
        QCOMPARE(storage.volumeInfo(poolName, QStringLiteral("donated.img")).error().code,
                 QStringLiteral("volume-not-found"));
        QVERIFY(storage.removePool(poolName, false).ok());
        QCOMPARE(storage.poolInfo(poolName).error().code, QStringLiteral("pool-not-found"));
    }

    void closedSessionRefusesWork()
    {
        Session session(testUri);
        QVERIFY(session.open().ok());
        session.close();
        QCOMPARE(session.state(), Session::State::Disconnected);
        const auto lookup = session.lookup(QStringLiteral("test"));
        QVERIFY(!lookup.ok());
        QCOMPARE(lookup.error().code, QStringLiteral("libvirt-disconnected"));
        QVERIFY(session.connection() == nullptr);
    }

    void unknownDriverExplainsItself()
    {
        Session session(QStringLiteral("nosuchdriver:///system"));
        session.setAutoReconnect(false);
        const auto opened = session.open();
        QVERIFY(!opened.ok());
        QCOMPARE(session.state(), Session::State::Disconnected);
        QVERIFY(!session.lastError().message.isEmpty());
        QVERIFY2(session.lastError().message.contains(QStringLiteral("nosuchdriver")),
                 qPrintable(session.lastError().message));
    }

    void failedOpenRetriesWithBackoff()
    {
        Session session(QStringLiteral("nosuchdriver:///system"));
        session.setReconnectDelays(10, 40);
        QSignalSpy states(&session, &Session::stateChanged);
        QVERIFY(!session.open().ok());
        // Each failed attempt doubles the delay, up to the maximum.
        QTRY_COMPARE_WITH_TIMEOUT(session.nextReconnectDelayMs(), 40, 5000);
        int attempts = 0;
        for (const QList<QVariant> &arguments : std::as_const(states))
            attempts += arguments.at(0).value<Session::State>() == Session::State::Connecting;
        QVERIFY(attempts >= 2);
        session.close();
    }
};

CLOUDY_TEST_MAIN(TestVirtTestDriver)
#include "tst_virt_testdriver.moc"
