// SPDX-License-Identifier: GPL-3.0-or-later
#include "TxtRecord.h"

#include "DiscoveredService.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Cloudy::Discovery {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Discovery)
};

bool isValidKey(QByteArrayView key)
{
    if (key.isEmpty())
        return false;
    for (const char c : key) {
        if (c < 0x20 || c > 0x7e || c == '=')
            return false;
    }
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

Result<QList<QByteArray>> splitTxtRdata(QByteArrayView rdata)
{
    if (rdata.size() > kMaxTxtBytes)
        return Error {QStringLiteral("txt-too-large"),
                      Tr::tr("A TXT record of %1 bytes is larger than the %2 bytes accepted.")
                          .arg(rdata.size())
                          .arg(kMaxTxtBytes)};
    QList<QByteArray> strings;
    qsizetype offset = 0;
    while (offset < rdata.size()) {
        const auto length = static_cast<unsigned char>(rdata[offset]);
        ++offset;
        if (offset + length > rdata.size())
            return Error {QStringLiteral("txt-truncated"),
                          Tr::tr("A TXT record ends in the middle of a string.")};
        strings.append(rdata.sliced(offset, length).toByteArray());
        offset += length;
    }
    return strings;
}

Result<TxtEntries> parseTxtStrings(const QList<QByteArray> &strings, QStringList *rejected)
{
    qsizetype total = 0;
    for (const QByteArray &string : strings)
        total += string.size() + 1;
    if (total > kMaxTxtBytes)
        return Error {QStringLiteral("txt-too-large"),
                      Tr::tr("A TXT record of %1 bytes is larger than the %2 bytes accepted.")
                          .arg(total)
                          .arg(kMaxTxtBytes)};

    TxtEntries entries;
    for (const QByteArray &string : strings) {
        if (string.isEmpty())
            continue; // an empty record is one empty string (RFC 6763 6.1)
        const qsizetype equals = string.indexOf('=');
        const QByteArrayView key = equals < 0 ? QByteArrayView(string) : QByteArrayView(string).first(equals);
        if (!isValidKey(key)) {
            if (rejected)
                rejected->append(
                    Tr::tr("TXT string with an invalid key skipped: %1").arg(txtValueText(string)));
            continue;
        }
        const QString name = QString::fromLatin1(key).toLower();
        if (entries.contains(name))
            continue; // the first occurrence wins (RFC 6763 6.4)
        entries.insert(name, equals < 0 ? QByteArray() : string.mid(equals + 1));
    }
    return entries;
}

QList<QByteArray> txtStrings(const TxtEntries &entries)
{
    QList<QByteArray> strings;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        strings.append(it.value().isNull() ? it.key().toLatin1() : it.key().toLatin1() + '=' + it.value());
    return strings;
}

QString txtValueText(const QByteArray &value)
{
    if (isValidUtf8(value))
        return QString::fromUtf8(value);
    return QStringLiteral("0x") + QString::fromLatin1(value.toHex());
}

} // namespace Cloudy::Discovery
