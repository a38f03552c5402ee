// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/RewardsSource.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace Cloudy::Desktop {

// The balance as a big number, what makes it up (earned, received, spent, pending) and where the node stands
// in its community: the community's totals and "your rank: N of M".
class BalancePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BalancePanel(QWidget *parent = nullptr);

    void setSnapshot(const Ledger::RewardsSnapshot &snapshot);

private:
    QLabel *addFigure(const QString &objectName, const QString &caption, int column);

    QLabel *m_balance;
    QLabel *m_balanceNote;
    QLabel *m_earned;
    QLabel *m_received;
    QLabel *m_sent;
    QLabel *m_pending;
    QLabel *m_community;
    QLabel *m_rank;
    QGridLayout *m_figures;
};

} // namespace Cloudy::Desktop
