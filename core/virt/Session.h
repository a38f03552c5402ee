// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"
#include "virt/Domain.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace Cloudy::Virt {

class Connection;
struct DomainSpec;

// Why a connection attempt failed, so the user is told what to do about it.
enum class ConnectFailure
{
    DaemonNotRunning, // no socket, or nobody listening on it
    PermissionDenied, // socket or polkit refused this user
    DriverMissing, // the hypervisor driver (QEMU, LXC) is not installed
    Other,
};
// Pure: from the errno libvirt attached to the error (0 if none) and its message.
ConnectFailure classifyConnectFailure(int systemErrno, const QString &message);
// A sentence a user can act on ("libvirtd is not running: …", "join the libvirt group…"), code
// "libvirt-daemon-down", "libvirt-permission", "libvirt-driver-missing" or "libvirt-connect".
Error explainConnectFailure(const QString &uri, ConnectFailure failure, const QString &message);

// One connection to a libvirt URI (qemu:///system, qemu:///session, lxc:///system, test:///default…) that
// lives as long as the program: it delivers lifecycle events as Qt signals, notices when the daemon goes
// away (close callback + keepalive every 5 s, dropped after 3 missed answers) and reconnects with
// back-off (1 s, 2 s, 4 s… at most 30 s), then says reconnected() so owners re-read what they show.
// Lives in the main thread (libvirt runs on the Qt event loop there, see EventLoop.h).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected,
    };
    Q_ENUM(State)

    explicit Session(const QString &uri, QObject *parent = nullptr);
    ~Session() override;

    QString uri() const { return m_uri; }
    // Connects now (blocks while libvirt connects: tens of milliseconds locally). On failure the state is
    // Disconnected with the reason, and, if autoReconnect is on, retries start in the background.
    Result<bool> open();
    // Disconnects and stops retrying.
    void close();

    State state() const { return m_state; }
    // Why the session is not connected (empty while connected).
    Error lastError() const { return m_lastError; }
    bool isConnected() const { return m_state == State::Connected; }
    // "QEMU", "LXC", "TEST"… (empty when not connected).
    QString driverName() const;
    // The open connection, for Storage/DomainStats and the like; null while not connected.
    const Connection *connection() const;

    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    // Back-off of reconnection attempts: first delay, doubled each time up to the maximum.
    void setReconnectDelays(int firstMs, int maxMs);
    int nextReconnectDelayMs() const { return m_reconnectDelayMs; }

    // Domain operations on this connection.
    Result<Domain> lookup(const QString &name) const;
    Result<Domain> define(const QByteArray &xml); // persistent
    Result<Domain> define(const DomainSpec &spec);
    Result<Domain> createTransient(const QByteArray &xml); // started at once, gone when it stops
    Result<Domain> createTransient(const DomainSpec &spec);
    // Every domain (running or defined) whose name starts with prefix, sorted by name.
    Result<QList<Domain>> listDomains(const QString &namePrefix = {}) const;

Q_SIGNALS:
    void stateChanged(Cloudy::Virt::Session::State state);
    void domainEvent(const QString &name, const Cloudy::Virt::DomainEvent &event);
    // The connection dropped (daemon stopped or crashed, socket closed, keepalive timed out).
    void disconnected(const QString &reason);
    // Connected again after disconnected(): domains, events and handles are new; re-read state.
    void reconnected();

private:
    void setState(State state);
    Result<bool> connectNow();
    void dropConnection(const QString &reason);
    void scheduleReconnect();
    void releaseConnection();

    void handleClosed(const QString &reason);
    void attemptReconnect();
    friend struct SessionCallbacks;

    QString m_uri;
    State m_state = State::Disconnected;
    Error m_lastError;
    std::unique_ptr<Connection> m_connection;
    int m_lifecycleCallbackId = -1;
    bool m_closeCallbackRegistered = false;
    std::unique_ptr<QPointer<Session>> m_closeToken; // the close callback's opaque data
    bool m_autoReconnect = true;
    bool m_wasConnected = false;
    bool m_closing = false;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
    int m_reconnectDelayMs = 1000;
    QTimer *m_reconnectTimer = nullptr;
};

} // namespace Cloudy::Virt
