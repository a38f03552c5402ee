// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerWiring.h"

#include "DesktopLog.h"
#include "OffThread.h"
#include "contribution/ShareEngine.h"
#include "discovery/MicrocloudModel.h"
#include "identity/NodeIdentity.h"
#include "ledger/LedgerSync.h"
#include "ledger/ReceiptBuilder.h"
#include "metering/UsageStore.h"
#include "platform/Crypto.h"
#include "platform/Secrets.h"
#include "platform/Settings.h"

#include <utility>

namespace Cloudy::Desktop {

namespace {

// The node's key as the keyring thread hands it over; the secret is wiped with the last copy.
struct LoadedKey
{
    QByteArray publicKey;
    QByteArray secretKey;
    QString problem;
    QString problemCode;
    LoadedKey() = default;
    LoadedKey(const LoadedKey &) = default;
    LoadedKey(LoadedKey &&) = default;
    LoadedKey &operator=(const LoadedKey &) = default;
    LoadedKey &operator=(LoadedKey &&) = default;
    ~LoadedKey() { Crypto::wipe(secretKey); }
};

// How far back a first round looks for metered hours without a receipt (the store keeps hours forever).
constexpr qint64 kLookBackDays = 366;

} // namespace

QString chooseLedgerUrl(const QString &settingUrl, const QString &microcloudId,
                        const QList<Discovery::MicrocloudInfo> &microclouds)
{
    if (!settingUrl.trimmed().isEmpty())
        return settingUrl.trimmed();
    if (microcloudId.isEmpty())
        return {};
    for (const Discovery::MicrocloudInfo &microcloud : microclouds) {
        if (microcloud.id != microcloudId)
            continue;
        const QList<QByteArray> ledgers = Discovery::announcedValues(microcloud, QStringLiteral("ledger"));
        if (!ledgers.isEmpty())
            return QString::fromUtf8(ledgers.constFirst()).trimmed();
    }
    return {};
}

LedgerWiring::LedgerWiring(Ledger::LedgerSync *sync, Settings *settings, Contribution::ShareEngine *engine,
                           Discovery::MicrocloudModel *microclouds, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_settings(settings)
    , m_engine(engine)
    , m_microclouds(microclouds)
{
    m_hourly.setInterval(3600 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, &LedgerWiring::issueNow);
    // Discovery answers in bursts: look for the microcloud's ledger shortly after they settle.
    m_ledgerScan.setSingleShot(true);
    m_ledgerScan.setInterval(500);
    connect(&m_ledgerScan, &QTimer::timeout, this, &LedgerWiring::applyLedger);
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::LedgerUrl || key == Settings::Key::LedgerPin)
            applyLedger();
    });
    if (m_microclouds) {
        const auto scanSoon = [this] { m_ledgerScan.start(); };
        connect(m_microclouds, &QAbstractItemModel::rowsInserted, this, scanSoon);
        connect(m_microclouds, &QAbstractItemModel::dataChanged, this, scanSoon);
        connect(m_microclouds, &QAbstractItemModel::modelReset, this, scanSoon);
    }
    if (m_engine)
        connect(m_engine, &Contribution::ShareEngine::policyChanged, this, [this] { m_ledgerScan.start(); });
}

LedgerWiring::~LedgerWiring()
{
    Crypto::wipe(m_passphrase);
}

void LedgerWiring::unlock(const QByteArray &passphrase)
{
    Crypto::wipe(m_passphrase);
    m_passphrase = passphrase;
    m_passphrase.detach();
    issueNow();
}

void LedgerWiring::start()
{
    applyLedger();
    m_sync->setAutomatic(true);
    m_hourly.start();
    issueNow();
}

void LedgerWiring::applyLedger()
{
    const QString microcloud = m_engine ? m_engine->policy().microcloudId : QString();
    const QString url =
        chooseLedgerUrl(m_settings->value(Settings::Key::LedgerUrl).toString(), microcloud,
                        m_microclouds ? m_microclouds->snapshot() : QList<Discovery::MicrocloudInfo>());
    const QString pin = m_settings->value(Settings::Key::LedgerPin).toString();
    if (url == m_appliedUrl && pin == m_appliedPin)
        return;
    const Result<bool> set = m_sync->setLedger(url, pin);
    if (!set) {
        qCWarning(lcDesktop) << "ledger not used:" << set.error().message;
        m_lastProblem = set.error().message;
        return;
    }
    m_appliedUrl = url;
    m_appliedPin = pin;
    qCInfo(lcDesktop) << "ledger" << (url.isEmpty() ? QStringLiteral("(none)") : url);
}

