// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "ConnectionPrivate.h"
#include "DomainPrivate.h"
#include "DomainXml.h"
#include "Libvirt.h"
#include "VirtConnection.h"
#include "VirtLog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cerrno>

namespace Cloudy::Virt {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt)
};

void deleteSessionPointer(void *opaque)
{
    delete static_cast<QPointer<Session> *>(opaque);
}

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return Tr::tr("libvirtd closed the connection (the daemon stopped or restarted)");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return Tr::tr("libvirtd stopped answering (keepalive timed out)");
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        return Tr::tr("the connection to libvirtd failed");
    default:
        return Tr::tr("the connection to libvirtd was closed");
    }
}

} // namespace

// libvirt's callbacks; they run in the main thread from the Qt event loop (EventLoop.cpp) and hand the
// work to the Session through a queued call, so a slot may freely call libvirt or delete the Session.
struct SessionCallbacks
{
    static void lifecycle(virConnectPtr, virDomainPtr domain, int event, int detail, void *opaque)
    {
        const QPointer<Session> session = *static_cast<QPointer<Session> *>(opaque);
        if (!session)
            return;
        const char *rawName = virDomainGetName(domain);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        const DomainEvent domainEvent = DomainEvent::fromLibvirt(event, detail);
        qCDebug(lcVirt) << "event" << name << DomainEvent::typeName(domainEvent.type)
                        << domainEvent.detailText;
        QMetaObject::invokeMethod(
            session.data(), [session, name, domainEvent] { Q_EMIT session->domainEvent(name, domainEvent); },
            Qt::QueuedConnection);
    }

    static void closed(virConnectPtr, int reason, void *opaque)
    {
        const QPointer<Session> session = *static_cast<QPointer<Session> *>(opaque);
        if (!session || reason == VIR_CONNECT_CLOSE_REASON_CLIENT)
            return;
        const QString text = closeReasonText(reason);
        QMetaObject::invokeMethod(
            session.data(), [session, text] { session->handleClosed(text); }, Qt::QueuedConnection);
    }
};

ConnectFailure classifyConnectFailure(int systemErrno, const QString &message)
{
    if (systemErrno == EACCES || systemErrno == EPERM || message.contains(QLatin1String("Permission denied"))
        || message.contains(QLatin1String("authentication unavailable"))
        || message.contains(QLatin1String("authentication failed"))
        || message.contains(QLatin1String("access denied")))
        return ConnectFailure::PermissionDenied;
    if (systemErrno == ENOENT || systemErrno == ECONNREFUSED
        || message.contains(QLatin1String("No such file or directory"))
        || message.contains(QLatin1String("Connection refused")))
        return ConnectFailure::DaemonNotRunning;
    if (message.contains(QLatin1String("no connection driver available"))
        || message.contains(QLatin1String("Unable to load")))
        return ConnectFailure::DriverMissing;
    return ConnectFailure::Other;
}

Error explainConnectFailure(const QString &uri, ConnectFailure failure, const QString &message)
{
    switch (failure) {
    case ConnectFailure::DaemonNotRunning:
        return {
            QStringLiteral("libvirt-daemon-down"),
            Tr::tr(
                "libvirtd is not running for %1: install it (sudo apt-get install libvirt-daemon-system) and "
                "start it (sudo systemctl start libvirtd). libvirt said: %2")
                .arg(uri, message)};
    case ConnectFailure::PermissionDenied:
        return {
            QStringLiteral("libvirt-permission"),
            Tr::tr("libvirt refused this user on %1: join the libvirt group (sudo adduser $USER libvirt), "
                   "log out "
                   "and in again, or use qemu:///session. libvirt said: %2")
                .arg(uri, message)};
    case ConnectFailure::DriverMissing:
        return {
            QStringLiteral("libvirt-driver-missing"),
            Tr::tr(
                "libvirt has no driver for %1: install it (sudo apt-get install libvirt-daemon-driver-qemu "
                "qemu-system-x86, or libvirt-daemon-driver-lxc for containers). libvirt said: %2")
                .arg(uri, message)};
    case ConnectFailure::Other:
        break;
    }
    return {QStringLiteral("libvirt-connect"), Tr::tr("Could not connect to %1: %2").arg(uri, message)};
}

