// SPDX-License-Identifier: GPL-3.0-or-later
#include "NearbyPage.h"

#include "Icons.h"
#include "PageHeader.h"
#include "WrappedLabel.h"
#include "discovery/MicrocloudModel.h"
#include "discovery/MicrocloudProxyModel.h"
#include "discovery/ServiceBrowser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

using Discovery::MicrocloudModel;
using Role = MicrocloudModel::Role;
using Kind = MicrocloudModel::Kind;

namespace {

QString rttText(int rttMs)
{
    return rttMs < 0 ? QString()
                     : QCoreApplication::translate("Cloudy::Desktop::NearbyPage", "%1 ms").arg(rttMs);
}

QString lastSeenText(const QDateTime &lastSeen)
{
    if (!lastSeen.isValid())
        return {};
    const qint64 seconds = lastSeen.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return QCoreApplication::translate("Cloudy::Desktop::NearbyPage", "just now");
    return QLocale().toString(lastSeen.toLocalTime(), QLocale::ShortFormat);
}

// One line per row: the name, and after it what people compare (counts, type, round-trip time).
class NearbyDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

private:
    // Rendered once: painting builds a style option per visible row on every repaint.
    const QIcon m_microcloudIcon = svgIcon(QStringLiteral(":/icons/cloudy.svg"));
    const QIcon m_nodeIcon = svgIcon(QStringLiteral(":/icons/share.svg"));
    const QIcon m_serviceIcon = svgIcon(QStringLiteral(":/icons/services.svg"));

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = index.data(Role::KindRole).value<Kind>();
        QStringList details;
        switch (kind) {
        case Kind::Microcloud:
            option->icon = m_microcloudIcon;
            option->font.setBold(true);
            {
                // Counts in variables: lupdate 6.4 loops forever on a "Scope::" inside translate()'s
                // arguments.
                const int nodes = index.data(Role::NodeCountRole).toInt();
                const int services = index.data(Role::ServiceCountRole).toInt();
                details << QCoreApplication::translate("Cloudy::Desktop::NearbyPage", "%n node(s)", nullptr,
                                                       nodes)
                        << QCoreApplication::translate("Cloudy::Desktop::NearbyPage", "%n service(s)",
                                                       nullptr, services);
                break;
            }
        case Kind::Node:
            option->icon = m_nodeIcon;
            break;
        case Kind::Service:
            option->icon = m_serviceIcon;
            details << index.data(Role::TypeLabelRole).toString();
            break;
        }
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        if (const QString rtt = rttText(index.data(Role::RttRole).toInt()); !rtt.isEmpty())
            details << rtt;
        if (!details.isEmpty())
            option->text += QStringLiteral("   ·   ") + details.join(QStringLiteral(" · "));
    }
};

} // namespace

