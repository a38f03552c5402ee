// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceLauncher.h"
#include "sharing/SharingDecision.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace Cloudy::Desktop {

class DesktopSession;

// A desktop notification: only for what matters (a service became ready or failed, sharing paused or resumed
// by something other than the user, the ledger refused an entry), never for routine events.
struct Notification
{
    QString title;
    QString body;
    bool warning = false;
};

// Pure rules, so they are tested without a desktop. Sharing: paused on battery or by the schedule, resumed
// from those, or unavailable — not the idle-mode pauses that follow every use of the mouse, and not what
// the user did himself.
std::optional<Notification> sharingNotification(const Sharing::SharingDecision &before,
                                                const Sharing::SharingDecision &after);
// Services: Starting → Running ("ready"), anything → Failed/NotReady.
std::optional<Notification> serviceNotification(const QString &name, Services::ServicePhase before,
                                                Services::ServicePhase after, const QString &error);

// Watches the session and emits notify() for what the rules let through. The tray shows them.
class Notifier final : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(DesktopSession *session, QObject *parent = nullptr);

Q_SIGNALS:
    void notify(const Cloudy::Desktop::Notification &notification);

private:
    void serviceChanged(const QString &id);

    DesktopSession *m_session;
    Sharing::SharingDecision m_lastDecision;
    QHash<QString, Services::ServicePhase> m_phases;
};

} // namespace Cloudy::Desktop
