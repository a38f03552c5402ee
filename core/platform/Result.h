// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Cloudy {

// What went wrong, in two forms: a stable machine-readable code for programs (JSON output, tests) and a
// sentence a user can act on.
struct Error
{
    QString code;
    QString message;
};

// A value or the Error that prevented it. A small stand-in for C++23 std::expected, which GCC 12 in
// C++20 mode does not have.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Cloudy
