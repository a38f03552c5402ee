// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServicesPage.h"

#include "PageHeader.h"
#include "WrappedLabel.h"
#include "services/CatalogLibrary.h"
#include "services/MessageBox.h"
#include "services/ServiceCardDelegate.h"
#include "services/ServiceCatalogModel.h"
#include "services/ServiceLogsDialog.h"
#include "services/ServiceManager.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

using Services::ServiceCatalogModel;
using Services::ServicePhase;
using Role = ServiceCatalogModel::Role;

namespace {

QString uptimeText(const QDateTime &startedAt)
{
    const qint64 seconds = startedAt.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return QCoreApplication::translate("Cloudy::Desktop::ServicesPage", "less than a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        const int shown = int(minutes);
        return QCoreApplication::translate("Cloudy::Desktop::ServicesPage", "%n minute(s)", nullptr, shown);
    }
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    return QCoreApplication::translate("Cloudy::Desktop::ServicesPage", "%1 h %2 min").arg(hours).arg(rest);
}

QString categoryLabel(const QString &category)
{
    if (category.isEmpty())
        return category;
    return QString(category.at(0).toUpper()) + category.mid(1);
}

} // namespace

ServicesPage::ServicesPage(Services::CatalogLibrary *library, Services::ServiceManager *manager,
                           QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_manager(manager)
    , m_model(new ServiceCatalogModel(library, manager, this))
    , m_proxy(new Services::ServiceCatalogProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_activeOnly(new QCheckBox(tr("&Running only"), this))
    , m_trustBanner(new QFrame(this))
    , m_trustText(new WrappedLabel(m_trustBanner))
    , m_trust(new QPushButton(tr("&Trust"), m_trustBanner))
    , m_notNow(new QPushButton(tr("&Not now"), m_trustBanner))
    , m_message(new WrappedLabel(this))
    , m_problems(new WrappedLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new WrappedLabel(this))
    , m_view(new QListView(this))
    , m_title(new WrappedLabel(this))
    , m_meta(new WrappedLabel(this))
    , m_state(new WrappedLabel(this))
    , m_description(new WrappedLabel(this))
    , m_progress(new QProgressBar(this))
    , m_install(new QPushButton(tr("&Install"), this))
    , m_cancel(new QPushButton(tr("&Cancel install"), this))
    , m_launch(new QPushButton(tr("&Launch"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_logs(new QPushButton(tr("Lo&gs"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_restart(new QPushButton(tr("R&estart"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("servicesPage"));
    setAccessibleName(tr("Services"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("servicesSearch"));
    m_search->setPlaceholderText(tr("Search services by name or description"));
    m_search->setAccessibleName(tr("Search services"));
    m_search->setClearButtonEnabled(true);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusSearch, &QAction::triggered, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(focusSearch);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &Services::ServiceCatalogProxyModel::setFilterText);
    m_category->setObjectName(QStringLiteral("servicesCategory"));
    m_category->setAccessibleName(tr("Category"));
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_category->currentData().toString()); });
    m_activeOnly->setObjectName(QStringLiteral("servicesRunningOnly"));
    m_activeOnly->setToolTip(tr("Show only the services that run on this computer"));
    connect(m_activeOnly, &QCheckBox::toggled, m_proxy, &Services::ServiceCatalogProxyModel::setActiveOnly);

    // The banner asking whether to trust a new publisher.
    m_trustBanner->setObjectName(QStringLiteral("servicesTrustBanner"));
    m_trustBanner->setFrameShape(QFrame::StyledPanel);
    m_trustBanner->setAutoFillBackground(true);
    m_trustBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_trustText->setObjectName(QStringLiteral("servicesTrustText"));
    m_trustText->setTextFormat(Qt::PlainText);
    m_trustText->setForegroundRole(QPalette::ToolTipText);
    m_trust->setObjectName(QStringLiteral("servicesTrust"));
    m_notNow->setObjectName(QStringLiteral("servicesNotNow"));
    auto *bannerLayout = new QHBoxLayout(m_trustBanner);
    bannerLayout->addWidget(m_trustText, 1);
    bannerLayout->addWidget(m_trust);
    bannerLayout->addWidget(m_notNow);
    m_trustBanner->hide();
    connect(m_trust, &QPushButton::clicked, this, [this] {
        if (!m_library || m_trustUrl.isEmpty())
            return;
        if (auto trusted = m_library->trust(m_trustUrl); !trusted)
            showMessage(tr("Could not trust this catalog: %1").arg(trusted.error().message));
        updateTrustBanner();
    });
    connect(m_notNow, &QPushButton::clicked, this, [this] {
        m_notNowUrls.insert(m_trustUrl.toString());
        updateTrustBanner();
    });

    for (QLabel *label : {m_message, m_problems}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->hide();
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
        label->setPalette(palette);
    }
    m_message->setObjectName(QStringLiteral("servicesMessage"));
    m_problems->setObjectName(QStringLiteral("servicesProblems"));

    m_view->setObjectName(QStringLiteral("servicesList"));
    m_view->setAccessibleName(tr("Services"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ServiceCardDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSpacing(1);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    // Details pane.
    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("servicesDetails"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("servicesDetailsTitle"));
    m_meta->setObjectName(QStringLiteral("servicesDetailsMeta"));
    m_state->setObjectName(QStringLiteral("servicesDetailsState"));
    m_description->setObjectName(QStringLiteral("servicesDetailsDescription"));
    for (QLabel *label : {m_title, m_meta, m_state, m_description}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // Wrapped, not widening the pane: long URLs and fingerprints break onto more lines.
        label->setMinimumWidth(120);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setObjectName(QStringLiteral("servicesProgress"));
    m_progress->setAccessibleName(tr("Install progress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    const QList<std::pair<QPushButton *, const char *>> buttons = {
        {m_install, "servicesInstall"}, {m_cancel, "servicesCancel"}, {m_launch, "servicesLaunch"},
        {m_open, "servicesOpen"},       {m_logs, "servicesLogs"},     {m_stop, "servicesStop"},
        {m_restart, "servicesRestart"}, {m_remove, "servicesRemove"}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(QString::fromLatin1(name));
        button->setEnabled(false);
    }
    m_install->setToolTip(tr("Download, check and unpack this service, then start it"));
    m_open->setToolTip(tr("Open the service's web page in your browser"));
    m_remove->setToolTip(tr("Stop the service and delete it from this computer"));
    connect(m_install, &QPushButton::clicked, this, &ServicesPage::install);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_manager)
            return;
        m_cancelled.insert(currentId());
        m_manager->cancelInstall(currentId());
    });
    connect(m_launch, &QPushButton::clicked, this, [this] {
        if (m_manager)
            m_manager->launch(currentId());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (const QString url = index.data(Role::OpenUrlRole).toString(); !url.isEmpty())
            QDesktopServices::openUrl(QUrl(url));
    });
    connect(m_logs, &QPushButton::clicked, this, &ServicesPage::openLogs);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_manager)
            m_manager->stop(currentId());
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_manager)
            m_manager->restart(currentId());
    });
    connect(m_remove, &QPushButton::clicked, this, &ServicesPage::remove);

    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button : {m_install, m_cancel, m_launch, m_open})
        buttonRow->addWidget(button);
    buttonRow->addStretch(1);
    auto *buttonRow2 = new QHBoxLayout;
    for (QPushButton *button : {m_logs, m_stop, m_restart, m_remove})
        buttonRow2->addWidget(button);
    buttonRow2->addStretch(1);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_meta);
    detailsLayout->addWidget(m_state);
    detailsLayout->addWidget(m_progress);
    detailsLayout->addWidget(m_description);
    detailsLayout->addStretch(1);
    detailsLayout->addLayout(buttonRow);
    detailsLayout->addLayout(buttonRow2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_category);
    filterRow->addWidget(m_activeOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(QStringLiteral(":/icons/services.svg"), tr("Services"),
                                     tr("Community services you can run on this computer with one click."),
                                     this));
    layout->addWidget(m_trustBanner);
    layout->addWidget(m_message);
    layout->addWidget(m_problems);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);

    connect(m_model, &ServiceCatalogModel::categoriesChanged, this, &ServicesPage::updateCategories);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ServicesPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ServicesPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ServicesPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ServicesPage::updateEmpty);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_view->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateDetails();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ServicesPage::updateDetails);
    if (m_library) {
        connect(m_library, &Services::CatalogLibrary::changed, this, [this] {
            updateTrustBanner();
            updateProblems();
        });
    }
    if (m_manager) {
        connect(m_manager, &Services::ServiceManager::failed, this,
                [this](const QString &id, const QString &why) {
                    if (m_cancelled.remove(id))
                        return; // the user cancelled it: no error to tell
                    const int row = m_model->rowOf(id);
                    const QString name = row >= 0 ? m_model->index(row).data(Role::NameRole).toString() : id;
                    showMessage(tr("%1: %2").arg(name, why));
                });
    }
    // Uptime in the details moves on while a service runs.
    m_uptimeTimer.setInterval(30 * 1000);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &ServicesPage::updateDetails);
    m_uptimeTimer.start();

    updateCategories();
    updateTrustBanner();
    updateProblems();
    updateEmpty();
    updateDetails();
}

