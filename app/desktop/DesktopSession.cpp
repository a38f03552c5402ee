// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopSession.h"

#include "DesktopLog.h"
#include "LedgerWiring.h"
#include "discovery/MicrocloudModel.h"
#include "discovery/RttProber.h"
#include "discovery/ServiceBrowser.h"
#include "ledger/LedgerSync.h"
#include "ledger/Outbox.h"
#include "ledger/RewardsSource.h"
#include "platform/Settings.h"
#include "services/CatalogLibrary.h"
#include "services/ServiceManager.h"

namespace Cloudy::Desktop {

namespace {

std::unique_ptr<Discovery::ServiceBrowser> browserFromSettings(const Settings &settings)
{
    const auto backend =
        Discovery::backendFromName(settings.value(Settings::Key::DiscoveryBackend).toString());
    return Discovery::createServiceBrowser(backend.value_or(Discovery::BrowserBackend::Automatic));
}

} // namespace

DesktopSession::DesktopSession(Settings *settings, QObject *parent)
    : DesktopSession(settings, browserFromSettings(*settings), std::make_unique<Contribution::ShareEngine>(),
                     std::make_unique<Services::CatalogLibrary>(),
                     std::make_unique<Services::ServiceManager>(), parent)
{ }

DesktopSession::DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser,
                               QObject *parent)
    : DesktopSession(settings, std::move(browser), nullptr, parent)
{ }

DesktopSession::DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser,
                               std::unique_ptr<Contribution::ShareEngine> shareEngine, QObject *parent)
    : DesktopSession(settings, std::move(browser), std::move(shareEngine), nullptr, nullptr, parent)
{ }

DesktopSession::DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser,
                               std::unique_ptr<Contribution::ShareEngine> shareEngine,
                               std::unique_ptr<Services::CatalogLibrary> catalogs,
                               std::unique_ptr<Services::ServiceManager> services, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_browser(std::move(browser))
    , m_microclouds(std::make_unique<Discovery::MicrocloudModel>())
    , m_prober(std::make_unique<Discovery::RttProber>())
    , m_shareEngine(std::move(shareEngine))
    , m_catalogs(std::move(catalogs))
    , m_services(std::move(services))
{
    m_microclouds->setBrowser(m_browser.get());
    m_microclouds->setRttProber(m_prober.get());
    if (m_catalogs) {
        // Microclouds announce their catalog in their _cloudy._tcp TXT record; look again shortly after the
        // model changes (services arrive in bursts) rather than for every row.
        m_catalogScan.setSingleShot(true);
        m_catalogScan.setInterval(500);
        connect(&m_catalogScan, &QTimer::timeout, this, &DesktopSession::addAdvertisedCatalogs);
        const auto scanSoon = [this] {
            if (m_started)
                m_catalogScan.start();
        };
        connect(m_microclouds.get(), &QAbstractItemModel::rowsInserted, this, scanSoon);
        connect(m_microclouds.get(), &QAbstractItemModel::dataChanged, this, scanSoon);
        connect(m_microclouds.get(), &QAbstractItemModel::modelReset, this, scanSoon);
    }
}

void DesktopSession::addAdvertisedCatalogs()
{
    for (const Discovery::MicrocloudInfo &microcloud : m_microclouds->snapshot()) {
        if (microcloud.id.isEmpty())
            continue; // a catalog is pinned to its microcloud: without one there is nothing to pin to
        for (const QByteArray &catalog : Discovery::announcedValues(microcloud, QStringLiteral("catalog")))
            m_catalogs->addAdvertised(microcloud.id, QUrl(QString::fromUtf8(catalog)));
    }
}

void DesktopSession::setRewardsSource(std::unique_ptr<Ledger::RewardsSource> rewards)
{
    m_rewards = std::move(rewards);
    Q_EMIT rewardsChanged();
}

void DesktopSession::enableLedger(const QString &outboxPath)
{
    auto sync = std::make_unique<Ledger::LedgerSync>();
    const Result<bool> opened = sync->open(outboxPath.isEmpty() ? Ledger::defaultOutboxPath() : outboxPath);
    if (!opened) {
        qCWarning(lcDesktop) << "rewards unavailable:" << opened.error().message;
        return;
    }
    m_ledgerWiring =
        std::make_unique<LedgerWiring>(sync.get(), m_settings, m_shareEngine.get(), m_microclouds.get());
    m_rewards = std::move(sync);
    Q_EMIT rewardsChanged();
}

DesktopSession::~DesktopSession()
{
    m_ledgerWiring.reset(); // before the sync it feeds
    // The model follows the browser: detach before the browser goes.
    m_microclouds->setBrowser(nullptr);
}

void DesktopSession::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_browser)
        m_browser->start();
    if (m_shareEngine)
        m_shareEngine->start();
    // The manager first: it lists what is installed without a signal, and the library's changed() (from
    // load()) is what makes the Services page read both.
    if (m_services)
        m_services->start();
    if (m_catalogs) {
        m_catalogs->load();
        m_catalogs->refresh();
        m_catalogScan.start();
    }
    if (m_ledgerWiring)
        m_ledgerWiring->start();
    Q_EMIT started();
}

} // namespace Cloudy::Desktop
