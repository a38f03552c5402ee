// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnv.h"
#include "doctor/Doctor.h"
#include "doctor/DoctorReport.h"

#include <QJsonArray>

using namespace Cloudy;

class TestDoctorReport : public QObject
{
    Q_OBJECT

    static DoctorReport sample()
    {
        DoctorReport report;
        DoctorCheck avahi;
        avahi.id = QStringLiteral("avahi");
        avahi.title = QStringLiteral("Avahi");
        avahi.status = DoctorCheck::Status::Ok;
        avahi.summary = QStringLiteral("avahi 0.8 is running as home.local.");
        avahi.facts.insert(QStringLiteral("hostName"), QStringLiteral("home.local"));
        DoctorCheck kvm;
        kvm.id = QStringLiteral("kvm");
        kvm.title = QStringLiteral("KVM");
        kvm.status = DoctorCheck::Status::Warning;
        kvm.summary = QStringLiteral("Guests will run with software emulation.");
        kvm.advice = QStringLiteral("Enable VT-x.");
        DoctorCheck keyring;
        keyring.id = QStringLiteral("keyring");
        keyring.title = QStringLiteral("Keyring");
        keyring.status = DoctorCheck::Status::Missing;
        keyring.summary = QStringLiteral("No keyring.");
        keyring.advice = QStringLiteral("Install gnome-keyring.");
        report.checks = {avahi, kvm, keyring};
        report.versions = {{QStringLiteral("libvirt"), QStringLiteral("9.0.0")}};
        return report;
    }

private Q_SLOTS:
    void json()
    {
        const QJsonObject json = sample().toJson();
        QCOMPARE(json.value(QStringLiteral("allAvailable")).toBool(), false);
        const QJsonObject checks = json.value(QStringLiteral("checks")).toObject();
        QCOMPARE(checks.keys(),
                 (QStringList {QStringLiteral("avahi"), QStringLiteral("keyring"), QStringLiteral("kvm")}));
        const QJsonObject avahi = checks.value(QStringLiteral("avahi")).toObject();
        QCOMPARE(avahi.value(QStringLiteral("available")).toBool(), true);
        QCOMPARE(avahi.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(avahi.value(QStringLiteral("hostName")).toString(), QStringLiteral("home.local"));
        QVERIFY(!avahi.contains(QStringLiteral("advice")));
        // A warning still counts as available (guests run, only slower).
        QCOMPARE(checks.value(QStringLiteral("kvm")).toObject().value(QStringLiteral("available")).toBool(),
                 true);
        const QJsonObject keyring = checks.value(QStringLiteral("keyring")).toObject();
        QCOMPARE(keyring.value(QStringLiteral("available")).toBool(), false);
        QCOMPARE(keyring.value(QStringLiteral("advice")).toString(),
                 QStringLiteral("Install gnome-keyring."));
        QCOMPARE(
            json.value(QStringLiteral("versions")).toObject().value(QStringLiteral("libvirt")).toString(),
            QStringLiteral("9.0.0"));
    }

    void text()
    {
        const QString text = sample().toText();
        QVERIFY(text.contains(QLatin1String("[ok]      Avahi")));
        QVERIFY(text.contains(QLatin1String("[missing] Keyring")));
        QVERIFY(text.contains(QLatin1String("-> Install gnome-keyring.")));
        QVERIFY(text.contains(QLatin1String("libvirt")));
    }

    void lookup()
    {
        const DoctorReport report = sample();
        QVERIFY(report.check(QStringLiteral("kvm")));
        QCOMPARE(report.check(QStringLiteral("kvm"))->status, DoctorCheck::Status::Warning);
        QVERIFY(!report.check(QStringLiteral("nothing")));
    }

    void lxcUri_data()
    {
        QTest::addColumn<QString>("qemu");
        QTest::addColumn<QString>("lxc");
        QTest::newRow("system") << QStringLiteral("qemu:///system") << QStringLiteral("lxc:///system");
        QTest::newRow("session has no lxc")
            << QStringLiteral("qemu:///session") << QStringLiteral("lxc:///system");
        QTest::newRow("socket kept") << QStringLiteral("qemu+unix:///system?socket=/tmp/s")
                                     << QStringLiteral("lxc+unix:///system?socket=/tmp/s");
        QTest::newRow("remote") << QStringLiteral("qemu+ssh://host/system")
                                << QStringLiteral("lxc+ssh://host/system");
        QTest::newRow("test driver") << QStringLiteral("test:///default") << QStringLiteral("lxc:///system");
    }
    void lxcUri()
    {
        QFETCH(QString, qemu);
        QFETCH(QString, lxc);
        QCOMPARE(Doctor::lxcUriFor(qemu), lxc);
    }

    void libvirtTestDriver()
    {
        // libvirt's in-process test driver: a real libvirt connection without a daemon.
        DoctorOptions options;
        options.libvirtUri = QStringLiteral("test:///default");
        QString daemonVersion;
        const DoctorCheck check = Doctor(options).checkLibvirt(&daemonVersion);
        QCOMPARE(check.facts.value(QStringLiteral("uri")).toString(), QStringLiteral("test:///default"));
        QCOMPARE(check.facts.value(QStringLiteral("driver")).toString(), QStringLiteral("TEST"));
        QVERIFY(!daemonVersion.isEmpty());
        QVERIFY(check.available());
    }

    void libvirtUnreachable()
    {
        DoctorOptions options;
        options.libvirtUri = QStringLiteral("qemu+unix:///system?socket=/nonexistent/libvirt-sock");
        const DoctorCheck check = Doctor(options).checkLibvirt(nullptr);
        QCOMPARE(check.status, DoctorCheck::Status::Missing);
        QVERIFY(check.summary.contains(QLatin1String("/nonexistent/libvirt-sock")));
        QVERIFY(check.advice.contains(QLatin1String("libvirtd")));
    }
};

CLOUDY_TEST_MAIN(TestDoctorReport)
#include "tst_doctorreport.moc"
