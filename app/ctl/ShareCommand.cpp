// SPDX-License-Identifier: GPL-3.0-or-later
// cloudyctl share status|on|off|set: the Share page from a terminal. Every action goes through the same
// ShareEngine as cloudy-desktop (policy file, validation against the host, the libvirt contribution node),
// so a change made here is what the desktop app shows and applies (it watches the policy file).
#include "Command.h"
#include "Output.h"
#include "contribution/ShareEngine.h"
#include "platform/Settings.h"
#include "platform/TerminationSignals.h"
#include "sharing/PolicyFile.h"
#include "sharing/SharingController.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Cloudy::Contribution;
using namespace Cloudy::Sharing;

namespace Cloudy::Ctl {

namespace {

QJsonObject capsJson(const ResourceCaps &caps)
{
    return {{QStringLiteral("vcpus"), caps.vcpus},
            {QStringLiteral("cpuPercent"), caps.cpuPercent},
            {QStringLiteral("memoryMiB"), caps.memoryMiB},
            {QStringLiteral("diskGiB"), caps.diskGiB}};
}

QJsonObject statusJson(const ShareEngine &engine)
{
    const SharingDecision decision = engine.decision();
    const NodeStatus node = engine.nodeStatus();
    const HostCapacity capacity = engine.capacity();
    QJsonObject state {{QStringLiteral("state"), stateName(decision.state)},
                       {QStringLiteral("code"), decision.code},
                       {QStringLiteral("reason"), decision.reason}};
    if (decision.caps)
        state.insert(QStringLiteral("caps"), capsJson(*decision.caps));
    if (!decision.profileId.isEmpty())
        state.insert(QStringLiteral("profile"), decision.profileId);
    if (decision.reconsiderAt.isValid())
        state.insert(QStringLiteral("until"), decision.reconsiderAt.toUTC().toString(Qt::ISODate));

    QJsonObject domain {{QStringLiteral("name"), node.domainName},
                        {QStringLiteral("uri"), node.uri},
                        {QStringLiteral("run"), runName(node.run)}};
    if (node.liveCaps)
        domain.insert(QStringLiteral("liveCaps"), capsJson(*node.liveCaps));
    if (!node.pendingNote.isEmpty())
        domain.insert(QStringLiteral("pending"), node.pendingNote);
    if (node.forcedStop)
        domain.insert(QStringLiteral("forcedStop"), true);
    // Only a container without loop devices gets a folder whose size is not enforced.
    domain.insert(QStringLiteral("diskCapEnforced"), node.diskCapEnforced);
    if (!node.diskCapEnforced)
        domain.insert(QStringLiteral("diskCapReason"), node.diskCapNote);
    if (node.problem)
        domain.insert(QStringLiteral("problem"),
                      QJsonObject {{QStringLiteral("code"), node.problem->code},
                                   {QStringLiteral("message"), node.problem->message}});

    QJsonObject result {
        {QStringLiteral("policy"), QJsonDocument::fromJson(policyToJson(engine.policy())).object()},
        {QStringLiteral("decision"), state},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("host"), QJsonObject {{QStringLiteral("cores"), capacity.cores},
                                              {QStringLiteral("maxVcpus"), capacity.maxVcpus()},
                                              {QStringLiteral("maxMemoryMiB"), capacity.maxMemoryMiB()},
                                              {QStringLiteral("maxDiskGiB"), capacity.maxDiskGiB()}}}};
    if (const auto problem = engine.policyProblem())
        result.insert(QStringLiteral("policyProblem"),
                      QJsonObject {{QStringLiteral("code"), problem->code},
                                   {QStringLiteral("message"), problem->message}});
    return result;
}

QString statusText(const ShareEngine &engine)
{
    const SharingPolicy &policy = engine.policy();
    const SharingDecision decision = engine.decision();
    const NodeStatus node = engine.nodeStatus();
    QString text;
    if (const auto problem = engine.policyProblem())
        text += Tr::tr("Warning: %1").arg(problem->message) + QLatin1Char('\n');
    text += Tr::tr("Sharing: %1").arg(policy.enabled ? Tr::tr("on") : Tr::tr("off")) + QLatin1Char('\n');
    text += Tr::tr("State: %1").arg(decision.reason) + QLatin1Char('\n');
    text += Tr::tr("Policy: %1, %2 (%3 guest, image %4), microcloud %5")
                .arg(describeCaps(policy.caps), modeName(policy.mode), guestKindName(policy.guestKind),
                     policy.image.isEmpty() ? Tr::tr("none") : policy.image,
                     policy.microcloudId.isEmpty() ? Tr::tr("none") : policy.microcloudId)
            + QLatin1Char('\n');
    text +=
        Tr::tr("Domain: %1 on %2: %3").arg(node.domainName, node.uri, runName(node.run)) + QLatin1Char('\n');
    if (node.liveCaps)
        text += Tr::tr("Live caps (libvirt): %1").arg(describeCaps(*node.liveCaps)) + QLatin1Char('\n');
    if (!node.pendingNote.isEmpty())
        text += Tr::tr("Pending: %1").arg(node.pendingNote) + QLatin1Char('\n');
    if (node.forcedStop)
        text += Tr::tr("Stopped by force: the guest did not power off when asked.") + QLatin1Char('\n');
    if (!node.diskCapEnforced)
        text += Tr::tr("Warning: %1").arg(node.diskCapNote) + QLatin1Char('\n');
    if (node.problem)
        text += Tr::tr("Problem: %1").arg(node.problem->message) + QLatin1Char('\n');
    return text;
}

// Runs the event loop until done() holds or the deadline passes; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTimer timer;
        timer.setSingleShot(true);
        QEventLoop loop;
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(50);
        loop.exec();
    }
    return true;
}