NearbyPage::NearbyPage(MicrocloudModel *model, Discovery::ServiceBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_browser(browser)
    , m_proxy(new Discovery::MicrocloudProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new WrappedLabel(this))
    , m_view(new QTreeView(this))
    , m_detailsTitle(new WrappedLabel(this))
    , m_detailsText(new WrappedLabel(this))
    , m_txt(new QTableWidget(0, 2, this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_copy(new QPushButton(tr("&Copy address"), this))
    , m_launch(new QPushButton(tr("&Launch here"), this))
    , m_join(new QPushButton(tr("&Join microcloud"), this))
{
    setObjectName(QStringLiteral("nearbyPage"));
    setAccessibleName(tr("Nearby"));
    m_proxy->setSourceModel(model);

    m_filter->setObjectName(QStringLiteral("nearbyFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, service, host, address or TXT"));
    m_filter->setAccessibleName(tr("Filter microclouds and services"));
    m_filter->setClearButtonEnabled(true);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    addAction(focusFilter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &Discovery::MicrocloudProxyModel::setFilterText);
    m_status->setObjectName(QStringLiteral("nearbyStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // A fixed size: the status changes several times a second while services arrive, and a label whose
    // size may change makes the whole window lay out again each time (long with word-wrapped labels).
    m_status->setFixedSize(m_status->fontMetrics().averageCharWidth() * 60, m_status->fontMetrics().height());

    m_view->setObjectName(QStringLiteral("nearbyTree"));
    m_view->setAccessibleName(tr("Microclouds, nodes and services"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new NearbyDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false); // the proxy sorts nearest first by itself

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    // Details pane.
    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("nearbyDetails"));
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailsTitle->setFont(titleFont);
    m_detailsText->setObjectName(QStringLiteral("nearbyDetailsText"));
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsText->setTextFormat(Qt::PlainText);
    m_txt->setObjectName(QStringLiteral("nearbyTxt"));
    m_txt->setAccessibleName(tr("TXT record"));
    m_txt->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_txt->horizontalHeader()->setStretchLastSection(true);
    m_txt->verticalHeader()->hide();
    m_txt->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QPushButton *button : {m_open, m_copy, m_launch, m_join})
        button->setEnabled(false);
    m_open->setObjectName(QStringLiteral("nearbyOpen"));
    m_copy->setObjectName(QStringLiteral("nearbyCopy"));
    m_launch->setObjectName(QStringLiteral("nearbyLaunch"));
    m_join->setObjectName(QStringLiteral("nearbyJoin"));
    m_launch->setToolTip(tr("Run this service on this computer (from the Services page)"));
    m_join->setToolTip(tr("Share this computer with this microcloud"));
    connect(m_open, &QPushButton::clicked, this, &NearbyPage::openCurrent);
    connect(m_copy, &QPushButton::clicked, this, &NearbyPage::copyAddress);
    connect(m_launch, &QPushButton::clicked, this,
            [this] { Q_EMIT launchRequested(m_model->serviceKey(m_proxy->mapToSource(currentIndex()))); });
    connect(m_join, &QPushButton::clicked, this,
            [this] { Q_EMIT joinRequested(currentIndex().data(Role::MicrocloudIdRole).toString()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_launch);
    buttons->addWidget(m_join);
    buttons->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsText);
    detailsLayout->addWidget(m_txt, 1);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new PageHeader(QStringLiteral(":/icons/nearby.svg"), tr("Nearby"),
                       tr("The microclouds of your community network near you, and what they offer."), this));
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);

    // New microclouds open up so their nodes show; the details follow the selection and live updates.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid() || !parent.parent().isValid()) {
                    for (int row = first; row <= last; ++row)
                        m_view->expand(m_proxy->index(row, 0, parent));
                }
                updateStatusSoon();
            });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NearbyPage::updateStatusSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NearbyPage::updateStatusSoon);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft == currentIndex())
            updateDetails();
    });
    // Hundreds of services can arrive in a second: the status line follows at most every 250 ms, so the
    // page is not laid out again for each of them.
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(250);
    connect(&m_statusTimer, &QTimer::timeout, this, &NearbyPage::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NearbyPage::updateDetails);
    if (m_browser) {
        connect(m_browser, &Discovery::ServiceBrowser::stateChanged, this, &NearbyPage::updateStatus);
        connect(m_browser, &Discovery::ServiceBrowser::allForNow, this, &NearbyPage::updateStatus);
    }
    updateStatus();
    updateDetails();
}

QModelIndex NearbyPage::currentIndex() const
{
    return m_view->selectionModel()->currentIndex();
}

void NearbyPage::updateStatusSoon()
{
    // Right away when the page changes between empty and not, so the list appears at once.
    const bool empty = m_model->serviceCount() == 0;
    if (empty != (m_stack->currentIndex() == 0)) {
        updateStatus();
        return;
    }
    if (!m_statusTimer.isActive())
        m_statusTimer.start();
}

