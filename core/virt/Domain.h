// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace Cloudy::Virt {

class Connection;

// A domain's run state (virDomainState) and why it is in it (the reason code, as text).
struct DomainState
{
    Q_GADGET
public:
    enum class State
    {
        NoState,
        Running,
        Blocked,
        Paused,
        ShuttingDown,
        Shutoff,
        Crashed,
        PMSuspended,
    };
    Q_ENUM(State)
    State state = State::NoState;
    int reason = 0; // libvirt's reason code for this state (virDomainRunningReason…)
    QString reasonText; // e.g. "booted", "user", "destroyed", "shutdown"

    bool isActive() const
    {
        return state != State::Shutoff && state != State::NoState && state != State::Crashed;
    }
    static QString stateName(State state);
    // From libvirt's virDomainState and reason codes (pure).
    static DomainState fromLibvirt(int state, int reason);
};

// A lifecycle event of a domain (virConnectDomainEventRegisterAny with VIR_DOMAIN_EVENT_ID_LIFECYCLE).
struct DomainEvent
{
    Q_GADGET
public:
    enum class Type
    {
        Defined,
        Undefined,
        Started,
        Suspended,
        Resumed,
        Stopped,
        Shutdown,
        PMSuspended,
        Crashed,
        Unknown,
    };
    Q_ENUM(Type)
    Type type = Type::Unknown;
    int detail = 0; // libvirt's detail code (virDomainEvent…DetailType)
    QString detailText; // e.g. "booted", "paused", "destroyed", "finished"

    static QString typeName(Type type);
    // From libvirt's virDomainEventType and detail codes (pure).
    static DomainEvent fromLibvirt(int event, int detail);
};

// Where a change applies. Live: the running guest now. Config: the persistent definition (next start).
enum class Apply
{
    Live,
    Config,
    LiveAndConfig,
};

// What to change in a guest's caps; unset fields stay as they are.
struct CapChange
{
    std::optional<int> vcpus;
    std::optional<quint64> memoryMiB; // the balloon target (<currentMemory>); QEMU needs a balloon driver
    std::optional<int> cpuCapPercent; // percent of one core for the whole guest (see DomainSpec), 0: none
    std::optional<quint32> cpuPeriodUs; // default 100000 when a cap is set
    std::optional<quint64> cpuShares;
};

// How one part of a CapChange landed.
struct CapOutcome
{
    enum class Applied
    {
        LiveAndNextStart, // changed now and kept in the definition
        Live, // changed now; a transient guest has no definition to keep it
        NextStart, // only in the definition: the running guest keeps the old value until it restarts
        Failed,
    };
    QString what; // "vcpus", "memory", "cpu-cap", "cpu-shares"
    Applied applied = Applied::Failed;
    QString detail; // why it did not apply live (or at all), from libvirt
};

struct CapChangeResult
{
    QList<CapOutcome> outcomes;
    bool allLive() const;
    bool anyFailed() const;
    // One sentence per part that did not apply live, for the user ("cpu-cap: on next start (…)").
    QString summary() const;
};

// One libvirt domain. Cheap to copy (shares the handle). A Domain belongs to the connection it was looked
// up on: after Session::reconnected() look it up again.
class Domain
{
public:
    Domain();
    ~Domain();
    Domain(const Domain &);
    Domain &operator=(const Domain &);
    Domain(Domain &&) noexcept;
    Domain &operator=(Domain &&) noexcept;

    bool isNull() const;
    QString name() const;
    QString uuid() const;
    bool isActive() const;
    bool isPersistent() const;
    Result<DomainState> state() const;
    bool isPaused() const; // suspended (state Paused); false when the state cannot be read
    // Live XML of a running guest (or the definition of a stopped one); inactive: the definition as it
    // will be on the next start.
    Result<QByteArray> xmlDesc(bool inactive = false) const;

    Result<bool> start(); // virDomainCreate
    Result<bool> shutdown(); // graceful: ACPI power button (QEMU), SIGTERM to init (LXC)
    Result<bool> destroy(); // forced stop
    Result<bool> suspend();
    Result<bool> resume();
    // Removes the definition, with its managed save image, snapshots' metadata and NVRAM where they exist.
    // A running guest keeps running and becomes transient.
    Result<bool> undefine();

    Result<bool> setVcpus(int count, Apply apply);
    Result<bool> setMemoryMiB(quint64 mib, Apply apply); // balloon target (or LXC's memory limit)
    Result<bool> setMaxMemoryMiB(quint64 mib); // the definition's <memory> (next start)
    // Scheduler parameters by name (QEMU: cpu_shares, vcpu_period, vcpu_quota, global_period,
    // global_quota, emulator_*, iothread_*; LXC: cpu_shares, vcpu_period, vcpu_quota). Values are
    // converted to the type libvirt reports for each name.
    Result<QMap<QString, QVariant>> schedulerParameters(Apply apply = Apply::Live) const;
    Result<bool> setSchedulerParameters(const QMap<QString, qint64> &parameters, Apply apply);
    // Sets the CPU cap the way DomainSpec writes it (QEMU: global_period/quota; LXC: vcpu_period/quota,
    // which that driver applies to the container's cgroup). percent 0 removes the cap.
    Result<bool> setCpuCap(int percent, quint32 periodUs, Apply apply);

    // Applies each part live where the guest runs and in the definition where it has one, and says for
    // each part where it landed.
    CapChangeResult changeCaps(const CapChange &change);

    // Set or replace our metadata (live and/or config).
    Result<bool> setMetadata(const QMap<QString, QString> &metadata, Apply apply);

    // For code inside core/virt/ only.
    struct Private;
    Private *d() const { return m_d.get(); }
    explicit Domain(std::shared_ptr<Private> d);

private:
    std::shared_ptr<Private> m_d;
};

} // namespace Cloudy::Virt

Q_DECLARE_METATYPE(Cloudy::Virt::DomainEvent)
Q_DECLARE_METATYPE(Cloudy::Virt::DomainState)
