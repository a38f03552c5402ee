// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Domain.h"
#include "platform/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace Cloudy::Virt {

// The complete lines at the start of buffer (without CR/LF, invalid UTF-8 replaced); what follows the
// last newline stays in buffer for the next read. Console streams and console log files are read so.
QStringList takeLines(QByteArray &buffer);

// A domain's console read live: virDomainOpenConsole on a non-blocking virStream whose readiness comes
// from libvirt's event loop, which is Qt's (EventLoop.h) — no thread, no polling. LXC containers have no
// console log file, so this is how their output is seen; QEMU guests can use it or their serial log.
// Only one client reads a console at a time: opening takes it over where the driver allows (QEMU).
class ConsoleStream final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxLineBytes = 16 * 1024; // a longer "line" is cut there and reported

    explicit ConsoleStream(QObject *parent = nullptr);
    ~ConsoleStream() override;

    Result<bool> open(const Domain &domain);
    void close();
    bool isOpen() const;

Q_SIGNALS:
    void received(const QByteArray &bytes);
    // Each complete line, without its CR/LF, invalid UTF-8 replaced.
    void lineReceived(const QString &line);
    // The stream ended: the domain stopped, another client took the console, or libvirt went away.
    void closed(const QString &reason);

private:
    struct Private;
    void onReadable();
    void finish(const QString &reason);

    std::unique_ptr<Private> d;
};

} // namespace Cloudy::Virt