// Whether the node does what the decision says (or cannot, and says why).
bool nodeFollows(const ShareEngine &engine)
{
    const NodeStatus node = engine.nodeStatus();
    if (node.problem || node.run == NodeStatus::Run::Unknown)
        return true; // nothing more will happen: the problem is the answer
    switch (engine.decision().state) {
    case SharingState::Sharing:
        return node.run == NodeStatus::Run::Running;
    case SharingState::Off:
        return node.run == NodeStatus::Run::Stopped || node.run == NodeStatus::Run::Absent;
    default:
        return node.run != NodeStatus::Run::Running;
    }
}

bool decisionReady(const ShareEngine &engine)
{
    return engine.decision().code != QLatin1String("idle-pending");
}

struct SetOptions
{
    QCommandLineOption preset {QStringLiteral("preset"), Tr::tr("light, balanced or full: fills the caps."),
                               QStringLiteral("NAME")};
    QCommandLineOption cpus {QStringLiteral("cpus"), Tr::tr("Virtual CPUs to share."), QStringLiteral("N")};
    QCommandLineOption cpuPercent {QStringLiteral("cpu-percent"),
                                   Tr::tr("Percent of those CPUs' time (1-100)."), QStringLiteral("P")};
    QCommandLineOption memory {QStringLiteral("memory"), Tr::tr("Memory to share, in MiB."),
                               QStringLiteral("MiB")};
    QCommandLineOption disk {QStringLiteral("disk"), Tr::tr("Disk to share, in GiB."), QStringLiteral("GiB")};
    QCommandLineOption when {QStringLiteral("when"), Tr::tr("always, idle or schedule."),
                             QStringLiteral("MODE")};
    QCommandLineOption idleMinutes {QStringLiteral("idle-minutes"),
                                    Tr::tr("Minutes without input before the computer counts as idle."),
                                    QStringLiteral("N")};
    QCommandLineOption whileInUse {QStringLiteral("while-in-use"),
                                   Tr::tr("suspend, or the id of the profile to share while you work."),
                                   QStringLiteral("ACTION")};
    QCommandLineOption battery {QStringLiteral("on-battery"), Tr::tr("pause (the default) or share."),
                                QStringLiteral("WHAT")};
    QCommandLineOption kind {QStringLiteral("kind"), Tr::tr("qemu (a virtual machine) or lxc (a container)."),
                             QStringLiteral("KIND")};
    QCommandLineOption image {QStringLiteral("image"), Tr::tr("Catalog id or folder of the guest image."),
                              QStringLiteral("CATALOG-ID|BUNDLE-PATH")};
    QCommandLineOption microcloud {QStringLiteral("microcloud"),
                                   Tr::tr("The microcloud to donate to (see discover)."),
                                   QStringLiteral("ID")};

