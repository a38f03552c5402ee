// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "ServiceDomain.h"
#include "platform/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Cloudy::Virt {
class ConsoleStream;
class Session;
} // namespace Cloudy::Virt

namespace Cloudy::Services {

// What a service is doing, as the Services page and `cloudyctl services` show it.
enum class ServicePhase
{
    Stopped, // defined or only installed; not running
    Starting, // defined and started, waiting for the readiness rule
    Running, // ready
    NotReady, // running, but the readiness rule was not met in time (the log says why)
    Stopping,
    Failed, // could not be defined or started (error says why)
};
QString servicePhaseName(ServicePhase phase); // "stopped", "starting", …

// One service's guest: defines it from a ServiceGuest, starts it, watches for readiness (the console log
// of a QEMU guest, the console stream of an LXC container, or a port), streams its console lines, stops it
// gracefully and forcibly after a timeout, and removes it. The guest outlives this object (libvirtd owns
// it); attach() adopts one that runs already. Main thread only; nothing here blocks on the guest.
class ServiceLauncher final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int stopTimeoutMs = 30000;
        int pollIntervalMs = 250; // console log and port checks
    };

    ServiceLauncher(Virt::Session *session, const QString &id, Options options, QObject *parent = nullptr);
    ServiceLauncher(Virt::Session *session, const QString &id, QObject *parent = nullptr);
    ~ServiceLauncher() override;

    QString id() const { return m_id; }
    QString domainName() const { return serviceDomainName(m_id); }
    ServicePhase phase() const { return m_phase; }
    QString errorString() const { return m_error; }
    QList<PublishedPort> ports() const { return m_guest.ports; }
    QDateTime startedAt() const { return m_startedAt; }
    QString consoleLogPath() const { return m_guest.consoleLog; }

    // Defines (again, when not running) and starts the guest; host ports for QEMU forwards are picked now
    // (a port of 0 in the guest's list gets a free one). Readiness is then awaited.
    void launch(const ServiceGuest &guest, const Readiness &readiness);
    // Takes over a guest that runs already (found in libvirt after the app started again): phase Running
    // when active. readiness is checked again only for a port rule.
    void attach(const ServiceGuest &guest, const Readiness &readiness);
    void stop();
    // Stops (forcibly) and undefines the domain. Files are the caller's (ServiceManager).
    Result<bool> undefine();
    // Follows the console live (LXC: takes the console; QEMU: reads the serial log); lines arrive as
    // consoleLine. Starts by itself while waiting for a console-line readiness.
    void followConsole(bool follow);

Q_SIGNALS:
    void phaseChanged(Cloudy::Services::ServicePhase phase);
    void consoleLine(const QString &line);

private:
    void setPhase(ServicePhase phase, const QString &error = {});
    void onDomainEvent(const QString &name);
    void checkReadiness();
    void pollConsoleLog();
    void onLine(const QString &line);
    void startWatching();
    void stopWatching();
    Result<bool> prepareHostPorts();
    void refreshPhaseFromDomain();

    QPointer<Virt::Session> m_session;
    QString m_id;
    Options m_options;
    ServiceGuest m_guest;
    Readiness m_readiness;
    ServicePhase m_phase = ServicePhase::Stopped;
    QString m_error;
    QDateTime m_startedAt;
    QDateTime m_readyDeadline;
    QTimer m_poll;
    QTimer m_destroyTimer;
    bool m_following = false;
    bool m_portCheckInFlight = false;
    qint64 m_logOffset = 0;
    QByteArray m_logPartial;
    std::unique_ptr<Virt::ConsoleStream> m_console;
};

} // namespace Cloudy::Services
