// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Trust on first use, pinned (docs/services-formats.md "Trust"): the publisher key the user accepted for a
// place (a microcloud id, or the origin of a catalog added by URL). A small JSON file in Paths::dataDir(),
// shared by the three programs, written atomically.
namespace Cloudy::Services {

struct PinnedKey
{
    QString place; // "microcloud:ID" or "origin:https://host[:port]"
    QString publisher; // the publisher name when the key was trusted
    QByteArray publicKey; // 32 raw bytes
    QDateTime trustedAt; // UTC

    QString fingerprint() const;
};

struct TrustCheck
{
    enum class Verdict
    {
        Trusted, // the pinned key
        NewPublisher, // nothing pinned here yet: ask the user
        DifferentKey, // another key is pinned here: refuse (error says so)
        Unavailable, // the trust file cannot be read: refuse (error says why)
    };
    Verdict verdict = Verdict::NewPublisher;
    QString fingerprint; // of the key that was checked
    std::optional<PinnedKey> pinned;
    Error error; // for DifferentKey and Unavailable
};

class CatalogTrust
{
public:
    // fileName empty: defaultFileName().
    explicit CatalogTrust(const QString &fileName = {});

    static QString defaultFileName(); // Paths::dataDir()/catalog-trust.json
    static QString placeForMicrocloud(const QString &microcloudId);
    // "origin:" + scheme://host[:port], the port only when it is not the scheme's default.
    static QString placeForUrl(const QUrl &url);

    QString fileName() const { return m_fileName; }
    // Re-reads the file (another program may have changed it).
    void reload();
    // Why the file could not be read, if it could not.
    std::optional<Error> problem() const { return m_problem; }

    QList<PinnedKey> pinnedKeys() const { return m_keys; }
    std::optional<PinnedKey> lookup(const QString &place) const;
    TrustCheck check(const QString &place, const QString &publisher, const QByteArray &publicKey) const;

    // Pins publicKey to place, replacing what was there (the caller decided: a new key needs forget() first
    // in the user interface). Writes the file.
    Result<bool> trust(const QString &place, const QString &publisher, const QByteArray &publicKey);
    // Removes the pin of place; true whether or not one existed.
    Result<bool> forget(const QString &place);

private:
    Result<bool> save() const;

    QString m_fileName;
    QList<PinnedKey> m_keys;
    std::optional<Error> m_problem;
};

// The refusal of the doc: "The catalog of P is now signed by a different key (fingerprint N) than the one you
// trusted (O). ..."
Error differentKeyError(const QString &publisher, const QString &newFingerprint,
                        const QString &pinnedFingerprint);

} // namespace Cloudy::Services
