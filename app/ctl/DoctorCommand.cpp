// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "Output.h"
#include "doctor/Doctor.h"

#include <QCoreApplication>

namespace Cloudy::Ctl {

int runDoctor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cloudyctl", "Checks the system bus, Avahi, libvirt (QEMU, LXC, KVM) and the keyring.\n"
                     "Exit status: 0 when everything needed is available, 1 when something is missing."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cloudyctl", "Print JSON."));
    const QCommandLineOption uri(QStringLiteral("libvirt-uri"),
                                 QCoreApplication::translate("cloudyctl",
                                                             "Check this libvirt URI instead of the "
                                                             "default one."),
                                 QStringLiteral("URI"));
    parser.addOptions({json, uri});
    int exitCode = ExitOk;
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    DoctorOptions options;
    options.libvirtUri = parser.value(uri);
    const DoctorReport report = Doctor(options).run();
    if (parser.isSet(json))
        printJson(report.toJson());
    else
        printText(report.toText());
    return report.allAvailable() ? ExitOk : ExitProblemsFound;
}

} // namespace Cloudy::Ctl
