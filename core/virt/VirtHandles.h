// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII owners for libvirt's C handles: the one place where their lifetimes are decided. Only core/virt/
// includes libvirt headers; the rest of core sees these aliases through virt/ classes.

#include "Libvirt.h"

#include <memory>

namespace Cloudy::Virt {

struct ConnectCloser
{
    void operator()(virConnectPtr connection) const { virConnectClose(connection); }
};
struct DomainFreer
{
    void operator()(virDomainPtr domain) const { virDomainFree(domain); }
};
struct NetworkFreer
{
    void operator()(virNetworkPtr network) const { virNetworkFree(network); }
};
struct StoragePoolFreer
{
    void operator()(virStoragePoolPtr pool) const { virStoragePoolFree(pool); }
};
struct StorageVolFreer
{
    void operator()(virStorageVolPtr volume) const { virStorageVolFree(volume); }
};
struct StreamFreer
{
    void operator()(virStreamPtr stream) const { virStreamFree(stream); }
};
// Strings that libvirt allocates with malloc and the caller must free().
struct CStringFreer
{
    void operator()(char *text) const { free(text); } // NOLINT(cppcoreguidelines-no-malloc)
};

using ConnectHandle = std::unique_ptr<virConnect, ConnectCloser>;
using DomainHandle = std::unique_ptr<virDomain, DomainFreer>;
using NetworkHandle = std::unique_ptr<virNetwork, NetworkFreer>;
using StoragePoolHandle = std::unique_ptr<virStoragePool, StoragePoolFreer>;
using StorageVolHandle = std::unique_ptr<virStorageVol, StorageVolFreer>;
using StreamHandle = std::unique_ptr<virStream, StreamFreer>;
using CString = std::unique_ptr<char, CStringFreer>;

} // namespace Cloudy::Virt
