// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacedReports.h"

#include <QElapsedTimer>
#include <QPointer>

namespace Cloudy::Discovery {

PacedReports::PacedReports(Deliver deliver, std::function<void()> drained, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
    , m_drained(std::move(drained))
{
    m_turn.setSingleShot(true);
    connect(&m_turn, &QTimer::timeout, this, &PacedReports::deliverSome);
}

void PacedReports::push(Kind kind, DiscoveredService service)
{
    m_pending.push_back(Pending {kind, std::move(service)});
    if (!m_turn.isActive())
        m_turn.start(0); // after the signals already queued for us: they only append here
}

void PacedReports::clear()
{
    m_pending.clear();
    m_turn.stop();
}

void PacedReports::deliverSome()
{
    QElapsedTimer turn;
    turn.start();
    const QPointer<PacedReports> self(this);
    for (int delivered = 0; !m_pending.empty(); ++delivered) {
        if (delivered == kMaxPerTurn || turn.nsecsElapsed() >= qint64(kBudgetUs) * 1000) {
            m_turn.start(0); // the rest after the event loop has run
            return;
        }
        Pending next = std::move(m_pending.front());
        m_pending.pop_front();
        m_deliver(next.kind, next.service);
        if (!self)
            return;
    }
    if (m_drained)
        m_drained();
}

} // namespace Cloudy::Discovery
