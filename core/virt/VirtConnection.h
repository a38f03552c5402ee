// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QString>

#include <memory>

namespace Cloudy::Virt {

// Registers our error handler once (libvirt otherwise prints every error to stderr) and initialises the
// library for use from several threads.
void initialize();
// The libvirt library this process runs with, e.g. "9.0.0".
QString libraryVersion();
// The URI used when the user configured none: $LIBVIRT_DEFAULT_URI, else qemu:///system for root and
// qemu:///session for everyone else (a normal user runs guests in their own session daemon).
QString defaultUri();
// "9000000" style libvirt version numbers as text.
QString versionText(unsigned long version);

// An open connection to a libvirt driver. Move-only; closes itself.
class Connection
{
public:
    static Result<Connection> open(const QString &uri);

    Connection(Connection &&) noexcept;
    Connection &operator=(Connection &&) noexcept;
    ~Connection();

    // The URI libvirt resolved (for "qemu:///session" the same, for "" the default it picked).
    QString uri() const;
    // "QEMU", "LXC", "Test"...
    QString driverName() const;
    // Version of the daemon/driver serving the connection.
    QString daemonVersion() const;
    // virConnectGetCapabilities(): the host and guest capabilities as XML (parse with parseCapabilities()).
    Result<QByteArray> capabilitiesXml() const;
    bool isAlive() const;

    // For code inside core/virt/ only: the raw virConnectPtr.
    struct Private;
    Private *d() const { return m_d.get(); }

private:
    explicit Connection(std::unique_ptr<Private> d);
    std::unique_ptr<Private> m_d;
};

// The message of the last libvirt error raised on this thread, made readable ("" when none).
Error lastError(const QString &code);

} // namespace Cloudy::Virt
