// SPDX-License-Identifier: GPL-3.0-or-later
// resolveImageFolder: what a policy's `image` names, as files libvirt boots.
#include "ShareEngine.h"

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
        return Error {QStringLiteral("image-unknown"),
                      Tr::tr("The guest image \"%1\" is a catalog name; images from the catalog are not "
                         "supported yet: give the path of an image folder.")
                          .arg(image)};
    }
    if (!info.isDir())
        return imageMissing(Tr::tr("The guest image %1 is not a folder.").arg(image));
    const QDir folder(info.absoluteFilePath());

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
            return imageMissing(Tr::tr("The guest image %1 has a kernel but no initrd.img.").arg(folder.path()));
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
