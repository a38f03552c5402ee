// SPDX-License-Identifier: GPL-3.0-or-later
// cloudyctl services: what the catalogs offer and what runs here — list, show, install, launch, stop,
// remove, logs. The same core objects as the Services page (CatalogLibrary, ServiceManager).
#include "Command.h"
#include "Output.h"
#include "platform/TerminationSignals.h"
#include "services/CatalogLibrary.h"
#include "services/ServiceManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace Cloudy::Services;

namespace Cloudy::Ctl {

namespace {

QJsonObject portJson(const PublishedPort &port)
{
    QJsonObject object {
        {QStringLiteral("name"), port.name},
        {QStringLiteral("guestPort"), port.guestPort},
        {QStringLiteral("protocol"), port.udp ? QStringLiteral("udp") : QStringLiteral("tcp")},
        {QStringLiteral("http"), port.http}};
    if (port.hostPort != 0)
        object.insert(QStringLiteral("hostPort"), port.hostPort);
    return object;
}

QJsonObject serviceJson(const OfferedService *offered, const ServiceStatus *status)
{
    const CatalogEntry &entry = status ? status->entry : offered->entry;
    QJsonObject object {{QStringLiteral("id"), entry.id},
                        {QStringLiteral("name"), entry.name},
                        {QStringLiteral("version"), entry.version},
                        {QStringLiteral("summary"), entry.summary},
                        {QStringLiteral("category"), entry.category},
                        {QStringLiteral("kind"), entry.kind},
                        {QStringLiteral("vcpus"), entry.vcpus},
                        {QStringLiteral("memoryMiB"), entry.memoryMiB},
                        {QStringLiteral("diskMiB"), entry.diskMiB}};
    if (offered) {
        object.insert(QStringLiteral("catalog"),
                      offered->builtIn ? QStringLiteral("built-in") : offered->catalogUrl.toString());
        object.insert(QStringLiteral("publisher"), offered->publisher);
        object.insert(QStringLiteral("fingerprint"), offered->fingerprint);
        object.insert(QStringLiteral("microcloud"), offered->microcloud);
        object.insert(QStringLiteral("installable"), offered->entry.installable());
        if (offered->entry.version != entry.version)
            object.insert(QStringLiteral("offeredVersion"), offered->entry.version);
    }
    object.insert(QStringLiteral("installed"), status && status->installed);
    object.insert(QStringLiteral("state"),
                  status ? servicePhaseName(status->phase) : QStringLiteral("not-installed"));
    if (status) {
        QJsonArray ports;
        for (const PublishedPort &port : status->ports)
            ports.append(portJson(port));
        object.insert(QStringLiteral("ports"), ports);
        if (!status->error.isEmpty())
            object.insert(QStringLiteral("error"), status->error);
        if (status->startedAt.isValid())
            object.insert(QStringLiteral("startedAt"), status->startedAt.toString(Qt::ISODate));
        if (!status->openUrl().isEmpty())
            object.insert(QStringLiteral("url"), status->openUrl());
        object.insert(QStringLiteral("domain"), status->domainName);
    }
    return object;
}

QString stateText(const ServiceStatus *status)
{
    if (!status || !status->installed)
        return Tr::tr("not installed");
    switch (status->phase) {
    case ServicePhase::Stopped:
        return Tr::tr("installed, stopped");
    case ServicePhase::Starting:
        return Tr::tr("starting");
    case ServicePhase::Running:
        return status->openUrl().isEmpty() ? Tr::tr("running")
                                           : Tr::tr("running at %1").arg(status->openUrl());
    case ServicePhase::NotReady:
        return Tr::tr("running, not ready: %1").arg(status->error);
    case ServicePhase::Stopping:
        return Tr::tr("stopping");
    case ServicePhase::Failed:
        return Tr::tr("failed: %1").arg(status->error);
    }
    return {};
}

// Runs the event loop until done() or the deadline (0: none); false on the deadline or Ctrl+C.
bool waitFor(const std::function<bool()> &done, int timeoutSeconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timeoutSeconds > 0 && timer.elapsed() > qint64(timeoutSeconds) * 1000)
            return false;
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
        if (QCoreApplication::closingDown())
            return false;
    }
    return true;
}

