// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark helper (not a test): the real main window with the Nearby page and a real discovery backend;
// measures the longest event-loop stall while services of one type arrive, the time until COUNT of them
// are in the model, and the memory they take. Prints one line:
//   services=N elapsed_ms=T max_stall_ms=S rss_kb_before=A rss_kb_after=B
//   cloudy-bench-nearby BACKEND TYPE COUNT [TIMEOUT_S]      (BACKEND: avahi, mdns or none)
#include "DesktopSession.h"
#include "MainWindow.h"
#include "discovery/MicrocloudModel.h"
#include "platform/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

// Times every event delivery, to say which one caused the longest stall.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    qint64 slowestMs = 0;
    QByteArray slowest;

    bool notify(QObject *receiver, QEvent *event) override
    {
        QElapsedTimer timer;
        timer.start();
        const int type = event->type();
        // A timer or a queued call says little by itself: its owner says which part of the app it was.
        QByteArray receiverClass = receiver->metaObject()->className();
        if (receiver->parent())
            receiverClass += QByteArray("@") + receiver->parent()->metaObject()->className();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 elapsed = timer.elapsed();
        if (m_depth == 0 && elapsed > slowestMs) { // outermost deliveries only
            slowestMs = elapsed;
            slowest = receiverClass + ':' + QByteArray::number(type);
        }
        return result;
    }

private:
    int m_depth = 0;
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
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: cloudy-bench-nearby BACKEND TYPE COUNT [TIMEOUT_S]\n");
        return 2;
    }
    const QString backend = args.at(1);
    const QString type = args.at(2);
    const int count = args.at(3).toInt();
    const int timeoutMs = args.value(4, QStringLiteral("120")).toInt() * 1000;

    QTemporaryDir dir;
    Cloudy::Settings settings(dir.filePath(QStringLiteral("cloudy.conf")), nullptr);
    std::unique_ptr<Cloudy::Discovery::ServiceBrowser> browser;
    if (backend != QLatin1String("none"))
        browser = Cloudy::Discovery::createServiceBrowser(backend == QLatin1String("avahi")
                                                              ? Cloudy::Discovery::BrowserBackend::Avahi
                                                              : Cloudy::Discovery::BrowserBackend::Mdns);
    Cloudy::Desktop::DesktopSession session(&settings, std::move(browser), nullptr);
    Cloudy::Desktop::MainWindow window(&session);
    window.showPage(Cloudy::Desktop::MainWindow::NearbyPageIndex);
    window.show();
    const long rssBefore = rssKb();

    // A 2 ms heartbeat: any gap much longer than that is time the GUI could not respond.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 maxStall = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        maxStall = std::max(maxStall, now - last);
        last = now;
    });
    heartbeat.start(2);

    int seen = 0;
    const auto countOfType = [&] {
        int n = 0;
        for (const auto &microcloud : session.microclouds()->snapshot())
            for (const auto &node : microcloud.nodes)
                for (const auto &service : node.services)
                    n += service.key.type == type ? 1 : 0;
        return n;
    };
    QObject::connect(session.microclouds(), &Cloudy::Discovery::MicrocloudModel::serviceAdded, &app,
                     [&](const Cloudy::Discovery::ServiceInfo &info) {
                         if (info.key.type == type && ++seen >= count)
                             QTimer::singleShot(0, &app, &QApplication::quit);
                     });
    QTimer::singleShot(timeoutMs, &app, &QApplication::quit);
    session.start();
    app.exec();
    const qint64 elapsed = clock.elapsed();
    std::printf("services=%d elapsed_ms=%lld max_stall_ms=%lld rss_kb_before=%ld rss_kb_after=%ld "
                "slowest_event=%s/%lldms\n",
                countOfType(), static_cast<long long>(elapsed), static_cast<long long>(maxStall), rssBefore,
                rssKb(), app.slowest.constData(), static_cast<long long>(app.slowestMs));
    return 0;
}
