// SPDX-License-Identifier: GPL-3.0-or-later
#include "Storage.h"

#include "ConnectionPrivate.h"
#include "DomainPrivate.h"
#include "Libvirt.h"
#include "VirtLog.h"
#include "platform/Paths.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Cloudy::Virt {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt)
};

StoragePoolHandle lookupPool(virConnectPtr connection, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return StoragePoolHandle(virStoragePoolLookupByName(connection, utf8.constData()));
}

Error poolFailure(const QString &pool)
{
    if (lastErrorCode() == VIR_ERR_NO_STORAGE_POOL)
        return {QStringLiteral("pool-not-found"), Tr::tr("There is no storage pool named %1.").arg(pool)};
    return libvirtFailure(QStringLiteral("pool"), Tr::tr("Could not use the storage pool %1").arg(pool));
}

Result<VolumeInfo> describeVolume(virStorageVolPtr volume)
{
    virStorageVolInfo info {};
    if (virStorageVolGetInfo(volume, &info) < 0)
        return libvirtFailure(QStringLiteral("volume"), Tr::tr("Could not read a volume's size"));
    VolumeInfo result;
    const char *name = virStorageVolGetName(volume);
    result.name = name ? QString::fromUtf8(name) : QString();
    CString path(virStorageVolGetPath(volume));
    result.path = path ? QString::fromUtf8(path.get()) : QString();
    result.capacityBytes = info.capacity;
    result.allocationBytes = info.allocation;
    return result;
}

QString poolPath(virStoragePoolPtr pool)
{
    CString xml(virStoragePoolGetXMLDesc(pool, 0));
    if (!xml)
        return {};
    QXmlStreamReader reader(QByteArray(xml.get()));
    bool inTarget = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("target"))
            inTarget = true;
        else if (inTarget && reader.isStartElement() && reader.name() == QLatin1String("path"))
            return reader.readElementText().trimmed();
        else if (reader.isEndElement() && reader.name() == QLatin1String("target"))
            inTarget = false;
    }
    return {};
}

} // namespace

QString defaultPoolName()
{
    return QStringLiteral("cloudy");
}

QString defaultPoolPath()
{
    return Paths::dataDir() + QStringLiteral("/pool");
}

QByteArray writeDirectoryPoolXml(const QString &name, const QString &path)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartElement(QStringLiteral("pool"));
    writer.writeAttribute(QStringLiteral("type"), QStringLiteral("dir"));
    writer.writeTextElement(QStringLiteral("name"), name);
    writer.writeStartElement(QStringLiteral("target"));
    writer.writeTextElement(QStringLiteral("path"), path);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

QByteArray writeVolumeXml(const QString &name, quint64 capacityBytes, const QString &format)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartElement(QStringLiteral("volume"));
    writer.writeTextElement(QStringLiteral("name"), name);
    writer.writeStartElement(QStringLiteral("capacity"));
    writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    writer.writeCharacters(QString::number(capacityBytes));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("allocation"));
    writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    writer.writeCharacters(QStringLiteral("0"));
    writer.writeEndElement();
    writer.writeStartElement(QStringLiteral("target"));
    writer.writeEmptyElement(QStringLiteral("format"));
    writer.writeAttribute(QStringLiteral("type"), format);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

Storage::Storage(const Connection &connection)
    : m_connection(connection)
{ }

Result<PoolInfo> Storage::ensureDirectoryPool(const QString &name, const QString &path)
{
    const virConnectPtr connection = rawConnection(m_connection);
    StoragePoolHandle pool = lookupPool(connection, name);
    if (!pool) {
        if (lastErrorCode() != VIR_ERR_NO_STORAGE_POOL)
            return poolFailure(name);
        const QByteArray xml = writeDirectoryPoolXml(name, path);
        pool.reset(virStoragePoolDefineXML(connection, xml.constData(), 0));
        if (!pool)
            return libvirtFailure(QStringLiteral("pool-define"),
                                  Tr::tr("Could not create the storage pool %1 in %2").arg(name, path));
        // Creates the directory (and leaves an existing one as it is).
        if (virStoragePoolBuild(pool.get(), 0) < 0)
            return libvirtFailure(QStringLiteral("pool-build"),
                                  Tr::tr("Could not create the directory %1 for the storage pool").arg(path));
        virStoragePoolSetAutostart(pool.get(), 1);
        qCInfo(lcVirt) << "defined storage pool" << name << "in" << path;
    }
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
        return libvirtFailure(QStringLiteral("pool-start"),
                              Tr::tr("Could not start the storage pool %1").arg(name));
    return poolInfo(name);
}

