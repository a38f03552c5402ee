// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared support for every test: where the harness is, whether a real service is up, and how a test
// that cannot run says why. Integration tests run inside `tests/env/testenv exec`, which exports the
// CLOUDY_TESTENV_* variables described in tests/env/README.md.

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace CloudyTest {

// The harness state directory ($CLOUDY_TESTENV_STATE), empty outside the harness.
QString stateDir();
// CI=true: every real-service test must run; a missing service is a failure, not a skip.
bool inCi();

struct ServiceState
{
    bool ok = false;
    QString detail; // the harness's detail when ok, the reason when not
};
// A harness service ("dbus", "lan", "libvirt", "keyring", "display", "ledgerd") as `testenv up` left it.
ServiceState service(const QString &name);

// Runs `tests/env/testenv SUBCOMMAND --state DIR ARGS...` and returns its stdout (trimmed); fails the
// current test (returns false) when it exits non-zero.
bool testenv(const QString &subcommand, const QStringList &arguments, QString *output = nullptr,
             int timeoutMs = 60000);

// Runs a program to completion, with input written to its standard input (then closed). Returns false if
// it could not start or timed out.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
bool runProgram(const QString &program, const QStringList &arguments, ProcessResult *result,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                int timeoutMs = 60000, const QByteArray &input = {});

// Paths of the built programs and of files in the source tree.
QString programPath(const QString &name); // "cloudyctl", "cloudy-desktop", "cloudy-ledgerd"
QString sourcePath(const QString &relative);
// Where tests/env/guest/build-guest-images put the tiny real guests ($CLOUDY_GUEST_IMAGES).
QString guestImagesDir();

// The harness LAN's unique-local IPv6 address of host N beside its IPv4 $CLOUDY_TESTENV_SUBNET.N (testenv's
// ula_of: 10.77.0 and 14 give fdcc:10:77:0::14).
QHostAddress lanAddress6(int host);

// Records that a test was skipped; CLOUDY_TEST_MAIN then exits with 77 so ctest reports it as skipped.
void noteSkip();
int finish(int qtestResult);

} // namespace CloudyTest

// Skip (or, with CI=true, fail) the current test function with a reason people can act on.
#define CLOUDY_SKIP(reason)                                                                                  \
    do {                                                                                                     \
        const QByteArray cloudyReason_ = QString(reason).toUtf8();                                           \
        if (CloudyTest::inCi())                                                                              \
            QFAIL(                                                                                           \
                QByteArray("CI=true and this real-service test cannot run: " + cloudyReason_).constData());  \
        CloudyTest::noteSkip();                                                                              \
        QSKIP(cloudyReason_.constData());                                                                    \
    } while (false)

// Requires a harness service; skips (or fails in CI) with the harness's reason when it is not up.
#define CLOUDY_REQUIRE_SERVICE(name)                                                                         \
    do {                                                                                                     \
        const CloudyTest::ServiceState cloudyState_ = CloudyTest::service(QStringLiteral(name));             \
        if (!cloudyState_.ok)                                                                                \
            CLOUDY_SKIP(QStringLiteral("harness service '" name "' is not available: ")                      \
                        + cloudyState_.detail);                                                              \
    } while (false)

#define CLOUDY_TEST_MAIN_IMPL(TestObject, ApplicationType)                                                   \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        ApplicationType app(argc, argv);                                                                     \
        TestObject test;                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return CloudyTest::finish(QTest::qExec(&test, argc, argv));                                          \
    }

// Like QTEST_GUILESS_MAIN / QTEST_MAIN, plus exit code 77 ("skipped" for ctest) when a test skipped.
#define CLOUDY_TEST_MAIN(TestObject) CLOUDY_TEST_MAIN_IMPL(TestObject, QCoreApplication)
#define CLOUDY_TEST_GUI_MAIN(TestObject) CLOUDY_TEST_MAIN_IMPL(TestObject, QApplication)
