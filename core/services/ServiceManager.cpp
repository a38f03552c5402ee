// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceManager.h"

#include "BundleFetcher.h"
#include "BundleInstaller.h"
#include "BundleManifest.h"
#include "ServicesLog.h"
#include "platform/Paths.h"
#include "platform/Settings.h"
#include "virt/DomainStats.h"
#include "virt/DomainXml.h"
#include "virt/KvmProbe.h"
#include "virt/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <unistd.h>

namespace Cloudy::Services {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services)
};

constexpr qint64 kMiB = 1024 * 1024;

QString entryFile(const QString &dir)
{
    return dir + QStringLiteral("/entry.json");
}
QString bundleDir(const QString &dir)
{
    return dir + QStringLiteral("/bundle");
}

QByteArray readSmallFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > limit)
        return {};
    return file.readAll();
}

// What a domain's metadata says of a service whose files are gone (someone deleted the folder).
CatalogEntry entryFromMetadata(const QString &id, const QMap<QString, QString> &metadata, const QString &kind)
{
    CatalogEntry entry;
    entry.id = id;
    entry.name = metadata.value(QStringLiteral("name"), id);
    entry.version = metadata.value(QStringLiteral("version"));
    entry.kind = kind;
    return entry;
}

// The ports an entry serves, before a launch gives them host ports.
QList<PublishedPort> publishedPorts(const CatalogEntry &entry)
{
    QList<PublishedPort> ports;
    for (const ServicePort &port : entry.ports)
        ports.append(PublishedPort {port.name, quint16(port.guestPort), 0,
                                    port.protocol == QLatin1String("udp"), port.http});
    return ports;
}

} // namespace

QString installStepName(InstallStep step)
{
    switch (step) {
    case InstallStep::None:
        return {};
    case InstallStep::Downloading:
        return QStringLiteral("downloading");
    case InstallStep::Extracting:
        return QStringLiteral("extracting");
    case InstallStep::Starting:
        return QStringLiteral("starting");
    }
    return {};
}

QString ServiceStatus::openUrl() const
{
    if (phase != ServicePhase::Running)
        return {};
    for (const PublishedPort &port : ports) {
        if (port.http && !port.udp && port.hostPort != 0)
            return QStringLiteral("http://127.0.0.1:%1/").arg(port.hostPort);
    }
    return {};
}

struct ServiceManager::Installed
{
    ServiceStatus status;
    std::unique_ptr<ServiceLauncher> launcher;
    bool launchWhenInstalled = false;
};

struct ServiceManager::Install
{
    CatalogEntry entry;
    QString catalogUrl;
    QString fingerprint;
    bool launchAfter = true;
    QString downloadFile;
    std::unique_ptr<BundleFetcher> fetcher;
    std::unique_ptr<BundleInstaller> installer;
};

ServiceManager::ServiceManager(QObject *parent)
    : ServiceManager(Options(), parent)
{ }

ServiceManager::ServiceManager(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    connect(&m_usageTimer, &QTimer::timeout, this, &ServiceManager::sampleUsage);
    if (m_options.servicesDir.isEmpty())
        m_options.servicesDir = Paths::dataDir() + QStringLiteral("/services");
    if (m_options.downloadDir.isEmpty())
        m_options.downloadDir = Paths::cacheDir() + QStringLiteral("/bundles");
    if (m_options.qemuUri.isEmpty())
        m_options.qemuUri = Settings().value(Settings::Key::LibvirtUri).toString();
    if (m_options.qemuUri.isEmpty())
        m_options.qemuUri =
            geteuid() == 0 ? QStringLiteral("qemu:///system") : QStringLiteral("qemu:///session");
    m_kvm = m_options.kvm;
}

ServiceManager::~ServiceManager()
{
    // Installs in flight stop here (the installer waits for its thread); guests keep running.
    m_installs.clear();
    m_installed.clear();
}

QString ServiceManager::serviceDir(const QString &id) const
{
    return m_options.servicesDir + QLatin1Char('/') + id;
}

void ServiceManager::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_kvm) {
        // The probe can take seconds where KVM hangs: its answer is awaited off the GUI thread, and a
        // launch before it comes uses TCG.
        auto *watcher = new QFutureWatcher<Virt::KvmProbeResult>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            m_kvm = watcher->result().runsGuests();
            watcher->deleteLater();
        });
        watcher->setFuture(Virt::probeKvmOnce());
    }
    scanInstalled();
    adoptRunning();
}

