// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace CloudyTest {

QHostAddress lanAddress6(int host)
{
    QString subnet = qEnvironmentVariable("CLOUDY_TESTENV_SUBNET", QStringLiteral("10.77.0"));
    return QHostAddress(
        QStringLiteral("fdcc:%1::%2").arg(subnet.replace(QLatin1Char('.'), QLatin1Char(':'))).arg(host));
}

namespace {
int g_skips = 0;
} // namespace

QString stateDir()
{
    return qEnvironmentVariable("CLOUDY_TESTENV_STATE");
}

bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

ServiceState service(const QString &name)
{
    const QString dir = stateDir();
    if (dir.isEmpty())
        return {false, QStringLiteral("the test harness is not running; run this test through ctest or "
                                      "'tests/env/testenv exec --state DIR -- TEST'")};
    QFile status(dir + QStringLiteral("/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {false, QStringLiteral("the harness wrote no status file in %1 ('testenv up' did not run or "
                                      "failed; see %1/logs)")
                           .arg(dir)};
    // Lines: "NAME ok DETAIL" or "NAME skip REASON".
    while (!status.atEnd()) {
        const QString line = QString::fromUtf8(status.readLine()).trimmed();
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() < 2 || parts.at(0) != name)
            continue;
        const QString detail = parts.mid(2).join(QLatin1Char(' '));
        return {parts.at(1) == QLatin1String("ok"), detail};
    }
    return {false, QStringLiteral("the harness did not start '%1' (not requested with --only?)").arg(name)};
}

bool runProgram(const QString &program, const QStringList &arguments, ProcessResult *result,
                const QProcessEnvironment &environment, int timeoutMs, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        qWarning("could not start %s: %s", qPrintable(program), qPrintable(process.errorString()));
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        qWarning("%s did not finish within %d ms", qPrintable(program), timeoutMs);
        process.kill();
        process.waitForFinished();
        return false;
    }
    result->exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result->out = process.readAllStandardOutput();
    result->err = process.readAllStandardError();
    return true;
}

bool testenv(const QString &subcommand, const QStringList &arguments, QString *output, int timeoutMs)
{
    ProcessResult result;
    const QStringList all = QStringList {subcommand, QStringLiteral("--state"), stateDir()} + arguments;
    if (!runProgram(QStringLiteral(CLOUDY_TESTENV_SCRIPT), all, &result,
                    QProcessEnvironment::systemEnvironment(), timeoutMs))
        return false;
    if (result.exitCode != 0) {
        qWarning("testenv %s failed (%d): %s", qPrintable(all.join(QLatin1Char(' '))), result.exitCode,
                 result.err.constData());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(result.out).trimmed();
    return true;
}

QString programPath(const QString &name)
{
    return QStringLiteral(CLOUDY_BINARY_DIR) + QStringLiteral("/app/")
           + (name == QLatin1String("cloudyctl")        ? QStringLiteral("ctl/")
              : name == QLatin1String("cloudy-ledgerd") ? QStringLiteral("ledgerd/")
                                                        : QStringLiteral("desktop/"))
           + name;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(CLOUDY_SOURCE_DIR) + QLatin1Char('/') + relative;
}

QString guestImagesDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CLOUDY_GUEST_IMAGES");
    return fromEnvironment.isEmpty()
               ? QStringLiteral(CLOUDY_BINARY_DIR) + QStringLiteral("/tests/guest-images")
               : fromEnvironment;
}

void noteSkip()
{
    ++g_skips;
}

int finish(int qtestResult)
{
    if (qtestResult == 0 && g_skips > 0)
        return 77;
    return qtestResult;
}

} // namespace CloudyTest
