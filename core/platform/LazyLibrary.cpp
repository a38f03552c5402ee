// SPDX-License-Identifier: GPL-3.0-or-later
#include "LazyLibrary.h"

#include "PlatformLog.h"

#include <QCoreApplication>

#include <dlfcn.h>

namespace Cloudy {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::LazyLibrary)
};

} // namespace

void *LazyLibrary::handle() const
{
    void *handle = m_handle.load(std::memory_order_acquire);
    if (handle)
        return handle;
    // dlopen() counts references: a second thread opening it too gets the same handle.
    handle = dlopen(m_soname, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        qFatal("%s", qPrintable(Tr::tr("Cloudy cannot work without the library %1, which could not be loaded "
                                       "(%2). Reinstall Cloudy Desktop with its dependencies.")
                                    .arg(QString::fromUtf8(m_soname), QString::fromLocal8Bit(why))));
    }
    qCDebug(lcPlatform) << "loaded" << m_soname;
    m_handle.store(handle, std::memory_order_release);
    return handle;
}

void *LazyLibrary::symbol(const char *name) const
{
    void *address = dlsym(handle(), name);
    if (!address) {
        qFatal("%s",
               qPrintable(Tr::tr("The library %1 has no function %2: Cloudy needs a newer version of it.")
                              .arg(QString::fromUtf8(m_soname), QString::fromUtf8(name))));
    }
    return address;
}

} // namespace Cloudy
