// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "pages/WrappedLabel.h"
#include "platform/Autostart.h"
#include "platform/Paths.h"
#include "platform/Settings.h"
#include "platform/SettingsValidation.h"
#include "services/CatalogLibrary.h"
#include "services/CatalogRegistry.h"
#include "services/CatalogTrust.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

namespace {

// A line under a field that says what is wrong with it (hidden while nothing is).
QLabel *problemLabel(QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setForegroundRole(QPalette::BrightText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::BrightText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

bool showProblem(QLabel *label, QLineEdit *edit, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    edit->setAccessibleDescription(problem);
    return problem.isEmpty();
}

QString catalogUrlProblem(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return {};
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return SettingsDialog::tr(
            "A catalog address starts with https:// (or http:// on your own network) and "
            "ends with its index.json.");
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(Settings *settings, Services::CatalogLibrary *catalogs, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_catalogs(catalogs)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Cloudy Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createGeneralTab(), tr("&General"));
    tabs->addTab(createConnectionsTab(), tr("C&onnections"));
    if (m_catalogs)
        tabs->addTab(createCatalogsTab(), tr("C&atalogs"));
    tabs->addTab(createDataTab(), tr("&Data"));

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    QPushButton *defaults = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setToolTip(tr("Fill in the default of every setting. Nothing is saved until you press OK."));
    connect(defaults, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
    loadValues();
    resize(620, 460);
}

QWidget *SettingsDialog::createGeneralTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("As the system"), QString());
    // Each language in its own name, so that anyone finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Català"), QStringLiteral("ca"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Ελληνικά"), QStringLiteral("el"));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new WrappedLabel(tr("A new language applies when Cloudy starts again."), page);
    form->addRow(QString(), languageNote);

    m_startAtLogin = new QCheckBox(tr("&Start Cloudy in the tray when I log in"), page);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    form->addRow(QString(), m_startAtLogin);

    m_backend = new QComboBox(page);
    m_backend->setObjectName(QStringLiteral("backendBox"));
    m_backend->addItem(tr("Automatic (Avahi when it runs, else built-in)"), QStringLiteral("auto"));
    m_backend->addItem(tr("Avahi (the system's service discovery)"), QStringLiteral("avahi"));
    m_backend->addItem(tr("Built-in mDNS"), QStringLiteral("mdns"));
    m_backend->setAccessibleName(tr("Discovery backend"));
    form->addRow(tr("&Find microclouds with:"), m_backend);
    return page;
}

QWidget *SettingsDialog::createConnectionsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_libvirtUri = new QLineEdit(page);
    m_libvirtUri->setObjectName(QStringLiteral("libvirtUri"));
    m_libvirtUri->setPlaceholderText(tr("Automatic (qemu:///session)"));
    m_libvirtUri->setAccessibleName(tr("libvirt address"));
    m_libvirtProblem = problemLabel(page);
    form->addRow(tr("&libvirt address:"), m_libvirtUri);
    form->addRow(QString(), m_libvirtProblem);

    m_ledgerUrl = new QLineEdit(page);
    m_ledgerUrl->setObjectName(QStringLiteral("ledgerUrl"));
    m_ledgerUrl->setPlaceholderText(tr("The ledger your microcloud announces"));
    m_ledgerUrl->setAccessibleName(tr("Ledger address"));
    m_ledgerUrlProblem = problemLabel(page);
    form->addRow(tr("Le&dger address:"), m_ledgerUrl);
    form->addRow(QString(), m_ledgerUrlProblem);

    m_ledgerPin = new QLineEdit(page);
    m_ledgerPin->setObjectName(QStringLiteral("ledgerPin"));
    m_ledgerPin->setPlaceholderText(tr("Optional: SHA-256 of the ledger's TLS key"));
    m_ledgerPin->setAccessibleName(tr("Ledger key pin"));
    m_ledgerPin->setToolTip(tr("With a pin, Cloudy talks only to the ledger whose TLS public key has this "
                               "SHA-256, even if a certificate authority vouches for another."));
    m_ledgerPinProblem = problemLabel(page);
    form->addRow(tr("Ledger key &pin:"), m_ledgerPin);
    form->addRow(QString(), m_ledgerPinProblem);

    for (QLineEdit *edit : {m_libvirtUri, m_ledgerUrl, m_ledgerPin})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    return page;
}

QWidget *SettingsDialog::createCatalogsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro =
        new WrappedLabel(tr("Catalogs you added by address. Catalogs your microclouds announce are found "
                            "by themselves and are not listed here."),
                         page);
    layout->addWidget(intro);

