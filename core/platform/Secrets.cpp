// SPDX-License-Identifier: GPL-3.0-or-later
#include "Secrets.h"

#include "BuildInfo.h"
#include "PlatformLog.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <algorithm>
#include <iterator>
#include <memory>
#include <optional>

namespace Cloudy {

namespace {

bool noKeyringMessage(const QString &message)
{
    static const char *const markers[] = {
        "D-Bus", // "Cannot autolaunch D-Bus without X11 $DISPLAY"
        "Could not connect", // the session bus address points nowhere
        "org.freedesktop.secrets", // no Secret Service provider on the bus
        "ServiceUnknown",
    };
    return std::any_of(std::begin(markers), std::end(markers), [&message](const char *marker) {
        return message.contains(QLatin1String(marker), Qt::CaseInsensitive);
    });
}

SecretResult fromJob(const QKeychain::Job &job, QByteArray data)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        result.data = std::move(data);
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
        result.status = SecretResult::Status::NoKeyring;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Denied;
        break;
    case QKeychain::OtherError:
        // QtKeychain (through libsecret) reports "no session bus" and "no Secret Service on the bus" as
        // OtherError; only the message tells them from other failures.
        result.status = noKeyringMessage(job.errorString()) ? SecretResult::Status::NoKeyring
                                                            : SecretResult::Status::Failed;
        break;
    default:
        result.status = SecretResult::Status::Failed;
        break;
    }
    result.message = job.errorString();
    return result;
}

bool worthRetrying(const SecretResult &result)
{
    // A keyring daemon that is being activated on the bus may fail the first call; a missing one won't
    // come back within a second, so only plain failures are retried.
    return result.status == SecretResult::Status::Failed;
}

} // namespace

QString SecretResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::NoKeyring:
        return QStringLiteral("no-keyring");
    case Status::Denied:
        return QStringLiteral("denied");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::TimedOut:
        return QStringLiteral("timed-out");
    }
    return QStringLiteral("failed");
}

Secrets::Secrets(QObject *parent)
    : Secrets(BuildInfo::applicationId(), parent)
{ }

Secrets::Secrets(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void Secrets::read(const QString &key, Callback done)
{
    start(Operation::Read, key, {}, std::move(done), 0);
}

void Secrets::write(const QString &key, const QByteArray &data, Callback done)
{
    start(Operation::Write, key, data, std::move(done), 0);
}

void Secrets::remove(const QString &key, Callback done)
{
    start(Operation::Remove, key, {}, std::move(done), 0);
}

void Secrets::start(Operation operation, const QString &key, const QByteArray &data, Callback done,
                    int attempt)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file: see the class comment

    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, data, done = std::move(done), attempt](QKeychain::Job *finished) {
                QByteArray secret;
                if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    secret = readJob->binaryData();
                SecretResult result = fromJob(*finished, std::move(secret));
                if (attempt == 0 && worthRetrying(result)) {
                    qCInfo(lcPlatform) << "keyring call failed, retrying once:" << result.message;
                    QTimer::singleShot(1000, this, [this, operation, key, data, done]() {
                        start(operation, key, data, done, 1);
                    });
                    return;
                }
                if (!result.keyringReachable())
                    qCInfo(lcPlatform)
                        << "keyring:" << SecretResult::statusName(result.status) << result.message;
                done(result);
            });
    job->start();
}

SecretResult Secrets::wait(const std::function<void(Callback)> &call, int timeoutMs)
{
    QEventLoop loop;
    // Shared so that a late answer after the timeout writes into memory that is still alive.
    auto answer = std::make_shared<std::optional<SecretResult>>();
    QPointer<QEventLoop> guard(&loop);
    call([answer, guard](const SecretResult &result) {
        *answer = result;
        if (guard)
            guard->quit();
    });
    if (!answer->has_value()) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (answer->has_value())
        return **answer;
    SecretResult timedOut;
    timedOut.status = SecretResult::Status::TimedOut;
    timedOut.message = tr("The keyring did not answer within %n second(s). It may be locked and waiting for "
                          "its password.",
                          nullptr, timeoutMs / 1000);
    return timedOut;
}

SecretResult Secrets::readNow(const QString &key, int timeoutMs)
{
    return wait([this, &key](Callback done) { read(key, std::move(done)); }, timeoutMs);
}

SecretResult Secrets::writeNow(const QString &key, const QByteArray &data, int timeoutMs)
{
    return wait([this, &key, &data](Callback done) { write(key, data, std::move(done)); }, timeoutMs);
}

SecretResult Secrets::removeNow(const QString &key, int timeoutMs)
{
    return wait([this, &key](Callback done) { remove(key, std::move(done)); }, timeoutMs);
}

} // namespace Cloudy
