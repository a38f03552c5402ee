// SPDX-License-Identifier: GPL-3.0-or-later
#include "AvahiSignals.h"

#include "DiscoveredService.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QMetaType>

namespace Cloudy::Discovery {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Discovery)
};

// Text from the network shown in a log line: control characters escaped, length bounded.
QString printable(const QString &text)
{
    QString out;
    const QString shown = text.left(100);
    for (const QChar c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > shown.size())
        out += QStringLiteral("...");
    return out;
}

bool isPrintableText(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || u == 0xfffd || (u >= 0x80 && u < 0xa0))
            return false;
    }
    // A lone surrogate cannot come from valid UTF-8.
    return text.isValidUtf16();
}

bool hasType(const QVariant &value, QMetaType::Type type)
{
    return value.metaType().id() == type;
}

Error badSignal(const char *signal, const QVariantList &arguments)
{
    QStringList types;
    for (const QVariant &argument : arguments)
        types.append(QString::fromLatin1(argument.typeName()));
    return Error {QStringLiteral("avahi-bad-signal"),
                  Tr::tr("avahi-daemon sent a %1 signal with unexpected arguments (%2).")
                      .arg(QString::fromLatin1(signal), types.join(QLatin1Char(',')))};
}

// "aay" as received (QDBusArgument) or as built by a test (QByteArrayList).
bool byteArrayList(const QVariant &value, QList<QByteArray> *out)
{
    if (value.metaType() == QMetaType::fromType<QDBusArgument>()) {
        const QDBusArgument argument = value.value<QDBusArgument>();
        if (argument.currentSignature() != QLatin1String("aay"))
            return false;
        argument.beginArray();
        while (!argument.atEnd()) {
            QByteArray string;
            argument >> string;
            out->append(string);
        }
        argument.endArray();
        return true;
    }
    if (value.metaType() == QMetaType::fromType<QList<QByteArray>>()) {
        *out = value.value<QList<QByteArray>>();
        return true;
    }
    return false;
}

Result<int> checkedProtocol(int protocol)
{
    if (protocol != kAvahiProtoUnspec && protocol != kAvahiProtoInet && protocol != kAvahiProtoInet6)
        return Error {QStringLiteral("avahi-bad-protocol"),
                      Tr::tr("avahi-daemon reported an unknown address family %1.").arg(protocol)};
    return protocol;
}

} // namespace

bool isAcceptableInstanceName(const QString &name)
{
    return !name.isEmpty() && name.toUtf8().size() <= 63 && isPrintableText(name);
}

bool isAcceptableHostName(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > 255 || !isPrintableText(name))
        return false;
    // No empty label in the middle ("a..local"); a trailing dot is how DNS writes the root.
    const QStringList labels = name.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (labels.at(i).isEmpty() && i != labels.size() - 1)
            return false;
        if (labels.at(i).toUtf8().size() > 63)
            return false;
    }
    return true;
}

