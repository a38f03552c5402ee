// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvahiBrowser.h"

#include "AvahiServer.h"
#include "AvahiSignals.h"
#include "DiscoveryLog.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <utility>

namespace Cloudy::Discovery {

namespace {

// avahi-daemon's default objects-per-client-max (avahi-daemon/dbus-internal.h).
constexpr int kDefaultObjectLimit = 1024;
// Room kept for the browsers of types that appear later (and a little slack).
constexpr int kObjectHeadroom = 16;
// Resolvers kept for resolving once when every lasting resolver is taken.
constexpr int kOneShotReserve = 32;
constexpr int kMinimumObjectLimit = kObjectHeadroom + 8;
// allForNow() at the latest this long after a session began (Avahi's AllForNow comes after ~1 s per
// browser, a resolver gives up after 5 s).
constexpr int kAllForNowBoundMs = 10000;
constexpr int kRetryBaseMs = 5000;
constexpr int kRetryMaxMs = 60000;
// A resolver that has neither found nor failed after this long is replaced.
constexpr int kResolverSilenceMs = 8000;
// Method calls waiting for a reply at once (dbus-daemon allows 128 per connection).
constexpr int kMaxCallsInFlight = 32;
// Signals kept for objects whose *Prepare reply is still to be handled (see deferIfEarly()).
constexpr int kMaxEarlySignals = 4096;

QString serverInterface()
{
    return QStringLiteral("org.freedesktop.Avahi.Server");
}
QString server2Interface()
{
    return QStringLiteral("org.freedesktop.Avahi.Server2");
}
QString typeBrowserInterface()
{
    return QStringLiteral("org.freedesktop.Avahi.ServiceTypeBrowser");
}
QString browserInterface()
{
    return QStringLiteral("org.freedesktop.Avahi.ServiceBrowser");
}
QString resolverInterface()
{
    return QStringLiteral("org.freedesktop.Avahi.ServiceResolver");
}

bool isTooManyObjects(const QDBusError &error)
{
    return error.name() == QLatin1String("org.freedesktop.Avahi.TooManyObjectsError");
}

// Frees an object of the daemon `daemon` (a unique bus name, so a restarted daemon that reuses the path
// for another object is never told). No reply is awaited.
void freeObject(const QDBusConnection &bus, const QString &daemon, const QString &path,
                const QString &interface)
{
    bus.send(QDBusMessage::createMethodCall(daemon, path, interface, QStringLiteral("Free")));
}

qint64 announcementKey(int interfaceIndex, int protocol)
{
    return (qint64(interfaceIndex) << 8) | qint64(protocol + 1);
}

// The number Avahi gave an object: "/Client3/ServiceResolver17" -> 17.
quint64 objectNumber(const QString &path)
{
    qsizetype digits = path.size();
    while (digits > 0 && path.at(digits - 1).isDigit())
        --digits;
    return path.sliced(digits).toULongLong();
}

QString firstString(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    return arguments.isEmpty() ? QString() : arguments.first().toString().left(200);
}

} // namespace

AvahiBrowser::AvahiBrowser(const QDBusConnection &systemBus, QObject *parent)
    : ServiceBrowser(parent)
    , m_bus(systemBus)
    , m_objectLimit(kDefaultObjectLimit)
    , m_reports(
          [this](PacedReports::Kind kind, const DiscoveredService &service) {
              switch (kind) {
              case PacedReports::Kind::Added:
                  Q_EMIT serviceAdded(service);
                  break;
              case PacedReports::Kind::Updated:
                  Q_EMIT serviceUpdated(service);
                  break;
              case PacedReports::Kind::Removed:
                  Q_EMIT serviceRemoved(service);
                  break;
              }
          },
          [this] { maybeEmitAllForNow(m_allForNowBoundPassed); })
{
    m_allForNowBound.setSingleShot(true);
    connect(&m_allForNowBound, &QTimer::timeout, this, [this] { maybeEmitAllForNow(true); });
}

AvahiBrowser::~AvahiBrowser()
{
    freeAllObjects();
}

void AvahiBrowser::setObjectLimit(int objects)
{
    m_objectLimit = std::max(objects, kMinimumObjectLimit);
    pumpResolvers();
}

void AvahiBrowser::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_bus.isConnected()) {
        setState(State::Failed, tr("There is no system D-Bus to reach avahi-daemon through (%1). Start the "
                                   "'dbus' service and then Cloudy again.")
                                    .arg(m_bus.lastError().message()));
        return;
    }
    setState(State::Starting);
    connectSignalHooks();
    if (!m_watcher) {
        m_watcher = new QDBusServiceWatcher(QString::fromLatin1(kAvahiService), m_bus,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
        connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
                &AvahiBrowser::onDaemonOwnerChanged);
    }
    queryDaemonOwner();
}

void AvahiBrowser::stop()
{
    if (!m_started)
        return;
    m_started = false;
    freeAllObjects();
    endSession(false);
    setState(State::Idle);
}

// Every Avahi signal we handle and the slot that handles it: connected once (connectSignalHooks) and used
// again to replay signals that arrived before their object's path was known (replayEarlySignals).
const QList<AvahiBrowser::SignalHook> &AvahiBrowser::signalHooks()
{
    static const QList<SignalHook> hooks = {
        {typeBrowserInterface(), "ItemNew", "onTypeItemNew"},
        {typeBrowserInterface(), "ItemRemove", "onTypeItemRemove"},
        {typeBrowserInterface(), "AllForNow", "onTypeAllForNow"},
        {typeBrowserInterface(), "Failure", "onTypeFailure"},
        {browserInterface(), "ItemNew", "onBrowserItemNew"},
        {browserInterface(), "ItemRemove", "onBrowserItemRemove"},
        {browserInterface(), "AllForNow", "onBrowserAllForNow"},
        {browserInterface(), "CacheExhausted", "onBrowserCacheExhausted"},
        {browserInterface(), "Failure", "onBrowserFailure"},
        {resolverInterface(), "Found", "onResolverFound"},
        {resolverInterface(), "Failure", "onResolverFailure"},
        {serverInterface(), "StateChanged", "onServerStateChanged"},
    };
    return hooks;
}

