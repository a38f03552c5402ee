// SPDX-License-Identifier: GPL-3.0-or-later
// resolveImageFolder: what a policy's `image` names, as files libvirt boots.
#include "ShareEngine.h"
#include "platform/Paths.h"
#include "services/BundleManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Cloudy::Contribution {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Contribution::GuestImage)
};

Error imageMissing(const QString &message)
{
    return {QStringLiteral("image-missing"), message};
}

// A service bundle (docs/services-formats.md) as the contribution node's image: what its manifest names.
Result<GuestImage> fromBundle(const QDir &bundle, Sharing::GuestKind kind)
{
    QFile file(bundle.filePath(QStringLiteral("manifest.json")));
    if (!file.open(QIODevice::ReadOnly) || file.size() > Services::BundleManifest::maximumSize)
        return imageMissing(Tr::tr("The guest image %1 has no readable manifest.json.").arg(bundle.path()));
    const Result<Services::BundleManifest> manifest = Services::parseBundleManifest(file.readAll());
    if (!manifest)
        return Error {QStringLiteral("image-manifest"), manifest.error().message};
    const bool lxc = manifest->kind == QLatin1String("lxc");
    if (lxc != (kind == Sharing::GuestKind::Lxc))
        return Error {
            QStringLiteral("image-kind"),
            lxc ? Tr::tr("The guest image %1 is a container; choose “container (LXC)” to run it.")
                      .arg(bundle.path())
                : Tr::tr(
                      "The guest image %1 is a virtual machine; choose “virtual machine (QEMU)” to run it.")
                      .arg(bundle.path())};
    // Paths inside the bundle only (the installer refused anything else; checked again here).
    const auto inside = [&](const QString &relative) -> QString {
        if (relative.isEmpty() || !Services::isSafeBundlePath(relative))
            return {};
        const QString real = QFileInfo(bundle.filePath(relative)).canonicalFilePath();
        return real.startsWith(QFileInfo(bundle.path()).canonicalFilePath() + QLatin1Char('/')) ? real
                                                                                                : QString();
    };
    GuestImage resolved;
    resolved.kind = kind;
    if (lxc) {
        resolved.rootDir = inside(manifest->lxcRootfs);
        resolved.init = manifest->lxcInit;
        if (resolved.rootDir.isEmpty())
            return imageMissing(Tr::tr("The guest image %1 lacks its root filesystem.").arg(bundle.path()));
        return resolved;
    }
    resolved.kernel = inside(manifest->qemuKernel);
    resolved.initrd = inside(manifest->qemuInitrd);
    resolved.diskImage = inside(manifest->qemuDisk);
    resolved.kernelCmdline =
        manifest->qemuCmdline.isEmpty() ? QStringLiteral("console=ttyS0") : manifest->qemuCmdline;
    if (resolved.kernel.isEmpty() && resolved.diskImage.isEmpty())
        return imageMissing(Tr::tr("The guest image %1 lacks its kernel or disk.").arg(bundle.path()));
    return resolved;
}

} // namespace

Result<GuestImage> resolveImageFolder(const QString &image, Sharing::GuestKind kind)
{
    if (image.trimmed().isEmpty())
        return imageMissing(Tr::tr("No guest image is chosen: pick one on the Share page or with "
                                   "`cloudyctl share set --image PATH`."));
    const bool looksLikePath = image.contains(u'/') || image.startsWith(u'.');
    const QFileInfo info(image);
    if (!info.exists()) {
        if (looksLikePath)
            return imageMissing(Tr::tr("The guest image %1 does not exist.").arg(image));
        // A catalog id: the bundle of an installed service (Services page, `cloudyctl services install`).
        const QDir installed(Paths::dataDir() + QStringLiteral("/services/") + image
                             + QStringLiteral("/bundle"));
        if (installed.exists(QStringLiteral("manifest.json")))
            return fromBundle(installed, kind);
        return Error {
            QStringLiteral("image-unknown"),
            Tr::tr("The guest image \"%1\" is a catalog name, but it is not installed: install it first "
                   "(Services page, or `cloudyctl services install %1 --no-launch`).")
                .arg(image)};
    }
    if (!info.isDir())
        return imageMissing(Tr::tr("The guest image %1 is not a folder.").arg(image));
    const QDir folder(info.absoluteFilePath());
    if (folder.exists(QStringLiteral("manifest.json")))
        return fromBundle(folder, kind); // an extracted service bundle

    GuestImage resolved;
    resolved.kind = kind;
    if (kind == Sharing::GuestKind::Lxc) {
        for (const QString &name : {QStringLiteral("rootfs"), QStringLiteral("lxc-rootfs")}) {
            if (QFileInfo(folder.filePath(name)).isDir()) {
                resolved.rootDir = QFileInfo(folder.filePath(name)).canonicalFilePath();
                return resolved;
            }
        }
        return imageMissing(
            Tr::tr("The guest image %1 has no container root filesystem (rootfs/ or lxc-rootfs/).")
                .arg(folder.path()));
    }

    const QString kernel = folder.filePath(QStringLiteral("vmlinuz"));
    const QString initrd = folder.filePath(QStringLiteral("initrd.img"));
    if (QFileInfo(kernel).isFile()) {
        if (!QFileInfo(initrd).isFile())
            return imageMissing(
                Tr::tr("The guest image %1 has a kernel but no initrd.img.").arg(folder.path()));
        resolved.kernel = QFileInfo(kernel).canonicalFilePath();
        resolved.initrd = QFileInfo(initrd).canonicalFilePath();
        QFile cmdline(folder.filePath(QStringLiteral("cmdline")));
        if (cmdline.open(QIODevice::ReadOnly))
            resolved.kernelCmdline = QString::fromUtf8(cmdline.readAll()).simplified();
        else
            resolved.kernelCmdline = QStringLiteral("console=ttyS0");
        return resolved;
    }
    for (const QString &name : {QStringLiteral("disk.qcow2"), QStringLiteral("disk.img")}) {
        if (QFileInfo(folder.filePath(name)).isFile()) {
            resolved.diskImage = QFileInfo(folder.filePath(name)).canonicalFilePath();
            return resolved;
        }
    }
    return imageMissing(Tr::tr("The guest image %1 has neither a kernel (vmlinuz + initrd.img) nor a disk "
                               "(disk.qcow2, disk.img).")
                            .arg(folder.path()));
}

} // namespace Cloudy::Contribution