    QList<QCommandLineOption> all() const
    {
        return {preset,      cpus,       cpuPercent, memory, disk,  when,
                idleMinutes, whileInUse, battery,    kind,   image, microcloud};
    }
};

// Applies the set options to the policy; false (with the message printed) on a malformed value. Range
// checks against the host are validatePolicy's.
bool applySetOptions(const QCommandLineParser &parser, const SetOptions &o, const HostCapacity &capacity,
                     SharingPolicy &policy)
{
    const auto number = [&](const QCommandLineOption &option, int *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok) {
            printError(Tr::tr("--%1 needs a whole number, not '%2'.")
                           .arg(option.names().first(), parser.value(option)));
            return false;
        }
        *out = value;
        return true;
    };
    if (parser.isSet(o.preset)) {
        const auto preset = presetFromName(parser.value(o.preset));
        if (!preset) {
            printError(
                Tr::tr("Unknown preset '%1': use light, balanced or full.").arg(parser.value(o.preset)));
            return false;
        }
        policy.caps = presetCaps(*preset, capacity);
    }
    if (!number(o.cpus, &policy.caps.vcpus) || !number(o.cpuPercent, &policy.caps.cpuPercent)
        || !number(o.memory, &policy.caps.memoryMiB) || !number(o.disk, &policy.caps.diskGiB)
        || !number(o.idleMinutes, &policy.idleMinutes))
        return false;
    if (parser.isSet(o.when)) {
        const auto mode = modeFromName(parser.value(o.when));
        if (!mode) {
            printError(
                Tr::tr("Unknown --when '%1': use always, idle or schedule.").arg(parser.value(o.when)));
            return false;
        }
        policy.mode = *mode;
    }
    if (parser.isSet(o.whileInUse)) {
        const QString value = parser.value(o.whileInUse);
        if (value == QLatin1String("suspend")) {
            policy.inUseAction = InUseAction::Suspend;
        } else {
            policy.inUseAction = InUseAction::ApplyProfile;
            policy.inUseProfileId = value;
        }
    }
    if (parser.isSet(o.battery)) {
        const QString value = parser.value(o.battery);
        if (value != QLatin1String("pause") && value != QLatin1String("share")) {
            printError(Tr::tr("Unknown --on-battery '%1': use pause or share.").arg(value));
            return false;
        }
        policy.pauseOnBattery = value == QLatin1String("pause");
    }
    if (parser.isSet(o.kind)) {
        const auto kind = guestKindFromName(parser.value(o.kind));
        if (!kind) {
            printError(Tr::tr("Unknown --kind '%1': use qemu or lxc.").arg(parser.value(o.kind)));
            return false;
        }
        policy.guestKind = *kind;
    }
    if (parser.isSet(o.image))
        policy.image = parser.value(o.image);
    if (parser.isSet(o.microcloud))
        policy.microcloudId = parser.value(o.microcloud);
    return true;
}

void printStatus(const ShareEngine &engine, bool json)
{
    if (json)
        printJson(statusJson(engine));
    else
        printText(statusText(engine).trimmed());
}

} // namespace