// One hook per signal for all objects (the object path tells which one): a handful of match rules however
// many services there are. Signals are checked against the daemon's unique name in fromDaemon().
void AvahiBrowser::connectSignalHooks()
{
    if (m_hooksConnected)
        return;
    m_hooksConnected = true;
    for (const SignalHook &hook : signalHooks()) {
        const QString path = hook.interface == serverInterface() ? QStringLiteral("/") : QString();
        // "1" + signature is what the SLOT() macro makes of a slot name.
        const QByteArray slot = QByteArray("1") + hook.handler + "(QDBusMessage)";
        if (!m_bus.connect(QString(), path, hook.interface, QString::fromLatin1(hook.member), this,
                           slot.constData()))
            qCWarning(lcDiscovery) << "Avahi: cannot receive" << hook.interface << hook.member
                                   << "signals:" << m_bus.lastError().message();
    }
}

bool AvahiBrowser::fromDaemon(const QDBusMessage &message) const
{
    return !m_daemon.isEmpty() && message.service() == m_daemon;
}

void AvahiBrowser::sendFree(const QString &path, const QString &interface) const
{
    if (!m_daemon.isEmpty() && !path.isEmpty())
        freeObject(m_bus, m_daemon, path, interface);
}

void AvahiBrowser::freeAllObjects()
{
    if (m_daemon.isEmpty())
        return;
    for (auto it = m_resolverPaths.cbegin(); it != m_resolverPaths.cend(); ++it)
        sendFree(it.key(), resolverInterface());
    for (auto it = m_browserPaths.cbegin(); it != m_browserPaths.cend(); ++it)
        sendFree(it.key(), browserInterface());
    sendFree(m_typeBrowserPath, typeBrowserInterface());
    // Objects whose *Prepare is still in flight are freed when the reply comes (see prepareObject()).
}

// --- the daemon coming and going ---

void AvahiBrowser::queryDaemonOwner()
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetNameOwner"));
    message << QString::fromLatin1(kAvahiService);
    callDaemon(message, [this](const QDBusMessage &reply) {
        if (!m_started || !m_daemon.isEmpty())
            return;
        const QString owner = reply.type() == QDBusMessage::ReplyMessage ? firstString(reply) : QString();
        if (!owner.isEmpty()) {
            beginSession(owner);
        } else if (reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")) {
            setState(State::Failed, tr("avahi-daemon is not running. Start it (sudo systemctl start "
                                       "avahi-daemon, or install the avahi-daemon package); Cloudy starts "
                                       "browsing as soon as it appears."));
        } else {
            setState(State::Failed, tr("The system D-Bus did not say whether avahi-daemon runs (%1). Cloudy "
                                       "starts browsing as soon as avahi-daemon appears.")
                                        .arg(reply.errorMessage()));
        }
    });
}

void AvahiBrowser::onDaemonOwnerChanged(const QString &service, const QString &oldOwner,
                                        const QString &newOwner)
{
    Q_UNUSED(service)
    Q_UNUSED(oldOwner)
    if (!m_started || newOwner == m_daemon)
        return;
    QPointer<AvahiBrowser> self(this);
    if (!m_daemon.isEmpty()) {
        qCInfo(lcDiscovery) << "Avahi: avahi-daemon" << m_daemon << "left the bus";
        endSession(true);
        if (!self || !m_started)
            return;
    } else {
        ++m_session; // an owner query still in flight is out of date
    }
    if (newOwner.isEmpty()) {
        setState(State::Failed, tr("avahi-daemon stopped, so the services it had found are no longer known. "
                                   "Browsing resumes by itself when it runs again (sudo systemctl start "
                                   "avahi-daemon)."));
        return;
    }
    qCInfo(lcDiscovery) << "Avahi: avahi-daemon is on the bus as" << newOwner;
    beginSession(newOwner);
}

void AvahiBrowser::beginSession(const QString &daemon)
{
    ++m_session;
    m_daemon = daemon;
    m_daemonFailed = false;
    setState(State::Starting);
    m_allForNowBound.start(kAllForNowBoundMs);

    QDBusMessage getState = QDBusMessage::createMethodCall(m_daemon, QStringLiteral("/"), serverInterface(),
                                                           QStringLiteral("GetState"));
    callDaemon(getState, [this](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            onDaemonState(reply.arguments().first().toInt(), QString());
    });
    prepareTypeBrowser();
}

void AvahiBrowser::endSession(bool reportRemovals)
{
    // Forget everything before telling anyone: a receiver of serviceRemoved may call stop() or start().
    const QHash<QString, Observation> observations = std::exchange(m_observations, {});
    m_types.clear();
    m_browserPaths.clear();
    m_resolverPaths.clear();
    m_resolveQueue.clear();
    m_unwatched.clear();
    m_interfaceNames.clear();
    m_interfaceLookups.clear();
    m_typeBrowserPath.clear();
    m_typeBrowserTicket = 0;
    m_typeAllForNow = false;
    m_allForNowEmitted = false;
    m_allForNowBoundPassed = false;
    m_daemonFailed = false;
    m_firstRoundPending = 0;
    m_unsettled = 0;
    m_persistentResolvers = 0;
    m_oneShotResolvers = 0;
    m_typeCapLogged = false;
    m_serviceCapLogged = false;
    m_allForNowBound.stop();
    m_callQueue.clear(); // calls not sent yet: no object exists for them
    m_preparesInFlight = 0; // replies of this session are ignored from now on
    clearEarlySignals();
    m_daemon.clear();
    ++m_session;
    if (!reportRemovals) {
        m_reports.clear();
        return;
    }
    for (const Observation &observation : observations) {
        if (observation.reported)
            m_reports.push(PacedReports::Kind::Removed, observation.service);
    }
}

