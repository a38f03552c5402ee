// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark reference (not a test): the smallest Qt Widgets program with a window, against which
// cloudy-desktop's start and idle memory are measured (benches/desktop-startup.sh, desktop-idle.sh).
//   cloudy-bench-minimal-window                  exits right after the first paint, printing "first-paint"
//                                                (the same hook as cloudy-desktop's
//                                                CLOUDY_EXIT_AFTER_FIRST_PAINT=1)
//   cloudy-bench-minimal-window --idle SECONDS   stays up SECONDS, then prints "rss_kb=N"
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

class ExitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, [] {
                std::printf("first-paint\n");
                std::fflush(stdout);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(960, 640); // as MainWindow
    const QStringList args = app.arguments();
    const int idle = args.indexOf(QStringLiteral("--idle"));
    if (idle > 0) {
        QTimer::singleShot(args.value(idle + 1).toInt() * 1000, &app, [] {
            std::printf("rss_kb=%ld\n", rssKb());
            QCoreApplication::quit();
        });
    } else {
        window.installEventFilter(new ExitAfterFirstPaint(&window));
    }
    window.show();
    return app.exec();
}