void NearbyPage::updateStatus()
{
    const QString backend = m_browser ? (m_browser->backendName() == QLatin1String("avahi")
                                             ? tr("Avahi (avahi-daemon)")
                                             : tr("Cloudy's built-in mDNS browser"))
                                      : tr("nothing");
    const int services = m_model->serviceCount();
    const int microclouds = m_model->microcloudCount();
    const bool failed = m_browser && m_browser->state() == Discovery::ServiceBrowser::State::Failed;

    if (failed)
        m_status->setText(tr("Discovery stopped: %1").arg(m_browser->errorString()));
    else if (services == 0)
        m_status->setText(tr("Searching with %1…").arg(backend));
    else
        m_status->setText(tr("%1 in %2 · found with %3")
                              .arg(tr("%n service(s)", nullptr, services),
                                   tr("%n microcloud(s)", nullptr, microclouds), backend));

    m_empty->setText(
        failed
            ? tr("Cloudy cannot look for microclouds right now: %1").arg(m_browser->errorString())
            : tr("No microclouds found yet. Cloudy is looking for them on your network with %1: microclouds "
                 "announce themselves with DNS-SD (mDNS), and nodes of the Cloudy distro are recognised as "
                 "they "
                 "are. If your computer reaches your community network through a VPN such as Tinc, "
                 "connect it first.")
                  .arg(backend));
    m_stack->setCurrentIndex(services == 0 ? 0 : 1);
}

void NearbyPage::updateDetails()
{
    const QModelIndex index = currentIndex();
    m_txt->setRowCount(0);
    if (!index.isValid()) {
        m_detailsTitle->setText(tr("Select a microcloud, node or service"));
        m_detailsText->clear();
        for (QPushButton *button : {m_open, m_copy, m_launch, m_join})
            button->setEnabled(false);
        return;
    }
    const auto kind = index.data(Role::KindRole).value<Kind>();
    m_detailsTitle->setText(index.data(Role::NameRole).toString());
    QStringList lines;
    const auto line = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines << label + QStringLiteral(": ") + value;
    };
    switch (kind) {
    case Kind::Microcloud:
        line(tr("Microcloud"), index.data(Role::UngroupedRole).toBool()
                                   ? tr("none (services outside any microcloud)")
                                   : index.data(Role::IdRole).toString());
        line(tr("Nodes"), QString::number(index.data(Role::NodeCountRole).toInt()));
        line(tr("Services"), QString::number(index.data(Role::ServiceCountRole).toInt()));
        break;
    case Kind::Node:
        line(tr("Host"), index.data(Role::HostRole).toString());
        line(tr("Node id"), index.data(Role::IdRole).toString());
        line(tr("Services"), QString::number(index.data(Role::ServiceCountRole).toInt()));
        if (index.data(Role::CloudyNodeRole).toBool())
            lines << tr("A Cloudy node");
        break;
    case Kind::Service: {
        line(tr("Service"), index.data(Role::TypeLabelRole).toString() + QStringLiteral(" (")
                                + index.data(Role::TypeRole).toString() + QLatin1Char(')'));
        line(tr("Host"), index.data(Role::HostRole).toString());
        line(tr("Addresses"), index.data(Role::AddressesRole).toStringList().join(QStringLiteral(", ")));
        line(tr("Port"), QString::number(index.data(Role::PortRole).toInt()));
        line(tr("Microcloud"), index.data(Role::MicrocloudIdRole).toString());
        const QVariantMap txt = index.data(Role::TxtRole).toMap();
        m_txt->setRowCount(int(txt.size()));
        int row = 0;
        for (auto it = txt.cbegin(); it != txt.cend(); ++it, ++row) {
            m_txt->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_txt->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
        }
        break;
    }
    }
    line(tr("Round trip"), rttText(index.data(Role::RttRole).toInt()));
    line(tr("Last seen"), lastSeenText(index.data(Role::LastSeenRole).toDateTime()));
    m_detailsText->setText(lines.join(QLatin1Char('\n')));
    m_txt->setVisible(kind == Kind::Service);

    m_open->setEnabled(kind == Kind::Service && index.data(Role::UrlRole).toUrl().isValid());
    m_copy->setEnabled(kind == Kind::Service);
    m_launch->setEnabled(kind == Kind::Service
                         && isSignalConnected(QMetaMethod::fromSignal(&NearbyPage::launchRequested)));
    m_join->setEnabled(!index.data(Role::MicrocloudIdRole).toString().isEmpty()
                       && isSignalConnected(QMetaMethod::fromSignal(&NearbyPage::joinRequested)));
}

void NearbyPage::openCurrent()
{
    const QUrl url = currentIndex().data(Role::UrlRole).toUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

void NearbyPage::copyAddress()
{
    QApplication::clipboard()->setText(currentIndex().data(Role::AddressTextRole).toString());
}

} // namespace Cloudy::Desktop
