// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

// DNS-SD TXT records (RFC 6763 section 6): pure functions shared by both discovery backends.
namespace Cloudy::Discovery {

using TxtEntries = QMap<QString, QByteArray>;

// Splits TXT rdata (a sequence of length-prefixed strings) into its strings. An error when a length runs
// past the end or the record is larger than kMaxTxtBytes.
Result<QList<QByteArray>> splitTxtRdata(QByteArrayView rdata);

// Turns TXT strings into entries. Keys are printable US-ASCII without '=' and are compared
// case-insensitively, so they are stored lowercased; the first occurrence of a key wins. "key" alone
// (a boolean attribute) gives a null QByteArray, "key=" an empty one. Strings with an invalid key are
// skipped and reported in *rejected (one sentence each). An error when the whole record is larger than
// kMaxTxtBytes.
Result<TxtEntries> parseTxtStrings(const QList<QByteArray> &strings, QStringList *rejected = nullptr);

// The inverse, for tests and announcements: "key=value" strings (a null value gives "key").
QList<QByteArray> txtStrings(const TxtEntries &entries);

// A value for people: the text when it is valid UTF-8, otherwise "0x" and hex digits.
QString txtValueText(const QByteArray &value);

bool isValidUtf8(QByteArrayView bytes);

} // namespace Cloudy::Discovery