Result<PoolInfo> Storage::poolInfo(const QString &name) const
{
    StoragePoolHandle pool = lookupPool(rawConnection(m_connection), name);
    if (!pool)
        return poolFailure(name);
    virStoragePoolInfo info {};
    if (virStoragePoolGetInfo(pool.get(), &info) < 0)
        return poolFailure(name);
    PoolInfo result;
    result.name = name;
    result.path = poolPath(pool.get());
    result.active = info.state == VIR_STORAGE_POOL_RUNNING;
    int autostart = 0;
    result.autostart = virStoragePoolGetAutostart(pool.get(), &autostart) == 0 && autostart;
    result.capacityBytes = info.capacity;
    result.allocationBytes = info.allocation;
    result.availableBytes = info.available;
    return result;
}

Result<bool> Storage::refresh(const QString &name)
{
    StoragePoolHandle pool = lookupPool(rawConnection(m_connection), name);
    if (!pool || virStoragePoolRefresh(pool.get(), 0) < 0)
        return poolFailure(name);
    return true;
}

Result<bool> Storage::removePool(const QString &name, bool deleteDirectory)
{
    StoragePoolHandle pool = lookupPool(rawConnection(m_connection), name);
    if (!pool)
        return poolFailure(name);
    if (virStoragePoolIsActive(pool.get()) == 1 && virStoragePoolDestroy(pool.get()) < 0)
        return poolFailure(name);
    if (deleteDirectory && virStoragePoolDelete(pool.get(), 0) < 0)
        return libvirtFailure(
            QStringLiteral("pool-delete"),
            Tr::tr("Could not delete the directory of the storage pool %1 (is it empty?)").arg(name));
    if (virStoragePoolUndefine(pool.get()) < 0)
        return poolFailure(name);
    return true;
}

Result<VolumeInfo> Storage::createVolume(const QString &pool, const QString &name, quint64 capacityGiB)
{
    return createVolumeBytes(pool, name, capacityGiB * 1024 * 1024 * 1024);
}

Result<VolumeInfo> Storage::createVolumeBytes(const QString &poolName, const QString &name,
                                              quint64 capacityBytes)
{
    StoragePoolHandle pool = lookupPool(rawConnection(m_connection), poolName);
    if (!pool)
        return poolFailure(poolName);
    const QByteArray xml = writeVolumeXml(name, capacityBytes);
    StorageVolHandle volume(virStorageVolCreateXML(pool.get(), xml.constData(), 0));
    if (!volume)
        return libvirtFailure(
            QStringLiteral("volume-create"),
            Tr::tr("Could not create the %1-byte volume %2 in %3").arg(capacityBytes).arg(name, poolName));
    return describeVolume(volume.get());
}

Result<VolumeInfo> Storage::volumeInfo(const QString &poolName, const QString &name) const
{
    StoragePoolHandle pool = lookupPool(rawConnection(m_connection), poolName);
    if (!pool)
        return poolFailure(poolName);
    const QByteArray utf8 = name.toUtf8();
    StorageVolHandle volume(virStorageVolLookupByName(pool.get(), utf8.constData()));
    if (!volume) {
        if (lastErrorCode() == VIR_ERR_NO_STORAGE_VOL)
            return Error {QStringLiteral("volume-not-found"),
                          Tr::tr("There is no volume %1 in %2.").arg(name, poolName)};
        return libvirtFailure(QStringLiteral("volume"), Tr::tr("Could not look up the volume %1").arg(name));
    }
    return describeVolume(volume.get());
}

Result<QList<VolumeInfo>> Storage::listVolumes(const QString &poolName) const
{
    StoragePoolHandle pool = lookupPool(rawConnection(m_connection), poolName);
    if (!pool)
        return poolFailure(poolName);
    virStorageVolPtr *volumes = nullptr;
    const int count = virStoragePoolListAllVolumes(pool.get(), &volumes, 0);
    if (count < 0)
        return poolFailure(poolName);
    QList<VolumeInfo> result;
    for (int i = 0; i < count; ++i) {
        StorageVolHandle volume(volumes[i]);
        const auto info = describeVolume(volume.get());
        if (info)
            result.append(info.value());
    }
    free(volumes); // NOLINT(cppcoreguidelines-no-malloc): libvirt allocated the array
    return result;
}

Result<bool> Storage::deleteVolume(const QString &poolName, const QString &name)
{
    StoragePoolHandle pool = lookupPool(rawConnection(m_connection), poolName);
    if (!pool)
        return poolFailure(poolName);
    const QByteArray utf8 = name.toUtf8();
    StorageVolHandle volume(virStorageVolLookupByName(pool.get(), utf8.constData()));
    if (!volume || virStorageVolDelete(volume.get(), 0) < 0)
        return libvirtFailure(QStringLiteral("volume-delete"),
                              Tr::tr("Could not delete the volume %1").arg(name));
    return true;
}

} // namespace Cloudy::Virt
