// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QString>

// A container's donated disk: a sparse raw image holding an ext4 file system, which the LXC driver mounts
// in the container through a loop device, so that the container cannot write more than the donated size.
// The e2fsprogs tools do the work (mke2fs, e2fsck, resize2fs); each runs with a timeout. Synchronous: a
// sparse image formats and resizes in about a second, however large it is.
namespace Cloudy::Contribution::DonatedDisk {

// Whether the file starts with an ext2/3/4 superblock (the magic 0xEF53 at byte 1080).
bool isExtImage(const QString &path);
// The superblock magic check on the first 2 KiB of an image (pure; isExtImage reads them).
bool hasExtMagic(const QByteArray &head);

// A new sparse image of `bytes` holding an empty ext4 file system whose root belongs to root (an image
// that is already there is overwritten).
Result<bool> create(const QString &path, quint64 bytes);

// Changes the image (file system and file) to `bytes`. Only while no container uses it. Growing always
// works when the host has room; shrinking only when the data fits (resize2fs refuses otherwise, and the
// image is left as it was: nothing is ever lost).
Result<bool> resize(const QString &path, quint64 bytes);

} // namespace Cloudy::Contribution::DonatedDisk
