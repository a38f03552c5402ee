// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLoop.h"

#include "Libvirt.h"
#include "VirtLog.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Cloudy::Virt {

namespace {

// libvirt may add, change and remove watches and timeouts from any thread that uses a connection; Qt's
// notifiers and timers belong to the main thread. So the tables are guarded by a mutex, ids are handed
// out at once, and the Qt objects are created, changed and deleted in the main thread only.
struct Watch
{
    int fd = -1;
    int events = 0;
    virEventHandleCallback callback = nullptr;
    void *opaque = nullptr;
    virFreeCallback freeOpaque = nullptr;
    QPointer<QSocketNotifier> readNotifier;
    QPointer<QSocketNotifier> writeNotifier;
};

struct Timeout
{
    int intervalMs = -1; // -1: disabled; 0: on every event-loop iteration (libvirt's meaning)
    virEventTimeoutCallback callback = nullptr;
    void *opaque = nullptr;
    virFreeCallback freeOpaque = nullptr;
    QPointer<QTimer> timer;
};

struct PendingFree
{
    virFreeCallback freeOpaque;
    void *opaque;
};

std::mutex s_mutex;
int s_nextWatch = 1;
int s_nextTimeout = 1;
std::unordered_map<int, Watch> s_watches;
std::unordered_map<int, Timeout> s_timeouts;
std::vector<PendingFree> s_pendingFrees;
bool s_flushQueued = false;
std::atomic<bool> s_registered {false};

void inMainThread(std::function<void()> work)
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return; // the application is gone: nothing will run the loop any more
    if (QThread::currentThread() == application->thread())
        work();
    else
        QMetaObject::invokeMethod(application, std::move(work), Qt::QueuedConnection);
}

// libvirt requires free callbacks to run outside the dispatch of the watch or timeout being removed (the
// opaque data may be the very object whose callback is running): they run from the next loop iteration.
void flushPendingFrees()
{
    std::vector<PendingFree> frees;
    {
        const std::lock_guard lock(s_mutex);
        frees.swap(s_pendingFrees);
        s_flushQueued = false;
    }
    for (const PendingFree &pending : frees)
        pending.freeOpaque(pending.opaque);
}

void queueFree(virFreeCallback freeOpaque, void *opaque)
{
    if (!freeOpaque)
        return;
    bool queue = false;
    {
        const std::lock_guard lock(s_mutex);
        s_pendingFrees.push_back({freeOpaque, opaque});
        queue = !std::exchange(s_flushQueued, true);
    }
    if (queue && QCoreApplication::instance())
        QMetaObject::invokeMethod(QCoreApplication::instance(), flushPendingFrees, Qt::QueuedConnection);
}

void dispatchHandle(int watchId, int direction)
{
    virEventHandleCallback callback = nullptr;
    void *opaque = nullptr;
    int fd = -1;
    {
        const std::lock_guard lock(s_mutex);
        const auto found = s_watches.find(watchId);
        if (found == s_watches.end() || !(found->second.events & direction))
            return;
        callback = found->second.callback;
        opaque = found->second.opaque;
        fd = found->second.fd;
    }
    // Called without the lock: the callback may update or remove this very watch.
    callback(watchId, fd, direction, opaque);
}

// Main thread: make the notifiers of a watch match its events.
void applyWatch(int watchId)
{
    const std::lock_guard lock(s_mutex);
    const auto found = s_watches.find(watchId);
    if (found == s_watches.end())
        return;
    Watch &watch = found->second;
    const auto ensure = [&](QPointer<QSocketNotifier> &notifier, QSocketNotifier::Type type, int direction) {
        const bool wanted = watch.events & direction;
        if (!notifier && !wanted)
            return;
        if (!notifier) {
            notifier = new QSocketNotifier(watch.fd, type);
            QObject::connect(notifier, &QSocketNotifier::activated, notifier,
                             [watchId, direction] { dispatchHandle(watchId, direction); });
        }
        notifier->setEnabled(wanted);
    };
    ensure(watch.readNotifier, QSocketNotifier::Read, VIR_EVENT_HANDLE_READABLE);
    ensure(watch.writeNotifier, QSocketNotifier::Write, VIR_EVENT_HANDLE_WRITABLE);
}

int addHandle(int fd, int events, virEventHandleCallback callback, void *opaque, virFreeCallback freeOpaque)
{
    int watchId = 0;
    {
        const std::lock_guard lock(s_mutex);
        watchId = s_nextWatch++;
        Watch watch;
        watch.fd = fd;
        watch.events = events;
        watch.callback = callback;
        watch.opaque = opaque;
        watch.freeOpaque = freeOpaque;
        s_watches.emplace(watchId, std::move(watch));
    }
    qCDebug(lcVirt) << "event loop: add handle" << watchId << "fd" << fd << "events" << events;
    inMainThread([watchId] { applyWatch(watchId); });
    return watchId;
}

