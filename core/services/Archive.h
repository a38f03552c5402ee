// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Service bundles are tar archives read with libarchive (never unpacked by hand: libarchive has the
// secure-extraction flags). This header grows into the bundle installer.
namespace Cloudy::Services {

// "libarchive 3.6.2 zlib/1.2.13 liblzma/5.4.1 ..." as the library reports itself.
QString libarchiveVersion();

} // namespace Cloudy::Services
