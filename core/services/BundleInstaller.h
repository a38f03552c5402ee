// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BundleManifest.h"
#include "platform/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// Installs a downloaded service bundle: extraction with libarchive (never by hand) into a temporary
// directory next to the destination, every member checked before it is written, then one atomic rename.
// The rules are those of docs/services-formats.md ("What extraction refuses").
namespace Cloudy::Services {

// What the catalog entry says the bundle is; the manifest must agree.
struct ExpectedBundle
{
    QString id;
    QString version;
    QString kind;
};

// Data bytes written so far and the manifest's total (contents.bytes).
using InstallProgress = std::function<void(qint64 written, qint64 total)>;

// The synchronous core (tests, cloudyctl): extracts bundleFile into serviceDir/.bundle-XXXXXX, then renames
// it to serviceDir/bundle (an older bundle is swapped out atomically and deleted). On any failure the
// temporary directory is removed completely and an existing bundle/ is untouched; the error names the bad
// member. progress is called from the calling thread; cancelled (may be null) is polled between blocks.
// Error codes: "bundle-open", "bundle-corrupt", "bundle-member", "bundle-manifest", "bundle-mismatch",
// "bundle-limits", "bundle-disk", "cancelled".
Result<BundleManifest> installBundle(const QString &bundleFile, const QString &serviceDir,
                                     const ExpectedBundle &expected, const InstallProgress &progress = {},
                                     const std::atomic<bool> *cancelled = nullptr);

// Removes a directory tree that may hold read-only directories (what a half-extracted bundle leaves), never
// following symbolic links. True when nothing is left.
bool removeTree(const QString &path);

// installBundle() off the GUI thread: one QThread per install (extraction is long and blocking; a thread
// of our own, not the global pool, so a cancelled install can be waited for in the destructor).
class BundleInstaller : public QObject
{
    Q_OBJECT
public:
    explicit BundleInstaller(QObject *parent = nullptr);
    ~BundleInstaller() override; // cancels a running install and waits for it

    // Starts an install; false (and nothing happens) when one is already running.
    bool install(const QString &bundleFile, const QString &serviceDir, const ExpectedBundle &expected);
    void cancel();
    bool isRunning() const;

    // The outcome of the last finished install.
    BundleManifest manifest() const { return m_manifest; }
    Error error() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    // Emitted on this object's thread. ok false: error() says why.
    void finished(bool ok);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled {false};
    BundleManifest m_manifest;
    Error m_error;
};

} // namespace Cloudy::Services
