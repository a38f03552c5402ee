// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Output.h"
#include "discovery/DiscoveryJson.h"
#include "discovery/MicrocloudModel.h"
#include "discovery/RttProber.h"
#include "discovery/ServiceBrowser.h"
#include "platform/Settings.h"
#include "platform/TerminationSignals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

using namespace Cloudy::Discovery;

namespace Cloudy::Ctl {

namespace {

QString rttText(int rttMs)
{
    return rttMs < 0 ? QString() : QStringLiteral("  %1 ms").arg(rttMs);
}

QString treeText(const QString &backend, const QList<MicrocloudInfo> &microclouds)
{
    QString text = Tr::tr("Microclouds nearby (found with %1):").arg(backend) + QLatin1Char('\n');
    if (microclouds.isEmpty())
        text += QStringLiteral("  ") + Tr::tr("none found") + QLatin1Char('\n');
    for (const MicrocloudInfo &microcloud : microclouds) {
        int services = 0;
        for (const NodeInfo &node : microcloud.nodes)
            services += int(node.services.size());
        text += microcloud.id.isEmpty()
                    ? QStringLiteral("  %1\n").arg(microcloud.name)
                    : QStringLiteral("  %1 [%2] — %3, %4%5\n")
                          .arg(microcloud.name, microcloud.id,
                               Tr::tr("%n node(s)", nullptr, int(microcloud.nodes.size())),
                               Tr::tr("%n service(s)", nullptr, services), rttText(microcloud.bestRttMs));
        for (const NodeInfo &node : microcloud.nodes) {
            text += QStringLiteral("    %1 (%2)\n").arg(node.name, node.hostName);
            for (const ServiceInfo &service : node.services)
                text +=
                    QStringLiteral("      %1: %2  %3%4\n")
                        .arg(service.label, service.key.name, service.addressText(), rttText(service.rttMs));
        }
    }
    return text;
}

void printEvent(const char *event, const ServiceInfo &service, bool json)
{
    if (json) {
        const QJsonObject line {
            {QStringLiteral("event"), QLatin1String(event)},
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("service"), serviceJson(service)}};
        printText(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        return;
    }
    const QString sign = qstrcmp(event, "added") == 0     ? QStringLiteral("+")
                         : qstrcmp(event, "removed") == 0 ? QStringLiteral("-")
                                                          : QStringLiteral("~");
    printText(QStringLiteral("%1 %2: %3  %4  [%5]")
                  .arg(sign, service.label, service.key.name, service.addressText(),
                       service.placement.microcloudId.isEmpty() ? Tr::tr("no microcloud")
                                                                : service.placement.microcloudId));
}

} // namespace

int runDiscover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Finds the microclouds of your community network nearby and the services they offer (DNS-SD over "
        "mDNS). Without --watch, browses until the first answers are in (at most --timeout seconds) and "
        "prints what it found."));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        Tr::tr("avahi (through avahi-daemon), mdns (built-in) or auto (the default: "
               "avahi when its daemon runs)."),
        QStringLiteral("BACKEND"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Tr::tr("Stop after SECONDS (default 5; with --watch: never)."),
                                           QStringLiteral("SECONDS"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        Tr::tr("Keep browsing and print one line per service added, updated or removed."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print JSON (with --watch: one object per line)."));
    parser.addOptions({backendOption, timeoutOption, watchOption, jsonOption});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    const QString backendName = parser.isSet(backendOption)
                                    ? parser.value(backendOption)
                                    : Settings().value(Settings::Key::DiscoveryBackend).toString();
    const std::optional<BrowserBackend> backend = backendFromName(backendName);
    if (!backend) {
        printError(Tr::tr("Unknown backend '%1': use avahi, mdns or auto.").arg(backendName));
        return ExitUsage;
    }
    const bool watch = parser.isSet(watchOption);
    const bool json = parser.isSet(jsonOption);
    double timeoutSeconds = watch ? 0 : 5;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || timeoutSeconds < 0) {
            printError(Tr::tr("--timeout needs a number of seconds, e.g. --timeout 3."));
            return ExitUsage;
        }
    }

    std::unique_ptr<ServiceBrowser> browser = createServiceBrowser(*backend);
    MicrocloudModel model;
    RttProber prober;
    model.setBrowser(browser.get());
    model.setRttProber(&prober);
    QObject context;

    if (watch) {
        QObject::connect(&model, &MicrocloudModel::serviceAdded, &context,
                         [json](const ServiceInfo &service) { printEvent("added", service, json); });
        QObject::connect(&model, &MicrocloudModel::serviceUpdated, &context,
                         [json](const ServiceInfo &service) { printEvent("updated", service, json); });
        QObject::connect(&model, &MicrocloudModel::serviceRemoved, &context,
                         [json](const ServiceInfo &service) { printEvent("removed", service, json); });
    } else {
        // The first answers are in: give resolutions and round-trip probes a moment, then report.
        QObject::connect(browser.get(), &ServiceBrowser::allForNow, &context, [] {
            QTimer::singleShot(1500, QCoreApplication::instance(), &QCoreApplication::quit);
        });
    }
    QObject::connect(
        browser.get(), &ServiceBrowser::stateChanged, &context,
        [&browser, watch](ServiceBrowser::State state) {
            if (state != ServiceBrowser::State::Failed)
                return;
            printError(
                Tr::tr("Discovery with %1 failed: %2").arg(browser->backendName(), browser->errorString()));
            if (!watch) // --watch keeps waiting: the browser retries (e.g. when avahi-daemon returns)
                QCoreApplication::exit(ExitProblemsFound);
        });
    if (timeoutSeconds > 0)
        QTimer::singleShot(int(timeoutSeconds * 1000), &context, [] { QCoreApplication::quit(); });
    quitOnTerminationSignals();

    browser->start();
    if (browser->state() == ServiceBrowser::State::Failed && !watch) {
        printError(
            Tr::tr("Discovery with %1 failed: %2").arg(browser->backendName(), browser->errorString()));
        return ExitProblemsFound;
    }
    if (QCoreApplication::exec() == ExitProblemsFound)
        return ExitProblemsFound; // said by the stateChanged handler
    if (!watch) {
        if (json)
            printJson(discoveryJson(browser->backendName(), model.snapshot()));
        else
            printText(treeText(browser->backendName(), model.snapshot()));
    }
    browser->stop();
    return ExitOk;
}

} // namespace Cloudy::Ctl