bool ServiceManager::kvm()
{
    return m_kvm.value_or(false);
}

Virt::Session *ServiceManager::sessionFor(const QString &kind)
{
    const QString uri = kind == QLatin1String("lxc") ? m_options.lxcUri : m_options.qemuUri;
    auto it = m_sessions.find(uri);
    if (it != m_sessions.end())
        return it->second.get();
    auto session = std::make_unique<Virt::Session>(uri);
    session->setAutoReconnect(true);
    if (auto opened = session->open(); !opened)
        qCWarning(lcServices).noquote()
            << "libvirt at" << uri << "is not available:" << opened.error().message;
    // After libvirtd restarts, the guests are looked up again (they kept running).
    connect(session.get(), &Virt::Session::reconnected, this, [this] { adoptRunning(); });
    return m_sessions.emplace(uri, std::move(session)).first->second.get();
}

ServiceLauncher *ServiceManager::ensureLauncher(const QString &id, const QString &kind)
{
    auto &installed = m_installed[id];
    if (!installed) {
        installed = std::make_unique<Installed>();
        installed->status.entry.id = id;
    }
    if (installed->launcher)
        return installed->launcher.get();
    ServiceLauncher::Options options;
    options.stopTimeoutMs = m_options.stopTimeoutMs;
    installed->launcher = std::make_unique<ServiceLauncher>(sessionFor(kind), id, options);
    connect(installed->launcher.get(), &ServiceLauncher::phaseChanged, this, [this, id](ServicePhase phase) {
        auto it = m_installed.find(id);
        if (it == m_installed.end())
            return;
        ServiceStatus &status = it->second->status;
        status.phase = phase;
        status.error = it->second->launcher->errorString();
        status.ports = it->second->launcher->ports();
        status.startedAt = it->second->launcher->startedAt();
        if (phase != ServicePhase::Starting)
            status.step = InstallStep::None;
        if (phase == ServicePhase::Failed || phase == ServicePhase::NotReady)
            Q_EMIT failed(id, status.error);
        Q_EMIT serviceChanged(id);
    });
    return installed->launcher.get();
}

ServiceLauncher *ServiceManager::launcher(const QString &id) const
{
    auto it = m_installed.find(id);
    return it == m_installed.end() ? nullptr : it->second->launcher.get();
}

void ServiceManager::scanInstalled()
{
    const QDir root(m_options.servicesDir);
    for (const QString &id : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!isValidServiceId(id))
            continue;
        const QString dir = root.filePath(id);
        const QByteArray json = readSmallFile(entryFile(dir), kMaxCatalogBytes);
        if (json.isEmpty())
            continue; // an install that never finished: nothing of it is usable
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        // The bundle URL may be relative to the catalog it came from.
        Result<CatalogEntry> entry =
            parseCatalogEntry(object.value(QStringLiteral("entry")).toObject(),
                              QUrl(object.value(QStringLiteral("catalogUrl")).toString()));
        if (!entry || entry->id != id) {
            qCWarning(lcServices).noquote()
                << "ignoring" << dir << ":"
                << (entry ? QStringLiteral("its id differs") : entry.error().message);
            continue;
        }
        auto &installed = m_installed[id];
        if (!installed)
            installed = std::make_unique<Installed>();
        ServiceStatus &status = installed->status;
        status.entry = entry.value();
        status.catalogUrl = object.value(QStringLiteral("catalogUrl")).toString();
        status.fingerprint = object.value(QStringLiteral("fingerprint")).toString();
        status.installed = QFileInfo(bundleDir(dir)).isDir();
        status.domainName = serviceDomainName(id);
        status.consoleLog = dir + QStringLiteral("/console.log");
        status.ports = publishedPorts(status.entry); // host ports come with a launch
    }
}

