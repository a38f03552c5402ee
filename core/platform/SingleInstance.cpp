// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include "PlatformLog.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace Cloudy {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::SingleInstance)
};

// The request a later launch sends: a magic line, then the arguments in a QDataStream; the answer is "ok\n".
constexpr char kMagic[] = "cloudy-activate-1\n";
constexpr char kAnswer[] = "ok\n";

} // namespace

SingleInstance::SingleInstance(const QString &name, const QString &folder, QObject *parent)
    : QObject(parent)
{
    QString dir = folder;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    m_base = QDir(dir).filePath(QStringLiteral("%1-%2").arg(name).arg(::getuid()));
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
            readRequest(socket);
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath() const
{
    return m_base + QStringLiteral(".socket");
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments, int timeoutMs)
{
    m_lock = std::make_unique<QLockFile>(m_base + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    if (m_lock->tryLock(0)) {
        if (listen())
            return Role::Primary;
        m_lock->unlock();
        return Role::Failed;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_error = Tr::tr("Cannot create the lock file %1 (the folder is not writable?).")
                      .arg(QDir::toNativeSeparators(m_base + QStringLiteral(".lock")));
        return Role::Failed;
    }
    // Taken: tell the running instance. It may still be starting, so try until the deadline.
    if (notifyPrimary(arguments, timeoutMs))
        return Role::Secondary;
    return Role::Failed;
}

bool SingleInstance::listen()
{
    // We hold the lock, so a socket file left behind belongs to a crashed instance.
    QLocalServer::removeServer(socketPath());
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(socketPath())) {
        m_error = Tr::tr("Cannot listen on %1: %2")
                      .arg(QDir::toNativeSeparators(socketPath()), m_server.errorString());
        qCWarning(lcPlatform) << m_error;
        return false;
    }
    return true;
}

bool SingleInstance::notifyPrimary(const QStringList &arguments, int timeoutMs)
{
    QByteArray request(kMagic);
    {
        QDataStream stream(&request, QIODevice::Append);
        stream << arguments;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QString lastError;
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(socketPath());
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
            socket.write(request);
            socket.flush();
            QByteArray answer;
            while (!answer.endsWith('\n')
                   && socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                answer += socket.readAll();
            if (answer == kAnswer)
                return true;
            lastError = Tr::tr("it did not answer");
        } else {
            lastError = socket.errorString();
        }
        QThread::msleep(50);
    }
    m_error = Tr::tr("Another Cloudy Desktop is running but could not be reached (%1).").arg(lastError);
    return false;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    QByteArray buffer = socket->property("cloudyBuffer").toByteArray() + socket->readAll();
    const qsizetype magicLength = qsizetype(sizeof(kMagic) - 1);
    if (buffer.size() > 64 * 1024 || (buffer.size() >= magicLength && !buffer.startsWith(kMagic))) {
        socket->abort(); // not one of ours
        return;
    }
    QDataStream stream(buffer.mid(magicLength));
    QStringList arguments;
    stream.startTransaction();
    stream >> arguments;
    if (buffer.size() < magicLength || !stream.commitTransaction()) {
        socket->setProperty("cloudyBuffer", buffer); // wait for the rest
        return;
    }
    socket->write(kAnswer);
    socket->flush();
    socket->disconnectFromServer();
    qCInfo(lcPlatform) << "activation requested by a later launch" << arguments;
    Q_EMIT activationRequested(arguments);
}

} // namespace Cloudy
