// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLauncher.h"

#include "ServicesLog.h"
#include "virt/ConsoleStream.h"
#include "virt/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

namespace Cloudy::Services {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services)
};

constexpr qint64 kMaxLogReadPerPoll = 256 * 1024;

// A port nobody listens on now, on loopback (the forward is opened by QEMU a moment later; a race with
// another program taking it is reported by libvirt as a start failure naming the port).
quint16 freeLoopbackPort(bool udp)
{
    if (udp) {
        QUdpSocket socket;
        return socket.bind(QHostAddress::LocalHost, 0) ? socket.localPort() : 0;
    }
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

QString servicePhaseName(ServicePhase phase)
{
    switch (phase) {
    case ServicePhase::Stopped:
        return QStringLiteral("stopped");
    case ServicePhase::Starting:
        return QStringLiteral("starting");
    case ServicePhase::Running:
        return QStringLiteral("running");
    case ServicePhase::NotReady:
        return QStringLiteral("not-ready");
    case ServicePhase::Stopping:
        return QStringLiteral("stopping");
    case ServicePhase::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

ServiceLauncher::ServiceLauncher(Virt::Session *session, const QString &id, QObject *parent)
    : ServiceLauncher(session, id, Options(), parent)
{ }

ServiceLauncher::ServiceLauncher(Virt::Session *session, const QString &id, Options options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_id(id)
    , m_options(options)
{
    m_poll.setInterval(m_options.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        pollConsoleLog();
        checkReadiness();
    });
    m_destroyTimer.setSingleShot(true);
    connect(&m_destroyTimer, &QTimer::timeout, this, [this] {
        if (!m_session || !m_session->isConnected())
            return;
        auto domain = m_session->lookup(domainName());
        if (domain && domain->isActive()) {
            qCInfo(lcServices) << m_id << "did not stop in" << m_options.stopTimeoutMs
                               << "ms; forcing it off";
            if (auto destroyed = domain.value().destroy(); !destroyed)
                setPhase(ServicePhase::Failed, destroyed.error().message);
        }
        refreshPhaseFromDomain();
    });
    connect(session, &Virt::Session::domainEvent, this, [this](const QString &name) { onDomainEvent(name); });
}

ServiceLauncher::~ServiceLauncher() = default;

void ServiceLauncher::setPhase(ServicePhase phase, const QString &error)
{
    m_error = error;
    if (phase == m_phase)
        return;
    qCInfo(lcServices).noquote() << m_id << "is" << servicePhaseName(phase) << error;
    m_phase = phase;
    if (phase != ServicePhase::Starting && phase != ServicePhase::Running && phase != ServicePhase::NotReady)
        stopWatching();
    Q_EMIT phaseChanged(phase);
}

Result<bool> ServiceLauncher::prepareHostPorts()
{
    for (PublishedPort &port : m_guest.ports) {
        if (m_guest.kind == Virt::GuestKind::Lxc) {
            port.hostPort = port.guestPort; // the container shares the host's network
            continue;
        }
        if (port.hostPort != 0)
            continue;
        port.hostPort = freeLoopbackPort(port.udp);
        if (port.hostPort == 0)
            return Error {
                QStringLiteral("no-free-port"),
                Tr::tr("No free local port could be found for %1's “%2” port.").arg(m_guest.name, port.name)};
    }
    return true;
}

void ServiceLauncher::launch(const ServiceGuest &guest, const Readiness &readiness)
{
    m_guest = guest;
    m_readiness = readiness;
    m_destroyTimer.stop();
    if (!m_session || !m_session->isConnected()) {
        setPhase(ServicePhase::Failed,
                 Tr::tr("libvirt is not available, so %1 cannot start.").arg(guest.name));
        return;
    }
    auto existing = m_session->lookup(domainName());
    if (existing && existing->isActive()) {
        attach(guest, readiness);
        return;
    }
    if (existing) {
        // Defined by an earlier launch: defined again, its ports and bundle may have changed.
        if (auto undefined = existing.value().undefine(); !undefined) {
            setPhase(ServicePhase::Failed, undefined.error().message);
            return;
        }
    }
    if (auto ports = prepareHostPorts(); !ports) {
        setPhase(ServicePhase::Failed, ports.error().message);
        return;
    }
    Result<Virt::DomainSpec> spec = serviceDomainSpec(m_guest);
    if (!spec) {
        setPhase(ServicePhase::Failed, spec.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    spec.value().metadata.insert(QStringLiteral("started"), now.toString(Qt::ISODate));
    if (m_guest.kind == Virt::GuestKind::Lxc && !m_guest.consoleLog.isEmpty())
        QFile(m_guest.consoleLog).resize(0); // we write the container's log ourselves, fresh per start
    Result<Virt::Domain> domain = m_session->define(spec.value());
    if (!domain) {
        setPhase(ServicePhase::Failed, domain.error().message);
        return;
    }
    if (auto started = domain.value().start(); !started) {
        setPhase(ServicePhase::Failed, started.error().message);
        return;
    }
    m_startedAt = now;
    m_logOffset = 0; // the serial log is truncated at every start (append='off')
    m_logPartial.clear();
    setPhase(ServicePhase::Starting);
    startWatching();
}

void ServiceLauncher::attach(const ServiceGuest &guest, const Readiness &readiness)
{
    m_guest = guest;
    m_readiness = readiness;
    if (!m_session || !m_session->isConnected())
        return;
    auto domain = m_session->lookup(domainName());
    if (!domain) {
        setPhase(ServicePhase::Stopped);
        return;
    }
    if (auto xml = domain->xmlDesc(); xml) {
        if (auto info = Virt::parseDomainXml(xml.value()); info) {
            const QList<PublishedPort> recorded = portsFromMetadata(info->metadata);
            if (!recorded.isEmpty())
                m_guest.ports = recorded;
            m_startedAt = QDateTime::fromString(info->metadata.value(QStringLiteral("started")), Qt::ISODate);
        }
    }
    if (domain->isActive()) {
        // It ran before we came: its console lines are in the past, so only a port rule is checked again.
        QFile log(m_guest.consoleLog);
        m_logOffset = log.exists() ? log.size() : 0;
        setPhase(ServicePhase::Running);
        if (m_following)
            startWatching();
    } else {
        setPhase(ServicePhase::Stopped);
    }
}

void ServiceLauncher::stop()
{
    if (!m_session || !m_session->isConnected())
        return;
    auto domain = m_session->lookup(domainName());
    if (!domain || !domain->isActive()) {
        setPhase(ServicePhase::Stopped);
        return;
    }
    if (domain.value().isPaused())
        domain.value().resume(); // a paused guest cannot see the power button
    setPhase(ServicePhase::Stopping);
    if (auto down = domain.value().shutdown(); !down) {
        qCInfo(lcServices) << m_id << "refused a graceful shutdown:" << down.error().message;
        if (auto destroyed = domain.value().destroy(); !destroyed)
            setPhase(ServicePhase::Failed, destroyed.error().message);
        return;
    }
    m_destroyTimer.start(m_options.stopTimeoutMs);
}

Result<bool> ServiceLauncher::undefine()
{
    m_destroyTimer.stop();
    stopWatching();
    if (!m_session || !m_session->isConnected())
        return Error {QStringLiteral("libvirt-unavailable"), Tr::tr("libvirt is not available.")};
    auto domain = m_session->lookup(domainName());
    if (!domain)
        return true;
    if (domain->isActive()) {
        if (auto destroyed = domain.value().destroy(); !destroyed)
            return destroyed.error();
    }
    if (auto undefined = domain.value().undefine(); !undefined)
        return undefined.error();
    setPhase(ServicePhase::Stopped);
    return true;
}

void ServiceLauncher::followConsole(bool follow)
{
    m_following = follow;
    if (follow
        && (m_phase == ServicePhase::Starting || m_phase == ServicePhase::Running
            || m_phase == ServicePhase::NotReady))
        startWatching();
    else if (!follow && m_phase != ServicePhase::Starting)
        stopWatching();
}

void ServiceLauncher::startWatching()
{
    m_poll.start();
    const bool wantConsole =
        m_following || (m_phase == ServicePhase::Starting && !m_readiness.consoleLine.isEmpty());
    if (m_guest.kind == Virt::GuestKind::Lxc && wantConsole && !m_console) {
        auto domain = m_session->lookup(domainName());
        if (!domain)
            return;
        m_console = std::make_unique<Virt::ConsoleStream>();
        connect(m_console.get(), &Virt::ConsoleStream::lineReceived, this, &ServiceLauncher::onLine);
        if (auto opened = m_console->open(domain.value()); !opened) {
            qCWarning(lcServices).noquote() << m_id << ":" << opened.error().message;
            m_console.reset();
        }
    }
    if (m_phase == ServicePhase::Starting && !m_readyDeadline.isValid())
        m_readyDeadline = QDateTime::currentDateTimeUtc().addSecs(m_readiness.timeoutSeconds);
    checkReadiness();
}

void ServiceLauncher::stopWatching()
{
    m_poll.stop();
    m_readyDeadline = {};
    if (m_console)
        m_console.reset();
}

void ServiceLauncher::pollConsoleLog()
{
    if (m_guest.kind != Virt::GuestKind::Qemu || m_guest.consoleLog.isEmpty())
        return;
    QFile log(m_guest.consoleLog);
    if (!log.open(QIODevice::ReadOnly))
        return;
    if (log.size() < m_logOffset) // a new start truncated it
        m_logOffset = 0;
    if (!log.seek(m_logOffset))
        return;
    const QByteArray bytes = log.read(kMaxLogReadPerPoll);
    m_logOffset += bytes.size();
    m_logPartial += bytes;
    QPointer<ServiceLauncher> self(this);
    for (const QString &line : Virt::takeLines(m_logPartial)) {
        onLine(line);
        if (!self)
            return;
    }
}

void ServiceLauncher::onLine(const QString &line)
{
    if (m_guest.kind == Virt::GuestKind::Lxc && !m_guest.consoleLog.isEmpty()) {
        QFile log(m_guest.consoleLog);
        if (log.open(QIODevice::Append))
            log.write(line.toUtf8() + '\n');
    }
    QPointer<ServiceLauncher> self(this);
    Q_EMIT consoleLine(line);
    if (!self)
        return;
    if (m_phase == ServicePhase::Starting && !m_readiness.consoleLine.isEmpty()
        && line.contains(m_readiness.consoleLine)) {
        setPhase(ServicePhase::Running);
        if (m_following)
            startWatching();
    }
}

void ServiceLauncher::checkReadiness()
{
    if (m_phase != ServicePhase::Starting)
        return;
    if (m_readyDeadline.isValid() && QDateTime::currentDateTimeUtc() > m_readyDeadline) {
        setPhase(ServicePhase::NotReady,
                 Tr::tr("%1 started but did not report ready within %2 seconds. Its log may say why.")
                     .arg(m_guest.name)
                     .arg(m_readiness.timeoutSeconds));
        if (m_following)
            startWatching();
        return;
    }
    if (m_readiness.port.isEmpty() || m_portCheckInFlight)
        return;
    const auto port = std::find_if(m_guest.ports.cbegin(), m_guest.ports.cend(),
                                   [&](const PublishedPort &p) { return p.name == m_readiness.port; });
    if (port == m_guest.ports.cend() || port->hostPort == 0)
        return;
    m_portCheckInFlight = true;
    auto *socket = new QTcpSocket(this);
    const auto done = [this, socket](bool open) {
        socket->deleteLater();
        m_portCheckInFlight = false;
        if (open && m_phase == ServicePhase::Starting) {
            setPhase(ServicePhase::Running);
            if (m_following)
                startWatching();
        }
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
    socket->connectToHost(QHostAddress::LocalHost, port->hostPort);
}

void ServiceLauncher::onDomainEvent(const QString &name)
{
    if (name != domainName())
        return;
    refreshPhaseFromDomain();
}

void ServiceLauncher::refreshPhaseFromDomain()
{
    if (!m_session || !m_session->isConnected())
        return;
    auto domain = m_session->lookup(domainName());
    if (domain && domain->isActive())
        return;
    m_destroyTimer.stop();
    if (m_phase == ServicePhase::Starting || m_phase == ServicePhase::Running
        || m_phase == ServicePhase::NotReady) {
        pollConsoleLog(); // its last words
        setPhase(ServicePhase::Failed,
                 Tr::tr("%1 stopped by itself. Its log may say why.").arg(m_guest.name));
    } else if (m_phase != ServicePhase::Failed) {
        setPhase(ServicePhase::Stopped);
    }
}

} // namespace Cloudy::Services