void ServiceManager::adoptRunning()
{
    for (const QString &kind : {QStringLiteral("qemu"), QStringLiteral("lxc")}) {
        Virt::Session *session = sessionFor(kind);
        if (!session->isConnected())
            continue;
        const auto domains = session->listDomains(QString::fromLatin1(kServiceDomainPrefix));
        if (!domains)
            continue;
        for (const Virt::Domain &domain : domains.value()) {
            const QString id = serviceIdOfDomain(domain.name());
            if (!isValidServiceId(id))
                continue;
            const auto xml = domain.xmlDesc();
            const auto info =
                xml ? Virt::parseDomainXml(xml.value()) : Result<Virt::DomainXmlInfo>(xml.error());
            if (!info || info->metadata.value(QStringLiteral("role")) != QLatin1String("service"))
                continue; // not one of ours
            const bool known = m_installed.count(id) != 0;
            ServiceLauncher *launcher = ensureLauncher(id, kind);
            ServiceStatus &status = m_installed[id]->status;
            if (!known)
                status.entry = entryFromMetadata(id, info->metadata, kind);
            status.domainName = domain.name();
            const Result<ServiceGuest> guest = guestFor(id);
            ServiceGuest fallback;
            fallback.id = id;
            fallback.name = status.entry.name;
            fallback.kind = kind == QLatin1String("lxc") ? Virt::GuestKind::Lxc : Virt::GuestKind::Qemu;
            launcher->attach(guest ? guest.value() : fallback, status.entry.readiness.value_or(Readiness()));
            status.phase = launcher->phase();
            status.ports = launcher->ports();
            status.startedAt = launcher->startedAt();
            Q_EMIT serviceChanged(id);
        }
    }
}

void ServiceManager::setUsageSampling(bool on, int intervalMs)
{
    if (!on) {
        m_usageTimer.stop();
        m_usageSamples.clear();
        for (auto &[id, installed] : m_installed) {
            if (installed->status.cpuCores >= 0 || installed->status.memoryBytes) {
                installed->status.cpuCores = -1;
                installed->status.memoryBytes = 0;
                Q_EMIT serviceChanged(id);
            }
        }
        return;
    }
    if (!m_usageTimer.isActive() || m_usageTimer.interval() != intervalMs) {
        m_usageTimer.setInterval(intervalMs);
        m_usageTimer.start();
        sampleUsage();
    }
}

void ServiceManager::sampleUsage()
{
    // Only guests that run: nothing to ask libvirt for otherwise.
    std::map<QString, QString> running; // domain name -> service id
    for (const auto &[id, installed] : m_installed) {
        if (installed->status.phase == ServicePhase::Running
            || installed->status.phase == ServicePhase::Starting
            || installed->status.phase == ServicePhase::NotReady)
            running.emplace(installed->status.domainName, id);
    }
    if (running.empty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[uri, session] : m_sessions) {
        if (!session->isConnected() || !session->connection())
            continue;
        const auto stats =
            Virt::collectDomainStats(*session->connection(), QString::fromLatin1(kServiceDomainPrefix));
        if (!stats) {
            qCDebug(lcServices) << "usage sample failed on" << uri << stats.error().message;
            continue;
        }
        for (const Virt::DomainStats &domain : stats.value()) {
            const auto service = running.find(domain.name);
            if (service == running.end())
                continue;
            auto installed = m_installed.find(service->second);
            if (installed == m_installed.end())
                continue;
            ServiceStatus &status = installed->second->status;
            const auto previous = m_usageSamples.find(domain.name);
            double cores = -1;
            if (previous != m_usageSamples.end() && now > previous->second.atMs
                && domain.cpuTimeNs >= previous->second.cpuTimeNs)
                cores = double(domain.cpuTimeNs - previous->second.cpuTimeNs) / 1e6
                        / double(now - previous->second.atMs);
            m_usageSamples[domain.name] = {domain.cpuTimeNs, now};
            const quint64 memory =
                (domain.memoryRssKiB ? domain.memoryRssKiB : domain.memoryCurrentKiB) * 1024;
            if (cores != status.cpuCores || memory != status.memoryBytes) {
                status.cpuCores = cores;
                status.memoryBytes = memory;
                Q_EMIT serviceChanged(service->second);
            }
        }
    }
}

QList<ServiceStatus> ServiceManager::services() const
{
    QList<ServiceStatus> list;
    for (const auto &[id, installed] : m_installed)
        list.append(installed->status);
    std::sort(list.begin(), list.end(), [](const ServiceStatus &a, const ServiceStatus &b) {
        return a.entry.name.localeAwareCompare(b.entry.name) < 0;
    });
    return list;
}

std::optional<ServiceStatus> ServiceManager::service(const QString &id) const
{
    auto it = m_installed.find(id);
    if (it == m_installed.end())
        return std::nullopt;
    return it->second->status;
}

bool ServiceManager::isBusy(const QString &id) const
{
    return m_installs.count(id) != 0;
}

