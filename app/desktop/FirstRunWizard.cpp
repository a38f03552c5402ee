// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"

#include "DesktopLog.h"
#include "DesktopSession.h"
#include "OffThread.h"
#include "contribution/ShareEngine.h"
#include "discovery/MicrocloudModel.h"
#include "identity/NodeIdentity.h"
#include "pages/WrappedLabel.h"
#include "platform/Autostart.h"
#include "platform/Secrets.h"
#include "platform/Settings.h"
#include "sharing/SharingPolicy.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

namespace {

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    return label;
}

constexpr int kNoPreset = -1;

} // namespace

FirstRunWizard::FirstRunWizard(DesktopSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Cloudy"));
    setPage(WelcomePage, createWelcomePage());
    setPage(IdentityPage, createIdentityPage());
    if (m_session->shareEngine()) {
        setPage(SharingPage, createSharingPage());
        setPage(MicrocloudPage, createMicrocloudPage());
    }
    setPage(LoginPage, createLoginPage());
    setOption(QWizard::NoBackButtonOnStartPage);
}

QWizardPage *FirstRunWizard::createWelcomePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Share with your community network"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(
        tr("Cloudy lets this computer give some of its processor, memory and disk to your community "
           "network's "
           "microclouds — only what you choose, only when you choose — and run the services they offer. "
           "What you give is counted in signed receipts and earns credits on your community's ledger."),
        page));
    layout->addWidget(
        paragraph(tr("The next steps take a minute. Each one can be skipped and changed later."), page));
    return page;
}

QWizardPage *FirstRunWizard::createIdentityPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your node identity"));
    page->setSubTitle(tr("A key that signs your receipts, so that your credits are yours. It stays in your "
                         "keyring; back it up later with \"cloudyctl identity export\"."));
    auto *layout = new QVBoxLayout(page);
    m_identityStatus = paragraph(QString(), page);
    m_identityStatus->setObjectName(QStringLiteral("identityStatus"));
    m_identityStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_identityStatus);

    // Only when there is no keyring: the explicit alternative, never chosen silently.
    m_keyFileBox = new QWidget(page);
    auto *form = new QFormLayout(m_keyFileBox);
    form->addRow(paragraph(tr("You can keep the key in a file protected by a passphrase instead. You will "
                              "need the passphrase whenever Cloudy signs receipts."),
                           m_keyFileBox));
    m_passphrase = new QLineEdit(m_keyFileBox);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphraseAgain = new QLineEdit(m_keyFileBox);
    m_passphraseAgain->setObjectName(QStringLiteral("passphraseAgain"));
    m_passphraseAgain->setEchoMode(QLineEdit::Password);
    m_passphraseAgain->setAccessibleName(tr("Passphrase again"));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Again:"), m_passphraseAgain);
    auto *create = new QPushButton(tr("&Create Key File"), m_keyFileBox);
    create->setObjectName(QStringLiteral("createKeyFile"));
    form->addRow(QString(), create);
    connect(create, &QPushButton::clicked, this, &FirstRunWizard::createKeyFile);
    m_keyFileBox->hide();
    layout->addWidget(m_keyFileBox);
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::createSharingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("How much to share"));
    page->setSubTitle(
        tr("A starting point; the Share page shows the exact values and lets you change them."));
    auto *layout = new QVBoxLayout(page);
    m_presets = new QButtonGroup(page);
    const struct
    {
        int id;
        QString text;
    } choices[] = {
        {int(Sharing::Preset::Light), tr("&Light: a little, hardly noticeable")},
        {int(Sharing::Preset::Balanced), tr("&Balanced: a fair share while you work")},
        {int(Sharing::Preset::Full), tr("&Full: as much as this computer can spare")},
        {kNoPreset, tr("&Not yet: decide later on the Share page")},
    };
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text, page);
        button->setObjectName(QStringLiteral("preset%1").arg(choice.id));
        m_presets->addButton(button, choice.id);
        layout->addWidget(button);
    }
    m_presets->button(kNoPreset)->setChecked(true);
    layout->addStretch();
    return page;
}

QWizardPage *FirstRunWizard::createMicrocloudPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Your microcloud"));
    page->setSubTitle(tr("The microclouds found near you. Choose the one to share with, or none for now: the "
                         "Nearby page keeps looking."));
    auto *layout = new QVBoxLayout(page);
    m_microclouds = new QListWidget(page);
    m_microclouds->setObjectName(QStringLiteral("wizardMicroclouds"));
    m_microclouds->setAccessibleName(tr("Microclouds found near you"));
    layout->addWidget(m_microclouds);
    if (Discovery::MicrocloudModel *model = m_session->microclouds()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &FirstRunWizard::fillMicroclouds);
        connect(model, &QAbstractItemModel::modelReset, this, &FirstRunWizard::fillMicroclouds);
    }
    return page;
}

QWizardPage *FirstRunWizard::createLoginPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Start at login"));
    auto *layout = new QVBoxLayout(page);
    m_startAtLogin = new QCheckBox(tr("&Start Cloudy in the tray when I log in"), page);
    m_startAtLogin->setObjectName(QStringLiteral("wizardStartAtLogin"));
    m_startAtLogin->setChecked(true);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(paragraph(tr("Sharing follows your rules only while Cloudy runs."), page));
    layout->addStretch();
    return page;
}

void FirstRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == IdentityPage)
        checkIdentity();
    else if (id == MicrocloudPage)
        fillMicroclouds();
}

void FirstRunWizard::checkIdentity()
{
    if (m_identityRunning)
        return;
    m_identityRunning = true;
    m_identityStatus->setText(tr("Looking for your node identity in the keyring…"));
    runOffThread<Result<Identity::IdentityInfo>>(
        this,
        [] {
            Secrets secrets;
            Result<Identity::IdentityInfo> info = Identity::loadInfo(secrets);
            if (!info && info.error().code == QLatin1String("no-identity"))
                return Identity::ensureIdentity(secrets);
            return info;
        },
        [this](const Result<Identity::IdentityInfo> &info) {
            m_identityRunning = false;
            if (info) {
                m_keyFileBox->hide();
                m_identityStatus->setText(
                    tr("Your node is %1.\nKey fingerprint: %2")
                        .arg(info->nodeId.left(16) + QStringLiteral("…"), info->fingerprint));
                Q_EMIT identityChecked(true);
                return;
            }
            m_identityStatus->setText(info.error().message);
            m_keyFileBox->setVisible(info.error().code == QLatin1String("no-keyring"));
            Q_EMIT identityChecked(false);
        });
}

void FirstRunWizard::createKeyFile()
{
    const QString passphrase = m_passphrase->text();
    if (passphrase != m_passphraseAgain->text()) {
        m_identityStatus->setText(tr("The two passphrases differ. Type the same one twice."));
        return;
    }
    if (passphrase.size() < Identity::kMinimumPassphraseLength) {
        m_identityStatus->setText(
            tr("Use a passphrase of at least %1 characters.").arg(Identity::kMinimumPassphraseLength));
        return;
    }
    m_identityRunning = true;
    m_identityStatus->setText(tr("Creating the key file…"));
    const QByteArray bytes = passphrase.toUtf8();
    m_passphrase->clear();
    m_passphraseAgain->clear();
    runOffThread<Result<Identity::IdentityInfo>>(
        this,
        [bytes] {
            Secrets secrets;
            return Identity::createInKeyFile(secrets, Identity::defaultKeyFilePath(), bytes);
        },
        [this](const Result<Identity::IdentityInfo> &info) {
            m_identityRunning = false;
            if (info) {
                m_keyFileBox->hide();
                m_identityStatus->setText(
                    tr("Your node is %1, its key kept in %2.")
                        .arg(info->nodeId.left(16) + QStringLiteral("…"), info->keyFile));
            } else {
                m_identityStatus->setText(info.error().message);
            }
            Q_EMIT identityChecked(info.ok());
        });
}

void FirstRunWizard::fillMicroclouds()
{
    if (!m_microclouds)
        return;
    const QString selected = m_microclouds->currentItem()
                                 ? m_microclouds->currentItem()->data(Qt::UserRole).toString()
                                 : QString();
    m_microclouds->clear();
    auto *none = new QListWidgetItem(tr("None for now"), m_microclouds);
    none->setData(Qt::UserRole, QString());
    m_microclouds->setCurrentItem(none);
    for (const Discovery::MicrocloudInfo &microcloud : m_session->microclouds()->snapshot()) {
        if (microcloud.id.isEmpty())
            continue;
        auto *item =
            new QListWidgetItem(microcloud.name.isEmpty() ? microcloud.id : microcloud.name, m_microclouds);
        item->setData(Qt::UserRole, microcloud.id);
        item->setToolTip(tr("%n node(s)", nullptr, int(microcloud.nodes.size())));
        if (microcloud.id == selected)
            m_microclouds->setCurrentItem(item);
    }
}

void FirstRunWizard::accept()
{
    if (Contribution::ShareEngine *engine = m_session->shareEngine()) {
        Sharing::SharingPolicy policy = engine->policy();
        const int preset = m_presets ? m_presets->checkedId() : kNoPreset;
        if (preset != kNoPreset)
            policy.caps = Sharing::presetCaps(Sharing::Preset(preset), engine->capacity());
        if (m_microclouds && m_microclouds->currentItem())
            policy.microcloudId = m_microclouds->currentItem()->data(Qt::UserRole).toString();
        if (!(policy == engine->policy())) {
            if (const std::optional<Error> error = engine->setPolicy(policy))
                qCWarning(lcDesktop) << "first run: sharing choice not applied:" << error->message;
        }
    }
    if (m_startAtLogin->isChecked() != Autostart::isEnabled()) {
        const Result<bool> set = Autostart::setEnabled(m_startAtLogin->isChecked());
        if (!set)
            qCWarning(lcDesktop) << "first run:" << set.error().message;
    }
    m_session->settings()->setValue(Settings::Key::FirstRunDone, true);
    QWizard::accept();
}

void FirstRunWizard::reject()
{
    m_session->settings()->setValue(Settings::Key::FirstRunDone, true);
    QWizard::reject();
}

} // namespace Cloudy::Desktop
