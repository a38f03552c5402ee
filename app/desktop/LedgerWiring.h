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
// signed with the node's key from the keyring (or from the passphrase key file the user unlocked). The key
// is read off the GUI thread (a locked keyring can take seconds to answer, a key file's Argon2id a fraction
// of one). Without a usable key nothing is issued: the hours stay in the metering store and become receipts
// once there is one.
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
    // The identity lives in a passphrase key file (no keyring) and the passphrase is not known (or was
    // wrong): receipts wait, the hours stay metered, until unlock() gets the right one.
    bool needsPassphrase() const { return m_needsPassphrase; }
    // Keeps the key file's passphrase in memory for this session (wiped at exit) and signs with it now.
    void unlock(const QByteArray &passphrase);

Q_SIGNALS:
    // A round of issuing ended: how many receipts were issued, or why none could be.
    void issued(int count, const QString &problem);
    // needsPassphrase() changed (wrong: the passphrase unlock() was given does not open the key file).
    void passphraseStateChanged(bool needed, bool wrong);

private:
    void applyLedger();
    void issueWithKey(const QByteArray &publicKey, const QByteArray &secretKey, const QString &problem,
                      const QString &problemCode);

    Ledger::LedgerSync *m_sync;
    Settings *m_settings;
    Contribution::ShareEngine *m_engine;
    Discovery::MicrocloudModel *m_microclouds;
    QTimer m_hourly;
    QTimer m_ledgerScan;
    QString m_appliedUrl;
    QString m_appliedPin;
    QString m_lastProblem;
    QByteArray m_passphrase; // a key file's, once the user gave it; wiped in the destructor
    bool m_needsPassphrase = false;
    bool m_again = false; // issueNow() was called while a round was loading the key
    std::atomic<bool> m_loading = false;
};

} // namespace Cloudy::Desktop