void ServiceManager::setStep(const QString &id, InstallStep step, qint64 done, qint64 total)
{
    auto it = m_installed.find(id);
    if (it == m_installed.end())
        return;
    ServiceStatus &status = it->second->status;
    status.step = step;
    status.stepDone = done;
    status.stepTotal = total;
    Q_EMIT serviceChanged(id);
}

void ServiceManager::install(const CatalogEntry &entry, const QString &catalogUrl, const QString &fingerprint,
                             bool launchAfter)
{
    const QString id = entry.id;
    if (!entry.installable() || !isValidServiceId(id)) {
        Q_EMIT failed(
            id, Tr::tr("%1 is described by the catalog but cannot be installed from it (it has no bundle).")
                    .arg(entry.name));
        return;
    }
    if (isBusy(id))
        return;
    auto &installed = m_installed[id];
    if (!installed)
        installed = std::make_unique<Installed>();
    if (installed->launcher && installed->launcher->phase() != ServicePhase::Stopped
        && installed->launcher->phase() != ServicePhase::Failed) {
        Q_EMIT failed(id, Tr::tr("Stop %1 before installing it again.").arg(entry.name));
        return;
    }
    installed->status.entry = entry;
    installed->status.catalogUrl = catalogUrl;
    installed->status.fingerprint = fingerprint;
    installed->status.domainName = serviceDomainName(id);
    installed->status.consoleLog = serviceDir(id) + QStringLiteral("/console.log");
    installed->status.error.clear();

    auto install = std::make_unique<Install>();
    install->entry = entry;
    install->catalogUrl = catalogUrl;
    install->fingerprint = fingerprint;
    install->launchAfter = launchAfter;
    QDir().mkpath(m_options.downloadDir);
    install->downloadFile =
        QDir(m_options.downloadDir)
            .filePath(QStringLiteral("%1-%2.bundle").arg(id, entry.bundle->sha256.left(16)));
    install->fetcher = std::make_unique<BundleFetcher>();
    install->fetcher->setTransferTimeout(m_options.downloadTimeoutMs);
    BundleFetcher *fetcher = install->fetcher.get();
    connect(fetcher, &BundleFetcher::progress, this,
            [this, id](qint64 bytes, qint64 total) { setStep(id, InstallStep::Downloading, bytes, total); });
    connect(fetcher, &BundleFetcher::succeeded, this, [this, id] { extract(id); });
    connect(fetcher, &BundleFetcher::failed, this,
            [this, id](const Error &error) { finishInstall(id, false, error.message); });
    const BundleRef bundle = *entry.bundle;
    m_installs[id] = std::move(install);
    setStep(id, InstallStep::Downloading, 0, bundle.size);
    qCInfo(lcServices).noquote() << "installing" << id << entry.version << "from" << bundle.url.toString();
    // Queued: fetch() may finish at once (a partial file already complete), after the caller returned.
    QMetaObject::invokeMethod(
        fetcher,
        [fetcher, bundle, file = m_installs[id]->downloadFile, name = entry.name] {
            fetcher->fetch(bundle.url, bundle.sha256.toLatin1(), bundle.size, file, name);
        },
        Qt::QueuedConnection);
}

void ServiceManager::extract(const QString &id)
{
    auto it = m_installs.find(id);
    if (it == m_installs.end())
        return;
    Install &install = *it->second;
    install.installer = std::make_unique<BundleInstaller>();
    connect(
        install.installer.get(), &BundleInstaller::progress, this,
        [this, id](qint64 written, qint64 total) { setStep(id, InstallStep::Extracting, written, total); });
    connect(install.installer.get(), &BundleInstaller::finished, this, [this, id](bool ok) {
        auto found = m_installs.find(id);
        if (found == m_installs.end())
            return;
        finishInstall(id, ok, ok ? QString() : found->second->installer->error().message);
    });
    setStep(id, InstallStep::Extracting, 0, 0);
    QDir().mkpath(serviceDir(id));
    const ExpectedBundle expected {install.entry.id, install.entry.version, install.entry.kind};
    if (!install.installer->install(install.downloadFile, serviceDir(id), expected))
        finishInstall(id, false, Tr::tr("Another install of %1 is running.").arg(install.entry.name));
}

