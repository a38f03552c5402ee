// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleInstaller.h"

#include "ServicesLog.h"
#include "platform/Libarchive.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::BundleInstaller)
};

struct ReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
struct WriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
using ArchiveReader = std::unique_ptr<archive, ReadDeleter>;
using ArchiveWriter = std::unique_ptr<archive, WriteDeleter>;

// Big reads keep the decompressors busy with few calls (the bsdtar default is 10 KiB).
constexpr size_t readBlockSize = 1024 * 1024;
// How often progress is reported, in data bytes.
constexpr qint64 progressStep = 4 * 1024 * 1024;
// Symbolic links followed while resolving one target (the kernel's limit is 40).
constexpr int maximumLinkHops = 40;

QString shown(const QByteArray &name)
{
    return QString::fromUtf8(name);
}

Error memberError(const QString &message)
{
    return Error {QStringLiteral("bundle-member"), message};
}

QString libarchiveMessage(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QString::fromLatin1(std::strerror(archive_errno(a)));
}

// What a member is, for the checks that later members make against earlier ones.
enum class MemberKind
{
    File,
    Directory,
    Symlink
};

// Resolves target, seen from the directory stack, through the symbolic links known so far; false when it
// leaves the bundle (".." above the root, absolute outside a container's root) or loops. Inside an LXC
// bundle's root filesystem (root: its path components) an absolute target means what it means to the
// container: a path from that root, where ".." stops as it does at "/" — root filesystems are full of
// links like bin/sh -> /bin/busybox.
bool staysInside(QByteArrayList &stack, const QByteArray &target, const QHash<QByteArray, QByteArray> &links,
                 int &hops, const QByteArrayList &root)
{
    qsizetype floor = 0;
    if (target.startsWith('/')) {
        if (root.isEmpty() || stack.size() < root.size() || stack.mid(0, root.size()) != root)
            return false;
        stack = root;
        floor = root.size();
    }
    const QByteArrayList parts = target.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (stack.size() <= floor) {
                if (stack.isEmpty())
                    return false;
                continue; // "/.." is "/" in the container
            }
            stack.removeLast();
            continue;
        }
        stack.append(part);
        const auto link = links.constFind(stack.join('/'));
        if (link != links.cend()) {
            if (--hops < 0)
                return false;
            stack.removeLast();
            if (!staysInside(stack, *link, links, hops, root))
                return false;
        }
    }
    return true;
}

bool linkStaysInside(const QByteArray &name, const QByteArray &target,
                     const QHash<QByteArray, QByteArray> &links, const QByteArrayList &root)
{
    QByteArrayList stack = name.split('/');
    stack.removeLast();
    int hops = maximumLinkHops;
    return staysInside(stack, target, links, hops, root);
}

// The path components of an LXC bundle's root filesystem (none for QEMU bundles).
QByteArrayList containerRootOf(const BundleManifest &manifest)
{
    if (manifest.kind != QLatin1String("lxc"))
        return {};
    return QDir::cleanPath(manifest.lxcRootfs).toUtf8().split('/');
}

// The member's name without leading "./" and trailing "/"; the checks then work on one spelling.
QByteArray normalized(QByteArray name)
{
    while (name.startsWith("./"))
        name.remove(0, 2);
    while (name.size() > 1 && name.endsWith('/'))
        name.chop(1);
    return name;
}

bool hasDotDot(const QByteArray &name)
{
    const QByteArrayList parts = name.split('/');
    return parts.contains(QByteArray(".."));
}

// A directory of our own making that disappears unless released (every failure path of an install).
class StagingDirectory
{
public:
    StagingDirectory() = default;
    ~StagingDirectory()
    {
        if (!m_path.isEmpty() && !removeTree(QFile::decodeName(m_path)))
            qCWarning(lcServices) << "could not remove the temporary directory" << m_path;
    }
    StagingDirectory(const StagingDirectory &) = delete;
    StagingDirectory &operator=(const StagingDirectory &) = delete;
    void set(QByteArray path) { m_path = std::move(path); }

private:
    QByteArray m_path;
};

