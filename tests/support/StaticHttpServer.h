// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

// A real HTTP/1.1 server on 127.0.0.1 serving the files of one directory (GET and HEAD, Range requests
// answered with 206/416), for tests and benchmarks that download over a socket instead of faking replies.
// It runs in a thread of its own, so a test may block (QSignalSpy::wait, a child process) while it serves.
// Misbehaviour knobs make it the hostile or broken server a download must survive. Every response closes
// its connection ("Connection: close").
class StaticHttpServer
{
public:
    struct Misbehaviour
    {
        qint64 closeAfterBytes = -1; // close the connection after this many body bytes (truncation)
        qint64 stallAfterBytes = -1; // stop sending after this many body bytes, keep the connection open
        qint64 contentLengthDelta = 0; // added to the Content-Length announced (a lie)
        bool omitContentLength = false; // no Content-Length: the body ends when the connection closes
        bool ignoreRange = false; // answer 200 with the whole file to Range requests
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray range; // the Range header, empty if none
    };

    // Starts listening on 127.0.0.1 on a free port; the files come from rootDirectory.
    explicit StaticHttpServer(const QString &rootDirectory);
    ~StaticHttpServer();
    StaticHttpServer(const StaticHttpServer &) = delete;
    StaticHttpServer &operator=(const StaticHttpServer &) = delete;

    bool isListening() const { return port() != 0; }
    quint16 port() const;
    // http://127.0.0.1:PORT/path
    QUrl url(const QString &path) const;

    // Applies to the responses started after the call.
    void setMisbehaviour(const Misbehaviour &misbehaviour);
    // Every request received so far, in order.
    QList<Request> requests() const;
    // Body bytes written to sockets so far, all responses together.
    qint64 bodyBytesSent() const;

    class Worker;

private:
    std::unique_ptr<Worker> m_worker;
};