void updateHandle(int watchId, int events)
{
    {
        const std::lock_guard lock(s_mutex);
        const auto found = s_watches.find(watchId);
        if (found == s_watches.end())
            return;
        found->second.events = events;
    }
    inMainThread([watchId] { applyWatch(watchId); });
}

int removeHandle(int watchId)
{
    Watch watch;
    {
        const std::lock_guard lock(s_mutex);
        const auto found = s_watches.find(watchId);
        if (found == s_watches.end())
            return -1;
        watch = std::move(found->second);
        s_watches.erase(found);
    }
    qCDebug(lcVirt) << "event loop: remove handle" << watchId;
    // deleteLater: the notifier may be emitting activated() right now (the callback removed its own watch).
    inMainThread([read = watch.readNotifier, write = watch.writeNotifier] {
        for (QSocketNotifier *notifier : {read.data(), write.data()}) {
            if (notifier) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
        }
    });
    queueFree(watch.freeOpaque, watch.opaque);
    return 0;
}

void dispatchTimeout(int timeoutId)
{
    virEventTimeoutCallback callback = nullptr;
    void *opaque = nullptr;
    {
        const std::lock_guard lock(s_mutex);
        const auto found = s_timeouts.find(timeoutId);
        if (found == s_timeouts.end() || found->second.intervalMs < 0)
            return;
        callback = found->second.callback;
        opaque = found->second.opaque;
    }
    callback(timeoutId, opaque);
}

// Main thread: make the QTimer of a timeout match its interval (libvirt's update restarts the period).
void applyTimeout(int timeoutId)
{
    const std::lock_guard lock(s_mutex);
    const auto found = s_timeouts.find(timeoutId);
    if (found == s_timeouts.end())
        return;
    Timeout &timeout = found->second;
    if (!timeout.timer) {
        if (timeout.intervalMs < 0)
            return;
        timeout.timer = new QTimer;
        timeout.timer->setTimerType(Qt::PreciseTimer);
        QObject::connect(timeout.timer, &QTimer::timeout, timeout.timer,
                         [timeoutId] { dispatchTimeout(timeoutId); });
    }
    if (timeout.intervalMs < 0)
        timeout.timer->stop();
    else
        timeout.timer->start(timeout.intervalMs);
}

int addTimeout(int intervalMs, virEventTimeoutCallback callback, void *opaque, virFreeCallback freeOpaque)
{
    int timeoutId = 0;
    {
        const std::lock_guard lock(s_mutex);
        timeoutId = s_nextTimeout++;
        Timeout timeout;
        timeout.intervalMs = intervalMs;
        timeout.callback = callback;
        timeout.opaque = opaque;
        timeout.freeOpaque = freeOpaque;
        s_timeouts.emplace(timeoutId, std::move(timeout));
    }
    inMainThread([timeoutId] { applyTimeout(timeoutId); });
    return timeoutId;
}

void updateTimeout(int timeoutId, int intervalMs)
{
    {
        const std::lock_guard lock(s_mutex);
        const auto found = s_timeouts.find(timeoutId);
        if (found == s_timeouts.end())
            return;
        found->second.intervalMs = intervalMs;
    }
    inMainThread([timeoutId] { applyTimeout(timeoutId); });
}

int removeTimeout(int timeoutId)
{
    Timeout timeout;
    {
        const std::lock_guard lock(s_mutex);
        const auto found = s_timeouts.find(timeoutId);
        if (found == s_timeouts.end())
            return -1;
        timeout = std::move(found->second);
        s_timeouts.erase(found);
    }
    inMainThread([timer = timeout.timer] {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
    });
    queueFree(timeout.freeOpaque, timeout.opaque);
    return 0;
}

} // namespace

bool useQtEventLoop()
{
    static std::mutex registration;
    const std::lock_guard lock(registration);
    if (s_registered)
        return true;
    if (!QCoreApplication::instance()) {
        qCDebug(lcVirt) << "no QCoreApplication yet: libvirt events stay off until one exists";
        return false;
    }
    virEventRegisterImpl(addHandle, updateHandle, removeHandle, addTimeout, updateTimeout, removeTimeout);
    // Free callbacks still queued when the application ends run from its destructor.
    qAddPostRoutine(flushPendingFrees);
    s_registered = true;
    qCDebug(lcVirt) << "libvirt runs on the Qt event loop";
    return true;
}

bool qtEventLoopRegistered()
{
    return s_registered;
}

} // namespace Cloudy::Virt
