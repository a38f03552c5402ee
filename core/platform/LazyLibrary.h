// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// C libraries opened on first use instead of at program start. The dynamic loader maps and relocates every
// library a program links, and all that they link, before main(): libvirt alone brings ~40 (GLib, GnuTLS,
// curl, Kerberos...), which cost cloudy-desktop a third of its start to the first painted window although
// nothing of libvirt is needed until the session starts. A library opened this way is not linked at all:
// its functions are LazyFunction objects with the library's own names and signatures, declared in our
// namespace so that unqualified calls in our code find them before the C declarations (see
// core/virt/Libvirt.h). The first call opens the library and resolves that function, once.

#include <atomic>
#include <utility>

namespace Cloudy {

// A shared library by its soname ("libvirt.so.0"), opened the first time one of its symbols is needed and
// never closed. A library that cannot be opened, or lacks a symbol, ends the program with a message (as the
// dynamic loader would have refused to start it): our package depends on it.
class LazyLibrary
{
public:
    constexpr explicit LazyLibrary(const char *soname)
        : m_soname(soname)
    { }
    LazyLibrary(const LazyLibrary &) = delete;
    LazyLibrary &operator=(const LazyLibrary &) = delete;

    const char *soname() const { return m_soname; }
    // Opens the library if needed and returns the symbol's address; thread-safe.
    void *symbol(const char *name) const;
    bool isLoaded() const { return m_handle.load(std::memory_order_acquire) != nullptr; }

private:
    void *handle() const;

    const char *m_soname;
    mutable std::atomic<void *> m_handle {nullptr};
};

template<typename Function> class LazyFunction;

// One function of a LazyLibrary, called like the function itself.
template<typename Return, typename... Args> class LazyFunction<Return (*)(Args...)>
{
public:
    using Pointer = Return (*)(Args...);

    constexpr LazyFunction(const LazyLibrary &library, const char *name)
        : m_library(library)
        , m_name(name)
    { }
    LazyFunction(const LazyFunction &) = delete;
    LazyFunction &operator=(const LazyFunction &) = delete;

    Return operator()(Args... args) const { return resolved()(std::forward<Args>(args)...); }

private:
    Pointer resolved() const
    {
        Pointer function = m_function.load(std::memory_order_acquire);
        if (!function) {
            // Two threads may both resolve it: they store the same address.
            function = reinterpret_cast<Pointer>(m_library.symbol(m_name));
            m_function.store(function, std::memory_order_release);
        }
        return function;
    }

    const LazyLibrary &m_library;
    const char *m_name;
    mutable std::atomic<Pointer> m_function {nullptr};
};

} // namespace Cloudy

// Declares, in the current namespace, a LazyFunction named and typed like the C function NAME of LIBRARY
// (a LazyLibrary). Only the type of ::NAME is used, so the program does not link the library.
#define CLOUDY_LAZY_FUNCTION(LIBRARY, NAME)                                                                  \
    constinit inline const ::Cloudy::LazyFunction<decltype(&::NAME)> NAME                                    \
    {                                                                                                        \
        LIBRARY, #NAME                                                                                       \
    }
