// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QString>

// manifest.json, the first member of every service bundle (docs/services-formats.md, "A bundle"). A pure
// parser, so hostile manifests are tested offline and the installer can check a bundle before writing.
namespace Cloudy::Services {

struct BundleManifest
{
    // The only format this reader knows; a bundle with another is refused by name.
    static constexpr int knownFormat = 1;
    // manifest.json is small; a bigger first member is refused before it is read into memory.
    static constexpr qint64 maximumSize = 64 * 1024;

    int format = knownFormat;
    QString id;
    QString version;
    QString kind; // "qemu" or "lxc"

    // kind "qemu": paths inside the bundle (disk may be empty).
    QString qemuKernel;
    QString qemuInitrd;
    QString qemuDisk;
    QString qemuCmdline;
    // kind "lxc": rootfs is a directory inside the bundle, init an absolute path inside that root.
    QString lxcRootfs;
    QString lxcInit;

    // contents: members after manifest.json and the total bytes of their data (the archive-bomb caps).
    qint64 files = 0;
    qint64 bytes = 0;
};

// Parses manifest.json. Errors are plain sentences naming the field ("The bundle's manifest has no
// "version"."); codes are "manifest-json", "manifest-format", "manifest-field".
Result<BundleManifest> parseBundleManifest(const QByteArray &json);

// True for a relative path inside a bundle: not empty, not absolute, no "." or ".." component, no empty
// component, no NUL. The installer and the manifest share this rule.
bool isSafeBundlePath(const QString &path);

} // namespace Cloudy::Services
