// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/virt/: the libvirt handle behind a Domain, and error helpers shared by this folder.

#include "Domain.h"
#include "VirtHandles.h"

namespace Cloudy::Virt {

struct Domain::Private
{
    DomainHandle handle;
    // Kept, not asked for each time: every libvirt call (virDomainGetName too) clears the thread's last
    // error, so asking for the name while reporting an error would lose the error.
    QString name;
};

// Takes ownership of a domain reference (from a lookup, define or list call).
inline Domain wrapDomain(virDomainPtr raw)
{
    auto d = std::make_shared<Domain::Private>();
    d->handle.reset(raw);
    const char *name = raw ? virDomainGetName(raw) : nullptr;
    d->name = name ? QString::fromUtf8(name) : QString();
    return Domain(std::move(d));
}

inline virDomainPtr rawDomain(const Domain &domain)
{
    return domain.d() ? domain.d()->handle.get() : nullptr;
}

// "CONTEXT: libvirt's message", with code, from the last libvirt error of this thread.
Error libvirtFailure(const QString &code, const QString &context);
// libvirt's virErrorNumber of the last error on this thread (0 when none).
int lastErrorCode();

} // namespace Cloudy::Virt
