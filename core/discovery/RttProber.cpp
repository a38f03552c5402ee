// SPDX-License-Identifier: GPL-3.0-or-later
#include "RttProber.h"

#include "DiscoveryLog.h"

#include <QTcpSocket>

namespace Cloudy::Discovery {

namespace {

QString targetKey(const QList<QHostAddress> &addresses, quint16 port)
{
    return (addresses.isEmpty() ? QString() : addresses.constFirst().toString()) + QLatin1Char('|')
           + QString::number(port);
}

} // namespace

RttProber::RttProber(QObject *parent)
    : RttProber(Limits(), parent)
{ }

RttProber::RttProber(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &RttProber::pump);
}

void RttProber::probe(const ServiceKey &key, const QList<QHostAddress> &addresses, quint16 port)
{
    if (addresses.isEmpty() || port == 0)
        return;
    const QString target = targetKey(addresses, port);
    const auto last = m_lastProbe.constFind(target);
    if (last != m_lastProbe.cend() && m_clock.elapsed() - *last < m_limits.minIntervalMs)
        return;
    if (m_queue.size() >= m_limits.maxQueued) {
        qCDebug(lcDiscovery) << "RTT probe queue full; not measuring" << key.name;
        return;
    }
    m_lastProbe.insert(target, m_clock.elapsed());
    m_queue.enqueue({key, addresses.mid(0, 4), port});
    pump();
}

void RttProber::pump()
{
    const qint64 now = m_clock.elapsed();
    while (!m_recentStarts.isEmpty() && now - m_recentStarts.constFirst() >= 1000)
        m_recentStarts.removeFirst();
    while (!m_queue.isEmpty() && m_running < m_limits.maxConcurrent
           && m_recentStarts.size() < m_limits.maxPerSecond) {
        m_recentStarts.append(now);
        start(m_queue.dequeue());
    }
    if (!m_queue.isEmpty() && !m_pumpTimer.isActive() && m_running < m_limits.maxConcurrent) {
        // Rate-limited: come back when the oldest start leaves the one-second window.
        const qint64 wait = m_recentStarts.isEmpty() ? 0 : 1000 - (now - m_recentStarts.constFirst());
        m_pumpTimer.start(int(std::max<qint64>(wait, 1)));
    }
}

void RttProber::start(const Request &request)
{
    ++m_running;
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto clock = std::make_shared<QElapsedTimer>();
    auto remaining = std::make_shared<QList<QHostAddress>>(request.addresses);

    const auto finish = [this, socket, timer, key = request.key](int rttMs) {
        timer->stop();
        timer->disconnect(this);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        --m_running;
        Q_EMIT measured(key, rttMs);
        pump();
    };
    const auto tryNext = [socket, timer, clock, remaining, port = request.port, this]() {
        const QHostAddress address = remaining->takeFirst();
        clock->start();
        timer->start(m_limits.timeoutMs);
        socket->abort();
        socket->connectToHost(address, port);
    };
    connect(socket, &QTcpSocket::connected, this,
            [finish, clock]() { finish(int(std::max<qint64>(clock->elapsed(), 0))); });
    const auto failed = [finish, remaining, tryNext]() {
        if (remaining->isEmpty())
            finish(-1);
        else
            tryNext();
    };
    connect(socket, &QTcpSocket::errorOccurred, this, failed);
    connect(timer, &QTimer::timeout, this, failed);
    tryNext();
}

} // namespace Cloudy::Discovery