    m_catalogList = new QTreeWidget(page);
    m_catalogList->setObjectName(QStringLiteral("catalogList"));
    m_catalogList->setAccessibleName(tr("Added catalogs"));
    m_catalogList->setHeaderLabels({tr("Address"), tr("Trusted publisher key")});
    m_catalogList->setRootIsDecorated(false);
    m_catalogList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_catalogList, 1);

    auto *addRow = new QHBoxLayout;
    m_catalogUrl = new QLineEdit(page);
    m_catalogUrl->setObjectName(QStringLiteral("catalogUrl"));
    m_catalogUrl->setPlaceholderText(QStringLiteral("https://…/index.json"));
    m_catalogUrl->setAccessibleName(tr("Address of a catalog to add"));
    auto *add = new QPushButton(tr("A&dd"), page);
    add->setObjectName(QStringLiteral("addCatalog"));
    add->setEnabled(false);
    addRow->addWidget(m_catalogUrl, 1);
    addRow->addWidget(add);
    layout->addLayout(addRow);
    m_catalogProblem = problemLabel(page);
    layout->addWidget(m_catalogProblem);
    connect(m_catalogUrl, &QLineEdit::textChanged, this, [this, add](const QString &text) {
        const bool valid = showProblem(m_catalogProblem, m_catalogUrl, catalogUrlProblem(text));
        add->setEnabled(valid && !text.trimmed().isEmpty());
    });
    m_catalogUrl->installEventFilter(this);
    m_addCatalog = add;
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addCatalog);

    auto *rowButtons = new QHBoxLayout;
    auto *remove = new QPushButton(tr("&Remove"), page);
    remove->setObjectName(QStringLiteral("removeCatalog"));
    auto *forget = new QPushButton(tr("&Forget Key"), page);
    forget->setObjectName(QStringLiteral("forgetKey"));
    forget->setToolTip(tr("The next download of this catalog asks again whether you trust its publisher."));
    rowButtons->addStretch();
    rowButtons->addWidget(forget);
    rowButtons->addWidget(remove);
    layout->addLayout(rowButtons);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeSelectedCatalog);
    connect(forget, &QPushButton::clicked, this, &SettingsDialog::forgetSelectedKey);
    auto updateButtons = [this, remove, forget] {
        const QTreeWidgetItem *item = m_catalogList->currentItem();
        remove->setEnabled(item);
        forget->setEnabled(item && !item->text(1).isEmpty() && item->data(1, Qt::UserRole).toBool());
    };
    connect(m_catalogList, &QTreeWidget::currentItemChanged, this, updateButtons);
    connect(m_catalogList, &QTreeWidget::itemSelectionChanged, this, updateButtons);
    updateButtons();
    return page;
}

