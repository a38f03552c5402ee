// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark helper (not a test): cloudy-desktop's idle cost with services in view. Builds what
// app/desktop/main.cpp builds (Settings from the XDG folders, DesktopSession with a share engine and the
// ledger wiring, MainWindow shown, session started), with one difference: discovery is a scripted browser
// that reports SERVICES services spread over MICROCLOUDS microclouds at once (addresses on loopback, ports
// closed: the RTT prober keeps probing them as it would on a LAN, and is answered at once). Then the app
// idles IDLE_S seconds; the CPU time (user + system, getrusage) is counted from SETTLE_S on, the RSS read
// at the end. Prints one line:
//   services=N microclouds=M idle_s=I measured_s=S cpu_percent=P rss_kb=R hwm_kb=H
//   cloudy-bench-idle SERVICES MICROCLOUDS IDLE_S [SETTLE_S]
#include "DesktopSession.h"
#include "MainWindow.h"
#include "discovery/MicrocloudModel.h"
#include "platform/BuildInfo.h"
#include "platform/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace Cloudy;

namespace {

// Reports what it is told to, like a browser that found everything in its first query round.
class ScriptedBrowser final : public Discovery::ServiceBrowser
{
public:
    using ServiceBrowser::ServiceBrowser;
    QString backendName() const override { return QStringLiteral("mdns"); }
    void start() override { setState(State::Browsing); }
    void stop() override { setState(State::Idle); }

    void announceAll(int services, int microclouds)
    {
        static const char *const types[] = {"_http._tcp", "_tahoe-lafs._tcp", "_syncthing._tcp", "_ssh._tcp",
                                            "_peerstreamer._tcp"};
        for (int i = 0; i < services; ++i) {
            const int mc = i % microclouds;
            Discovery::DiscoveredService service;
            service.key = {QStringLiteral("service %1").arg(i), QString::fromLatin1(types[i % 5]),
                           QStringLiteral("local")};
            service.hostName = QStringLiteral("node%1.mc%2.local").arg(i / microclouds % 3).arg(mc);
            service.addresses = {
                QHostAddress(QStringLiteral("127.0.%1.%2").arg(mc + 1).arg(i / microclouds % 3 + 1))};
            service.port = static_cast<quint16>(10000 + i);
            service.txt = {{QStringLiteral("mc"), QByteArray("mc") + QByteArray::number(mc)},
                           {QStringLiteral("mcname"), QByteArray("Microcloud ") + QByteArray::number(mc)}};
            service.interfaceIndex = 1;
            service.interfaceName = QStringLiteral("lo");
            service.lastSeen = QDateTime::currentDateTimeUtc();
            Q_EMIT serviceAdded(service);
        }
        Q_EMIT allForNow();
    }
};

long statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

qint64 cpuUs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL + usage.ru_utime.tv_usec
           + usage.ru_stime.tv_usec;
}

} // namespace

int main(int argc, char *argv[])
{
    BuildInfo::applyApplicationIdentity(QStringLiteral("cloudy-desktop"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: cloudy-bench-idle SERVICES MICROCLOUDS IDLE_S [SETTLE_S]\n");
        return 2;
    }
    const int services = args.at(1).toInt();
    const int microclouds = std::max(1, args.at(2).toInt());
    const int idleS = args.at(3).toInt();
    const int settleS = args.value(4, QString::number(std::min(60, idleS / 10))).toInt();

    Settings settings;
    auto owned = std::make_unique<ScriptedBrowser>();
    ScriptedBrowser *browser = owned.get();
    Desktop::DesktopSession session(&settings, std::move(owned),
                                    std::make_unique<Contribution::ShareEngine>(), nullptr);
    session.enableLedger();
    Desktop::MainWindow window(&session);
    // The services in view: the Nearby page (built when first shown, as when the user opens it).
    window.showPage(Desktop::MainWindow::NearbyPageIndex);
    window.show();
    session.start();
    QTimer::singleShot(0, &app, [&] { browser->announceAll(services, microclouds); });

    QElapsedTimer clock;
    qint64 cpuAtSettle = 0;
    QTimer::singleShot(settleS * 1000, &app, [&] {
        clock.start();
        cpuAtSettle = cpuUs();
    });
    QTimer::singleShot(idleS * 1000, &app, [&] {
        const qint64 wallUs = clock.nsecsElapsed() / 1000;
        const double cpuPercent = wallUs > 0 ? 100.0 * double(cpuUs() - cpuAtSettle) / double(wallUs) : 0;
        int seen = 0;
        for (const auto &microcloud : session.microclouds()->snapshot())
            for (const auto &node : microcloud.nodes)
                seen += int(node.services.size());
        std::printf("services=%d microclouds=%d idle_s=%d measured_s=%.1f cpu_percent=%.3f rss_kb=%ld "
                    "hwm_kb=%ld\n",
                    seen, int(session.microclouds()->snapshot().size()), idleS, double(wallUs) / 1e6,
                    cpuPercent, statusKb("VmRSS"), statusKb("VmHWM"));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    return app.exec();
}
