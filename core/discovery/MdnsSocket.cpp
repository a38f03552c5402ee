// SPDX-License-Identifier: GPL-3.0-or-later
#include "MdnsSocket.h"

#include "DiscoveryLog.h"

#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace Cloudy::Discovery {

namespace {

// Datagrams read per event-loop turn: a flood cannot stall the application.
constexpr int kDatagramsPerTurn = 64;

} // namespace

bool isVirtualInterfaceName(const QString &name)
{
    static const QLatin1String prefixes[] = {
        QLatin1String("virbr"),  QLatin1String("vnet"), QLatin1String("veth"),
        QLatin1String("docker"), QLatin1String("br-"),  QLatin1String("lo"),
    };
    for (const QLatin1String &prefix : prefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}

bool isVpnInterfaceName(const QString &name)
{
    return name.startsWith(QLatin1String("tinc")) || name.startsWith(QLatin1String("tun"))
           || name.startsWith(QLatin1String("tap")) || name.startsWith(QLatin1String("vpn"));
}

bool isMdnsInterface(const QNetworkInterface &interface)
{
    const QNetworkInterface::InterfaceFlags flags = interface.flags();
    if (!interface.isValid() || !(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning)
        || (flags & QNetworkInterface::IsLoopBack))
        return false;
    const QString name = interface.name();
    if (isVpnInterfaceName(name))
        return true;
    return !isVirtualInterfaceName(name) && (flags & QNetworkInterface::CanMulticast);
}

MdnsSocket::MdnsSocket(const QNetworkInterface &interface, QAbstractSocket::NetworkLayerProtocol protocol,
                       QObject *parent)
    : QObject(parent)
    , m_interface(interface)
    , m_interfaceIndex(interface.index())
    , m_interfaceName(interface.name())
    , m_protocol(protocol)
    , m_entries(interface.addressEntries())
{
    if (protocol == QAbstractSocket::IPv6Protocol) {
        m_group = QHostAddress(QStringLiteral("ff02::fb"));
        m_group.setScopeId(m_interfaceName);
    } else {
        m_group = QHostAddress(QStringLiteral("224.0.0.251"));
    }
}

MdnsSocket::~MdnsSocket() = default;

bool MdnsSocket::open(QString *error)
{
    m_socket = new QUdpSocket(this);
    const QHostAddress any = m_protocol == QAbstractSocket::IPv6Protocol
                                 ? QHostAddress(QHostAddress::AnyIPv6)
                                 : QHostAddress(QHostAddress::AnyIPv4);
    // ShareAddress sets SO_REUSEADDR, which avahi-daemon sets too: both can hold 5353.
    if (!m_socket->bind(any, kMdnsPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        *error = tr("cannot bind UDP port %1 for %2: %3")
                     .arg(kMdnsPort)
                     .arg(m_interfaceName, m_socket->errorString());
        return false;
    }
#ifdef Q_OS_LINUX
    // By default Linux delivers a group's datagrams to every socket on the port, whatever interface
    // joined it; off, each socket only gets its own interface's (we also check the interface index).
    const int off = 0;
    const int fd = static_cast<int>(m_socket->socketDescriptor());
#ifdef IP_MULTICAST_ALL
    if (m_protocol == QAbstractSocket::IPv4Protocol)
        ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_ALL, &off, sizeof(off));
#endif
#ifdef IPV6_MULTICAST_ALL
    if (m_protocol == QAbstractSocket::IPv6Protocol)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_ALL, &off, sizeof(off));
#endif
#endif
    if (!m_socket->joinMulticastGroup(m_group, m_interface)) {
        *error =
            tr("cannot join %1 on %2: %3").arg(m_group.toString(), m_interfaceName, m_socket->errorString());
        return false;
    }
    m_socket->setMulticastInterface(m_interface);
    m_socket->setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(255));
    // Loopback on: an avahi-daemon (or any responder) on this same computer must see our queries to answer
    // them. Our own queries come back to us too; the browser ignores every query it receives.
    m_socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
    connect(m_socket, &QUdpSocket::readyRead, this, &MdnsSocket::readPending);
    return true;
}

bool MdnsSocket::send(const QByteArray &packet)
{
    if (!m_socket)
        return false;
    const qint64 written = m_socket->writeDatagram(packet, m_group, kMdnsPort);
    if (written != packet.size()) {
        qCDebug(lcDiscovery) << "mDNS send on" << m_interfaceName << "failed:" << m_socket->errorString();
        return false;
    }
    return true;
}

void MdnsSocket::readPending()
{
    m_readScheduled = false;
    for (int i = 0; i < kDatagramsPerTurn && m_socket->hasPendingDatagrams(); ++i) {
        const qint64 size = m_socket->pendingDatagramSize();
        if (size > kMaxMdnsPacketBytes) {
            m_socket->receiveDatagram(0); // dropped: larger than any mDNS packet may be
            qCInfo(lcDiscovery) << "mDNS datagram of" << size << "bytes on" << m_interfaceName << "dropped";
            continue;
        }
        const QNetworkDatagram datagram = m_socket->receiveDatagram(kMaxMdnsPacketBytes);
        if (!datagram.isValid())
            continue;
        if (datagram.interfaceIndex() != 0 && int(datagram.interfaceIndex()) != m_interfaceIndex)
            continue; // another interface's: its own socket reports it
        Q_EMIT datagramReceived(datagram);
    }
    if (m_socket->hasPendingDatagrams() && !m_readScheduled) {
        m_readScheduled = true;
        QTimer::singleShot(0, this, &MdnsSocket::readPending);
    }
}

bool MdnsSocket::isFromLocalLink(const QNetworkDatagram &datagram) const
{
    if (datagram.hopLimit() == 255)
        return true;
    const QHostAddress source = datagram.senderAddress();
    if (source.isLinkLocal())
        return true;
    for (const QNetworkAddressEntry &entry : m_entries) {
        if (entry.ip().protocol() == source.protocol() && entry.prefixLength() >= 0
            && source.isInSubnet(entry.ip(), entry.prefixLength()))
            return true;
    }
    return false;
}

} // namespace Cloudy::Discovery
