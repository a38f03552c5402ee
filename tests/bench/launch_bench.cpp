// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark helper (not a test, asserts nothing): launching a service's guest. Ours is what `Launch` does —
// a libvirt Session opened, the domain defined from the service's spec and started (ServiceLauncher::launch,
// which also looks up an earlier definition and picks free host ports) — against `virsh define FILE &&
// virsh start NAME` with the same XML, in the same run, interleaved; each round ends with the domain
// destroyed and undefined. Wall time until libvirt says the domain runs (for QEMU: the QEMU process is
// up; the guest's own boot is not part of either).
//
// Prints lines "figure ours reference unit" for tests/bench/run-benchmarks.sh (details go to stderr):
//   service-launch-ms(KIND)   median ours   median virsh   ms
//
//   cloudy-bench-launch --images DIR [--kinds lxc,qemu] [--rounds 10]
// Needs root and the harness's libvirtd (qemu:///system, lxc:///system); benches/launch.sh starts one.
#include "BenchMath.h"
#include "services/ServiceLauncher.h"
#include "virt/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Cloudy;
using namespace Cloudy::Services;

namespace {

using CloudyBench::median;

void say(const QString &text)
{
    std::fprintf(stderr, "launch: %s\n", qPrintable(text));
    std::fflush(stderr);
}

void removeDomain(Virt::Session &session, const QString &name)
{
    auto domain = session.lookup(name);
    if (!domain)
        return;
    if (domain->isActive())
        domain.value().destroy();
    domain.value().undefine();
}

bool virsh(const QString &uri, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("virsh"),
                  QStringList {QStringLiteral("-q"), QStringLiteral("-c"), uri} + arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
           && process.exitCode() == 0;
}

ServiceGuest guestOf(const QString &kind, const QString &images, const QString &work)
{
    ServiceGuest guest;
    guest.id = QStringLiteral("bench-launch-") + kind;
    guest.name = guest.id;
    guest.bundleDir = images;
    if (kind == QLatin1String("lxc")) {
        guest.kind = Virt::GuestKind::Lxc;
        guest.memoryMiB = 64;
        guest.rootfs = QStringLiteral("lxc-rootfs");
        guest.init = QStringLiteral("/sbin/cloudy-init");
    } else {
        guest.memoryMiB = 192;
        guest.kernel = QStringLiteral("vmlinuz");
        guest.initrd = QStringLiteral("initrd.img");
        guest.cmdline = QStringLiteral("console=ttyS0 cloudy.ip=none");
        guest.consoleLog = work + QStringLiteral("/console.log");
        guest.ports = {PublishedPort {QStringLiteral("web"), 8080, 0, false, true}};
    }
    return guest;
}

void benchKind(const QString &kind, const QString &images, int rounds)
{
    const QString uri =
        kind == QLatin1String("lxc") ? QStringLiteral("lxc:///system") : QStringLiteral("qemu:///system");
    QTemporaryDir work;
    const ServiceGuest guest = guestOf(kind, images, work.path());
    const QString name = serviceDomainName(guest.id);
    QList<double> ours;
    QList<double> reference;
    for (int round = 0; round < rounds; ++round) {
        {
            QElapsedTimer timer;
            timer.start();
            Virt::Session session(uri);
            if (!session.open()) {
                say(QStringLiteral("%1: cannot connect to %2").arg(kind, uri));
                return;
            }
            ServiceLauncher launcher(&session, guest.id);
            launcher.launch(guest, Readiness());
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            if (launcher.phase() != ServicePhase::Starting) {
                say(QStringLiteral("%1: launch failed: %2").arg(kind, launcher.errorString()));
                removeDomain(session, name);
                return;
            }
            ours.append(elapsed);
            // The XML virsh gets: exactly what we defined.
            if (round == 0) {
                auto domain = session.lookup(name);
                QFile xml(work.filePath(QStringLiteral("domain.xml")));
                if (!domain || !xml.open(QIODevice::WriteOnly)
                    || xml.write(domain->xmlDesc(true).value()) < 0) {
                    say(QStringLiteral("%1: cannot save the domain XML").arg(kind));
                    return;
                }
            }
            removeDomain(session, name);
        }
        QElapsedTimer timer;
        timer.start();
        const bool started =
            virsh(uri, {QStringLiteral("define"), work.filePath(QStringLiteral("domain.xml"))})
            && virsh(uri, {QStringLiteral("start"), name});
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        Virt::Session session(uri);
        session.open();
        removeDomain(session, name);
        if (!started) {
            say(QStringLiteral("%1: virsh define/start failed").arg(kind));
            return;
        }
        reference.append(elapsed);
    }
    say(QStringLiteral("%1 ours: %2 ms (median of %3)").arg(kind).arg(median(ours)).arg(ours.size()));
    say(QStringLiteral("%1 virsh: %2 ms").arg(kind).arg(median(reference)));
    std::printf("service-launch-ms(%s) %.1f %.1f ms\n", qPrintable(kind), median(ours), median(reference));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("The test guest images."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption kinds(QStringLiteral("kinds"), QStringLiteral("lxc,qemu"),
                                   QStringLiteral("LIST"), QStringLiteral("lxc,qemu"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Launches of each."),
                                    QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({images, kinds, rounds});
    parser.addHelpOption();
    parser.process(app);
    for (const QString &kind : parser.value(kinds).split(u','))
        benchKind(kind, parser.value(images), std::max(1, parser.value(rounds).toInt()));
    return 0;
}
