// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/virt/: the libvirt handle behind a Connection, for the other classes of this folder.

#include "VirtConnection.h"
#include "VirtHandles.h"

namespace Cloudy::Virt {

struct Connection::Private
{
    ConnectHandle handle;
};

// The raw connection of an open Connection (never null).
inline virConnectPtr rawConnection(const Connection &connection)
{
    return connection.d()->handle.get();
}

} // namespace Cloudy::Virt