struct Context
{
    CatalogLibrary library;
    ServiceManager manager;
    QString lastError;

    Context()
    {
        QObject::connect(&manager, &ServiceManager::failed, &manager,
                         [this](const QString &, const QString &message) { lastError = message; });
    }
};

int printLogs(Context &context, const QString &id, bool follow, bool json)
{
    const std::optional<ServiceStatus> status = context.manager.service(id);
    if (!status) {
        printError(Tr::tr("“%1” is not installed.").arg(id));
        return ExitProblemsFound;
    }
    QFile log(status->consoleLog);
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray text = log.readAll();
        if (json) {
            QJsonArray lines;
            for (const QByteArray &line : text.split('\n'))
                lines.append(QString::fromUtf8(line));
            printJson({{QStringLiteral("id"), id}, {QStringLiteral("lines"), lines}});
        } else {
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            std::fflush(stdout);
        }
    }
    if (!follow)
        return ExitOk;
    ServiceLauncher *launcher = context.manager.launcher(id);
    if (!launcher
        || (launcher->phase() != ServicePhase::Running && launcher->phase() != ServicePhase::Starting
            && launcher->phase() != ServicePhase::NotReady)) {
        printError(Tr::tr("%1 is not running: there is nothing to follow.").arg(status->entry.name));
        return ExitProblemsFound;
    }
    QObject::connect(launcher, &ServiceLauncher::consoleLine, launcher, [json, id](const QString &line) {
        if (json)
            printJson({{QStringLiteral("id"), id}, {QStringLiteral("line"), line}});
        else
            printText(line);
    });
    launcher->followConsole(true);
    waitFor(
        [launcher] {
            return launcher->phase() == ServicePhase::Stopped || launcher->phase() == ServicePhase::Failed;
        },
        0);
    return ExitOk;
}

} // namespace

