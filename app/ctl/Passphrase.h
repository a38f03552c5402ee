// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "platform/Crypto.h"
#include "platform/Result.h"

#include <QByteArray>
#include <QString>

namespace Cloudy {
class Secrets;
}

// Passphrases for cloudyctl: never from the command line. They are read from the terminal without echo, or
// one per line from standard input when it is not a terminal (scripts and tests).
namespace Cloudy::Ctl {

// A passphrase: asked on the terminal (twice when confirm is set), else one line of standard input.
// Errors: "no-passphrase", "passphrase-mismatch". The caller wipes it.
Result<QByteArray> askPassphrase(const QString &prompt, bool confirm);

// The node's signing key (Identity::loadSigningKey), asking for the key file's passphrase when the
// identity lives in one. The caller wipes the secret key.
Result<Crypto::SigningKeyPair> loadSigningKeyAsking(Secrets &secrets);

} // namespace Cloudy::Ctl
