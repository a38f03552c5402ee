// SPDX-License-Identifier: GPL-3.0-or-later
#include "Capabilities.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Cloudy::Virt {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt)
};

// Reads one <arch name='…'> element of a <guest>, appending its domain types.
void readGuestArch(QXmlStreamReader &xml, GuestCapability &guest)
{
    guest.arch = xml.attributes().value(QLatin1String("name")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("emulator")) {
            guest.emulator = xml.readElementText();
        } else if (xml.name() == QLatin1String("domain")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty() && !guest.domainTypes.contains(type))
                guest.domainTypes.append(type);
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
}

GuestCapability readGuest(QXmlStreamReader &xml)
{
    GuestCapability guest;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("os_type"))
            guest.osType = xml.readElementText();
        else if (xml.name() == QLatin1String("arch"))
            readGuestArch(xml, guest);
        else
            xml.skipCurrentElement();
    }
    return guest;
}

QString readHostArch(QXmlStreamReader &xml)
{
    QString arch;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("cpu")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("arch"))
                    arch = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return arch;
}

} // namespace

QStringList HostCapabilities::domainTypes() const
{
    QStringList types;
    for (const GuestCapability &guest : guests) {
        for (const QString &type : guest.domainTypes) {
            if (!types.contains(type))
                types.append(type);
        }
    }
    return types;
}

bool HostCapabilities::supports(const QString &domainType, const QString &osType) const
{
    for (const GuestCapability &guest : guests) {
        if ((osType.isEmpty() || guest.osType == osType) && guest.domainTypes.contains(domainType))
            return true;
    }
    return false;
}

Result<HostCapabilities> parseCapabilities(const QByteArray &xmlText)
{
    QXmlStreamReader xml(xmlText);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("capabilities"))
        return Error {QStringLiteral("capabilities-format"),
                      Tr::tr("libvirt answered with something that is not a capabilities document.")};

    HostCapabilities caps;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("host"))
            caps.hostArch = readHostArch(xml);
        else if (xml.name() == QLatin1String("guest"))
            caps.guests.append(readGuest(xml));
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return Error {QStringLiteral("capabilities-format"),
                      Tr::tr("libvirt's capabilities document is malformed: %1").arg(xml.errorString())};
    return caps;
}

} // namespace Cloudy::Virt
