// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Cloudy {

struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound, // the keyring works but holds no such entry: not an error
        NoKeyring, // no keyring service reachable (no session bus, no Secret Service, locked and no prompt)
        Denied, // the user or the keyring refused access
        Failed, // anything else; message says what
        TimedOut, // the keyring did not answer in time (often: it waits for an unlock prompt)
    };
    Status status = Status::Failed;
    QByteArray data;
    QString message; // for the user, empty when Ok

    bool ok() const { return status == Status::Ok; }
    // Is there a keyring to talk to at all? True for Ok and NotFound.
    bool keyringReachable() const { return status == Status::Ok || status == Status::NotFound; }
    static QString statusName(Status status);
};

// The one wrapper around QtKeychain (OS keyring: GNOME Keyring / KWallet through the Secret Service).
// Entries are namespaced under the application id. There is deliberately no plaintext fallback: when no
// keyring is reachable the caller gets NoKeyring and must offer the user an explicit alternative.
class Secrets final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit Secrets(QObject *parent = nullptr);
    Secrets(const QString &service, QObject *parent);

    // Asynchronous: the callback runs in this object's thread once the keyring has answered. A keyring
    // that is still starting gets one retry.
    void read(const QString &key, Callback done);
    void write(const QString &key, const QByteArray &data, Callback done);
    void remove(const QString &key, Callback done);

    // Blocking variants for the command line and tests: run a local event loop until the answer or the
    // timeout.
    SecretResult readNow(const QString &key, int timeoutMs = 10000);
    SecretResult writeNow(const QString &key, const QByteArray &data, int timeoutMs = 10000);
    SecretResult removeNow(const QString &key, int timeoutMs = 10000);

    QString service() const { return m_service; }

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    void start(Operation operation, const QString &key, const QByteArray &data, Callback done, int attempt);
    SecretResult wait(const std::function<void(Callback)> &call, int timeoutMs);

    QString m_service;
};

} // namespace Cloudy
