// SPDX-License-Identifier: GPL-3.0-or-later
// The node key in a passphrase key file (no keyring): the desktop's ledger wiring finds it needs the
// passphrase and signs nothing; the unlock dialog refuses an empty and a wrong passphrase with a message
// and stays open, then the right one unlocks the key and the wiring signs again, without the passphrase
// left in the widget. In the main window the status bar offers "Unlock node key…" while the key is needed.
#include "DesktopSession.h"
#include "KeyFileUnlockDialog.h"
#include "LedgerWiring.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "identity/NodeIdentity.h"
#include "ledger/LedgerSync.h"
#include "platform/Secrets.h"
#include "platform/Settings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Cloudy;
using Cloudy::Desktop::KeyFileUnlockDialog;
using Cloudy::Desktop::LedgerWiring;

class TestKeyFileUnlock final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QPushButton *button(const KeyFileUnlockDialog &dialog, QDialogButtonBox::ButtonRole role)
    {
        const auto *box = dialog.findChild<QDialogButtonBox *>();
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role)
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/session_bus");
        QFile::remove(Identity::defaultKeyFilePath());
        Settings().reset(Settings::Key::IdentityKeyFile);
    }
    void cleanupTestCase()
    {
        QFile::remove(Identity::defaultKeyFilePath());
        Settings().reset(Settings::Key::IdentityKeyFile);
    }

    void unlocksWithTheRightPassphrase()
    {
        Secrets secrets;
        const Result<Identity::IdentityInfo> created =
            Identity::createInKeyFile(secrets, Identity::defaultKeyFilePath(), "kept in a file");
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));

        Settings settings(m_dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
        Ledger::LedgerSync sync;
        QVERIFY(sync.open(m_dir.filePath(QStringLiteral("outbox.sqlite"))));
        LedgerWiring wiring(&sync, &settings, nullptr, nullptr);
        QSignalSpy rounds(&wiring, &LedgerWiring::issued);
        wiring.issueNow();
        QVERIFY(rounds.wait(30000));
        QVERIFY(wiring.needsPassphrase());
        QVERIFY(sync.snapshot().nodeId.isEmpty()); // nothing signed, no node yet

        KeyFileUnlockDialog dialog(&wiring, created->keyFile);
        dialog.show();
        QPushButton *unlock = button(dialog, QDialogButtonBox::AcceptRole);
        QVERIFY(unlock);
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(dialog.messageLabel()->isVisible());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Type the passphrase")));

        QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("not the one"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QVERIFY(dialog.passphraseEdit()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->text().contains(QStringLiteral("does not open")),
                                 30000);
        QVERIFY(dialog.isVisible());
        QVERIFY(wiring.needsPassphrase());
        QVERIFY(dialog.passphraseEdit()->isEnabled());

        QSignalSpy state(&wiring, &LedgerWiring::passphraseStateChanged);
        QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("kept in a file"));
        QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!wiring.needsPassphrase());
        QCOMPARE(state.count(), 1);
        QCOMPARE(state.at(0).at(0).toBool(), false);
        QCOMPARE(sync.snapshot().nodeId, created->nodeId); // signed with the unlocked key

        // The next round (hourly) uses the kept passphrase without asking again.
        rounds.clear();
        wiring.issueNow();
        QVERIFY(rounds.wait(30000));
        QVERIFY(!wiring.needsPassphrase());
        QVERIFY(wiring.lastProblem().isEmpty());
    }

    void theWindowOffersToUnlock()
    {
        QVERIFY(QFile::exists(Identity::defaultKeyFilePath())); // made by the test above
        Settings settings(m_dir.filePath(QStringLiteral("window.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr);
        Desktop::MainWindow window(&session);
        window.show();
        auto *unlock = window.findChild<QToolButton *>(QStringLiteral("unlockNodeKey"));
        QVERIFY(unlock);
        QVERIFY(!unlock->isVisible());
        session.enableLedger(m_dir.filePath(QStringLiteral("window-outbox.sqlite")));
        QVERIFY(session.ledgerWiring());
        session.ledgerWiring()->issueNow();
        QTRY_VERIFY_WITH_TIMEOUT(unlock->isVisible(), 30000);

        QTest::mouseClick(unlock, Qt::LeftButton);
        auto *dialog = window.findChild<KeyFileUnlockDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("kept in a file"));
        QTest::keyClick(dialog->passphraseEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!unlock->isVisible(), 30000);
        QVERIFY(!session.ledgerWiring()->needsPassphrase());
    }
};

CLOUDY_TEST_GUI_MAIN(TestKeyFileUnlock)
#include "tst_keyfileunlock.moc"