void LedgerWiring::issueNow()
{
    if (m_loading.exchange(true)) {
        m_again = true; // e.g. a passphrase arrived while the previous round was loading without it
        return;
    }
    // The keyring is read in a thread of its own; the answer comes back to this object's thread.
    QByteArray passphrase = m_passphrase;
    passphrase.detach(); // the worker's own copy, wiped there
    runOffThread<LoadedKey>(
        this,
        [passphrase]() mutable {
            Secrets secrets;
            Result<Crypto::SigningKeyPair> key = Identity::loadSigningKey(secrets, passphrase);
            Crypto::wipe(passphrase);
            LoadedKey loaded;
            if (key) {
                loaded.publicKey = key->publicKey;
                loaded.secretKey = key.value().secretKey;
                Crypto::wipe(key.value().secretKey);
            } else {
                loaded.problem = key.error().message;
                loaded.problemCode = key.error().code;
            }
            return loaded;
        },
        [this](const LoadedKey &loaded) {
            if (std::exchange(m_again, false)) {
                m_loading = false;
                return issueNow();
            }
            issueWithKey(loaded.publicKey, loaded.secretKey, loaded.problem, loaded.problemCode);
        });
}

void LedgerWiring::issueWithKey(const QByteArray &publicKey, const QByteArray &secretKey,
                                const QString &problem, const QString &problemCode)
{
    m_loading = false;
    const bool wrong = problemCode == QLatin1String("wrong-passphrase");
    const bool needed = wrong || problemCode == QLatin1String("passphrase-needed");
    if (wrong)
        Crypto::wipe(m_passphrase);
    if (needed != m_needsPassphrase || wrong) {
        m_needsPassphrase = needed;
        Q_EMIT passphraseStateChanged(needed, wrong);
    }
    if (publicKey.isEmpty()) {
        m_lastProblem = problem;
        qCInfo(lcDesktop) << "no receipts issued:" << problem;
        Q_EMIT issued(0, problem);
        return;
    }
    m_lastProblem.clear(); // the key is there: what stopped an earlier round is gone
    m_sync->setNodeId(Ledger::nodeIdOf(publicKey));
    Metering::UsageStore *store = m_engine ? m_engine->usageStore() : nullptr;
    if (!store || !store->isOpen()) {
        Q_EMIT issued(0, QString());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<Metering::HourlyUsage>> hours = store->hours(now.addDays(-kLookBackDays), now);
    if (!hours) {
        m_lastProblem = hours.error().message;
        Q_EMIT issued(0, m_lastProblem);
        return;
    }
    const Sharing::ResourceCaps peak = m_engine->policy().peakCaps();
    const Sharing::HostCapacity capacity = m_engine->capacity();
    Ledger::DonatedCaps caps;
    caps.vcpus = quint32(qMax(1, peak.vcpus));
    caps.memoryMiB = quint64(qMax(0, peak.memoryMiB));
    caps.diskMiB = quint64(qMax(0, peak.diskGiB)) * 1024;
    caps.hostVcpus = quint32(qMax(capacity.cores, 1));
    caps.hostMemoryMiB = quint64(qMax<qint64>(capacity.memoryMiB, 0));
    const Crypto::SigningKeyPair key {publicKey, secretKey};
    const Result<int> issued = m_sync->issueReceipts(hours.value(), caps, m_engine->policy().microcloudId,
                                                     key, now.toMSecsSinceEpoch());
    if (!issued) {
        m_lastProblem = issued.error().message;
        qCWarning(lcDesktop) << "issuing receipts failed:" << m_lastProblem;
        Q_EMIT this->issued(0, m_lastProblem);
        return;
    }
    m_lastProblem.clear();
    qCInfo(lcDesktop) << "issued" << issued.value() << "receipts";
    Q_EMIT this->issued(issued.value(), QString());
}

} // namespace Cloudy::Desktop
