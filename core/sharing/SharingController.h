// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActivityDebouncer.h"
#include "ActivityState.h"
#include "SharingDecision.h"
#include "SharingPolicy.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Cloudy::Sharing {

class ActivityMonitor;

// Keeps the sharing decision current: each activity reading goes through the ActivityDebouncer into
// decide(), and a timer re-decides when the decision changes by itself (schedule changes, the end of a
// pause). The contribution node follows decisionChanged. The clock is injectable; with an injected clock,
// call reevaluate() after moving it (the timer only helps with the real one).
class SharingController final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit SharingController(QObject *parent = nullptr);

    // Follows the monitor's readings (not owned; may be null) and tells it the idle threshold that matters.
    void setMonitor(ActivityMonitor *monitor);
    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    void setPolicy(const SharingPolicy &policy);
    const SharingPolicy &policy() const { return m_policy; }

    // One activity reading (what ActivityMonitor::changed carries); presence is computed here.
    void setActivity(const ActivityState &state);
    // The last reading, with its debounced presence.
    const ActivityState &activity() const { return m_activity; }

    const SharingDecision &decision() const { return m_decision; }
    // Decides again now (the clock moved, or the reconsider time came).
    void reevaluate();

Q_SIGNALS:
    void decisionChanged(const Cloudy::Sharing::SharingDecision &decision);

private:
    ActivityDebouncer::Config debouncerConfig() const;

    QPointer<ActivityMonitor> m_monitor;
    Clock m_clock;
    SharingPolicy m_policy;
    ActivityDebouncer m_debouncer;
    ActivityState m_activity;
    SharingDecision m_decision;
    QTimer m_reconsiderTimer;
};

} // namespace Cloudy::Sharing
