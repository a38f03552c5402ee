// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QNetworkAddressEntry>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QObject>

class QTimer;
class QUdpSocket;

namespace Cloudy::Discovery {

inline constexpr quint16 kMdnsPort = 5353;
inline constexpr int kMaxMdnsPacketBytes = 9000; // RFC 6762 17: larger datagrams are not read

// Names of interfaces that libvirt, containers and bridges create (virbr0, vnet3, veth…, docker0,
// br-1234…) and loopback: mDNS there finds our own guests, not the community network. Decided by name,
// not by the kernel's link type: the test harness's hosts and many containers see their real LAN
// through a veth called eth0.
bool isVirtualInterfaceName(const QString &name);
// VPN interfaces (Tinc, tun, tap): Cloudy microclouds arrive over Tinc, so these are always browsed.
bool isVpnInterfaceName(const QString &name);
// Up, running, not loopback, not virtual, and multicast-capable (VPN interfaces even without the flag).
bool isMdnsInterface(const QNetworkInterface &interface);

// One UDP socket on port 5353 for one interface and address family: joined to 224.0.0.251 or ff02::fb
// there, sending there with TTL/hop limit 255 and multicast loopback on (a responder on this computer must
// see our queries). It shares the port
// (SO_REUSEADDR/SO_REUSEPORT) so it works beside an avahi-daemon on the same host, and it only reports
// datagrams that arrived on its interface.
//
// Reading: every read notification drains up to kMaxDatagramsPerRead datagrams and reports each at once;
// the receiver only queues them (MdnsBrowser parses them later, a bounded amount per event-loop turn), so
// the kernel's receive buffer (asked to be kReceiveBufferBytes) empties as fast as datagrams arrive and a
// burst of responses is not dropped. Datagrams are read only from the read notification: QUdpSocket
// reports readyRead again only after a datagram was read following the previous readyRead, so reading
// from elsewhere (a timer) can consume the datagram a notification was already queued for; that
// notification then finds nothing, and the socket never reports anything again.
class MdnsSocket : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReceiveBufferBytes = 1 << 20; // the kernel caps it at net.core.rmem_max
    static constexpr int kMaxDatagramsPerRead = 64; // then the event loop runs; the notifier fires again
    static constexpr int kStallCheckMs = 2000;

    MdnsSocket(const QNetworkInterface &interface, QAbstractSocket::NetworkLayerProtocol protocol,
               QObject *parent = nullptr);
    ~MdnsSocket() override;

    // The receive buffer open() asks for: by default at least kReceiveBufferBytes (a larger system
    // default is kept); tests ask for a tiny one to make the kernel drop datagrams in a burst.
    void setReceiveBufferSize(int bytes) { m_receiveBufferBytes = bytes; }
    // Binds and joins the group; false with *error set when that fails.
    bool open(QString *error);
    bool send(const QByteArray &packet);

    // The receive buffer the kernel granted (it doubles what is asked for), -1 when not open.
    int receiveBufferSize() const;
    // Datagrams the kernel dropped because the receive buffer was full (Linux: SO_MEMINFO), -1 unknown.
    qint64 kernelDrops() const;

    int interfaceIndex() const { return m_interfaceIndex; }
    QString interfaceName() const { return m_interfaceName; }
    QAbstractSocket::NetworkLayerProtocol protocol() const { return m_protocol; }
    QHostAddress groupAddress() const { return m_group; }

    // RFC 6762 11: a response must come from the local link: hop limit 255 (when the kernel reports it),
    // or a source on one of the interface's subnets (or IPv6 link-local).
    bool isFromLocalLink(const QNetworkDatagram &datagram) const;
    void setAddressEntries(const QList<QNetworkAddressEntry> &entries) { m_entries = entries; }

Q_SIGNALS:
    void datagramReceived(const QNetworkDatagram &datagram);

private:
    void readPending();
    void checkStalled();

    QUdpSocket *m_socket = nullptr;
    QNetworkInterface m_interface;
    int m_interfaceIndex;
    QString m_interfaceName;
    QAbstractSocket::NetworkLayerProtocol m_protocol;
    QHostAddress m_group;
    QList<QNetworkAddressEntry> m_entries;
    int m_receiveBufferBytes = -1; // -1: at least kReceiveBufferBytes
    // A safety net for the rule above: reading stalled with datagrams waiting for two checks in a row.
    QTimer *m_stallTimer = nullptr;
    quint64 m_reads = 0;
    quint64 m_readsAtLastCheck = 0;
    bool m_waitingAtLastCheck = false;
};

} // namespace Cloudy::Discovery