void AvahiBrowser::onServerStateChanged(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    const QVariantList arguments = message.arguments();
    if (arguments.size() != 2 || arguments.at(0).metaType().id() != QMetaType::Int)
        return;
    onDaemonState(arguments.at(0).toInt(), arguments.at(1).toString().left(200));
}

// AvahiServerState: 1 registering, 2 running, 3 collision, 4 failure. Registering and collision concern the
// daemon's own host name (it picks another one by itself); browsing goes on meanwhile.
void AvahiBrowser::onDaemonState(int state, const QString &error)
{
    switch (state) {
    case 1:
        qCInfo(lcDiscovery) << "Avahi: avahi-daemon is registering its host name";
        break;
    case 3:
        qCInfo(lcDiscovery) << "Avahi: avahi-daemon's host name collides with another host's; it picks "
                               "another one, browsing goes on";
        break;
    case 4:
        m_daemonFailed = true;
        setState(State::Failed, tr("avahi-daemon reports a failure (%1) and cannot browse the network. See "
                                   "'journalctl -u avahi-daemon'; browsing resumes when it recovers.")
                                    .arg(error.isEmpty() ? tr("no details") : error));
        break;
    case 2:
        if (m_daemonFailed) {
            // Back from a failure: its browsers may be gone, so browse again from scratch.
            const QString daemon = m_daemon;
            QPointer<AvahiBrowser> self(this);
            freeAllObjects();
            endSession(true);
            if (self && m_started)
                beginSession(daemon);
        }
        break;
    default:
        break;
    }
}

// --- asynchronous calls ---

// Every method call goes through one queue with a bounded number in flight: dbus-daemon lets a connection
// wait for at most 128 replies (max_replies_per_connection) and answers LimitsExceeded beyond that, and
// the connection is shared with the rest of the program. Free needs no reply and bypasses it.
void AvahiBrowser::enqueueCall(const QDBusMessage &message, std::function<void(const QDBusMessage &)> onReply,
                               bool urgent)
{
    PendingCall call {message, std::move(onReply)};
    if (urgent)
        m_callQueue.push_front(std::move(call));
    else
        m_callQueue.push_back(std::move(call));
    dispatchCalls();
}

void AvahiBrowser::dispatchCalls()
{
    while (m_callsInFlight < kMaxCallsInFlight && !m_callQueue.empty()) {
        PendingCall call = std::move(m_callQueue.front());
        m_callQueue.pop_front();
        ++m_callsInFlight;
        // Not a child of this: a reply may still have to free an object after the browser is gone.
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call.message));
        connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                [self = QPointer<AvahiBrowser>(this),
                 onReply = std::move(call.onReply)](QDBusPendingCallWatcher *finished) {
                    finished->deleteLater();
                    if (self) {
                        --self->m_callsInFlight;
                        self->dispatchCalls();
                    }
                    onReply(finished->reply());
                });
    }
}

// Calls a method of the daemon (or the bus); `onReply` runs only while this session lasts.
void AvahiBrowser::callDaemon(const QDBusMessage &message, std::function<void(const QDBusMessage &)> onReply,
                              bool urgent)
{
    enqueueCall(
        message,
        [self = QPointer<AvahiBrowser>(this), session = m_session,
         onReply = std::move(onReply)](const QDBusMessage &reply) {
            if (self && self->m_session == session)
                onReply(reply);
        },
        urgent);
}

// Sends Server2.<method> (a *Prepare call). `adopt` gets the new object's path (empty on error) and says
// whether the object is still wanted. Objects nobody wants any more (the request was superseded, the
// session ended, the browser is gone) are freed at once, so none is left behind in the daemon.
void AvahiBrowser::prepareObject(const QString &method, const QVariantList &arguments,
                                 const QString &interface,
                                 std::function<bool(const QString &, const QDBusError &)> adopt)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(m_daemon, QStringLiteral("/"), server2Interface(), method);
    message.setArguments(arguments);
    ++m_preparesInFlight;
    enqueueCall(message,
                [self = QPointer<AvahiBrowser>(this), bus = m_bus, daemon = m_daemon, session = m_session,
                 interface, adopt = std::move(adopt)](const QDBusMessage &reply) {
                    QString path;
                    if (reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 1)
                        path = qvariant_cast<QDBusObjectPath>(reply.arguments().first()).path();
                    bool kept = false;
                    if (self && self->m_session == session) {
                        --self->m_preparesInFlight;
                        kept = adopt(path, QDBusError(reply));
                        if (kept)
                            self->replayEarlySignals(path);
                        if (self && self->m_session == session && self->m_preparesInFlight == 0)
                            self->clearEarlySignals();
                    }
                    if (!kept && !path.isEmpty())
                        freeObject(bus, daemon, path, interface);
                });
}

// Qt may deliver a signal before the reply that precedes it on the bus, and avahi-daemon 0.8 starts a
// resolver at ServiceResolverPrepare already (not at Start), so its Found can come right after the
// reply. Signals for paths not known yet are kept while a *Prepare is in flight, and replayed when its
// reply names their path.
bool AvahiBrowser::deferIfEarly(const QDBusMessage &message)
{
    if (m_preparesInFlight == 0 || m_earlySignalCount >= kMaxEarlySignals)
        return false;
    m_earlySignals[objectNumber(message.path())].append(message);
    ++m_earlySignalCount;
    return true;
}

