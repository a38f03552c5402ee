// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalancePanel.h"

#include "ledger/CreditsText.h"
#include "pages/WrappedLabel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

namespace {

QLabel *selectable(QLabel *label, const QString &objectName)
{
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Labels read out what they show: the caption and the value together.
void showFigure(QLabel *label, const QString &caption, const QString &value)
{
    label->setText(value);
    label->setAccessibleName(caption);
    label->setAccessibleDescription(value);
}

} // namespace

BalancePanel::BalancePanel(QWidget *parent)
    : QWidget(parent)
    , m_balance(selectable(new QLabel(this), QStringLiteral("rewardsBalance")))
    , m_balanceNote(selectable(new WrappedLabel(this), QStringLiteral("rewardsBalanceNote")))
    , m_community(selectable(new WrappedLabel(this), QStringLiteral("rewardsCommunity")))
    , m_rank(selectable(new QLabel(this), QStringLiteral("rewardsRank")))
    , m_figures(new QGridLayout)
{
    QFont big = m_balance->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_balance->setFont(big);
    m_balanceNote->setForegroundRole(QPalette::PlaceholderText);
    auto *balanceCaption = new QLabel(tr("Balance (credits)"), this);
    balanceCaption->setForegroundRole(QPalette::PlaceholderText);

    m_earned = addFigure(QStringLiteral("rewardsEarned"), tr("Earned"), 0);
    m_received = addFigure(QStringLiteral("rewardsReceived"), tr("Received"), 1);
    m_sent = addFigure(QStringLiteral("rewardsSpent"), tr("Spent"), 2);
    m_pending = addFigure(QStringLiteral("rewardsPending"), tr("Pending"), 3);
    m_pending->setToolTip(tr("What receipts not yet confirmed by the ledger will earn."));

    QFont rankFont = m_rank->font();
    rankFont.setBold(true);
    m_rank->setFont(rankFont);

    auto *balanceColumn = new QVBoxLayout;
    balanceColumn->addWidget(balanceCaption);
    balanceColumn->addWidget(m_balance);
    balanceColumn->addWidget(m_balanceNote);
    balanceColumn->addStretch(1);

    auto *communityColumn = new QVBoxLayout;
    auto *communityCaption = new QLabel(tr("Your community"), this);
    communityCaption->setForegroundRole(QPalette::PlaceholderText);
    communityColumn->addWidget(communityCaption);
    communityColumn->addWidget(m_rank);
    communityColumn->addWidget(m_community);
    communityColumn->addStretch(1);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *separator2 = new QFrame(this);
    separator2->setFrameShape(QFrame::VLine);
    separator2->setFrameShadow(QFrame::Sunken);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(balanceColumn, 2);
    row->addWidget(separator);
    row->addLayout(m_figures, 3);
    row->addWidget(separator2);
    row->addLayout(communityColumn, 3);
}

QLabel *BalancePanel::addFigure(const QString &objectName, const QString &caption, int column)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QLabel *value = selectable(new QLabel(this), objectName);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    value->setFont(font);
    m_figures->addWidget(captionLabel, 0, column);
    m_figures->addWidget(value, 1, column);
    m_figures->setRowStretch(2, 1);
    return value;
}

void BalancePanel::setSnapshot(const Ledger::RewardsSnapshot &snapshot)
{
    const QString unknown = tr("–");
    if (snapshot.ledger) {
        const Ledger::NodeView &node = *snapshot.ledger;
        showFigure(m_balance, tr("Balance"), Ledger::creditsText(node.balance()));
        m_balanceNote->setText(tr("As the ledger counted at the last sync."));
        showFigure(m_earned, tr("Earned"), Ledger::creditsText(node.earned));
        showFigure(m_received, tr("Received"), Ledger::creditsText(node.received));
        showFigure(m_sent, tr("Spent"), Ledger::creditsText(node.sent));
    } else {
        showFigure(m_balance, tr("Balance"), unknown);
        m_balanceNote->setText(tr("Not known until the ledger has answered once."));
        showFigure(m_earned, tr("Earned"), unknown);
        showFigure(m_received, tr("Received"), unknown);
        showFigure(m_sent, tr("Spent"), unknown);
    }
    showFigure(m_pending, tr("Pending"), Ledger::creditsText(snapshot.pendingMillicredits));

    const QLocale locale;
    if (snapshot.community) {
        const Ledger::LedgerSummary &community = *snapshot.community;
        m_community->setText(tr("%1 nodes have given %2 core-hours and earned %3 credits.")
                                 .arg(locale.toString(community.nodes),
                                      locale.toString(double(community.totals.coreMs) / 3600000.0, 'f', 1),
                                      Ledger::creditsText(community.earned)));
        m_rank->setText(snapshot.rank > 0
                            ? tr("Your rank: %1 of %2")
                                  .arg(locale.toString(snapshot.rank), locale.toString(community.nodes))
                            : tr("Your rank: not ranked yet"));
    } else {
        m_community->setText(tr("The community's totals show after the first sync with its ledger."));
        m_rank->setText(snapshot.rank > 0 ? tr("Your rank: %1").arg(locale.toString(snapshot.rank))
                                          : tr("Your rank: not known yet"));
    }
    m_community->setAccessibleName(tr("Community totals"));
    m_community->setAccessibleDescription(m_community->text());
    m_rank->setAccessibleName(tr("Your rank"));
    m_rank->setAccessibleDescription(m_rank->text());
}

} // namespace Cloudy::Desktop
