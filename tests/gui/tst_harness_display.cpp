// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the harness's Xvfb, through Qt's xcb platform (a real X server, not the
// offscreen platform): it is mapped, exposed and paints what the offscreen tests check.
#include "DesktopSession.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "platform/Settings.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QTemporaryDir>

#include <set>

class TestHarnessDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            CLOUDY_SKIP(QStringLiteral("no X display from the harness (%1)")
                            .arg(CloudyTest::service(QStringLiteral("display")).detail));
    }

    void windowPaintsOnXvfb()
    {
        QTemporaryDir dir;
        Cloudy::Settings settings(dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
        Cloudy::Desktop::DesktopSession session(&settings, nullptr, nullptr);
        Cloudy::Desktop::MainWindow window(&session);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Read the pixels back from the X server: the window really is on the screen, with content.
        QImage shot;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                shot = window.screen()->grabWindow(window.winId()).toImage();
                std::set<QRgb> colours;
                for (int y = 0; y < shot.height(); y += 7) {
                    for (int x = 0; x < shot.width(); x += 7)
                        colours.insert(shot.pixel(x, y));
                }
                return shot.width() >= 900 && colours.size() > 8; // text, icons, selection: not a blank frame
            }(),
            10000);
    }
};

// The X display comes from the harness, so the platform is chosen before the application exists.
int main(int argc, char *argv[])
{
    const QByteArray display = qgetenv("CLOUDY_TESTENV_DISPLAY");
    if (!display.isEmpty()) {
        qputenv("DISPLAY", display);
        qputenv("QT_QPA_PLATFORM", "xcb");
    }
    QApplication app(argc, argv);
    TestHarnessDisplay test;
    return CloudyTest::finish(QTest::qExec(&test, argc, argv));
}

#include "tst_harness_display.moc"
