// SPDX-License-Identifier: GPL-3.0-or-later
// The three programs run as a user runs them: --version, --help, bad input, and cloudyctl doctor on a
// machine where nothing is reachable (every missing piece must come with advice).
#include "TestEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <unistd.h>

using CloudyTest::ProcessResult;
using CloudyTest::programPath;
using CloudyTest::runProgram;

class TestPrograms : public QObject
{
    Q_OBJECT

    // An environment where no bus, keyring, display or libvirt daemon can be found.
    static QProcessEnvironment nothingReachable()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("HOME"), QDir::tempPath());
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/system_bus"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/session_bus"));
        environment.insert(QStringLiteral("LIBVIRT_DEFAULT_URI"),
                           QStringLiteral("qemu+unix:///system?socket=/nonexistent/libvirt-sock"));
        return environment;
    }

private Q_SLOTS:
    void version_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cloudyctl") << QStringLiteral("cloudyctl");
        QTest::newRow("cloudy-desktop") << QStringLiteral("cloudy-desktop");
        QTest::newRow("cloudy-ledgerd") << QStringLiteral("cloudy-ledgerd");
    }
    void version()
    {
        QFETCH(QString, program);
        ProcessResult result;
        // No display either: --version and --help must still work.
        QVERIFY(runProgram(programPath(program), {QStringLiteral("--version")}, &result, nothingReachable()));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QByteArray(program.toUtf8() + ' ' + CLOUDY_VERSION)),
                 result.out.constData());
    }

    void help_data() { version_data(); }
    void help()
    {
        QFETCH(QString, program);
        ProcessResult result;
        QVERIFY(runProgram(programPath(program), {QStringLiteral("--help")}, &result, nothingReachable()));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Usage:"), result.out.constData());
    }

    void ctlSubcommandHelp()
    {
        ProcessResult result;
        QVERIFY(runProgram(programPath(QStringLiteral("cloudyctl")),
                           {QStringLiteral("doctor"), QStringLiteral("--help")}, &result));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("cloudyctl doctor [options]"), result.out.constData());
        QVERIFY(result.out.contains("--json"));
    }

    void ctlRejectsUnknownInput()
    {
        ProcessResult result;
        QVERIFY(
            runProgram(programPath(QStringLiteral("cloudyctl")), {QStringLiteral("frobnicate")}, &result));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("Unknown command 'frobnicate'"));
        QVERIFY(runProgram(programPath(QStringLiteral("cloudyctl")),
                           {QStringLiteral("doctor"), QStringLiteral("--bogus")}, &result));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("bogus"));
    }

    // libvirt, libarchive and libcrypto are opened on first use (core/platform/LazyLibrary.h): linking one
    // of them again would load its libraries before cloudy-desktop's first window (issue #7).
    void programsDoNotLinkTheLazyLibraries_data() { version_data(); }
    void programsDoNotLinkTheLazyLibraries()
    {
        QFETCH(QString, program);
        ProcessResult result;
        if (!runProgram(QStringLiteral("objdump"), {QStringLiteral("-p"), programPath(program)}, &result)
            || result.exitCode != 0)
            QSKIP("objdump (binutils) is needed to read the programs' dynamic section");
        QVERIFY2(result.out.contains("NEEDED"), result.out.left(2000).constData());
        for (const char *library : {"libvirt.so", "libarchive.so", "libcrypto.so"})
            QVERIFY2(!result.out.contains(library), library);
    }

    void desktopWithoutDisplaySaysSo()
    {
        ProcessResult result;
        QVERIFY(runProgram(programPath(QStringLiteral("cloudy-desktop")), {}, &result, nothingReachable()));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("needs a graphical desktop"), result.err.constData());
        QVERIFY(result.err.contains("cloudyctl"));
    }

    // A second launch raises the running window and exits; the first one keeps running.
    void secondDesktopLaunchActivatesTheFirst()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = nothingReachable();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            environment.insert(QString::fromLatin1(name), home.filePath(QString::fromLatin1(name)));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cloudy.platform.info=true"));

        QProcess first;
        first.setProcessEnvironment(environment);
        first.start(programPath(QStringLiteral("cloudy-desktop")), {});
        QVERIFY(first.waitForStarted());
        const auto stopFirst = qScopeGuard([&] {
            first.terminate();
            if (!first.waitForFinished(10000))
                first.kill();
        });
        const QString socket = home.filePath(QStringLiteral("cloudy-desktop-%1.socket").arg(::getuid()));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 30000);

        ProcessResult second;
        QVERIFY(runProgram(programPath(QStringLiteral("cloudy-desktop")), {QStringLiteral("--hidden")},
                           &second, environment));
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("already running"), second.out.constData());
        QByteArray firstLog;
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("activation requested"),
                                 10000);
        QCOMPARE(first.state(), QProcess::Running);
    }

    void ledgerdRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad db") << QStringList {QStringLiteral("--db"), QStringLiteral("mysql://x/y")}
                                << QByteArray("sqlite:PATH");
        QTest::newRow("bad listen") << QStringList {QStringLiteral("--db"),
                                                    QStringLiteral("sqlite:/tmp/x.sqlite"),
                                                    QStringLiteral("--listen"), QStringLiteral("nowhere")}
                                    << QByteArray("ADDR:PORT");
        QTest::newRow("missing policy")
            << QStringList {QStringLiteral("--db"), QStringLiteral("sqlite:/tmp/x.sqlite"),
                            QStringLiteral("--policy"), QStringLiteral("/nonexistent/policy.json")}
            << QByteArray("Cannot read the reward policy");
        QTest::newRow("bad policy") << QStringList {QStringLiteral("--db"),
                                                    QStringLiteral("sqlite:/tmp/x.sqlite"),
                                                    QStringLiteral("--policy"),
                                                    QFINDTESTDATA("data/ledger/bad-policy.json")}
                                    << QByteArray("is refused");
    }
    void ledgerdRejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        ProcessResult result;
        QVERIFY(runProgram(programPath(QStringLiteral("cloudy-ledgerd")), arguments, &result));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void doctorWithNothingReachable()
    {
        ProcessResult result;
        QVERIFY(runProgram(programPath(QStringLiteral("cloudyctl")),
                           {QStringLiteral("doctor"), QStringLiteral("--json")}, &result,
                           nothingReachable()));
        QCOMPARE(result.exitCode, 1); // something needed is missing
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject checks = json.value(QStringLiteral("checks")).toObject();
        for (const char *id : {"systemBus", "avahi", "libvirt", "keyring"}) {
            const QJsonObject check = checks.value(QLatin1String(id)).toObject();
            QVERIFY2(!check.isEmpty(), id);
            QVERIFY2(!check.value(QStringLiteral("available")).toBool(), id);
            QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("missing"));
            // Every missing piece says what to do about it, in a full sentence.
            const QString advice = check.value(QStringLiteral("advice")).toString();
            QVERIFY2(advice.size() > 30 && advice.endsWith(QLatin1Char('.')), qPrintable(advice));
        }
        const QJsonObject versions = json.value(QStringLiteral("versions")).toObject();
        for (const char *component : {"qt", "libvirt", "libarchive", "libsodium"})
            QVERIFY2(!versions.value(QLatin1String(component)).toString().isEmpty(), component);
        QCOMPARE(checks.value(QStringLiteral("libvirt")).toObject().value(QStringLiteral("uri")).toString(),
                 QStringLiteral("qemu+unix:///system?socket=/nonexistent/libvirt-sock"));

        // The text form carries the same advice.
        QVERIFY(runProgram(programPath(QStringLiteral("cloudyctl")), {QStringLiteral("doctor")}, &result,
                           nothingReachable()));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains("[missing]"));
        QVERIFY(result.out.contains("->"));
    }
};

CLOUDY_TEST_MAIN(TestPrograms)
#include "tst_programs.moc"
