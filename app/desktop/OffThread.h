// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <utility>

namespace Cloudy::Desktop {

// Runs work() (blocking calls: the keyring, which may wait seconds for an unlock prompt) in a thread of its
// own and hands its result to done(result) in receiver's thread. When receiver is gone by then, the result
// is only destroyed (a type holding a secret wipes it in its destructor).
template<typename T, typename Work, typename Done> void runOffThread(QObject *receiver, Work work, Done done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        T result = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, result = std::move(result), done = std::move(done)]() mutable {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Cloudy::Desktop