int runShare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Shows and changes what this computer donates to the community cloud.\n"
               "  status   what is shared now, why, and what libvirt reports\n"
               "  on, off  switch sharing on or off (the contribution guest starts, pauses or stops)\n"
               "  set      change the caps and rules; refused with the allowed maximum when over the host's "
               "limits"));
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("status, on, off or set"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption uriOption(
        QStringLiteral("uri"),
        Tr::tr("libvirt connection (default: the setting, else qemu:///session, or "
               "qemu:///system as root)."),
        QStringLiteral("URI"));
    const QCommandLineOption policyOption(QStringLiteral("policy"),
                                          Tr::tr("The policy file (default: %1).").arg(defaultPolicyPath()),
                                          QStringLiteral("FILE"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        Tr::tr("Seconds to wait for the guest to follow (default 90; 0: do not "
               "wait)."),
        QStringLiteral("SECONDS"));
    const SetOptions setOptions;
    parser.addOptions({jsonOption, uriOption, policyOption, waitOption});
    parser.addOptions(setOptions.all());
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("status"));
    static const QStringList actions {QStringLiteral("status"), QStringLiteral("on"), QStringLiteral("off"),
                                      QStringLiteral("set")};
    if (positional.size() > 1 || !actions.contains(action)) {
        printError(Tr::tr("Unknown action '%1': use status, on, off or set.")
                       .arg(positional.join(QLatin1Char(' '))));
        return ExitUsage;
    }
    bool anySet = false;
    for (const QCommandLineOption &option : setOptions.all())
        anySet = anySet || parser.isSet(option);
    if (anySet && action != QLatin1String("set")) {
        printError(Tr::tr("Caps and rules are changed with 'cloudyctl share set'."));
        return ExitUsage;
    }
    int waitSeconds = 90;
    if (parser.isSet(waitOption)) {
        bool ok = false;
        waitSeconds = parser.value(waitOption).toInt(&ok);
        if (!ok || waitSeconds < 0) {
            printError(Tr::tr("--wait needs a number of seconds, e.g. --wait 30."));
            return ExitUsage;
        }
    }
    const bool json = parser.isSet(jsonOption);

    ShareEngine::Options options;
    options.libvirtUri = parser.isSet(uriOption) ? parser.value(uriOption)
                                                 : Settings().value(Settings::Key::LibvirtUri).toString();
    options.policyPath = parser.value(policyOption);
    options.meter = false; // the desktop app meters; a one-shot command has nothing to add
    options.applyDecisions = action != QLatin1String("status");
    // A one-shot command: the guest must be defined before it prints the status and exits.
    options.probeKvmInBackground = false;
    ShareEngine engine(options);
    quitOnTerminationSignals();
    engine.start();

    if (action == QLatin1String("set")) {
        if (!anySet) {
            printError(Tr::tr("Nothing to set: see 'cloudyctl share --help' for the options."));
            return ExitUsage;
        }
        SharingPolicy policy = engine.policy();
        if (!applySetOptions(parser, setOptions, engine.capacity(), policy))
            return ExitUsage;
        const QList<PolicyProblem> problems = policyProblems(policy, engine.capacity());
        if (!problems.isEmpty()) {
            if (json) {
                QJsonArray list;
                for (const PolicyProblem &problem : problems)
                    list.append(QJsonObject {{QStringLiteral("field"), problem.field},
                                             {QStringLiteral("code"), problem.error.code},
                                             {QStringLiteral("message"), problem.error.message}});
                printJson({{QStringLiteral("refused"), list}});
            }
            for (const PolicyProblem &problem : problems)
                printError(Tr::tr("Refused: %1").arg(problem.error.message));
            printError(Tr::tr("Nothing was changed."));
            return ExitProblemsFound;
        }
        if (const auto error = engine.setPolicy(policy)) {
            printError(error->message);
            return ExitProblemsFound;
        }
    } else if (action != QLatin1String("status")) {
        if (const auto error = engine.setEnabled(action == QLatin1String("on"))) {
            printError(error->message);
            return ExitProblemsFound;
        }
    }

    // The first activity reading decides whether an "idle" policy shares now; a few seconds at most.
    waitFor([&engine] { return decisionReady(engine); }, 3000);
    if (action != QLatin1String("status") && waitSeconds > 0
        && !waitFor([&engine] { return nodeFollows(engine); }, waitSeconds * 1000)) {
        printStatus(engine, json);
        printError(
            Tr::tr("The contribution guest did not follow within %n second(s).", nullptr, waitSeconds));
        return ExitProblemsFound;
    }
    printStatus(engine, json);
    return engine.nodeStatus().problem ? ExitProblemsFound : ExitOk;
}

} // namespace Cloudy::Ctl
