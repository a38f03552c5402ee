// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Cloudy::Discovery {

// What people should read for a DNS-SD service type. Known types (community services, the Cloudy distro's
// own) get a friendly label and an icon name; unknown ones are shown by their type.
struct ServiceTypeInfo
{
    QString label; // "Tahoe-LAFS storage"
    QString iconName; // a file in resources/icons/services/ without extension, "generic" when unknown
    bool web = false; // serves a web page: the Nearby page offers Open
    bool known = false;
};

ServiceTypeInfo serviceTypeInfo(const QString &type);

// "_cloudy._tcp": a Cloudy Desktop microcloud node (see docs/discovery.md).
inline constexpr char kCloudyNodeType[] = "_cloudy._tcp";
// "_tincvpn._tcp": announced by every Cloudy distro node.
inline constexpr char kTincType[] = "_tincvpn._tcp";

} // namespace Cloudy::Discovery
