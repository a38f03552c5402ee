// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveredService.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace Cloudy::Discovery {

// Hands a browser's reports (added/updated/removed) to its listeners a few at a time, so that a burst —
// avahi-daemon answering hundreds of resolvers at once — becomes many short event-loop turns instead of
// one long one during which the window cannot repaint. Order is kept; nothing is dropped or merged.
class PacedReports final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Added,
        Updated,
        Removed
    };
    static constexpr int kMaxPerTurn = 24; // like MdnsBrowser's kMaxEvaluationsPerTurn
    static constexpr int kBudgetUs = 4000;

    using Deliver = std::function<void(Kind, const DiscoveredService &)>;
    // deliver runs once per report, in order; drained after the last pending one was delivered. Either may
    // delete the owner of this object (delivery stops then).
    PacedReports(Deliver deliver, std::function<void()> drained, QObject *parent = nullptr);

    void push(Kind kind, DiscoveredService service);
    bool isEmpty() const { return m_pending.empty(); }
    // Forgets reports not delivered yet (the browser was stopped).
    void clear();

private:
    void deliverSome();

    struct Pending
    {
        Kind kind;
        DiscoveredService service;
    };
    Deliver m_deliver;
    std::function<void()> m_drained;
    std::deque<Pending> m_pending;
    QTimer m_turn;
};

} // namespace Cloudy::Discovery
