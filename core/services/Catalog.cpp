// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include "ServicesLog.h"
#include "platform/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::Catalog)
};

const QStringList kCategories {
    QStringLiteral("storage"), QStringLiteral("sync"),    QStringLiteral("streaming"), QStringLiteral("web"),
    QStringLiteral("seeding"), QStringLiteral("network"), QStringLiteral("other")};
constexpr qsizetype kMaxPorts = 16;
constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxVersionLength = 64;
constexpr qsizetype kMaxSummaryLength = 300;
constexpr qsizetype kMaxDescriptionLength = 20000;
constexpr qint64 kMaxBundleSize = qint64(1) << 53; // the largest integer a JSON number holds exactly

Error catalogError(const QString &message)
{
    return {QStringLiteral("catalog-invalid"), message};
}

Error entryError(const QString &message)
{
    return {QStringLiteral("entry-invalid"), message};
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// A JSON number that is a whole number within [min, max].
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < double(min)
        || number > double(max))
        return std::nullopt;
    return static_cast<qint64>(number);
}

bool hasControlCharacters(const QString &text, bool allowNewlines)
{
    for (const QChar c : text) {
        if (allowNewlines && c == QLatin1Char('\n'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// A text field: a string of 1..maxLength characters without control characters (newlines only where allowed).
std::optional<QString> textField(const QJsonObject &object, const QString &key, qsizetype maxLength,
                                 bool required, bool allowNewlines, Error *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            *error = entryError(Tr::tr("\"%1\" is missing.").arg(key));
            return std::nullopt;
        }
        return QString();
    }
    const QString text = value.toString();
    if (!value.isString() || (required && text.trimmed().isEmpty()) || text.size() > maxLength
        || hasControlCharacters(text, allowNewlines)) {
        *error =
            entryError(Tr::tr("\"%1\" must be text of at most %2 characters, without control characters.")
                           .arg(key)
                           .arg(maxLength));
        return std::nullopt;
    }
    return text;
}

QString nameOf(const QJsonObject &object, int index)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    if (isValidServiceId(id))
        return QStringLiteral("\"%1\"").arg(id);
    const int number = index + 1;
    return Tr::tr("number %1").arg(number);
}

std::optional<QList<ServicePort>> parsePorts(const QJsonValue &value, Error *error)
{
    QList<ServicePort> ports;
    if (value.isUndefined() || value.isNull())
        return ports;
    if (!value.isArray() || value.toArray().size() > kMaxPorts) {
        *error = entryError(Tr::tr("\"ports\" must be a list of at most %1 ports.").arg(kMaxPorts));
        return std::nullopt;
    }
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9-]{1,32}$"));
    QSet<QString> names;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        ServicePort port;
        port.name = object.value(QStringLiteral("name")).toString();
        if (!item.isObject() || !namePattern.match(port.name).hasMatch()) {
            *error =
                entryError(Tr::tr("Every port needs a \"name\" of 1 to 32 characters a-z, 0-9 and \"-\"."));
            return std::nullopt;
        }
        if (names.contains(port.name)) {
            *error = entryError(Tr::tr("Two ports are named \"%1\".").arg(port.name));
            return std::nullopt;
        }
        names.insert(port.name);
        const auto guestPort = wholeNumber(object.value(QStringLiteral("guestPort")), 1, 65535);
        if (!guestPort) {
            *error =
                entryError(Tr::tr("The \"guestPort\" of port \"%1\" must be a whole number from 1 to 65535.")
                               .arg(port.name));
            return std::nullopt;
        }
        port.guestPort = int(*guestPort);
        port.protocol = object.value(QStringLiteral("protocol")).toString();
        if (port.protocol != QLatin1String("tcp") && port.protocol != QLatin1String("udp")) {
            *error = entryError(
                Tr::tr("The \"protocol\" of port \"%1\" must be \"tcp\" or \"udp\".").arg(port.name));
            return std::nullopt;
        }
        const QJsonValue http = object.value(QStringLiteral("http"));
        if (!http.isUndefined() && !http.isBool()) {
            *error = entryError(Tr::tr("The \"http\" of port \"%1\" must be true or false.").arg(port.name));
            return std::nullopt;
        }
        port.http = http.toBool(false);
        if (port.http && port.protocol != QLatin1String("tcp")) {
            *error = entryError(Tr::tr("Port \"%1\" is marked \"http\" but is not tcp.").arg(port.name));
            return std::nullopt;
        }
        ports.append(port);
    }
    return ports;
}

