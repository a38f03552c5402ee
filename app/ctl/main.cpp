// SPDX-License-Identifier: GPL-3.0-or-later
// cloudyctl: every Cloudy Desktop action from a terminal, with --json on every read.
#include "Command.h"
#include "Output.h"
#include "platform/BuildInfo.h"
#include "platform/Settings.h"
#include "platform/Translations.h"

#include <QCoreApplication>

using namespace Cloudy;

namespace {

QString usage()
{
    QString text =
        QCoreApplication::translate("cloudyctl", "Usage: cloudyctl [--version] [--help] COMMAND [OPTIONS]\n\n"
                                                 "Commands:\n");
    for (const Ctl::Command &command : Ctl::commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name), -10)
                    .arg(QCoreApplication::translate("cloudyctl", command.summary));
    text += QCoreApplication::translate("cloudyctl",
                                        "\nRun 'cloudyctl COMMAND --help' for the options of a command.");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    BuildInfo::applyApplicationIdentity(QStringLiteral("cloudyctl"));
    QCoreApplication app(argc, argv);
    installTranslations(Settings().value(Settings::Key::Language).toString());

    const QStringList arguments = app.arguments();
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Ctl::printText(BuildInfo::versionLine(QStringLiteral("cloudyctl")));
        return Ctl::ExitOk;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        Ctl::printText(usage());
        return first.isEmpty() ? Ctl::ExitUsage : Ctl::ExitOk;
    }
    for (const Ctl::Command &command : Ctl::commands()) {
        if (first == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    }
    Ctl::printError(QCoreApplication::translate("cloudyctl", "Unknown command '%1'.").arg(first));
    Ctl::printError(usage());
    return Ctl::ExitUsage;
}
