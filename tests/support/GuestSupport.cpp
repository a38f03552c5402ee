// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuestSupport.h"

#include "TestEnv.h"
#include "virt/Session.h"

#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace CloudyTest {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

QByteArray httpGet(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET / HTTP/1.0\r\n\r\n");
    socket.waitForBytesWritten(1000);
    QByteArray page;
    while (socket.waitForReadyRead(2000))
        page += socket.readAll();
    return page;
}

QString builtGuestImages()
{
    const QString images = guestImagesDir();
    return QFile::exists(images + QStringLiteral("/vmlinuz")) ? images : QString();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool makeBundle(const QString &folder, const QJsonObject &manifestBase, const QStringList &members,
                const QString &out)
{
    ProcessResult counted;
    if (!runProgram(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("cd '%1' && find %2 | wc -l && find %2 -type f -printf '%s\\n' | "
                                    "awk '{ s += $1 } END { print s + 0 }'")
                         .arg(folder, members.join(u' '))},
                    &counted))
        return false;
    const QList<QByteArray> lines = counted.out.trimmed().split('\n');
    QJsonObject manifest = manifestBase;
    manifest.insert(QStringLiteral("format"), 1);
    manifest.insert(QStringLiteral("contents"),
                    QJsonObject {{QStringLiteral("files"), lines.value(0).trimmed().toLongLong()},
                                 {QStringLiteral("bytes"), lines.value(1).trimmed().toLongLong()}});
    if (!writeFile(folder + QStringLiteral("/manifest.json"), QJsonDocument(manifest).toJson()))
        return false;
    ProcessResult tar;
    return runProgram(QStringLiteral("tar"),
                      QStringList {QStringLiteral("-C"), folder, QStringLiteral("-czf"), out,
                                   QStringLiteral("manifest.json")}
                          + members,
                      &tar)
           && tar.exitCode == 0;
}

void removeDomains(Cloudy::Virt::Session *session, const QString &prefix)
{
    if (!session || !session->isConnected())
        return;
    const auto domains = session->listDomains(prefix);
    if (!domains)
        return;
    for (Cloudy::Virt::Domain domain : domains.value()) {
        if (domain.isActive())
            domain.destroy();
        if (domain.isPersistent())
            domain.undefine();
    }
}

QString systemTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

quint64 extFilesystemBytes(const QString &image)
{
    ProcessResult result;
    if (!runProgram(systemTool(QStringLiteral("dumpe2fs")), {QStringLiteral("-h"), image}, &result)
        || result.exitCode != 0)
        return 0;
    quint64 blocks = 0;
    quint64 blockSize = 0;
    for (const QByteArray &line : result.out.split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() != 2)
            continue;
        if (parts.at(0).trimmed() == "Block count")
            blocks = parts.at(1).trimmed().toULongLong();
        else if (parts.at(0).trimmed() == "Block size")
            blockSize = parts.at(1).trimmed().toULongLong();
    }
    return blocks * blockSize;
}

} // namespace CloudyTest