void AvahiBrowser::replayEarlySignals(const QString &path)
{
    // Avahi numbers a client's objects in creation order and answers *Prepare calls in order: signals of
    // objects numbered below this one that nobody claimed (freed meanwhile, or another browser's on the
    // same connection) never will be.
    const quint64 number = objectNumber(path);
    QList<QDBusMessage> early;
    for (auto it = m_earlySignals.begin(); it != m_earlySignals.end() && it->first <= number;) {
        if (it->first == number) {
            for (const QDBusMessage &message : it->second) {
                if (message.path() == path)
                    early.append(message);
            }
        }
        m_earlySignalCount -= int(it->second.size());
        it = m_earlySignals.erase(it);
    }
    QPointer<AvahiBrowser> self(this);
    for (const QDBusMessage &message : early) {
        for (const SignalHook &hook : signalHooks()) {
            if (hook.interface == message.interface() && message.member() == QLatin1String(hook.member)) {
                QMetaObject::invokeMethod(this, hook.handler, Qt::DirectConnection,
                                          Q_ARG(QDBusMessage, message));
                break;
            }
        }
        if (!self)
            return;
    }
}

void AvahiBrowser::clearEarlySignals()
{
    // What is left belongs to objects freed meanwhile, or to another browser on the same connection.
    m_earlySignals.clear();
    m_earlySignalCount = 0;
}

void AvahiBrowser::startObject(const QString &path, const QString &interface,
                               std::function<void(const QDBusMessage &)> onReply)
{
    // Ahead of the queue: a started object is what makes progress.
    callDaemon(QDBusMessage::createMethodCall(m_daemon, path, interface, QStringLiteral("Start")),
               std::move(onReply), true);
}

// --- service types ---

void AvahiBrowser::prepareTypeBrowser()
{
    const quint64 ticket = ++m_nextTicket;
    m_typeBrowserTicket = ticket;
    prepareObject(
        QStringLiteral("ServiceTypeBrowserPrepare"), {kAvahiIfUnspec, kAvahiProtoUnspec, QString(), 0u},
        typeBrowserInterface(), [this, ticket](const QString &path, const QDBusError &error) {
            if (m_typeBrowserTicket != ticket)
                return false;
            if (path.isEmpty()) {
                if (error.type() == QDBusError::UnknownMethod
                    || error.type() == QDBusError::UnknownInterface) {
                    setState(State::Failed,
                             tr("avahi-daemon is older than 0.8 (%1): Cloudy needs its Server2 "
                                "interface to browse without losing services. Upgrade avahi-daemon "
                                "or use the built-in browser (--backend mdns).")
                                 .arg(error.message()));
                    return false;
                }
                qCWarning(lcDiscovery)
                    << "Avahi: cannot enumerate service types:" << error.message() << "- retrying";
                retryTypeBrowser();
                return false;
            }
            m_typeBrowserPath = path;
            startObject(path, typeBrowserInterface(), [this, ticket, path](const QDBusMessage &reply) {
                if (m_typeBrowserTicket != ticket)
                    return;
                if (reply.type() == QDBusMessage::ErrorMessage) {
                    qCWarning(lcDiscovery)
                        << "Avahi: cannot start the service type browser:" << reply.errorMessage()
                        << "- retrying";
                    sendFree(path, typeBrowserInterface());
                    m_typeBrowserPath.clear();
                    retryTypeBrowser();
                    return;
                }
                if (!m_daemonFailed)
                    setState(State::Browsing);
            });
            return true;
        });
}

void AvahiBrowser::retryTypeBrowser()
{
    const quint64 ticket = ++m_nextTicket;
    m_typeBrowserTicket = ticket;
    // allForNow() is not held back by a type browser that is not there.
    m_typeAllForNow = true;
    QTimer::singleShot(kRetryBaseMs, this, [this, ticket, session = m_session] {
        if (session == m_session && m_typeBrowserTicket == ticket)
            prepareTypeBrowser();
    });
    maybeEmitAllForNow();
}

void AvahiBrowser::onTypeItemNew(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    if (message.path() != m_typeBrowserPath) {
        deferIfEarly(message);
        return;
    }
    const Result<AvahiTypeItem> item = parseAvahiTypeItem(message.arguments());
    if (!item) {
        qCWarning(lcDiscovery).noquote() << "Avahi: service type rejected:" << item.error().message;
        return;
    }
    requestInterfaceName(item->interfaceIndex);
    const QString key = item->type + QLatin1Char('.') + item->domain;
    auto it = m_types.find(key);
    if (it == m_types.end()) {
        if (m_types.size() >= kMaxServiceTypes) {
            if (!m_typeCapLogged)
                qCWarning(lcDiscovery).noquote()
                    << "Avahi: more than" << kMaxServiceTypes << "service types announced; ignoring" << key
                    << "and further new types";
            m_typeCapLogged = true;
            return;
        }
        it = m_types.insert(key, TypeEntry());
        it->type = item->type;
        it->domain = item->domain;
        it->firstRound = !m_typeAllForNow;
        if (it->firstRound)
            ++m_firstRoundPending;
        it->announcements.insert(announcementKey(item->interfaceIndex, item->protocol));
        prepareServiceBrowser(key);
        return;
    }
    it->announcements.insert(announcementKey(item->interfaceIndex, item->protocol));
}

