// SPDX-License-Identifier: GPL-3.0-or-later
// AvahiBrowser offline: the checks on what avahi-daemon's signals carry (AvahiSignals.h), and the
// browser's state when there is no bus at all. The real daemon is in tests/integration/tst_avahi_browser.
#include "TestEnv.h"
#include "discovery/AvahiBrowser.h"
#include "discovery/AvahiSignals.h"
#include "discovery/DiscoveredService.h"

#include <QSignalSpy>

using namespace Cloudy::Discovery;

namespace {

// ServiceResolver Found as QDBusMessage::arguments() gives it (TXT as a QByteArrayList here).
QVariantList found(const QString &name, const QString &host, const QString &address,
                   const QList<QByteArray> &txt, int protocol = kAvahiProtoInet)
{
    return {2,    protocol,        name,    QStringLiteral("_tahoe-lafs._tcp"), QStringLiteral("local"),
            host, kAvahiProtoInet, address, QVariant::fromValue(quint16(3456)), QVariant::fromValue(txt),
            0u};
}

QVariantList item(const QString &name, const QString &type = QStringLiteral("_http._tcp"), int protocol = 0)
{
    return {3, protocol, name, type, QStringLiteral("local"), 4u};
}

} // namespace

class TestAvahiBrowserUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFound()
    {
        const auto service = parseAvahiResolverFound(
            found(QStringLiteral("Gràcia Tahoe — ñ"), QStringLiteral("node2.guifi.local"),
                  QStringLiteral("10.1.2.3"), {"MC=gracia", "node=n2", "flag", ""}));
        QVERIFY2(service.ok(), qPrintable(service.error().message));
        QCOMPARE(service->interfaceIndex, 2);
        QCOMPARE(service->name, QStringLiteral("Gràcia Tahoe — ñ"));
        QCOMPARE(service->type, QStringLiteral("_tahoe-lafs._tcp"));
        QCOMPARE(service->hostName, QStringLiteral("node2.guifi.local"));
        QCOMPARE(service->address, QHostAddress(QStringLiteral("10.1.2.3")));
        QCOMPARE(service->port, quint16(3456));
        QCOMPARE(service->txt.value(QStringLiteral("mc")), QByteArray("gracia"));
        QCOMPARE(service->txt.value(QStringLiteral("node")), QByteArray("n2"));
        QVERIFY(service->txt.contains(QStringLiteral("flag")));
        QVERIFY(service->txt.value(QStringLiteral("flag")).isNull());
        QVERIFY(service->skippedTxt.isEmpty());
    }

    void parsesIpv6Found()
    {
        const auto service = parseAvahiResolverFound(found(QStringLiteral("n"), QStringLiteral("h.local"),
                                                           QStringLiteral("fe80::1"), {}, kAvahiProtoInet6));
        QVERIFY(service.ok());
        QCOMPARE(service->address.protocol(), QAbstractSocket::IPv6Protocol);
        QCOMPARE(protocolFromAvahi(service->protocol), QAbstractSocket::IPv6Protocol);
        QCOMPARE(protocolFromAvahi(kAvahiProtoInet), QAbstractSocket::IPv4Protocol);
    }

    void skipsInvalidTxtKeys()
    {
        const auto service = parseAvahiResolverFound(found(QStringLiteral("n"), QStringLiteral("h.local"),
                                                           QStringLiteral("10.0.0.1"), {"=nokey", "a=1"}));
        QVERIFY(service.ok());
        QCOMPARE(service->txt.size(), 1);
        QCOMPARE(service->skippedTxt.size(), 1);
    }

    void rejectsTxtOver8KB()
    {
        QList<QByteArray> txt;
        for (int i = 0; i < 40; ++i)
            txt.append("k" + QByteArray::number(i) + '=' + QByteArray(250, 'x'));
        const auto service = parseAvahiResolverFound(
            found(QStringLiteral("n"), QStringLiteral("h.local"), QStringLiteral("10.0.0.1"), txt));
        QVERIFY(!service.ok());
        QCOMPARE(service.error().code, QStringLiteral("txt-too-large"));
    }

    void rejectsBadAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("empty") << QString();
        QTest::newRow("octet") << QStringLiteral("10.0.0.300");
        QTest::newRow("text") << QStringLiteral("mc1.local");
    }

    void rejectsBadAddresses()
    {
        QFETCH(QString, address);
        const auto service =
            parseAvahiResolverFound(found(QStringLiteral("n"), QStringLiteral("h.local"), address, {}));
        QVERIFY(!service.ok());
        QCOMPARE(service.error().code, QStringLiteral("avahi-bad-address"));
    }

    void rejectsBadHostNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("empty") << QString();
        QTest::newRow("empty label") << QStringLiteral("a..local");
        QTest::newRow("replacement character") << QStringLiteral("gr\uFFFDcia.local");
        QTest::newRow("control character") << QStringLiteral("a\nb.local");
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".local");
    }

    void rejectsBadHostNames()
    {
        QFETCH(QString, host);
        const auto service =
            parseAvahiResolverFound(found(QStringLiteral("n"), host, QStringLiteral("10.0.0.1"), {}));
        QVERIFY(!service.ok());
        QCOMPARE(service.error().code, QStringLiteral("avahi-bad-host"));
    }

    void rejectsUnexpectedSignatures()
    {
        QVariantList arguments =
            found(QStringLiteral("n"), QStringLiteral("h.local"), QStringLiteral("10.0.0.1"), {});
        arguments[8] = 3456; // port as "i", not "q"
        QCOMPARE(parseAvahiResolverFound(arguments).error().code, QStringLiteral("avahi-bad-signal"));
        arguments = found(QStringLiteral("n"), QStringLiteral("h.local"), QStringLiteral("10.0.0.1"), {});
        arguments.removeLast();
        QCOMPARE(parseAvahiResolverFound(arguments).error().code, QStringLiteral("avahi-bad-signal"));
        arguments = found(QStringLiteral("n"), QStringLiteral("h.local"), QStringLiteral("10.0.0.1"), {});
        arguments[9] = QStringList {QStringLiteral("a=1")}; // "as", not "aay"
        QCOMPARE(parseAvahiResolverFound(arguments).error().code, QStringLiteral("avahi-bad-signal"));
        QCOMPARE(parseAvahiServiceItem({1, 0, QStringLiteral("n")}).error().code,
                 QStringLiteral("avahi-bad-signal"));
        QCOMPARE(parseAvahiTypeItem({}).error().code, QStringLiteral("avahi-bad-signal"));
    }

    void checksServiceItems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("error"); // empty: accepted

        QTest::newRow("plain") << QStringLiteral("Syncthing") << QStringLiteral("_syncthing._tcp") << 0
                               << QString();
        QTest::newRow("non-ASCII") << QStringLiteral("Gràcia Tahoe — ñ") << QStringLiteral("_http._tcp") << 1
                                   << QString();
        QTest::newRow("dots and spaces")
            << QStringLiteral("node1. cloud A") << QStringLiteral("_http._udp") << 0 << QString();
        QTest::newRow("63 bytes") << QString(63, QLatin1Char('x')) << QStringLiteral("_http._tcp") << 0
                                  << QString();
        QTest::newRow("64 bytes") << QString(64, QLatin1Char('x')) << QStringLiteral("_http._tcp") << 0
                                  << QStringLiteral("avahi-bad-name");
        QTest::newRow("32 two-byte characters") << QString(32, QChar(0xe0)) << QStringLiteral("_http._tcp")
                                                << 0 << QStringLiteral("avahi-bad-name");
        QTest::newRow("empty") << QString() << QStringLiteral("_http._tcp") << 0
                               << QStringLiteral("avahi-bad-name");
        QTest::newRow("was not UTF-8") << QStringLiteral("Gr\uFFFDcia") << QStringLiteral("_http._tcp") << 0
                                       << QStringLiteral("avahi-bad-name");
        QTest::newRow("control") << QStringLiteral("a\x01") << QStringLiteral("_http._tcp") << 0
                                 << QStringLiteral("avahi-bad-name");
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QStringLiteral("_http._tcp") << 0
                                        << QStringLiteral("avahi-bad-name");
        QTest::newRow("type without underscore")
            << QStringLiteral("n") << QStringLiteral("http._tcp") << 0 << QStringLiteral("avahi-bad-type");
        QTest::newRow("type sctp") << QStringLiteral("n") << QStringLiteral("_http._sctp") << 0
                                   << QStringLiteral("avahi-bad-type");
        QTest::newRow("type with space")
            << QStringLiteral("n") << QStringLiteral("_a b._tcp") << 0 << QStringLiteral("avahi-bad-type");
        QTest::newRow("unknown protocol") << QStringLiteral("n") << QStringLiteral("_http._tcp") << 7
                                          << QStringLiteral("avahi-bad-protocol");
    }

    void checksServiceItems()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(int, protocol);
        QFETCH(QString, error);
        const auto parsed = parseAvahiServiceItem(item(name, type, protocol));
        if (error.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
            QCOMPARE(parsed->name, name);
            QCOMPARE(parsed->type, type);
            QCOMPARE(parsed->interfaceIndex, 3);
            QCOMPARE(parsed->flags, 4u);
        } else {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, error);
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }

    void checksTypeItems()
    {
        const auto type =
            parseAvahiTypeItem({2, 0, QStringLiteral("_tincvpn._tcp"), QStringLiteral("local"), 0u});
        QVERIFY(type.ok());
        QCOMPARE(type->type, QStringLiteral("_tincvpn._tcp"));
        QCOMPARE(type->domain, QStringLiteral("local"));
        QCOMPARE(
            parseAvahiTypeItem({2, 0, QStringLiteral("_x\n._tcp"), QStringLiteral("local"), 0u}).error().code,
            QStringLiteral("avahi-bad-type"));
        QCOMPARE(parseAvahiTypeItem({2, 0, QStringLiteral("_x._tcp"), QString(), 0u}).error().code,
                 QStringLiteral("avahi-bad-domain"));
    }

    // No bus at all: Failed at once, with a sentence, and no crash on stop/start.
    void failsWithoutBus()
    {
        const QDBusConnection bus = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/cloudy-test-bus"), QStringLiteral("cloudy-test-nobus"));
        QVERIFY(!bus.isConnected());
        AvahiBrowser browser(bus);
        QCOMPARE(browser.backendName(), QStringLiteral("avahi"));
        QSignalSpy states(&browser, &ServiceBrowser::stateChanged);
        browser.start();
        QCOMPARE(browser.state(), ServiceBrowser::State::Failed);
        QVERIFY(browser.errorString().contains(QLatin1String("D-Bus")));
        QCOMPARE(states.size(), 1);
        browser.stop();
        QCOMPARE(browser.state(), ServiceBrowser::State::Idle);
        QDBusConnection::disconnectFromBus(QStringLiteral("cloudy-test-nobus"));
    }
};

CLOUDY_TEST_MAIN(TestAvahiBrowserUnit)
#include "tst_avahibrowser_unit.moc"