QString ServicesPage::currentId() const
{
    return m_view->currentIndex().data(Role::IdRole).toString();
}

void ServicesPage::showService(const QString &hint)
{
    const auto findRow = [this](const QString &text) {
        if (const int exact = m_model->rowOf(text); exact >= 0)
            return exact;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row);
            if (index.data(Role::IdRole).toString().contains(text, Qt::CaseInsensitive)
                || index.data(Role::NameRole).toString().contains(text, Qt::CaseInsensitive))
                return row;
        }
        return -1;
    };
    const int row = hint.isEmpty() ? -1 : findRow(hint);
    if (row < 0) {
        m_search->setText(hint);
        return;
    }
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_activeOnly->setChecked(false);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void ServicesPage::updateCategories()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : m_model->categories())
        m_category->addItem(categoryLabel(category), category);
    const int index = m_category->findData(current);
    m_category->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setCategory(m_category->currentData().toString());
}

void ServicesPage::updateEmpty()
{
    if (!m_library || !m_manager) {
        m_empty->setText(tr("Services are not available in this session."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No service catalog yet. Services such as Tahoe-LAFS storage, Syncthing or "
                            "PeerStreamer come from the catalogs your microclouds publish."));
        m_stack->setCurrentIndex(0);
        return;
    }
    // With filters hiding every card, the list stays (an empty list under a search box says enough).
    m_stack->setCurrentIndex(1);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void ServicesPage::updateTrustBanner()
{
    m_trustUrl.clear();
    if (m_library) {
        for (const Services::CatalogFetchResult &pending : m_library->pending()) {
            if (m_notNowUrls.contains(pending.url.toString()))
                continue;
            m_trustUrl = pending.url;
            m_trustText->setText(
                tr("Publisher %1 (fingerprint %2) offers a catalog at %3. Trust it? Cloudy "
                   "then installs services only from catalogs signed with this key.")
                    .arg(pending.catalog.publisher, pending.fingerprint, pending.url.toDisplayString()));
            break;
        }
    }
    m_trustBanner->setVisible(!m_trustUrl.isEmpty());
}

void ServicesPage::updateProblems()
{
    QStringList lines;
    // While catalogs are fetched, "no saved copy yet" is not a problem: wait for their answers.
    if (m_library && !m_library->isFetching()) {
        for (const Services::CatalogFetchResult &problem : m_library->problems())
            lines << tr("The catalog at %1 cannot be used: %2")
                         .arg(problem.url.toDisplayString(), problem.error.message);
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

void ServicesPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ServicesPage::updateDetails()
{
    const QModelIndex index = m_view->currentIndex();
    const bool valid = index.isValid() && m_manager;
    const auto phase = ServicePhase(index.data(Role::PhaseRole).toInt());
    const bool installed = index.data(Role::InstalledRole).toBool();
    const bool busy = index.data(Role::BusyRole).toBool();
    const bool active = index.data(Role::ActiveRole).toBool();

    m_install->setEnabled(valid && index.data(Role::InstallableRole).toBool() && !installed && !busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(valid && busy);
    m_launch->setEnabled(valid && installed && !busy
                         && (phase == ServicePhase::Stopped || phase == ServicePhase::Failed));
    m_open->setEnabled(valid && !index.data(Role::OpenUrlRole).toString().isEmpty());
    m_logs->setEnabled(valid && (installed || active));
    m_stop->setEnabled(valid && !busy
                       && (phase == ServicePhase::Starting || phase == ServicePhase::Running
                           || phase == ServicePhase::NotReady));
    m_restart->setEnabled(valid && !busy
                          && (phase == ServicePhase::Running || phase == ServicePhase::NotReady));
    m_remove->setEnabled(valid && installed && !busy && phase != ServicePhase::Stopping);

    if (!index.isValid()) {
        m_title->setText(tr("No service selected"));
        for (QLabel *label : {m_meta, m_state, m_description})
            label->clear();
        m_progress->hide();
        return;
    }
    m_title->setText(index.data(Role::NameRole).toString());
    QStringList meta;
    if (const QString version = index.data(Role::VersionRole).toString(); !version.isEmpty())
        meta << tr("Version %1").arg(version);
    if (const QString needs = index.data(Role::NeedsRole).toString(); !needs.isEmpty())
        meta << tr("Needs %1").arg(needs);
    meta << index.data(Role::OfferedByRole).toString();
    if (const QString fingerprint = index.data(Role::FingerprintRole).toString(); !fingerprint.isEmpty())
        meta << tr("Publisher key %1").arg(fingerprint);
    m_meta->setText(meta.join(u'\n'));

    QStringList state {tr("State: %1").arg(index.data(Role::StateTextRole).toString())};
    if (phase == ServicePhase::Running || phase == ServicePhase::NotReady) {
        if (const QDateTime startedAt = index.data(Role::StartedAtRole).toDateTime(); startedAt.isValid())
            state << tr("Up for %1").arg(uptimeText(startedAt));
    }
    if (const QString ports = index.data(Role::PortsTextRole).toString(); !ports.isEmpty() && active)
        state << tr("Ports: %1").arg(ports);
    if (const QString error = index.data(Role::ErrorRole).toString(); !error.isEmpty())
        state << error;
    m_state->setText(state.join(u'\n'));
    m_description->setText(index.data(Role::DescriptionRole).toString());

    if (busy) {
        const qint64 done = index.data(Role::StepDoneRole).toLongLong();
        const qint64 total = index.data(Role::StepTotalRole).toLongLong();
        const auto step = Services::InstallStep(index.data(Role::StepRole).toInt());
        if (step == Services::InstallStep::Downloading && total > 0) {
            // Per mille, so sizes beyond int range still fit the bar.
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        } else {
            m_progress->setRange(0, 0); // unpacking and starting have no measure: a busy bar
        }
        m_progress->setFormat(index.data(Role::StepTextRole).toString());
        m_progress->show();
    } else {
        m_progress->hide();
    }
}

void ServicesPage::install()
{
    if (!m_library || !m_manager)
        return;
    const std::optional<Services::OfferedService> offered = m_library->find(currentId());
    if (!offered || !offered->entry.installable())
        return;
    showMessage({});
    m_cancelled.remove(offered->entry.id);
    m_manager->install(offered->entry, offered->catalogUrl.toString(), offered->fingerprint, true);
    updateDetails();
}

void ServicesPage::remove()
{
    if (!m_manager)
        return;
    const QString id = currentId();
    const QString name = m_view->currentIndex().data(Role::NameRole).toString();
    QMessageBox box(
        QMessageBox::Question, tr("Remove %1?").arg(name),
        tr("Remove %1 from this computer? It is stopped and its program is deleted. Its data (what "
           "the service saved) can be kept for a later install, or deleted too.")
            .arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("servicesRemoveQuestion"));
    box.button(QMessageBox::Save)->setText(tr("Remove, &keep data"));
    box.button(QMessageBox::Discard)->setText(tr("Remove and &delete data"));
    box.setDefaultButton(QMessageBox::Cancel);
    const QMessageBox::StandardButton answer = MessageBox::ask(box);
    if (answer != QMessageBox::Save && answer != QMessageBox::Discard)
        return;
    if (auto removed = m_manager->remove(id, answer == QMessageBox::Discard); !removed)
        showMessage(tr("%1: %2").arg(name, removed.error().message));
    else
        showMessage({});
}

void ServicesPage::openLogs()
{
    if (!m_manager || currentId().isEmpty())
        return;
    auto *dialog = new ServiceLogsDialog(m_manager, currentId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ServicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_manager)
        m_manager->setUsageSampling(true);
}

void ServicesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_manager)
        m_manager->setUsageSampling(false);
}

} // namespace Cloudy::Desktop
