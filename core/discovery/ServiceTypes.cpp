// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceTypes.h"

#include <QCoreApplication>

#include <array>

namespace Cloudy::Discovery {

namespace {

struct KnownType
{
    const char *type;
    const char *label;
    const char *icon;
    bool web;
};

// Community services of the seed, the Cloudy distro's avahi-ps types, and common web types.
constexpr std::array<KnownType, 16> kKnownTypes {{
    {"_cloudy._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Cloudy node"), "cloudy", false},
    {"_tahoe-lafs._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Tahoe-LAFS storage"), "storage", true},
    {"_tahoeintro._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Tahoe-LAFS introducer"), "storage", false},
    {"_syncthing._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Syncthing"), "sync", false},
    {"_peerstreamer._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "PeerStreamer video"), "video", false},
    {"_owncloud._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "ownCloud"), "cloud", true},
    {"_bittorrent-tracker._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "BitTorrent tracker"), "torrent",
     true},
    {"_bittorrent._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "BitTorrent seeder"), "torrent", false},
    {"_tincvpn._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Tinc VPN (Cloudy node)"), "vpn", false},
    {"_snpservice._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "SNP service"), "generic", false},
    {"_dnsservice._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "DNS service"), "dns", false},
    {"_proxy3._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Web proxy"), "proxy", false},
    {"_owp._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "OWP measurement"), "generic", false},
    {"_http._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Web page"), "web", true},
    {"_https._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "Secure web page"), "web", true},
    {"_ssh._tcp", QT_TRANSLATE_NOOP("Cloudy::Discovery", "SSH"), "terminal", false},
}};

} // namespace

ServiceTypeInfo serviceTypeInfo(const QString &type)
{
    for (const KnownType &known : kKnownTypes) {
        if (type.compare(QLatin1String(known.type), Qt::CaseInsensitive) == 0)
            return {QCoreApplication::translate("Cloudy::Discovery", known.label),
                    QString::fromLatin1(known.icon), known.web, true};
    }
    return {type, QStringLiteral("generic"), false, false};
}

} // namespace Cloudy::Discovery
