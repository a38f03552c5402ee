// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metering/Usage.h"
#include "virt/VirtConnection.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Cloudy::Virt {
class Session;
struct DomainStats;
} // namespace Cloudy::Virt

namespace Cloudy::Metering {

class UsageStore;

// Samples the contribution domain through Virt::collectDomainStats (bulk for QEMU, per-domain for LXC) every
// interval, records each reading in the store and says what is donated now. Nothing is sampled while the
// session is disconnected; after reconnected() sampling goes on (a counter that went down is a restart).
class UsageMeter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5000;

    UsageMeter(Virt::Session *session, UsageStore *store, QObject *parent = nullptr);
    ~UsageMeter() override;

    void setDomainName(const QString &name);
    QString domainName() const { return m_domain; }
    void setInterval(int ms);
    // For tests: the clock readings are stamped with.
    void setClock(std::function<QDateTime()> clock);

    void start();
    void stop();
    // Takes one reading now, in this thread. Error when libvirt could not be asked; a missing domain is not
    // an error (nothing donated, nothing recorded).
    Result<bool> sampleNow();
    // What the timer does: the same, but libvirt is asked from a pool thread on a connection of the
    // meter's own, and the reading is recorded here when it comes back. Asking a busy QEMU guest for its
    // stats can take seconds (its main loop shares the guest's CPU cap), which must never freeze the GUI.
    void sampleInBackground();

    // The last reading and the rate between the last two: CPU in cores (1.0 = one full core).
    std::optional<UsageReading> lastReading() const { return m_last; }
    double cpuCoresNow() const { return m_cpuCoresNow; }

Q_SIGNALS:
    // After each recorded reading.
    void sampled(const Cloudy::Metering::UsageReading &reading, double cpuCores);
    void failed(const Cloudy::Error &error);

private:
    // Shared with the pool thread of a sample under way, which may outlive the meter.
    struct Worker
    {
        std::mutex connectionMutex;
        std::optional<Virt::Connection> connection;
        std::mutex postMutex;
        UsageMeter *meter = nullptr; // null once the meter is gone
    };
    Result<bool> recordStats(const QList<Virt::DomainStats> &stats);

    Virt::Session *m_session;
    UsageStore *m_store;
    QString m_domain;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;
    std::optional<UsageReading> m_last;
    double m_cpuCoresNow = 0;
    bool m_sampling = false;
    std::shared_ptr<Worker> m_worker;
};

} // namespace Cloudy::Metering
