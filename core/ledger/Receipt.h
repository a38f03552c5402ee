// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

// The entries of the community ledger (docs/ledger-protocol.md) as values, with pure functions for their
// canonical bytes, signatures and JSON wire form. Nodes, ledgerd and tests all build on these.
namespace Cloudy::Ledger {

inline constexpr quint8 kProtocolVersion = 1;
inline constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1; // what JSON numbers carry exactly
inline constexpr qint64 kMinPeriodMs = 1000;
inline constexpr qint64 kMaxPeriodMs = 24 * 3600 * 1000;
inline constexpr quint32 kMaxVcpus = 1024;
inline constexpr qsizetype kMaxMicrocloudBytes = 255;
inline constexpr qsizetype kMaxMemoBytes = 200;

// What every entry has: its place in the signer's chain.
struct ChainHeader
{
    QByteArray publicKey; // 32 raw bytes (Ed25519)
    quint64 seq = 0; // 1, 2, …
    QByteArray prev = QByteArray(32, '\0'); // BLAKE2b-256 of the previous entry's canonical bytes
    QByteArray signature; // 64 raw bytes over the canonical bytes; empty until signed

    friend bool operator==(const ChainHeader &, const ChainHeader &) = default;
};

// What a node donated during one period.
struct Receipt
{
    ChainHeader header;
    qint64 fromMs = 0; // UTC, ms since the epoch
    qint64 toMs = 0;
    quint32 vcpus = 0;
    quint32 hostVcpus = 0;
    quint64 memoryMiB = 0;
    quint64 hostMemoryMiB = 0;
    quint64 diskMiB = 0;
    quint64 coreMs = 0; // core-milliseconds
    quint64 memoryMiBSeconds = 0;
    quint64 diskMiBSeconds = 0;
    quint64 uptimeMs = 0;
    QString microcloud;

    qint64 periodMs() const { return toMs - fromMs; }
    friend bool operator==(const Receipt &, const Receipt &) = default;
};

// Credits one node gives another, signed by the payer.
struct Transfer
{
    ChainHeader header;
    qint64 timeMs = 0;
    QByteArray payee; // the payee's node id as 32 raw bytes
    quint64 amountMillicredits = 0;
    QString memo;

    friend bool operator==(const Transfer &, const Transfer &) = default;
};

using Entry = std::variant<Receipt, Transfer>;

// The node id of a public key: lower-case hex of BLAKE2b-256(key), 64 characters.
QString nodeIdOf(const QByteArray &publicKey);
QByteArray nodeIdBytesOf(const QByteArray &publicKey);
bool isNodeId(const QString &text);

const ChainHeader &headerOf(const Entry &entry);
ChainHeader &headerOf(Entry &entry);
bool isReceipt(const Entry &entry);

// The canonical bytes (section 2 of the protocol): what is signed and hashed. The signature is not part of
// them. Values are written as they are; checkPlausible() and decodeEntry() hold the rules.
QByteArray canonicalBytes(const Entry &entry);
// The entry hash: BLAKE2b-256 of the canonical bytes (what the next entry's prev holds).
QByteArray entryHash(const Entry &entry);
// Reads canonical bytes back (without signature). Refuses every other encoding.
Result<Entry> decodeEntry(const QByteArray &bytes);

// Signs in place with a 64-byte secret key whose public half is the header's public key.
bool signEntry(Entry &entry, const QByteArray &secretKey);
bool verifyEntry(const Entry &entry);
// The same with the entry's canonical bytes already at hand (canonicalBytes(entry)): they are not made again.
bool verifyEntry(const Entry &entry, QByteArrayView canonical);

// The rules on amounts and periods that need no ledger state (code "implausible-amounts").
Result<bool> checkPlausible(const Entry &entry);

// The JSON wire form (section 3). entryToJson adds "node" and "hash" when withDerived is set.
QJsonObject entryToJson(const Entry &entry, bool withDerived = false);
Result<Entry> entryFromJson(const QJsonObject &object);

} // namespace Cloudy::Ledger
