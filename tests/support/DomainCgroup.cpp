// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainCgroup.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QStringList>

namespace CloudyTest {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString domainCgroup(const QString &name, const QString &controller)
{
    const QString escaped = QString(name).replace(u'-', QStringLiteral("\\x2d"));
    QStringList roots;
    // v1 mounts a controller alone or combined (cpu,cpuacct, named either way round).
    for (const QString &mount : {controller, QStringLiteral("cpu,cpuacct"), QStringLiteral("cpuacct,cpu")}) {
        roots << QStringLiteral("/sys/fs/cgroup/%1/machine").arg(mount)
              << QStringLiteral("/sys/fs/cgroup/%1/machine.slice").arg(mount);
    }
    roots << QStringLiteral("/sys/fs/cgroup/machine.slice") << QStringLiteral("/sys/fs/cgroup/machine");
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString base = it.fileName();
            if (base.endsWith(QStringLiteral("-") + name + QStringLiteral(".libvirt-qemu"))
                || base.endsWith(QStringLiteral("-") + name + QStringLiteral(".libvirt-lxc"))
                || (base.contains(escaped) && base.endsWith(QLatin1String(".scope"))))
                return path;
        }
    }
    return {};
}

QPair<qint64, qint64> cfsQuota(const QString &cgroup)
{
    if (QFile::exists(cgroup + QStringLiteral("/cpu.cfs_quota_us")))
        return {readFile(cgroup + QStringLiteral("/cpu.cfs_quota_us")).trimmed().toLongLong(),
                readFile(cgroup + QStringLiteral("/cpu.cfs_period_us")).trimmed().toLongLong()};
    const QList<QByteArray> max = readFile(cgroup + QStringLiteral("/cpu.max")).trimmed().split(' ');
    if (max.size() == 2)
        return {max[0] == "max" ? -1 : max[0].toLongLong(), max[1].toLongLong()};
    return {-2, -2};
}

qint64 memoryLimitBytes(const QString &cgroup)
{
    QByteArray value = readFile(cgroup + QStringLiteral("/memory.limit_in_bytes")).trimmed();
    if (value.isEmpty())
        value = readFile(cgroup + QStringLiteral("/memory.max")).trimmed();
    bool ok = false;
    const qint64 bytes = value.toLongLong(&ok);
    return ok ? bytes : -1;
}

} // namespace CloudyTest
