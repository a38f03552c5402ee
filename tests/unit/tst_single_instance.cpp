// SPDX-License-Identifier: GPL-3.0-or-later
// SingleInstance: the first claim becomes the instance, a later one hands over its arguments and is told to
// exit, a lock left by a crashed instance is taken over, and a stranger on the socket is ignored.
#include "TestEnv.h"
#include "platform/SingleInstance.h"

#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using Cloudy::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    // A later launch runs in another thread: its claim blocks, and the first instance answers from this
    // thread's event loop.
    static SingleInstance::Role claimFromAnotherThread(const QString &folder, const QStringList &arguments)
    {
        SingleInstance::Role role = SingleInstance::Role::Failed;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            SingleInstance second(QStringLiteral("cloudy-test"), folder);
            role = second.claim(arguments, 5000);
        }));
        thread->start();
        while (!thread->wait(10))
            QCoreApplication::processEvents();
        return role;
    }

private Q_SLOTS:
    void firstIsPrimaryLaterOnesActivateIt()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        SingleInstance first(QStringLiteral("cloudy-test"), folder.path());
        QCOMPARE(first.claim({QStringLiteral("cloudy-desktop")}), SingleInstance::Role::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        const QStringList arguments {QStringLiteral("cloudy-desktop"), QStringLiteral("--hidden"),
                                     QStringLiteral("ünïcode argument")};
        QCOMPARE(claimFromAnotherThread(folder.path(), arguments), SingleInstance::Role::Secondary);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toStringList(), arguments);

        // Again: the instance keeps answering.
        QCOMPARE(claimFromAnotherThread(folder.path(), {}), SingleInstance::Role::Secondary);
        QTRY_COMPARE(activated.count(), 2);
    }

    void lockOfACrashedInstanceIsTakenOver()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        SingleInstance probe(QStringLiteral("cloudy-test"), folder.path());
        const QString base = probe.socketPath().chopped(int(qstrlen(".socket")));
        // What a killed instance leaves: a lock naming a process that no longer exists, and its socket file.
        QFile lock(base + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("2147480000\ncloudy-desktop\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        QFile socketFile(probe.socketPath());
        QVERIFY(socketFile.open(QIODevice::WriteOnly));
        socketFile.close();

        QCOMPARE(probe.claim({}), SingleInstance::Role::Primary);
        QCOMPARE(claimFromAnotherThread(folder.path(), {}), SingleInstance::Role::Secondary);
    }

    void strangerOnTheSocketIsIgnored()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        SingleInstance first(QStringLiteral("cloudy-test"), folder.path());
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        QLocalSocket stranger;
        stranger.connectToServer(first.socketPath());
        QVERIFY(stranger.waitForConnected(5000));
        stranger.write(QByteArray("GET / HTTP/1.0\r\n\r\n").repeated(4));
        stranger.flush();
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(activated.count(), 0);
        // And a real launch still gets through afterwards.
        QCOMPARE(claimFromAnotherThread(folder.path(), {}), SingleInstance::Role::Secondary);
        QTRY_COMPARE(activated.count(), 1);
    }
};

CLOUDY_TEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
