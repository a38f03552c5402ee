// SPDX-License-Identifier: GPL-3.0-or-later
// Services end to end, as a user runs them from a terminal: the test builds two real bundles from the tiny
// test guests (a QEMU one: kernel + busybox initramfs that prints a ready line and serves HTTP; an LXC one: a
// busybox root filesystem serving the same page), publishes a signed catalog with `cloudyctl catalog
// keygen/build`, serves it from a real HTTP server on loopback, and then `cloudyctl catalog add`, `services
// list/install/logs/stop/launch/remove` run against the harness's libvirtd: the service is reached over HTTP
// from the host, its console log holds the guest's lines, and remove deletes everything but kept data.
#include "GuestSupport.h"
#include "StaticHttpServer.h"
#include "TestEnv.h"
#include "services/ServiceDomain.h"
#include "virt/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Cloudy;
using CloudyTest::makeBundle;
using CloudyTest::ProcessResult;
using CloudyTest::writeFile;

namespace {

QJsonObject jsonOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestServicesReal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/cloudy-svcreal-XXXXXX")};
    std::unique_ptr<StaticHttpServer> m_server;
    std::unique_ptr<Virt::Session> m_qemu;
    std::unique_ptr<Virt::Session> m_lxc;
    quint16 m_lxcPort = 0;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("home/cache")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        for (const QString &proxy : {QStringLiteral("http_proxy"), QStringLiteral("HTTP_PROXY")})
            environment.remove(proxy);
        environment.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        return environment;
    }

    ProcessResult ctl(const QStringList &arguments, int timeoutMs = 240000) const
    {
        ProcessResult result;
        CloudyTest::runProgram(CloudyTest::programPath(QStringLiteral("cloudyctl")), arguments, &result,
                               environment(), timeoutMs);
        return result;
    }

    static QByteArray explain(const ProcessResult &result)
    {
        return "exit " + QByteArray::number(result.exitCode) + "\nstdout: " + result.out
               + "\nstderr: " + result.err;
    }

    bool domainActive(Virt::Session &session, const QString &id)
    {
        const auto found = session.lookup(Services::serviceDomainName(id));
        return found && found->isActive();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
        CLOUDY_REQUIRE_SERVICE("libvirt");
        const QString images = CloudyTest::builtGuestImages();
        if (images.isEmpty())
            CLOUDY_SKIP(QStringLiteral("no test guest in %1 (tests/env/guest/build-guest-images did not run)")
                            .arg(CloudyTest::guestImagesDir()));
        m_qemu = std::make_unique<Virt::Session>(QStringLiteral("qemu:///system"));
        m_lxc = std::make_unique<Virt::Session>(QStringLiteral("lxc:///system"));
        QVERIFY(m_qemu->open().ok());
        QVERIFY(m_lxc->open().ok());

        // The publisher's side: two bundles and their descriptions.
        const QString input = path(QStringLiteral("publish"));
        QVERIFY(QDir().mkpath(input + QStringLiteral("/services"))
                && QDir().mkpath(input + QStringLiteral("/bundles")));
        QVERIFY(writeFile(input + QStringLiteral("/catalog.json"), R"({"publisher": "Test microcloud"})"));

        const QString vm = path(QStringLiteral("vm"));
        QVERIFY(QDir().mkpath(vm));
        QVERIFY(QFile::copy(images + QStringLiteral("/vmlinuz"), vm + QStringLiteral("/vmlinuz")));
        QVERIFY(QFile::copy(images + QStringLiteral("/initrd.img"), vm + QStringLiteral("/initrd.img")));
        QVERIFY(
            makeBundle(vm,
                       QJsonObject {{QStringLiteral("id"), QStringLiteral("test-bundle-vm")},
                                    {QStringLiteral("version"), QStringLiteral("1.0")},
                                    {QStringLiteral("kind"), QStringLiteral("qemu")},
                                    {QStringLiteral("qemu"),
                                     QJsonObject {{QStringLiteral("kernel"), QStringLiteral("vmlinuz")},
                                                  {QStringLiteral("initrd"), QStringLiteral("initrd.img")},
                                                  {QStringLiteral("cmdline"),
                                                   QStringLiteral("console=ttyS0 cloudy.service=bundle-vm "
                                                                  "cloudy.port=8080")}}}},
                       {QStringLiteral("vmlinuz"), QStringLiteral("initrd.img")},
                       input + QStringLiteral("/bundles/vm.tar.gz")));
        QVERIFY(writeFile(input + QStringLiteral("/services/test-bundle-vm.json"), R"({
            "id": "test-bundle-vm", "name": "Bundle VM", "version": "1.0", "summary": "A web page in a VM",
            "description": "The test guest as a QEMU service.", "category": "web", "icon": "web",
            "kind": "qemu", "resources": {"vcpus": 1, "memoryMiB": 192, "diskMiB": 16},
            "ports": [{"name": "web", "guestPort": 8080, "protocol": "tcp", "http": true}],
            "readiness": {"consoleLine": "CLOUDY-GUEST-SERVICE-UP", "timeoutSeconds": 120},
            "bundle": "vm.tar.gz"})"));

        // The container: the test root filesystem and an init that starts its web server on a free port
        // (a container shares the host's network).
        m_lxcPort = CloudyTest::freePort();
        QVERIFY(m_lxcPort != 0);
        const QString ct = path(QStringLiteral("ct"));
        ProcessResult copied;
        QVERIFY(QDir().mkpath(ct));
        QVERIFY(CloudyTest::runProgram(QStringLiteral("cp"),
                                       {QStringLiteral("-a"), images + QStringLiteral("/lxc-rootfs"),
                                        ct + QStringLiteral("/rootfs")},
                                       &copied)
                && copied.exitCode == 0);
        QVERIFY(writeFile(ct + QStringLiteral("/rootfs/sbin/service-init"),
                          QStringLiteral("#!/bin/sh\nexport CLOUDY_PORT=%1 CLOUDY_SERVICE=bundle-ct\nexec "
                                         "/sbin/cloudy-init\n")
                              .arg(m_lxcPort)
                              .toUtf8()));
        QFile::setPermissions(ct + QStringLiteral("/rootfs/sbin/service-init"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QVERIFY(makeBundle(
            ct,
            QJsonObject {{QStringLiteral("id"), QStringLiteral("test-bundle-ct")},
                         {QStringLiteral("version"), QStringLiteral("1.0")},
                         {QStringLiteral("kind"), QStringLiteral("lxc")},
                         {QStringLiteral("lxc"),
                          QJsonObject {{QStringLiteral("rootfs"), QStringLiteral("rootfs")},
                                       {QStringLiteral("init"), QStringLiteral("/sbin/service-init")}}}},
            {QStringLiteral("rootfs")}, input + QStringLiteral("/bundles/ct.tar.gz")));
        QVERIFY(writeFile(input + QStringLiteral("/services/test-bundle-ct.json"), QStringLiteral(R"({
            "id": "test-bundle-ct", "name": "Bundle container", "version": "1.0",
            "summary": "A web page in a container", "description": "The test root filesystem as an LXC service.",
            "category": "web", "icon": "web", "kind": "lxc", "resources": {"vcpus": 1, "memoryMiB": 64, "diskMiB": 0},
            "ports": [{"name": "web", "guestPort": %1, "protocol": "tcp", "http": true}],
            "readiness": {"port": "web", "timeoutSeconds": 60},
            "bundle": "ct.tar.gz"})")
                                                                                       .arg(m_lxcPort)
                                                                                       .toUtf8()));

        const QString key = path(QStringLiteral("publisher.key"));
        const ProcessResult keygen = ctl({QStringLiteral("catalog"), QStringLiteral("keygen"), key});
        QVERIFY2(keygen.exitCode == 0, explain(keygen).constData());
        const QString out = path(QStringLiteral("www"));
        const ProcessResult built = ctl({QStringLiteral("catalog"), QStringLiteral("build"), input,
                                         QStringLiteral("--key"), key, QStringLiteral("--out"), out});
        QVERIFY2(built.exitCode == 0, explain(built).constData());
        m_server = std::make_unique<StaticHttpServer>(out);
        QVERIFY(m_server->isListening());

        const QJsonObject keyFile = QJsonDocument::fromJson(CloudyTest::readFile(key)).object();
        const ProcessResult added =
            ctl({QStringLiteral("catalog"), QStringLiteral("add"),
                 m_server->url(QStringLiteral("/index.json")).toString(), QStringLiteral("--trust"),
                 keyFile.value(QStringLiteral("fingerprint")).toString()});
        QVERIFY2(added.exitCode == 0, explain(added).constData());
    }

    void cleanupTestCase()
    {
        CloudyTest::removeDomains(m_qemu.get(), QStringLiteral("cloudy-svc-test-bundle"));
        CloudyTest::removeDomains(m_lxc.get(), QStringLiteral("cloudy-svc-test-bundle"));
    }

    void listShowsTheCatalog()
    {
        const ProcessResult listed =
            ctl({QStringLiteral("services"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, explain(listed).constData());
        QStringList ids;
        for (const QJsonValue &service : jsonOf(listed.out).value(QStringLiteral("services")).toArray()) {
            const QJsonObject object = service.toObject();
            ids.append(object.value(QStringLiteral("id")).toString());
            if (object.value(QStringLiteral("id")) == QLatin1String("test-bundle-vm")) {
                QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("not-installed"));
                QCOMPARE(object.value(QStringLiteral("publisher")).toString(),
                         QStringLiteral("Test microcloud"));
                QVERIFY(object.value(QStringLiteral("installable")).toBool());
            }
        }
        QVERIFY2(ids.contains(QStringLiteral("test-bundle-vm"))
                     && ids.contains(QStringLiteral("test-bundle-ct")),
                 listed.out.constData());
        QVERIFY(ids.contains(QStringLiteral("syncthing"))); // the built-in catalog, metadata only
    }

    void qemuServiceFromTheCatalog()
    {
        const QString id = QStringLiteral("test-bundle-vm");
        const ProcessResult installed =
            ctl({QStringLiteral("services"), QStringLiteral("install"), id, QStringLiteral("--json")});
        QVERIFY2(installed.exitCode == 0, explain(installed).constData());
        const QJsonObject status = jsonOf(installed.out);
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const QString url = status.value(QStringLiteral("url")).toString();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), installed.out.constData());
        const quint16 port = quint16(QUrl(url).port());
        QByteArray page;
        QTRY_VERIFY_WITH_TIMEOUT(!(page = CloudyTest::httpGet(port)).isEmpty(), 20000);
        QVERIFY2(page.contains("cloudy-guest service=bundle-vm port=8080"), page.constData());
        QVERIFY(domainActive(*m_qemu, id));

        const QString serviceDir = path(QStringLiteral("home/data/cloudy-desktop/services/") + id);
        QVERIFY(QFileInfo(serviceDir + QStringLiteral("/bundle/vmlinuz")).isFile());
        QVERIFY(QFileInfo(serviceDir + QStringLiteral("/data.raw")).isFile());
        QVERIFY(QDir(path(QStringLiteral("home/cache/cloudy-desktop/bundles"))).isEmpty()); // archive deleted

        const ProcessResult logs = ctl({QStringLiteral("services"), QStringLiteral("logs"), id});
        QVERIFY2(logs.exitCode == 0 && logs.out.contains("CLOUDY-GUEST-READY"), explain(logs).constData());

        // Listed again by a fresh cloudyctl: running, with the same forwarded port.
        const ProcessResult shown =
            ctl({QStringLiteral("services"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, explain(shown).constData());
        QCOMPARE(jsonOf(shown.out).value(QStringLiteral("url")).toString(), url);

        const ProcessResult stopped = ctl({QStringLiteral("services"), QStringLiteral("stop"), id});
        QVERIFY2(stopped.exitCode == 0, explain(stopped).constData());
        QVERIFY(!domainActive(*m_qemu, id));

        const ProcessResult launched = ctl({QStringLiteral("services"), QStringLiteral("launch"), id});
        QVERIFY2(launched.exitCode == 0, explain(launched).constData());
        QVERIFY(domainActive(*m_qemu, id));

        // Remove keeps the data volume unless asked.
        const ProcessResult removed = ctl({QStringLiteral("services"), QStringLiteral("remove"), id});
        QVERIFY2(removed.exitCode == 0, explain(removed).constData());
        QVERIFY(!m_qemu->lookup(Services::serviceDomainName(id)).ok());
        QVERIFY(!QFileInfo::exists(serviceDir + QStringLiteral("/bundle")));
        QVERIFY(QFileInfo(serviceDir + QStringLiteral("/data.raw")).isFile());
        const ProcessResult again = ctl({QStringLiteral("services"), QStringLiteral("remove"), id});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("not installed"), again.err.constData());
    }

    void lxcServiceFromTheCatalog()
    {
        const QString id = QStringLiteral("test-bundle-ct");
        const ProcessResult installed =
            ctl({QStringLiteral("services"), QStringLiteral("install"), id, QStringLiteral("--json")});
        QVERIFY2(installed.exitCode == 0, explain(installed).constData());
        QCOMPARE(jsonOf(installed.out).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        const QByteArray page = CloudyTest::httpGet(m_lxcPort);
        QVERIFY2(page.contains("cloudy-guest service=bundle-ct"), page.constData());
        QVERIFY(domainActive(*m_lxc, id));

        const ProcessResult removed =
            ctl({QStringLiteral("services"), QStringLiteral("remove"), id, QStringLiteral("--delete-data")});
        QVERIFY2(removed.exitCode == 0, explain(removed).constData());
        QVERIFY(!m_lxc->lookup(Services::serviceDomainName(id)).ok());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("home/data/cloudy-desktop/services/") + id)));
    }

    void damagedDownloadIsRefused()
    {
        // The bundle on the server is replaced by another file of the same size: the checksum the signed
        // catalog gives no longer matches, the download is deleted and nothing is installed.
        const QString bundle = path(QStringLiteral("www/bundles/ct.tar.gz"));
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.putChar(char(~byte)));
        file.close();
        const ProcessResult installed =
            ctl({QStringLiteral("services"), QStringLiteral("install"), QStringLiteral("test-bundle-ct")});
        QCOMPARE(installed.exitCode, 1);
        QVERIFY2(installed.err.contains("checksum"), explain(installed).constData());
        QVERIFY(!QFileInfo::exists(
            path(QStringLiteral("home/data/cloudy-desktop/services/test-bundle-ct/bundle"))));
        QVERIFY(QDir(path(QStringLiteral("home/cache/cloudy-desktop/bundles"))).isEmpty());
    }
};

CLOUDY_TEST_MAIN(TestServicesReal)
#include "tst_services_real.moc"