void AvahiBrowser::onTypeItemRemove(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    if (message.path() != m_typeBrowserPath) {
        deferIfEarly(message);
        return;
    }
    const Result<AvahiTypeItem> item = parseAvahiTypeItem(message.arguments());
    if (!item)
        return;
    const QString key = item->type + QLatin1Char('.') + item->domain;
    const auto it = m_types.find(key);
    if (it == m_types.end())
        return;
    it->announcements.remove(announcementKey(item->interfaceIndex, item->protocol));
    // A type's PTR record is shared by every host offering it: one host's goodbye removes it while others
    // still have instances. So the browser stays while it knows services; they are the authority.
    if (it->announcements.isEmpty() && it->observations == 0)
        releaseServiceBrowser(key);
}

void AvahiBrowser::onTypeAllForNow(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    if (message.path() != m_typeBrowserPath) {
        deferIfEarly(message);
        return;
    }
    m_typeAllForNow = true;
    maybeEmitAllForNow();
}

void AvahiBrowser::onTypeFailure(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    if (message.path() != m_typeBrowserPath) {
        deferIfEarly(message);
        return;
    }
    qCWarning(lcDiscovery) << "Avahi: the service type browser failed:" << firstString(message)
                           << "- retrying";
    sendFree(m_typeBrowserPath, typeBrowserInterface());
    m_typeBrowserPath.clear();
    retryTypeBrowser();
}

// --- service browsers ---

void AvahiBrowser::prepareServiceBrowser(const QString &typeKey)
{
    const auto it = m_types.find(typeKey);
    if (it == m_types.end())
        return;
    const quint64 ticket = ++m_nextTicket;
    it->ticket = ticket;
    prepareObject(
        QStringLiteral("ServiceBrowserPrepare"),
        {kAvahiIfUnspec, kAvahiProtoUnspec, it->type, it->domain, 0u}, browserInterface(),
        [this, typeKey, ticket](const QString &path, const QDBusError &error) {
            const auto it = m_types.find(typeKey);
            if (it == m_types.end() || it->ticket != ticket)
                return false;
            if (path.isEmpty()) {
                qCWarning(lcDiscovery)
                    << "Avahi: cannot browse" << typeKey << ":" << error.message() << "- retrying";
                if (isTooManyObjects(error))
                    noteObjectLimit();
                retryServiceBrowser(typeKey);
                return false;
            }
            it->browserPath = path;
            m_browserPaths.insert(path, typeKey);
            startObject(path, browserInterface(), [this, typeKey, ticket](const QDBusMessage &reply) {
                const auto it = m_types.find(typeKey);
                if (reply.type() == QDBusMessage::ErrorMessage && it != m_types.end() && it->ticket == ticket)
                    browserFailed(typeKey, reply.errorMessage());
            });
            return true;
        });
}

void AvahiBrowser::markAllForNow(TypeEntry &entry)
{
    if (entry.firstRound && !entry.allForNow)
        --m_firstRoundPending;
    entry.allForNow = true;
}

void AvahiBrowser::retryServiceBrowser(const QString &typeKey)
{
    const auto it = m_types.find(typeKey);
    if (it == m_types.end())
        return;
    markAllForNow(*it);
    const quint64 ticket = ++m_nextTicket;
    it->ticket = ticket;
    QTimer::singleShot(kRetryBaseMs, this, [this, typeKey, ticket, session = m_session] {
        const auto it = m_types.find(typeKey);
        if (session == m_session && it != m_types.end() && it->ticket == ticket)
            prepareServiceBrowser(typeKey);
    });
    maybeEmitAllForNow();
}

void AvahiBrowser::releaseServiceBrowser(const QString &typeKey)
{
    const auto it = m_types.find(typeKey);
    if (it == m_types.end())
        return;
    if (!it->browserPath.isEmpty()) {
        sendFree(it->browserPath, browserInterface());
        m_browserPaths.remove(it->browserPath);
    }
    markAllForNow(*it);
    m_types.erase(it); // a Prepare still in flight finds no entry and frees its object
    if (m_types.size() < kMaxServiceTypes)
        m_typeCapLogged = false;
    pumpResolvers();
    maybeEmitAllForNow();
}

// The browser of a type failed: what it reported can no longer be vouched for, so its services are
// removed, and the type is browsed again a little later.
void AvahiBrowser::browserFailed(const QString &typeKey, const QString &error)
{
    const auto it = m_types.find(typeKey);
    if (it == m_types.end())
        return;
    qCWarning(lcDiscovery) << "Avahi: browsing" << typeKey << "failed:" << error << "- retrying";
    if (!it->browserPath.isEmpty()) {
        sendFree(it->browserPath, browserInterface());
        m_browserPaths.remove(it->browserPath);
        it->browserPath.clear();
    }
    QList<DiscoveredService> removed;
    for (auto o = m_observations.begin(); o != m_observations.end();) {
        if (o->typeKey != typeKey) {
            ++o;
            continue;
        }
        releaseResolver(*o);
        settle(*o);
        m_unwatched.remove(o.key());
        if (o->reported)
            removed.append(o->service);
        o = m_observations.erase(o);
    }
    m_types[typeKey].observations = 0;
    retryServiceBrowser(typeKey);
    pumpResolvers();
    for (const DiscoveredService &service : std::as_const(removed))
        m_reports.push(PacedReports::Kind::Removed, service);
    maybeEmitAllForNow();
}

