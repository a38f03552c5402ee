// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark helper (not a test, asserts nothing): the sharing figures of the issue, on a real libvirtd.
//
//  1. CPU cap accuracy. A guest that burns more CPU than it may (two busy loops) is capped with
//     Domain::setCpuCap, the way the product caps a contribution (LXC: vcpu_period/vcpu_quota on the
//     container's cgroup; QEMU: global_period/global_quota on the domain's cgroup), at each cap in turn.
//     After a settling time the domain's host CPU use is sampled once a second for SECONDS seconds from
//     the domain's cgroup (cgroup v1 cpuacct.usage, or v2 cpu.stat usage_usec) and from libvirt's CPU-time
//     counter (collectDomainStats: bulk stats for QEMU, virDomainGetInfo for LXC).
//  2. Toggle latency. Domain::suspend()/resume() on a Session opened once (what the app does), timed from
//     the call to the lifecycle event (Session::domainEvent Suspended/Resumed) that the app reacts to,
//     against `virsh -c URI suspend|resume NAME` process wall time (which includes connecting), interleaved
//     in the same run; TOGGLES of each, medians.
//
// Prints lines "figure ours reference unit" for tests/bench/run-benchmarks.sh (details go to stderr):
//   share-cpu-cap-P(KIND)          measured cores (cgroup)  cap in cores    -> ratio = measured / cap
//   share-cpu-cap-P-libvirt(KIND)  measured cores (libvirt) cap in cores    -> ratio = measured / cap
//   share-cpu-cap-P-sd(KIND)       stddev of the 1 s samples  their mean     -> ratio = coefficient of
//                                  variation (a reference of 0 would print "n/a", so the mean is used)
//   share-cpu-cap-P-throttled(KIND) CFS periods throttled    periods          -> ratio = how often the cap
//                                  was what held the guest back (well below 1: the host's CPUs were busy
//                                  with others, and measured/cap below 1 is no error of the cap)
//   share-toggle-suspend-ms(KIND)  ours  virsh  ms
//   share-toggle-resume-ms(KIND)   ours  virsh  ms
//
//   cloudy-bench-share --images DIR [--kinds lxc,qemu] [--caps 25,50,100] [--seconds 30] [--settle 3]
//                      [--toggles 20]
// The QEMU guest needs the test guest images with `cloudy.burn=N` support in /init (tests/env/guest).
// Needs root (reads the domains' cgroups; the harness's libvirtd is qemu:///system and lxc:///system).
#include "BenchMath.h"
#include "DomainCgroup.h"
#include "virt/Domain.h"
#include "virt/DomainStats.h"
#include "virt/DomainXml.h"
#include "virt/Session.h"
#include "virt/VirtConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Cloudy::Virt;

