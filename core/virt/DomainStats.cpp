// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainStats.h"

#include "ConnectionPrivate.h"
#include "DomainPrivate.h"
#include "DomainXml.h"
#include "Libvirt.h"
#include "VirtLog.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace Cloudy::Virt {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt)
};

quint64 unsignedValue(const virTypedParameter &parameter)
{
    switch (parameter.type) {
    case VIR_TYPED_PARAM_INT:
        return quint64(qMax(0, parameter.value.i));
    case VIR_TYPED_PARAM_UINT:
        return parameter.value.ui;
    case VIR_TYPED_PARAM_LLONG:
        return quint64(qMax<long long>(0, parameter.value.l));
    case VIR_TYPED_PARAM_ULLONG:
        return parameter.value.ul;
    default:
        return 0;
    }
}

DomainStats fromRecord(const virDomainStatsRecord &record)
{
    DomainStats stats;
    stats.source = DomainStats::Source::BulkStats;
    const char *name = virDomainGetName(record.dom);
    stats.name = name ? QString::fromUtf8(name) : QString();
    int state = 0;
    QMap<int, DiskStats> disks;
    for (int i = 0; i < record.nparams; ++i) {
        const virTypedParameter &parameter = record.params[i];
        const QLatin1String field(parameter.field);
        const quint64 value = unsignedValue(parameter);
        if (field == QLatin1String("state.state"))
            state = int(value);
        else if (field == QLatin1String("state.reason"))
            stats.stateReason = int(value);
        else if (field == QLatin1String("cpu.time"))
            stats.cpuTimeNs = value;
        else if (field == QLatin1String("balloon.current"))
            stats.memoryCurrentKiB = value;
        else if (field == QLatin1String("balloon.maximum"))
            stats.memoryMaxKiB = value;
        else if (field == QLatin1String("balloon.rss"))
            stats.memoryRssKiB = value;
        else if (field == QLatin1String("vcpu.current"))
            stats.vcpus = int(value);
        else if (field.startsWith(QLatin1String("block."))) {
            // block.<N>.name / .capacity / .allocation
            const QStringList parts = QString(field).split(u'.');
            if (parts.size() != 3)
                continue;
            bool isIndex = false;
            const int index = parts[1].toInt(&isIndex);
            if (!isIndex)
                continue;
            DiskStats &disk = disks[index];
            if (parts[2] == QLatin1String("name") && parameter.type == VIR_TYPED_PARAM_STRING)
                disk.target = QString::fromUtf8(parameter.value.s);
            else if (parts[2] == QLatin1String("capacity"))
                disk.capacityBytes = value;
            else if (parts[2] == QLatin1String("allocation"))
                disk.allocationBytes = value;
        }
    }
    stats.state = DomainState::fromLibvirt(state, stats.stateReason).state;
    stats.disks = disks.values();
    return stats;
}

// Result of the bulk call; notSupported when the driver lacks it.
struct BulkOutcome
{
    bool notSupported = false;
    std::optional<Error> error;
    QList<DomainStats> stats;
};

BulkOutcome collectBulk(virConnectPtr connection, const QString &prefix)
{
    BulkOutcome outcome;
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON
                                | VIR_DOMAIN_STATS_VCPU | VIR_DOMAIN_STATS_BLOCK;
    const int count = virConnectGetAllDomainStats(connection, groups, &records, 0);
    if (count < 0) {
        const int code = lastErrorCode();
        outcome.notSupported = code == VIR_ERR_NO_SUPPORT;
        outcome.error =
            libvirtFailure(QStringLiteral("domain-stats"), Tr::tr("Could not sample the guests' usage"));
        return outcome;
    }
    for (int i = 0; i < count; ++i) {
        DomainStats stats = fromRecord(*records[i]);
        if (stats.name.startsWith(prefix))
            outcome.stats.append(std::move(stats));
    }
    virDomainStatsRecordListFree(records);
    return outcome;
}

Result<QList<DomainStats>> collectPerDomain(virConnectPtr connection, const QString &prefix)
{
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(connection, &domains, 0);
    if (count < 0)
        return libvirtFailure(QStringLiteral("domain-stats"), Tr::tr("Could not list the guests"));
    QList<DomainStats> result;
    for (int i = 0; i < count; ++i) {
        const DomainHandle domain(domains[i]);
        const char *rawName = virDomainGetName(domain.get());
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (!name.startsWith(prefix))
            continue;
        virDomainInfo info {};
        if (virDomainGetInfo(domain.get(), &info) < 0) {
            // Gone between the list and the question: skip it.
            qCDebug(lcVirt) << "no info for" << name << lastError(QString()).message;
            continue;
        }
        DomainStats stats;
        stats.source = DomainStats::Source::PerDomain;
        stats.name = name;
        int state = 0;
        int reason = 0;
        if (virDomainGetState(domain.get(), &state, &reason, 0) < 0) {
            state = info.state;
            reason = 0;
        }
        const DomainState domainState = DomainState::fromLibvirt(state, reason);
        stats.state = domainState.state;
        stats.stateReason = reason;
        stats.cpuTimeNs = info.cpuTime;
        stats.vcpus = info.nrVirtCpu;
        stats.memoryMaxKiB = info.maxMem;
        stats.memoryCurrentKiB = info.memory;
        if (domainState.isActive()) {
            virDomainMemoryStatStruct memory[VIR_DOMAIN_MEMORY_STAT_NR];
            const int memoryCount = virDomainMemoryStats(domain.get(), memory, VIR_DOMAIN_MEMORY_STAT_NR, 0);
            for (int m = 0; m < memoryCount; ++m) {
                if (memory[m].tag == VIR_DOMAIN_MEMORY_STAT_RSS)
                    stats.memoryRssKiB = memory[m].val;
            }
        }
        // Disks from the definition, each sized by virDomainGetBlockInfo.
        CString xml(virDomainGetXMLDesc(domain.get(), 0));
        const auto parsed = xml ? parseDomainXml(QByteArray(xml.get())) : Result<DomainXmlInfo>(Error {});
        if (parsed) {
            for (const DomainXmlInfo::Disk &disk : parsed->disks) {
                virDomainBlockInfo block {};
                const QByteArray target = disk.target.toUtf8();
                if (virDomainGetBlockInfo(domain.get(), target.constData(), &block, 0) == 0)
                    stats.disks.append({disk.target, block.capacity, block.allocation});
            }
        }
        result.append(std::move(stats));
    }
    free(domains); // NOLINT(cppcoreguidelines-no-malloc): libvirt allocated the array
    return result;
}

} // namespace

Result<QList<DomainStats>> collectDomainStats(const Connection &connection, const QString &namePrefix,
                                              StatsMethod method)
{
    const virConnectPtr raw = rawConnection(connection);
    Result<QList<DomainStats>> result = QList<DomainStats>();
    if (method != StatsMethod::PerDomain) {
        BulkOutcome bulk = collectBulk(raw, namePrefix);
        if (!bulk.error)
            result = std::move(bulk.stats);
        else if (method == StatsMethod::Bulk || !bulk.notSupported)
            return *bulk.error;
        else
            result = collectPerDomain(raw, namePrefix);
    } else {
        result = collectPerDomain(raw, namePrefix);
    }
    if (result)
        std::sort(result.value().begin(), result.value().end(),
                  [](const DomainStats &a, const DomainStats &b) { return a.name < b.name; });
    return result;
}

} // namespace Cloudy::Virt
