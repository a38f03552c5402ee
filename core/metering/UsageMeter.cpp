// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageMeter.h"

#include "MeteringLog.h"
#include "UsageStore.h"
#include "virt/DomainStats.h"
#include "virt/Session.h"
#include "virt/VirtConnection.h"

#include <QThreadPool>

namespace Cloudy::Metering {

namespace {

UsageReading readingFrom(const Virt::DomainStats &stats, const QDateTime &at)
{
    UsageReading reading;
    reading.at = at;
    reading.domain = stats.name;
    reading.running = stats.state == Virt::DomainState::State::Running;
    reading.cpuTimeNs = stats.cpuTimeNs;
    reading.vcpus = stats.vcpus;
    reading.memoryKiB = stats.memoryCurrentKiB;
    for (const Virt::DiskStats &disk : stats.disks) {
        reading.diskAllocationBytes += disk.allocationBytes;
        reading.diskCapacityBytes += disk.capacityBytes;
    }
    return reading;
}

} // namespace

UsageMeter::UsageMeter(Virt::Session *session, UsageStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_worker(std::make_shared<Worker>())
{
    m_worker->meter = this;
    qRegisterMetaType<Cloudy::Metering::UsageReading>();
    qRegisterMetaType<Cloudy::Metering::UsageTotals>();
    m_timer.setInterval(kDefaultIntervalMs);
    // Precise: the intervals are what the rates are computed over.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Nothing to ask while libvirt is away; the session reconnects by itself.
        if (!m_session || !m_session->isConnected())
            return;
        sampleInBackground();
    });
    if (m_session) {
        connect(m_session, &Virt::Session::disconnected, this, [this](const QString &reason) {
            qCInfo(lcMetering) << "libvirt went away, metering pauses:" << reason;
            m_cpuCoresNow = 0;
        });
        connect(m_session, &Virt::Session::reconnected, this, [this] {
            qCInfo(lcMetering) << "libvirt is back, metering goes on";
            if (m_timer.isActive())
                m_timer.start(); // a full interval from now, the connection's first moments are busy
        });
    }
}

void UsageMeter::setDomainName(const QString &name)
{
    if (name == m_domain)
        return;
    m_domain = name;
    m_last.reset();
    m_cpuCoresNow = 0;
}

void UsageMeter::setInterval(int ms)
{
    m_timer.setInterval(std::max(ms, 10));
}

void UsageMeter::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

void UsageMeter::start()
{
    m_timer.start();
}

void UsageMeter::stop()
{
    m_timer.stop();
}

UsageMeter::~UsageMeter()
{
    const std::lock_guard lock(m_worker->postMutex);
    m_worker->meter = nullptr; // a sample still under way is dropped
}

Result<bool> UsageMeter::sampleNow()
{
    if (m_domain.isEmpty())
        return false;
    const Virt::Connection *connection = m_session ? m_session->connection() : nullptr;
    if (!m_session || !m_session->isConnected() || !connection)
        return Error {QStringLiteral("metering-disconnected"),
                      tr("The contribution node cannot be metered: libvirt is not connected.")};
    // The call takes a name prefix: keep the domain of exactly this name.
    const auto stats = Virt::collectDomainStats(*connection, m_domain);
    if (!stats)
        return stats.error();
    return recordStats(stats.value());
}

void UsageMeter::sampleInBackground()
{
    if (m_domain.isEmpty() || m_sampling)
        return; // the previous sample is still being taken: skip this tick
    const QString uri = m_session->uri();
    if (uri.startsWith(QLatin1String("test:"))) {
        // libvirt's test driver lives in this process (a second connection would be a second, empty
        // driver) and never blocks.
        const auto sampled = sampleNow();
        if (!sampled)
            Q_EMIT failed(sampled.error());
        return;
    }
    m_sampling = true;
    const QString domain = m_domain;
    const std::shared_ptr<Worker> worker = m_worker;
    QThreadPool::globalInstance()->start([worker, uri, domain] {
        Result<QList<Virt::DomainStats>> stats = Error {};
        {
            const std::lock_guard lock(worker->connectionMutex);
            if (!worker->connection || worker->connection->uri() != uri || !worker->connection->isAlive()) {
                worker->connection.reset();
                auto opened = Virt::Connection::open(uri);
                if (opened)
                    worker->connection.emplace(std::move(opened).value());
                else
                    stats = opened.error();
            }
            if (worker->connection) {
                stats = Virt::collectDomainStats(*worker->connection, domain);
                if (!stats)
                    worker->connection.reset(); // opened again next time
            }
        }
        const std::lock_guard lock(worker->postMutex);
        if (!worker->meter)
            return;
        QMetaObject::invokeMethod(
            worker->meter,
            [meter = worker->meter, stats = std::move(stats), domain] {
                meter->m_sampling = false;
                if (domain != meter->m_domain)
                    return; // the domain changed meanwhile
                const Result<bool> recorded =
                    stats ? meter->recordStats(stats.value()) : Result<bool>(stats.error());
                if (!recorded)
                    Q_EMIT meter->failed(recorded.error());
            },
            Qt::QueuedConnection);
    });
}

Result<bool> UsageMeter::recordStats(const QList<Virt::DomainStats> &stats)
{
    const auto found = std::find_if(stats.begin(), stats.end(),
                                    [this](const Virt::DomainStats &one) { return one.name == m_domain; });
    if (found == stats.end()) {
        // Not there (not created yet, or a transient domain that stopped): nothing is donated.
        m_cpuCoresNow = 0;
        return false;
    }
    const UsageReading reading = readingFrom(*found, m_clock().toUTC());

    if (m_store && m_store->isOpen()) {
        const auto recorded = m_store->record(reading);
        if (!recorded)
            return recorded.error();
    }

    m_cpuCoresNow = 0;
    if (m_last && reading.running && reading.cpuTimeNs >= m_last->cpuTimeNs) {
        const qint64 ms = m_last->at.msecsTo(reading.at);
        if (ms > 0)
            m_cpuCoresNow = double(reading.cpuTimeNs - m_last->cpuTimeNs) / 1e6 / double(ms);
    }
    m_last = reading;
    Q_EMIT sampled(reading, m_cpuCoresNow);
    return true;
}

} // namespace Cloudy::Metering