bool isAcceptableServiceType(const QString &type)
{
    // "_name._tcp" / "_name._udp" with a name of letters, digits, '-' and '_' (RFC 6335 plus what
    // real networks announce).
    if (type.size() < 7 || type.size() > 70 || !type.startsWith(QLatin1Char('_')))
        return false;
    if (!type.endsWith(QLatin1String("._tcp")) && !type.endsWith(QLatin1String("._udp")))
        return false;
    const QStringView name = QStringView(type).sliced(1, type.size() - 6);
    if (name.isEmpty() || name.size() > 63)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
                        || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

bool isAcceptableDomain(const QString &domain)
{
    return isAcceptableHostName(domain);
}

QAbstractSocket::NetworkLayerProtocol protocolFromAvahi(int protocol)
{
    return protocol == kAvahiProtoInet6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol;
}

Result<AvahiTypeItem> parseAvahiTypeItem(const QVariantList &arguments)
{
    if (arguments.size() != 5 || !hasType(arguments.at(0), QMetaType::Int)
        || !hasType(arguments.at(1), QMetaType::Int) || !hasType(arguments.at(2), QMetaType::QString)
        || !hasType(arguments.at(3), QMetaType::QString) || !hasType(arguments.at(4), QMetaType::UInt))
        return badSignal("ServiceTypeBrowser item", arguments);
    AvahiTypeItem item;
    item.interfaceIndex = arguments.at(0).toInt();
    const Result<int> protocol = checkedProtocol(arguments.at(1).toInt());
    if (!protocol)
        return protocol.error();
    item.protocol = protocol.value();
    item.type = arguments.at(2).toString();
    item.domain = arguments.at(3).toString();
    if (!isAcceptableServiceType(item.type))
        return Error {QStringLiteral("avahi-bad-type"),
                      Tr::tr("Service type '%1' is not a DNS-SD type (_name._tcp or _name._udp).")
                          .arg(printable(item.type))};
    if (!isAcceptableDomain(item.domain))
        return Error {
            QStringLiteral("avahi-bad-domain"),
            Tr::tr("Domain '%1' of service type %2 is not valid.").arg(printable(item.domain), item.type)};
    return item;
}

Result<AvahiServiceItem> parseAvahiServiceItem(const QVariantList &arguments)
{
    if (arguments.size() != 6 || !hasType(arguments.at(0), QMetaType::Int)
        || !hasType(arguments.at(1), QMetaType::Int) || !hasType(arguments.at(2), QMetaType::QString)
        || !hasType(arguments.at(3), QMetaType::QString) || !hasType(arguments.at(4), QMetaType::QString)
        || !hasType(arguments.at(5), QMetaType::UInt))
        return badSignal("ServiceBrowser item", arguments);
    AvahiServiceItem item;
    item.interfaceIndex = arguments.at(0).toInt();
    const Result<int> protocol = checkedProtocol(arguments.at(1).toInt());
    if (!protocol)
        return protocol.error();
    item.protocol = protocol.value();
    item.name = arguments.at(2).toString();
    item.type = arguments.at(3).toString();
    item.domain = arguments.at(4).toString();
    item.flags = arguments.at(5).toUInt();
    if (!isAcceptableInstanceName(item.name))
        return Error {QStringLiteral("avahi-bad-name"),
                      Tr::tr("Service name '%1' (%2) is not valid UTF-8 text of at most 63 bytes.")
                          .arg(printable(item.name), printable(item.type))};
    if (!isAcceptableServiceType(item.type))
        return Error {
            QStringLiteral("avahi-bad-type"),
            Tr::tr("Service '%1' has an invalid type '%2'.").arg(printable(item.name), printable(item.type))};
    if (!isAcceptableDomain(item.domain))
        return Error {QStringLiteral("avahi-bad-domain"),
                      Tr::tr("Service '%1' has an invalid domain '%2'.")
                          .arg(printable(item.name), printable(item.domain))};
    return item;
}

Result<AvahiResolvedService> parseAvahiResolverFound(const QVariantList &arguments)
{
    QList<QByteArray> txtStrings;
    if (arguments.size() != 11 || !hasType(arguments.at(0), QMetaType::Int)
        || !hasType(arguments.at(1), QMetaType::Int) || !hasType(arguments.at(2), QMetaType::QString)
        || !hasType(arguments.at(3), QMetaType::QString) || !hasType(arguments.at(4), QMetaType::QString)
        || !hasType(arguments.at(5), QMetaType::QString) || !hasType(arguments.at(6), QMetaType::Int)
        || !hasType(arguments.at(7), QMetaType::QString) || !hasType(arguments.at(8), QMetaType::UShort)
        || !byteArrayList(arguments.at(9), &txtStrings) || !hasType(arguments.at(10), QMetaType::UInt))
        return badSignal("ServiceResolver Found", arguments);

    AvahiResolvedService service;
    service.interfaceIndex = arguments.at(0).toInt();
    const Result<int> protocol = checkedProtocol(arguments.at(1).toInt());
    if (!protocol)
        return protocol.error();
    service.protocol = protocol.value();
    service.name = arguments.at(2).toString();
    service.type = arguments.at(3).toString();
    service.domain = arguments.at(4).toString();
    service.hostName = arguments.at(5).toString();
    const QString address = arguments.at(7).toString();
    service.port = static_cast<quint16>(arguments.at(8).toUInt());

    if (!isAcceptableInstanceName(service.name) || !isAcceptableServiceType(service.type))
        return Error {QStringLiteral("avahi-bad-name"),
                      Tr::tr("Resolved service '%1' (%2) has an invalid name or type.")
                          .arg(printable(service.name), printable(service.type))};
    if (!isAcceptableHostName(service.hostName))
        return Error {QStringLiteral("avahi-bad-host"),
                      Tr::tr("Service '%1' (%2) names a host that is not valid UTF-8 text: '%3'.")
                          .arg(printable(service.name), service.type, printable(service.hostName))};
    // Avahi prints addresses itself; anything QHostAddress cannot read is not an address.
    if (!service.address.setAddress(address)
        || (service.address.protocol() != QAbstractSocket::IPv4Protocol
            && service.address.protocol() != QAbstractSocket::IPv6Protocol))
        return Error {QStringLiteral("avahi-bad-address"),
                      Tr::tr("Service '%1' (%2) has an invalid address '%3'.")
                          .arg(printable(service.name), service.type, printable(address))};
    Result<TxtEntries> txt = parseTxtStrings(txtStrings, &service.skippedTxt);
    if (!txt)
        return Error {
            txt.error().code,
            Tr::tr("Service '%1' (%2): %3").arg(printable(service.name), service.type, txt.error().message)};
    service.txt = std::move(txt).value();
    return service;
}

} // namespace Cloudy::Discovery
