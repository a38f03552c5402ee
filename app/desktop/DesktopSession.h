// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contribution/ShareEngine.h"
#include "discovery/ServiceBrowser.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Cloudy {
class Settings;
namespace Services {
class CatalogLibrary;
class ServiceManager;
} // namespace Services
namespace Discovery {
class MicrocloudModel;
class RttProber;
} // namespace Discovery
namespace Ledger {
class RewardsSource;
}
} // namespace Cloudy

namespace Cloudy::Desktop {

class LedgerWiring;

// The core objects one running cloudy-desktop works with, created once and handed to the pages: settings,
// discovery (browser, model, round-trip prober), sharing (the ShareEngine), services (the catalogs and
// the installed services) and rewards (a Ledger::RewardsSource). Pages read these; they never talk to D-Bus
// or libvirt.
class DesktopSession final : public QObject
{
    Q_OBJECT

public:
    // Discovery with the backend the settings choose; sharing with the user's policy and libvirt.
    explicit DesktopSession(Settings *settings, QObject *parent = nullptr);
    // With this browser (null: no discovery) and no sharing, for tests of other pages.
    DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser, QObject *parent);
    // With this browser and this engine (either may be null: that capability is absent).
    DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser,
                   std::unique_ptr<Contribution::ShareEngine> shareEngine, QObject *parent);
    // With these services objects too (tests give them temporary folders); any may be null.
    DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser,
                   std::unique_ptr<Contribution::ShareEngine> shareEngine,
                   std::unique_ptr<Services::CatalogLibrary> catalogs,
                   std::unique_ptr<Services::ServiceManager> services, QObject *parent);
    ~DesktopSession() override;

    // Starts discovery, sharing (the engine loads the policy and follows it from then on) and services (the
    // saved catalogs, fetched again, and the installed services).
    void start();
    bool isStarted() const { return m_started; }

    Settings *settings() const { return m_settings; }
    Discovery::ServiceBrowser *browser() const { return m_browser.get(); }
    Discovery::MicrocloudModel *microclouds() const { return m_microclouds.get(); }
    Contribution::ShareEngine *shareEngine() const { return m_shareEngine.get(); }
    Services::CatalogLibrary *catalogs() const { return m_catalogs.get(); }
    Services::ServiceManager *services() const { return m_services.get(); }
    // What the Rewards page shows (the node's receipts, the ledger's answers, the sync); null when absent.
    Ledger::RewardsSource *rewards() const { return m_rewards.get(); }
    // Sets the rewards source (rewardsChanged(): the main window's status bar and Rewards page follow it).
    void setRewardsSource(std::unique_ptr<Ledger::RewardsSource> rewards);
    // The app's own rewards: a LedgerSync on the outbox (empty: the default file), fed by LedgerWiring with
    // the ledger address and hourly receipts from the Share capability's metering once start() runs.
    // Before start(); cloudy-desktop calls it after its window's first paint (opening the outbox loads SQLite
    // and Qt's driver for it). An outbox that cannot be opened is logged and leaves Rewards empty.
    void enableLedger(const QString &outboxPath = {});
    LedgerWiring *ledgerWiring() const { return m_ledgerWiring.get(); }

Q_SIGNALS:
    // After start(): what the engine loaded can be shown now.
    void started();
    // rewards() is another source now (setRewardsSource(), enableLedger()).
    void rewardsChanged();

private:
    void addAdvertisedCatalogs();

    Settings *m_settings;
    std::unique_ptr<Discovery::ServiceBrowser> m_browser;
    std::unique_ptr<Discovery::MicrocloudModel> m_microclouds;
    std::unique_ptr<Discovery::RttProber> m_prober;
    std::unique_ptr<Contribution::ShareEngine> m_shareEngine;
    std::unique_ptr<Services::CatalogLibrary> m_catalogs;
    std::unique_ptr<Services::ServiceManager> m_services;
    std::unique_ptr<Ledger::RewardsSource> m_rewards;
    std::unique_ptr<LedgerWiring> m_ledgerWiring;
    QTimer m_catalogScan;
    bool m_started = false;
};

} // namespace Cloudy::Desktop