bool removeTreeAt(int parentFd, const char *name)
{
    struct stat info;
    if (fstatat(parentFd, name, &info, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(info.st_mode))
        return unlinkat(parentFd, name, 0) == 0 || errno == ENOENT;
    // A read-only directory (a bundle may make some) has to be made writable before its entries go.
    if ((info.st_mode & S_IRWXU) != S_IRWXU)
        fchmodat(parentFd, name, (info.st_mode & 07777) | S_IRWXU, 0);
    const int fd = openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    DIR *dir = fdopendir(fd);
    if (!dir) {
        close(fd);
        return false;
    }
    bool ok = true;
    QByteArrayList names;
    while (dirent *entry = readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.append(QByteArray(entry->d_name));
    }
    for (const QByteArray &child : names)
        ok = removeTreeAt(fd, child.constData()) && ok;
    closedir(dir);
    return unlinkat(parentFd, name, AT_REMOVEDIR) == 0 && ok;
}

Error diskError(const QByteArray &member, const QString &why)
{
    return Error {QStringLiteral("bundle-disk"),
                  Tr::tr("Could not write \"%1\" of the bundle: %2").arg(shown(member), why)};
}

// Puts staged in place of target: one rename when there is no bundle yet, else an atomic exchange
// (renameat2 RENAME_EXCHANGE) after which staged holds the old bundle, for the caller to delete. Where the
// file system cannot exchange, the old bundle is moved aside first and put back if the second rename fails.
bool putInPlace(const QByteArray &staged, const QByteArray &target, const QByteArray &serviceDir,
                QString *why)
{
    struct stat info;
    if (lstat(target.constData(), &info) != 0) {
        if (::rename(staged.constData(), target.constData()) == 0)
            return true;
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (renameat2(AT_FDCWD, staged.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    QByteArray aside = serviceDir + "/.bundle-old-XXXXXX";
    if (!mkdtemp(aside.data()) || ::rename(target.constData(), aside.constData()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        if (!aside.endsWith("XXXXXX"))
            rmdir(aside.constData());
        return false;
    }
    if (::rename(staged.constData(), target.constData()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ::rename(aside.constData(), target.constData());
        return false;
    }
    // The caller deletes "staged": make it name the old bundle, as after an exchange.
    if (::rename(aside.constData(), staged.constData()) != 0)
        removeTree(QFile::decodeName(aside));
    return true;
}

class Extraction
{
public:
    Extraction(const ExpectedBundle &expected, const InstallProgress &progress,
               const std::atomic<bool> *cancelled)
        : m_expected(expected)
        , m_progress(progress)
        , m_cancelled(cancelled)
    { }

    Result<BundleManifest> run(const QString &bundleFile, const QString &serviceDir);

private:
    bool cancelled() const { return m_cancelled && m_cancelled->load(std::memory_order_relaxed); }
    std::optional<Error> readManifest(archive *reader, archive *writer, archive_entry *entry);
    std::optional<Error> checkMember(archive_entry *entry, const QByteArray &name);
    std::optional<Error> copyData(archive *reader, archive *writer, const QByteArray &name);
    std::optional<Error> checkComplete() const;

    const ExpectedBundle &m_expected;
    const InstallProgress &m_progress;
    const std::atomic<bool> *m_cancelled;

    QByteArray m_root; // the staging directory, with a trailing '/'
    BundleManifest m_manifest;
    qint64 m_members = 0;
    qint64 m_written = 0;
    qint64 m_lastProgress = 0;
    QHash<QByteArray, MemberKind> m_kinds; // explicit members
    QSet<QByteArray> m_parents; // directories implied by members' names
    QHash<QByteArray, QByteArray> m_links; // symbolic links: name -> target
};

std::optional<Error> Extraction::readManifest(archive *reader, archive *writer, archive_entry *entry)
{
    const QByteArray name = normalized(QByteArray(archive_entry_pathname(entry)));
    if (name != "manifest.json" || archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry))
        return Error {QStringLiteral("bundle-manifest"),
                      Tr::tr("The bundle's first member is \"%1\", not manifest.json: this is not a service "
                             "bundle.")
                          .arg(shown(name))};
    const la_int64_t size = archive_entry_size(entry);
    if (size < 0 || size > BundleManifest::maximumSize)
        return Error {QStringLiteral("bundle-manifest"),
                      Tr::tr("The bundle's manifest.json is larger than %1 KiB.")
                          .arg(BundleManifest::maximumSize / 1024)};
    QByteArray json(qsizetype(size), '\0');
    if (archive_read_data(reader, json.data(), json.size()) != json.size())
        return Error {QStringLiteral("bundle-corrupt"),
                      Tr::tr("The bundle is damaged: its manifest.json cannot be read (%1).")
                          .arg(libarchiveMessage(reader))};
    Result<BundleManifest> manifest = parseBundleManifest(json);
    if (!manifest)
        return Error {QStringLiteral("bundle-manifest"), manifest.error().message};
    m_manifest = std::move(manifest).value();
    if (m_manifest.id != m_expected.id || m_manifest.version != m_expected.version
        || m_manifest.kind != m_expected.kind)
        return Error {
            QStringLiteral("bundle-mismatch"),
            Tr::tr("The bundle holds %1 %2 (%3), but the catalog offers %4 %5 (%6): the microcloud's "
                   "catalog and its bundle do not match.")
                .arg(m_manifest.id, m_manifest.version, m_manifest.kind, m_expected.id, m_expected.version,
                     m_expected.kind)};

    archive_entry_set_pathname(entry, QByteArray(m_root + name).constData());
    archive_entry_set_perm(entry, 0644);
    if (archive_write_header(writer, entry) < ARCHIVE_WARN)
        return diskError(name, libarchiveMessage(writer));
    if (archive_write_data(writer, json.constData(), size_t(json.size())) != json.size()
        || archive_write_finish_entry(writer) < ARCHIVE_WARN)
        return diskError(name, libarchiveMessage(writer));
    m_kinds.insert(name, MemberKind::File);
    return std::nullopt;
}

std::optional<Error> Extraction::checkMember(archive_entry *entry, const QByteArray &name)
{
    const QString member = shown(name);
    if (name.isEmpty() || name == ".")
        return memberError(Tr::tr("The bundle contains a member with an empty name."));
    if (name.startsWith('/'))
        return memberError(Tr::tr("The bundle contains \"%1\", an absolute path.").arg(member));
    if (hasDotDot(name))
        return memberError(
            Tr::tr("The bundle contains \"%1\", a path that leads out of it (\"..\").").arg(member));
    if (!isSafeBundlePath(QString::fromUtf8(name)) || name.contains('\0'))
        return memberError(Tr::tr("The bundle contains \"%1\", a malformed path.").arg(member));

    if (++m_members > m_manifest.files) {
        const QString count = QString::number(m_manifest.files);
        return Error {
            QStringLiteral("bundle-limits"),
            Tr::tr("The bundle holds more members than its manifest says (%1); extraction stopped at "
                   "\"%2\".")
                .arg(count, member)};
    }
    if (m_kinds.contains(name))
        return memberError(Tr::tr("The bundle contains \"%1\" twice.").arg(member));
    // Nothing may be written through a link or under a file of the bundle.
    for (qsizetype slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
        const auto earlier = m_kinds.constFind(name.left(slash));
        if (earlier != m_kinds.cend() && *earlier != MemberKind::Directory)
            return memberError(
                Tr::tr("The bundle contains \"%1\", which lies under a symbolic link or a file "
                       "of the bundle.")
                    .arg(member));
    }

    const char *hardlink = archive_entry_hardlink(entry);
    const mode_t type = archive_entry_filetype(entry);
    MemberKind kind = MemberKind::File;
    if (hardlink) {
        const QByteArray target = normalized(QByteArray(hardlink));
        const auto earlier = m_kinds.constFind(target);
        if (target.startsWith('/') || hasDotDot(target) || earlier == m_kinds.cend()
            || *earlier != MemberKind::File || target == "manifest.json")
            return memberError(Tr::tr("The bundle contains the hard link \"%1\" to \"%2\", which is not an "
                                      "earlier file of the bundle.")
                                   .arg(member, shown(target)));
        archive_entry_set_hardlink(entry, QByteArray(m_root + target).constData());
    } else if (type == AE_IFDIR) {
        kind = MemberKind::Directory;
    } else if (type == AE_IFLNK) {
        kind = MemberKind::Symlink;
        const QByteArray target(archive_entry_symlink(entry));
        if (target.isEmpty() || !linkStaysInside(name, target, m_links, containerRootOf(m_manifest)))
            return memberError(
                Tr::tr("The bundle contains the symbolic link \"%1\" to \"%2\", which leads out "
                       "of the bundle.")
                    .arg(member, shown(target)));
        m_links.insert(name, target);
    } else if (type != AE_IFREG) {
        return memberError(Tr::tr("The bundle contains \"%1\", a device node, FIFO or socket, which a bundle "
                                  "may not hold.")
                               .arg(member));
    }
    if (kind != MemberKind::Directory && m_parents.contains(name))
        return memberError(
            Tr::tr("The bundle contains \"%1\" both as a directory and as a file or link.").arg(member));
    for (qsizetype slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1))
        m_parents.insert(name.left(slash));
    m_kinds.insert(name, kind);

    if (kind == MemberKind::File && !hardlink && archive_entry_size_is_set(entry)
        && archive_entry_size(entry) > m_manifest.bytes - m_written) {
        const QString bytes = QString::number(m_manifest.bytes);
        return Error {
            QStringLiteral("bundle-limits"),
            Tr::tr("The bundle holds more data than its manifest says (%1 bytes); extraction stopped "
                   "at \"%2\".")
                .arg(bytes, member)};
    }

    // Owners are never restored (no ARCHIVE_EXTRACT_OWNER); setuid, setgid and sticky bits are dropped here,
    // and the user keeps the right to read (and for directories, to clean up) what was installed.
    const mode_t perm = archive_entry_perm(entry) & 0777;
    archive_entry_set_perm(entry, kind == MemberKind::Directory ? (perm | 0700) : (perm | 0400));
    archive_entry_set_pathname(entry, QByteArray(m_root + name).constData());
    return std::nullopt;
}

std::optional<Error> Extraction::copyData(archive *reader, archive *writer, const QByteArray &name)
{
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        const int status = archive_read_data_block(reader, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            return std::nullopt;
        if (status < ARCHIVE_WARN)
            return Error {
                QStringLiteral("bundle-corrupt"),
                Tr::tr("The bundle is damaged at \"%1\" (%2).").arg(shown(name), libarchiveMessage(reader))};
        if (cancelled())
            return Error {QStringLiteral("cancelled"), Tr::tr("The installation was cancelled.")};
        // The cap holds while the data streams: a member whose header lied stops here, within one block.
        if (qint64(size) > m_manifest.bytes - m_written) {
            const QString bytes = QString::number(m_manifest.bytes);
            return Error {QStringLiteral("bundle-limits"),
                          Tr::tr("The bundle holds more data than its manifest says (%1 bytes); extraction "
                                 "stopped at \"%2\".")
                              .arg(bytes, shown(name))};
        }
        if (archive_write_data_block(writer, block, size, offset) < ARCHIVE_WARN)
            return diskError(name, libarchiveMessage(writer));
        m_written += qint64(size);
        if (m_progress && m_written - m_lastProgress >= progressStep) {
            m_lastProgress = m_written;
            m_progress(m_written, m_manifest.bytes);
        }
    }
}

std::optional<Error> Extraction::checkComplete() const
{
    // Links are checked again with every link of the bundle known: one added later may have changed where
    // an earlier one leads.
    for (auto link = m_links.cbegin(); link != m_links.cend(); ++link) {
        if (!linkStaysInside(link.key(), link.value(), m_links, containerRootOf(m_manifest)))
            return memberError(
                Tr::tr("The bundle contains the symbolic link \"%1\" to \"%2\", which leads out "
                       "of the bundle.")
                    .arg(shown(link.key()), shown(link.value())));
    }
    const auto present = [this](const QString &path, bool directory) {
        const QByteArray name = path.toUtf8();
        const auto kind = m_kinds.constFind(name);
        if (directory)
            return m_parents.contains(name) || (kind != m_kinds.cend() && *kind == MemberKind::Directory);
        return kind != m_kinds.cend() && *kind != MemberKind::Directory;
    };
    QStringList missing;
    if (m_manifest.kind == u"qemu") {
        for (const QString &path : {m_manifest.qemuKernel, m_manifest.qemuInitrd, m_manifest.qemuDisk}) {
            if (!path.isEmpty() && !present(path, false))
                missing.append(path);
        }
    } else if (!present(m_manifest.lxcRootfs, true)) {
        missing.append(m_manifest.lxcRootfs);
    }
    if (!missing.isEmpty())
        return Error {QStringLiteral("bundle-manifest"),
                      Tr::tr("The bundle's manifest names \"%1\", which the bundle does not contain.")
                          .arg(missing.first())};
    return std::nullopt;
}

Result<BundleManifest> Extraction::run(const QString &bundleFile, const QString &serviceDir)
{
    if (!QDir().mkpath(serviceDir))
        return Error {QStringLiteral("bundle-disk"),
                      Tr::tr("Could not create the folder %1.").arg(serviceDir)};
    // No symbolic link in our own prefix: libarchive's SECURE_SYMLINKS check walks the whole path.
    const QByteArray directory = QFile::encodeName(QFileInfo(serviceDir).canonicalFilePath());

    QFile input(bundleFile);
    if (!input.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("bundle-open"),
                      Tr::tr("Could not open the bundle %1: %2").arg(bundleFile, input.errorString())};

    // Declared before the archive handles, so that on failure the writer is closed before its files go.
    StagingDirectory guard;
    ArchiveReader reader(archive_read_new());
    ArchiveWriter writer(archive_write_disk_new());
    if (!reader || !writer)
        return Error {QStringLiteral("bundle-open"), Tr::tr("Out of memory.")};
    archive_read_support_filter_gzip(reader.get());
    archive_read_support_filter_xz(reader.get());
    archive_read_support_filter_zstd(reader.get());
    archive_read_support_format_tar(reader.get());
    // Absolute member names are refused by checkMember() before our own absolute prefix is added, which is
    // why ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS (it would refuse that prefix) is not among these.
    archive_write_disk_set_options(writer.get(), ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_PERM
                                                     | ARCHIVE_EXTRACT_SECURE_SYMLINKS
                                                     | ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    if (archive_read_open_fd(reader.get(), input.handle(), readBlockSize) != ARCHIVE_OK)
        return Error {QStringLiteral("bundle-corrupt"),
                      Tr::tr("The file is not a service bundle (%1).").arg(libarchiveMessage(reader.get()))};

    QByteArray staging = directory + "/.bundle-XXXXXX";
    if (!mkdtemp(staging.data()))
        return Error {QStringLiteral("bundle-disk"),
                      Tr::tr("Could not create a temporary folder in %1: %2")
                          .arg(serviceDir, QString::fromLocal8Bit(std::strerror(errno)))};
    guard.set(staging);
    m_root = staging + '/';

    archive_entry *entry = nullptr;
    int status = archive_read_next_header(reader.get(), &entry);
    if (status < ARCHIVE_WARN)
        return Error {QStringLiteral("bundle-corrupt"),
                      Tr::tr("The file is not a service bundle (%1).").arg(libarchiveMessage(reader.get()))};
    if (status == ARCHIVE_EOF)
        return Error {QStringLiteral("bundle-manifest"), Tr::tr("The bundle is empty.")};
    if (const auto error = readManifest(reader.get(), writer.get(), entry))
        return *error;

    while ((status = archive_read_next_header(reader.get(), &entry)) >= ARCHIVE_WARN
           && status != ARCHIVE_EOF) {
        if (cancelled())
            return Error {QStringLiteral("cancelled"), Tr::tr("The installation was cancelled.")};
        const QByteArray name = normalized(QByteArray(archive_entry_pathname(entry)));
        if (const auto error = checkMember(entry, name))
            return *error;
        if (archive_write_header(writer.get(), entry) < ARCHIVE_WARN)
            return diskError(name, libarchiveMessage(writer.get()));
        if (archive_entry_filetype(entry) == AE_IFREG && archive_entry_size(entry) > 0) {
            if (const auto error = copyData(reader.get(), writer.get(), name))
                return *error;
        }
        if (archive_write_finish_entry(writer.get()) < ARCHIVE_WARN)
            return diskError(name, libarchiveMessage(writer.get()));
    }
    if (status != ARCHIVE_EOF)
        return Error {QStringLiteral("bundle-corrupt"),
                      Tr::tr("The bundle is damaged (%1).").arg(libarchiveMessage(reader.get()))};
    // Directory permissions and times are applied here (libarchive defers them to the end).
    if (archive_write_close(writer.get()) < ARCHIVE_WARN)
        return diskError("", libarchiveMessage(writer.get()));
    if (const auto error = checkComplete())
        return *error;
    if (m_members < m_manifest.files)
        qCWarning(lcServices) << "bundle" << m_manifest.id << "has" << m_members
                              << "members, its manifest says" << m_manifest.files;

    QString why;
    if (!putInPlace(staging, directory + "/bundle", directory, &why))
        return Error {QStringLiteral("bundle-disk"),
                      Tr::tr("Could not put the new bundle in place in %1: %2").arg(serviceDir, why)};
    // After an exchange the staging name holds the old bundle: the guard deletes it, or nothing was there.
    if (m_progress)
        m_progress(m_written, m_manifest.bytes);
    qCInfo(lcServices) << "installed bundle" << m_manifest.id << m_manifest.version << "into" << serviceDir
                       << m_members << "members" << m_written << "bytes";
    return m_manifest;
}

} // namespace

bool removeTree(const QString &path)
{
    return removeTreeAt(AT_FDCWD, QFile::encodeName(path).constData());
}

Result<BundleManifest> installBundle(const QString &bundleFile, const QString &serviceDir,
                                     const ExpectedBundle &expected, const InstallProgress &progress,
                                     const std::atomic<bool> *cancelled)
{
    Extraction extraction(expected, progress, cancelled);
    return extraction.run(bundleFile, serviceDir);
}

BundleInstaller::BundleInstaller(QObject *parent)
    : QObject(parent)
{ }

BundleInstaller::~BundleInstaller()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BundleInstaller::isRunning() const
{
    return m_thread != nullptr;
}

void BundleInstaller::cancel()
{
    m_cancelled = true;
}

bool BundleInstaller::install(const QString &bundleFile, const QString &serviceDir,
                              const ExpectedBundle &expected)
{
    if (m_thread)
        return false;
    m_cancelled = false;
    auto outcome = std::make_shared<std::optional<Result<BundleManifest>>>();
    m_thread = QThread::create([this, outcome, bundleFile, serviceDir, expected] {
        // progress is emitted from the worker thread; receivers in other threads get it queued.
        *outcome = installBundle(
            bundleFile, serviceDir, expected,
            [this](qint64 written, qint64 total) { Q_EMIT progress(written, total); }, &m_cancelled);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const Result<BundleManifest> &result = **outcome;
        m_manifest = result ? result.value() : BundleManifest();
        m_error = result ? Error() : result.error();
        Q_EMIT finished(result.ok());
    });
    m_thread->start();
    return true;
}

} // namespace Cloudy::Services
