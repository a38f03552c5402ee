// SPDX-License-Identifier: GPL-3.0-or-later
#include "Domain.h"

#include "DomainPrivate.h"
#include "DomainXml.h"
#include "Libvirt.h"
#include "VirtConnection.h"
#include "VirtLog.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <array>
#include <functional>

namespace Cloudy::Virt {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt)
};

template<std::size_t N> QString pick(const std::array<const char *, N> &names, int index)
{
    if (index < 0 || std::size_t(index) >= N)
        return QStringLiteral("unknown");
    return QLatin1String(names[std::size_t(index)]);
}

unsigned int affectFlags(Apply apply)
{
    switch (apply) {
    case Apply::Live:
        return VIR_DOMAIN_AFFECT_LIVE;
    case Apply::Config:
        return VIR_DOMAIN_AFFECT_CONFIG;
    case Apply::LiveAndConfig:
        return VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG;
    }
    return VIR_DOMAIN_AFFECT_CURRENT;
}

Error nullDomain()
{
    return {QStringLiteral("domain-null"), Tr::tr("No guest is selected (look it up first).")};
}

QString driverOf(virDomainPtr domain)
{
    const char *type = virConnectGetType(virDomainGetConnect(domain));
    return type ? QString::fromUtf8(type) : QString();
}

Result<bool> check(int rc, const QString &code, const QString &context)
{
    if (rc < 0)
        return libvirtFailure(code, context);
    return true;
}

} // namespace

Error libvirtFailure(const QString &code, const QString &context)
{
    const Error error = lastError(code);
    return {code, context.isEmpty() ? error.message : context + QStringLiteral(": ") + error.message};
}

int lastErrorCode()
{
    const virErrorPtr error = virGetLastError();
    return error ? error->code : 0;
}

QString DomainState::stateName(State state)
{
    static constexpr std::array names {"nostate",       "running", "blocked", "paused",
                                       "shutting-down", "shutoff", "crashed", "pmsuspended"};
    return pick(names, int(state));
}

DomainState DomainState::fromLibvirt(int state, int reason)
{
    DomainState result;
    result.reason = reason;
    switch (state) {
    case VIR_DOMAIN_RUNNING: {
        result.state = State::Running;
        static constexpr std::array reasons {
            "unknown",       "booted",   "migrated",           "restored",
            "from-snapshot", "unpaused", "migration-canceled", "save-canceled",
            "wakeup",        "crashed",  "postcopy",           "postcopy-failed"};
        result.reasonText = pick(reasons, reason);
        break;
    }
    case VIR_DOMAIN_BLOCKED:
        result.state = State::Blocked;
        result.reasonText = QStringLiteral("unknown");
        break;
    case VIR_DOMAIN_PAUSED: {
        result.state = State::Paused;
        static constexpr std::array reasons {
            "unknown",     "user",     "migration",       "save",          "dump",
            "ioerror",     "watchdog", "from-snapshot",   "shutting-down", "snapshot",
            "starting-up", "postcopy", "postcopy-failed", "api-error"};
        result.reasonText = pick(reasons, reason);
        break;
    }
    case VIR_DOMAIN_SHUTDOWN: {
        result.state = State::ShuttingDown;
        static constexpr std::array reasons {"unknown", "user"};
        result.reasonText = pick(reasons, reason);
        break;
    }
    case VIR_DOMAIN_SHUTOFF: {
        result.state = State::Shutoff;
        static constexpr std::array reasons {"unknown", "shutdown", "destroyed",     "crashed", "migrated",
                                             "saved",   "failed",   "from-snapshot", "daemon"};
        result.reasonText = pick(reasons, reason);
        break;
    }
    case VIR_DOMAIN_CRASHED: {
        result.state = State::Crashed;
        static constexpr std::array reasons {"unknown", "panicked"};
        result.reasonText = pick(reasons, reason);
        break;
    }
    case VIR_DOMAIN_PMSUSPENDED:
        result.state = State::PMSuspended;
        result.reasonText = QStringLiteral("unknown");
        break;
    default:
        result.state = State::NoState;
        result.reasonText = QStringLiteral("unknown");
    }
    return result;
}

