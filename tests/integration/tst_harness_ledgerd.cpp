// SPDX-License-Identifier: GPL-3.0-or-later
// The cloudy-ledgerd the harness started answers on loopback.
#include "TestEnv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

class TestHarnessLedgerd : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    QNetworkReply *get(const QString &path)
    {
        QNetworkRequest request(QUrl(qEnvironmentVariable("CLOUDY_LEDGER_URL") + path));
        request.setTransferTimeout(10000);
        return m_network.get(request);
    }

private Q_SLOTS:
    void health()
    {
        CLOUDY_REQUIRE_SERVICE("ledgerd");
        const QUrl base(qEnvironmentVariable("CLOUDY_LEDGER_URL"));
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1")); // loopback only
        QNetworkReply *reply = get(QStringLiteral("/v1/health"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(body.value(QStringLiteral("version")).toString(), QStringLiteral(CLOUDY_VERSION));
        QCOMPARE(body.value(QStringLiteral("database")).toString(), QStringLiteral("sqlite"));
        reply->deleteLater();
    }

    void unknownPathIsJsonError()
    {
        CLOUDY_REQUIRE_SERVICE("ledgerd");
        QNetworkReply *reply = get(QStringLiteral("/v2/nothing"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        const QJsonObject error =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("/v1")));
        reply->deleteLater();
    }
};

CLOUDY_TEST_MAIN(TestHarnessLedgerd)
#include "tst_harness_ledgerd.moc"
