// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveredService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QQueue>
#include <QTimer>

namespace Cloudy::Discovery {

// Measures how near a service is: the time a TCP connect to its advertised port takes (the handshake's
// round trip). Bounded and polite, since it runs against every service on a community network: at most
// maxConcurrent probes at once, at most maxPerSecond started per second, each abandoned after timeoutMs,
// and one target probed again only after minIntervalMs. The connection is closed as soon as it opens.
class RttProber final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConcurrent = 4;
        int maxPerSecond = 8;
        int timeoutMs = 1500;
        int minIntervalMs = 60000;
        int maxQueued = 2048; // beyond this, new requests are dropped (and measured later on refresh)
    };

    explicit RttProber(QObject *parent = nullptr);
    RttProber(Limits limits, QObject *parent);

    // Queues a probe of the first address that answers (tried in order).
    void probe(const ServiceKey &key, const QList<QHostAddress> &addresses, quint16 port);

    int queued() const { return int(m_queue.size()); }
    int running() const { return m_running; }

Q_SIGNALS:
    // rttMs = -1 when nothing answered within the timeout.
    void measured(const Cloudy::Discovery::ServiceKey &key, int rttMs);

private:
    struct Request
    {
        ServiceKey key;
        QList<QHostAddress> addresses;
        quint16 port = 0;
    };
    void pump();
    void start(const Request &request);

    Limits m_limits;
    QQueue<Request> m_queue;
    QHash<QString, qint64> m_lastProbe; // "address|port" -> m_clock ms
    QElapsedTimer m_clock;
    QList<qint64> m_recentStarts; // start times within the last second
    QTimer m_pumpTimer;
    int m_running = 0;
};

} // namespace Cloudy::Discovery
