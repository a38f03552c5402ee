// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// SHA-256 of a stream, from OpenSSL's libcrypto: it uses the CPU's SHA instructions (over 1 GB/s), where
// Qt 6.4's QCryptographicHash (about 120 MB/s) would make hashing, not the network, limit a download.
namespace Cloudy::Services {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    // Lower-case hex of the digest of everything added since the last reset; the state is then reset.
    QByteArray hexResult();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace Cloudy::Services
