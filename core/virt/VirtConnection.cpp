// SPDX-License-Identifier: GPL-3.0-or-later
#include "VirtConnection.h"

#include "ConnectionPrivate.h"
#include "EventLoop.h"
#include "Libvirt.h"
#include "VirtHandles.h"
#include "VirtLog.h"

#include <QCoreApplication>

#include <mutex>
#include <unistd.h>

namespace Cloudy::Virt {

namespace {

void logLibvirtError(void * /*userData*/, virErrorPtr error)
{
    // Errors are reported to callers through lastError(); log them at debug level only, so a failed
    // probe (doctor, reconnect attempts) does not spam the terminal.
    if (error && error->message)
        qCDebug(lcVirt) << "libvirt:" << error->message;
}

} // namespace

void initialize()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (virInitialize() < 0)
            qCCritical(lcVirt) << "libvirt could not be initialised";
        virSetErrorFunc(nullptr, logLibvirtError);
    });
    // Outside the once: a program may create its QCoreApplication after a first libvirt call.
    useQtEventLoop();
}

QString versionText(unsigned long version)
{
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg((version / 1000) % 1000).arg(version % 1000);
}

QString libraryVersion()
{
    initialize();
    unsigned long version = 0;
    if (virGetVersion(&version, nullptr, nullptr) < 0)
        return {};
    return versionText(version);
}

QString defaultUri()
{
    const QByteArray fromEnvironment = qgetenv("LIBVIRT_DEFAULT_URI");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    return geteuid() == 0 ? QStringLiteral("qemu:///system") : QStringLiteral("qemu:///session");
}

Error lastError(const QString &code)
{
    const virErrorPtr error = virGetLastError();
    if (!error || !error->message)
        return {code, QCoreApplication::translate("Cloudy::Virt", "libvirt reported an unknown error.")};
    return {code, QString::fromUtf8(error->message)};
}

Result<Connection> Connection::open(const QString &uri)
{
    initialize();
    virResetLastError();
    const QByteArray uriBytes = uri.toUtf8();
    ConnectHandle handle(virConnectOpen(uri.isEmpty() ? nullptr : uriBytes.constData()));
    if (!handle)
        return lastError(QStringLiteral("libvirt-connect"));
    auto d = std::make_unique<Private>();
    d->handle = std::move(handle);
    return Connection(std::move(d));
}

Connection::Connection(std::unique_ptr<Private> d)
    : m_d(std::move(d))
{ }

Connection::Connection(Connection &&) noexcept = default;
Connection &Connection::operator=(Connection &&) noexcept = default;
Connection::~Connection() = default;

QString Connection::uri() const
{
    CString text(virConnectGetURI(m_d->handle.get()));
    return text ? QString::fromUtf8(text.get()) : QString();
}

QString Connection::driverName() const
{
    const char *type = virConnectGetType(m_d->handle.get()); // static string, not to be freed
    return type ? QString::fromUtf8(type) : QString();
}

QString Connection::daemonVersion() const
{
    unsigned long version = 0;
    if (virConnectGetLibVersion(m_d->handle.get(), &version) < 0)
        return {};
    return versionText(version);
}

Result<QByteArray> Connection::capabilitiesXml() const
{
    CString xml(virConnectGetCapabilities(m_d->handle.get()));
    if (!xml)
        return lastError(QStringLiteral("libvirt-capabilities"));
    return QByteArray(xml.get());
}

bool Connection::isAlive() const
{
    return virConnectIsAlive(m_d->handle.get()) == 1;
}

} // namespace Cloudy::Virt