QWidget *SettingsDialog::createDataTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto addFolder = [&](const QString &label, const QString &path, const QString &name) {
        auto *row = new QHBoxLayout;
        auto *value = new QLineEdit(QDir::toNativeSeparators(path), page);
        value->setReadOnly(true);
        value->setObjectName(name);
        value->setAccessibleName(label);
        auto *open = new QPushButton(tr("Open"), page);
        open->setAccessibleName(tr("Open %1").arg(label));
        const QString folder = QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath();
        connect(open, &QPushButton::clicked, this,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
        row->addWidget(value, 1);
        row->addWidget(open);
        form->addRow(label + u':', row);
    };
    addFolder(tr("Your data"), Paths::dataDir(), QStringLiteral("dataDir"));
    addFolder(tr("Settings file"), m_settings->fileName(), QStringLiteral("settingsFile"));
    addFolder(tr("Downloads cache"), Paths::cacheDir(), QStringLiteral("cacheDir"));
    auto *note =
        new WrappedLabel(tr("Your node identity is not in these folders: it is kept in your keyring. Back it "
                            "up with \"cloudyctl identity export\"."),
                         page);
    form->addRow(QString(), note);
    return page;
}

void SettingsDialog::loadValues()
{
    const auto select = [](QComboBox *box, const QString &value) {
        const int index = box->findData(value);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_language, m_settings->value(Settings::Key::Language).toString());
    select(m_backend, m_settings->value(Settings::Key::DiscoveryBackend).toString());
    m_startAtLogin->setChecked(Autostart::isEnabled());
    m_libvirtUri->setText(m_settings->value(Settings::Key::LibvirtUri).toString());
    m_ledgerUrl->setText(m_settings->value(Settings::Key::LedgerUrl).toString());
    m_ledgerPin->setText(m_settings->value(Settings::Key::LedgerPin).toString());
    if (m_catalogs) {
        m_catalogUrls.clear();
        const Services::CatalogRegistry registry(m_catalogs->registryFile());
        for (const Services::CatalogSource &source : registry.sources())
            m_catalogUrls.append(source.url);
        m_forgetPlaces.clear();
        fillCatalogList();
    }
    validate();
}

void SettingsDialog::restoreDefaults()
{
    const auto select = [](QComboBox *box, const QVariant &value) {
        const int index = box->findData(value);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_language, Settings::defaultValue(Settings::Key::Language));
    select(m_backend, Settings::defaultValue(Settings::Key::DiscoveryBackend));
    m_libvirtUri->setText(Settings::defaultValue(Settings::Key::LibvirtUri).toString());
    m_ledgerUrl->setText(Settings::defaultValue(Settings::Key::LedgerUrl).toString());
    m_ledgerPin->setText(Settings::defaultValue(Settings::Key::LedgerPin).toString());
    // The catalogs and start-at-login are the user's choices, not settings with a default: left as they are.
    validate();
}

void SettingsDialog::validate()
{
    bool valid = showProblem(m_libvirtProblem, m_libvirtUri,
                             SettingsValidation::libvirtUriProblem(m_libvirtUri->text()));
    valid = showProblem(m_ledgerUrlProblem, m_ledgerUrl,
                        SettingsValidation::ledgerUrlProblem(m_ledgerUrl->text()))
            && valid;
    valid = showProblem(m_ledgerPinProblem, m_ledgerPin,
                        SettingsValidation::ledgerPinProblem(m_ledgerPin->text()))
            && valid;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void SettingsDialog::fillCatalogList()
{
    const Services::CatalogTrust trust(m_catalogs->trustFile());
    m_catalogList->clear();
    for (const QUrl &url : std::as_const(m_catalogUrls)) {
        const QString place = Services::CatalogTrust::placeForUrl(url);
        const std::optional<Services::PinnedKey> pinned = trust.lookup(place);
        const bool forgotten = m_forgetPlaces.contains(place);
        QString key;
        if (pinned && !forgotten)
            key = pinned->publisher.isEmpty() ? pinned->fingerprint()
                                              : tr("%1 (%2)").arg(pinned->publisher, pinned->fingerprint());
        else if (forgotten)
            key = tr("forgotten: asked again at the next download");
        auto *item = new QTreeWidgetItem(m_catalogList, {url.toDisplayString(), key});
        item->setData(0, Qt::UserRole, url);
        item->setData(1, Qt::UserRole, pinned.has_value() && !forgotten);
        item->setToolTip(1, key);
    }
}

void SettingsDialog::addCatalog()
{
    const QUrl url(m_catalogUrl->text().trimmed(), QUrl::StrictMode);
    if (!catalogUrlProblem(m_catalogUrl->text()).isEmpty() || url.isEmpty())
        return;
    if (m_catalogUrls.contains(url)) {
        showProblem(m_catalogProblem, m_catalogUrl, tr("This catalog is already in the list."));
        return;
    }
    m_catalogUrls.append(url);
    m_catalogUrl->clear();
    fillCatalogList();
    m_catalogList->setCurrentItem(m_catalogList->topLevelItem(m_catalogList->topLevelItemCount() - 1));
}

void SettingsDialog::removeSelectedCatalog()
{
    const QTreeWidgetItem *item = m_catalogList->currentItem();
    if (!item)
        return;
    m_catalogUrls.removeAll(item->data(0, Qt::UserRole).toUrl());
    fillCatalogList();
}

void SettingsDialog::forgetSelectedKey()
{
    const QTreeWidgetItem *item = m_catalogList->currentItem();
    if (!item)
        return;
    const QString place = Services::CatalogTrust::placeForUrl(item->data(0, Qt::UserRole).toUrl());
    if (!m_forgetPlaces.contains(place))
        m_forgetPlaces.append(place);
    const int row = m_catalogList->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item));
    fillCatalogList();
    m_catalogList->setCurrentItem(m_catalogList->topLevelItem(row));
}

bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Return in the catalog address adds it; it must not also press OK.
    if (watched == m_catalogUrl && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_addCatalog->isEnabled())
                addCatalog();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::accept()
{
    QStringList problems;
    const auto store = [this](Settings::Key key, const QVariant &value) {
        if (value.toString().isEmpty())
            m_settings->reset(key);
        else
            m_settings->setValue(key, value);
    };
    const QString oldLanguage = m_settings->value(Settings::Key::Language).toString();
    store(Settings::Key::Language, m_language->currentData());
    m_restartNeeded = m_language->currentData().toString() != oldLanguage;
    store(Settings::Key::DiscoveryBackend, m_backend->currentData());
    store(Settings::Key::LibvirtUri, m_libvirtUri->text().trimmed());
    store(Settings::Key::LedgerUrl, m_ledgerUrl->text().trimmed());
    store(Settings::Key::LedgerPin, SettingsValidation::normalizedLedgerPin(m_ledgerPin->text()));

    if (m_startAtLogin->isChecked() != Autostart::isEnabled()) {
        const Result<bool> changed = Autostart::setEnabled(m_startAtLogin->isChecked());
        if (!changed)
            problems.append(changed.error().message);
    }

    if (m_catalogs) {
        Services::CatalogRegistry registry(m_catalogs->registryFile());
        bool catalogsChanged = false;
        for (const Services::CatalogSource &source : registry.sources()) {
            if (m_catalogUrls.contains(source.url))
                continue;
            const Result<bool> removed = registry.remove(source.url);
            catalogsChanged = true;
            if (!removed)
                problems.append(removed.error().message);
        }
        for (const QUrl &url : std::as_const(m_catalogUrls)) {
            const Result<bool> added = registry.add(url);
            catalogsChanged = catalogsChanged || (added.ok() && added.value());
            if (!added)
                problems.append(added.error().message);
        }
        if (!m_forgetPlaces.isEmpty()) {
            Services::CatalogTrust trust(m_catalogs->trustFile());
            for (const QString &place : std::as_const(m_forgetPlaces)) {
                const Result<bool> forgotten = trust.forget(place);
                if (!forgotten)
                    problems.append(forgotten.error().message);
            }
            catalogsChanged = true;
        }
        if (catalogsChanged) {
            m_catalogs->load();
            m_catalogs->refresh();
        }
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some settings were not saved"), problems.join(u'\n'));
    QDialog::accept();
}

} // namespace Cloudy::Desktop