namespace {

using CloudyBench::median;

const QString domainPrefix = QStringLiteral("cloudy-bench-share-");

void say(const QString &text)
{
    std::fprintf(stderr, "share: %s\n", qPrintable(text));
    std::fflush(stderr);
}

void figure(const QString &name, double ours, double reference, const char *unit)
{
    std::printf("%s %.4f %.4f %s\n", qPrintable(name), ours, reference, unit);
    std::fflush(stdout);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the event loop (libvirt's events and keepalive live there) for ms milliseconds.
void waitMs(int ms)
{
    if (ms <= 0) {
        QCoreApplication::processEvents();
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until done() or timeoutMs; whether done() held.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() >= timeoutMs)
            return false;
        waitMs(5);
    }
    return true;
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

// Sample standard deviation.
double stddev(const QList<double> &values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double sum = 0;
    for (double value : values)
        sum += (value - m) * (value - m);
    return std::sqrt(sum / double(values.size() - 1));
}

// Total CPU time of a cgroup and its children in ns (v1 cpuacct.usage, v2 cpu.stat usage_usec).
std::optional<quint64> cgroupUsageNs(const QString &cgroup)
{
    const QByteArray usage = readFile(cgroup + QStringLiteral("/cpuacct.usage")).trimmed();
    if (!usage.isEmpty())
        return usage.toULongLong();
    for (const QByteArray &line : readFile(cgroup + QStringLiteral("/cpu.stat")).split('\n')) {
        if (line.startsWith("usage_usec "))
            return line.mid(11).trimmed().toULongLong() * 1000;
    }
    return std::nullopt;
}

// The CFS quota/period the kernel enforces on a cgroup, as text ("50000/100000", "max/100000").
QString cfsText(const QString &cgroup)
{
    const QByteArray quota = readFile(cgroup + QStringLiteral("/cpu.cfs_quota_us")).trimmed();
    if (!quota.isEmpty())
        return QString::fromLatin1(quota + '/'
                                   + readFile(cgroup + QStringLiteral("/cpu.cfs_period_us")).trimmed());
    return QString::fromLatin1(readFile(cgroup + QStringLiteral("/cpu.max")).trimmed()).replace(u' ', u'/');
}

std::optional<quint64> libvirtCpuNs(const Session &session, const QString &name)
{
    const auto stats = collectDomainStats(*session.connection(), name);
    if (!stats || stats->isEmpty())
        return std::nullopt;
    return stats->first().cpuTimeNs;
}

struct Guest
{
    QString kind; // "lxc" or "qemu"
    Session *session = nullptr;
    Domain domain;
    QString name;
    QString cpuacct; // cgroup with the usage counter
    QString cpu; // cgroup with the quota
};

// One counter over one cap: its readings (ns of CPU), when each was taken (ns on our clock) and how long
// taking it took.
struct Counter
{
    QList<quint64> cpuNs;
    QList<qint64> atNs;
    QList<qint64> readNs;

    qint64 slowestReadNs() const
    {
        return readNs.isEmpty() ? 0 : *std::max_element(readNs.begin(), readNs.end());
    }
    // Core fraction of each interval between readings.
    QList<double> perInterval() const
    {
        QList<double> fractions;
        for (qsizetype i = 1; i < cpuNs.size(); ++i)
            fractions << double(cpuNs[i] - cpuNs[i - 1]) / double(atNs[i] - atNs[i - 1]);
        return fractions;
    }
    // Core fraction over the whole window, from the first to the last reading that was quick to take (when
    // a reading was taken inside a slow call is unknown; between two readings the errors do not add up).
    double overall() const
    {
        const auto quick = [&](qsizetype i) { return readNs[i] < 50000000; };
        qsizetype first = 0;
        qsizetype last = cpuNs.size() - 1;
        while (first < last && !quick(first))
            ++first;
        while (last > first && !quick(last))
            --last;
        if (last - first < cpuNs.size() / 2) { // mostly slow: use the whole window anyway
            first = 0;
            last = cpuNs.size() - 1;
        }
        return last <= first ? 0 : double(cpuNs[last] - cpuNs[first]) / double(atNs[last] - atNs[first]);
    }
};

struct CapSamples
{
    Counter cgroup;
    Counter libvirt;
    quint64 periods = 0; // CFS periods in the window
    quint64 throttledPeriods = 0; // …in which the guest used up its quota
};

// Busy and total jiffies of the host (/proc/stat "cpu" line): how much CPU was left for anyone.
QPair<quint64, quint64> hostJiffies()
{
    const QList<QByteArray> fields =
        readFile(QStringLiteral("/proc/stat")).split('\n').value(0).simplified().split(' ');
    quint64 total = 0;
    quint64 idle = 0;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        total += fields[i].toULongLong();
        if (i == 4 || i == 5) // idle, iowait
            idle += fields[i].toULongLong();
    }
    return {total - idle, total};
}

// nr_periods and nr_throttled of a cgroup's CFS bandwidth control (cpu.stat, v1 and v2).
QPair<quint64, quint64> throttling(const QString &cpuCgroup)
{
    quint64 periods = 0;
    quint64 throttled = 0;
    for (const QByteArray &line : readFile(cpuCgroup + QStringLiteral("/cpu.stat")).split('\n')) {
        if (line.startsWith("nr_periods "))
            periods = line.mid(11).trimmed().toULongLong();
        else if (line.startsWith("nr_throttled "))
            throttled = line.mid(13).trimmed().toULongLong();
    }
    return {periods, throttled};
}

CapSamples sampleCpu(const Guest &guest, int seconds)
{
    CapSamples samples;
    const auto hostBefore = hostJiffies();
    const auto throttleBefore = throttling(guest.cpu);
    QElapsedTimer clock;
    clock.start();
    // Reading the cgroup file takes microseconds: a reading that took long (we were preempted on a busy host)
    // is taken again, and stamped with the middle of the read.
    const auto readCgroup = [&] {
        for (int attempt = 0; attempt < 5; ++attempt) {
            const qint64 before = clock.nsecsElapsed();
            const auto usage = cgroupUsageNs(guest.cpuacct);
            const qint64 after = clock.nsecsElapsed();
            if (!usage)
                return;
            if (after - before < 2000000 || attempt == 4) {
                samples.cgroup.cpuNs << *usage;
                samples.cgroup.atNs << (before + after) / 2;
                samples.cgroup.readNs << after - before;
                return;
            }
        }
    };
    // libvirt reads the counter early in the call (QEMU bulk stats: cpu-total comes before the monitor
    // queries, which wait for a QEMU throttled by its own cap; LXC: virDomainGetInfo comes before the
    // memory and disk calls), so the reading is stamped with the start of the call. Calls can take seconds
    // on a busy host, though: Counter::overall() leaves slow readings at the ends of the window out.
    const auto readLibvirt = [&] {
        const qint64 before = clock.nsecsElapsed();
        const auto usage = libvirtCpuNs(*guest.session, guest.name);
        const qint64 after = clock.nsecsElapsed();
        if (!usage)
            return;
        samples.libvirt.cpuNs << *usage;
        samples.libvirt.atNs << before;
        samples.libvirt.readNs << after - before;
    };
    for (int second = 0; second <= seconds; ++second) {
        waitMs(int(qint64(second) * 1000 - clock.elapsed()));
        readCgroup();
        readLibvirt();
    }
    const auto hostAfter = hostJiffies();
    const auto throttleAfter = throttling(guest.cpu);
    const quint64 periods = throttleAfter.first - throttleBefore.first;
    samples.periods = periods;
    samples.throttledPeriods = throttleAfter.second - throttleBefore.second;
    // Throttled in most periods: the cap is what limits the guest. Host busy near 100 %: the guest may have
    // had less than its cap because others wanted the CPUs too (not an error of the cap).
    say(QStringLiteral("%1: throttled in %2 of %3 CFS periods; host CPUs busy %4 %")
            .arg(guest.kind)
            .arg(throttleAfter.second - throttleBefore.second)
            .arg(periods)
            .arg(100.0 * double(hostAfter.first - hostBefore.first)
                     / double(std::max<quint64>(1, hostAfter.second - hostBefore.second)),
                 0, 'f', 1));
    return samples;
}

QString listText(const QList<double> &values)
{
    QStringList parts;
    for (double value : values)
        parts << QString::number(value, 'f', 3);
    return parts.join(u' ');
}

void benchCaps(const Guest &guest, const QList<int> &caps, int seconds, int settleS)
{
    for (int cap : caps) {
        Domain domain = guest.domain;
        const auto set = domain.setCpuCap(cap, 100000, Apply::Live);
        if (!set) {
            say(QStringLiteral("%1: setCpuCap(%2) failed: %3")
                    .arg(guest.kind)
                    .arg(cap)
                    .arg(set.error().message));
            continue;
        }
        waitMs(settleS * 1000);
        const CapSamples samples = sampleCpu(guest, seconds);
        const double capCores = cap / 100.0;
        const QString name = QStringLiteral("share-cpu-cap-%1").arg(cap);
        const QString kind = QStringLiteral("(%1)").arg(guest.kind);
        say(QStringLiteral("%1 %2: kernel quota %3 us, load average %4")
                .arg(name, kind, cfsText(guest.cpu),
                     QString::fromLatin1(readFile(QStringLiteral("/proc/loadavg")).trimmed())));
        for (const auto &[what, counter] : {std::pair {QStringLiteral("cgroup "), &samples.cgroup},
                                            {QStringLiteral("libvirt"), &samples.libvirt}}) {
            const QList<double> perSecond = counter->perInterval();
            say(QStringLiteral("%1 %2 %3 per second (slowest read %4 ms; mean %5, sd %6): %7")
                    .arg(name, kind, what)
                    .arg(double(counter->slowestReadNs()) / 1e6, 0, 'f', 1)
                    .arg(mean(perSecond), 0, 'f', 4)
                    .arg(stddev(perSecond), 0, 'f', 4)
                    .arg(listText(perSecond)));
        }
        if (samples.cgroup.cpuNs.size() >= 2) {
            figure(name + kind, samples.cgroup.overall(), capCores, "cores");
            const QList<double> perSecond = samples.cgroup.perInterval();
            figure(name + QStringLiteral("-sd") + kind, stddev(perSecond), mean(perSecond), "cores");
        } else {
            say(QStringLiteral("%1: no cgroup counter in %2").arg(guest.kind, guest.cpuacct));
        }
        if (samples.libvirt.cpuNs.size() >= 2)
            figure(name + QStringLiteral("-libvirt") + kind, samples.libvirt.overall(), capCores, "cores");
        // How often the cap was what held the guest back: near 1, a measured/cap below 1 is the cap's error;
        // well below 1, the guest got less than its cap because the host's CPUs were busy with others.
        if (samples.periods > 0)
            figure(name + QStringLiteral("-throttled") + kind, double(samples.throttledPeriods),
                   double(samples.periods), "periods");
    }
}

// Toggles: ours (Domain::suspend/resume, to the lifecycle event) against virsh (process wall time).
void benchToggles(Guest &guest, int toggles)
{
    std::optional<DomainEvent::Type> lastEvent;
    qint64 lastEventNs = 0;
    QElapsedTimer clock;
    clock.start();
    const auto connection = QObject::connect(guest.session, &Session::domainEvent,
                                             [&](const QString &name, const DomainEvent &event) {
                                                 if (name != guest.name)
                                                     return;
                                                 lastEvent = event.type;
                                                 lastEventNs = clock.nsecsElapsed();
                                             });
    const auto waitEvent = [&](DomainEvent::Type type) {
        return waitUntil([&] { return lastEvent == type; }, 10000);
    };
    const auto runState = [&] {
        const auto state = guest.domain.state();
        return state ? state.value().state : DomainState::State::NoState;
    };

    QList<double> oursSuspend, oursResume, refSuspend, refResume, callSuspend, callResume;
    const auto ours = [&](bool suspend, QList<double> &toEvent, QList<double> &toReturn) {
        lastEvent.reset();
        const qint64 start = clock.nsecsElapsed();
        const auto result = suspend ? guest.domain.suspend() : guest.domain.resume();
        const qint64 returned = clock.nsecsElapsed();
        if (!result) {
            say(QStringLiteral("%1: %2 failed: %3")
                    .arg(guest.kind, suspend ? QStringLiteral("suspend") : QStringLiteral("resume"),
                         result.error().message));
            return;
        }
        if (!waitEvent(suspend ? DomainEvent::Type::Suspended : DomainEvent::Type::Resumed)) {
            say(QStringLiteral("%1: no lifecycle event in 10 s").arg(guest.kind));
            return;
        }
        toEvent << double(lastEventNs - start) / 1e6;
        toReturn << double(returned - start) / 1e6;
    };
    const auto virsh = [&](bool suspend, QList<double> &wall) {
        lastEvent.reset();
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        const qint64 start = clock.nsecsElapsed();
        process.start(QStringLiteral("virsh"),
                      {QStringLiteral("-c"), guest.session->uri(),
                       suspend ? QStringLiteral("suspend") : QStringLiteral("resume"), guest.name});
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            say(QStringLiteral("%1: virsh failed").arg(guest.kind));
            return;
        }
        wall << double(clock.nsecsElapsed() - start) / 1e6;
        // Our session sees the same event; wait for it so that every round starts from a settled state.
        waitEvent(suspend ? DomainEvent::Type::Suspended : DomainEvent::Type::Resumed);
    };
    for (int round = 0; round < toggles; ++round) {
        // Alternate which side goes first, so neither always follows the other's event.
        for (int side = 0; side < 2; ++side) {
            if ((side == 0) == (round % 2 == 0)) {
                ours(true, oursSuspend, callSuspend);
                waitMs(100);
                ours(false, oursResume, callResume);
            } else {
                virsh(true, refSuspend);
                waitMs(100);
                virsh(false, refResume);
            }
            waitMs(100);
        }
    }
    QObject::disconnect(connection);
    if (runState() != DomainState::State::Running)
        say(QStringLiteral("%1: not running after the toggles").arg(guest.kind));
    say(QStringLiteral("toggle(%1) ours suspend to event: %2").arg(guest.kind, listText(oursSuspend)));
    say(QStringLiteral("toggle(%1) ours suspend call returned: median %2 ms")
            .arg(guest.kind)
            .arg(median(callSuspend), 0, 'f', 2));
    say(QStringLiteral("toggle(%1) virsh suspend: %2").arg(guest.kind, listText(refSuspend)));
    say(QStringLiteral("toggle(%1) ours resume to event: %2").arg(guest.kind, listText(oursResume)));
    say(QStringLiteral("toggle(%1) ours resume call returned: median %2 ms")
            .arg(guest.kind)
            .arg(median(callResume), 0, 'f', 2));
    say(QStringLiteral("toggle(%1) virsh resume: %2").arg(guest.kind, listText(refResume)));
    if (!oursSuspend.isEmpty() && !refSuspend.isEmpty())
        figure(QStringLiteral("share-toggle-suspend-ms(%1)").arg(guest.kind), median(oursSuspend),
               median(refSuspend), "ms");
    if (!oursResume.isEmpty() && !refResume.isEmpty())
        figure(QStringLiteral("share-toggle-resume-ms(%1)").arg(guest.kind), median(oursResume),
               median(refResume), "ms");
}

void removeLeftover(Session &session, const QString &name)
{
    const auto found = session.lookup(name);
    if (!found)
        return;
    Domain domain = found.value();
    if (domain.isActive())
        domain.destroy();
    if (domain.isPersistent())
        domain.undefine();
}

// Starts the burning guest of one kind; a null domain (and the reason on stderr) when it cannot.
std::optional<Guest> startGuest(const QString &kind, Session &session, const QString &images,
                                const QString &workDir)
{
    Guest guest;
    guest.kind = kind;
    guest.session = &session;
    guest.name = domainPrefix + kind;
    removeLeftover(session, guest.name);

    DomainSpec spec;
    spec.name = guest.name;
    spec.title = QStringLiteral("Cloudy sharing benchmark guest (burns CPU)");
    spec.metadata = {{QStringLiteral("role"), QStringLiteral("contribution")}};
    spec.cpuCapPercent = 0; // capped live by the benchmark, as the product does
    if (kind == QLatin1String("lxc")) {
        const QString rootfs = images + QStringLiteral("/lxc-rootfs");
        if (!QFile::exists(rootfs + QStringLiteral("/bin/busybox"))) {
            say(QStringLiteral("lxc: no container root filesystem in %1").arg(rootfs));
            return std::nullopt;
        }
        spec.kind = GuestKind::Lxc;
        spec.memoryMiB = 64;
        spec.rootDir = rootfs;
        // Two busy loops: more than one core of demand, so every cap up to 100 % is what limits it.
        spec.init = QStringLiteral("/bin/sh");
        spec.initArgs = {QStringLiteral("-c"), QStringLiteral("while :; do :; done & while :; do :; done")};
    } else {
        if (!QFile::exists(images + QStringLiteral("/vmlinuz"))) {
            say(QStringLiteral("qemu: no test guest kernel in %1").arg(images));
            return std::nullopt;
        }
        spec.kind = GuestKind::Qemu;
        spec.kvm = false; // TCG: one host thread per vCPU (MTTCG)
        spec.vcpus = 2; // two vCPUs, each burning: two cores of demand
        spec.memoryMiB = 128;
        spec.kernel = images + QStringLiteral("/vmlinuz");
        spec.initrd = images + QStringLiteral("/initrd.img");
        spec.kernelCmdline =
            QStringLiteral("console=ttyS0 cloudy.ip=none cloudy.service=share cloudy.burn=2");
        spec.serialLogFile = workDir + QStringLiteral("/") + guest.name + QStringLiteral(".log");
        spec.serialPty = true;
    }
    QElapsedTimer timer;
    timer.start();
    auto created = session.createTransient(spec);
    if (!created) {
        say(QStringLiteral("%1: could not start the guest: %2").arg(kind, created.error().message));
        return std::nullopt;
    }
    guest.domain = created.value();
    if (kind == QLatin1String("qemu")) {
        const auto burning = [&] { return readFile(spec.serialLogFile).contains("cloudy-guest: burning"); };
        if (!waitUntil(burning, 120000)) {
            say(QStringLiteral("qemu: no \"cloudy-guest: burning\" line in 120 s (guest images without "
                               "cloudy.burn? rebuild them with tests/env/guest/build-guest-images): %1")
                    .arg(QString::fromUtf8(readFile(spec.serialLogFile).right(300))));
            guest.domain.destroy();
            return std::nullopt;
        }
    }
    say(QStringLiteral("%1: guest %2 burning after %3 ms").arg(kind, guest.name).arg(timer.elapsed()));
    guest.cpuacct = CloudyTest::domainCgroup(guest.name, QStringLiteral("cpuacct"));
    guest.cpu = CloudyTest::domainCgroup(guest.name, QStringLiteral("cpu"));
    if (guest.cpuacct.isEmpty())
        say(QStringLiteral("%1: no cgroup found for %2").arg(kind, guest.name));
    else
        say(QStringLiteral("%1: cgroups %2, %3").arg(kind, guest.cpuacct, guest.cpu));
    return guest;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cloudy sharing benchmark: CPU cap accuracy, toggle latency"));
    parser.addHelpOption();
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("guest images directory"),
                                          QStringLiteral("DIR"));
    const QCommandLineOption kindsOption(QStringLiteral("kinds"), QStringLiteral("lxc,qemu"),
                                         QStringLiteral("LIST"), QStringLiteral("lxc,qemu"));
    const QCommandLineOption capsOption(QStringLiteral("caps"), QStringLiteral("caps in percent of one core"),
                                        QStringLiteral("LIST"), QStringLiteral("25,50,100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("samples per cap"),
                                           QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption settleOption(QStringLiteral("settle"), QStringLiteral("seconds before sampling"),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption togglesOption(QStringLiteral("toggles"), QStringLiteral("suspend/resume rounds"),
                                           QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({imagesOption, kindsOption, capsOption, secondsOption, settleOption, togglesOption});
    parser.process(app);

    const QString images = parser.value(imagesOption);
    QList<int> caps;
    for (const QString &cap : parser.value(capsOption).split(u',', Qt::SkipEmptyParts))
        caps << cap.toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int settle = parser.value(settleOption).toInt();
    const int toggles = parser.value(togglesOption).toInt();
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/cloudy-bench-share-XXXXXX"));
    QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);

    for (const QString &kind : parser.value(kindsOption).split(u',', Qt::SkipEmptyParts)) {
        Session session(kind == QLatin1String("lxc") ? QStringLiteral("lxc:///system")
                                                     : QStringLiteral("qemu:///system"));
        const auto opened = session.open();
        if (!opened) {
            say(QStringLiteral("%1: %2").arg(kind, opened.error().message));
            continue;
        }
        auto guest = startGuest(kind, session, images, work.path());
        if (!guest)
            continue;
        benchCaps(*guest, caps, seconds, settle);
        benchToggles(*guest, toggles);
        guest->domain.destroy();
    }
    return 0;
}