void AvahiBrowser::onBrowserItemNew(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    const auto browser = m_browserPaths.constFind(message.path());
    if (browser == m_browserPaths.cend()) {
        deferIfEarly(message);
        return;
    }
    const QString typeKey = browser.value();
    const Result<AvahiServiceItem> item = parseAvahiServiceItem(message.arguments());
    if (!item) {
        qCWarning(lcDiscovery).noquote() << "Avahi: service rejected:" << item.error().message;
        return;
    }
    DiscoveredService service;
    service.key = ServiceKey {item->name, item->type, item->domain};
    service.interfaceIndex = item->interfaceIndex;
    service.protocol = protocolFromAvahi(item->protocol);
    const QString id = service.observationId();
    qCDebug(lcDiscovery).noquote() << "Avahi: new" << id;
    if (m_observations.contains(id))
        return;
    if (m_observations.size() >= kMaxTrackedServices) {
        if (!m_serviceCapLogged)
            qCWarning(lcDiscovery).noquote()
                << "Avahi: tracking" << kMaxTrackedServices << "services already; ignoring" << id
                << "and further new services until some go away";
        m_serviceCapLogged = true;
        return;
    }
    service.interfaceName = m_interfaceNames.value(item->interfaceIndex);
    requestInterfaceName(item->interfaceIndex);

    Observation &observation = m_observations[id];
    observation.service = std::move(service);
    observation.typeKey = typeKey;
    observation.avahiProtocol = item->protocol;
    ++m_unsettled;
    ++m_types[typeKey].observations;
    requestResolver(id);
}

void AvahiBrowser::onBrowserItemRemove(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    if (!m_browserPaths.contains(message.path())) {
        deferIfEarly(message);
        return;
    }
    const Result<AvahiServiceItem> item = parseAvahiServiceItem(message.arguments());
    if (!item)
        return; // rejected when it was new, too
    DiscoveredService key;
    key.key = ServiceKey {item->name, item->type, item->domain};
    key.interfaceIndex = item->interfaceIndex;
    key.protocol = protocolFromAvahi(item->protocol);
    const QString id = key.observationId();
    const auto it = m_observations.find(id);
    if (it == m_observations.end())
        return;
    Observation observation = std::move(it.value());
    m_observations.erase(it);
    if (!observation.settled)
        --m_unsettled;
    releaseResolver(observation);
    m_unwatched.remove(id);
    if (m_observations.size() < kMaxTrackedServices)
        m_serviceCapLogged = false;
    const auto type = m_types.find(observation.typeKey);
    if (type != m_types.end()) {
        --type->observations;
        if (type->announcements.isEmpty() && type->observations == 0)
            releaseServiceBrowser(observation.typeKey);
    }
    pumpResolvers();
    if (observation.reported)
        m_reports.push(PacedReports::Kind::Removed, observation.service);
    maybeEmitAllForNow();
}

void AvahiBrowser::onBrowserAllForNow(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    const auto browser = m_browserPaths.constFind(message.path());
    if (browser == m_browserPaths.cend()) {
        deferIfEarly(message);
        return;
    }
    const auto it = m_types.find(browser.value());
    if (it != m_types.end())
        markAllForNow(*it);
    maybeEmitAllForNow();
}

void AvahiBrowser::onBrowserCacheExhausted(const QDBusMessage &message)
{
    if (fromDaemon(message))
        qCDebug(lcDiscovery) << "Avahi: cache exhausted for" << m_browserPaths.value(message.path());
}

void AvahiBrowser::onBrowserFailure(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    const QString typeKey = m_browserPaths.value(message.path());
    if (!typeKey.isEmpty())
        browserFailed(typeKey, firstString(message));
    else
        deferIfEarly(message);
}

// --- resolvers ---

// What the daemon lets us own for resolvers: its per-client limit less the type browser, one browser per
// type and some room for types to come.
int AvahiBrowser::resolverCapacity() const
{
    return std::max(0, m_objectLimit - kObjectHeadroom - 1 - int(m_types.size()));
}

bool AvahiBrowser::canStartResolver() const
{
    return m_persistentResolvers + m_oneShotResolvers < resolverCapacity();
}

bool AvahiBrowser::canKeepResolver() const
{
    return m_persistentResolvers < resolverCapacity() - kOneShotReserve;
}

void AvahiBrowser::requestResolver(const QString &id)
{
    const auto it = m_observations.find(id);
    if (it == m_observations.end())
        return;
    if (m_resolveQueue.empty() && canStartResolver()) {
        startResolver(id, *it, canKeepResolver());
        return;
    }
    it->resolver = Resolver::Queued;
    m_resolveQueue.push_back(id);
    if (m_resolveQueue.size() > 2 * size_t(m_observations.size()) + 64) {
        // Drop ids that are no longer waiting (removed, or queued twice).
        std::deque<QString> waiting;
        QSet<QString> seen;
        for (const QString &queued : m_resolveQueue) {
            const auto o = m_observations.constFind(queued);
            if (o != m_observations.cend() && o->resolver == Resolver::Queued && !seen.contains(queued)) {
                seen.insert(queued);
                waiting.push_back(queued);
            }
        }
        m_resolveQueue = std::move(waiting);
    }
}

