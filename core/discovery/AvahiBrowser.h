// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacedReports.h"
#include "ServiceBrowser.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>

class QDBusServiceWatcher;

namespace Cloudy::Discovery {

// Browses every DNS-SD service through avahi-daemon over D-Bus (org.freedesktop.Avahi, 0.8's Server2):
// one ServiceTypeBrowser (_services._dns-sd._udp), one ServiceBrowser per type, one ServiceResolver per
// service observation (interface + address family). Objects are created with *Prepare and started with
// Start once we listen to them (Avahi 0.8 resolves already from ServiceResolverPrepare on, and Qt may hand
// over a signal before the reply that preceded it: such early signals are kept until the reply names their
// object). Every object is freed when no longer needed; the daemon frees the rest when our connection closes.
//
// Resolvers stay open, so TXT, port and address changes arrive as serviceUpdated. avahi-daemon lets one
// client own a bounded number of objects (objects-per-client-max, 1024 by default): beyond what fits,
// services are resolved once (resolver freed after the answer) and get a lasting resolver when one frees
// up. Method calls are queued with at most 32 in flight (dbus-daemon allows a connection 128 pending
// replies). No call blocks.
//
// The daemon may come and go: when it leaves, every known service is reported removed and the state is
// Failed; when it (re)appears, browsing starts again from scratch.
class AvahiBrowser final : public ServiceBrowser
{
    Q_OBJECT

public:
    explicit AvahiBrowser(const QDBusConnection &systemBus, QObject *parent = nullptr);
    ~AvahiBrowser() override;

    QString backendName() const override { return QStringLiteral("avahi"); }
    void start() override;
    void stop() override;

    // avahi-daemon's objects-per-client-max (default 1024). Lower it for a daemon configured with less;
    // tests lower it to exercise resolving beyond the limit. Takes effect for objects created afterwards.
    void setObjectLimit(int objects);
    // Service observations currently known (resolved or not), and how many have a lasting resolver.
    int observationCount() const { return int(m_observations.size()); }
    int persistentResolverCount() const { return m_persistentResolvers; }

private Q_SLOTS:
    void onTypeItemNew(const QDBusMessage &message);
    void onTypeItemRemove(const QDBusMessage &message);
    void onTypeAllForNow(const QDBusMessage &message);
    void onTypeFailure(const QDBusMessage &message);
    void onBrowserItemNew(const QDBusMessage &message);
    void onBrowserItemRemove(const QDBusMessage &message);
    void onBrowserAllForNow(const QDBusMessage &message);
    void onBrowserCacheExhausted(const QDBusMessage &message);
    void onBrowserFailure(const QDBusMessage &message);
    void onResolverFound(const QDBusMessage &message);
    void onResolverFailure(const QDBusMessage &message);
    void onServerStateChanged(const QDBusMessage &message);

private:
    enum class Resolver
    {
        None, // not resolving (never, or answered once and freed, or waiting to retry)
        Queued, // waiting for room among the daemon's objects
        Preparing, // ServiceResolverPrepare sent
        Running, // started; Found/Failure arrive on resolverPath
    };

    // One ItemNew of a ServiceBrowser: a service on one interface and address family.
    struct Observation
    {
        DiscoveredService service;
        QString typeKey; // of the browser that reported it
        int avahiProtocol = -1; // as Avahi numbers it (the resolver wants it back)
        QString resolverPath;
        quint64 ticket = 0; // identifies the resolver request in flight; a reply with another is stale
        Resolver resolver = Resolver::None;
        bool persistent = false; // the resolver stays open (else it is freed after the first answer)
        bool resolved = false; // a Found was accepted
        bool reported = false; // serviceAdded was emitted
        bool settled = false; // answered (found, failed or rejected) at least once: counts for allForNow
        int failures = 0;
    };

    // One service type from the type browser, with its ServiceBrowser.
    struct TypeEntry
    {
        QString type;
        QString domain;
        QString browserPath;
        quint64 ticket = 0;
        QSet<qint64> announcements; // (interface, protocol) pairs the type browser reports it on
        int observations = 0;
        bool firstRound = false; // created before the type browser's AllForNow
        bool allForNow = false;
    };