void ServiceManager::finishInstall(const QString &id, bool ok, const QString &message)
{
    auto it = m_installs.find(id);
    if (it == m_installs.end())
        return;
    std::unique_ptr<Install> install = std::move(it->second);
    m_installs.erase(it);
    // Objects that are emitting right now are deleted once they returned.
    if (install->fetcher)
        install->fetcher.release()->deleteLater();
    if (install->installer)
        install->installer.release()->deleteLater();
    auto &installed = m_installed[id];
    if (!installed)
        installed = std::make_unique<Installed>();
    if (!ok) {
        installed->status.step = InstallStep::None;
        installed->status.installed = QFileInfo(bundleDir(serviceDir(id))).isDir();
        installed->status.error = message;
        if (!installed->status.installed && !QFile::exists(entryFile(serviceDir(id)))) {
            // Nothing of it is left: it is not listed as installed.
            QDir().rmdir(serviceDir(id));
        }
        qCWarning(lcServices).noquote() << "install of" << id << "failed:" << message;
        Q_EMIT failed(id, message);
        Q_EMIT serviceChanged(id);
        return;
    }
    QFile::remove(install->downloadFile); // extracted: the archive is not needed any more

    QJsonObject record;
    record.insert(QStringLiteral("entry"), catalogEntryToJson(install->entry));
    record.insert(QStringLiteral("catalogUrl"), install->catalogUrl);
    record.insert(QStringLiteral("fingerprint"), install->fingerprint);
    record.insert(QStringLiteral("installed"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(entryFile(serviceDir(id)));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(record).toJson()) < 0
        || !file.commit()) {
        const QString message = Tr::tr("Could not save %1's installation record: %2")
                                    .arg(install->entry.name, file.errorString());
        removeTree(bundleDir(serviceDir(id))); // a bundle without its record would not be listed
        installed->status.step = InstallStep::None;
        installed->status.error = message;
        Q_EMIT failed(id, message);
        Q_EMIT serviceChanged(id);
        return;
    }
    scanInstalled();
    installed->status.step = InstallStep::None;
    installed->status.error.clear();
    qCInfo(lcServices).noquote() << id << "installed";
    Q_EMIT serviceChanged(id);
    if (install->launchAfter)
        launch(id);
}

void ServiceManager::cancelInstall(const QString &id)
{
    auto it = m_installs.find(id);
    if (it == m_installs.end())
        return;
    if (it->second->installer && it->second->installer->isRunning())
        it->second->installer->cancel(); // finished(false) follows
    else if (it->second->fetcher)
        it->second->fetcher->cancel(); // failed("cancelled") follows; the partial file is kept for a resume
}

Result<ServiceGuest> ServiceManager::guestFor(const QString &id) const
{
    auto it = m_installed.find(id);
    if (it == m_installed.end() || !it->second->status.installed)
        return Error {QStringLiteral("not-installed"), Tr::tr("“%1” is not installed.").arg(id)};
    const ServiceStatus &status = it->second->status;
    const QString dir = serviceDir(id);
    const QByteArray json =
        readSmallFile(bundleDir(dir) + QStringLiteral("/manifest.json"), BundleManifest::maximumSize);
    Result<BundleManifest> manifest = parseBundleManifest(json);
    if (!manifest)
        return manifest.error();

    ServiceGuest guest;
    guest.id = id;
    guest.name = status.entry.name;
    guest.version = status.entry.version;
    guest.kind = manifest->kind == QLatin1String("lxc") ? Virt::GuestKind::Lxc : Virt::GuestKind::Qemu;
    guest.kvm = guest.kind == Virt::GuestKind::Qemu && m_kvm.value_or(false);
    // What the entry asks for, within what this computer has.
    const int cores = std::max(1, QThread::idealThreadCount());
    guest.vcpus = std::clamp(status.entry.vcpus, 1, cores);
    guest.memoryMiB = quint64(std::max(status.entry.memoryMiB, 32));
    guest.ports = publishedPorts(status.entry);
    guest.bundleDir = bundleDir(dir);
    guest.kernel = manifest->qemuKernel;
    guest.initrd = manifest->qemuInitrd;
    guest.disk = manifest->qemuDisk;
    guest.cmdline = manifest->qemuCmdline;
    guest.rootfs = manifest->lxcRootfs;
    guest.init = manifest->lxcInit;
    guest.consoleLog = dir + QStringLiteral("/console.log");
    // What QEMU reads on the host must really be in the bundle (the installer already refused links that
    // lead out; checked again where it matters).
    const QString canonicalBundle = QFileInfo(guest.bundleDir).canonicalFilePath() + QLatin1Char('/');
    for (const QString &path : {guest.kernel, guest.initrd, guest.disk}) {
        if (path.isEmpty() || guest.kind != Virt::GuestKind::Qemu)
            continue;
        const QString real = QFileInfo(QDir(guest.bundleDir).filePath(path)).canonicalFilePath();
        if (real.isEmpty() || !real.startsWith(canonicalBundle))
            return Error {
                QStringLiteral("bundle-path"),
                Tr::tr("%1's bundle names “%2”, which is missing or not inside the bundle. Install it again.")
                    .arg(guest.name, path)};
    }
    if (status.entry.diskMiB > 0) {
        if (guest.kind == Virt::GuestKind::Qemu) {
            guest.dataPath = dir + QStringLiteral("/data.raw");
            QFile data(guest.dataPath);
            if (!data.exists()
                && (!data.open(QIODevice::WriteOnly) || !data.resize(qint64(status.entry.diskMiB) * kMiB)))
                return Error {
                    QStringLiteral("data-volume"),
                    Tr::tr("Could not create %1's data volume: %2").arg(guest.name, data.errorString())};
        } else {
            guest.dataPath = dir + QStringLiteral("/data");
            QDir().mkpath(guest.dataPath);
        }
    }
    return guest;
}

