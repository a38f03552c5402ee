// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnv.h"
#include "platform/Paths.h"
#include "platform/Settings.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using Cloudy::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file() const { return m_dir.filePath(QStringLiteral("cloudy.conf")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void defaults()
    {
        Settings settings(file(), nullptr);
        QCOMPARE(settings.value(Settings::Key::DiscoveryBackend).toString(), QStringLiteral("auto"));
        QVERIFY(settings.value(Settings::Key::LibvirtUri).toString().isEmpty());
        QCOMPARE(settings.value(Settings::Key::LastPage).toInt(), 0);
        QVERIFY(settings.isDefault(Settings::Key::LastPage));
    }

    void persistsAndSignals()
    {
        {
            Settings settings(file(), nullptr);
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setValue(Settings::Key::LibvirtUri, QStringLiteral("qemu:///system"));
            settings.setValue(Settings::Key::LibvirtUri,
                              QStringLiteral("qemu:///system")); // unchanged: no signal
            settings.setValue(Settings::Key::LastPage, 3);
            QCOMPARE(changed.count(), 2);
            QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::LibvirtUri);
        }
        Settings reopened(file(), nullptr);
        QCOMPARE(reopened.value(Settings::Key::LibvirtUri).toString(), QStringLiteral("qemu:///system"));
        // Stored as text in the INI file, returned with the type the key table declares.
        QCOMPARE(reopened.value(Settings::Key::LastPage).metaType(), QMetaType::fromType<int>());
        QCOMPARE(reopened.value(Settings::Key::LastPage).toInt(), 3);
        QCOMPARE(reopened.value(Settings::Key::TrayNoticeShown).metaType(), QMetaType::fromType<bool>());
    }

    void reset()
    {
        Settings settings(file(), nullptr);
        settings.setValue(Settings::Key::DiscoveryBackend, QStringLiteral("mdns"));
        QSignalSpy changed(&settings, &Settings::changed);
        settings.reset(Settings::Key::DiscoveryBackend);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.value(Settings::Key::DiscoveryBackend).toString(), QStringLiteral("auto"));
        QVERIFY(settings.isDefault(Settings::Key::DiscoveryBackend));
    }

    void pathsFollowTestMode()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Cloudy::Paths::dataDir().contains(QLatin1String("qttest")));
        QVERIFY(Cloudy::Paths::settingsFile().endsWith(QLatin1String("cloudy-desktop/cloudy.conf")));
        QStandardPaths::setTestModeEnabled(false);
    }
};

CLOUDY_TEST_MAIN(TestSettings)
#include "tst_settings.moc"
