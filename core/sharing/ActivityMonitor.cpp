// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityMonitor.h"

#include "SharingLog.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QDateTime>

#include <time.h>

namespace Cloudy::Sharing {

namespace {
const QString kScreenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kMutterService = QStringLiteral("org.gnome.Mutter.IdleMonitor");
const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kUPowerService = QStringLiteral("org.freedesktop.UPower");
const QString kUPowerPath = QStringLiteral("/org/freedesktop/UPower");
const QString kPropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");

// A desktop service that does not answer within this is treated as absent for this reading.
constexpr int kCallTimeoutMs = 5000;
constexpr int kBackendCount = 3;

qint64 clockUs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

// The first argument of a reply as an unsigned integer, whatever integer type the service chose.
std::optional<quint64> unsignedArgument(const QDBusMessage &reply)
{
    if (reply.arguments().isEmpty())
        return std::nullopt;
    bool ok = false;
    const qulonglong value = reply.arguments().constFirst().toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}
} // namespace

ActivityMonitor::ActivityMonitor(const QDBusConnection &sessionBus, const QDBusConnection &systemBus,
                                 QObject *parent)
    : QObject(parent)
    , m_sessionBus(sessionBus)
    , m_systemBus(systemBus)
    , m_monotonicUs([] { return clockUs(CLOCK_MONOTONIC); })
    , m_realtimeUs([] { return clockUs(CLOCK_REALTIME); })
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ActivityMonitor::startPoll);
}

ActivityMonitor::~ActivityMonitor()
{
    stop();
}

QString ActivityMonitor::serviceName(IdleBackend backend)
{
    switch (backend) {
    case IdleBackend::ScreenSaver:
        return kScreenSaverService;
    case IdleBackend::MutterIdleMonitor:
        return kMutterService;
    case IdleBackend::Logind:
        return kLogindService;
    }
    return {};
}

void ActivityMonitor::setPollInterval(int milliseconds)
{
    m_pollIntervalMs = std::max(1000, milliseconds);
}

void ActivityMonitor::setIdleThresholds(const QList<qint64> &seconds)
{
    m_thresholds = seconds;
    // A running timer may now fire too late for a threshold that came closer.
    if (m_running && !m_pollRunning)
        m_pollTimer.start(int(nextPollDelayMs(m_state.userIdleSeconds, m_thresholds, m_pollIntervalMs)));
}

void ActivityMonitor::setClocks(std::function<qint64()> monotonicUs, std::function<qint64()> realtimeUs)
{
    m_monotonicUs = std::move(monotonicUs);
    m_realtimeUs = std::move(realtimeUs);
}

void ActivityMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;

    if (m_systemBus.isConnected()) {
        if (!m_upowerWatcher) {
            m_upowerWatcher = new QDBusServiceWatcher(kUPowerService, m_systemBus,
                                                      QDBusServiceWatcher::WatchForOwnerChange, this);
            connect(m_upowerWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
                    [this](const QString &, const QString &, const QString &newOwner) {
                        if (!m_running)
                            return;
                        if (newOwner.isEmpty()) {
                            qCInfo(lcSharing) << "UPower left the system bus: battery state unknown";
                            setBattery(std::nullopt);
                        } else {
                            readBattery();
                        }
                    });
        }
        if (!m_upowerSubscribed) {
            m_upowerSubscribed = m_systemBus.connect(
                kUPowerService, kUPowerPath, kPropertiesInterface, QStringLiteral("PropertiesChanged"), this,
                SLOT(onUPowerPropertiesChanged(QString, QVariantMap, QStringList)));
            if (!m_upowerSubscribed)
                qCWarning(lcSharing) << "cannot follow UPower's battery changes:"
                                     << m_systemBus.lastError().message();
        }
        readBattery();
    }
    startPoll();
}

void ActivityMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_pollTimer.stop();
    m_pollRunning = false;
    m_pollAgain = false;
    if (m_upowerSubscribed) {
        m_systemBus.disconnect(kUPowerService, kUPowerPath, kPropertiesInterface,
                               QStringLiteral("PropertiesChanged"), this,
                               SLOT(onUPowerPropertiesChanged(QString, QVariantMap, QStringList)));
        m_upowerSubscribed = false;
    }
}

void ActivityMonitor::pollNow()
{
    if (!m_running)
        return;
    if (m_pollRunning) {
        m_pollAgain = true;
        return;
    }
    startPoll();
}

void ActivityMonitor::startPoll()
{
    if (!m_running || m_pollRunning)
        return;
    m_pollTimer.stop();
    m_pollRunning = true;
    pollBackend(0);
}

