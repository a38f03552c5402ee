// SPDX-License-Identifier: GPL-3.0-or-later
// manifest.json of a service bundle (docs/services-formats.md): the documented example parses; every field
// that is missing, of the wrong type or unsafe is refused with a sentence naming it; unknown formats are
// refused by number.
#include "TestEnv.h"
#include "services/BundleManifest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Cloudy::Services;

namespace {

QJsonObject qemuManifest()
{
    return QJsonDocument::fromJson(R"({
      "format": 1, "id": "syncthing", "version": "1.23.2", "kind": "qemu",
      "qemu": { "kernel": "vmlinuz", "initrd": "initrd.img", "disk": "disk.qcow2", "cmdline": "console=ttyS0 quiet" },
      "lxc":  { "rootfs": "rootfs", "init": "/sbin/init" },
      "contents": { "files": 3, "bytes": 9876543 }
    })")
        .object();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

class TestServicesManifest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedExample()
    {
        const auto manifest = parseBundleManifest(bytes(qemuManifest()));
        QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
        QCOMPARE(manifest->id, QStringLiteral("syncthing"));
        QCOMPARE(manifest->version, QStringLiteral("1.23.2"));
        QCOMPARE(manifest->kind, QStringLiteral("qemu"));
        QCOMPARE(manifest->qemuKernel, QStringLiteral("vmlinuz"));
        QCOMPARE(manifest->qemuInitrd, QStringLiteral("initrd.img"));
        QCOMPARE(manifest->qemuDisk, QStringLiteral("disk.qcow2"));
        QCOMPARE(manifest->qemuCmdline, QStringLiteral("console=ttyS0 quiet"));
        QCOMPARE(manifest->files, 3);
        QCOMPARE(manifest->bytes, 9876543);
    }

    void lxcAndOptionalDisk()
    {
        QJsonObject object = qemuManifest();
        object.insert(QStringLiteral("kind"), QStringLiteral("lxc"));
        auto manifest = parseBundleManifest(bytes(object));
        QVERIFY2(manifest.ok(), qPrintable(manifest.error().message));
        QCOMPARE(manifest->lxcRootfs, QStringLiteral("rootfs"));
        QCOMPARE(manifest->lxcInit, QStringLiteral("/sbin/init"));

        object = qemuManifest();
        QJsonObject qemu = object.value(QStringLiteral("qemu")).toObject();
        qemu.remove(QStringLiteral("disk"));
        object.insert(QStringLiteral("qemu"), qemu);
        manifest = parseBundleManifest(bytes(object));
        QVERIFY(manifest.ok());
        QVERIFY(manifest->qemuDisk.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject object = qemuManifest();
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
            return bytes(object);
        };
        const auto withQemu = [&](const QString &key, const QJsonValue &value) {
            QJsonObject qemu = qemuManifest().value(QStringLiteral("qemu")).toObject();
            qemu.insert(key, value);
            return with(QStringLiteral("qemu"), qemu);
        };
        QTest::newRow("not json") << QByteArray("{ nope") << "manifest-json"
                                  << "JSON";
        QTest::newRow("array") << QByteArray("[1]") << "manifest-json"
                               << "JSON";
        QTest::newRow("too big") << QByteArray(70000, ' ') << "manifest-json"
                                 << "KiB";
        QTest::newRow("no format") << with(QStringLiteral("format"), QJsonValue::Undefined)
                                   << "manifest-format"
                                   << "format";
        QTest::newRow("future format") << with(QStringLiteral("format"), 2) << "manifest-format"
                                       << "format 2";
        QTest::newRow("bad id") << with(QStringLiteral("id"), QStringLiteral("../etc")) << "manifest-field"
                                << "id";
        QTest::newRow("no version") << with(QStringLiteral("version"), QJsonValue::Undefined)
                                    << "manifest-field"
                                    << "version";
        QTest::newRow("bad kind") << with(QStringLiteral("kind"), QStringLiteral("docker"))
                                  << "manifest-field"
                                  << "kind";
        QTest::newRow("absolute kernel")
            << withQemu(QStringLiteral("kernel"), QStringLiteral("/boot/vmlinuz")) << "manifest-field"
            << "qemu.kernel";
        QTest::newRow("dotdot initrd")
            << withQemu(QStringLiteral("initrd"), QStringLiteral("../initrd")) << "manifest-field"
            << "qemu.initrd";
        QTest::newRow("dotdot disk") << withQemu(QStringLiteral("disk"), QStringLiteral("a/../../d"))
                                     << "manifest-field"
                                     << "qemu.disk";
        QTest::newRow("negative files")
            << with(QStringLiteral("contents"),
                    QJsonObject {{QStringLiteral("files"), -1}, {QStringLiteral("bytes"), 10}})
            << "manifest-field"
            << "contents.files";
        QTest::newRow("fractional bytes")
            << with(QStringLiteral("contents"),
                    QJsonObject {{QStringLiteral("files"), 1}, {QStringLiteral("bytes"), 1.5}})
            << "manifest-field"
            << "contents.bytes";
        QTest::newRow("no contents") << with(QStringLiteral("contents"), QJsonValue::Undefined)
                                     << "manifest-field"
                                     << "contents.files";
        QJsonObject lxc = qemuManifest();
        lxc.insert(QStringLiteral("kind"), QStringLiteral("lxc"));
        lxc.insert(QStringLiteral("lxc"),
                   QJsonObject {{QStringLiteral("rootfs"), QStringLiteral("rootfs")},
                                {QStringLiteral("init"), QStringLiteral("sbin/init")}});
        QTest::newRow("relative init") << bytes(lxc) << "manifest-field"
                                       << "lxc.init";
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto manifest = parseBundleManifest(json);
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().code, code);
        QVERIFY2(manifest.error().message.contains(mentions), qPrintable(manifest.error().message));
    }

    void safePaths()
    {
        QVERIFY(isSafeBundlePath(QStringLiteral("a/b/c")));
        QVERIFY(isSafeBundlePath(QStringLiteral("..a/b..")));
        QVERIFY(!isSafeBundlePath(QString()));
        QVERIFY(!isSafeBundlePath(QStringLiteral("/a")));
        QVERIFY(!isSafeBundlePath(QStringLiteral("a/../b")));
        QVERIFY(!isSafeBundlePath(QStringLiteral("a//b")));
        QVERIFY(!isSafeBundlePath(QStringLiteral("./a")));
        QVERIFY(!isSafeBundlePath(QStringLiteral("a/")));
    }
};

CLOUDY_TEST_MAIN(TestServicesManifest)
#include "tst_services_manifest.moc"
