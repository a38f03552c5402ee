// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Cloudy::Discovery {

// Limits that keep memory bounded whatever the network sends (documented in docs/discovery.md).
inline constexpr int kMaxTrackedServices = 4096; // resolved service observations per browser
inline constexpr int kMaxServiceTypes = 512; // distinct types from _services._dns-sd._udp
inline constexpr int kMaxTxtBytes = 8192; // a TXT record larger than this is rejected
inline constexpr int kMaxAddressesPerService = 16;

// A DNS-SD service instance: "<name>.<type>.<domain>", e.g. "Gràcia Tahoe._tahoe-lafs._tcp.local".
struct ServiceKey
{
    QString name; // instance name, any UTF-8
    QString type; // "_tahoe-lafs._tcp"
    QString domain; // "local"

    friend bool operator==(const ServiceKey &, const ServiceKey &) = default;
};
inline size_t qHash(const ServiceKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.name, key.type, key.domain);
}

// One resolved service as one browser saw it on one interface and address family. The same service seen
// on two interfaces, or over IPv4 and IPv6, gives two observations with the same key; MicrocloudModel
// merges them.
struct DiscoveredService
{
    ServiceKey key;
    QString hostName; // target host, e.g. "mc1.local" or Cloudy's "node2.guifi.local"
    QList<QHostAddress> addresses; // of hostName, as resolved
    quint16 port = 0;
    QMap<QString, QByteArray> txt; // keys lowercased (DNS-SD keys are case-insensitive); see TxtRecord.h
    int interfaceIndex = -1; // index in the browsing host's (or avahi-daemon's) network namespace
    QString interfaceName; // "eth0", "tinc-guifi"... (as the daemon names it)
    QAbstractSocket::NetworkLayerProtocol protocol = QAbstractSocket::IPv4Protocol; // family it was seen on
    QDateTime lastSeen; // UTC

    // Identifies this observation among all a browser reports: key + interface + family.
    QString observationId() const
    {
        return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(key.name, key.type, key.domain)
            .arg(interfaceIndex)
            .arg(protocol == QAbstractSocket::IPv6Protocol ? 6 : 4);
    }
};

} // namespace Cloudy::Discovery

Q_DECLARE_METATYPE(Cloudy::Discovery::DiscoveredService)
