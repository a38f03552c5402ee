// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogTrust.h"

#include "ServicesLog.h"
#include "platform/Crypto.h"
#include "platform/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::CatalogTrust)
};

constexpr int kTrustFileFormat = 1;

} // namespace

QString PinnedKey::fingerprint() const
{
    return Crypto::keyFingerprint(publicKey);
}

CatalogTrust::CatalogTrust(const QString &fileName)
    : m_fileName(fileName.isEmpty() ? defaultFileName() : fileName)
{
    reload();
}

QString CatalogTrust::defaultFileName()
{
    return Paths::dataDir() + QStringLiteral("/catalog-trust.json");
}

QString CatalogTrust::placeForMicrocloud(const QString &microcloudId)
{
    return QStringLiteral("microcloud:") + microcloudId;
}

QString CatalogTrust::placeForUrl(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    const int defaultPort = origin.scheme() == QLatin1String("https")  ? 443
                            : origin.scheme() == QLatin1String("http") ? 80
                                                                       : -1;
    if (url.port() != -1 && url.port() != defaultPort)
        origin.setPort(url.port());
    return QStringLiteral("origin:") + origin.toString(QUrl::FullyEncoded);
}

void CatalogTrust::reload()
{
    m_keys.clear();
    m_problem.reset();
    QFile file(m_fileName);
    if (!file.exists())
        return; // nobody trusted anything yet
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = Error {
            QStringLiteral("trust-file"),
            Tr::tr("Cannot read the trusted catalog keys in %1: %2.").arg(m_fileName, file.errorString())};
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("format")).toInt() != kTrustFileFormat) {
        // Refuse rather than start afresh: an empty trust store would silently accept a replaced key.
        m_problem =
            Error {QStringLiteral("trust-file"),
                   Tr::tr("The trusted catalog keys in %1 are damaged. Move the file away to start again "
                          "(you will be asked to trust each catalog again).")
                       .arg(m_fileName)};
        return;
    }
    for (const QJsonValue &value : root.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject object = value.toObject();
        PinnedKey key;
        key.place = object.value(QStringLiteral("place")).toString();
        key.publisher = object.value(QStringLiteral("publisher")).toString();
        key.publicKey =
            QByteArray::fromBase64(object.value(QStringLiteral("publicKey")).toString().toLatin1());
        key.trustedAt =
            QDateTime::fromString(object.value(QStringLiteral("trustedAt")).toString(), Qt::ISODate);
        if (key.place.isEmpty() || key.publicKey.size() != Crypto::kPublicKeyBytes) {
            m_problem =
                Error {QStringLiteral("trust-file"),
                       Tr::tr("The trusted catalog keys in %1 are damaged. Move the file away to start "
                              "again (you will be asked to trust each catalog again).")
                           .arg(m_fileName)};
            m_keys.clear();
            return;
        }
        m_keys.append(key);
    }
}

std::optional<PinnedKey> CatalogTrust::lookup(const QString &place) const
{
    for (const PinnedKey &key : m_keys) {
        if (key.place == place)
            return key;
    }
    return std::nullopt;
}

TrustCheck CatalogTrust::check(const QString &place, const QString &publisher,
                               const QByteArray &publicKey) const
{
    TrustCheck result;
    result.fingerprint = Crypto::keyFingerprint(publicKey);
    if (m_problem) {
        result.verdict = TrustCheck::Verdict::Unavailable;
        result.error = *m_problem;
        return result;
    }
    result.pinned = lookup(place);
    if (!result.pinned) {
        result.verdict = TrustCheck::Verdict::NewPublisher;
        return result;
    }
    if (result.pinned->publicKey == publicKey) {
        result.verdict = TrustCheck::Verdict::Trusted;
        return result;
    }
    result.verdict = TrustCheck::Verdict::DifferentKey;
    result.error = differentKeyError(publisher, result.fingerprint, result.pinned->fingerprint());
    qCInfo(lcServices).noquote() << "catalog key changed for" << place << "publisher" << publisher << "new"
                                 << result.fingerprint << "pinned" << result.pinned->fingerprint();
    return result;
}

Result<bool> CatalogTrust::trust(const QString &place, const QString &publisher, const QByteArray &publicKey)
{
    if (m_problem)
        return *m_problem;
    if (publicKey.size() != Crypto::kPublicKeyBytes)
        return Error {QStringLiteral("trust-key"), Tr::tr("That is not an Ed25519 public key.")};
    m_keys.removeIf([&](const PinnedKey &key) { return key.place == place; });
    m_keys.append({place, publisher, publicKey, QDateTime::currentDateTimeUtc()});
    qCInfo(lcServices).noquote() << "trusting catalog key" << Crypto::keyFingerprint(publicKey) << "for"
                                 << place;
    return save();
}

Result<bool> CatalogTrust::forget(const QString &place)
{
    if (m_problem)
        return *m_problem;
    if (m_keys.removeIf([&](const PinnedKey &key) { return key.place == place; }) == 0)
        return true;
    return save();
}

Result<bool> CatalogTrust::save() const
{
    QJsonArray keys;
    for (const PinnedKey &key : m_keys)
        keys.append(QJsonObject {{QStringLiteral("place"), key.place},
                                 {QStringLiteral("publisher"), key.publisher},
                                 {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey.toBase64())},
                                 {QStringLiteral("fingerprint"), key.fingerprint()},
                                 {QStringLiteral("trustedAt"), key.trustedAt.toUTC().toString(Qt::ISODate)}});
    const QJsonObject root {{QStringLiteral("format"), kTrustFileFormat}, {QStringLiteral("keys"), keys}};
    QDir().mkpath(QFileInfo(m_fileName).absolutePath());
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error {
            QStringLiteral("trust-file"),
            Tr::tr("Cannot save the trusted catalog keys in %1: %2.").arg(m_fileName, file.errorString())};
    return true;
}

Error differentKeyError(const QString &publisher, const QString &newFingerprint,
                        const QString &pinnedFingerprint)
{
    return {
        QStringLiteral("catalog-key-changed"),
        Tr::tr("The catalog of %1 is now signed by a different key (fingerprint %2) than the one you trusted "
               "(%3). It may have been tampered with; ask the microcloud's operators before trusting the new "
               "key.")
            .arg(publisher, newFingerprint, pinnedFingerprint)};
}

} // namespace Cloudy::Services
