// SPDX-License-Identifier: GPL-3.0-or-later
// cloudy-ledgerd: the community ledger a microcloud runs.
#include "LedgerServer.h"
#include "ledger/DatabaseSpec.h"
#include "platform/BuildInfo.h"
#include "platform/Paths.h"
#include "platform/Settings.h"
#include "platform/TerminationSignals.h"
#include "platform/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Cloudy;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "cloudy-ledgerd: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    BuildInfo::applyApplicationIdentity(QStringLiteral("cloudy-ledgerd"));
    QCoreApplication app(argc, argv);
    installTranslations(Settings().value(Settings::Key::Language).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cloudy-ledgerd", "The community ledger of a microcloud: stores signed contribution receipts and "
                          "serves balances over HTTP (API under /v1)."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        QStringList {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("cloudy-ledgerd", "Print the version."));
    parser.addOption(versionOption);
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("cloudy-ledgerd",
                                                            "Database: sqlite:PATH (default, in "
                                                            "the data folder) or "
                                                            "postgresql://USER@HOST:PORT/DB."),
                                QStringLiteral("SPEC"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QCoreApplication::translate("cloudy-ledgerd",
                                                                "Address and port to listen on "
                                                                "(default 127.0.0.1:8787)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8787"));
    parser.addOptions({db, listen});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::printf("%s\n", qPrintable(BuildInfo::versionLine(QStringLiteral("cloudy-ledgerd"))));
        return 0;
    }

    const QString dbText =
        parser.isSet(db) ? parser.value(db)
                         : QStringLiteral("sqlite:") + Paths::dataDir() + QStringLiteral("/ledger.sqlite");
    const auto spec = Ledger::parseDatabaseSpec(dbText);
    if (!spec) {
        fail(spec.error().message);
        return 2;
    }

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listenText.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listenText.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull()) {
        fail(QCoreApplication::translate("cloudy-ledgerd",
                                         "'%1' is not an address to listen on; use ADDR:PORT, for "
                                         "example 127.0.0.1:8787 or [::1]:8787.")
                 .arg(listenText));
        return 2;
    }

    LedgerServer server;
    if (const auto opened = server.openDatabase(spec.value()); !opened) {
        fail(opened.error().message);
        return 1;
    }
    const auto bound = server.listen(address, static_cast<quint16>(port));
    if (!bound) {
        fail(bound.error().message);
        return 1;
    }
    std::printf("cloudy-ledgerd listening on http://%s:%u/v1/\n", qPrintable(listenText.left(colon)),
                bound.value());
    std::fflush(stdout);

    // A clean stop on SIGTERM/SIGINT (systemd, Ctrl+C) so the database is closed properly.
    quitOnTerminationSignals();
    return app.exec();
}