int runServices(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The community services the catalogs offer, and those installed on this computer.\n"
               "  list            every offered and installed service with its state\n"
               "  show ID         one service\n"
               "  install ID      download, verify and unpack it (then launch it, unless --no-launch)\n"
               "  launch ID       start its guest and wait until it is ready\n"
               "  stop ID         stop its guest (gracefully, forced after a timeout)\n"
               "  remove ID       stop it and delete it (its data stays unless --delete-data)\n"
               "  logs ID [-f]    its console log (-f: follow it live)"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("list, show, install, launch, stop, remove or logs"));
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("the service id (see list)"),
                                 QStringLiteral("[ID]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption followOption({QStringLiteral("f"), QStringLiteral("follow")},
                                          Tr::tr("logs: follow the console live."));
    const QCommandLineOption noLaunchOption(QStringLiteral("no-launch"),
                                            Tr::tr("install: do not launch it."));
    const QCommandLineOption deleteDataOption(QStringLiteral("delete-data"),
                                              Tr::tr("remove: also delete the service's data."));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), Tr::tr("Use the saved copies of the catalogs, do not fetch them."));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
                                        Tr::tr("Seconds to wait for install, launch or stop (default 600; 0: "
                                               "no limit)."),
                                        QStringLiteral("SECONDS"));
    parser.addOptions(
        {jsonOption, followOption, noLaunchOption, deleteDataOption, offlineOption, waitOption});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    static const QStringList withId {QStringLiteral("show"),   QStringLiteral("install"),
                                     QStringLiteral("launch"), QStringLiteral("stop"),
                                     QStringLiteral("remove"), QStringLiteral("logs")};
    if (action != QLatin1String("list") && !withId.contains(action)) {
        printError(Tr::tr("Unknown action '%1': use list, show, install, launch, stop, remove or logs.")
                       .arg(action));
        return ExitUsage;
    }
    const QString id = positional.value(1);
    if (withId.contains(action) && (id.isEmpty() || positional.size() > 2)) {
        printError(Tr::tr("'%1' needs one service id, e.g. cloudyctl services %1 syncthing.").arg(action));
        return ExitUsage;
    }
    int waitSeconds = 600;
    if (parser.isSet(waitOption)) {
        bool ok = false;
        waitSeconds = parser.value(waitOption).toInt(&ok);
        if (!ok || waitSeconds < 0) {
            printError(Tr::tr("--wait needs a number of seconds, e.g. --wait 120."));
            return ExitUsage;
        }
    }
    const bool json = parser.isSet(jsonOption);
    quitOnTerminationSignals();

    Context context;
    context.manager.start();
    const bool needsCatalog = action == QLatin1String("list") || action == QLatin1String("show")
                              || action == QLatin1String("install");
    if (needsCatalog) {
        context.library.load();
        if (!parser.isSet(offlineOption)) {
            context.library.refresh();
            waitFor([&] { return !context.library.isFetching(); }, 120);
        }
    }

    if (action == QLatin1String("list")) {
        QJsonArray services;
        QString text;
        QSet<QString> listed;
        for (const OfferedService &offered : context.library.offered()) {
            const std::optional<ServiceStatus> status = context.manager.service(offered.entry.id);
            listed.insert(offered.entry.id);
            services.append(serviceJson(&offered, status ? &*status : nullptr));
            text +=
                QStringLiteral("%1  %2 %3 — %4\n    %5\n")
                    .arg(offered.entry.id, offered.entry.name, offered.entry.version, offered.entry.summary,
                         offered.entry.installable()
                             ? stateText(status ? &*status : nullptr)
                             : Tr::tr("offered by microclouds (not installable here)"));
        }
        for (const ServiceStatus &status : context.manager.services()) {
            if (listed.contains(status.entry.id))
                continue;
            services.append(serviceJson(nullptr, &status));
            text += QStringLiteral("%1  %2 %3\n    %4\n")
                        .arg(status.entry.id, status.entry.name, status.entry.version, stateText(&status));
        }
        QJsonArray problems;
        for (const CatalogFetchResult &result : context.library.problems() + context.library.pending()) {
            const QString message =
                result.status == CatalogFetchResult::Status::UntrustedPublisher
                    ? Tr::tr("%1: publisher %2 (fingerprint %3) is not trusted yet; use "
                             "cloudyctl catalog add %1 --trust FINGERPRINT")
                          .arg(result.url.toDisplayString(), result.catalog.publisher, result.fingerprint)
                    : QStringLiteral("%1: %2").arg(result.url.toDisplayString(), result.error.message);
            problems.append(message);
            text += message + QLatin1Char('\n');
        }
        if (json)
            printJson(
                {{QStringLiteral("services"), services}, {QStringLiteral("catalogProblems"), problems}});
        else
            printText(text.trimmed());
        return ExitOk;
    }

    const std::optional<OfferedService> offered = needsCatalog ? context.library.find(id) : std::nullopt;
    const auto status = [&] { return context.manager.service(id); };
    if (action == QLatin1String("show")) {
        if (!offered && !status()) {
            printError(Tr::tr("No catalog offers “%1” and it is not installed (see cloudyctl services list).")
                           .arg(id));
            return ExitProblemsFound;
        }
        const std::optional<ServiceStatus> current = status();
        const QJsonObject object = serviceJson(offered ? &*offered : nullptr, current ? &*current : nullptr);
        if (json) {
            printJson(object);
        } else {
            const CatalogEntry &entry = current ? current->entry : offered->entry;
            QString text = QStringLiteral("%1 %2 (%3)\n%4\n\n%5\n")
                               .arg(entry.name, entry.version, entry.id, entry.summary, entry.description);
            text += Tr::tr("Needs: %1 vCPU, %2 MiB memory, %3 MiB disk (%4)")
                        .arg(entry.vcpus)
                        .arg(entry.memoryMiB)
                        .arg(entry.diskMiB)
                        .arg(entry.kind)
                    + QLatin1Char('\n');
            if (offered && !offered->builtIn)
                text +=
                    Tr::tr("From: %1 (%2, key %3)")
                        .arg(offered->catalogUrl.toDisplayString(), offered->publisher, offered->fingerprint)
                    + QLatin1Char('\n');
            text += Tr::tr("State: %1").arg(stateText(current ? &*current : nullptr));
            printText(text);
        }
        return ExitOk;
    }

    if (action == QLatin1String("install")) {
        if (!offered) {
            printError(Tr::tr("No trusted catalog offers “%1” (see cloudyctl services list).").arg(id));
            return ExitProblemsFound;
        }
        if (!offered->entry.installable()) {
            printError(Tr::tr("%1 is offered by microclouds but cannot be installed from a catalog here.")
                           .arg(offered->entry.name));
            return ExitProblemsFound;
        }
        const bool launchAfter = !parser.isSet(noLaunchOption);
        InstallStep lastStep = InstallStep::None;
        QObject::connect(&context.manager, &ServiceManager::serviceChanged, &context.manager,
                         [&](const QString &changed) {
                             const auto current = status();
                             if (changed != id || !current || current->step == lastStep || json)
                                 return;
                             lastStep = current->step;
                             if (lastStep == InstallStep::Downloading)
                                 printError(Tr::tr("Downloading %1…").arg(offered->entry.name));
                             else if (lastStep == InstallStep::Extracting)
                                 printError(Tr::tr("Checked; unpacking…"));
                             else if (lastStep == InstallStep::Starting)
                                 printError(Tr::tr("Starting…"));
                         });
        context.manager.install(offered->entry, offered->catalogUrl.toString(), offered->fingerprint,
                                launchAfter);
        const bool finished = waitFor(
            [&] {
                const auto current = status();
                if (!context.lastError.isEmpty())
                    return true;
                if (!current || context.manager.isBusy(id))
                    return false;
                return !launchAfter
                       || (current->phase != ServicePhase::Starting && current->step == InstallStep::None);
            },
            waitSeconds);
        const auto current = status();
        if (json)
            printJson(serviceJson(&*offered, current ? &*current : nullptr));
        if (!context.lastError.isEmpty()) {
            printError(context.lastError);
            return ExitProblemsFound;
        }
        if (!finished) {
            printError(Tr::tr("Gave up waiting after %1 seconds.").arg(waitSeconds));
            return ExitProblemsFound;
        }
        if (!json)
            printText(
                QStringLiteral("%1: %2").arg(offered->entry.name, stateText(current ? &*current : nullptr)));
        return current && current->installed ? ExitOk : ExitProblemsFound;
    }

    if (!status()) {
        printError(Tr::tr("“%1” is not installed.").arg(id));
        return ExitProblemsFound;
    }
    if (action == QLatin1String("logs"))
        return printLogs(context, id, parser.isSet(followOption), json);
    if (action == QLatin1String("remove")) {
        const Result<bool> removed = context.manager.remove(id, parser.isSet(deleteDataOption));
        if (!removed) {
            printError(removed.error().message);
            return ExitProblemsFound;
        }
        if (json)
            printJson({{QStringLiteral("id"), id},
                       {QStringLiteral("removed"), true},
                       {QStringLiteral("dataDeleted"), parser.isSet(deleteDataOption)}});
        else
            printText(parser.isSet(deleteDataOption) ? Tr::tr("Removed %1 and its data.").arg(id)
                                                     : Tr::tr("Removed %1 (its data was kept).").arg(id));
        return ExitOk;
    }

    bool finished = true;
    if (action == QLatin1String("launch")) {
        context.manager.launch(id);
        finished =
            waitFor([&] { return !context.lastError.isEmpty() || status()->phase != ServicePhase::Starting; },
                    waitSeconds);
    } else { // stop
        context.manager.stop(id);
        finished = waitFor(
            [&] {
                const ServicePhase phase = status()->phase;
                return phase == ServicePhase::Stopped || phase == ServicePhase::Failed;
            },
            waitSeconds);
    }
    const auto current = status();
    if (json)
        printJson(serviceJson(nullptr, &*current));
    else
        printText(QStringLiteral("%1: %2").arg(current->entry.name, stateText(&*current)));
    if (!finished) {
        printError(Tr::tr("Gave up waiting after %1 seconds.").arg(waitSeconds));
        return ExitProblemsFound;
    }
    const bool ok = action == QLatin1String("launch") ? current->phase == ServicePhase::Running
                                                      : current->phase == ServicePhase::Stopped;
    return ok ? ExitOk : ExitProblemsFound;
}

} // namespace Cloudy::Ctl
