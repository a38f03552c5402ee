// SPDX-License-Identifier: GPL-3.0-or-later
// cloudyctl catalog keygen|build|add|list|remove: publishing a signed service catalog, and choosing the
// catalogs this computer reads. add and list go through the same CatalogFetcher, trust file and list of
// added catalogs as cloudy-desktop, so a catalog trusted here is trusted there.
#include "Command.h"
#include "Output.h"
#include "platform/Crypto.h"
#include "services/Catalog.h"
#include "services/CatalogFetcher.h"
#include "services/CatalogRegistry.h"
#include "services/CatalogTrust.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Cloudy::Services;

namespace Cloudy::Ctl {

namespace {

constexpr int kKeyFileFormat = 1;
// A base for checking stubs in `build`: relative bundle URLs need some catalog URL to resolve against.
const QUrl kStubBase(QStringLiteral("https://catalog.invalid/index.json"));

// ---- keygen -------------------------------------------------------------------------------------------

int keygen(const QString &path)
{
    Crypto::SigningKeyPair pair = Crypto::generateSigningKeyPair();
    if (pair.publicKey.isEmpty()) {
        printError(Tr::tr("Cannot generate a key: libsodium does not work on this computer."));
        return ExitProblemsFound;
    }
    QByteArray seed = Crypto::seedOf(pair.secretKey);
    Crypto::wipe(pair.secretKey);
    const QString fingerprint = Crypto::keyFingerprint(pair.publicKey);
    // Written by hand rather than through QJsonDocument, whose copies of the seed could not be wiped.
    QByteArray seedText = seed.toBase64();
    Crypto::wipe(seed);
    QByteArray text;
    text.reserve(512);
    text.append("{\n    \"format\": ").append(QByteArray::number(kKeyFileFormat));
    text.append(",\n    \"algorithm\": \"ed25519\",\n    \"publicKey\": \"")
        .append(pair.publicKey.toBase64());
    text.append("\",\n    \"fingerprint\": \"").append(fingerprint.toLatin1());
    text.append("\",\n    \"seed\": \"").append(seedText).append("\"\n}\n");
    Crypto::wipe(seedText);
    // O_EXCL: never overwrite a key (a lost key means every user must trust a new one); 0600 from the start.
    const QByteArray nativePath = QFile::encodeName(path);
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        Crypto::wipe(text);
        if (error == EEXIST)
            printError(
                Tr::tr("%1 already exists; cloudyctl never overwrites a key. Choose another file name.")
                    .arg(path));
        else
            printError(Tr::tr("Cannot create %1: %2.").arg(path, QString::fromLocal8Bit(strerror(error))));
        return ExitProblemsFound;
    }
    QFile file;
    const bool written = file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)
                         && file.write(text) == text.size() && file.flush() && ::fsync(fd) == 0;
    Crypto::wipe(text);
    file.close();
    if (!written) {
        printError(Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()));
        QFile::remove(path);
        return ExitProblemsFound;
    }
    printText(Tr::tr("Wrote the signing key %1 (keep it secret; back it up).\nFingerprint: %2")
                  .arg(path, fingerprint));
    return ExitOk;
}

Result<Crypto::SigningKeyPair> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("key-file"),
                      Tr::tr("Cannot read the key %1: %2.").arg(path, file.errorString())};
    QByteArray text = file.read(64 * 1024);
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    Crypto::wipe(text);
    QByteArray seed = QByteArray::fromBase64(object.value(QStringLiteral("seed")).toString().toLatin1());
    Crypto::SigningKeyPair pair = Crypto::signingKeyPairFromSeed(seed);
    Crypto::wipe(seed);
    if (object.value(QStringLiteral("format")).toInt() != kKeyFileFormat || pair.publicKey.isEmpty()
        || pair.publicKey.toBase64() != object.value(QStringLiteral("publicKey")).toString().toLatin1())
        return Error {QStringLiteral("key-file"),
                      Tr::tr("%1 is not a key written by 'cloudyctl catalog keygen'.").arg(path)};
    return pair;
}

