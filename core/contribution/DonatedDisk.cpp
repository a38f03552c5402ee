// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonatedDisk.h"

#include "ContributionLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Cloudy::Contribution::DonatedDisk {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Contribution::DonatedDisk)
};

constexpr int kToolTimeoutMs = 120000;

// The e2fsprogs tools live in /usr/sbin and /sbin, which are not on every user's PATH.
QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

struct ToolRun
{
    int exitCode = -1;
    QString output; // stdout and stderr, trimmed
};

Result<ToolRun> runTool(const QString &name, const QStringList &arguments)
{
    const QString program = findTool(name);
    if (program.isEmpty())
        return Error {QStringLiteral("e2fsprogs-missing"),
                      Tr::tr("%1 is missing: the container's donated disk needs the ext4 tools (install "
                             "e2fsprogs).")
                          .arg(name)};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return Error {QStringLiteral("e2fsprogs-failed"),
                      Tr::tr("Could not run %1: %2").arg(program, process.errorString())};
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error {QStringLiteral("e2fsprogs-timeout"),
                      Tr::tr("%1 did not finish within %2 seconds.").arg(name).arg(kToolTimeoutMs / 1000)};
    }
    ToolRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    qCDebug(lcContribution) << name << arguments << "exit" << run.exitCode << run.output;
    return run;
}

// The last line a tool printed (its error, usually), for messages.
QString lastLine(const QString &output)
{
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

Result<bool> setSize(const QString &path, quint64 bytes)
{
    QFile file(path);
    if (!file.resize(qint64(bytes)))
        return Error {QStringLiteral("storage"),
                      Tr::tr("Cannot set the size of the disk image %1: %2").arg(path, file.errorString())};
    return true;
}

// e2fsck -f -p: resize2fs works only on a freshly checked file system. Exit codes 0 and 1 (errors fixed)
// are fine; anything else needs a person.
Result<bool> check(const QString &path)
{
    const auto run = runTool(QStringLiteral("e2fsck"), {QStringLiteral("-f"), QStringLiteral("-p"), path});
    if (!run)
        return run.error();
    if (run->exitCode != 0 && run->exitCode != 1)
        return Error {QStringLiteral("disk-check"),
                      Tr::tr("The container's donated disk %1 has errors e2fsck could not fix by itself "
                             "(run e2fsck -f on it): %2")
                          .arg(path, lastLine(run->output))};
    return true;
}

} // namespace

bool hasExtMagic(const QByteArray &head)
{
    // The superblock starts at byte 1024; s_magic is at offset 56 in it, little-endian.
    return head.size() >= 1082 && quint8(head.at(1080)) == 0x53 && quint8(head.at(1081)) == 0xEF;
}

bool isExtImage(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && hasExtMagic(file.read(2048));
}

Result<bool> create(const QString &path, quint64 bytes)
{
    // A new file: never format over an image that might still be mounted somewhere.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("storage"),
                      Tr::tr("Cannot create the disk image %1: %2").arg(path, file.errorString())};
    file.close();
    if (auto sized = setSize(path, bytes); !sized)
        return sized;
    // root_owner: the container's root (the host's root; no user namespace) owns the top folder.
    const auto run =
        runTool(QStringLiteral("mke2fs"),
                {QStringLiteral("-t"), QStringLiteral("ext4"), QStringLiteral("-F"), QStringLiteral("-q"),
                 QStringLiteral("-E"), QStringLiteral("root_owner=0:0"), path});
    if (!run || run->exitCode != 0) {
        QFile::remove(path);
        if (!run)
            return run.error();
        return Error {
            QStringLiteral("disk-format"),
            Tr::tr("Could not format the container's donated disk %1: %2").arg(path, lastLine(run->output))};
    }
    qCInfo(lcContribution) << "created the donated disk" << path << "of" << bytes << "bytes (ext4, sparse)";
    return true;
}

Result<bool> resize(const QString &path, quint64 bytes)
{
    const quint64 current = quint64(QFileInfo(path).size());
    if (current == bytes)
        return true;
    if (auto checked = check(path); !checked)
        return checked;
    if (bytes > current) {
        // The file first, then the file system fills it.
        if (auto sized = setSize(path, bytes); !sized)
            return sized;
        const auto run = runTool(QStringLiteral("resize2fs"), {path});
        if (!run)
            return run.error();
        if (run->exitCode != 0)
            return Error {QStringLiteral("disk-resize"),
                          Tr::tr("Could not grow the container's donated disk %1: %2")
                              .arg(path, lastLine(run->output))};
        qCInfo(lcContribution) << "grew the donated disk" << path << "to" << bytes << "bytes";
        return true;
    }
    // Shrinking: the file system first (resize2fs refuses when the data does not fit, and changes nothing
    // then), the file only once it succeeded.
    const auto run = runTool(QStringLiteral("resize2fs"), {path, QString::number(bytes / 1024) + u'K'});
    if (!run)
        return run.error();
    if (run->exitCode != 0)
        return Error {QStringLiteral("disk-shrink"),
                      Tr::tr("The data on the container's donated disk does not fit in %1 GiB; it keeps "
                             "its size of %2 GiB (free space in the container, or donate more): %3")
                          .arg(double(bytes) / (1 << 30), 0, 'f', 1)
                          .arg(double(current) / (1 << 30), 0, 'f', 1)
                          .arg(lastLine(run->output))};
    if (auto sized = setSize(path, bytes); !sized)
        return sized;
    qCInfo(lcContribution) << "shrank the donated disk" << path << "to" << bytes << "bytes";
    return true;
}

} // namespace Cloudy::Contribution::DonatedDisk