void AvahiBrowser::startResolver(const QString &id, Observation &observation, bool persistent)
{
    const quint64 ticket = ++m_nextTicket;
    observation.ticket = ticket;
    observation.resolver = Resolver::Preparing;
    observation.persistent = persistent;
    ++(persistent ? m_persistentResolvers : m_oneShotResolvers);
    const DiscoveredService &service = observation.service;
    // Any address family, like avahi-browse: a host seen over IPv6 may only have an IPv4 address.
    prepareObject(QStringLiteral("ServiceResolverPrepare"),
                  {service.interfaceIndex, observation.avahiProtocol, service.key.name, service.key.type,
                   service.key.domain, kAvahiProtoUnspec, 0u},
                  resolverInterface(), [this, id, ticket](const QString &path, const QDBusError &error) {
                      const auto it = m_observations.find(id);
                      if (it == m_observations.end() || it->ticket != ticket)
                          return false;
                      if (path.isEmpty()) {
                          if (isTooManyObjects(error)) {
                              // Wait for room: back in the queue, first in line.
                              releaseResolver(*it);
                              it->resolver = Resolver::Queued;
                              m_resolveQueue.push_front(id);
                              noteObjectLimit();
                          } else {
                              resolverFailed(id, error.message());
                          }
                          return false;
                      }
                      qCDebug(lcDiscovery).noquote() << "Avahi: resolving" << id << "with" << path;
                      it->resolverPath = path;
                      it->resolver = Resolver::Running;
                      m_resolverPaths.insert(path, id);
                      // Avahi answers Found or Failure (after 5 s) to every resolver; one that says nothing
                      // is given up on and tried again, whatever the reason.
                      QTimer::singleShot(kResolverSilenceMs, this, [this, id, ticket, session = m_session] {
                          const auto it = m_observations.find(id);
                          if (session == m_session && it != m_observations.end() && it->ticket == ticket
                              && !it->resolved)
                              resolverFailed(id, QStringLiteral("no answer from avahi-daemon"));
                      });
                      startObject(path, resolverInterface(), [this, id, ticket](const QDBusMessage &reply) {
                          const auto it = m_observations.find(id);
                          if (reply.type() == QDBusMessage::ErrorMessage && it != m_observations.end()
                              && it->ticket == ticket)
                              resolverFailed(id, reply.errorMessage());
                      });
                      return true;
                  });
}

void AvahiBrowser::releaseResolver(Observation &observation)
{
    switch (observation.resolver) {
    case Resolver::Running:
        sendFree(observation.resolverPath, resolverInterface());
        m_resolverPaths.remove(observation.resolverPath);
        observation.resolverPath.clear();
        [[fallthrough]];
    case Resolver::Preparing:
        --(observation.persistent ? m_persistentResolvers : m_oneShotResolvers);
        break;
    case Resolver::Queued:
    case Resolver::None:
        break;
    }
    observation.resolver = Resolver::None;
    observation.ticket = 0;
}

void AvahiBrowser::pumpResolvers()
{
    // Services not resolved yet come before watching resolved ones for changes: when the daemon has no
    // room left (a lower objects-per-client-max than expected), lasting resolvers make way and their
    // services wait in m_unwatched for room again.
    const int keep = std::max(0, resolverCapacity() - kOneShotReserve);
    if (!m_resolveQueue.empty() && !canStartResolver() && m_persistentResolvers > keep) {
        int excess = m_persistentResolvers - keep;
        for (auto it = m_observations.begin(); it != m_observations.end() && excess > 0; ++it) {
            if (it->persistent && it->resolver == Resolver::Running && it->resolved) {
                releaseResolver(*it);
                m_unwatched.insert(it.key());
                --excess;
            }
        }
    }
    while (!m_resolveQueue.empty() && canStartResolver()) {
        const QString id = m_resolveQueue.front();
        m_resolveQueue.pop_front();
        const auto it = m_observations.find(id);
        if (it == m_observations.end() || it->resolver != Resolver::Queued)
            continue;
        startResolver(id, *it, canKeepResolver());
    }
    // Services resolved only once get a lasting resolver when one frees up.
    while (m_resolveQueue.empty() && !m_unwatched.isEmpty() && canKeepResolver()) {
        const auto next = m_unwatched.begin();
        const QString id = *next;
        m_unwatched.erase(next);
        const auto it = m_observations.find(id);
        if (it != m_observations.end() && it->resolver == Resolver::None)
            startResolver(id, *it, true);
    }
}

void AvahiBrowser::noteObjectLimit()
{
    const int owned = 1 + int(m_types.size()) + m_persistentResolvers + m_oneShotResolvers;
    const int limit = std::max(kMinimumObjectLimit, owned);
    if (limit < m_objectLimit) {
        m_objectLimit = limit;
        if (!m_objectLimitLogged)
            qCWarning(lcDiscovery) << "Avahi: avahi-daemon allows this client fewer objects than expected "
                                      "(objects-per-client-max); services beyond what fits are resolved once "
                                      "each, without updates";
        m_objectLimitLogged = true;
    }
    QTimer::singleShot(kRetryBaseMs, this, [this, session = m_session] {
        if (session == m_session)
            pumpResolvers();
    });
}

void AvahiBrowser::settle(Observation &observation)
{
    if (!observation.settled) {
        observation.settled = true;
        --m_unsettled;
    }
}

void AvahiBrowser::resolverFailed(const QString &id, const QString &error)
{
    const auto it = m_observations.find(id);
    if (it == m_observations.end())
        return;
    Observation &observation = *it;
    if (observation.resolved && observation.resolver == Resolver::Running && observation.persistent) {
        // Its records expired and no replacement came within 5 s; the resolver keeps looking, and
        // the browser's ItemRemove says when the service is gone.
        qCDebug(lcDiscovery) << "Avahi:" << id << "lost its records:" << error;
        return;
    }
    releaseResolver(observation);
    ++observation.failures;
    settle(observation);
    qCInfo(lcDiscovery).noquote() << "Avahi: cannot resolve" << id << ":" << error;
    if (!observation.resolved) {
        const int delay = std::min(kRetryMaxMs, kRetryBaseMs << std::min(observation.failures - 1, 4));
        QTimer::singleShot(delay, this, [this, id, session = m_session] {
            const auto it = m_observations.find(id);
            if (session == m_session && it != m_observations.end() && it->resolver == Resolver::None
                && !it->resolved)
                requestResolver(id);
        });
    }
    pumpResolvers();
    maybeEmitAllForNow();
}

void AvahiBrowser::onResolverFailure(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    const auto path = m_resolverPaths.constFind(message.path());
    if (path != m_resolverPaths.cend())
        resolverFailed(path.value(), firstString(message));
    else
        deferIfEarly(message);
}

