// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests that run real guests on the harness's libvirtd share: files and ports, the guest images,
// and removing the test's own domains.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Cloudy::Virt {
class Session;
}

namespace CloudyTest {

// The whole file, or "" when it cannot be read (a serial log not written yet).
QByteArray readFile(const QString &path);
// A TCP port nothing listens on right now on loopback (0 if none could be found).
quint16 freePort();
// One HTTP/1.0 GET / on loopback: the whole answer, or "" when nothing answered.
QByteArray httpGet(quint16 port);
// The folder of the test guests (vmlinuz, initrd.img, lxc-rootfs/) when they were built, else "".
QString builtGuestImages();
// The path of a system tool, looked up in PATH and then /usr/sbin and /sbin (mke2fs, dumpe2fs…); "" if
// absent.
QString systemTool(const QString &name);
// The size of the ext2/3/4 file system in an image as dumpe2fs reads it (0 when there is none).
quint64 extFilesystemBytes(const QString &image);
// Writes a whole file; false when it could not.
bool writeFile(const QString &path, const QByteArray &data);
// A service bundle at `out` (.tar.gz): manifest.json first (manifestBase plus format 1 and the contents'
// file and byte counts taken from the members), then `members`, all relative to `folder`.
bool makeBundle(const QString &folder, const QJsonObject &manifestBase, const QStringList &members,
                const QString &out);
// Destroys and undefines every domain of the session whose name starts with prefix.
void removeDomains(Cloudy::Virt::Session *session, const QString &prefix);

} // namespace CloudyTest
