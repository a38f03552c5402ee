// SPDX-License-Identifier: GPL-3.0-or-later
// The service catalog offline: the crypto primitives against published test vectors, every rule of the
// parser (docs/services-formats.md), signature checks, trust pinning, the list of added catalogs, the
// fetcher's cache, and the built-in catalog. The network path is tst_catalog_cli's (a real HTTP server).
#include "TestEnv.h"
#include "platform/Crypto.h"
#include "services/Catalog.h"
#include "services/CatalogFetcher.h"
#include "services/CatalogRegistry.h"
#include "services/CatalogTrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Cloudy;
using namespace Cloudy::Services;

namespace {

const QUrl kCatalogUrl(QStringLiteral("https://node1.example.guifi.net/cloudy/index.json"));

QJsonObject validEntry(const QString &id = QStringLiteral("syncthing"))
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("Syncthing")},
        {QStringLiteral("version"), QStringLiteral("1.23.2")},
        {QStringLiteral("summary"), QStringLiteral("Keep folders in sync between your devices")},
        {QStringLiteral("description"), QStringLiteral("Longer text.\n\nSecond paragraph.")},
        {QStringLiteral("category"), QStringLiteral("sync")},
        {QStringLiteral("icon"), QStringLiteral("syncthing")},
        {QStringLiteral("kind"), QStringLiteral("qemu")},
        {QStringLiteral("resources"), QJsonObject {{QStringLiteral("vcpus"), 1},
                                                   {QStringLiteral("memoryMiB"), 256},
                                                   {QStringLiteral("diskMiB"), 512}}},
        {QStringLiteral("ports"),
         QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("web")},
                                  {QStringLiteral("guestPort"), 8384},
                                  {QStringLiteral("protocol"), QStringLiteral("tcp")},
                                  {QStringLiteral("http"), true}},
                     QJsonObject {{QStringLiteral("name"), QStringLiteral("disc")},
                                  {QStringLiteral("guestPort"), 21027},
                                  {QStringLiteral("protocol"), QStringLiteral("udp")}}}},
        {QStringLiteral("readiness"),
         QJsonObject {{QStringLiteral("consoleLine"), QStringLiteral("syncthing: ready")},
                      {QStringLiteral("timeoutSeconds"), 60}}},
        {QStringLiteral("bundle"),
         QJsonObject {{QStringLiteral("url"), QStringLiteral("bundles/syncthing-1.23.2.tar.zst")},
                      {QStringLiteral("sha256"), QString(64, u'A')},
                      {QStringLiteral("size"), 12345678}}}};
}

QJsonObject catalogObject(const QJsonArray &services, const QByteArray &publicKey)
{
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("publisher"), QStringLiteral("Sants microcloud")},
            {QStringLiteral("publicKey"), QString::fromLatin1(publicKey.toBase64())},
            {QStringLiteral("generated"), QStringLiteral("2026-11-26T02:00:00Z")},
            {QStringLiteral("services"), services}};
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// Sets a value at a dotted path ("resources.vcpus", "ports.0.name"); an undefined value removes the key.
QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = key.toInt();
        array[index] = path.isEmpty() ? value : withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, withValue(object.value(key), path, value));
    }
    return object;
}

QJsonObject entryWith(const QString &path, const QJsonValue &value)
{
    return withValue(validEntry(QStringLiteral("changed")), path.split(u'.'), value).toObject();
}

} // namespace

class TestServicesCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Crypto::SigningKeyPair m_key;
    Crypto::SigningKeyPair m_otherKey;

    QByteArray signText(const QByteArray &bytes, const Crypto::SigningKeyPair &key) const
    {
        return signatureToText(Crypto::signDetached(bytes, key.secretKey));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Crypto::initialize());
        m_key = Crypto::generateSigningKeyPair();
        m_otherKey = Crypto::generateSigningKeyPair();
        QCOMPARE(m_key.publicKey.size(), 32);
        QCOMPARE(m_key.secretKey.size(), 64);
        QVERIFY(m_key.publicKey != m_otherKey.publicKey);
    }

    // ---- crypto ----------------------------------------------------------------------------------------

    void ed25519TestVector()
    {
        // RFC 8032 section 7.1, TEST 1 (empty message).
        const QByteArray seed =
            QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        const Crypto::SigningKeyPair pair = Crypto::signingKeyPairFromSeed(seed);
        QCOMPARE(pair.publicKey.toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        const QByteArray signature = Crypto::signDetached(QByteArray(), pair.secretKey);
        QCOMPARE(
            signature.toHex(),
            QByteArray(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e3970"
                "1cf9b46bd25bf5f0595bbe24655141438e7a100b"));
        QVERIFY(Crypto::verifyDetached(QByteArray(), signature, pair.publicKey));
        QVERIFY(!Crypto::verifyDetached(QByteArray("x"), signature, pair.publicKey));
        QVERIFY(!Crypto::verifyDetached(QByteArray(), signature.left(63), pair.publicKey));
        QVERIFY(!Crypto::verifyDetached(QByteArray(), signature, m_key.publicKey));
        QCOMPARE(Crypto::seedOf(pair.secretKey), seed);
        QVERIFY(Crypto::signDetached("x", QByteArray(10, 'k')).isEmpty());
    }

    void blake2b256TestVector()
    {
        // BLAKE2b-256 of the empty string and of "abc" (RFC 7693 parameters, 32-byte digest).
        QCOMPARE(Crypto::blake2b256(QByteArray()).toHex(),
                 QByteArray("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"));
        QCOMPARE(Crypto::blake2b256("abc").toHex(),
                 QByteArray("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"));
    }

    void fingerprintFormat()
    {
        const QString fingerprint = Crypto::keyFingerprint(m_key.publicKey);
        static const QRegularExpression format(QStringLiteral("^([0-9a-f]{4} ){7}[0-9a-f]{4}$"));
        QVERIFY2(format.match(fingerprint).hasMatch(), qPrintable(fingerprint));
        QCOMPARE(QString(fingerprint).remove(u' ').toLatin1(),
                 Crypto::blake2b256(m_key.publicKey).left(16).toHex());
        QVERIFY(fingerprint != Crypto::keyFingerprint(m_otherKey.publicKey));
        QVERIFY(Crypto::keyFingerprint(QByteArray(31, 'x')).isEmpty());
        // Comparisons ignore case, spaces and colons.
        const QString loud = fingerprint.toUpper().replace(u' ', u':');
        QVERIFY(Crypto::sameFingerprint(loud, fingerprint));
        QVERIFY(Crypto::sameFingerprint(QString(fingerprint).remove(u' '), fingerprint));
        QVERIFY(!Crypto::sameFingerprint(Crypto::keyFingerprint(m_otherKey.publicKey), fingerprint));
        QVERIFY(!Crypto::sameFingerprint(QString(), QString()));
    }

    void wipeZeroes()
    {
        QByteArray secret("secret bytes");
        Crypto::wipe(secret);
        QVERIFY(secret.isEmpty());
    }

    // ---- parser: accepted ------------------------------------------------------------------------------

    void parsesAValidCatalog()
    {
        QJsonObject metadataOnly {{QStringLiteral("id"), QStringLiteral("tahoe-lafs")},
                                  {QStringLiteral("name"), QStringLiteral("Tahoe-LAFS")},
                                  {QStringLiteral("version"), QStringLiteral("1.17.1")},
                                  {QStringLiteral("category"), QStringLiteral("teleportation")},
                                  {QStringLiteral("icon"), QStringLiteral("../../etc/passwd")},
                                  {QStringLiteral("bundle"), QJsonValue::Null}};
        const auto parsed =
            parseCatalog(toJson(catalogObject({validEntry(), metadataOnly}, m_key.publicKey)), kCatalogUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        const Catalog &catalog = parsed.value();
        QCOMPARE(catalog.publisher, QStringLiteral("Sants microcloud"));
        QCOMPARE(catalog.publicKey, m_key.publicKey);
        QCOMPARE(catalog.generated, QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC));
        QVERIFY(catalog.rejected.isEmpty());
        QCOMPARE(catalog.services.size(), 2);

        const CatalogEntry &entry = catalog.services.at(0);
        QCOMPARE(entry.id, QStringLiteral("syncthing"));
        QCOMPARE(entry.category, QStringLiteral("sync"));
        QCOMPARE(entry.kind, QStringLiteral("qemu"));
        QCOMPARE(entry.vcpus, 1);
        QCOMPARE(entry.memoryMiB, 256);
        QCOMPARE(entry.diskMiB, 512);
        QCOMPARE(entry.ports.size(), 2);
        QCOMPARE(entry.ports.at(0).name, QStringLiteral("web"));
        QCOMPARE(entry.ports.at(0).guestPort, 8384);
        QVERIFY(entry.ports.at(0).http);
        QCOMPARE(entry.ports.at(1).protocol, QStringLiteral("udp"));
        QVERIFY(!entry.ports.at(1).http);
        QVERIFY(entry.readiness);
        QCOMPARE(entry.readiness->consoleLine, QStringLiteral("syncthing: ready"));
        QCOMPARE(entry.readiness->timeoutSeconds, 60);
        QVERIFY(entry.installable());
        QCOMPARE(
            entry.bundle->url,
            QUrl(QStringLiteral("https://node1.example.guifi.net/cloudy/bundles/syncthing-1.23.2.tar.zst")));
        QCOMPARE(entry.bundle->href, QStringLiteral("bundles/syncthing-1.23.2.tar.zst"));
        QCOMPARE(entry.bundle->sha256, QString(64, u'a')); // normalised to lower case
        QCOMPARE(entry.bundle->size, qint64(12345678));

        const CatalogEntry &tahoe = catalog.services.at(1);
        QVERIFY(!tahoe.installable());
        QCOMPARE(tahoe.category, QStringLiteral("other")); // unknown category
        QVERIFY(tahoe.icon.isEmpty()); // not an icon name: the generic icon
        QVERIFY(tahoe.kind.isEmpty());
        QVERIFY(!tahoe.readiness);
        QCOMPARE(catalog.find(QStringLiteral("tahoe-lafs")), &tahoe);
        QVERIFY(!catalog.find(QStringLiteral("nothing")));
    }

    void defaultsOfOptionalFields()
    {
        QJsonObject entry = validEntry();
        entry.remove(QStringLiteral("summary"));
        entry.remove(QStringLiteral("description"));
        entry.remove(QStringLiteral("category"));
        entry.remove(QStringLiteral("icon"));
        entry =
            withValue(entry, {QStringLiteral("resources"), QStringLiteral("diskMiB")}, QJsonValue::Undefined)
                .toObject();
        entry = withValue(entry, {QStringLiteral("readiness")},
                          QJsonObject {{QStringLiteral("port"), QStringLiteral("web")}})
                    .toObject();
        const auto parsed = parseCatalogEntry(entry, kCatalogUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->category, QStringLiteral("other"));
        QCOMPARE(parsed->diskMiB, 0);
        QCOMPARE(parsed->readiness->port, QStringLiteral("web"));
        QCOMPARE(parsed->readiness->timeoutSeconds, 120);
    }

    void boundaryValuesAreAccepted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id 63 chars") << "id" << QJsonValue(QStringLiteral("a") + QString(62, u'-'));
        QTest::newRow("id digit first") << "id" << QJsonValue(QStringLiteral("9p"));
        QTest::newRow("vcpus 64") << "resources.vcpus" << QJsonValue(64);
        QTest::newRow("memory 16") << "resources.memoryMiB" << QJsonValue(16);
        QTest::newRow("memory 65536") << "resources.memoryMiB" << QJsonValue(65536);
        QTest::newRow("disk 0") << "resources.diskMiB" << QJsonValue(0);
        QTest::newRow("disk 1048576") << "resources.diskMiB" << QJsonValue(1048576);
        QTest::newRow("port 65535") << "ports.0.guestPort" << QJsonValue(65535);
        QTest::newRow("port name 32") << "ports.0.name" << QJsonValue(QString(32, u'p'));
        QTest::newRow("timeout 3600") << "readiness.timeoutSeconds" << QJsonValue(3600);
        QTest::newRow("timeout 1") << "readiness.timeoutSeconds" << QJsonValue(1);
        QTest::newRow("kind lxc") << "kind" << QJsonValue(QStringLiteral("lxc"));
        QTest::newRow("absolute http bundle")
            << "bundle.url" << QJsonValue(QStringLiteral("http://mirror.example/b.tar.gz"));
        QTest::newRow("no ports") << "ports" << QJsonValue(QJsonValue::Undefined);
    }

    void boundaryValuesAreAccepted()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const auto parsed = parseCatalogEntry(entryWith(path, value), kCatalogUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    }

    // ---- parser: every entry rule ----------------------------------------------------------------------

    void invalidEntriesAreDropped_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason"); // a word of the message

        QJsonArray seventeenPorts;
        for (int i = 0; i < 17; ++i)
            seventeenPorts.append(QJsonObject {{QStringLiteral("name"), QStringLiteral("p%1").arg(i)},
                                               {QStringLiteral("guestPort"), 1000 + i},
                                               {QStringLiteral("protocol"), QStringLiteral("tcp")}});
        const QJsonArray duplicatePorts {QJsonObject {{QStringLiteral("name"), QStringLiteral("web")},
                                                      {QStringLiteral("guestPort"), 80},
                                                      {QStringLiteral("protocol"), QStringLiteral("tcp")}},
                                         QJsonObject {{QStringLiteral("name"), QStringLiteral("web")},
                                                      {QStringLiteral("guestPort"), 81},
                                                      {QStringLiteral("protocol"), QStringLiteral("tcp")}}};

        QTest::newRow("id missing") << "id" << QJsonValue(QJsonValue::Undefined) << "\"id\"";
        QTest::newRow("id upper case") << "id" << QJsonValue(QStringLiteral("Syncthing")) << "\"id\"";
        QTest::newRow("id leading dash") << "id" << QJsonValue(QStringLiteral("-x")) << "\"id\"";
        QTest::newRow("id 64 chars") << "id" << QJsonValue(QString(64, u'a')) << "\"id\"";
        QTest::newRow("id with slash") << "id" << QJsonValue(QStringLiteral("a/b")) << "\"id\"";
        QTest::newRow("name missing") << "name" << QJsonValue(QJsonValue::Undefined) << "\"name\"";
        QTest::newRow("name blank") << "name" << QJsonValue(QStringLiteral("  ")) << "\"name\"";
        QTest::newRow("name control") << "name" << QJsonValue(QStringLiteral("a\u0007b")) << "\"name\"";
        QTest::newRow("name not text") << "name" << QJsonValue(5) << "\"name\"";
        QTest::newRow("version missing") << "version" << QJsonValue(QJsonValue::Undefined) << "\"version\"";
        QTest::newRow("summary newline") << "summary" << QJsonValue(QStringLiteral("a\nb")) << "\"summary\"";
        QTest::newRow("kind missing") << "kind" << QJsonValue(QJsonValue::Undefined) << "\"kind\"";
        QTest::newRow("kind docker") << "kind" << QJsonValue(QStringLiteral("docker")) << "\"kind\"";
        QTest::newRow("resources missing")
            << "resources" << QJsonValue(QJsonValue::Undefined) << "\"resources\"";
        QTest::newRow("vcpus 0") << "resources.vcpus" << QJsonValue(0) << "vcpus";
        QTest::newRow("vcpus 65") << "resources.vcpus" << QJsonValue(65) << "vcpus";
        QTest::newRow("vcpus 1.5") << "resources.vcpus" << QJsonValue(1.5) << "vcpus";
        QTest::newRow("vcpus text") << "resources.vcpus" << QJsonValue(QStringLiteral("2")) << "vcpus";
        QTest::newRow("memory 15") << "resources.memoryMiB" << QJsonValue(15) << "memoryMiB";
        QTest::newRow("memory 65537") << "resources.memoryMiB" << QJsonValue(65537) << "memoryMiB";
        QTest::newRow("disk -1") << "resources.diskMiB" << QJsonValue(-1) << "diskMiB";
        QTest::newRow("disk 1048577") << "resources.diskMiB" << QJsonValue(1048577) << "diskMiB";
        QTest::newRow("17 ports") << "ports" << QJsonValue(seventeenPorts) << "16";
        QTest::newRow("ports not a list") << "ports" << QJsonValue(QStringLiteral("web")) << "\"ports\"";
        QTest::newRow("port name upper") << "ports.0.name" << QJsonValue(QStringLiteral("Web")) << "name";
        QTest::newRow("port name 33") << "ports.0.name" << QJsonValue(QString(33, u'p')) << "name";
        QTest::newRow("port names twice") << "ports" << QJsonValue(duplicatePorts) << "Two ports";
        QTest::newRow("guestPort 0") << "ports.0.guestPort" << QJsonValue(0) << "guestPort";
        QTest::newRow("guestPort 65536") << "ports.0.guestPort" << QJsonValue(65536) << "guestPort";
        QTest::newRow("protocol sctp")
            << "ports.0.protocol" << QJsonValue(QStringLiteral("sctp")) << "protocol";
        QTest::newRow("protocol missing")
            << "ports.0.protocol" << QJsonValue(QJsonValue::Undefined) << "protocol";
        QTest::newRow("http not bool") << "ports.0.http" << QJsonValue(QStringLiteral("yes")) << "http";
        QTest::newRow("http on udp") << "ports.1.http" << QJsonValue(true) << "http";
        QTest::newRow("readiness missing") << "readiness" << QJsonValue(QJsonValue::Undefined) << "readiness";
        QTest::newRow("readiness both")
            << "readiness"
            << QJsonValue(QJsonObject {{QStringLiteral("consoleLine"), QStringLiteral("x")},
                                       {QStringLiteral("port"), QStringLiteral("web")}})
            << "exactly one";
        QTest::newRow("readiness neither")
            << "readiness" << QJsonValue(QJsonObject {{QStringLiteral("timeoutSeconds"), 5}})
            << "exactly one";
        QTest::newRow("readiness unknown port")
            << "readiness" << QJsonValue(QJsonObject {{QStringLiteral("port"), QStringLiteral("ssh")}})
            << "port";
        QTest::newRow("readiness udp port")
            << "readiness" << QJsonValue(QJsonObject {{QStringLiteral("port"), QStringLiteral("disc")}})
            << "tcp";
        QTest::newRow("readiness empty line")
            << "readiness.consoleLine" << QJsonValue(QString()) << "consoleLine";
        QTest::newRow("timeout 0") << "readiness.timeoutSeconds" << QJsonValue(0) << "timeoutSeconds";
        QTest::newRow("timeout 3601") << "readiness.timeoutSeconds" << QJsonValue(3601) << "timeoutSeconds";
        QTest::newRow("bundle a string") << "bundle" << QJsonValue(QStringLiteral("b.tar")) << "\"bundle\"";
        QTest::newRow("bundle url missing")
            << "bundle.url" << QJsonValue(QJsonValue::Undefined) << "bundle.url";
        QTest::newRow("bundle url ftp")
            << "bundle.url" << QJsonValue(QStringLiteral("ftp://h/b.tar")) << "http";
        QTest::newRow("bundle url file")
            << "bundle.url" << QJsonValue(QStringLiteral("file:///etc/passwd")) << "http";
        QTest::newRow("bundle url javascript")
            << "bundle.url" << QJsonValue(QStringLiteral("javascript:alert(1)")) << "http";
        QTest::newRow("sha256 short") << "bundle.sha256" << QJsonValue(QString(63, u'a')) << "sha256";
        QTest::newRow("sha256 not hex") << "bundle.sha256" << QJsonValue(QString(64, u'g')) << "sha256";
        QTest::newRow("size 0") << "bundle.size" << QJsonValue(0) << "size";
        QTest::newRow("size text") << "bundle.size" << QJsonValue(QStringLiteral("12")) << "size";
        QTest::newRow("size fraction") << "bundle.size" << QJsonValue(1.5) << "size";
        QTest::newRow("not an object") << "" << QJsonValue(7) << "object";
    }

    void invalidEntriesAreDropped()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const QJsonValue bad = path.isEmpty() ? value : QJsonValue(entryWith(path, value));
        if (bad.isObject()) {
            const auto alone = parseCatalogEntry(bad.toObject(), kCatalogUrl);
            QVERIFY(!alone.ok());
            QCOMPARE(alone.error().code, QStringLiteral("entry-invalid"));
        }
        // In a catalog: the invalid entry goes, with a reason; the valid one stays.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out")));
        const auto parsed =
            parseCatalog(toJson(catalogObject({validEntry(), bad}, m_key.publicKey)), kCatalogUrl);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->services.size(), 1);
        QCOMPARE(parsed->services.at(0).id, QStringLiteral("syncthing"));
        QCOMPARE(parsed->rejected.size(), 1);
        QVERIFY2(parsed->rejected.at(0).contains(reason), qPrintable(parsed->rejected.at(0)));
        QVERIFY2(parsed->rejected.at(0).contains(QStringLiteral("left out")),
                 qPrintable(parsed->rejected.at(0)));
    }

    void duplicateIdsKeepTheFirst()
    {
        QJsonObject second = validEntry();
        second.insert(QStringLiteral("version"), QStringLiteral("2.0"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("same id")));
        const auto parsed =
            parseCatalog(toJson(catalogObject({validEntry(), second}, m_key.publicKey)), kCatalogUrl);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->services.size(), 1);
        QCOMPARE(parsed->services.at(0).version, QStringLiteral("1.23.2"));
        QCOMPARE(parsed->rejected.size(), 1);
        QVERIFY(parsed->rejected.at(0).contains(QStringLiteral("\"syncthing\"")));
    }

    // ---- parser: the whole catalog ---------------------------------------------------------------------

    void wholeCatalogErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");

        const QJsonObject good = catalogObject({validEntry()}, QByteArray(32, 'k'));
        const auto without = [&](const QString &key) {
            QJsonObject object = good;
            object.remove(key);
            return toJson(object);
        };
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject object = good;
            object.insert(key, value);
            return toJson(object);
        };
        QTest::newRow("format 2") << with(QStringLiteral("format"), 2) << "catalog-format"
                                  << "format 2";
        QTest::newRow("format missing") << without(QStringLiteral("format")) << "catalog-format"
                                        << "format";
        QTest::newRow("format text") << with(QStringLiteral("format"), QStringLiteral("1"))
                                     << "catalog-format"
                                     << "format";
        QTest::newRow("publisher missing") << without(QStringLiteral("publisher")) << "catalog-invalid"
                                           << "publisher";
        QTest::newRow("publisher too long")
            << with(QStringLiteral("publisher"), QString(101, u'p')) << "catalog-invalid"
            << "publisher";
        QTest::newRow("key missing") << without(QStringLiteral("publicKey")) << "catalog-invalid"
                                     << "publicKey";
        QTest::newRow("key 31 bytes")
            << with(QStringLiteral("publicKey"), QString::fromLatin1(QByteArray(31, 'k').toBase64()))
            << "catalog-invalid"
            << "publicKey";
        QTest::newRow("key not base64")
            << with(QStringLiteral("publicKey"), QStringLiteral("!!!!")) << "catalog-invalid"
            << "publicKey";
        QTest::newRow("generated missing") << without(QStringLiteral("generated")) << "catalog-invalid"
                                           << "generated";
        QTest::newRow("generated nonsense")
            << with(QStringLiteral("generated"), QStringLiteral("yesterday")) << "catalog-invalid"
            << "generated";
        QTest::newRow("services missing") << without(QStringLiteral("services")) << "catalog-invalid"
                                          << "services";
        QTest::newRow("services object")
            << with(QStringLiteral("services"), QJsonObject()) << "catalog-invalid"
            << "services";
        QTest::newRow("not json") << QByteArray("{\"format\": 1,") << "catalog-not-json"
                                  << "JSON";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "catalog-not-json"
                                  << "object";
        QTest::newRow("empty") << QByteArray() << "catalog-not-json"
                               << "JSON";
        QTest::newRow("not utf-8") << QByteArray("{\"format\": 1, \"publisher\": \"Sants \xff\xfe\"}")
                                   << "catalog-not-utf8"
                                   << "UTF-8";
        QByteArray large = toJson(good);
        large.insert(1, QByteArray(kMaxCatalogBytes, ' '));
        QTest::newRow("over 1 MiB") << large << "catalog-too-large"
                                    << "1 MiB";
    }

    void wholeCatalogErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, words);
        const auto parsed = parseCatalog(json, kCatalogUrl);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY2(parsed.error().message.contains(words), qPrintable(parsed.error().message));
    }

    void exactlyOneMiBIsAccepted()
    {
        QByteArray json = toJson(catalogObject({validEntry()}, m_key.publicKey));
        json.append(QByteArray(kMaxCatalogBytes - json.size(), ' '));
        QCOMPARE(json.size(), kMaxCatalogBytes);
        QVERIFY(parseCatalog(json, kCatalogUrl).ok());
    }

    void relativeBundleUrls_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QUrl>("expected"); // empty: the entry is dropped
        const QUrl base = kCatalogUrl;
        QTest::newRow("same folder") << base << "bundles/x.tar.zst"
                                     << QUrl(QStringLiteral(
                                            "https://node1.example.guifi.net/cloudy/bundles/x.tar.zst"));
        QTest::newRow("parent") << base << "../b.tar.gz"
                                << QUrl(QStringLiteral("https://node1.example.guifi.net/b.tar.gz"));
        QTest::newRow("root") << base << "/b.tar.gz"
                              << QUrl(QStringLiteral("https://node1.example.guifi.net/b.tar.gz"));
        QTest::newRow("scheme-relative")
            << base << "//mirror.example/b.tar.gz" << QUrl(QStringLiteral("https://mirror.example/b.tar.gz"));
        QTest::newRow("absolute") << base << "http://mirror.example:8080/b.tar.gz"
                                  << QUrl(QStringLiteral("http://mirror.example:8080/b.tar.gz"));
        QTest::newRow("http base with port")
            << QUrl(QStringLiteral("http://127.0.0.1:8123/c/index.json")) << "bundles/b.tar"
            << QUrl(QStringLiteral("http://127.0.0.1:8123/c/bundles/b.tar"));
        QTest::newRow("no base") << QUrl() << "bundles/x.tar.zst" << QUrl();
        QTest::newRow("file base") << QUrl(QStringLiteral("file:///srv/index.json")) << "bundles/x.tar.zst"
                                   << QUrl();
    }

    void relativeBundleUrls()
    {
        QFETCH(QUrl, base);
        QFETCH(QString, href);
        QFETCH(QUrl, expected);
        const auto entry = parseCatalogEntry(entryWith(QStringLiteral("bundle.url"), href), base);
        if (expected.isEmpty()) {
            QVERIFY(!entry.ok());
            QVERIFY(entry.error().message.contains(QStringLiteral("bundle.url")));
            return;
        }
        QVERIFY2(entry.ok(), qPrintable(entry.error().message));
        QCOMPARE(entry->bundle->url, expected);
        QCOMPARE(entry->bundle->href, href);
    }

    void writerRoundTrip()
    {
        const auto parsed = parseCatalog(toJson(catalogObject({validEntry()}, m_key.publicKey)), kCatalogUrl);
        QVERIFY(parsed.ok());
        const auto again = parseCatalog(catalogToJson(parsed.value()), kCatalogUrl);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->publisher, parsed->publisher);
        QCOMPARE(again->publicKey, parsed->publicKey);
        QCOMPARE(again->generated, parsed->generated);
        QCOMPARE(again->services.size(), 1);
        QCOMPARE(QJsonDocument(catalogEntryToJson(again->services.at(0))).toJson(),
                 QJsonDocument(catalogEntryToJson(parsed->services.at(0))).toJson());
        QCOMPARE(again->services.at(0).bundle->url, parsed->services.at(0).bundle->url);
    }

    // ---- signatures ------------------------------------------------------------------------------------

    void signatureVerifies()
    {
        const QByteArray index = toJson(catalogObject({validEntry()}, m_key.publicKey));
        const QByteArray signature = signText(index, m_key);
        QCOMPARE(signature.size(), 89); // 88 base64 characters and a newline
        auto verified = verifyCatalog(index, signature, kCatalogUrl);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(verified->services.size(), 1);
        QVERIFY(verifyCatalog(index, signature.trimmed(), kCatalogUrl).ok()); // newline optional
        QVERIFY(verifyCatalog(index, signature.trimmed() + "\r\n", kCatalogUrl).ok());
    }

    void signatureRefusals_data()
    {
        QTest::addColumn<QByteArray>("index");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("code");

        const QByteArray index = toJson(catalogObject({validEntry()}, m_key.publicKey));
        const QByteArray signature = signText(index, m_key);
        QByteArray tampered = index;
        tampered.replace("Sants microcloud", "Santz microcloud");
        QTest::newRow("changed after signing") << tampered << signature << "signature-mismatch";
        QTest::newRow("one more byte") << index + ' ' << signature << "signature-mismatch";
        QTest::newRow("signed by another key")
            << index << signText(index, m_otherKey) << "signature-mismatch";
        // The attacker puts their own key in and signs with it: verifies, but trust refuses it (below).
        QTest::newRow("truncated signature") << index << signature.left(60) << "signature-malformed";
        QTest::newRow("signature not base64") << index << QByteArray(88, '!') << "signature-malformed";
        QTest::newRow("two signatures") << index << signature + signature << "signature-malformed";
        QTest::newRow("empty signature") << index << QByteArray() << "signature-missing";
        QByteArray flipped = QByteArray::fromBase64(signature);
        flipped[10] = char(flipped.at(10) ^ 1);
        QTest::newRow("damaged signature") << index << signatureToText(flipped) << "signature-mismatch";
        QByteArray notUtf8 = index;
        notUtf8.replace("Sants microcloud", "Sants \xff\xfe microcloud");
        QTest::newRow("not utf-8") << notUtf8 << signText(notUtf8, m_key) << "catalog-not-utf8";
        QByteArray large = index;
        large.insert(1, QByteArray(kMaxCatalogBytes, ' '));
        QTest::newRow("over 1 MiB, signed") << large << signText(large, m_key) << "catalog-too-large";
    }

    void signatureRefusals()
    {
        QFETCH(QByteArray, index);
        QFETCH(QByteArray, signature);
        QFETCH(QString, code);
        const auto verified = verifyCatalog(index, signature, kCatalogUrl);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, code);
        if (code == QLatin1String("signature-mismatch"))
            QCOMPARE(
                verified.error().message,
                QStringLiteral("The catalog's signature does not match its contents: it was changed after it "
                               "was signed, or is damaged."));
    }

    // ---- trust -----------------------------------------------------------------------------------------

    void placesAreOrigins()
    {
        QCOMPARE(CatalogTrust::placeForUrl(
                     QUrl(QStringLiteral("https://Node1.Example.guifi.net:443/cloudy/index.json"))),
                 QStringLiteral("origin:https://node1.example.guifi.net"));
        QCOMPARE(
            CatalogTrust::placeForUrl(QUrl(QStringLiteral("http://node1.example:8080/a/index.json?x=1"))),
            QStringLiteral("origin:http://node1.example:8080"));
        QCOMPARE(CatalogTrust::placeForUrl(QUrl(QStringLiteral("http://[fdcc:10:77::14]/index.json"))),
                 QStringLiteral("origin:http://[fdcc:10:77::14]"));
        QVERIFY(CatalogTrust::placeForUrl(QUrl(QStringLiteral("http://h/index.json")))
                != CatalogTrust::placeForUrl(QUrl(QStringLiteral("https://h/index.json"))));
        QCOMPARE(CatalogTrust::placeForMicrocloud(QStringLiteral("sants")),
                 QStringLiteral("microcloud:sants"));
    }

    void trustOnFirstUseThenPinned()
    {
        const QString file = m_dir.filePath(QStringLiteral("trust-pinning.json"));
        const QString place = CatalogTrust::placeForUrl(kCatalogUrl);
        CatalogTrust trust(file);
        QVERIFY(!trust.problem());
        TrustCheck check = trust.check(place, QStringLiteral("Sants microcloud"), m_key.publicKey);
        QCOMPARE(check.verdict, TrustCheck::Verdict::NewPublisher);
        QCOMPARE(check.fingerprint, Crypto::keyFingerprint(m_key.publicKey));
        QVERIFY(!QFile::exists(file)); // a check writes nothing

        QVERIFY(trust.trust(place, QStringLiteral("Sants microcloud"), m_key.publicKey).ok());
        QCOMPARE(trust.check(place, QStringLiteral("Sants microcloud"), m_key.publicKey).verdict,
                 TrustCheck::Verdict::Trusted);
        // Another place is not covered by that pin.
        QCOMPARE(trust
                     .check(QStringLiteral("origin:https://elsewhere.example"), QStringLiteral("X"),
                            m_key.publicKey)
                     .verdict,
                 TrustCheck::Verdict::NewPublisher);

        // A new program run reads the pin and refuses a different key, naming both fingerprints.
        const CatalogTrust reread(file);
        QVERIFY(reread.lookup(place));
        QCOMPARE(reread.lookup(place)->publisher, QStringLiteral("Sants microcloud"));
        QCOMPARE(reread.lookup(place)->publicKey, m_key.publicKey);
        check = reread.check(place, QStringLiteral("Sants microcloud"), m_otherKey.publicKey);
        QCOMPARE(check.verdict, TrustCheck::Verdict::DifferentKey);
        QCOMPARE(check.error.code, QStringLiteral("catalog-key-changed"));
        QCOMPARE(
            check.error.message,
            QStringLiteral(
                "The catalog of Sants microcloud is now signed by a different key (fingerprint %1) "
                "than the one you trusted (%2). It may have been tampered with; ask the "
                "microcloud's operators before trusting the new key.")
                .arg(Crypto::keyFingerprint(m_otherKey.publicKey), Crypto::keyFingerprint(m_key.publicKey)));

        // Forgetting brings back the first-use question.
        CatalogTrust forgetting(file);
        QVERIFY(forgetting.forget(place).ok());
        QCOMPARE(CatalogTrust(file).check(place, QStringLiteral("S"), m_otherKey.publicKey).verdict,
                 TrustCheck::Verdict::NewPublisher);
    }

    void damagedTrustFileRefusesEverything()
    {
        const QString file = m_dir.filePath(QStringLiteral("trust-damaged.json"));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": 1, \"keys\": [ {\"place\": ");
        damaged.close();
        CatalogTrust trust(file);
        QVERIFY(trust.problem());
        QCOMPARE(trust.check(QStringLiteral("microcloud:x"), QStringLiteral("X"), m_key.publicKey).verdict,
                 TrustCheck::Verdict::Unavailable);
        QVERIFY(!trust.trust(QStringLiteral("microcloud:x"), QStringLiteral("X"), m_key.publicKey).ok());
        QFile reread(file);
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll(),
                 QByteArray("{\"format\": 1, \"keys\": [ {\"place\": ")); // left for the user
    }

    // ---- added catalogs --------------------------------------------------------------------------------

    void registryAddsAndRemoves()
    {
        const QString file = m_dir.filePath(QStringLiteral("catalogs.json"));
        const QUrl first(QStringLiteral("https://a.example/index.json"));
        const QUrl second(QStringLiteral("http://b.example:8080/c/index.json"));
        {
            CatalogRegistry registry(file);
            QVERIFY(registry.sources().isEmpty());
            QCOMPARE(registry.add(first).value(), true);
            QCOMPARE(registry.add(second).value(), true);
            QCOMPARE(registry.add(first).value(), false); // already there
        }
        CatalogRegistry registry(file);
        QCOMPARE(registry.sources().size(), 2);
        QCOMPARE(registry.sources().at(0).url, first);
        QVERIFY(registry.sources().at(0).addedAt.isValid());
        QCOMPARE(registry.remove(first).value(), true);
        QCOMPARE(registry.remove(first).value(), false);
        QCOMPARE(CatalogRegistry(file).sources().size(), 1);
        QVERIFY(CatalogRegistry(file).contains(second));
    }

    void catalogUrlsFromUsers()
    {
        QCOMPARE(catalogUrlFromUserInput(QStringLiteral(" https://n.example/cloudy/ ")).value(),
                 QUrl(QStringLiteral("https://n.example/cloudy/index.json")));
        QCOMPARE(catalogUrlFromUserInput(QStringLiteral("http://n.example")).value(),
                 QUrl(QStringLiteral("http://n.example/index.json")));
        QCOMPARE(catalogUrlFromUserInput(QStringLiteral("http://n.example/x/catalog.json")).value(),
                 QUrl(QStringLiteral("http://n.example/x/catalog.json")));
        QVERIFY(!catalogUrlFromUserInput(QStringLiteral("ftp://n.example/index.json")).ok());
        QVERIFY(!catalogUrlFromUserInput(QStringLiteral("/srv/index.json")).ok());
        QVERIFY(!catalogUrlFromUserInput(QStringLiteral("not a url")).ok());
        QCOMPARE(CatalogFetcher::signatureUrl(QUrl(QStringLiteral("http://n.example/c/index.json"))),
                 QUrl(QStringLiteral("http://n.example/c/index.json.sig")));
    }

    // ---- the fetcher's decisions and cache (no network) ----------------------------------------------

    void fetcherEvaluatesAndCaches()
    {
        CatalogFetcher fetcher;
        fetcher.setTrustFile(m_dir.filePath(QStringLiteral("trust-fetcher.json")));
        fetcher.setCacheDir(m_dir.filePath(QStringLiteral("cache")));
        const QByteArray index = toJson(catalogObject({validEntry()}, m_key.publicKey));
        const QByteArray signature = signText(index, m_key);

        // Nothing cached yet.
        CatalogFetchResult cached = fetcher.loadCached(kCatalogUrl);
        QCOMPARE(cached.status, CatalogFetchResult::Status::Failed);
        QCOMPARE(cached.error.code, QStringLiteral("catalog-not-cached"));

        CatalogFetchResult result = fetcher.evaluate(kCatalogUrl, {}, index, signature);
        QCOMPARE(result.status, CatalogFetchResult::Status::UntrustedPublisher);
        QCOMPARE(result.place, CatalogTrust::placeForUrl(kCatalogUrl));
        QCOMPARE(result.fingerprint, Crypto::keyFingerprint(m_key.publicKey));
        QCOMPARE(result.catalog.publisher, QStringLiteral("Sants microcloud"));
        QVERIFY(fetcher.trustPublisher(result).ok());

        // The cached copy is verified and checked again on load.
        cached = fetcher.loadCached(kCatalogUrl);
        QCOMPARE(cached.status, CatalogFetchResult::Status::Ok);
        QVERIFY(cached.fromCache);
        QCOMPARE(cached.catalog.services.size(), 1);
        QCOMPARE(cached.catalog.services.at(0).bundle->url.host(), kCatalogUrl.host());

        // A catalog signed by another key for the same place is refused, and never replaces the cache.
        QJsonObject forged = catalogObject({validEntry()}, m_otherKey.publicKey);
        const QByteArray forgedIndex = toJson(forged);
        result = fetcher.evaluate(kCatalogUrl, {}, forgedIndex, signText(forgedIndex, m_otherKey));
        QCOMPARE(result.status, CatalogFetchResult::Status::KeyChanged);
        QVERIFY(result.error.message.contains(QStringLiteral("different key")));
        QVERIFY(!fetcher.trustPublisher(result).ok());

        // A cached copy damaged on disk is refused on load.
        QDir cacheDir(fetcher.cacheDir());
        const QStringList folders = cacheDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        QFile cachedIndex(cacheDir.filePath(folders.at(0) + QStringLiteral("/index.json")));
        QVERIFY(cachedIndex.open(QIODevice::ReadWrite));
        cachedIndex.seek(cachedIndex.size() - 3);
        cachedIndex.write(" ");
        cachedIndex.close();
        cached = fetcher.loadCached(kCatalogUrl);
        QCOMPARE(cached.status, CatalogFetchResult::Status::Failed);
        QCOMPARE(cached.error.code, QStringLiteral("signature-mismatch"));
    }

    // ---- the fetcher's limits, on raw loopback servers -------------------------------------------------

    void fetcherRefusesNonHttp()
    {
        CatalogFetcher fetcher;
        fetcher.setCacheDir(m_dir.filePath(QStringLiteral("cache-nonhttp")));
        QSignalSpy finished(&fetcher, &CatalogFetcher::finished);
        fetcher.fetch(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(finished.count(), 0); // never from inside fetch()
        QVERIFY(finished.wait(5000));
        const auto result = finished.at(0).at(0).value<CatalogFetchResult>();
        QCOMPARE(result.status, CatalogFetchResult::Status::Failed);
        QCOMPARE(result.error.code, QStringLiteral("catalog-url"));
    }

    void fetcherCapsWhileReading()
    {
        // No Content-Length: only counting while reading can stop this server.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        qint64 written = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &written] {
                socket->readAll();
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{");
                const QByteArray chunk(64 * 1024, ' ');
                for (int i = 0; i < 64; ++i) // 4 MiB
                    written += socket->write(chunk);
                socket->disconnectFromHost();
            });
        });
        CatalogFetcher fetcher;
        fetcher.setCacheDir(m_dir.filePath(QStringLiteral("cache-cap")));
        QSignalSpy finished(&fetcher, &CatalogFetcher::finished);
        fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/index.json").arg(server.serverPort())));
        QVERIFY(finished.wait(30000));
        const auto result = finished.at(0).at(0).value<CatalogFetchResult>();
        QCOMPARE(result.status, CatalogFetchResult::Status::Failed);
        QCOMPARE(result.error.code, QStringLiteral("catalog-too-large"));
        QVERIFY(written > kMaxCatalogBytes);
    }

    void fetcherTimesOut()
    {
        // Accepts the connection and never answers.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CatalogFetcher fetcher;
        fetcher.setCacheDir(m_dir.filePath(QStringLiteral("cache-timeout")));
        fetcher.setTimeout(200);
        QSignalSpy finished(&fetcher, &CatalogFetcher::finished);
        fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/index.json").arg(server.serverPort())));
        QVERIFY(finished.wait(30000));
        const auto result = finished.at(0).at(0).value<CatalogFetchResult>();
        QCOMPARE(result.status, CatalogFetchResult::Status::Failed);
        QCOMPARE(result.error.code, QStringLiteral("catalog-timeout"));
        QVERIFY(result.error.message.contains(QStringLiteral("did not answer")));
    }

    void fetcherLimitsRedirects()
    {
        // Every request is redirected to itself.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                    const qsizetype gets = socket->readAll().count("GET ");
                    for (qsizetype i = 0; i < gets; ++i) {
                        ++requests;
                        socket->write(
                            "HTTP/1.1 302 Found\r\nLocation: /index.json\r\nContent-Length: 0\r\n\r\n");
                    }
                });
            }
        });
        CatalogFetcher fetcher;
        fetcher.setCacheDir(m_dir.filePath(QStringLiteral("cache-redirects")));
        fetcher.setMaxRedirects(3);
        QSignalSpy finished(&fetcher, &CatalogFetcher::finished);
        fetcher.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/index.json").arg(server.serverPort())));
        QVERIFY(finished.wait(30000));
        const auto result = finished.at(0).at(0).value<CatalogFetchResult>();
        QCOMPARE(result.status, CatalogFetchResult::Status::Failed);
        QCOMPARE(result.error.code, QStringLiteral("catalog-download"));
        QVERIFY2(result.error.message.contains(QStringLiteral("redirects")),
                 qPrintable(result.error.message));
        // Finite: the request and three redirects (Qt re-sends one or two on fresh connections at times).
        QVERIFY2(requests >= 4 && requests < 10, qPrintable(QString::number(requests)));
    }

    // ---- the built-in catalog --------------------------------------------------------------------------

    void defaultCatalogDescribesTheSeed()
    {
        const Catalog &catalog = defaultCatalog();
        QVERIFY(catalog.rejected.isEmpty());
        QVERIFY(catalog.services.size() >= 5);
        for (const QString &id :
             {QStringLiteral("tahoe-lafs"), QStringLiteral("syncthing"), QStringLiteral("peerstreamer"),
              QStringLiteral("owncloud"), QStringLiteral("bittorrent-seeder")}) {
            const CatalogEntry *entry = catalog.find(id);
            QVERIFY2(entry, qPrintable(id));
            QVERIFY(!entry->installable()); // metadata only
            QVERIFY(!entry->summary.isEmpty());
        }
        QVERIFY(catalog.publicKey.isEmpty()); // part of the program, unsigned
    }
};

CLOUDY_TEST_MAIN(TestServicesCatalog)
#include "tst_services_catalog.moc"
