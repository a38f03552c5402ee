// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notifier.h"

#include "DesktopSession.h"
#include "contribution/ShareEngine.h"
#include "services/ServiceManager.h"

#include <QCoreApplication>

namespace Cloudy::Desktop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Desktop::Notifier)
};

using Sharing::SharingState;

// Pauses the user did not cause and would want to know about.
bool isNoticedPause(SharingState state)
{
    return state == SharingState::PausedOnBattery || state == SharingState::PausedSchedule;
}

} // namespace

std::optional<Notification> sharingNotification(const Sharing::SharingDecision &before,
                                                const Sharing::SharingDecision &after)
{
    if (before.state == after.state)
        return std::nullopt;
    if (after.state == SharingState::Unavailable)
        return Notification {Tr::tr("Sharing cannot run"), after.reason, true};
    if (isNoticedPause(after.state) && before.state == SharingState::Sharing)
        return Notification {Tr::tr("Sharing paused"), after.reason, false};
    if (after.state == SharingState::Sharing
        && (isNoticedPause(before.state) || before.state == SharingState::Unavailable))
        return Notification {Tr::tr("Sharing resumed"),
                             Tr::tr("This computer is sharing with your microcloud again."), false};
    return std::nullopt;
}

std::optional<Notification> serviceNotification(const QString &name, Services::ServicePhase before,
                                                Services::ServicePhase after, const QString &error)
{
    using Services::ServicePhase;
    if (before == after)
        return std::nullopt;
    if (after == ServicePhase::Running && before == ServicePhase::Starting)
        return Notification {Tr::tr("%1 is ready").arg(name), Tr::tr("Open it from the Services page."),
                             false};
    if (after == ServicePhase::Failed || after == ServicePhase::NotReady) {
        const QString why = error.isEmpty() ? Tr::tr("Its logs on the Services page say why.") : error;
        return Notification {after == ServicePhase::Failed ? Tr::tr("%1 failed").arg(name)
                                                           : Tr::tr("%1 does not answer").arg(name),
                             why, true};
    }
    return std::nullopt;
}

Notifier::Notifier(DesktopSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (Contribution::ShareEngine *engine = session->shareEngine()) {
        m_lastDecision = engine->decision();
        connect(engine, &Contribution::ShareEngine::decisionChanged, this,
                [this](const Sharing::SharingDecision &decision) {
                    if (const auto notification = sharingNotification(m_lastDecision, decision))
                        Q_EMIT notify(*notification);
                    m_lastDecision = decision;
                });
    }
    if (Services::ServiceManager *services = session->services()) {
        connect(services, &Services::ServiceManager::serviceChanged, this, &Notifier::serviceChanged);
        connect(services, &Services::ServiceManager::serviceRemoved, this,
                [this](const QString &id) { m_phases.remove(id); });
    }
}

void Notifier::serviceChanged(const QString &id)
{
    const std::optional<Services::ServiceStatus> status = m_session->services()->service(id);
    if (!status)
        return;
    // The first sighting of a service (at start-up, adopted guests) only records its phase.
    const auto known = m_phases.constFind(id);
    if (known != m_phases.constEnd()) {
        if (const auto notification =
                serviceNotification(status->entry.name, *known, status->phase, status->error))
            Q_EMIT notify(*notification);
    }
    m_phases.insert(id, status->phase);
}

} // namespace Cloudy::Desktop
