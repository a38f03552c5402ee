// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passphrase.h"

#include "identity/NodeIdentity.h"
#include "platform/Secrets.h"

#include <QFile>

#include <optional>
#include <termios.h>
#include <unistd.h>

namespace Cloudy::Ctl {

namespace {

QByteArray withoutLineEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// One line from the terminal with echo off; nothing on end of input.
std::optional<QByteArray> readHidden(const QString &prompt)
{
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly)) {
        err.write(prompt.toLocal8Bit() + ": ");
        err.flush();
    }
    termios saved {};
    const bool restore = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (restore) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    char c = 0;
    bool any = false;
    while (::read(STDIN_FILENO, &c, 1) == 1) {
        any = true;
        if (c == '\n')
            break;
        line.append(c);
    }
    if (restore)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!any)
        return std::nullopt;
    return withoutLineEnd(line);
}

// One line of standard input (not a terminal). Read unbuffered so that each call takes exactly one line.
std::optional<QByteArray> readLine()
{
    static QFile in;
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::nullopt;
    if (in.atEnd())
        return std::nullopt;
    const QByteArray line = in.readLine(4096);
    if (line.isEmpty())
        return std::nullopt;
    return withoutLineEnd(line);
}

} // namespace

// A passphrase: asked on the terminal (twice when confirm is set), else one line of standard input.
Result<QByteArray> askPassphrase(const QString &prompt, bool confirm)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    std::optional<QByteArray> first = terminal ? readHidden(prompt) : readLine();
    if (!first)
        return Error {
            QStringLiteral("no-passphrase"),
            terminal
                ? Tr::tr("No passphrase was entered.")
                : Tr::tr("No passphrase on standard input: write it there as one line (%1).").arg(prompt)};
    if (terminal && confirm) {
        std::optional<QByteArray> second = readHidden(Tr::tr("Repeat the passphrase"));
        const bool same = second && *second == *first;
        if (second)
            Crypto::wipe(*second);
        if (!same) {
            Crypto::wipe(*first);
            return Error {QStringLiteral("passphrase-mismatch"), Tr::tr("The two passphrases differ.")};
        }
    }
    return std::move(*first);
}

Result<Crypto::SigningKeyPair> loadSigningKeyAsking(Secrets &secrets)
{
    Result<Crypto::SigningKeyPair> key = Identity::loadSigningKey(secrets);
    if (key || key.error().code != QLatin1String("passphrase-needed"))
        return key;
    Result<QByteArray> passphrase = askPassphrase(Tr::tr("Passphrase of the key file"), false);
    if (!passphrase)
        return passphrase.error();
    key = Identity::loadSigningKey(secrets, passphrase.value());
    Crypto::wipe(passphrase.value());
    return key;
}

} // namespace Cloudy::Ctl