// ---- build --------------------------------------------------------------------------------------------

struct BuiltBundle
{
    QString source;
    QString name;
};

Result<QJsonObject> readStub(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("stub"), Tr::tr("Cannot read %1: %2.").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxCatalogBytes + 1), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {QStringLiteral("stub"),
                      Tr::tr("%1 is not a JSON object: %2.").arg(path, parseError.errorString())};
    return document.object();
}

// sha256 and size of a file, read in chunks (bundles can be large).
bool hashFile(const QString &path, QString *sha256, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return false;
    *sha256 = QString::fromLatin1(hash.result().toHex());
    *size = file.size();
    return true;
}

int build(const QString &directory, const QString &keyPath, const QString &outDirectory, QString publisher)
{
    const QDir source(directory);
    if (!source.exists()) {
        printError(Tr::tr("%1 is not a directory.").arg(directory));
        return ExitUsage;
    }
    if (publisher.isEmpty()) {
        const QString catalogFile = source.filePath(QStringLiteral("catalog.json"));
        if (QFile::exists(catalogFile)) {
            const Result<QJsonObject> settings = readStub(catalogFile);
            if (!settings) {
                printError(settings.error().message);
                return ExitProblemsFound;
            }
            publisher = settings->value(QStringLiteral("publisher")).toString().trimmed();
        }
    }
    if (publisher.isEmpty()) {
        printError(Tr::tr("Name the publisher: --publisher NAME, or \"publisher\" in %1/catalog.json.")
                       .arg(directory));
        return ExitUsage;
    }

    Catalog catalog;
    catalog.publisher = publisher;
    catalog.generated = QDateTime::currentDateTimeUtc();
    catalog.generated.setTime(QTime(catalog.generated.time().hour(), catalog.generated.time().minute(),
                                    catalog.generated.time().second()));
    QList<BuiltBundle> bundles;
    const QDir servicesDir(source.filePath(QStringLiteral("services")));
    const QStringList stubs = servicesDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (stubs.isEmpty()) {
        printError(Tr::tr("%1 has no service descriptions (services/*.json).").arg(directory));
        return ExitProblemsFound;
    }
    for (const QString &stubName : stubs) {
        const QString stubPath = servicesDir.filePath(stubName);
        Result<QJsonObject> stub = readStub(stubPath);
        if (!stub) {
            printError(stub.error().message);
            return ExitProblemsFound;
        }
        QJsonObject object = stub.value();
        const QJsonValue bundle = object.value(QStringLiteral("bundle"));
        if (bundle.isString()) {
            const QString name = bundle.toString();
            const QString bundlePath = source.filePath(QStringLiteral("bundles/") + name);
            QString sha256;
            qint64 size = 0;
            if (name.isEmpty() || name.contains(u'/') || name.startsWith(u'.')
                || !hashFile(bundlePath, &sha256, &size)) {
                printError(Tr::tr("%1: the bundle \"%2\" is not a file in %3/bundles.")
                               .arg(stubPath, name, directory));
                return ExitProblemsFound;
            }
            object.insert(QStringLiteral("bundle"),
                          QJsonObject {{QStringLiteral("url"), QString(QStringLiteral("bundles/") + name)},
                                       {QStringLiteral("sha256"), sha256},
                                       {QStringLiteral("size"), double(size)}});
            const bool listed = std::any_of(bundles.cbegin(), bundles.cend(),
                                            [&](const BuiltBundle &other) { return other.name == name; });
            if (!listed) // two services may share a bundle file: copied once
                bundles.append({bundlePath, name});
        }
        Result<CatalogEntry> entry = parseCatalogEntry(object, kStubBase);
        if (!entry) {
            printError(Tr::tr("%1: %2").arg(stubPath, entry.error().message));
            return ExitProblemsFound;
        }
        if (catalog.find(entry->id)) {
            printError(Tr::tr("%1: another description already has the id \"%2\".").arg(stubPath, entry->id));
            return ExitProblemsFound;
        }
        catalog.services.append(std::move(entry).value());
    }

    Result<Crypto::SigningKeyPair> key = readKeyFile(keyPath);
    if (!key) {
        printError(key.error().message);
        return ExitProblemsFound;
    }
    // Moved, not copied: a shared copy would survive the wipe below.
    Crypto::SigningKeyPair pair = std::move(key).value();
    catalog.publicKey = pair.publicKey;
    const QByteArray index = catalogToJson(catalog);
    const QByteArray signature = signatureToText(Crypto::signDetached(index, pair.secretKey));
    Crypto::wipe(pair.secretKey);
    // What readers will check, checked here first.
    const Result<Catalog> check = verifyCatalog(index, signature, kStubBase);
    if (!check || !check->rejected.isEmpty()) {
        printError(Tr::tr("The catalog written does not read back: %1")
                       .arg(check ? check->rejected.join(QLatin1Char(' ')) : check.error().message));
        return ExitProblemsFound;
    }

    const QDir out(outDirectory);
    if (!QDir().mkpath(out.filePath(QStringLiteral("bundles")))) {
        printError(Tr::tr("Cannot create %1.").arg(out.filePath(QStringLiteral("bundles"))));
        return ExitProblemsFound;
    }
    for (const BuiltBundle &bundle : bundles) {
        const QString target = out.filePath(QStringLiteral("bundles/") + bundle.name);
        if (QFileInfo(target).canonicalFilePath() == QFileInfo(bundle.source).canonicalFilePath())
            continue; // OUT is DIR: the bundle is already in place
        QFile::remove(target);
        if (!QFile::copy(bundle.source, target)) {
            printError(Tr::tr("Cannot copy %1 to %2.").arg(bundle.source, target));
            return ExitProblemsFound;
        }
    }
    // The signature first: a reader that sees the new index.json sees its signature too.
    for (const auto &[name, bytes] : {std::pair {QStringLiteral("index.json.sig"), signature},
                                      std::pair {QStringLiteral("index.json"), index}}) {
        QSaveFile file(out.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            printError(Tr::tr("Cannot write %1: %2.").arg(out.filePath(name), file.errorString()));
            return ExitProblemsFound;
        }
    }
    const qsizetype serviceCount = catalog.services.size();
    const qsizetype bundleCount = bundles.size();
    const int services = int(serviceCount);
    const int copied = int(bundleCount);
    printText(
        Tr::tr("Wrote %1: %n service(s).", nullptr, services).arg(out.filePath(QStringLiteral("index.json")))
        + QLatin1Char('\n') + Tr::tr("Bundles copied: %n.", nullptr, copied) + QLatin1Char('\n')
        + Tr::tr("Signed by the key with fingerprint %1.").arg(Crypto::keyFingerprint(catalog.publicKey)));
    return ExitOk;
}

