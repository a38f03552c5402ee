// SPDX-License-Identifier: GPL-3.0-or-later
// `cloudyctl share` as a user runs it, on libvirt's in-process test:///default driver (every run of the
// program starts with an empty driver, so a guest started by `share on` lives only in that run): the JSON
// status, refusals over the host's capacity that name the maximum and change nothing, presets, a corrupt
// policy file, and `on`/`off` following the contribution domain. The real daemon is tst_contribution_real's.
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

using CloudyTest::ProcessResult;
using CloudyTest::programPath;
using CloudyTest::runProgram;

class TestShareCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString policyPath() const { return m_dir.filePath(QStringLiteral("policy.json")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        // No desktop answers on these buses: idle time unknown, battery unknown (counts as mains).
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/session_bus"));
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/system_bus"));
        return environment;
    }

    ProcessResult share(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("share"));
        arguments += {QStringLiteral("--uri"), QStringLiteral("test:///default"), QStringLiteral("--policy"),
                      policyPath()};
        ProcessResult result;
        if (!runProgram(programPath(QStringLiteral("cloudyctl")), arguments, &result, environment()))
            qWarning("cloudyctl did not run");
        return result;
    }

    static QJsonObject json(const ProcessResult &result)
    {
        return QJsonDocument::fromJson(result.out).object();
    }

    QByteArray policyFile() const
    {
        QFile file(policyPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A guest image folder the test driver accepts (it boots nothing).
    QString imageFolder() const
    {
        const QString folder = m_dir.filePath(QStringLiteral("image"));
        QDir().mkpath(folder);
        for (const QString &name : {QStringLiteral("vmlinuz"), QStringLiteral("initrd.img")}) {
            QFile file(folder + QLatin1Char('/') + name);
            if (file.open(QIODevice::WriteOnly))
                file.write("not a kernel: the test driver does not boot it");
        }
        return folder;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void statusOfANewUser()
    {
        const ProcessResult result = share({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject status = json(result);
        QVERIFY2(!status.isEmpty(), result.out.constData());
        QCOMPARE(
            status.value(QStringLiteral("policy")).toObject().value(QStringLiteral("enabled")).toBool(true),
            false);
        QCOMPARE(
            status.value(QStringLiteral("decision")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("off"));
        const QJsonObject domain = status.value(QStringLiteral("domain")).toObject();
        QCOMPARE(domain.value(QStringLiteral("name")).toString(), QStringLiteral("cloudy-contribution"));
        QCOMPARE(domain.value(QStringLiteral("uri")).toString(), QStringLiteral("test:///default"));
        QCOMPARE(domain.value(QStringLiteral("run")).toString(), QStringLiteral("absent"));
        QCOMPARE(domain.value(QStringLiteral("diskCapEnforced")).toBool(false), true);
        QVERIFY(!domain.contains(QStringLiteral("diskCapReason")));
        const QJsonObject host = status.value(QStringLiteral("host")).toObject();
        QCOMPARE(host.value(QStringLiteral("cores")).toInt(), QThread::idealThreadCount());
        QVERIFY(policyFile().isEmpty()); // a read writes nothing
    }

    void overCapacityIsRefusedWithTheMaximum()
    {
        const int cores = QThread::idealThreadCount();
        ProcessResult result =
            share({QStringLiteral("set"), QStringLiteral("--cpus"), QString::number(cores + 1)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("at most %1").arg(cores).toUtf8()),
                 result.err.constData());
        QVERIFY(policyFile().isEmpty()); // nothing changed

        result = share({QStringLiteral("set"), QStringLiteral("--disk"), QStringLiteral("100000000")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Nothing was changed"), result.err.constData());

        result = share({QStringLiteral("set"), QStringLiteral("--cpus"), QStringLiteral("two")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("whole number"), result.err.constData());
        QVERIFY(policyFile().isEmpty());
    }

    void presetThenOverride()
    {
        ProcessResult result =
            share({QStringLiteral("set"), QStringLiteral("--preset"), QStringLiteral("light"),
                   QStringLiteral("--cpu-percent"), QStringLiteral("40"), QStringLiteral("--when"),
                   QStringLiteral("always"), QStringLiteral("--image"), imageFolder(),
                   QStringLiteral("--microcloud"), QStringLiteral("gracia"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject policy = json(result).value(QStringLiteral("policy")).toObject();
        const QJsonObject caps = policy.value(QStringLiteral("caps")).toObject();
        QCOMPARE(caps.value(QStringLiteral("vcpus")).toInt(), 1); // Light
        QCOMPARE(caps.value(QStringLiteral("cpuPercent")).toInt(), 40); // overridden
        QCOMPARE(policy.value(QStringLiteral("mode")).toString(), QStringLiteral("always"));
        QCOMPARE(policy.value(QStringLiteral("microcloud")).toString(), QStringLiteral("gracia"));
        QVERIFY(policyFile().contains("\"cpuPercent\": 40"));
    }

    void onRunsTheGuestWithItsCaps()
    {
        const ProcessResult result = share({QStringLiteral("on"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject status = json(result);
        QCOMPARE(
            status.value(QStringLiteral("decision")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("sharing"));
        const QJsonObject domain = status.value(QStringLiteral("domain")).toObject();
        QCOMPARE(domain.value(QStringLiteral("run")).toString(), QStringLiteral("running"));
        // What libvirt reports, not what we asked for.
        const QJsonObject live = domain.value(QStringLiteral("liveCaps")).toObject();
        QCOMPARE(live.value(QStringLiteral("vcpus")).toInt(), 1);
        QCOMPARE(live.value(QStringLiteral("cpuPercent")).toInt(), 40);
        QVERIFY(policyFile().contains("\"enabled\": true"));

        const ProcessResult off = share({QStringLiteral("off"), QStringLiteral("--json")});
        QVERIFY2(off.exitCode == 0, off.err.constData());
        QCOMPARE(
            json(off).value(QStringLiteral("decision")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("off"));
        QVERIFY(policyFile().contains("\"enabled\": false"));
    }

    void statusNeverChangesTheGuest()
    {
        // Sharing is on and decided, but `status` only looks: in its own (empty) test driver no guest is
        // defined or started.
        ProcessResult result = share({QStringLiteral("on"), QStringLiteral("--wait"), QStringLiteral("0")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = share({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject status = json(result);
        QCOMPARE(
            status.value(QStringLiteral("decision")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("sharing"));
        QCOMPARE(status.value(QStringLiteral("domain")).toObject().value(QStringLiteral("run")).toString(),
                 QStringLiteral("absent"));
        QVERIFY2(share({QStringLiteral("off")}).exitCode == 0, "share off failed");
    }

    void corruptPolicyFallsBackWithAWarning()
    {
        {
            QFile file(policyPath());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ this is not json");
        }
        const ProcessResult result = share({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject status = json(result);
        QVERIFY2(status.contains(QStringLiteral("policyProblem")), result.out.constData());
        QVERIFY(!status.value(QStringLiteral("policyProblem"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        // The unusable file is kept for the user, not lost.
        QVERIFY(QFile::exists(policyPath() + QStringLiteral(".corrupt")));
    }

    void badUsage()
    {
        ProcessResult result = share({QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("status, on, off or set"), result.err.constData());
        result = share({QStringLiteral("status"), QStringLiteral("--cpus"), QStringLiteral("2")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("share set"), result.err.constData());
    }
};

CLOUDY_TEST_MAIN(TestShareCli)
#include "tst_share_cli.moc"
