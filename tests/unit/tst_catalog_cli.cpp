// SPDX-License-Identifier: GPL-3.0-or-later
// `cloudyctl catalog` as a publisher and a user run it, against a real HTTP server on loopback (QHttpServer
// in this process serving what `catalog build` wrote): keygen, build, add (a new publisher is asked about,
// a wrong fingerprint is refused, the right one trusted), list, the cache when the server fails, a catalog
// re-signed by another key refused, a tampered one refused, an oversized one cut off.
#include "TestEnv.h"
#include "platform/Crypto.h"
#include "services/Catalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/stat.h>

using CloudyTest::ProcessResult;
using CloudyTest::programPath;
using namespace Cloudy;

class TestCatalogCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHttpServer m_server;
    quint16 m_port = 0;
    bool m_serverFails = false; // answer 503 to everything (the microcloud is down)
    int m_requests = 0;
    QString m_fingerprint; // of key.json
    QString m_otherFingerprint; // of other-key.json

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    QString catalogUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/catalog/index.json").arg(m_port);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("home/cache")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        for (const QString &proxy :
             {QStringLiteral("http_proxy"), QStringLiteral("HTTP_PROXY"), QStringLiteral("https_proxy"),
              QStringLiteral("HTTPS_PROXY"), QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY")})
            environment.remove(proxy);
        environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        return environment;
    }

    // Runs cloudyctl while this process keeps serving HTTP (so not CloudyTest::runProgram, which blocks).
    ProcessResult catalog(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("catalog"));
        QProcess process;
        process.setProcessEnvironment(environment());
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer guard; // only against a hang: the result never depends on it
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(120000);
        process.start(programPath(QStringLiteral("cloudyctl")), arguments);
        loop.exec();
        ProcessResult result;
        if (process.state() != QProcess::NotRunning) {
            qWarning("cloudyctl %s did not finish", qPrintable(arguments.join(u' ')));
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QJsonObject json(const ProcessResult &result)
    {
        return QJsonDocument::fromJson(result.out).object();
    }

    static bool writeFile(const QString &name, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(name).absolutePath());
        QFile file(name);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QByteArray readFile(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QJsonObject listedCatalog(const QJsonObject &list) const
    {
        for (const QJsonValue &value : list.value(QStringLiteral("catalogs")).toArray()) {
            if (value.toObject().value(QStringLiteral("url")).toString() == catalogUrl())
                return value.toObject();
        }
        return {};
    }

    void serve(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    {
        ++m_requests;
        if (m_serverFails)
            return responder.write(QHttpServerResponder::StatusCode::ServiceUnavailable);
        const QString urlPath = request.url().path();
        if (urlPath == QLatin1String("/big/index.json")) // 2 MiB of valid-looking JSON padding
            return responder.write(QByteArray("{\"format\": 1,") + QByteArray(2 * 1024 * 1024, ' ') + '}',
                                   QByteArray("application/json"));
        if (urlPath.startsWith(QLatin1String("/moved/"))) // the catalog moved to /catalog/
            return responder.write(
                {{QByteArray("Location"), QByteArray("/catalog/") + urlPath.mid(7).toUtf8()}},
                QHttpServerResponder::StatusCode::MovedPermanently);
        const QString prefix = QStringLiteral("/catalog/");
        if (!urlPath.startsWith(prefix) || urlPath.contains(QLatin1String("..")))
            return responder.write(QHttpServerResponder::StatusCode::NotFound);
        QFile file(path(QStringLiteral("out/")) + urlPath.mid(prefix.size()));
        if (!file.open(QIODevice::ReadOnly))
            return responder.write(QHttpServerResponder::StatusCode::NotFound);
        responder.write(file.readAll(), QByteArray("application/octet-stream"));
    }

    // The publisher's folder: two service descriptions, one with a real gzip'd tar bundle.
    bool makePublisherFolder()
    {
        const QString stage = path(QStringLiteral("stage"));
        if (!writeFile(stage + QStringLiteral("/manifest.json"),
                       QJsonDocument(QJsonObject {{QStringLiteral("format"), 1},
                                                  {QStringLiteral("id"), QStringLiteral("syncthing")},
                                                  {QStringLiteral("version"), QStringLiteral("1.23.2")},
                                                  {QStringLiteral("kind"), QStringLiteral("lxc")}})
                           .toJson()))
            return false;
        QDir().mkpath(path(QStringLiteral("publish/bundles")));
        ProcessResult tar;
        if (!CloudyTest::runProgram(QStringLiteral("tar"),
                                    {QStringLiteral("-czf"),
                                     path(QStringLiteral("publish/bundles/syncthing-1.23.2.tar.gz")),
                                     QStringLiteral("-C"), stage, QStringLiteral("manifest.json")},
                                    &tar)
            || tar.exitCode != 0)
            return false;
        const QJsonObject syncthing {
            {QStringLiteral("id"), QStringLiteral("syncthing")},
            {QStringLiteral("name"), QStringLiteral("Syncthing")},
            {QStringLiteral("version"), QStringLiteral("1.23.2")},
            {QStringLiteral("summary"), QStringLiteral("Keep folders in sync between your devices")},
            {QStringLiteral("category"), QStringLiteral("sync")},
            {QStringLiteral("kind"), QStringLiteral("lxc")},
            {QStringLiteral("resources"),
             QJsonObject {{QStringLiteral("vcpus"), 1}, {QStringLiteral("memoryMiB"), 128}}},
            {QStringLiteral("ports"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("web")},
                                      {QStringLiteral("guestPort"), 8384},
                                      {QStringLiteral("protocol"), QStringLiteral("tcp")},
                                      {QStringLiteral("http"), true}}}},
            {QStringLiteral("readiness"), QJsonObject {{QStringLiteral("port"), QStringLiteral("web")}}},
            {QStringLiteral("bundle"), QStringLiteral("syncthing-1.23.2.tar.gz")}};
        const QJsonObject tahoe {{QStringLiteral("id"), QStringLiteral("tahoe-lafs")},
                                 {QStringLiteral("name"), QStringLiteral("Tahoe-LAFS")},
                                 {QStringLiteral("version"), QStringLiteral("1.17.1")},
                                 {QStringLiteral("bundle"), QJsonValue::Null}};
        return writeFile(path(QStringLiteral("publish/catalog.json")),
                         "{\"publisher\": \"Sants microcloud\"}")
               && writeFile(path(QStringLiteral("publish/services/syncthing.json")),
                            QJsonDocument(syncthing).toJson())
               && writeFile(path(QStringLiteral("publish/services/tahoe-lafs.json")),
                            QJsonDocument(tahoe).toJson());
    }

    ProcessResult build(const QString &key)
    {
        return catalog({QStringLiteral("build"), path(QStringLiteral("publish")), QStringLiteral("--key"),
                        path(key), QStringLiteral("--out"), path(QStringLiteral("out"))});
    }

    static QString fingerprintOfKeyFile(const QString &name)
    {
        const QJsonObject key = QJsonDocument::fromJson(readFile(name)).object();
        return Crypto::keyFingerprint(
            QByteArray::fromBase64(key.value(QStringLiteral("publicKey")).toString().toLatin1()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                serve(request, std::move(responder));
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
        QVERIFY(makePublisherFolder());
    }

    void keygen()
    {
        const QString key = path(QStringLiteral("key.json"));
        ProcessResult result = catalog({QStringLiteral("keygen"), key});
        QCOMPARE(result.exitCode, 0);
        struct stat info
        { };
        QCOMPARE(::stat(QFile::encodeName(key).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        m_fingerprint = fingerprintOfKeyFile(key);
        QVERIFY(!m_fingerprint.isEmpty());
        QVERIFY2(result.out.contains(m_fingerprint.toUtf8()),
                 result.out.constData()); // told to the publisher

        // Never overwritten.
        const QByteArray before = readFile(key);
        result = catalog({QStringLiteral("keygen"), key});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("already exists"), result.err.constData());
        QCOMPARE(readFile(key), before);

        QCOMPARE(catalog({QStringLiteral("keygen"), path(QStringLiteral("other-key.json"))}).exitCode, 0);
        m_otherFingerprint = fingerprintOfKeyFile(path(QStringLiteral("other-key.json")));
        QVERIFY(m_otherFingerprint != m_fingerprint);
    }

    void build()
    {
        const ProcessResult result = build(QStringLiteral("key.json"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray index = readFile(path(QStringLiteral("out/index.json")));
        const QByteArray signature = readFile(path(QStringLiteral("out/index.json.sig")));
        QCOMPARE(signature.size(), 89);
        const QByteArray bundle = readFile(path(QStringLiteral("out/bundles/syncthing-1.23.2.tar.gz")));
        QCOMPARE(bundle, readFile(path(QStringLiteral("publish/bundles/syncthing-1.23.2.tar.gz"))));
        QVERIFY(bundle.startsWith("\x1f\x8b")); // gzip

        const QUrl base(QStringLiteral("https://mirror.example/c/index.json"));
        const auto verified = Services::verifyCatalog(index, signature, base);
        QVERIFY2(verified.ok(), qPrintable(verified.error().message));
        QCOMPARE(Crypto::keyFingerprint(verified->publicKey), m_fingerprint);
        QCOMPARE(verified->publisher, QStringLiteral("Sants microcloud"));
        QCOMPARE(verified->services.size(), 2);
        const Services::CatalogEntry *syncthing = verified->find(QStringLiteral("syncthing"));
        QVERIFY(syncthing && syncthing->bundle);
        QCOMPARE(syncthing->bundle->href, QStringLiteral("bundles/syncthing-1.23.2.tar.gz"));
        QCOMPARE(syncthing->bundle->size, qint64(bundle.size()));
        QCOMPARE(syncthing->bundle->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bundle, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!verified->find(QStringLiteral("tahoe-lafs"))->installable());
    }

    void buildRefusesAnInvalidDescription()
    {
        QVERIFY(writeFile(path(QStringLiteral("bad/catalog.json")), "{\"publisher\": \"X\"}"));
        QVERIFY(writeFile(
            path(QStringLiteral("bad/services/x.json")),
            "{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"kind\": \"vm\", \"bundle\": null}"));
        const ProcessResult result = catalog({QStringLiteral("build"), path(QStringLiteral("bad")),
                                              QStringLiteral("--key"), path(QStringLiteral("key.json")),
                                              QStringLiteral("--out"), path(QStringLiteral("bad-out"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("x.json") && result.err.contains("\"kind\""), result.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("bad-out/index.json"))));
    }

    void addAsksAboutANewPublisher()
    {
        const int before = m_requests;
        const ProcessResult result = catalog({QStringLiteral("add"), catalogUrl()});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(m_requests, before + 2); // index.json and index.json.sig over real HTTP
        QVERIFY2(result.out.contains(m_fingerprint.toUtf8()), result.out.constData());
        QVERIFY2(result.out.contains("Sants microcloud"), result.out.constData());
        QVERIFY2(result.out.contains("--trust"), result.out.constData());

        const ProcessResult asJson = catalog({QStringLiteral("add"), catalogUrl(), QStringLiteral("--json")});
        QCOMPARE(asJson.exitCode, 1);
        QCOMPARE(json(asJson).value(QStringLiteral("status")).toString(), QStringLiteral("untrusted"));
        QCOMPARE(json(asJson).value(QStringLiteral("fingerprint")).toString(), m_fingerprint);

        // Nothing was added or trusted.
        const ProcessResult list = catalog({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(listedCatalog(json(list)).isEmpty());
        QVERIFY(!QFile::exists(path(QStringLiteral("home/data/cloudy-desktop/catalog-trust.json"))));
    }

    void addRefusesAWrongFingerprint()
    {
        const ProcessResult result =
            catalog({QStringLiteral("add"), catalogUrl(), QStringLiteral("--trust"), m_otherFingerprint});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(m_fingerprint.toUtf8()) && result.err.contains("Nothing was trusted"),
                 result.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("home/data/cloudy-desktop/catalog-trust.json"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("home/data/cloudy-desktop/catalogs.json"))));
    }

    void addTrustsTheRightFingerprint()
    {
        // As people type it: upper case, colons instead of spaces.
        const QString typed = m_fingerprint.toUpper().replace(u' ', u':');
        const ProcessResult result = catalog({QStringLiteral("add"), catalogUrl(), QStringLiteral("--trust"),
                                              typed, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject added = json(result);
        QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("added"));
        QCOMPARE(added.value(QStringLiteral("fingerprint")).toString(), m_fingerprint);
        QCOMPARE(added.value(QStringLiteral("publisher")).toString(), QStringLiteral("Sants microcloud"));

        // Trusted now: adding again needs no --trust.
        const ProcessResult again = catalog({QStringLiteral("add"), catalogUrl(), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).value(QStringLiteral("status")).toString(), QStringLiteral("already-added"));
    }

    void listShowsTheCatalogAndItsServices()
    {
        const ProcessResult result = catalog({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonArray catalogs = json(result).value(QStringLiteral("catalogs")).toArray();
        QCOMPARE(catalogs.size(), 2);
        QVERIFY(catalogs.at(0).toObject().value(QStringLiteral("builtIn")).toBool());
        QVERIFY(catalogs.at(0).toObject().value(QStringLiteral("services")).toArray().size() >= 5);

        const QJsonObject listed = listedCatalog(json(result));
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(listed.value(QStringLiteral("fromCache")).toBool(true), false);
        QCOMPARE(listed.value(QStringLiteral("fingerprint")).toString(), m_fingerprint);
        QCOMPARE(listed.value(QStringLiteral("publisher")).toString(), QStringLiteral("Sants microcloud"));
        const QJsonArray services = listed.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 2);
        const QJsonObject syncthing = services.at(0).toObject();
        QCOMPARE(syncthing.value(QStringLiteral("id")).toString(), QStringLiteral("syncthing"));
        QCOMPARE(syncthing.value(QStringLiteral("installable")).toBool(), true);
        const QJsonObject bundle = syncthing.value(QStringLiteral("bundle")).toObject();
        // Resolved against the catalog's URL: fetchable from the same server.
        QCOMPARE(bundle.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://127.0.0.1:%1/catalog/bundles/syncthing-1.23.2.tar.gz").arg(m_port));
        QCOMPARE(qint64(bundle.value(QStringLiteral("size")).toDouble()),
                 QFileInfo(path(QStringLiteral("out/bundles/syncthing-1.23.2.tar.gz"))).size());
        QCOMPARE(services.at(1).toObject().value(QStringLiteral("installable")).toBool(true), false);

        const ProcessResult text = catalog({QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Sants microcloud") && text.out.contains("syncthing 1.23.2"),
                 text.out.constData());
    }

    void addFollowsRedirects()
    {
        const QString moved = QStringLiteral("http://127.0.0.1:%1/moved/index.json").arg(m_port);
        const ProcessResult result = catalog({QStringLiteral("add"), moved, QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData()); // same origin, same key: trusted already
        const QJsonObject added = json(result);
        QCOMPARE(added.value(QStringLiteral("status")).toString(), QStringLiteral("added"));
        // Bundle URLs resolve against the URL asked for (docs/services-formats.md).
        const QJsonObject bundle = added.value(QStringLiteral("services"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("bundle"))
                                       .toObject();
        QCOMPARE(bundle.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://127.0.0.1:%1/moved/bundles/syncthing-1.23.2.tar.gz").arg(m_port));
        // Removing it keeps the origin's key: the other catalog there still uses it.
        QCOMPARE(catalog({QStringLiteral("remove"), moved}).exitCode, 0);
        const ProcessResult again = catalog({QStringLiteral("add"), catalogUrl(), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).value(QStringLiteral("status")).toString(), QStringLiteral("already-added"));
    }

    void listFallsBackToTheSavedCopy()
    {
        m_serverFails = true;
        const ProcessResult result = catalog({QStringLiteral("list"), QStringLiteral("--json")});
        m_serverFails = false;
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject listed = listedCatalog(json(result));
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(listed.value(QStringLiteral("fromCache")).toBool(), true);
        QVERIFY(listed.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("503")));
        QCOMPARE(listed.value(QStringLiteral("services")).toArray().size(), 2);

        const int before = m_requests;
        const ProcessResult offline =
            catalog({QStringLiteral("list"), QStringLiteral("--offline"), QStringLiteral("--json")});
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(m_requests, before); // --offline asks no server
        QCOMPARE(listedCatalog(json(offline)).value(QStringLiteral("services")).toArray().size(), 2);
    }

    void aCatalogResignedByAnotherKeyIsRefused()
    {
        QVERIFY(build(QStringLiteral("other-key.json")).exitCode == 0);
        const ProcessResult result = catalog({QStringLiteral("add"), catalogUrl()});
        QCOMPARE(result.exitCode, 1);
        const QString expected =
            QStringLiteral(
                "The catalog of Sants microcloud is now signed by a different key (fingerprint %1) than "
                "the one you trusted (%2).")
                .arg(m_otherFingerprint, m_fingerprint);
        QVERIFY2(result.err.contains(expected.toUtf8()), result.err.constData());
        // Even with --trust of the new key: the pinned key has to be forgotten first.
        QCOMPARE(catalog({QStringLiteral("add"), catalogUrl(), QStringLiteral("--trust"), m_otherFingerprint})
                     .exitCode,
                 1);

        const ProcessResult list = catalog({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 1);
        const QJsonObject listed = listedCatalog(json(list));
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("key-changed"));
        QVERIFY(listed.value(QStringLiteral("services")).toArray().isEmpty());
    }

    void aTamperedCatalogIsRefused()
    {
        QVERIFY(build(QStringLiteral("key.json")).exitCode == 0);
        QCOMPARE(catalog({QStringLiteral("add"), catalogUrl()}).exitCode, 0); // the right key again
        QByteArray index = readFile(path(QStringLiteral("out/index.json")));
        QVERIFY(index.contains("\"memoryMiB\": 128"));
        index.replace("\"memoryMiB\": 128", "\"memoryMiB\": 4096");
        QVERIFY(writeFile(path(QStringLiteral("out/index.json")), index));
        const ProcessResult result = catalog({QStringLiteral("add"), catalogUrl()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("The catalog's signature does not match its contents"),
                 result.err.constData());
        // And list does not fall back to the saved copy for a catalog that fails verification.
        const ProcessResult list = catalog({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(listedCatalog(json(list))
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("signature-mismatch"));
    }

    void anOversizedCatalogIsCutOff()
    {
        const ProcessResult result = catalog(
            {QStringLiteral("add"), QStringLiteral("http://127.0.0.1:%1/big/index.json").arg(m_port)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("larger than"), result.err.constData());
    }

    void removeForgetsTheCatalog()
    {
        QVERIFY(build(QStringLiteral("key.json")).exitCode == 0);
        QCOMPARE(catalog({QStringLiteral("remove"), catalogUrl()}).exitCode, 0);
        const ProcessResult list = catalog({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(listedCatalog(json(list)).isEmpty());
        // The key was forgotten too: adding again asks again.
        QCOMPARE(catalog({QStringLiteral("add"), catalogUrl()}).exitCode, 1);
        QCOMPARE(catalog({QStringLiteral("remove"), catalogUrl()}).exitCode, 1); // not there any more
    }

    void usageErrors()
    {
        QCOMPARE(catalog({}).exitCode, 2);
        QCOMPARE(catalog({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(catalog({QStringLiteral("build"), path(QStringLiteral("publish"))}).exitCode, 2);
        const ProcessResult notHttp = catalog({QStringLiteral("add"), QStringLiteral("file:///etc/passwd")});
        QCOMPARE(notHttp.exitCode, 2);
        QVERIFY(notHttp.err.contains("http"));
    }
};

CLOUDY_TEST_MAIN(TestCatalogCli)
#include "tst_catalog_cli.moc"