// ---- add / list / remove -------------------------------------------------------------------------------

CatalogFetchResult fetchNow(CatalogFetcher &fetcher, const QUrl &url)
{
    CatalogFetchResult result;
    QEventLoop loop;
    QObject::connect(&fetcher, &CatalogFetcher::finished, &loop, [&](const CatalogFetchResult &fetched) {
        result = fetched;
        loop.quit();
    });
    fetcher.fetch(url);
    loop.exec();
    return result;
}

QString statusName(CatalogFetchResult::Status status)
{
    switch (status) {
    case CatalogFetchResult::Status::Ok:
        return QStringLiteral("ok");
    case CatalogFetchResult::Status::UntrustedPublisher:
        return QStringLiteral("untrusted");
    case CatalogFetchResult::Status::KeyChanged:
        return QStringLiteral("key-changed");
    case CatalogFetchResult::Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject entryJson(const CatalogEntry &entry)
{
    QJsonObject object {{QStringLiteral("id"), entry.id},
                        {QStringLiteral("name"), entry.name},
                        {QStringLiteral("version"), entry.version},
                        {QStringLiteral("summary"), entry.summary},
                        {QStringLiteral("category"), entry.category},
                        {QStringLiteral("installable"), entry.installable()}};
    if (!entry.kind.isEmpty())
        object.insert(QStringLiteral("kind"), entry.kind);
    if (entry.bundle)
        object.insert(QStringLiteral("bundle"),
                      QJsonObject {{QStringLiteral("url"), entry.bundle->url.toString(QUrl::FullyEncoded)},
                                   {QStringLiteral("sha256"), entry.bundle->sha256},
                                   {QStringLiteral("size"), double(entry.bundle->size)}});
    return object;
}

QJsonObject catalogJson(const Catalog &catalog)
{
    QJsonArray services;
    for (const CatalogEntry &entry : catalog.services)
        services.append(entryJson(entry));
    return {{QStringLiteral("publisher"), catalog.publisher},
            {QStringLiteral("generated"), catalog.generated.toString(Qt::ISODate)},
            {QStringLiteral("services"), services},
            {QStringLiteral("rejected"), QJsonArray::fromStringList(catalog.rejected)}};
}

QJsonObject resultJson(const CatalogFetchResult &result)
{
    QJsonObject object {{QStringLiteral("url"), result.url.toString(QUrl::FullyEncoded)},
                        {QStringLiteral("builtIn"), false},
                        {QStringLiteral("status"), statusName(result.status)},
                        {QStringLiteral("fromCache"), result.fromCache}};
    if (!result.fingerprint.isEmpty())
        object.insert(QStringLiteral("fingerprint"), result.fingerprint);
    if (!result.error.code.isEmpty())
        object.insert(QStringLiteral("error"), errorJson(result.error));
    if (result.status == CatalogFetchResult::Status::Ok
        || result.status == CatalogFetchResult::Status::UntrustedPublisher) {
        const QJsonObject catalog = catalogJson(result.catalog);
        for (auto it = catalog.begin(); it != catalog.end(); ++it)
            object.insert(it.key(), it.value());
    }
    return object;
}

QString catalogText(const Catalog &catalog)
{
    QString text;
    for (const CatalogEntry &entry : catalog.services) {
        text += QStringLiteral("  %1 %2 — %3").arg(entry.id, entry.version, entry.name);
        if (!entry.summary.isEmpty())
            text += QStringLiteral(": ") + entry.summary;
        if (!entry.installable())
            text += Tr::tr(" (offered by microclouds)");
        text += QLatin1Char('\n');
    }
    for (const QString &rejected : catalog.rejected)
        text += Tr::tr("  Left out: %1").arg(rejected) + QLatin1Char('\n');
    return text;
}

int add(const QString &urlText, const QString &trustFingerprint, bool json)
{
    const Result<QUrl> url = catalogUrlFromUserInput(urlText);
    if (!url) {
        printError(url.error().message);
        return ExitUsage;
    }
    CatalogRegistry registry;
    CatalogFetcher fetcher;
    CatalogFetchResult result = fetchNow(fetcher, url.value());
    const bool trustGiven = !trustFingerprint.isEmpty();
    const auto fail = [&](const Error &error, const QString &status) {
        if (json) {
            QJsonObject object = resultJson(result);
            object.insert(QStringLiteral("status"), status);
            object.insert(QStringLiteral("error"), errorJson(error));
            printJson(object);
        } else {
            printError(error.message);
        }
        return ExitProblemsFound;
    };

    if (result.status == CatalogFetchResult::Status::Ok && result.fromCache)
        return fail(
            {QStringLiteral("catalog-download"),
             Tr::tr("%1 Only a saved copy is available, so nothing was changed.").arg(result.error.message)},
            QStringLiteral("failed"));
    if (result.status == CatalogFetchResult::Status::Failed
        || result.status == CatalogFetchResult::Status::KeyChanged)
        return fail(result.error, statusName(result.status));
    if (trustGiven && !Crypto::sameFingerprint(trustFingerprint, result.fingerprint))
        return fail({QStringLiteral("fingerprint-mismatch"),
                     Tr::tr("The catalog at %1 is signed by the key with fingerprint %2, not %3. Nothing was "
                            "trusted or added.")
                         .arg(url->toDisplayString(), result.fingerprint, trustFingerprint)},
                    QStringLiteral("fingerprint-mismatch"));
    if (result.status == CatalogFetchResult::Status::UntrustedPublisher) {
        if (!trustGiven) {
            if (json) {
                printJson(resultJson(result));
            } else {
                printText(
                    Tr::tr("The catalog at %1 is published by \"%2\", whose key has the fingerprint\n  %3\n"
                           "Check this fingerprint with the microcloud's operators, then trust it with:\n"
                           "  cloudyctl catalog add %1 --trust '%3'")
                        .arg(url->toDisplayString(), result.catalog.publisher, result.fingerprint));
            }
            return ExitProblemsFound;
        }
        const Result<bool> trusted = fetcher.trustPublisher(result);
        if (!trusted)
            return fail(trusted.error(), QStringLiteral("failed"));
        result.status = CatalogFetchResult::Status::Ok;
    }
    const Result<bool> added = registry.add(url.value());
    if (!added)
        return fail(added.error(), QStringLiteral("failed"));
    if (json) {
        QJsonObject object = resultJson(result);
        object.insert(QStringLiteral("status"),
                      added.value() ? QStringLiteral("added") : QStringLiteral("already-added"));
        printJson(object);
    } else {
        const int count = int(result.catalog.services.size());
        printText(
            Tr::tr("Added the catalog of \"%1\" (key fingerprint %2) with %n service(s):", nullptr, count)
                .arg(result.catalog.publisher, result.fingerprint)
            + QLatin1Char('\n') + catalogText(result.catalog));
    }
    return ExitOk;
}

int list(bool json, bool offline)
{
    CatalogRegistry registry;
    if (const auto problem = registry.problem()) {
        printError(problem->message);
        return ExitProblemsFound;
    }
    CatalogFetcher fetcher;
    QJsonArray catalogs;
    QString text;
    bool allOk = true;

    const Catalog &builtIn = defaultCatalog();
    QJsonObject builtInJson = catalogJson(builtIn);
    builtInJson.insert(QStringLiteral("builtIn"), true);
    builtInJson.insert(QStringLiteral("status"), QStringLiteral("ok"));
    catalogs.append(builtInJson);
    text += Tr::tr("Built into Cloudy Desktop:") + QLatin1Char('\n') + catalogText(builtIn);

    for (const CatalogSource &source : registry.sources()) {
        const CatalogFetchResult result =
            offline ? fetcher.loadCached(source.url) : fetchNow(fetcher, source.url);
        catalogs.append(resultJson(result));
        text += QLatin1Char('\n');
        if (result.status == CatalogFetchResult::Status::Ok) {
            text += Tr::tr("%1 — %2 (key fingerprint %3):")
                        .arg(result.catalog.publisher, source.url.toDisplayString(), result.fingerprint)
                    + QLatin1Char('\n');
            if (result.fromCache)
                text += Tr::tr("  (saved copy: %1)").arg(result.error.message) + QLatin1Char('\n');
            text += catalogText(result.catalog);
        } else {
            allOk = false;
            text +=
                Tr::tr("%1: %2").arg(source.url.toDisplayString(), result.error.message) + QLatin1Char('\n');
        }
    }
    if (json)
        printJson({{QStringLiteral("catalogs"), catalogs}});
    else
        printText(text);
    return allOk ? ExitOk : ExitProblemsFound;
}

int remove(const QString &urlText)
{
    const Result<QUrl> url = catalogUrlFromUserInput(urlText);
    if (!url) {
        printError(url.error().message);
        return ExitUsage;
    }
    CatalogRegistry registry;
    const Result<bool> removed = registry.remove(url.value());
    if (!removed) {
        printError(removed.error().message);
        return ExitProblemsFound;
    }
    if (!removed.value()) {
        printError(Tr::tr("%1 is not among the added catalogs.").arg(url->toDisplayString()));
        return ExitProblemsFound;
    }
    // Forget the key too unless another added catalog lives at the same origin.
    const QString place = CatalogTrust::placeForUrl(url.value());
    const QList<CatalogSource> rest = registry.sources();
    if (std::none_of(rest.cbegin(), rest.cend(), [&](const CatalogSource &source) {
            return CatalogTrust::placeForUrl(source.url) == place;
        })) {
        CatalogTrust trust;
        const Result<bool> forgotten = trust.forget(place);
        if (!forgotten) {
            printError(forgotten.error().message);
            return ExitProblemsFound;
        }
    }
    printText(Tr::tr("Removed the catalog %1.").arg(url->toDisplayString()));
    return ExitOk;
}

} // namespace

int runCatalog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Publishes service catalogs and chooses the ones this computer reads.\n"
               "  keygen KEYFILE                        make a signing key (never overwrites one)\n"
               "  build DIR --key KEYFILE --out OUT     sign DIR's services/*.json and bundles/ into OUT\n"
               "  add URL [--trust FINGERPRINT]         read the catalog at URL from now on\n"
               "  list                                  the catalogs read and their services\n"
               "  remove URL                            stop reading a catalog and forget its key"));
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("keygen, build, add, list or remove"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption trustOption(QStringLiteral("trust"),
                                         Tr::tr("Trust the catalog's key if it has this fingerprint."),
                                         QStringLiteral("FINGERPRINT"));
    const QCommandLineOption keyOption(QStringLiteral("key"), Tr::tr("The signing key (build)."),
                                       QStringLiteral("KEYFILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("Where build writes the catalog."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption publisherOption(
        QStringLiteral("publisher"), Tr::tr("The publisher's name (build; default: DIR/catalog.json)."),
        QStringLiteral("NAME"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"),
                                           Tr::tr("Use the saved copies, do not download (list)."));
    parser.addOptions({jsonOption, trustOption, keyOption, outOption, publisherOption, offlineOption});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const auto usage = [](const QString &message) {
        printError(message);
        printError(Tr::tr("Try 'cloudyctl catalog --help'."));
        return ExitUsage;
    };
    if (action == QLatin1String("keygen")) {
        if (positional.size() != 2)
            return usage(Tr::tr("keygen needs the name of the key file to write."));
        return keygen(positional.at(1));
    }
    if (action == QLatin1String("build")) {
        if (positional.size() != 2 || !parser.isSet(keyOption) || !parser.isSet(outOption))
            return usage(Tr::tr("build needs a directory, --key KEYFILE and --out DIR."));
        return build(positional.at(1), parser.value(keyOption), parser.value(outOption),
                     parser.value(publisherOption).trimmed());
    }
    if (action == QLatin1String("add")) {
        if (positional.size() != 2)
            return usage(Tr::tr("add needs the URL of a catalog's index.json."));
        return add(positional.at(1), parser.value(trustOption), parser.isSet(jsonOption));
    }
    if (action == QLatin1String("list")) {
        if (positional.size() != 1)
            return usage(Tr::tr("list takes no arguments."));
        return list(parser.isSet(jsonOption), parser.isSet(offlineOption));
    }
    if (action == QLatin1String("remove")) {
        if (positional.size() != 2)
            return usage(Tr::tr("remove needs the URL of an added catalog."));
        return remove(positional.at(1));
    }
    return usage(action.isEmpty()
                     ? Tr::tr("Say what to do: keygen, build, add, list or remove.")
                     : Tr::tr("Unknown action '%1': use keygen, build, add, list or remove.").arg(action));
}

} // namespace Cloudy::Ctl