std::optional<Readiness> parseReadiness(const QJsonValue &value, const QList<ServicePort> &ports,
                                        Error *error)
{
    if (!value.isObject()) {
        *error = entryError(Tr::tr("\"readiness\" is missing: say how Cloudy knows the service is ready."));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Readiness readiness;
    const QJsonValue line = object.value(QStringLiteral("consoleLine"));
    const QJsonValue port = object.value(QStringLiteral("port"));
    if (line.isUndefined() == port.isUndefined()) {
        *error = entryError(Tr::tr("\"readiness\" must have exactly one of \"consoleLine\" and \"port\"."));
        return std::nullopt;
    }
    if (!line.isUndefined()) {
        readiness.consoleLine = line.toString();
        if (!line.isString() || readiness.consoleLine.isEmpty() || readiness.consoleLine.size() > 200
            || hasControlCharacters(readiness.consoleLine, false)) {
            *error = entryError(
                Tr::tr("\"readiness.consoleLine\" must be text of 1 to 200 characters, on one line."));
            return std::nullopt;
        }
    } else {
        readiness.port = port.toString();
        const bool named = std::any_of(ports.cbegin(), ports.cend(), [&](const ServicePort &candidate) {
            return candidate.name == readiness.port && candidate.protocol == QLatin1String("tcp");
        });
        if (!named) {
            *error =
                entryError(Tr::tr("\"readiness.port\" must be the name of one of the service's tcp ports."));
            return std::nullopt;
        }
    }
    const QJsonValue timeout = object.value(QStringLiteral("timeoutSeconds"));
    if (!timeout.isUndefined()) {
        const auto seconds = wholeNumber(timeout, 1, 3600);
        if (!seconds) {
            *error =
                entryError(Tr::tr("\"readiness.timeoutSeconds\" must be a whole number from 1 to 3600."));
            return std::nullopt;
        }
        readiness.timeoutSeconds = int(*seconds);
    }
    return readiness;
}

std::optional<BundleRef> parseBundle(const QJsonObject &object, const QUrl &catalogUrl, Error *error)
{
    BundleRef bundle;
    const QJsonValue href = object.value(QStringLiteral("url"));
    bundle.href = href.toString();
    const QUrl reference(bundle.href, QUrl::StrictMode);
    if (!href.isString() || bundle.href.isEmpty() || !reference.isValid()) {
        *error = entryError(Tr::tr("\"bundle.url\" must be a URL."));
        return std::nullopt;
    }
    if (reference.isRelative()) {
        if (!catalogUrl.isValid() || catalogUrl.isRelative()) {
            *error = entryError(
                Tr::tr("\"bundle.url\" is relative, but the catalog's own URL is not known to resolve it."));
            return std::nullopt;
        }
        bundle.url = catalogUrl.resolved(reference);
    } else {
        bundle.url = reference;
    }
    const QString scheme = bundle.url.scheme();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || bundle.url.host().isEmpty()) {
        *error = entryError(Tr::tr("\"bundle.url\" must lead to an http or https address (it leads to %1).")
                                .arg(bundle.url.toDisplayString()));
        return std::nullopt;
    }
    static const QRegularExpression sha256Pattern(QStringLiteral("^[0-9a-fA-F]{64}$"));
    bundle.sha256 = object.value(QStringLiteral("sha256")).toString();
    if (!sha256Pattern.match(bundle.sha256).hasMatch()) {
        *error = entryError(Tr::tr("\"bundle.sha256\" must be 64 hexadecimal digits."));
        return std::nullopt;
    }
    bundle.sha256 = bundle.sha256.toLower();
    const auto size = wholeNumber(object.value(QStringLiteral("size")), 1, kMaxBundleSize);
    if (!size) {
        *error =
            entryError(Tr::tr("\"bundle.size\" must be the size of the bundle in bytes, a whole number."));
        return std::nullopt;
    }
    bundle.size = *size;
    return bundle;
}