    struct SignalHook
    {
        QString interface;
        const char *member; // the D-Bus signal
        const char *handler; // the slot of ours that takes its QDBusMessage
    };
    static const QList<SignalHook> &signalHooks();
    void connectSignalHooks();
    bool fromDaemon(const QDBusMessage &message) const;
    void queryDaemonOwner();
    void onDaemonOwnerChanged(const QString &service, const QString &oldOwner, const QString &newOwner);
    void onDaemonState(int state, const QString &error);
    void beginSession(const QString &daemon);
    void endSession(bool reportRemovals);
    void freeAllObjects();

    struct PendingCall
    {
        QDBusMessage message;
        std::function<void(const QDBusMessage &)> onReply;
    };
    void enqueueCall(const QDBusMessage &message, std::function<void(const QDBusMessage &)> onReply,
                     bool urgent = false);
    void dispatchCalls();
    void callDaemon(const QDBusMessage &message, std::function<void(const QDBusMessage &)> onReply,
                    bool urgent = false);
    void prepareObject(const QString &method, const QVariantList &arguments, const QString &interface,
                       std::function<bool(const QString &, const QDBusError &)> adopt);
    void startObject(const QString &path, const QString &interface,
                     std::function<void(const QDBusMessage &)> onReply);
    void sendFree(const QString &path, const QString &interface) const;
    bool deferIfEarly(const QDBusMessage &message);
    void replayEarlySignals(const QString &path);
    void clearEarlySignals();

    void prepareTypeBrowser();
    void retryTypeBrowser();
    void prepareServiceBrowser(const QString &typeKey);
    void retryServiceBrowser(const QString &typeKey);
    void releaseServiceBrowser(const QString &typeKey);
    void browserFailed(const QString &typeKey, const QString &error);
    void markAllForNow(TypeEntry &entry);

    int resolverCapacity() const;
    bool canStartResolver() const;
    bool canKeepResolver() const;
    void requestResolver(const QString &id);
    void startResolver(const QString &id, Observation &observation, bool persistent);
    void releaseResolver(Observation &observation);
    void resolverFailed(const QString &id, const QString &error);
    void pumpResolvers();
    void noteObjectLimit();
    void settle(Observation &observation);
    DiscoveredService withInterface(DiscoveredService service) const;

    void requestInterfaceName(int index);
    void onInterfaceName(int index, const QString &name);

    void maybeEmitAllForNow(bool bound = false);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_started = false;
    bool m_hooksConnected = false;

    // Everything below belongs to one session with one daemon process; m_session changes whenever a
    // session begins or ends, so late replies from an earlier one are recognised.
    quint64 m_session = 0;
    quint64 m_nextTicket = 0;
    QString m_daemon; // the daemon's unique bus name; empty when there is none
    QString m_typeBrowserPath;
    quint64 m_typeBrowserTicket = 0;
    bool m_typeAllForNow = false;
    bool m_allForNowEmitted = false;
    bool m_daemonFailed = false; // the daemon reported state FAILURE
    int m_firstRoundPending = 0; // first-round browsers that have not said AllForNow yet
    int m_unsettled = 0; // observations waiting for their first answer
    QTimer m_allForNowBound;
    bool m_allForNowBoundPassed = false; // the bound passed while reports were still being handed out

    QHash<QString, TypeEntry> m_types; // "type.domain"
    QHash<QString, QString> m_browserPaths; // object path -> type key
    QHash<QString, Observation> m_observations; // DiscoveredService::observationId()
    QHash<QString, QString> m_resolverPaths; // object path -> observation id
    std::deque<QString> m_resolveQueue; // observation ids waiting for room (stale ids are skipped)
    QSet<QString> m_unwatched; // resolved once, no lasting resolver yet
    QHash<int, QString> m_interfaceNames; // the daemon's interface index -> name
    QSet<int> m_interfaceLookups; // GetNetworkInterfaceNameByIndex calls in flight

    std::deque<PendingCall> m_callQueue; // method calls not sent yet
    int m_callsInFlight = 0;
    int m_preparesInFlight = 0; // *Prepare calls of this session not answered yet
    std::map<quint64, QList<QDBusMessage>> m_earlySignals; // object number -> signals that came first
    int m_earlySignalCount = 0;
    int m_objectLimit;
    // What listeners are told, paced: resolver replies come in bursts (see PacedReports).
    PacedReports m_reports;
    int m_persistentResolvers = 0;
    int m_oneShotResolvers = 0;
    bool m_typeCapLogged = false;
    bool m_serviceCapLogged = false;
    bool m_objectLimitLogged = false;
};

} // namespace Cloudy::Discovery