void ActivityMonitor::pollBackend(int index)
{
    if (index >= kBackendCount) {
        finishPoll(std::nullopt, QString());
        return;
    }
    const auto backend = IdleBackend(index);
    const bool onSession = backend != IdleBackend::Logind;
    QDBusConnection &bus = onSession ? m_sessionBus : m_systemBus;
    if (!bus.isConnected()) {
        backendFailed(index, onSession ? QStringLiteral("no session bus") : QStringLiteral("no system bus"));
        return;
    }

    QDBusMessage call;
    switch (backend) {
    case IdleBackend::ScreenSaver:
        call = QDBusMessage::createMethodCall(kScreenSaverService,
                                              QStringLiteral("/org/freedesktop/ScreenSaver"),
                                              kScreenSaverService, QStringLiteral("GetSessionIdleTime"));
        break;
    case IdleBackend::MutterIdleMonitor:
        call = QDBusMessage::createMethodCall(kMutterService,
                                              QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
                                              kMutterService, QStringLiteral("GetIdletime"));
        break;
    case IdleBackend::Logind:
        call = QDBusMessage::createMethodCall(kLogindService, m_logindSessionPath, kPropertiesInterface,
                                              QStringLiteral("GetAll"));
        call << QStringLiteral("org.freedesktop.login1.Session");
        break;
    }

    const quint64 generation = m_generation;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, index, backend, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QDBusMessage reply = watcher->reply();
        if (reply.type() != QDBusMessage::ReplyMessage) {
            backendFailed(index, reply.errorName() + QStringLiteral(": ") + reply.errorMessage());
            return;
        }
        std::optional<qint64> idleSeconds;
        switch (backend) {
        case IdleBackend::ScreenSaver:
            if (const std::optional<quint64> raw = unsignedArgument(reply))
                idleSeconds = screenSaverSeconds(*raw);
            break;
        case IdleBackend::MutterIdleMonitor:
            if (const std::optional<quint64> raw = unsignedArgument(reply))
                idleSeconds = qint64(*raw / 1000);
            break;
        case IdleBackend::Logind: {
            // a{sv} arrives as a QDBusArgument, not as a QVariantMap.
            const QVariantMap properties = qdbus_cast<QVariantMap>(reply.arguments().value(0));
            idleSeconds = logindIdleSeconds(properties, m_monotonicUs(), m_realtimeUs());
            break;
        }
        }
        if (!idleSeconds) {
            backendFailed(index, QStringLiteral("an answer without an idle time: ") + reply.signature());
            return;
        }
        finishPoll(idleSeconds, serviceName(backend));
    });
}

std::optional<qint64> ActivityMonitor::screenSaverSeconds(quint64 raw)
{
    const qint64 nowUs = m_monotonicUs();
    if (!m_screenSaverUnit && m_screenSaverRaw) {
        m_screenSaverUnit = inferIdleUnit(*m_screenSaverRaw, raw, (nowUs - m_screenSaverReadAtUs) / 1000);
        if (m_screenSaverUnit)
            qCInfo(lcSharing) << "org.freedesktop.ScreenSaver counts idle time in"
                              << (*m_screenSaverUnit == IdleUnit::Seconds ? "seconds" : "milliseconds");
    }
    m_screenSaverRaw = raw;
    m_screenSaverReadAtUs = nowUs;
    return m_screenSaverUnit == IdleUnit::Seconds ? qint64(raw) : qint64(raw / 1000);
}

void ActivityMonitor::backendFailed(int index, const QString &why)
{
    const auto backend = IdleBackend(index);
    qCDebug(lcSharing) << "idle time:" << serviceName(backend) << "did not answer:" << why;
    if (backend == IdleBackend::ScreenSaver) {
        // Whoever answers next time may count differently.
        m_screenSaverUnit.reset();
        m_screenSaverRaw.reset();
    }
    pollBackend(index + 1);
}

void ActivityMonitor::finishPoll(std::optional<qint64> idleSeconds, const QString &source)
{
    m_pollRunning = false;
    if (source != m_lastIdleSource) {
        if (source.isEmpty())
            qCWarning(lcSharing)
                << "no idle-time service answers (tried org.freedesktop.ScreenSaver, Mutter's "
                   "IdleMonitor and logind): whether the computer is in use is unknown";
        else
            qCInfo(lcSharing) << "idle time from" << source;
        m_lastIdleSource = source;
    }

    m_state.idleChecked = true;
    m_state.userIdleSeconds = idleSeconds;
    m_state.idleSource = source;
    m_state.idleSourcesTried.clear();
    if (!idleSeconds) {
        for (int index = 0; index < kBackendCount; ++index)
            m_state.idleSourcesTried.append(serviceName(IdleBackend(index)));
    }
    Q_EMIT changed(m_state);

    if (!m_running)
        return;
    if (m_pollAgain) {
        m_pollAgain = false;
        startPoll();
        return;
    }
    m_pollTimer.start(int(nextPollDelayMs(idleSeconds, m_thresholds, m_pollIntervalMs)));
}

void ActivityMonitor::readBattery()
{
    QDBusMessage call = QDBusMessage::createMethodCall(kUPowerService, kUPowerPath, kPropertiesInterface,
                                                       QStringLiteral("Get"));
    call << kUPowerService << QStringLiteral("OnBattery");
    const quint64 generation = m_generation;
    auto *watcher = new QDBusPendingCallWatcher(m_systemBus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QDBusMessage reply = watcher->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            qCInfo(lcSharing) << "battery state unknown: UPower did not answer:" << reply.errorMessage();
            setBattery(std::nullopt);
            return;
        }
        const QVariant value = reply.arguments().constFirst().value<QDBusVariant>().variant();
        if (value.metaType() != QMetaType::fromType<bool>()) {
            qCWarning(lcSharing) << "UPower's OnBattery is not a boolean:" << value;
            setBattery(std::nullopt);
            return;
        }
        setBattery(value.toBool());
    });
}

void ActivityMonitor::onUPowerPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                                const QStringList &invalidated)
{
    if (!m_running || interface != kUPowerService)
        return;
    const auto found = changed.constFind(QStringLiteral("OnBattery"));
    if (found != changed.constEnd() && found->metaType() == QMetaType::fromType<bool>())
        setBattery(found->toBool());
    else if (invalidated.contains(QStringLiteral("OnBattery")))
        readBattery();
}

void ActivityMonitor::setBattery(std::optional<bool> onBattery)
{
    const QString source = onBattery ? kUPowerService : QString();
    if (m_state.onBattery == onBattery && m_state.batterySource == source)
        return;
    qCInfo(lcSharing) << "on battery:" << (onBattery ? (*onBattery ? "yes" : "no") : "unknown");
    m_state.onBattery = onBattery;
    m_state.batterySource = source;
    Q_EMIT changed(m_state);
}

} // namespace Cloudy::Sharing
