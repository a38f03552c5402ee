// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog in the real main window, offscreen: opened by keyboard, fields checked as they are
// typed (OK disabled with the reason shown), OK saves, Cancel undoes, Restore Defaults fills in defaults,
// catalogs added and removed by URL, a pinned catalog key forgotten, start at login written and removed.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestEnv.h"
#include "platform/Autostart.h"
#include "platform/Settings.h"
#include "services/CatalogLibrary.h"
#include "services/CatalogRegistry.h"
#include "services/CatalogTrust.h"
#include "services/ServiceManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Cloudy;
using Cloudy::Desktop::MainWindow;
using Cloudy::Desktop::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    struct Window
    {
        Settings settings;
        Desktop::DesktopSession session;
        MainWindow window;
        explicit Window(const QTemporaryDir &dir)
            : settings(dir.filePath(QStringLiteral("cloudy.conf")), nullptr)
            , session(&settings, nullptr, nullptr,
                      std::make_unique<Services::CatalogLibrary>(
                          dir.filePath(QStringLiteral("trust.json")), dir.filePath(QStringLiteral("cache")),
                          dir.filePath(QStringLiteral("catalogs.json"))),
                      nullptr, nullptr)
            , window(&session)
        { }
    };

    static SettingsDialog *openByKeyboard(MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        return window.findChild<SettingsDialog *>();
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        for (const char *name : {"cloudy.conf", "trust.json", "catalogs.json"})
            QFile::remove(path(name));
        QFile::remove(Autostart::entryPath());
    }

    void fieldsAreCheckedAndOkSaves()
    {
        Window w(m_dir);
        SettingsDialog *dialog = openByKeyboard(w.window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        typeInto(dialog->libvirtUriEdit(), QStringLiteral("vmware://esx"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->libvirtUriEdit()->accessibleDescription().contains(QStringLiteral("qemu:///system")));
        typeInto(dialog->libvirtUriEdit(), QStringLiteral("qemu:///system"));
        QVERIFY(ok->isEnabled());

        typeInto(dialog->ledgerUrlEdit(), QStringLiteral("ftp://ledger"));
        QVERIFY(!ok->isEnabled());
        typeInto(dialog->ledgerUrlEdit(), QStringLiteral("https://ledger.example.net:8443"));
        typeInto(dialog->ledgerPinEdit(), QStringLiteral("AB:CD"));
        QVERIFY(!ok->isEnabled());
        const QString pin = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
        typeInto(dialog->ledgerPinEdit(), pin);
        QVERIFY(ok->isEnabled());
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("ca")));
        dialog->findChild<QCheckBox *>(QStringLiteral("startAtLogin"))->setChecked(true);

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(w.settings.value(Settings::Key::LibvirtUri).toString(), QStringLiteral("qemu:///system"));
        QCOMPARE(w.settings.value(Settings::Key::LedgerUrl).toString(),
                 QStringLiteral("https://ledger.example.net:8443"));
        QCOMPARE(w.settings.value(Settings::Key::LedgerPin).toString(), QStringLiteral("ab").repeated(32));
        QCOMPARE(w.settings.value(Settings::Key::Language).toString(), QStringLiteral("ca"));
        QVERIFY(dialog->restartNeeded());
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QVERIFY(entry.readAll().contains("--hidden"));
    }

    void cancelUndoesAndDefaultsAreUndoable()
    {
        Window w(m_dir);
        w.settings.setValue(Settings::Key::LedgerUrl, QStringLiteral("http://10.0.0.1:7300"));
        SettingsDialog *dialog = w.window.openSettings();
        QCOMPARE(dialog->ledgerUrlEdit()->text(), QStringLiteral("http://10.0.0.1:7300"));
        typeInto(dialog->ledgerUrlEdit(), QStringLiteral("http://elsewhere"));
        dialog->reject();
        QCOMPARE(w.settings.value(Settings::Key::LedgerUrl).toString(),
                 QStringLiteral("http://10.0.0.1:7300"));

        dialog = w.window.openSettings();
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
        QVERIFY(dialog->ledgerUrlEdit()->text().isEmpty());
        // Nothing is saved until OK.
        QCOMPARE(w.settings.value(Settings::Key::LedgerUrl).toString(),
                 QStringLiteral("http://10.0.0.1:7300"));
        dialog->accept();
        QVERIFY(w.settings.isDefault(Settings::Key::LedgerUrl));
    }

    void catalogsAreAddedRemovedAndKeysForgotten()
    {
        Services::CatalogRegistry registry(path("catalogs.json"));
        const QUrl kept(QStringLiteral("https://mc1.example.net/catalog/index.json"));
        const QUrl dropped(QStringLiteral("https://old.example.net/index.json"));
        QVERIFY(registry.add(kept).ok());
        QVERIFY(registry.add(dropped).ok());
        Services::CatalogTrust trust(path("trust.json"));
        QVERIFY(trust
                    .trust(Services::CatalogTrust::placeForUrl(kept), QStringLiteral("mc1 admins"),
                           QByteArray(32, '\x07'))
                    .ok());

        Window w(m_dir);
        SettingsDialog *dialog = w.window.openSettings();
        QTreeWidget *list = dialog->catalogList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("mc1 admins")));

        // A bad address is explained and cannot be added; a good one can, with Return.
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addCatalog"));
        typeInto(dialog->catalogUrlEdit(), QStringLiteral("not a url"));
        QVERIFY(!add->isEnabled());
        typeInto(dialog->catalogUrlEdit(), QStringLiteral("https://new.example.net/index.json"));
        QVERIFY(add->isEnabled());
        QTest::keyClick(dialog->catalogUrlEdit(), Qt::Key_Return);
        QCOMPARE(list->topLevelItemCount(), 3);

        list->setCurrentItem(list->topLevelItem(1)); // dropped
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeCatalog")), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 2);
        list->setCurrentItem(list->topLevelItem(0)); // kept, with its key
        auto *forget = dialog->findChild<QPushButton *>(QStringLiteral("forgetKey"));
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        // Staged only: the files are unchanged until OK.
        QCOMPARE(Services::CatalogRegistry(path("catalogs.json")).sources().size(), 2);
        QVERIFY(Services::CatalogTrust(path("trust.json")).lookup(Services::CatalogTrust::placeForUrl(kept)));

        dialog->accept();
        const QList<Services::CatalogSource> sources =
            Services::CatalogRegistry(path("catalogs.json")).sources();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0).url, kept);
        QCOMPARE(sources.at(1).url, QUrl(QStringLiteral("https://new.example.net/index.json")));
        QVERIFY(
            !Services::CatalogTrust(path("trust.json")).lookup(Services::CatalogTrust::placeForUrl(kept)));
    }

    void startAtLoginCanBeSwitchedOff()
    {
        QVERIFY(Autostart::setEnabled(true, QStringLiteral("/opt/cloudy desktop/bin/cloudy-desktop")).ok());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QVERIFY(entry.readAll().contains("Exec=\"/opt/cloudy desktop/bin/cloudy-desktop\" --hidden"));
        entry.close();

        Window w(m_dir);
        SettingsDialog *dialog = w.window.openSettings();
        auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("startAtLogin"));
        QVERIFY(box->isChecked());
        box->setChecked(false);
        dialog->accept();
        QVERIFY(!Autostart::isEnabled());
    }
};

CLOUDY_TEST_GUI_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