void AvahiBrowser::onResolverFound(const QDBusMessage &message)
{
    if (!fromDaemon(message))
        return;
    const auto path = m_resolverPaths.constFind(message.path());
    if (path == m_resolverPaths.cend()) {
        deferIfEarly(message);
        return;
    }
    const QString id = path.value();
    const auto it = m_observations.find(id);
    if (it == m_observations.end())
        return;
    Observation &observation = *it;
    qCDebug(lcDiscovery).noquote() << "Avahi: found" << id;
    Result<AvahiResolvedService> found = parseAvahiResolverFound(message.arguments());
    if (!observation.persistent) {
        // Resolved once: free the resolver for the next service; a lasting one comes when there is room.
        releaseResolver(observation);
        m_unwatched.insert(id);
    }
    if (!found) {
        qCWarning(lcDiscovery).noquote() << "Avahi: record rejected:" << found.error().message;
        settle(observation);
        pumpResolvers();
        maybeEmitAllForNow();
        return;
    }
    for (const QString &skipped : std::as_const(found->skippedTxt))
        qCWarning(lcDiscovery).noquote() << "Avahi:" << id << ":" << skipped;

    DiscoveredService next = observation.service;
    next.hostName = found->hostName;
    next.addresses = {found->address};
    next.port = found->port;
    next.txt = std::move(found.value().txt);
    next.lastSeen = QDateTime::currentDateTimeUtc();
    next = withInterface(std::move(next));
    const DiscoveredService &old = observation.service;
    const bool changed = old.hostName != next.hostName || old.addresses != next.addresses
                         || old.port != next.port || old.txt != next.txt;
    observation.service = std::move(next);
    observation.resolved = true;
    observation.failures = 0;

    const int index = observation.service.interfaceIndex;
    if (!observation.reported && index > 0 && !m_interfaceNames.contains(index)) {
        requestInterfaceName(index); // reported when the name is known
        pumpResolvers();
        return;
    }
    if (observation.reported && !changed) {
        pumpResolvers();
        return;
    }
    const bool added = !observation.reported;
    observation.reported = true;
    settle(observation);
    m_reports.push(added ? PacedReports::Kind::Added : PacedReports::Kind::Updated, observation.service);
    pumpResolvers();
    maybeEmitAllForNow();
}

// The interface name as the daemon knows it, also as the scope of IPv6 link-local addresses (without it
// they cannot be connected to).
DiscoveredService AvahiBrowser::withInterface(DiscoveredService service) const
{
    service.interfaceName = m_interfaceNames.value(service.interfaceIndex);
    if (!service.interfaceName.isEmpty()) {
        for (QHostAddress &address : service.addresses) {
            if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal())
                address.setScopeId(service.interfaceName);
        }
    }
    return service;
}

// --- interface names ---

// Avahi reports interface indexes of the daemon's network namespace, which need not be ours: only the
// daemon can name them. One call per index, cached for the session.
void AvahiBrowser::requestInterfaceName(int index)
{
    if (index <= 0 || m_interfaceNames.contains(index) || m_interfaceLookups.contains(index))
        return;
    m_interfaceLookups.insert(index);
    QDBusMessage message = QDBusMessage::createMethodCall(m_daemon, QStringLiteral("/"), serverInterface(),
                                                          QStringLiteral("GetNetworkInterfaceNameByIndex"));
    message << index;
    callDaemon(
        message,
        [this, index](const QDBusMessage &reply) {
            QString name = reply.type() == QDBusMessage::ReplyMessage ? firstString(reply) : QString();
            if (reply.type() != QDBusMessage::ReplyMessage)
                qCInfo(lcDiscovery) << "Avahi: no name for interface index" << index << ":"
                                    << reply.errorMessage();
            if (name.size() > 64 || !isAcceptableHostName(name))
                name.clear();
            onInterfaceName(index, name);
        },
        true);
}

void AvahiBrowser::onInterfaceName(int index, const QString &name)
{
    m_interfaceLookups.remove(index);
    m_interfaceNames.insert(index, name);
    QList<DiscoveredService> added;
    for (auto it = m_observations.begin(); it != m_observations.end(); ++it) {
        if (it->service.interfaceIndex != index)
            continue;
        it->service = withInterface(it->service);
        if (it->resolved && !it->reported) {
            it->reported = true;
            settle(*it);
            added.append(it->service);
        }
    }
    for (const DiscoveredService &service : std::as_const(added))
        m_reports.push(PacedReports::Kind::Added, service);
    maybeEmitAllForNow();
}

// --- allForNow ---

// Like `avahi-browse -t`: the type browser and the browsers of the types it found first have said
// AllForNow, and no service waits for its first answer. At the latest kAllForNowBoundMs after start.
void AvahiBrowser::maybeEmitAllForNow(bool bound)
{
    if (m_allForNowEmitted || m_daemon.isEmpty())
        return;
    const bool done = m_typeAllForNow && m_firstRoundPending == 0 && m_unsettled == 0;
    if (!done && !bound)
        return;
    if (!m_reports.isEmpty()) { // allForNow comes after the reports it sums up (PacedReports' drained)
        m_allForNowBoundPassed = m_allForNowBoundPassed || bound;
        return;
    }
    if (!done)
        qCInfo(lcDiscovery) << "Avahi: first answers incomplete after" << kAllForNowBoundMs
                            << "ms (type browser done:" << m_typeAllForNow
                            << ", browsers waiting:" << m_firstRoundPending
                            << ", services waiting:" << m_unsettled << ")";
    m_allForNowEmitted = true;
    m_allForNowBound.stop();
    Q_EMIT allForNow();
}

} // namespace Cloudy::Discovery
