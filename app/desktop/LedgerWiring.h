// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>

namespace Cloudy {
class Settings;
namespace Contribution {
class ShareEngine;
}
namespace Discovery {
class MicrocloudModel;
struct MicrocloudInfo;
} // namespace Discovery
namespace Ledger {
class LedgerSync;
}
} // namespace Cloudy

namespace Cloudy::Desktop {

// The ledger a node syncs with: the Ledger URL setting when set, else the `ledger=` of the chosen
// microcloud's _cloudy._tcp TXT record; empty when neither is known (receipts are then only recorded). Pure.
QString chooseLedgerUrl(const QString &settingUrl, const QString &microcloudId,
                        const QList<Discovery::MicrocloudInfo> &microclouds);

// Feeds the desktop's LedgerSync: the ledger address (from the settings or the chosen microcloud, followed
// as they change), the node id, and every hour the receipts of the hours the Share capability metered,
// signed with the node's key from the keyring. The keyring is read off the GUI thread (a locked keyring can
// take seconds to answer). Without an identity nothing is issued: the hours stay in the metering store and
// become receipts once an identity exists.
class LedgerWiring final : public QObject
{
    Q_OBJECT

public:
    LedgerWiring(Ledger::LedgerSync *sync, Settings *settings, Contribution::ShareEngine *engine,
                 Discovery::MicrocloudModel *microclouds, QObject *parent = nullptr);
    ~LedgerWiring() override;

    void start();
    // Loads the key and issues the receipts of the completed hours now (also hourly once started).
    void issueNow();
    QString lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    // A round of issuing ended: how many receipts were issued, or why none could be.
    void issued(int count, const QString &problem);

private:
    void applyLedger();
    void issueWithKey(const QByteArray &publicKey, const QByteArray &secretKey, const QString &problem);

    Ledger::LedgerSync *m_sync;
    Settings *m_settings;
    Contribution::ShareEngine *m_engine;
    Discovery::MicrocloudModel *m_microclouds;
    QTimer m_hourly;
    QTimer m_ledgerScan;
    QString m_appliedUrl;
    QString m_appliedPin;
    QString m_lastProblem;
    std::atomic<bool> m_loading = false;
};

} // namespace Cloudy::Desktop