void ServiceManager::launch(const QString &id)
{
    Result<ServiceGuest> guest = guestFor(id);
    if (!guest) {
        Q_EMIT failed(id, guest.error().message);
        return;
    }
    const QString kind = guest->kind == Virt::GuestKind::Lxc ? QStringLiteral("lxc") : QStringLiteral("qemu");
    ServiceLauncher *launcher = ensureLauncher(id, kind);
    ServiceStatus &status = m_installed[id]->status;
    status.step = InstallStep::Starting;
    Q_EMIT serviceChanged(id);
    launcher->launch(guest.value(), status.entry.readiness.value_or(Readiness()));
    status.phase = launcher->phase();
    status.ports = launcher->ports();
    status.error = launcher->errorString();
    if (status.phase != ServicePhase::Starting)
        status.step = InstallStep::None;
    Q_EMIT serviceChanged(id);
}

void ServiceManager::stop(const QString &id)
{
    if (ServiceLauncher *found = launcher(id))
        found->stop();
}

void ServiceManager::restart(const QString &id)
{
    ServiceLauncher *found = launcher(id);
    if (!found || found->phase() == ServicePhase::Stopped || found->phase() == ServicePhase::Failed) {
        launch(id);
        return;
    }
    // Launch again once it is down.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(found, &ServiceLauncher::phaseChanged, this, [this, id, connection](ServicePhase phase) {
            if (phase != ServicePhase::Stopped && phase != ServicePhase::Failed)
                return;
            disconnect(*connection);
            launch(id);
        });
    found->stop();
}

Result<bool> ServiceManager::remove(const QString &id, bool deleteData)
{
    if (!isValidServiceId(id))
        return Error {QStringLiteral("service-id"), Tr::tr("“%1” is not a valid service id.").arg(id)};
    cancelInstall(id);
    m_installs.erase(id);
    auto it = m_installed.find(id);
    if (it != m_installed.end() && it->second->launcher) {
        if (auto undefined = it->second->launcher->undefine(); !undefined)
            return undefined;
    } else if (it == m_installed.end() && !QFileInfo::exists(serviceDir(id))) {
        return Error {QStringLiteral("not-installed"), Tr::tr("“%1” is not installed.").arg(id)};
    }
    const QString dir = serviceDir(id);
    if (QFileInfo::exists(bundleDir(dir)) && !removeTree(bundleDir(dir)))
        return Error {QStringLiteral("remove-files"),
                      Tr::tr("Could not delete the files in %1.").arg(bundleDir(dir))};
    QFile::remove(entryFile(dir));
    QFile::remove(dir + QStringLiteral("/console.log"));
    if (deleteData) {
        QFile::remove(dir + QStringLiteral("/data.raw"));
        removeTree(dir + QStringLiteral("/data"));
    }
    QDir().rmdir(dir); // only when nothing (no kept data) is left
    m_installed.erase(id);
    qCInfo(lcServices).noquote() << id << "removed" << (deleteData ? "with its data" : "(its data kept)");
    Q_EMIT serviceRemoved(id);
    return true;
}

} // namespace Cloudy::Services