Session::Session(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri)
    , m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] { attemptReconnect(); });
}

Session::~Session()
{
    m_closing = true;
    releaseConnection();
}

void Session::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
    m_reconnectDelayMs = m_firstDelayMs;
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString Session::driverName() const
{
    return m_connection ? m_connection->driverName() : QString();
}

const Connection *Session::connection() const
{
    return m_connection.get();
}

Result<bool> Session::open()
{
    m_closing = false;
    m_reconnectTimer->stop();
    m_reconnectDelayMs = m_firstDelayMs;
    if (m_connection)
        return true;
    setState(State::Connecting);
    const auto connected = connectNow();
    if (!connected) {
        m_lastError = connected.error();
        setState(State::Disconnected);
        if (m_autoReconnect)
            scheduleReconnect();
        return connected.error();
    }
    m_lastError = {};
    m_wasConnected = true;
    setState(State::Connected);
    return true;
}

void Session::close()
{
    m_closing = true;
    m_reconnectTimer->stop();
    releaseConnection();
    m_lastError = {QStringLiteral("libvirt-closed"), Tr::tr("The connection to %1 was closed.").arg(m_uri)};
    setState(State::Disconnected);
}

Result<bool> Session::connectNow()
{
    initialize();
    auto opened = Connection::open(m_uri);
    if (!opened) {
        const virErrorPtr error = virGetLastError();
        const int systemErrno = error && error->code == VIR_ERR_SYSTEM_ERROR ? error->int1 : 0;
        const QString message = opened.error().message;
        return explainConnectFailure(m_uri, classifyConnectFailure(systemErrno, message), message);
    }
    m_connection = std::make_unique<Connection>(std::move(opened).value());
    const virConnectPtr raw = rawConnection(*m_connection);

    // Ping every 5 s, give up after 3 unanswered pings. Local drivers (test:///) have no keepalive.
    if (virConnectSetKeepAlive(raw, 5, 3) < 0)
        qCDebug(lcVirt) << m_uri << "has no keepalive:" << Virt::lastError(QString()).message;
    // The close token is ours to free: drivers without close callbacks (test:///) accept the registration
    // but never call the free function.
    m_closeToken = std::make_unique<QPointer<Session>>(this);
    if (virConnectRegisterCloseCallback(raw, SessionCallbacks::closed, m_closeToken.get(), nullptr) == 0) {
        m_closeCallbackRegistered = true;
    } else {
        m_closeToken.reset();
        qCDebug(lcVirt) << m_uri << "has no close callback:" << Virt::lastError(QString()).message;
    }
    auto *eventToken = new QPointer<Session>(this);
    m_lifecycleCallbackId = virConnectDomainEventRegisterAny(
        raw, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(SessionCallbacks::lifecycle),
        eventToken, deleteSessionPointer);
    if (m_lifecycleCallbackId < 0) {
        delete eventToken;
        qCWarning(lcVirt) << "no lifecycle events from" << m_uri << ":" << Virt::lastError(QString()).message;
    }
    qCInfo(lcVirt) << "connected to" << m_connection->uri() << "driver" << m_connection->driverName();
    return true;
}

void Session::releaseConnection()
{
    if (!m_connection)
        return;
    const virConnectPtr raw = rawConnection(*m_connection);
    if (m_lifecycleCallbackId >= 0)
        virConnectDomainEventDeregisterAny(raw, m_lifecycleCallbackId);
    m_lifecycleCallbackId = -1;
    if (m_closeCallbackRegistered)
        virConnectUnregisterCloseCallback(raw, SessionCallbacks::closed);
    m_closeCallbackRegistered = false;
    m_connection.reset();
    m_closeToken.reset(); // after the connection: no close callback can come any more
}

void Session::handleClosed(const QString &reason)
{
    if (m_state != State::Connected || m_closing)
        return;
    dropConnection(reason);
}

void Session::dropConnection(const QString &reason)
{
    qCWarning(lcVirt) << m_uri << "disconnected:" << reason;
    releaseConnection();
    m_lastError = {QStringLiteral("libvirt-disconnected"),
                   Tr::tr("Lost the connection to %1: %2. Reconnecting…").arg(m_uri, reason)};
    m_reconnectDelayMs = m_firstDelayMs;
    setState(State::Disconnected);
    Q_EMIT disconnected(reason);
    if (m_autoReconnect && !m_closing)
        scheduleReconnect();
}