QString DomainEvent::typeName(Type type)
{
    static constexpr std::array names {"defined", "undefined", "started",     "suspended", "resumed",
                                       "stopped", "shutdown",  "pmsuspended", "crashed",   "unknown"};
    return pick(names, int(type));
}

DomainEvent DomainEvent::fromLibvirt(int event, int detail)
{
    DomainEvent result;
    result.detail = detail;
    switch (event) {
    case VIR_DOMAIN_EVENT_DEFINED: {
        result.type = Type::Defined;
        static constexpr std::array details {"added", "updated", "renamed", "from-snapshot"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_UNDEFINED: {
        result.type = Type::Undefined;
        static constexpr std::array details {"removed", "renamed"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_STARTED: {
        result.type = Type::Started;
        static constexpr std::array details {"booted",        "migrated", "restored",
                                             "from-snapshot", "wakeup",   "recreated"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_SUSPENDED: {
        result.type = Type::Suspended;
        static constexpr std::array details {"paused",    "migrated", "ioerror",
                                             "watchdog",  "restored", "from-snapshot",
                                             "api-error", "postcopy", "postcopy-failed"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_RESUMED: {
        result.type = Type::Resumed;
        static constexpr std::array details {"unpaused", "migrated", "from-snapshot", "postcopy",
                                             "postcopy-failed"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_STOPPED: {
        result.type = Type::Stopped;
        static constexpr std::array details {"shutdown", "destroyed", "crashed",      "migrated",
                                             "saved",    "failed",    "from-snapshot"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_SHUTDOWN: {
        result.type = Type::Shutdown;
        static constexpr std::array details {"finished", "guest", "host"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_PMSUSPENDED: {
        result.type = Type::PMSuspended;
        static constexpr std::array details {"memory", "disk"};
        result.detailText = pick(details, detail);
        break;
    }
    case VIR_DOMAIN_EVENT_CRASHED: {
        result.type = Type::Crashed;
        static constexpr std::array details {"panicked", "crashloaded"};
        result.detailText = pick(details, detail);
        break;
    }
    default:
        result.type = Type::Unknown;
        result.detailText = QStringLiteral("unknown");
    }
    return result;
}

bool CapChangeResult::allLive() const
{
    for (const CapOutcome &outcome : outcomes) {
        if (outcome.applied != CapOutcome::Applied::Live
            && outcome.applied != CapOutcome::Applied::LiveAndNextStart)
            return false;
    }
    return true;
}

bool CapChangeResult::anyFailed() const
{
    for (const CapOutcome &outcome : outcomes) {
        if (outcome.applied == CapOutcome::Applied::Failed)
            return true;
    }
    return false;
}

QString CapChangeResult::summary() const
{
    QStringList lines;
    for (const CapOutcome &outcome : outcomes) {
        switch (outcome.applied) {
        case CapOutcome::Applied::LiveAndNextStart:
        case CapOutcome::Applied::Live:
            break;
        case CapOutcome::Applied::NextStart:
            lines.append(Tr::tr("%1: applies on the next start (%2)").arg(outcome.what, outcome.detail));
            break;
        case CapOutcome::Applied::Failed:
            lines.append(Tr::tr("%1: not applied (%2)").arg(outcome.what, outcome.detail));
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

Domain::Domain() = default;
Domain::~Domain() = default;
Domain::Domain(const Domain &) = default;
Domain &Domain::operator=(const Domain &) = default;
Domain::Domain(Domain &&) noexcept = default;
Domain &Domain::operator=(Domain &&) noexcept = default;

Domain::Domain(std::shared_ptr<Private> d)
    : m_d(std::move(d))
{ }

bool Domain::isNull() const
{
    return !rawDomain(*this);
}

QString Domain::name() const
{
    return m_d ? m_d->name : QString();
}

QString Domain::uuid() const
{
    const virDomainPtr domain = rawDomain(*this);
    char buffer[VIR_UUID_STRING_BUFLEN] = {};
    if (!domain || virDomainGetUUIDString(domain, buffer) < 0)
        return {};
    return QString::fromLatin1(buffer);
}

bool Domain::isActive() const
{
    const virDomainPtr domain = rawDomain(*this);
    return domain && virDomainIsActive(domain) == 1;
}

bool Domain::isPaused() const
{
    const Result<DomainState> current = state();
    return current && current->state == DomainState::State::Paused;
}

bool Domain::isPersistent() const
{
    const virDomainPtr domain = rawDomain(*this);
    return domain && virDomainIsPersistent(domain) == 1;
}

Result<DomainState> Domain::state() const
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    int state = 0;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) < 0)
        return libvirtFailure(QStringLiteral("domain-state"),
                              Tr::tr("Could not read the state of %1").arg(name()));
    return DomainState::fromLibvirt(state, reason);
}

Result<QByteArray> Domain::xmlDesc(bool inactive) const
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    CString xml(virDomainGetXMLDesc(domain, inactive ? VIR_DOMAIN_XML_INACTIVE : 0));
    if (!xml)
        return libvirtFailure(QStringLiteral("domain-xml"),
                              Tr::tr("Could not read the definition of %1").arg(name()));
    return QByteArray(xml.get());
}

Result<bool> Domain::start()
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    return check(virDomainCreate(domain), QStringLiteral("domain-start"),
                 Tr::tr("Could not start %1").arg(name()));
}

Result<bool> Domain::shutdown()
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    return check(virDomainShutdown(domain), QStringLiteral("domain-shutdown"),
                 Tr::tr("Could not ask %1 to shut down").arg(name()));
}

Result<bool> Domain::destroy()
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    return check(virDomainDestroy(domain), QStringLiteral("domain-destroy"),
                 Tr::tr("Could not stop %1").arg(name()));
}

Result<bool> Domain::suspend()
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    return check(virDomainSuspend(domain), QStringLiteral("domain-suspend"),
                 Tr::tr("Could not pause %1").arg(name()));
}

Result<bool> Domain::resume()
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    return check(virDomainResume(domain), QStringLiteral("domain-resume"),
                 Tr::tr("Could not resume %1").arg(name()));
}

Result<bool> Domain::undefine()
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    // Drivers accept different flags (LXC takes none): try the thorough set first, then fewer.
    const unsigned int attempts[] = {
        VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
            | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM,
        VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA,
        0,
    };
    for (const unsigned int flags : attempts) {
        if (virDomainUndefineFlags(domain, flags) == 0)
            return true;
        const int code = lastErrorCode();
        if (code != VIR_ERR_INVALID_ARG && code != VIR_ERR_NO_SUPPORT && code != VIR_ERR_ARGUMENT_UNSUPPORTED)
            break;
    }
    return libvirtFailure(QStringLiteral("domain-undefine"),
                          Tr::tr("Could not remove the definition of %1").arg(name()));
}

Result<bool> Domain::setVcpus(int count, Apply apply)
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    if (apply != Apply::Live) {
        // Raise the definition's maximum first when the new count needs it.
        const int configMax =
            virDomainGetVcpusFlags(domain, unsigned(VIR_DOMAIN_AFFECT_CONFIG) | VIR_DOMAIN_VCPU_MAXIMUM);
        if (configMax > 0 && count > configMax
            && virDomainSetVcpusFlags(domain, unsigned(count),
                                      unsigned(VIR_DOMAIN_AFFECT_CONFIG) | VIR_DOMAIN_VCPU_MAXIMUM)
                   < 0)
            return libvirtFailure(
                QStringLiteral("domain-vcpus"),
                Tr::tr("Could not raise the vCPU maximum of %1 to %2").arg(name()).arg(count));
    }
    return check(virDomainSetVcpusFlags(domain, unsigned(count), affectFlags(apply)),
                 QStringLiteral("domain-vcpus"),
                 Tr::tr("Could not set %1 vCPUs on %2").arg(count).arg(name()));
}

Result<bool> Domain::setMemoryMiB(quint64 mib, Apply apply)
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    if (apply != Apply::Live) {
        const auto inactive = xmlDesc(true);
        const auto info =
            inactive ? parseDomainXml(inactive.value()) : Result<DomainXmlInfo>(inactive.error());
        if (info && info->memoryKiB < mib * 1024) {
            const auto raised = setMaxMemoryMiB(mib);
            if (!raised)
                return raised.error();
        }
    }
    return check(virDomainSetMemoryFlags(domain, static_cast<unsigned long>(mib * 1024), affectFlags(apply)),
                 QStringLiteral("domain-memory"),
                 Tr::tr("Could not set the memory of %1 to %2 MiB").arg(name()).arg(mib));
}

Result<bool> Domain::setMaxMemoryMiB(quint64 mib)
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    return check(virDomainSetMemoryFlags(domain, static_cast<unsigned long>(mib * 1024),
                                         unsigned(VIR_DOMAIN_AFFECT_CONFIG) | VIR_DOMAIN_MEM_MAXIMUM),
                 QStringLiteral("domain-memory"),
                 Tr::tr("Could not set the maximum memory of %1 to %2 MiB").arg(name()).arg(mib));
}

namespace {

// Whether the driver refused the flags themselves (the test driver takes none), not the request.
bool flagsRefused()
{
    const int code = lastErrorCode();
    return code == VIR_ERR_INVALID_ARG || code == VIR_ERR_NO_SUPPORT || code == VIR_ERR_ARGUMENT_UNSUPPORTED;
}

// Reads the scheduler parameters with one of LIVE or CONFIG (libvirt takes only one for reading); a
// driver that takes no flags is asked for its current values.
bool readSchedulerParameters(virDomainPtr domain, unsigned int flags,
                             std::vector<virTypedParameter> &parameters)
{
    int count = 0;
    CString type(virDomainGetSchedulerType(domain, &count));
    if (!type)
        return false;
    parameters.assign(std::size_t(qMax(count, 0)), virTypedParameter {});
    if (count > 0) {
        int got = count;
        if (virDomainGetSchedulerParametersFlags(domain, parameters.data(), &got,
                                                 flags | VIR_TYPED_PARAM_STRING_OKAY)
            < 0) {
            got = count;
            // The API without flags: libvirt adds STRING_OKAY to the flags one, which the test driver
            // refuses.
            if (!flagsRefused() || virDomainGetSchedulerParameters(domain, parameters.data(), &got) < 0)
                return false;
        }
        count = got;
    }
    parameters.resize(std::size_t(count));
    return true;
}

QVariant toVariant(const virTypedParameter &parameter)
{
    switch (parameter.type) {
    case VIR_TYPED_PARAM_INT:
        return parameter.value.i;
    case VIR_TYPED_PARAM_UINT:
        return parameter.value.ui;
    case VIR_TYPED_PARAM_LLONG:
        return qlonglong(parameter.value.l);
    case VIR_TYPED_PARAM_ULLONG:
        return qulonglong(parameter.value.ul);
    case VIR_TYPED_PARAM_DOUBLE:
        return parameter.value.d;
    case VIR_TYPED_PARAM_BOOLEAN:
        return bool(parameter.value.b);
    case VIR_TYPED_PARAM_STRING:
        return QString::fromUtf8(parameter.value.s);
    default:
        return {};
    }
}

} // namespace

Result<QMap<QString, QVariant>> Domain::schedulerParameters(Apply apply) const
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    std::vector<virTypedParameter> parameters;
    const unsigned int flags = apply == Apply::Config ? VIR_DOMAIN_AFFECT_CONFIG : VIR_DOMAIN_AFFECT_LIVE;
    if (!readSchedulerParameters(domain, flags, parameters))
        return libvirtFailure(QStringLiteral("domain-scheduler"),
                              Tr::tr("Could not read the CPU scheduler settings of %1").arg(name()));
    QMap<QString, QVariant> result;
    for (virTypedParameter &parameter : parameters)
        result.insert(QString::fromUtf8(parameter.field), toVariant(parameter));
    virTypedParamsClear(parameters.data(), int(parameters.size()));
    return result;
}

Result<bool> Domain::setSchedulerParameters(const QMap<QString, qint64> &values, Apply apply)
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    // The types come from what the driver reports (live while it runs, else the definition).
    std::vector<virTypedParameter> known;
    const unsigned int readFlags = isActive() ? VIR_DOMAIN_AFFECT_LIVE : VIR_DOMAIN_AFFECT_CONFIG;
    if (!readSchedulerParameters(domain, readFlags, known))
        return libvirtFailure(QStringLiteral("domain-scheduler"),
                              Tr::tr("Could not read the CPU scheduler settings of %1").arg(name()));
    QMap<QString, int> types;
    for (virTypedParameter &parameter : known)
        types.insert(QString::fromUtf8(parameter.field), parameter.type);
    virTypedParamsClear(known.data(), int(known.size()));

    virTypedParameterPtr parameters = nullptr;
    int count = 0;
    int capacity = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QByteArray field = it.key().toUtf8();
        if (!types.contains(it.key())) {
            virTypedParamsFree(parameters, count);
            return Error {QStringLiteral("domain-scheduler"),
                          Tr::tr("The %1 driver has no CPU scheduler setting \"%2\" (it has: %3).")
                              .arg(driverOf(domain), it.key(), types.keys().join(QStringLiteral(", ")))};
        }
        int rc = 0;
        switch (types.value(it.key())) {
        case VIR_TYPED_PARAM_INT:
            rc = virTypedParamsAddInt(&parameters, &count, &capacity, field.constData(), int(it.value()));
            break;
        case VIR_TYPED_PARAM_UINT:
            rc = virTypedParamsAddUInt(&parameters, &count, &capacity, field.constData(),
                                       unsigned(it.value()));
            break;
        case VIR_TYPED_PARAM_LLONG:
            rc = virTypedParamsAddLLong(&parameters, &count, &capacity, field.constData(), it.value());
            break;
        case VIR_TYPED_PARAM_ULLONG:
            rc = virTypedParamsAddULLong(&parameters, &count, &capacity, field.constData(),
                                         static_cast<unsigned long long>(it.value()));
            break;
        default:
            rc = -1;
        }
        if (rc < 0) {
            virTypedParamsFree(parameters, count);
            return libvirtFailure(QStringLiteral("domain-scheduler"),
                                  Tr::tr("Could not prepare %1").arg(it.key()));
        }
    }
    // A driver without flags changes the current state: good enough when that is what was asked for.
    // (Asked before the call: any libvirt call clears the error flagsRefused() reads.)
    const bool currentIsAsked = isActive() ? apply == Apply::Live : apply == Apply::Config;
    int rc = virDomainSetSchedulerParametersFlags(domain, parameters, count, affectFlags(apply));
    if (rc < 0 && flagsRefused() && currentIsAsked)
        rc = virDomainSetSchedulerParameters(domain, parameters, count);
    virTypedParamsFree(parameters, count);
    return check(rc, QStringLiteral("domain-scheduler"),
                 Tr::tr("Could not change the CPU limits of %1").arg(name()));
}

Result<bool> Domain::setCpuCap(int percent, quint32 periodUs, Apply apply)
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    const QString driver = driverOf(domain);
    const bool lxc = driver == QLatin1String("LXC");
    const QString periodName = lxc ? QStringLiteral("vcpu_period") : QStringLiteral("global_period");
    const QString quotaName = lxc ? QStringLiteral("vcpu_quota") : QStringLiteral("global_quota");
    // -1: no limit (libvirt accepts -1 or 1000…17592186044415 µs as a quota).
    const qint64 quota = percent > 0 ? qint64(periodUs) * percent / 100 : -1;
    if (percent > 0 && quota < 1000)
        return Error {
            QStringLiteral("domain-scheduler"),
            Tr::tr("A %1 % cap is too small for a %2 µs period: the quota must be at least 1000 µs.")
                .arg(percent)
                .arg(periodUs)};
    return setSchedulerParameters({{periodName, qint64(periodUs)}, {quotaName, quota}}, apply);
}

