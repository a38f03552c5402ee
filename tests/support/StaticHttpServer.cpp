// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaticHttpServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QMetaObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <mutex>

namespace {

// The socket's write buffer is kept below this; it is refilled as bytes leave.
constexpr qint64 highWater = 4 * 1024 * 1024;
constexpr qint64 chunk = 1024 * 1024;

struct Connection
{
    QByteArray request;
    bool responding = false;
    std::unique_ptr<QFile> file;
    qint64 remaining = 0; // body bytes still to send
    qint64 sent = 0;
    StaticHttpServer::Misbehaviour misbehaviour;
};

} // namespace

// Lives in its own thread; every socket and the server belong to it.
class StaticHttpServer::Worker : public QObject
{
public:
    explicit Worker(QString root)
        : m_root(std::move(root))
    { }

    void listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        if (m_server->listen(QHostAddress::LocalHost, 0))
            m_port = m_server->serverPort();
    }
    void stop()
    {
        // Sockets first: they are the server's children.
        const auto sockets = m_connections.keys();
        m_connections.clear();
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
            delete socket;
        }
        delete m_server;
        m_server = nullptr;
    }

    QThread m_thread;
    std::atomic<quint16> m_port {0};
    std::atomic<qint64> m_bodyBytes {0};
    mutable std::mutex m_mutex; // guards m_misbehaviour and m_requests
    Misbehaviour m_misbehaviour;
    QList<Request> m_requests;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_connections.insert(socket, std::make_shared<Connection>());
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            QObject::connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void readRequest(QTcpSocket *socket)
    {
        const auto found = m_connections.constFind(socket);
        if (found == m_connections.cend())
            return;
        Connection &connection = **found;
        if (connection.responding) {
            socket->readAll();
            return;
        }
        connection.request += socket->readAll();
        const qsizetype end = connection.request.indexOf("\r\n\r\n");
        if (end < 0) {
            if (connection.request.size() > 65536)
                socket->abort();
            return;
        }
        connection.responding = true;
        const QList<QByteArray> lines = connection.request.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request {requestLine.value(0), requestLine.value(1), {}};
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "range")
                request.range = line.mid(colon + 1).trimmed();
        }
        {
            std::lock_guard lock(m_mutex);
            connection.misbehaviour = m_misbehaviour;
            m_requests.append(request);
        }
        respond(socket, connection, request);
    }

    void respond(QTcpSocket *socket, Connection &connection, const Request &request)
    {
        const QString path =
            QDir::cleanPath(QString::fromUtf8(QByteArray::fromPercentEncoding(request.path)));
        const QString file = m_root + path;
        if ((request.method != "GET" && request.method != "HEAD") || !path.startsWith(u'/')
            || path.contains(QStringLiteral("/..")) || !QFileInfo(file).isFile()) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        connection.file = std::make_unique<QFile>(file);
        if (!connection.file->open(QIODevice::ReadOnly)) {
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const qint64 size = connection.file->size();
        qint64 first = 0;
        qint64 last = size - 1;
        QByteArray head = "HTTP/1.1 200 OK\r\n";
        static const QRegularExpression rangePattern(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
        const auto match = rangePattern.match(QString::fromLatin1(request.range));
        if (match.hasMatch() && !connection.misbehaviour.ignoreRange) {
            first = match.captured(1).toLongLong();
            if (!match.captured(2).isEmpty())
                last = qMin(last, match.captured(2).toLongLong());
            if (first >= size || first > last) {
                socket->write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */"
                              + QByteArray::number(size)
                              + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(first) + '-'
                   + QByteArray::number(last) + '/' + QByteArray::number(size) + "\r\n";
        }
        const qint64 length = last - first + 1;
        if (!connection.misbehaviour.omitContentLength)
            head += "Content-Length: "
                    + QByteArray::number(length + connection.misbehaviour.contentLengthDelta) + "\r\n";
        head += "Content-Type: application/octet-stream\r\nAccept-Ranges: bytes\r\nConnection: close\r\n\r\n";
        socket->write(head);
        connection.file->seek(first);
        connection.remaining = request.method == "HEAD" ? 0 : length;
        feed(socket);
    }

    void feed(QTcpSocket *socket)
    {
        const auto found = m_connections.constFind(socket);
        if (found == m_connections.cend() || !(*found)->responding)
            return;
        Connection &connection = **found;
        const Misbehaviour &knobs = connection.misbehaviour;
        while (connection.remaining > 0 && socket->bytesToWrite() < highWater) {
            qint64 allowed = qMin(chunk, connection.remaining);
            if (knobs.closeAfterBytes >= 0)
                allowed = qMin(allowed, knobs.closeAfterBytes - connection.sent);
            if (knobs.stallAfterBytes >= 0)
                allowed = qMin(allowed, knobs.stallAfterBytes - connection.sent);
            if (allowed <= 0)
                break;
            const QByteArray data = connection.file->read(allowed);
            if (data.isEmpty()) {
                connection.remaining = 0;
                break;
            }
            socket->write(data);
            connection.sent += data.size();
            connection.remaining -= data.size();
            m_bodyBytes += data.size();
        }
        const bool truncated = knobs.closeAfterBytes >= 0 && connection.sent >= knobs.closeAfterBytes;
        const bool stalled = knobs.stallAfterBytes >= 0 && connection.sent >= knobs.stallAfterBytes;
        if ((connection.remaining == 0 || truncated) && !stalled
            && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost(); // after the buffered bytes are written
    }

    QString m_root;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
};

StaticHttpServer::StaticHttpServer(const QString &rootDirectory)
    : m_worker(std::make_unique<Worker>(QDir(rootDirectory).absolutePath()))
{
    m_worker->moveToThread(&m_worker->m_thread);
    m_worker->m_thread.setObjectName(QStringLiteral("StaticHttpServer"));
    m_worker->m_thread.start();
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

StaticHttpServer::~StaticHttpServer()
{
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { m_worker->stop(); }, Qt::BlockingQueuedConnection);
    m_worker->m_thread.quit();
    m_worker->m_thread.wait();
}

quint16 StaticHttpServer::port() const
{
    return m_worker->m_port;
}

QUrl StaticHttpServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

void StaticHttpServer::setMisbehaviour(const Misbehaviour &misbehaviour)
{
    std::lock_guard lock(m_worker->m_mutex);
    m_worker->m_misbehaviour = misbehaviour;
}

QList<StaticHttpServer::Request> StaticHttpServer::requests() const
{
    std::lock_guard lock(m_worker->m_mutex);
    return m_worker->m_requests;
}

qint64 StaticHttpServer::bodyBytesSent() const
{
    return m_worker->m_bodyBytes;
}