void Session::scheduleReconnect()
{
    qCDebug(lcVirt) << "reconnecting to" << m_uri << "in" << m_reconnectDelayMs << "ms";
    m_reconnectTimer->start(m_reconnectDelayMs);
}

void Session::attemptReconnect()
{
    if (m_closing || m_connection)
        return;
    setState(State::Connecting);
    const auto connected = connectNow();
    if (!connected) {
        m_lastError = connected.error();
        setState(State::Disconnected);
        m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, m_maxDelayMs);
        scheduleReconnect();
        return;
    }
    m_lastError = {};
    m_reconnectDelayMs = m_firstDelayMs;
    m_wasConnected = true;
    setState(State::Connected);
    Q_EMIT reconnected();
}

namespace {

Error notConnected(const QString &uri, const Error &last)
{
    return {QStringLiteral("libvirt-disconnected"),
            last.message.isEmpty()
                ? QCoreApplication::translate("Cloudy::Virt", "Not connected to %1.").arg(uri)
                : last.message};
}

} // namespace

Result<Domain> Session::lookup(const QString &name) const
{
    if (!m_connection)
        return notConnected(m_uri, m_lastError);
    const QByteArray utf8 = name.toUtf8();
    const virDomainPtr domain = virDomainLookupByName(rawConnection(*m_connection), utf8.constData());
    if (!domain) {
        if (lastErrorCode() == VIR_ERR_NO_DOMAIN)
            return Error {QStringLiteral("domain-not-found"),
                          Tr::tr("There is no guest named %1 on %2.").arg(name, m_uri)};
        return libvirtFailure(QStringLiteral("domain-lookup"), Tr::tr("Could not look up %1").arg(name));
    }
    return wrapDomain(domain);
}

Result<Domain> Session::define(const QByteArray &xml)
{
    if (!m_connection)
        return notConnected(m_uri, m_lastError);
    const virDomainPtr domain =
        virDomainDefineXMLFlags(rawConnection(*m_connection), xml.constData(), VIR_DOMAIN_DEFINE_VALIDATE);
    if (!domain)
        return libvirtFailure(QStringLiteral("domain-define"),
                              Tr::tr("libvirt refused the guest definition"));
    return wrapDomain(domain);
}

Result<Domain> Session::define(const DomainSpec &spec)
{
    const auto xml = writeDomainXml(spec);
    if (!xml)
        return xml.error();
    return define(xml.value());
}

Result<Domain> Session::createTransient(const QByteArray &xml)
{
    if (!m_connection)
        return notConnected(m_uri, m_lastError);
    const virDomainPtr domain =
        virDomainCreateXML(rawConnection(*m_connection), xml.constData(), VIR_DOMAIN_START_VALIDATE);
    if (!domain)
        return libvirtFailure(QStringLiteral("domain-create"), Tr::tr("libvirt could not start the guest"));
    return wrapDomain(domain);
}

Result<Domain> Session::createTransient(const DomainSpec &spec)
{
    const auto xml = writeDomainXml(spec);
    if (!xml)
        return xml.error();
    return createTransient(xml.value());
}

Result<QList<Domain>> Session::listDomains(const QString &namePrefix) const
{
    if (!m_connection)
        return notConnected(m_uri, m_lastError);
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(rawConnection(*m_connection), &domains, 0);
    if (count < 0)
        return libvirtFailure(QStringLiteral("domain-list"),
                              Tr::tr("Could not list the guests on %1").arg(m_uri));
    QList<Domain> result;
    for (int i = 0; i < count; ++i) {
        Domain domain = wrapDomain(domains[i]); // owns the reference either way
        if (domain.name().startsWith(namePrefix))
            result.append(std::move(domain));
    }
    free(domains); // NOLINT(cppcoreguidelines-no-malloc): libvirt allocated the array
    std::sort(result.begin(), result.end(),
              [](const Domain &a, const Domain &b) { return a.name() < b.name(); });
    return result;
}

} // namespace Cloudy::Virt
