// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingController.h"

#include "ActivityMonitor.h"
#include "SharingLog.h"

#include <algorithm>

namespace Cloudy::Sharing {

namespace {
// Re-decide at least hourly, so a clock change (suspend, NTP, daylight saving time) never leaves a stale
// schedule decision for long; and a little after the reconsider time, since the decision compares with it.
constexpr qint64 kMaximumWaitMs = 60 * 60 * 1000;
constexpr qint64 kMarginMs = 250;
} // namespace

SharingController::SharingController(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_reconsiderTimer.setSingleShot(true);
    m_reconsiderTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_reconsiderTimer, &QTimer::timeout, this, &SharingController::reevaluate);
    m_decision = decide(m_policy, m_activity, m_clock());
}

void SharingController::setMonitor(ActivityMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_monitor = monitor;
    if (!monitor)
        return;
    connect(monitor, &ActivityMonitor::changed, this, &SharingController::setActivity);
    monitor->setIdleThresholds({qint64(m_policy.idleMinutes) * 60});
    setActivity(monitor->state());
}

void SharingController::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reevaluate();
}

ActivityDebouncer::Config SharingController::debouncerConfig() const
{
    ActivityDebouncer::Config config = m_debouncer.config();
    config.idleThresholdMs = qint64(m_policy.idleMinutes) * 60 * 1000;
    config.graceMs = qint64(m_policy.graceSeconds) * 1000;
    return config;
}

void SharingController::setPolicy(const SharingPolicy &policy)
{
    m_policy = policy;
    m_debouncer.setConfig(debouncerConfig());
    if (m_monitor)
        m_monitor->setIdleThresholds({qint64(m_policy.idleMinutes) * 60});
    reevaluate();
}

void SharingController::setActivity(const ActivityState &state)
{
    m_activity = state;
    m_debouncer.apply(m_activity, m_clock().toMSecsSinceEpoch());
    reevaluate();
}

void SharingController::reevaluate()
{
    const QDateTime now = m_clock();
    SharingDecision next = decide(m_policy, m_activity, now);

    m_reconsiderTimer.stop();
    if (next.reconsiderAt.isValid())
        m_reconsiderTimer.start(
            int(std::clamp<qint64>(now.msecsTo(next.reconsiderAt) + kMarginMs, 0, kMaximumWaitMs)));

    if (next == m_decision)
        return;
    qCInfo(lcSharing).noquote() << "sharing decision:" << stateName(next.state) << "-" << next.reason;
    m_decision = std::move(next);
    Q_EMIT decisionChanged(m_decision);
}

} // namespace Cloudy::Sharing