CapChangeResult Domain::changeCaps(const CapChange &change)
{
    CapChangeResult result;
    const bool active = isActive();
    const bool persistent = isPersistent();
    const auto applyPart = [&](const QString &what, const std::function<Result<bool>(Apply)> &operation) {
        CapOutcome outcome;
        outcome.what = what;
        std::optional<Result<bool>> live;
        std::optional<Result<bool>> config;
        if (active)
            live = operation(Apply::Live);
        if (persistent)
            config = operation(Apply::Config);
        const bool liveOk = live && live->ok();
        const bool configOk = config && config->ok();
        if (liveOk && configOk) {
            outcome.applied = CapOutcome::Applied::LiveAndNextStart;
        } else if (liveOk) {
            outcome.applied = CapOutcome::Applied::Live;
            if (config)
                outcome.detail = config->error().message;
        } else if (configOk) {
            outcome.applied = CapOutcome::Applied::NextStart;
            outcome.detail = live ? live->error().message : Tr::tr("the guest is not running");
        } else {
            outcome.applied = CapOutcome::Applied::Failed;
            outcome.detail = live     ? live->error().message
                             : config ? config->error().message
                                      : Tr::tr("no guest");
        }
        qCDebug(lcVirt) << name() << what << int(outcome.applied) << outcome.detail;
        result.outcomes.append(outcome);
    };
    if (change.vcpus)
        applyPart(QStringLiteral("vcpus"), [&](Apply apply) { return setVcpus(*change.vcpus, apply); });
    if (change.memoryMiB)
        applyPart(QStringLiteral("memory"),
                  [&](Apply apply) { return setMemoryMiB(*change.memoryMiB, apply); });
    if (change.cpuCapPercent)
        applyPart(QStringLiteral("cpu-cap"), [&](Apply apply) {
            return setCpuCap(*change.cpuCapPercent, change.cpuPeriodUs.value_or(100000), apply);
        });
    if (change.cpuShares)
        applyPart(QStringLiteral("cpu-shares"), [&](Apply apply) {
            return setSchedulerParameters({{QStringLiteral("cpu_shares"), qint64(*change.cpuShares)}}, apply);
        });
    return result;
}

Result<bool> Domain::setMetadata(const QMap<QString, QString> &metadata, Apply apply)
{
    const virDomainPtr domain = rawDomain(*this);
    if (!domain)
        return nullDomain();
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("guest"));
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it) {
        writer.writeStartElement(QStringLiteral("item"));
        writer.writeAttribute(QStringLiteral("key"), it.key());
        writer.writeCharacters(it.value());
        writer.writeEndElement();
    }
    writer.writeEndElement();
    return check(virDomainSetMetadata(domain, VIR_DOMAIN_METADATA_ELEMENT, xml.constData(), "cloudy",
                                      cloudyMetadataNamespace, affectFlags(apply)),
                 QStringLiteral("domain-metadata"),
                 Tr::tr("Could not store Cloudy's data in %1").arg(name()));
}

} // namespace Cloudy::Virt
