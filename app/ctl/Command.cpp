// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "Output.h"

#include <QCoreApplication>

#include <array>

namespace Cloudy::Ctl {

std::span<const Command> commands()
{
    static const std::array<Command, 7> table {{
        {"catalog",
         QT_TRANSLATE_NOOP(
             "cloudyctl",
             "Publish service catalogs and choose the ones to read: catalog keygen|build|add|list"),
         runCatalog},
        {"discover",
         QT_TRANSLATE_NOOP("cloudyctl", "Find the microclouds nearby and the services they offer"),
         runDiscover},
        {"doctor",
         QT_TRANSLATE_NOOP("cloudyctl",
                           "Check what this computer offers Cloudy and say how to fix what is missing"),
         runDoctor},
        {"identity",
         QT_TRANSLATE_NOOP(
             "cloudyctl", "This computer's node identity and its backup: identity show|create|export|import"),
         runIdentity},
        {"ledger",
         QT_TRANSLATE_NOOP(
             "cloudyctl",
             "This node's receipts and credits on the community ledger: ledger status|sync|balance|history"),
         runLedger},
        {"services",
         QT_TRANSLATE_NOOP(
             "cloudyctl",
             "Install and run community services: services list|show|install|launch|stop|remove|logs"),
         runServices},
        {"share",
         QT_TRANSLATE_NOOP("cloudyctl", "Show or change what this computer donates: share status|on|off|set"),
         runShare},
    }};
    return table;
}

int fail(const Error &error, bool json)
{
    if (json)
        printJson({{QStringLiteral("error"), errorJson(error)}});
    printError(error.message);
    return ExitProblemsFound;
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cloudyctl", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(QCoreApplication::translate("cloudyctl", "Try '%1 --help'.").arg(arguments.value(0)));
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        // The generic help says "Usage: cloudyctl [options]"; name the subcommand too.
        const QString program = QCoreApplication::applicationName();
        printText(parser.helpText().replace(program + QLatin1String(" [options]"),
                                            program + QLatin1Char(' ') + arguments.value(0)
                                                + QLatin1String(" [options]")));
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace Cloudy::Ctl
