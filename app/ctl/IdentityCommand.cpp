// SPDX-License-Identifier: GPL-3.0-or-later
// cloudyctl identity show|create|export|import: this computer's node identity (the Ed25519 key pair its
// ledger entries are signed with). The same core/identity functions as cloudy-desktop's first-run
// assistant. Passphrases are never taken from the command line: they are read from the terminal without
// echo, or one per line from standard input when it is not a terminal (scripts and tests).
#include "Command.h"
#include "Output.h"
#include "Passphrase.h"
#include "identity/NodeIdentity.h"
#include "platform/Crypto.h"
#include "platform/Secrets.h"

#include <QFile>
#include <QJsonObject>

using namespace Cloudy::Identity;

namespace Cloudy::Ctl {

namespace {

// ---- Showing ------------------------------------------------------------------------------------------

QString storageName(const IdentityInfo &info)
{
    return info.storage == KeyStorage::Keyring ? QStringLiteral("keyring") : QStringLiteral("key-file");
}

QJsonObject infoJson(const IdentityInfo &info)
{
    QJsonObject object {{QStringLiteral("nodeId"), info.nodeId},
                        {QStringLiteral("publicKey"), QString::fromLatin1(info.publicKey.toBase64())},
                        {QStringLiteral("fingerprint"), info.fingerprint},
                        {QStringLiteral("storage"), storageName(info)},
                        {QStringLiteral("created"), info.created.toUTC().toString(Qt::ISODate)}};
    if (!info.keyFile.isEmpty())
        object.insert(QStringLiteral("keyFile"), info.keyFile);
    return object;
}

QString infoText(const IdentityInfo &info)
{
    QString text;
    text += Tr::tr("Node id:     %1").arg(info.nodeId) + QLatin1Char('\n');
    text += Tr::tr("Fingerprint: %1").arg(info.fingerprint) + QLatin1Char('\n');
    text += Tr::tr("Public key:  %1").arg(QString::fromLatin1(info.publicKey.toBase64())) + QLatin1Char('\n');
    text += (info.storage == KeyStorage::Keyring
                 ? Tr::tr("Kept in:     the keyring")
                 : Tr::tr("Kept in:     %1 (protected by a passphrase)").arg(info.keyFile))
            + QLatin1Char('\n');
    text += Tr::tr("Created:     %1").arg(info.created.toUTC().toString(Qt::ISODate));
    return text;
}

int show(Secrets &secrets, bool json)
{
    const Result<IdentityInfo> info = loadInfo(secrets);
    if (!info)
        return fail(info.error(), json);
    if (json)
        printJson(infoJson(info.value()));
    else
        printText(infoText(info.value()));
    return ExitOk;
}

// ---- Creating -----------------------------------------------------------------------------------------

int create(Secrets &secrets, const QString &keyFile)
{
    const Result<IdentityInfo> existing = loadInfo(secrets);
    if (existing) {
        printText(Tr::tr("This computer already has a node identity; nothing was created.\n%1")
                      .arg(infoText(existing.value())));
        return ExitOk;
    }
    if (keyFile.isEmpty()) {
        const Result<IdentityInfo> created = ensureIdentity(secrets);
        if (!created)
            return fail(created.error());
        printText(Tr::tr("Created a new node identity in the keyring. Back it up with \"cloudyctl identity "
                         "export FILE\".\n%1")
                      .arg(infoText(created.value())));
        return ExitOk;
    }
    Result<QByteArray> passphrase = askPassphrase(Tr::tr("Passphrase for the new key file"), true);
    if (!passphrase)
        return fail(passphrase.error());
    const Result<IdentityInfo> created = createInKeyFile(secrets, keyFile, passphrase.value());
    Crypto::wipe(passphrase.value());
    if (!created)
        return fail(created.error());
    printText(Tr::tr("Created a new node identity in %1. Cloudy asks for its passphrase when it signs; back "
                     "it up with \"cloudyctl identity export FILE\".\n%2")
                  .arg(created->keyFile, infoText(created.value())));
    return ExitOk;
}

// ---- Export and import --------------------------------------------------------------------------------

int exportTo(Secrets &secrets, const QString &file)
{
    QByteArray keyFilePassphrase;
    if (!configuredKeyFile().isEmpty()) {
        Result<QByteArray> read = askPassphrase(Tr::tr("Passphrase of the key file"), false);
        if (!read)
            return fail(read.error());
        keyFilePassphrase = std::move(read).value();
    }
    Result<QByteArray> backupPassphrase = askPassphrase(Tr::tr("Passphrase for the backup"), true);
    if (!backupPassphrase) {
        Crypto::wipe(keyFilePassphrase);
        return fail(backupPassphrase.error());
    }
    const Result<IdentityInfo> exported =
        exportBackup(secrets, file, backupPassphrase.value(), keyFilePassphrase);
    Crypto::wipe(keyFilePassphrase);
    Crypto::wipe(backupPassphrase.value());
    if (!exported)
        return fail(exported.error());
    printText(Tr::tr("Wrote the backup of node identity %1 to %2. Keep it and its passphrase: together they "
                     "restore this identity and its balance.")
                  .arg(exported->nodeId, file));
    return ExitOk;
}

int importFrom(Secrets &secrets, const QString &file, bool replace, const QString &keyFile)
{
    Result<QByteArray> passphrase = askPassphrase(Tr::tr("Passphrase of the backup"), false);
    if (!passphrase)
        return fail(passphrase.error());
    ImportOptions options;
    options.replace = replace;
    options.keyFile = keyFile;
    if (!keyFile.isEmpty()) {
        Result<QByteArray> keyFilePassphrase = askPassphrase(Tr::tr("Passphrase for the new key file"), true);
        if (!keyFilePassphrase) {
            Crypto::wipe(passphrase.value());
            return fail(keyFilePassphrase.error());
        }
        options.keyFilePassphrase = std::move(keyFilePassphrase).value();
    }
    const Result<IdentityInfo> imported = importBackup(secrets, file, passphrase.value(), options);
    Crypto::wipe(passphrase.value());
    Crypto::wipe(options.keyFilePassphrase);
    if (!imported)
        return fail(imported.error());
    printText(Tr::tr("This computer now has the node identity from the backup.\n%1")
                  .arg(infoText(imported.value())));
    return ExitOk;
}

} // namespace

int runIdentity(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("This computer's node identity (the key its contributions are signed with).\n"
               "  show [--json]                          the node id, fingerprint and where the key is kept\n"
               "  create [--key-file PATH]               a new identity in the keyring, or in a key file\n"
               "                                         protected by a passphrase when there is no keyring\n"
               "  export FILE                            a backup protected by a passphrase\n"
               "  import FILE [--replace] [--key-file PATH]   restore a backup\n"
               "Passphrases are read from the terminal, or one per line from standard input."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON (show)."));
    const QCommandLineOption keyFile(QStringLiteral("key-file"),
                                     Tr::tr("Keep the identity in this passphrase-protected file instead of "
                                            "the keyring (create, import)."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Tr::tr("Replace a different identity this computer has (import)."));
    parser.addOptions({json, keyFile, replace});
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("show, create, export or import"));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The backup file (export, import)."));
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("show"));
    auto usage = [&](const QString &message) {
        printError(message);
        printError(Tr::tr("Try '%1 --help'.").arg(arguments.value(0)));
        return int(ExitUsage);
    };
    const bool wantsFile = action == QLatin1String("export") || action == QLatin1String("import");
    if (positional.size() != (wantsFile ? 2 : (positional.isEmpty() ? 0 : 1)))
        return usage(wantsFile ? Tr::tr("'%1' needs exactly one FILE.").arg(action)
                               : Tr::tr("Too many arguments."));
    if (parser.isSet(keyFile) && action != QLatin1String("create") && action != QLatin1String("import"))
        return usage(Tr::tr("--key-file is for create and import."));
    if (parser.isSet(keyFile) && parser.value(keyFile).isEmpty())
        return usage(Tr::tr("--key-file needs a path."));

    Secrets secrets;
    if (action == QLatin1String("show"))
        return show(secrets, parser.isSet(json));
    if (action == QLatin1String("create"))
        return create(secrets, parser.value(keyFile));
    if (action == QLatin1String("export"))
        return exportTo(secrets, positional.at(1));
    if (action == QLatin1String("import"))
        return importFrom(secrets, positional.at(1), parser.isSet(replace), parser.value(keyFile));
    return usage(Tr::tr("Unknown action '%1': use show, create, export or import.").arg(action));
}

} // namespace Cloudy::Ctl
