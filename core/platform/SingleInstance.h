// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Cloudy {

// One running instance per user and program (the desktop app: a second launch raises the running window).
// The first instance takes a lock file in the user's runtime folder and listens on a local socket beside
// it; a later instance finds the lock taken, connects, hands over its arguments and exits. A lock left by a
// crashed instance is detected as stale (QLockFile checks the process) and taken over.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // name: what identifies the program ("cloudy-desktop"); folder: where the lock and socket live
    // (default: $XDG_RUNTIME_DIR, else the temporary folder, with the user id in the names).
    explicit SingleInstance(const QString &name, const QString &folder = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    enum class Role
    {
        Primary, // this process is the instance: activationRequested() reports later launches
        Secondary, // another instance runs and has been told: this process should exit
        Failed, // neither (the running instance did not answer): errorString() says why; carry on alone
    };
    // Takes the lock or hands the arguments to the running instance (waits at most timeoutMs for it).
    Role claim(const QStringList &arguments, int timeoutMs = 3000);
    QString errorString() const { return m_error; }
    QString socketPath() const;

Q_SIGNALS:
    // A later launch asked this instance to show itself (its command-line arguments).
    void activationRequested(const QStringList &arguments);

private:
    bool listen();
    bool notifyPrimary(const QStringList &arguments, int timeoutMs);
    void readRequest(class QLocalSocket *socket);

    QString m_base; // folder + name + uid, without extension
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
    QString m_error;
};

} // namespace Cloudy
