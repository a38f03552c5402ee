// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the contribution guest learns which microcloud it joins: a cloud-init NoCloud data source. QEMU
// guests get an ISO9660 image labelled "cidata" (attached read-only); LXC containers get a folder holding
// the same files, mounted read-only at /run/cloudy-config. Building the files is pure; the writers only
// put them on disk (atomically, readable by the owner only: the join secret is in them).

#include "platform/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Cloudy::Contribution {

struct JoinConfig
{
    QString microcloudId;
    QString ledgerUrl;
    QString secret; // the join secret; never on a command line or in the domain XML
    QString hostname = QStringLiteral("cloudy-node");
};

struct NoCloudFiles
{
    QByteArray metaData; // "meta-data": instance-id, local-hostname
    QByteArray userData; // "user-data": #cloud-config writing /etc/cloudy/microcloud.json
    QByteArray microcloudJson; // {"microcloud": …, "ledger": …, "secret": …}, also a file of its own
};

// The NoCloud files of a join configuration. Pure. Every value reaches YAML and JSON through a JSON
// writer with all non-ASCII escaped (JSON strings are YAML double-quoted scalars, and YAML 1.1 parsers
// break lines at U+0085/U+2028/U+2029), so no value can end a line, a string or a block. The instance-id
// is a digest of the configuration: a changed configuration is a new instance, and cloud-init applies it.
NoCloudFiles buildNoCloudFiles(const JoinConfig &config);

// The volume label cloud-init looks for.
inline constexpr char kNoCloudLabel[] = "cidata";
// Names inside the image/folder.
inline constexpr char kMetaDataName[] = "meta-data";
inline constexpr char kUserDataName[] = "user-data";
inline constexpr char kMicrocloudJsonName[] = "microcloud.json";
// Where an LXC container sees the folder.
inline constexpr char kLxcConfigMountPoint[] = "/run/cloudy-config";

// Writes an ISO9660 image (Rock Ridge and Joliet, volume id "cidata") with meta-data, user-data and
// microcloud.json: to a temporary file in the same folder, then renamed over path; mode 0600.
std::optional<Error> writeNoCloudIso(const NoCloudFiles &files, const QString &path);
// Writes the same files into folder (created with mode 0700; files 0600, each replaced atomically).
std::optional<Error> writeNoCloudFolder(const NoCloudFiles &files, const QString &folder);

// `cloudy.microcloud=ID` for a kernel command line: characters outside [A-Za-z0-9._:-] are %-escaped so
// an id cannot add kernel parameters.
QString microcloudKernelArgument(const QString &microcloudId);

} // namespace Cloudy::Contribution
