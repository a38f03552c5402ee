// SPDX-License-Identifier: GPL-3.0-or-later
#include "MdnsSocket.h"

#include "DiscoveryLog.h"

#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

#ifdef Q_OS_LINUX
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace Cloudy::Discovery {

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
    // A burst of responses (avahi answers a browse of 1,000 services with ~50 datagrams within
    // milliseconds, from each host) must wait in the kernel until the next event-loop turn reads it.
    const int current = receiveBufferSize();
    if (m_receiveBufferBytes >= 0 || current < kReceiveBufferBytes)
        m_socket->setSocketOption(
            QAbstractSocket::ReceiveBufferSizeSocketOption,
            QVariant(m_receiveBufferBytes >= 0 ? m_receiveBufferBytes : kReceiveBufferBytes));
    connect(m_socket, &QUdpSocket::readyRead, this, &MdnsSocket::readPending);
    m_stallTimer = new QTimer(this);
    m_stallTimer->setInterval(kStallCheckMs);
    connect(m_stallTimer, &QTimer::timeout, this, &MdnsSocket::checkStalled);
    m_stallTimer->start();
    return true;
}

int MdnsSocket::receiveBufferSize() const
{
    if (!m_socket || m_socket->state() != QAbstractSocket::BoundState)
        return -1;
    bool ok = false;
    const int size = m_socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt(&ok);
    return ok ? size : -1;
}

qint64 MdnsSocket::kernelDrops() const
{
#if defined(Q_OS_LINUX) && defined(SO_MEMINFO)
    if (!m_socket || m_socket->state() != QAbstractSocket::BoundState)
        return -1;
    quint32 memInfo[SK_MEMINFO_VARS] = {};
    socklen_t length = sizeof(memInfo);
    if (::getsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_MEMINFO, memInfo, &length)
            != 0
        || length <= socklen_t(SK_MEMINFO_DROPS * sizeof(quint32)))
        return -1;
    return memInfo[SK_MEMINFO_DROPS];
#else
    return -1;
#endif
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
    ++m_reads;
    for (int i = 0; i < kMaxDatagramsPerRead; ++i) {
        const qint64 size = m_socket->pendingDatagramSize();
        if (size < 0)
            return; // all read
        if (size > kMaxMdnsPacketBytes) {
            m_socket->receiveDatagram(0); // dropped: larger than any mDNS packet may be
            qCInfo(lcDiscovery) << "mDNS datagram of" << size << "bytes on" << m_interfaceName << "dropped";
            continue;
        }
        const QNetworkDatagram datagram = m_socket->receiveDatagram(size);
        if (!datagram.isValid())
            continue;
        if (datagram.interfaceIndex() != 0 && int(datagram.interfaceIndex()) != m_interfaceIndex)
            continue; // another interface's: its own socket reports it
        Q_EMIT datagramReceived(datagram);
    }
    // More may be waiting: the read notifier, enabled again by the last read, reports them on the next
    // event-loop turn (no timer: see the class comment).
}

void MdnsSocket::checkStalled()
{
    // Datagrams waiting at two checks in a row with no read in between: the read notification was lost
    // (see the class comment). Never seen since reads happen only in readPending(); logged if it is.
    const bool waiting = m_socket->hasPendingDatagrams();
    if (waiting && m_waitingAtLastCheck && m_reads == m_readsAtLastCheck) {
        qCWarning(lcDiscovery) << "mDNS: reading on" << m_interfaceName << "had stalled; resumed";
        readPending();
    }
    m_waitingAtLastCheck = waiting;
    m_readsAtLastCheck = m_reads;
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
