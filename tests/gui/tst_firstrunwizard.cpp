// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run assistant, offscreen, on a computer without a keyring: the identity step says so and offers
// the passphrase key file as an explicit choice (mismatched and short passphrases refused, then the file
// created); Finish applies start-at-login and marks the first run done; Cancel marks it done too.
#include "DesktopSession.h"
#include "FirstRunWizard.h"
#include "TestEnv.h"
#include "identity/NodeIdentity.h"
#include "platform/Autostart.h"
#include "platform/Settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Cloudy;
using Cloudy::Desktop::FirstRunWizard;

class TestFirstRunWizard final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/session_bus");
    }
    void init()
    {
        QFile::remove(Identity::defaultKeyFilePath());
        QFile::remove(Autostart::entryPath());
        Settings().reset(Settings::Key::IdentityKeyFile);
    }

    void withoutKeyringTheKeyFileIsAnExplicitChoice()
    {
        Settings settings(m_dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr);
        FirstRunWizard wizard(&session);
        QSignalSpy checked(&wizard, &FirstRunWizard::identityChecked);
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::IdentityPage));
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QVERIFY2(wizard.identityStatus()->text().contains(QStringLiteral("keyring")),
                 qPrintable(wizard.identityStatus()->text()));
        // Nothing written until the user chooses.
        QVERIFY(!QFile::exists(Identity::defaultKeyFilePath()));

        auto *passphrase = wizard.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *again = wizard.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"));
        auto *create = wizard.findChild<QPushButton *>(QStringLiteral("createKeyFile"));
        QVERIFY(passphrase && again && create);
        QVERIFY(passphrase->isVisible());
        QTest::keyClicks(passphrase, QStringLiteral("correct horse"));
        QTest::keyClicks(again, QStringLiteral("correct horsf"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(wizard.identityStatus()->text().contains(QStringLiteral("differ")));
        passphrase->setText(QStringLiteral("short"));
        again->setText(QStringLiteral("short"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(wizard.identityStatus()->text().contains(QStringLiteral("at least")));
        QVERIFY(!QFile::exists(Identity::defaultKeyFilePath()));

        passphrase->setText(QStringLiteral("correct horse battery"));
        again->setText(QStringLiteral("correct horse battery"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.last().at(0).toBool(), true);
        QVERIFY(QFile::exists(Identity::defaultKeyFilePath()));
        QVERIFY(passphrase->text().isEmpty()); // not kept in the widget

        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::LoginPage));
        auto *login = wizard.findChild<QCheckBox *>(QStringLiteral("wizardStartAtLogin"));
        QVERIFY(login->isChecked());
        wizard.accept();
        QVERIFY(Autostart::isEnabled());
        QVERIFY(settings.value(Settings::Key::FirstRunDone).toBool());
    }

    void cancelMarksTheFirstRunDone()
    {
        Settings settings(m_dir.filePath(QStringLiteral("cancel.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr);
        FirstRunWizard wizard(&session);
        wizard.show();
        wizard.reject();
        QVERIFY(settings.value(Settings::Key::FirstRunDone).toBool());
        QVERIFY(!Autostart::isEnabled());
    }
};

CLOUDY_TEST_GUI_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
