// SPDX-License-Identifier: GPL-3.0-or-later
// cloudy-ledgerd: the community ledger a microcloud runs.
#include "LedgerServer.h"
#include "ledger/DatabaseSpec.h"
#include "ledger/RewardPolicy.h"
#include "platform/BuildInfo.h"
#include "platform/Paths.h"
#include "platform/Settings.h"
#include "platform/TerminationSignals.h"
#include "platform/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdio>

using namespace Cloudy;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "cloudy-ledgerd: %s\n", qPrintable(message));
}

// The reward policy of --policy: the JSON object GET /v1/policy serves.
Result<Ledger::RewardPolicy> readPolicy(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("bad-policy"),
                      QCoreApplication::translate("cloudy-ledgerd", "Cannot read the reward policy %1: %2.")
                          .arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    if (!document.isObject())
        return Error {
            QStringLiteral("bad-policy"),
            QCoreApplication::translate("cloudy-ledgerd", "The reward policy %1 is not a JSON object (%2).")
                .arg(path, parseError.error != QJsonParseError::NoError
                               ? parseError.errorString()
                               : QCoreApplication::translate("cloudy-ledgerd", "not an object"))};
    const auto policy = Ledger::RewardPolicy::fromJson(document.object());
    if (!policy)
        return Error {QStringLiteral("bad-policy"),
                      QCoreApplication::translate("cloudy-ledgerd", "The reward policy %1 is refused: %2")
                          .arg(path, policy.error().message)};
    return policy.value();
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
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QCoreApplication::translate("cloudy-ledgerd",
                                                                 "Serve HTTPS with this PEM certificate "
                                                                 "(needs --tls-key)."),
                                     QStringLiteral("PEM"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("cloudy-ledgerd", "The PEM private key of --tls-cert."),
        QStringLiteral("PEM"));
    const QCommandLineOption addressRate(
        QStringLiteral("address-rate"),
        QCoreApplication::translate("cloudy-ledgerd", "Requests per second one client address may send "
                                                      "(default 20, bursts of five times as many)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption nodeRate(
        QStringLiteral("node-rate"),
        QCoreApplication::translate("cloudy-ledgerd", "Entries per minute one node may send (default 600, "
                                                      "bursts of twice as many)."),
        QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption clientTimeout(
        QStringLiteral("client-timeout"),
        QCoreApplication::translate("cloudy-ledgerd",
                                    "Seconds a connection may stay silent before it is closed "
                                    "(default 10; none lives longer than six times that)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption policyFile(
        QStringLiteral("policy"),
        QCoreApplication::translate("cloudy-ledgerd",
                                    "The reward policy, a JSON file as GET /v1/policy serves it (default: "
                                    "1000 millicredits per core-hour, 250 per GiB-hour of memory, 5 per "
                                    "GiB-hour of disk, no effort weighting)."),
        QStringLiteral("FILE.json"));
    parser.addOptions({db, listen, tlsCert, tlsKey, addressRate, nodeRate, clientTimeout, policyFile});
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

    bool addressRateOk = false;
    bool nodeRateOk = false;
    LedgerServer::Limits limits;
    limits.addressPerSecond = parser.value(addressRate).toDouble(&addressRateOk);
    limits.addressBurst = limits.addressPerSecond * 5;
    limits.nodePerMinute = parser.value(nodeRate).toDouble(&nodeRateOk);
    limits.nodeBurst = limits.nodePerMinute * 2;
    bool timeoutOk = false;
    const double timeoutSeconds = parser.value(clientTimeout).toDouble(&timeoutOk);
    limits.idleTimeoutMs = int(timeoutSeconds * 1000);
    limits.connectionLifetimeMs = limits.idleTimeoutMs * 6;
    if (!addressRateOk || !nodeRateOk || !timeoutOk || limits.addressPerSecond <= 0
        || limits.nodePerMinute <= 0 || timeoutSeconds < 0.5 || timeoutSeconds > 3600) {
        fail(QCoreApplication::translate("cloudy-ledgerd",
                                         "--address-rate and --node-rate must be positive "
                                         "numbers, --client-timeout from 0.5 to 3600 seconds."));
        return 2;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        fail(QCoreApplication::translate("cloudy-ledgerd", "--tls-cert and --tls-key go together."));
        return 2;
    }

    Ledger::RewardPolicy policy;
    if (parser.isSet(policyFile)) {
        const auto read = readPolicy(parser.value(policyFile));
        if (!read) {
            fail(read.error().message);
            return 2;
        }
        policy = read.value();
    }

    LedgerServer server(policy);
    server.setLimits(limits);
    if (parser.isSet(tlsCert)) {
        if (const auto tls = server.setupTls(parser.value(tlsCert), parser.value(tlsKey)); !tls) {
            fail(tls.error().message);
            return 1;
        }
    }
    if (const auto opened = server.openDatabase(spec.value()); !opened) {
        fail(opened.error().message);
        return 1;
    }
    const auto bound = server.listen(address, static_cast<quint16>(port));
    if (!bound) {
        fail(bound.error().message);
        return 1;
    }
    std::printf("cloudy-ledgerd listening on %s://%s:%u/v1/\n", parser.isSet(tlsCert) ? "https" : "http",
                qPrintable(listenText.left(colon)), bound.value());
    std::fflush(stdout);

    // A clean stop on SIGTERM/SIGINT (systemd, Ctrl+C) so the database is closed properly.
    quitOnTerminationSignals();
    return app.exec();
}