// index.json up to its signature check: size, UTF-8, JSON object. Shared by the parser and the verifier so
// that both say the same thing about the same damage.
Result<QJsonObject> readCatalogObject(const QByteArray &json)
{
    if (json.size() > kMaxCatalogBytes) {
        const qint64 size = json.size();
        return Error {
            QStringLiteral("catalog-too-large"),
            Tr::tr("The catalog is %1 bytes long; Cloudy reads catalogs of at most 1 MiB.").arg(size)};
    }
    if (!isUtf8(json))
        return Error {QStringLiteral("catalog-not-utf8"), Tr::tr("The catalog is not UTF-8 text.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {QStringLiteral("catalog-not-json"),
                      Tr::tr("The catalog is not valid JSON: %1 (at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)};
    if (!document.isObject())
        return Error {QStringLiteral("catalog-not-json"),
                      Tr::tr("The catalog is not a JSON object with a publisher and a list of services.")};
    return document.object();
}

Result<QByteArray> readPublicKey(const QJsonObject &object)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(object.value(QStringLiteral("publicKey")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Crypto::kPublicKeyBytes)
        return catalogError(
            Tr::tr("The catalog's \"publicKey\" is not an Ed25519 public key (32 bytes in base64)."));
    return decoded.decoded;
}

Result<Catalog> parseCatalogImpl(const QByteArray &json, const QUrl &catalogUrl, bool requireKey)
{
    const Result<QJsonObject> read = readCatalogObject(json);
    if (!read)
        return read.error();
    const QJsonObject &object = read.value();

    Catalog catalog;
    const QJsonValue format = object.value(QStringLiteral("format"));
    if (!format.isDouble())
        return Error {QStringLiteral("catalog-format"),
                      Tr::tr("The catalog does not say which format it uses (\"format\" is missing).")};
    if (format.toDouble() != kCatalogFormat) {
        const QString number = QString::number(format.toDouble());
        return Error {
            QStringLiteral("catalog-format"),
            Tr::tr("The catalog uses format %1, which this version of Cloudy does not know (it reads "
                   "format %2). A newer Cloudy Desktop may read it.")
                .arg(number)
                .arg(kCatalogFormat)};
    }
    catalog.publisher = object.value(QStringLiteral("publisher")).toString().trimmed();
    if (catalog.publisher.isEmpty() || catalog.publisher.size() > kMaxNameLength
        || hasControlCharacters(catalog.publisher, false))
        return catalogError(
            Tr::tr("The catalog does not name its publisher (\"publisher\", at most %1 characters).")
                .arg(kMaxNameLength));
    if (requireKey || object.contains(QStringLiteral("publicKey"))) {
        const Result<QByteArray> key = readPublicKey(object);
        if (!key)
            return key.error();
        catalog.publicKey = key.value();
    }
    const QJsonValue generated = object.value(QStringLiteral("generated"));
    catalog.generated = QDateTime::fromString(generated.toString(), Qt::ISODate);
    if (!generated.isString() || !catalog.generated.isValid())
        return catalogError(
            Tr::tr("The catalog's \"generated\" is not a date and time like 2026-11-26T02:00:00Z."));
    catalog.generated = catalog.generated.toUTC();
    const QJsonValue services = object.value(QStringLiteral("services"));
    if (!services.isArray())
        return catalogError(Tr::tr("The catalog has no list of services (\"services\")."));

    QSet<QString> ids;
    const QJsonArray array = services.toArray();
    for (int index = 0; index < array.size(); ++index) {
        const QJsonObject entryObject = array.at(index).toObject();
        Result<CatalogEntry> entry =
            array.at(index).isObject() ? parseCatalogEntry(entryObject, catalogUrl)
                                       : Result<CatalogEntry>(entryError(Tr::tr("It is not a JSON object.")));
        QString reason;
        if (!entry)
            reason = entry.error().message;
        else if (ids.contains(entry->id))
            reason = Tr::tr("An earlier service has the same id.");
        if (!reason.isEmpty()) {
            const QString line =
                Tr::tr("Service %1 was left out: %2").arg(nameOf(entryObject, index), reason);
            qCWarning(lcServices).noquote() << "catalog of" << catalog.publisher << ":" << line;
            catalog.rejected.append(line);
            continue;
        }
        ids.insert(entry->id);
        catalog.services.append(std::move(entry).value());
    }
    return catalog;
}

QJsonObject portToJson(const ServicePort &port)
{
    QJsonObject object {{QStringLiteral("name"), port.name},
                        {QStringLiteral("guestPort"), port.guestPort},
                        {QStringLiteral("protocol"), port.protocol}};
    if (port.http)
        object.insert(QStringLiteral("http"), true);
    return object;
}

} // namespace

bool isValidServiceId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    return pattern.match(id).hasMatch();
}

const CatalogEntry *Catalog::find(const QString &id) const
{
    for (const CatalogEntry &entry : services) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

Result<CatalogEntry> parseCatalogEntry(const QJsonObject &object, const QUrl &catalogUrl)
{
    CatalogEntry entry;
    Error error;
    entry.id = object.value(QStringLiteral("id")).toString();
    if (!isValidServiceId(entry.id))
        return entryError(
            Tr::tr("\"id\" must be 1 to 63 characters a-z, 0-9 and \"-\", starting with a letter "
                   "or digit."));

    const auto name = textField(object, QStringLiteral("name"), kMaxNameLength, true, false, &error);
    const auto version =
        name ? textField(object, QStringLiteral("version"), kMaxVersionLength, true, false, &error)
             : std::nullopt;
    const auto summary =
        version ? textField(object, QStringLiteral("summary"), kMaxSummaryLength, false, false, &error)
                : std::nullopt;
    const auto description =
        summary ? textField(object, QStringLiteral("description"), kMaxDescriptionLength, false, true, &error)
                : std::nullopt;
    if (!description)
        return error;
    entry.name = *name;
    entry.version = *version;
    entry.summary = *summary;
    entry.description = *description;

    // Lenient fields: an unknown category or icon falls back rather than dropping the service.
    const QString category = object.value(QStringLiteral("category")).toString();
    entry.category = kCategories.contains(category) ? category : QStringLiteral("other");
    static const QRegularExpression iconPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    const QString icon = object.value(QStringLiteral("icon")).toString();
    entry.icon = iconPattern.match(icon).hasMatch() ? icon : QString();

    const QJsonValue bundle = object.value(QStringLiteral("bundle"));
    const bool installable = !(bundle.isUndefined() || bundle.isNull());
    if (installable && !bundle.isObject())
        return entryError(Tr::tr("\"bundle\" must be an object with url, sha256 and size, or null."));

    const QJsonValue kind = object.value(QStringLiteral("kind"));
    if (installable || !kind.isUndefined()) {
        entry.kind = kind.toString();
        if (entry.kind != QLatin1String("qemu") && entry.kind != QLatin1String("lxc"))
            return entryError(Tr::tr("\"kind\" must be \"qemu\" or \"lxc\"."));
    }

    const QJsonValue resources = object.value(QStringLiteral("resources"));
    if (installable || !resources.isUndefined()) {
        if (!resources.isObject())
            return entryError(
                Tr::tr("\"resources\" is missing: say how many CPUs and how much memory it needs."));
        const QJsonObject needs = resources.toObject();
        const auto vcpus = wholeNumber(needs.value(QStringLiteral("vcpus")), 1, 64);
        if (!vcpus)
            return entryError(Tr::tr("\"resources.vcpus\" must be a whole number from 1 to 64."));
        const auto memory = wholeNumber(needs.value(QStringLiteral("memoryMiB")), 16, 65536);
        if (!memory)
            return entryError(Tr::tr("\"resources.memoryMiB\" must be a whole number from 16 to 65536."));
        const QJsonValue diskValue = needs.value(QStringLiteral("diskMiB"));
        const auto disk =
            diskValue.isUndefined() ? std::optional<qint64>(0) : wholeNumber(diskValue, 0, 1048576);
        if (!disk)
            return entryError(Tr::tr("\"resources.diskMiB\" must be a whole number from 0 to 1048576."));
        entry.vcpus = int(*vcpus);
        entry.memoryMiB = int(*memory);
        entry.diskMiB = int(*disk);
    }

    const auto ports = parsePorts(object.value(QStringLiteral("ports")), &error);
    if (!ports)
        return error;
    entry.ports = *ports;

    const QJsonValue readiness = object.value(QStringLiteral("readiness"));
    if (installable || !readiness.isUndefined()) {
        auto parsed = parseReadiness(readiness, entry.ports, &error);
        if (!parsed)
            return error;
        entry.readiness = *parsed;
    }

    if (installable) {
        auto parsed = parseBundle(bundle.toObject(), catalogUrl, &error);
        if (!parsed)
            return error;
        entry.bundle = *parsed;
    }
    return entry;
}

Result<Catalog> parseCatalog(const QByteArray &json, const QUrl &catalogUrl)
{
    return parseCatalogImpl(json, catalogUrl, true);
}

Result<Catalog> verifyCatalog(const QByteArray &indexBytes, const QByteArray &signatureText,
                              const QUrl &catalogUrl)
{
    const Result<QJsonObject> read = readCatalogObject(indexBytes);
    if (!read)
        return read.error();
    const Result<QByteArray> publicKey = readPublicKey(read.value());
    if (!publicKey)
        return publicKey.error();

    QByteArray text = signatureText;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    const auto signature = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (text.isEmpty())
        return Error {QStringLiteral("signature-missing"),
                      Tr::tr("The catalog's signature (index.json.sig) is empty.")};
    if (signatureText.size() > kMaxSignatureBytes || !signature
        || signature.decoded.size() != Crypto::kSignatureBytes)
        return Error {QStringLiteral("signature-malformed"),
                      Tr::tr("The catalog's signature (index.json.sig) is damaged: it is not one line of 88 "
                             "base64 characters.")};
    if (!Crypto::verifyDetached(indexBytes, signature.decoded, publicKey.value()))
        return Error {
            QStringLiteral("signature-mismatch"),
            Tr::tr("The catalog's signature does not match its contents: it was changed after it was "
                   "signed, or is damaged.")};
    return parseCatalogImpl(indexBytes, catalogUrl, true);
}

QJsonObject catalogEntryToJson(const CatalogEntry &entry)
{
    QJsonObject object {{QStringLiteral("id"), entry.id},
                        {QStringLiteral("name"), entry.name},
                        {QStringLiteral("version"), entry.version},
                        {QStringLiteral("category"), entry.category}};
    if (!entry.summary.isEmpty())
        object.insert(QStringLiteral("summary"), entry.summary);
    if (!entry.description.isEmpty())
        object.insert(QStringLiteral("description"), entry.description);
    if (!entry.icon.isEmpty())
        object.insert(QStringLiteral("icon"), entry.icon);
    if (!entry.kind.isEmpty())
        object.insert(QStringLiteral("kind"), entry.kind);
    if (entry.vcpus > 0)
        object.insert(QStringLiteral("resources"),
                      QJsonObject {{QStringLiteral("vcpus"), entry.vcpus},
                                   {QStringLiteral("memoryMiB"), entry.memoryMiB},
                                   {QStringLiteral("diskMiB"), entry.diskMiB}});
    if (!entry.ports.isEmpty()) {
        QJsonArray ports;
        for (const ServicePort &port : entry.ports)
            ports.append(portToJson(port));
        object.insert(QStringLiteral("ports"), ports);
    }
    if (entry.readiness) {
        QJsonObject readiness {{QStringLiteral("timeoutSeconds"), entry.readiness->timeoutSeconds}};
        if (!entry.readiness->port.isEmpty())
            readiness.insert(QStringLiteral("port"), entry.readiness->port);
        else
            readiness.insert(QStringLiteral("consoleLine"), entry.readiness->consoleLine);
        object.insert(QStringLiteral("readiness"), readiness);
    }
    if (entry.bundle)
        object.insert(QStringLiteral("bundle"),
                      QJsonObject {{QStringLiteral("url"), entry.bundle->href},
                                   {QStringLiteral("sha256"), entry.bundle->sha256},
                                   {QStringLiteral("size"), double(entry.bundle->size)}});
    else
        object.insert(QStringLiteral("bundle"), QJsonValue::Null);
    return object;
}

QByteArray catalogToJson(const Catalog &catalog)
{
    QJsonArray services;
    for (const CatalogEntry &entry : catalog.services)
        services.append(catalogEntryToJson(entry));
    QJsonObject object {{QStringLiteral("format"), catalog.format},
                        {QStringLiteral("publisher"), catalog.publisher},
                        {QStringLiteral("generated"), catalog.generated.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("services"), services}};
    if (!catalog.publicKey.isEmpty())
        object.insert(QStringLiteral("publicKey"), QString::fromLatin1(catalog.publicKey.toBase64()));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray signatureToText(const QByteArray &signature)
{
    return signature.toBase64() + '\n';
}

const Catalog &defaultCatalog()
{
    static const Catalog catalog = [] {
        QFile file(QStringLiteral(":/catalog/default-index.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcServices) << "the built-in catalog is missing from the program";
            return Catalog {};
        }
        // Part of the program, so unsigned: no publicKey required.
        Result<Catalog> parsed = parseCatalogImpl(file.readAll(), {}, false);
        if (!parsed) {
            qCCritical(lcServices).noquote() << "the built-in catalog is invalid:" << parsed.error().message;
            return Catalog {};
        }
        return std::move(parsed).value();
    }();
    return catalog;
}

} // namespace Cloudy::Services
