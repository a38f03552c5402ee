// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "ServiceLauncher.h"
#include "platform/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace Cloudy::Virt {
class Session;
}

namespace Cloudy::Services {

class BundleFetcher;
class BundleInstaller;

// Where an install is, for the progress bar: download (SHA-256 checked while the bytes arrive) → extract →
// start → wait for readiness.
enum class InstallStep
{
    None,
    Downloading,
    Extracting,
    Starting,
};
QString installStepName(InstallStep step); // "downloading", …

// One service as the Services page and `cloudyctl services` show it: what the catalog said, whether it is
// installed, and what its guest is doing.
struct ServiceStatus
{
    CatalogEntry entry; // as installed (entry.json), or from the domain's metadata when only that is left
    QString catalogUrl; // where it was installed from ("" for the built-in catalog)
    QString fingerprint; // the publisher key the catalog was signed with
    bool installed = false; // bundle/ is there
    ServicePhase phase = ServicePhase::Stopped;
    QString error; // why it failed / is not ready, in plain words
    QList<PublishedPort> ports; // with host ports once launched
    QDateTime startedAt;
    InstallStep step = InstallStep::None; // an install or launch in progress
    qint64 stepDone = 0;
    qint64 stepTotal = 0;
    QString domainName;
    QString consoleLog; // the service's console log file (may not exist yet)
    // What its guest uses now, while it runs and usage sampling is on (setUsageSampling): CPU in cores
    // (1.0 = one full core; negative until two samples exist) and memory in bytes (resident on the host,
    // else what the guest holds).
    double cpuCores = -1;
    quint64 memoryBytes = 0;

    // http://127.0.0.1:PORT/ of the first http port, when it runs.
    QString openUrl() const;
};

// The services installed on this computer and their guests: installs from a catalog entry (download →
// verify → extract, see BundleFetcher/BundleInstaller), launches from the installed bundle (ServiceLauncher,
// caps from the entry within what the host has), stops, restarts and removes; on start() lists what is
// installed and adopts the guests libvirt still runs. Files: Paths::dataDir()/services/ID/{entry.json,
// bundle/, console.log, data.raw|data/} (docs/services-formats.md). Main thread only.
class ServiceManager final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString servicesDir; // empty: Paths::dataDir() + "/services"
        QString downloadDir; // empty: Paths::cacheDir() + "/bundles"
        QString qemuUri; // empty: the LibvirtUri setting, else qemu:///session (qemu:///system for root)
        QString lxcUri = QStringLiteral("lxc:///system");
        std::optional<bool> kvm; // unset: KVM when /dev/kvm really runs guests (probed off the GUI thread)
        int stopTimeoutMs = 30000;
        int downloadTimeoutMs = 30000;
    };

    explicit ServiceManager(QObject *parent = nullptr);
    ServiceManager(Options options, QObject *parent = nullptr);
    ~ServiceManager() override;

    const Options &options() const { return m_options; }
    QString serviceDir(const QString &id) const;

    // Reads the installed services and adopts their running guests. Connects to libvirt lazily.
    void start();

    QList<ServiceStatus> services() const; // by name
    std::optional<ServiceStatus> service(const QString &id) const;
    bool isBusy(const QString &id) const; // an install is running

    // Downloads, verifies and extracts the entry's bundle; launches it afterwards when asked. Progress
    // and the outcome arrive as serviceChanged / failed. A metadata-only entry is refused.
    void install(const CatalogEntry &entry, const QString &catalogUrl, const QString &fingerprint,
                 bool launchAfter = true);
    void cancelInstall(const QString &id);
    void launch(const QString &id);
    void stop(const QString &id);
    void restart(const QString &id);
    // Stops and undefines the guest and deletes the bundle; the data (data.raw / data/) stays unless
    // deleteData.
    Result<bool> remove(const QString &id, bool deleteData = false);

    // Samples the running services' CPU and memory every intervalMs while on (the Services page turns it on
    // while it is shown); serviceChanged() reports new figures. Off: the figures are cleared.
    void setUsageSampling(bool on, int intervalMs = 3000);
    // One sample now (tests; what the timer does).
    void sampleUsage();

    // The launcher of a service with a guest (for the console); nullptr when there is none.
    ServiceLauncher *launcher(const QString &id) const;

Q_SIGNALS:
    void serviceChanged(const QString &id);
    void serviceRemoved(const QString &id);
    // Something the user asked for failed; message in plain words.
    void failed(const QString &id, const QString &message);

private:
    struct UsageSample
    {
        quint64 cpuTimeNs = 0;
        qint64 atMs = 0;
    };
    struct Installed;
    struct Install;
    Virt::Session *sessionFor(const QString &kind);
    ServiceLauncher *ensureLauncher(const QString &id, const QString &kind);
    void scanInstalled();
    void adoptRunning();
    Result<ServiceGuest> guestFor(const QString &id) const;
    void extract(const QString &id);
    void finishInstall(const QString &id, bool ok, const QString &message);
    void setStep(const QString &id, InstallStep step, qint64 done = 0, qint64 total = 0);
    bool kvm();

    Options m_options;
    std::map<QString, std::unique_ptr<Virt::Session>> m_sessions; // by URI
    QTimer m_usageTimer;
    std::map<QString, UsageSample> m_usageSamples; // by domain name
    std::map<QString, std::unique_ptr<Installed>> m_installed; // by id: entry.json read, or a guest seen
    std::map<QString, std::unique_ptr<Install>> m_installs; // running installs
    std::optional<bool> m_kvm;
    bool m_started = false;
};

} // namespace Cloudy::Services
