// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Cloudy::Virt {

class Connection;

struct PoolInfo
{
    QString name;
    QString path;
    bool active = false;
    bool autostart = false;
    quint64 capacityBytes = 0; // of the file system holding the pool
    quint64 allocationBytes = 0;
    quint64 availableBytes = 0;
};

struct VolumeInfo
{
    QString name;
    QString path; // the image file, for DiskSpec::path
    quint64 capacityBytes = 0; // what the guest sees
    quint64 allocationBytes = 0; // what the host really spends (sparse files grow as the guest writes)
};

// The default name and place of Cloudy's pool: "cloudy" under Paths::dataDir()/pool.
QString defaultPoolName();
QString defaultPoolPath();

// Pure writers (QXmlStreamWriter): a directory pool, and a volume of capacityBytes whose allocation is 0 (a
// sparse file: disk space is spent only as the guest writes).
QByteArray writeDirectoryPoolXml(const QString &name, const QString &path);
QByteArray writeVolumeXml(const QString &name, quint64 capacityBytes,
                          const QString &format = QStringLiteral("raw"));

// Cloudy's storage on one connection: a dedicated directory pool holding the donated disk volumes.
class Storage
{
public:
    explicit Storage(const Connection &connection);

    // Defines (persistent, autostarted), builds (creates the directory) and starts the pool when it is
    // missing or stopped; an existing pool of that name is kept even if its path differs (reported in
    // PoolInfo::path).
    Result<PoolInfo> ensureDirectoryPool(const QString &name, const QString &path);
    Result<PoolInfo> poolInfo(const QString &pool) const;
    // Re-reads the directory (files changed behind libvirt's back, fresh allocation figures).
    Result<bool> refresh(const QString &pool);
    // Stops and undefines the pool; with deleteDirectory also removes its (empty) directory.
    Result<bool> removePool(const QString &pool, bool deleteDirectory);

    Result<VolumeInfo> createVolume(const QString &pool, const QString &name, quint64 capacityGiB);
    Result<VolumeInfo> createVolumeBytes(const QString &pool, const QString &name, quint64 capacityBytes);
    Result<VolumeInfo> volumeInfo(const QString &pool, const QString &name) const;
    Result<QList<VolumeInfo>> listVolumes(const QString &pool) const;
    Result<bool> deleteVolume(const QString &pool, const QString &name);

private:
    const Connection &m_connection;
};

} // namespace Cloudy::Virt
