// SPDX-License-Identifier: GPL-3.0-or-later
// `cloudyctl doctor --json` inside the harness: Avahi, libvirt (QEMU) and the keyring are all found.
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestDoctorHarness : public QObject
{
    Q_OBJECT

    QJsonObject m_checks;

private Q_SLOTS:
    void initTestCase()
    {
        CloudyTest::ProcessResult result;
        QVERIFY(CloudyTest::runProgram(CloudyTest::programPath(QStringLiteral("cloudyctl")),
                                       {QStringLiteral("doctor"), QStringLiteral("--json")}, &result));
        qInfo().noquote() << result.out;
        m_checks = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("checks")).toObject();
        QVERIFY2(!m_checks.isEmpty(), result.err.constData());
    }

    void avahi()
    {
        CLOUDY_REQUIRE_SERVICE("lan");
        const QJsonObject avahi = m_checks.value(QStringLiteral("avahi")).toObject();
        QVERIFY2(avahi.value(QStringLiteral("available")).toBool(),
                 qPrintable(avahi.value(QStringLiteral("summary")).toString()));
        QCOMPARE(avahi.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        // The harness's home host, not the machine's own daemon.
        QVERIFY(avahi.value(QStringLiteral("hostName")).toString().startsWith(QLatin1String("home")));
    }

    void libvirt()
    {
        CLOUDY_REQUIRE_SERVICE("libvirt");
        const QJsonObject libvirt = m_checks.value(QStringLiteral("libvirt")).toObject();
        QVERIFY2(libvirt.value(QStringLiteral("available")).toBool(),
                 qPrintable(libvirt.value(QStringLiteral("summary")).toString()));
        QCOMPARE(libvirt.value(QStringLiteral("uri")).toString(),
                 qEnvironmentVariable("LIBVIRT_DEFAULT_URI"));
        QCOMPARE(libvirt.value(QStringLiteral("driver")).toString(), QStringLiteral("QEMU"));
        QVERIFY(libvirt.value(QStringLiteral("domainTypes")).toArray().contains(QStringLiteral("qemu")));
        if (qEnvironmentVariable("CLOUDY_TESTENV_LXC") == QLatin1String("1"))
            QVERIFY(
                m_checks.value(QStringLiteral("lxc")).toObject().value(QStringLiteral("available")).toBool());
    }

    void keyring()
    {
        CLOUDY_REQUIRE_SERVICE("keyring");
        const QJsonObject keyring = m_checks.value(QStringLiteral("keyring")).toObject();
        QVERIFY2(keyring.value(QStringLiteral("available")).toBool(),
                 qPrintable(keyring.value(QStringLiteral("summary")).toString()));
    }

    void kvmVerdictIsExplained()
    {
        const QJsonObject kvm = m_checks.value(QStringLiteral("kvm")).toObject();
        QVERIFY(kvm.contains(QStringLiteral("runsGuests")));
        if (!kvm.value(QStringLiteral("runsGuests")).toBool())
            QVERIFY(!kvm.value(QStringLiteral("advice")).toString().isEmpty());
    }
};

CLOUDY_TEST_MAIN(TestDoctorHarness)
#include "tst_doctor_harness.moc"
