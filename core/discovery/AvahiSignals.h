// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TxtRecord.h"
#include "platform/Result.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QVariantList>

// The arguments of avahi-daemon's D-Bus signals, checked and turned into values: pure functions, so
// AvahiBrowser's validation is tested offline (tests/unit/tst_avahibrowser_unit.cpp). Each function takes
// QDBusMessage::arguments() of one signal; "aay" may be a QDBusArgument (as received) or a QByteArrayList.
namespace Cloudy::Discovery {

// Avahi's numbers (avahi-common/address.h), the same over D-Bus.
inline constexpr int kAvahiIfUnspec = -1;
inline constexpr int kAvahiProtoUnspec = -1;
inline constexpr int kAvahiProtoInet = 0;
inline constexpr int kAvahiProtoInet6 = 1;

// ServiceTypeBrowser ItemNew / ItemRemove: (interface i, protocol i, type s, domain s, flags u).
struct AvahiTypeItem
{
    int interfaceIndex = kAvahiIfUnspec;
    int protocol = kAvahiProtoUnspec;
    QString type;
    QString domain;
};
Result<AvahiTypeItem> parseAvahiTypeItem(const QVariantList &arguments);

// ServiceBrowser ItemNew / ItemRemove: (interface i, protocol i, name s, type s, domain s, flags u).
struct AvahiServiceItem
{
    int interfaceIndex = kAvahiIfUnspec;
    int protocol = kAvahiProtoUnspec;
    QString name;
    QString type;
    QString domain;
    quint32 flags = 0;
};
Result<AvahiServiceItem> parseAvahiServiceItem(const QVariantList &arguments);

// ServiceResolver Found: (interface i, protocol i, name s, type s, domain s, host s, aprotocol i,
// address s, port q, txt aay, flags u).
struct AvahiResolvedService
{
    int interfaceIndex = kAvahiIfUnspec;
    int protocol = kAvahiProtoUnspec;
    QString name;
    QString type;
    QString domain;
    QString hostName;
    QHostAddress address;
    quint16 port = 0;
    TxtEntries txt;
    QStringList skippedTxt; // TXT strings left out (invalid key), one sentence each
};
Result<AvahiResolvedService> parseAvahiResolverFound(const QVariantList &arguments);

// Checks on text that came from the network. An instance name is one DNS label (at most 63 bytes of
// UTF-8) of printable Unicode; a host name at most 255 bytes; a type is "_name._tcp" or "_name._udp".
// Text decoded from invalid UTF-8 carries U+FFFD and is refused.
bool isAcceptableInstanceName(const QString &name);
bool isAcceptableHostName(const QString &name);
bool isAcceptableServiceType(const QString &type);
bool isAcceptableDomain(const QString &domain);

// Avahi's protocol number as Qt's: INET6 is IPv6, everything else (INET, UNSPEC) IPv4.
QAbstractSocket::NetworkLayerProtocol protocolFromAvahi(int protocol);

} // namespace Cloudy::Discovery
