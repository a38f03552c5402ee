// SPDX-License-Identifier: GPL-3.0-or-later
// Cloudy::Secrets against a real gnome-keyring in the harness's D-Bus session.
#include "TestEnv.h"
#include "platform/Secrets.h"

#include <QRandomGenerator>

using Cloudy::SecretResult;
using Cloudy::Secrets;

class TestHarnessKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemove()
    {
        CLOUDY_REQUIRE_SERVICE("keyring");
        Secrets secrets(QStringLiteral("eu.clommunity.CloudyDesktop.tests"), nullptr);
        const QString key = QStringLiteral("harness-%1").arg(QRandomGenerator::global()->generate());
        // Binary data with a NUL and non-UTF-8 bytes: keys are raw bytes, not text.
        const QByteArray secret("\x00\xff node private key \x01", 21);

        const SecretResult missing = secrets.readNow(key);
        QCOMPARE(missing.status, SecretResult::Status::NotFound);
        QVERIFY(missing.keyringReachable());

        const SecretResult written = secrets.writeNow(key, secret);
        QVERIFY2(written.ok(), qPrintable(written.message));

        const SecretResult read = secrets.readNow(key);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.data, secret);

        const SecretResult removed = secrets.removeNow(key);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(secrets.readNow(key).status, SecretResult::Status::NotFound);
    }

    void asynchronousCallback()
    {
        CLOUDY_REQUIRE_SERVICE("keyring");
        Secrets secrets(QStringLiteral("eu.clommunity.CloudyDesktop.tests"), nullptr);
        bool called = false;
        SecretResult answer;
        secrets.read(QStringLiteral("never-written"), [&](const SecretResult &result) {
            called = true;
            answer = result;
        });
        QVERIFY(!called); // the answer comes from the event loop, never re-entrantly
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QCOMPARE(answer.status, SecretResult::Status::NotFound);
    }
};

CLOUDY_TEST_MAIN(TestHarnessKeyring)
#include "tst_harness_keyring.moc"
