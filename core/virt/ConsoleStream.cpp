// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleStream.h"

#include "DomainPrivate.h"
#include "EventLoop.h"
#include "VirtHandles.h"
#include "VirtLog.h"

#include <QCoreApplication>
#include <QPointer>

namespace Cloudy::Virt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt)
};

constexpr int kReadChunk = 64 * 1024;

} // namespace

QStringList takeLines(QByteArray &buffer)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype newline; (newline = buffer.indexOf('\n', start)) >= 0; start = newline + 1) {
        QByteArrayView line(buffer.constData() + start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromUtf8(line));
    }
    buffer.remove(0, start);
    return lines;
}

struct ConsoleStream::Private
{
    Domain domain; // keeps the connection referenced while the stream lives
    StreamHandle stream;
    bool callbackAdded = false;
    QByteArray partialLine;
};

ConsoleStream::ConsoleStream(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

ConsoleStream::~ConsoleStream()
{
    close();
}

bool ConsoleStream::isOpen() const
{
    return d->stream != nullptr;
}

Result<bool> ConsoleStream::open(const Domain &domain)
{
    close();
    virDomainPtr raw = rawDomain(domain);
    if (!raw)
        return Error {QStringLiteral("console-no-domain"),
                      Tr::tr("There is no guest to read the console of.")};
    if (!useQtEventLoop())
        return Error {QStringLiteral("console-no-event-loop"),
                      Tr::tr("The console cannot be followed without an application event loop.")};
    StreamHandle stream(virStreamNew(virDomainGetConnect(raw), VIR_STREAM_NONBLOCK));
    if (!stream)
        return libvirtFailure(QStringLiteral("console-stream"), Tr::tr("Could not create a console stream"));
    // FORCE takes the console from another client; the LXC driver knows no flag at all.
    if (virDomainOpenConsole(raw, nullptr, stream.get(), VIR_DOMAIN_CONSOLE_FORCE) < 0
        && virDomainOpenConsole(raw, nullptr, stream.get(), 0) < 0)
        return libvirtFailure(QStringLiteral("console-open"),
                              Tr::tr("Could not open the console of %1").arg(domain.name()));
    const auto callback = [](virStreamPtr, int, void *opaque) {
        static_cast<ConsoleStream *>(opaque)->onReadable();
    };
    if (virStreamEventAddCallback(
            stream.get(), VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_HANGUP | VIR_STREAM_EVENT_ERROR,
            callback, this, nullptr)
        < 0) {
        virStreamAbort(stream.get());
        return libvirtFailure(QStringLiteral("console-watch"), Tr::tr("Could not follow the console stream"));
    }
    d->domain = domain;
    d->stream = std::move(stream);
    d->callbackAdded = true;
    d->partialLine.clear();
    qCDebug(lcVirt).noquote() << "console of" << domain.name() << "open";
    return true;
}

void ConsoleStream::close()
{
    if (!d->stream)
        return;
    if (d->callbackAdded)
        virStreamEventRemoveCallback(d->stream.get());
    d->callbackAdded = false;
    virStreamAbort(d->stream.get()); // fails harmlessly when the stream already ended
    d->stream.reset();
    d->domain = Domain();
}

void ConsoleStream::finish(const QString &reason)
{
    if (!d->partialLine.isEmpty()) {
        const QByteArray rest = std::exchange(d->partialLine, {});
        Q_EMIT lineReceived(QString::fromUtf8(rest));
    }
    close();
    Q_EMIT closed(reason);
}

void ConsoleStream::onReadable()
{
    QPointer<ConsoleStream> self(this);
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    // Read what is there now; the event loop calls again when more comes.
    for (int rounds = 0; rounds < 16 && d->stream; ++rounds) {
        const int got = virStreamRecv(d->stream.get(), buffer.data(), size_t(buffer.size()));
        if (got == -2) // nothing more for now
            return;
        if (got == 0) {
            finish(Tr::tr("The console closed (the guest stopped)."));
            return;
        }
        if (got < 0) {
            const Error error =
                libvirtFailure(QStringLiteral("console-read"), Tr::tr("Reading the console failed"));
            finish(error.message);
            return;
        }
        const QByteArray bytes = buffer.left(got);
        Q_EMIT received(bytes);
        if (!self)
            return;
        d->partialLine += bytes;
        for (const QString &line : takeLines(d->partialLine)) {
            Q_EMIT lineReceived(line);
            if (!self)
                return;
        }
        if (d->partialLine.size() > kMaxLineBytes) {
            const QByteArray cut = std::exchange(d->partialLine, {});
            Q_EMIT lineReceived(QString::fromUtf8(cut.left(kMaxLineBytes)));
            if (!self)
                return;
        }
    }
}

} // namespace Cloudy::Virt
