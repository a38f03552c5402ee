// SPDX-License-Identifier: GPL-3.0-or-later
// The bundle installer against real archives built here with libarchive's writer: good bundles in each
// compression, an upgrade replacing an older bundle, and the attack suite of docs/services-formats.md
// ("What extraction refuses"). For every hostile case: refused with a message naming the problem, the
// whole sentinel directory (which holds the service folder, an installed bundle and decoys outside it)
// exactly as before, no .bundle-* leftovers.
#include "TestEnv.h"
#include "services/BundleInstaller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Cloudy::Services;

namespace {

enum class Type
{
    File,
    Directory,
    Symlink,
    Hardlink,
    CharDevice,
    BlockDevice,
    Fifo
};
enum class Compression
{
    Gzip,
    Xz,
    Zstd
};

struct Member
{
    QByteArray name;
    Type type = Type::File;
    QByteArray data; // file contents
    QByteArray target; // symlink or hardlink target
    int mode = 0644;
    qint64 zeros = 0; // File: this many zero bytes instead of data (a compressible bomb)
};

QByteArray manifestJson(qint64 files, qint64 bytes, const QString &version = QStringLiteral("1.0"))
{
    return QJsonDocument(
               QJsonObject {
                   {QStringLiteral("format"), 1},
                   {QStringLiteral("id"), QStringLiteral("demo")},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("kind"), QStringLiteral("lxc")},
                   {QStringLiteral("lxc"),
                    QJsonObject {{QStringLiteral("rootfs"), QStringLiteral("rootfs")},
                                 {QStringLiteral("init"), QStringLiteral("/sbin/init")}}},
                   {QStringLiteral("contents"), QJsonObject {{QStringLiteral("files"), double(files)},
                                                             {QStringLiteral("bytes"), double(bytes)}}},
               })
        .toJson(QJsonDocument::Compact);
}

Member manifestMember(qint64 files, qint64 bytes, const QString &version = QStringLiteral("1.0"))
{
    return Member {"manifest.json", Type::File, manifestJson(files, bytes, version), {}, 0644, 0};
}

// A valid lxc bundle's members after the manifest.
QList<Member> goodMembers(const QByteArray &marker = "1.0")
{
    return {
        {"rootfs", Type::Directory, {}, {}, 0755, 0},
        {"rootfs/sbin", Type::Directory, {}, {}, 0755, 0},
        {"rootfs/sbin/init", Type::File, "#!/bin/sh\necho " + marker + "\n", {}, 0755, 0},
        {"rootfs/sbin/init-again", Type::Hardlink, {}, "rootfs/sbin/init", 0755, 0},
        {"rootfs/bin", Type::Symlink, {}, "sbin", 0777, 0},
        {"rootfs/etc/hostname", Type::File, "demo\n", {}, 0644, 0},
        {"rootfs/etc/version", Type::File, marker, {}, 0644, 0},
    };
}

// The manifest that matches members exactly.
QList<Member> withManifest(const QList<Member> &members, const QString &version = QStringLiteral("1.0"))
{
    qint64 bytes = 0;
    for (const Member &member : members)
        bytes += member.type == Type::File ? (member.zeros ? member.zeros : member.data.size()) : 0;
    QList<Member> all {manifestMember(members.size(), bytes, version)};
    all += members;
    return all;
}

bool writeBundle(const QString &path, const QList<Member> &members,
                 Compression compression = Compression::Zstd)
{
    std::unique_ptr<archive, int (*)(archive *)> writer(archive_write_new(), archive_write_free);
    switch (compression) {
    case Compression::Gzip:
        archive_write_add_filter_gzip(writer.get());
        break;
    case Compression::Xz:
        archive_write_add_filter_xz(writer.get());
        break;
    case Compression::Zstd:
        archive_write_add_filter_zstd(writer.get());
        break;
    }
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open_filename(writer.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    for (const Member &member : members) {
        std::unique_ptr<archive_entry, void (*)(archive_entry *)> entry(archive_entry_new(),
                                                                        archive_entry_free);
        archive_entry_set_pathname(entry.get(), member.name.constData());
        archive_entry_set_perm(entry.get(), mode_t(member.mode));
        archive_entry_set_mtime(entry.get(), 1700000000, 0);
        switch (member.type) {
        case Type::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_size(entry.get(), member.zeros ? member.zeros : member.data.size());
            break;
        case Type::Directory:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            break;
        case Type::Symlink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_symlink(entry.get(), member.target.constData());
            break;
        case Type::Hardlink:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_hardlink(entry.get(), member.target.constData());
            archive_entry_set_size(entry.get(), 0);
            break;
        case Type::CharDevice:
            archive_entry_set_filetype(entry.get(), AE_IFCHR);
            archive_entry_set_rdev(entry.get(), makedev(1, 3));
            break;
        case Type::BlockDevice:
            archive_entry_set_filetype(entry.get(), AE_IFBLK);
            archive_entry_set_rdev(entry.get(), makedev(8, 0));
            break;
        case Type::Fifo:
            archive_entry_set_filetype(entry.get(), AE_IFIFO);
            break;
        }
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return false;
        if (member.type == Type::File && member.zeros) {
            const QByteArray block(1024 * 1024, '\0');
            for (qint64 left = member.zeros; left > 0; left -= block.size()) {
                const qsizetype size = qsizetype(qMin<qint64>(left, block.size()));
                if (archive_write_data(writer.get(), block.constData(), size_t(size)) != size)
                    return false;
            }
        } else if (member.type == Type::File && !member.data.isEmpty()) {
            if (archive_write_data(writer.get(), member.data.constData(), size_t(member.data.size()))
                != member.data.size())
                return false;
        }
    }
    return archive_write_close(writer.get()) == ARCHIVE_OK;
}

// Everything under root: path -> type, mode, size, link target, contents digest. Equal before and after a
// refused install means nothing was written, changed or left anywhere under root.
QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> result;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info;
        lstat(QFile::encodeName(path).constData(), &info);
        // Directories' times change when a temporary entry comes and goes; their contents are listed anyway.
        QString description = QString::number(info.st_mode, 8) + u' ' + QString::number(info.st_ino);
        if (!S_ISDIR(info.st_mode))
            description += u' ' + QString::number(info.st_size) + u' ' + QString::number(info.st_mtim.tv_sec);
        if (S_ISLNK(info.st_mode))
            description += u' ' + QFile::symLinkTarget(path);
        result.insert(path, description);
    }
    return result;
}

QStringList leftovers(const QString &serviceDir)
{
    return QDir(serviceDir).entryList({QStringLiteral(".bundle-*")}, QDir::AllEntries | QDir::Hidden);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const ExpectedBundle demo {QStringLiteral("demo"), QStringLiteral("1.0"), QStringLiteral("lxc")};

} // namespace

Q_DECLARE_METATYPE(QList<Member>)

class TestServicesInstaller : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_sentinel; // everything a test may touch lives under here
    QString m_serviceDir;
    QString m_outside; // decoys outside the service folder, where escapes would land

private Q_SLOTS:
    void init()
    {
        m_sentinel = std::make_unique<QTemporaryDir>();
        QVERIFY(m_sentinel->isValid());
        m_serviceDir = m_sentinel->filePath(QStringLiteral("services/demo"));
        m_outside = m_sentinel->filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(m_outside));
        QFile secret(m_outside + QStringLiteral("/secret"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("do not touch");
    }
    void cleanup()
    {
        if (m_sentinel)
            removeTree(m_sentinel->path());
        m_sentinel.reset();
    }

    void installsEachCompression_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("gzip") << int(Compression::Gzip);
        QTest::newRow("xz") << int(Compression::Xz);
        QTest::newRow("zstd") << int(Compression::Zstd);
    }
    void installsEachCompression()
    {
        QFETCH(int, compression);
        const QString file = m_sentinel->filePath(QStringLiteral("demo.tar"));
        QVERIFY(writeBundle(file, withManifest(goodMembers()), Compression(compression)));
        QList<qint64> progress;
        const auto result = installBundle(file, m_serviceDir, demo,
                                          [&](qint64 written, qint64) { progress.append(written); });
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->id, QStringLiteral("demo"));
        const QString bundle = m_serviceDir + QStringLiteral("/bundle");
        QCOMPARE(readAll(bundle + QStringLiteral("/rootfs/etc/version")), QByteArray("1.0"));
        QVERIFY(QFileInfo(bundle + QStringLiteral("/manifest.json")).isFile());
        QCOMPARE(QFile::symLinkTarget(bundle + QStringLiteral("/rootfs/bin")),
                 bundle + QStringLiteral("/rootfs/sbin"));
        struct stat first, second;
        QCOMPARE(lstat(QFile::encodeName(bundle + QStringLiteral("/rootfs/sbin/init")).constData(), &first),
                 0);
        QCOMPARE(
            lstat(QFile::encodeName(bundle + QStringLiteral("/rootfs/sbin/init-again")).constData(), &second),
            0);
        QCOMPARE(first.st_ino, second.st_ino);
        QCOMPARE(int(first.st_mode & 07777), 0755);
        QVERIFY(leftovers(m_serviceDir).isEmpty());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), result->bytes);
    }

    void containerRootKeepsAbsoluteLinks()
    {
        // A root filesystem's absolute links (bin/sh -> /bin/busybox) point inside the container's root;
        // they are kept as links, never followed while extracting.
        const QString file = m_sentinel->filePath(QStringLiteral("links.tar.zst"));
        QList<Member> members = goodMembers();
        members.append({"rootfs/sbin/sh", Type::Symlink, {}, "/sbin/init", 0777, 0});
        members.append({"rootfs/sbin/up", Type::Symlink, {}, "/../../../etc", 0777, 0}); // "/.." is "/"
        members.append(
            {"rootfs/passwd", Type::Symlink, {}, QFile::encodeName(m_outside) + "/passwd", 0777, 0});
        QVERIFY(writeBundle(file, withManifest(members)));
        const auto result = installBundle(file, m_serviceDir, demo);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(QFile::symLinkTarget(m_serviceDir + QStringLiteral("/bundle/rootfs/sbin/sh")),
                 QStringLiteral("/sbin/init"));
        QVERIFY(QFileInfo(m_serviceDir + QStringLiteral("/bundle/rootfs/passwd")).isSymLink());
        QVERIFY(!QFile::exists(m_outside + QStringLiteral("/passwd")));
    }

    void upgradeReplacesTheOldBundle()
    {
        const QString v1 = m_sentinel->filePath(QStringLiteral("v1.tar.zst"));
        const QString v2 = m_sentinel->filePath(QStringLiteral("v2.tar.zst"));
        QVERIFY(writeBundle(
            v1, withManifest(goodMembers() + QList<Member> {{"only-in-v1", Type::File, "x", {}, 0644, 0}})));
        QVERIFY(writeBundle(v2, withManifest(goodMembers("2.0"), QStringLiteral("2.0"))));
        QVERIFY(installBundle(v1, m_serviceDir, demo).ok());
        const auto result = installBundle(v2, m_serviceDir, {demo.id, QStringLiteral("2.0"), demo.kind});
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(readAll(m_serviceDir + QStringLiteral("/bundle/rootfs/etc/version")), QByteArray("2.0"));
        QVERIFY(!QFile::exists(m_serviceDir + QStringLiteral("/bundle/only-in-v1")));
        QCOMPARE(QDir(m_serviceDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("bundle")});
    }

    void setuidIsDropped()
    {
        const QString file = m_sentinel->filePath(QStringLiteral("suid.tar.zst"));
        QList<Member> members = goodMembers();
        members.append({"rootfs/sbin/su", Type::File, "binary", {}, 06755, 0});
        members.append({"rootfs/tmp", Type::Directory, {}, {}, 01777, 0});
        QVERIFY(writeBundle(file, withManifest(members)));
        const auto result = installBundle(file, m_serviceDir, demo);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QFileInfo su(m_serviceDir + QStringLiteral("/bundle/rootfs/sbin/su"));
        struct stat info;
        QCOMPARE(stat(QFile::encodeName(su.filePath()).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0755);
        QCOMPARE(
            stat(QFile::encodeName(m_serviceDir + QStringLiteral("/bundle/rootfs/tmp")).constData(), &info),
            0);
        QCOMPARE(int(info.st_mode & 07000), 0);
        QCOMPARE(info.st_uid, getuid());
    }

    void hostile_data()
    {
        QTest::addColumn<QList<Member>>("members"); // after a manifest that counts them (unless noted)
        QTest::addColumn<bool>("exactManifest"); // false: members holds its own manifest (or none)
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray outside = QFile::encodeName(m_outside);
        const QList<Member> good = goodMembers();
        const auto plus = [&](const QList<Member> &extra) { return good + extra; };

        QTest::newRow("dotdot") << plus({{"rootfs/../../../outside/dotdot", Type::File, "x", {}, 0644, 0}})
                                << true << "bundle-member"
                                << "rootfs/../../../outside/dotdot";
        QTest::newRow("dotdot at start")
            << plus({{"../escape", Type::File, "x", {}, 0644, 0}}) << true << "bundle-member"
            << "../escape";
        QTest::newRow("absolute") << plus({{outside + "/absolute", Type::File, "x", {}, 0644, 0}}) << true
                                  << "bundle-member"
                                  << "absolute path";
        QTest::newRow("symlink to /etc, then a file through it")
            << plus({{"rootfs/evil", Type::Symlink, {}, "/etc", 0777, 0},
                     {"rootfs/evil/passwd", Type::File, "x", {}, 0644, 0}})
            << true << "bundle-member"
            << "rootfs/evil";
        QTest::newRow("symlink out, then a file through it")
            << plus({{"rootfs/evil", Type::Symlink, {}, "../../../../outside", 0777, 0},
                     {"rootfs/evil/pwned", Type::File, "x", {}, 0644, 0}})
            << true << "bundle-member"
            << "leads out";
        QTest::newRow("absolute symlink outside the container root")
            << plus({{"evil", Type::Symlink, {}, outside, 0777, 0}}) << true << "bundle-member"
            << "leads out";
        QTest::newRow("absolute symlink, then a file through it")
            << plus({{"rootfs/evil", Type::Symlink, {}, outside, 0777, 0},
                     {"rootfs/evil/pwned", Type::File, "x", {}, 0644, 0}})
            << true << "bundle-member"
            << "rootfs/evil";
        QTest::newRow("file through an inside symlink")
            << plus({{"rootfs/bin/sneaky", Type::File, "x", {}, 0644, 0}}) << true << "bundle-member"
            << "rootfs/bin/sneaky";
        QTest::newRow("symlink chain escaping") << plus({{"rootfs/up", Type::Symlink, {}, "..", 0777, 0},
                                                         {"rootfs/up2", Type::Symlink, {}, "up/..", 0777, 0}})
                                                << true << "bundle-member"
                                                << "rootfs/up2";
        QTest::newRow("symlink made to escape by a later link")
            << plus({{"rootfs/x", Type::Symlink, {}, "sub/../..", 0777, 0},
                     {"rootfs/sub", Type::Symlink, {}, ".", 0777, 0}})
            << true << "bundle-member"
            << "rootfs/x";
        QTest::newRow("symlink loop")
            << plus({{"rootfs/loop", Type::Symlink, {}, "loop/x", 0777, 0}}) << true << "bundle-member"
            << "rootfs/loop";
        QTest::newRow("hardlink outside")
            << plus({{"rootfs/stolen", Type::Hardlink, {}, outside + "/secret", 0644, 0}}) << true
            << "bundle-member"
            << "rootfs/stolen";
        QTest::newRow("hardlink dotdot")
            << plus({{"rootfs/stolen", Type::Hardlink, {}, "../../../outside/secret", 0644, 0}}) << true
            << "bundle-member"
            << "rootfs/stolen";
        QTest::newRow("hardlink to a later member")
            << plus({{"rootfs/early", Type::Hardlink, {}, "rootfs/late", 0644, 0},
                     {"rootfs/late", Type::File, "x", {}, 0644, 0}})
            << true << "bundle-member"
            << "rootfs/early";
        QTest::newRow("hardlink to nothing")
            << plus({{"rootfs/ghost", Type::Hardlink, {}, "rootfs/nope", 0644, 0}}) << true << "bundle-member"
            << "rootfs/nope";
        QTest::newRow("hardlink to a symlink")
            << plus({{"rootfs/viabin", Type::Hardlink, {}, "rootfs/bin", 0644, 0}}) << true << "bundle-member"
            << "rootfs/viabin";
        QTest::newRow("char device") << plus({{"rootfs/null", Type::CharDevice, {}, {}, 0666, 0}}) << true
                                     << "bundle-member"
                                     << "rootfs/null";
        QTest::newRow("block device")
            << plus({{"rootfs/sda", Type::BlockDevice, {}, {}, 0660, 0}}) << true << "bundle-member"
            << "rootfs/sda";
        QTest::newRow("fifo") << plus({{"rootfs/pipe", Type::Fifo, {}, {}, 0644, 0}}) << true
                              << "bundle-member"
                              << "rootfs/pipe";
        QTest::newRow("duplicate") << plus({{"rootfs/etc/hostname", Type::File, "evil\n", {}, 0644, 0}})
                                   << true << "bundle-member"
                                   << "twice";
        QTest::newRow("directory replaced by a symlink")
            << plus({{"rootfs/etc", Type::Symlink, {}, "sbin", 0777, 0}}) << true << "bundle-member"
            << "rootfs/etc";

        QList<Member> manifestLater = good;
        manifestLater.insert(1, manifestMember(good.size(), 100));
        QTest::newRow("manifest not first") << manifestLater << false << "bundle-manifest"
                                            << "rootfs";
        QTest::newRow("no manifest at all") << good << false << "bundle-manifest"
                                            << "manifest.json";
        QTest::newRow("more members than the manifest says")
            << (QList<Member> {manifestMember(good.size() - 1, 1000)} + good) << false << "bundle-limits"
            << "more members";
        QTest::newRow("one big bomb member")
            << (QList<Member> {manifestMember(good.size() + 1, 1 << 20)}
                + plus({{"rootfs/bomb", Type::File, {}, {}, 0644, qint64(256) << 20}}))
            << false << "bundle-limits"
            << "rootfs/bomb";
        QList<Member> many = good;
        for (int i = 0; i < 8; ++i)
            many.append({"rootfs/part" + QByteArray::number(i), Type::File, {}, {}, 0644, 1 << 20});
        QTest::newRow("bytes over the manifest, spread")
            << (QList<Member> {manifestMember(many.size(), 5 << 20)} + many) << false << "bundle-limits"
            << "rootfs/part4";
        QList<Member> otherId = withManifest(good);
        otherId[0].data.replace("\"demo\"", "\"other\"");
        QTest::newRow("another service") << otherId << false << "bundle-mismatch"
                                         << "other";
        QList<Member> noRootfs = withManifest({{"etc/x", Type::File, "x", {}, 0644, 0}});
        QTest::newRow("manifest names what is missing") << noRootfs << false << "bundle-manifest"
                                                        << "rootfs";
    }

    void hostile()
    {
        QFETCH(QList<Member>, members);
        QFETCH(bool, exactManifest);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        // A bundle already installed, which must survive the refusal untouched.
        const QString good = m_sentinel->filePath(QStringLiteral("good.tar.zst"));
        QVERIFY(writeBundle(good, withManifest(goodMembers())));
        QVERIFY(installBundle(good, m_serviceDir, demo).ok());

        const QString file = m_sentinel->filePath(QStringLiteral("hostile.tar.zst"));
        QVERIFY(writeBundle(file, exactManifest ? withManifest(members) : members));
        const auto before = snapshot(m_sentinel->path());
        qint64 mostWritten = 0;
        const auto result = installBundle(file, m_serviceDir, demo, [&](qint64 written, qint64) {
            mostWritten = qMax(mostWritten, written);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        QCOMPARE(snapshot(m_sentinel->path()), before);
        QVERIFY(leftovers(m_serviceDir).isEmpty());
        QVERIFY(mostWritten <= (5 << 20)); // never past the caps of the bomb cases
    }

    void notAnArchive()
    {
        const QString file = m_sentinel->filePath(QStringLiteral("noise.tar.zst"));
        QFile noise(file);
        QVERIFY(noise.open(QIODevice::WriteOnly));
        noise.write(QByteArray(4096, 'z'));
        noise.close();
        QVERIFY(QDir().mkpath(m_serviceDir));
        const auto before = snapshot(m_sentinel->path());
        const auto result = installBundle(file, m_serviceDir, demo);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("bundle-corrupt"));
        QCOMPARE(snapshot(m_sentinel->path()), before);
        QVERIFY(leftovers(m_serviceDir).isEmpty());
    }

    void truncatedArchive()
    {
        QList<Member> members = goodMembers();
        members.append({"rootfs/big", Type::File, QByteArray(300000, 'q'), {}, 0644, 0});
        const QString file = m_sentinel->filePath(QStringLiteral("cut.tar.gz"));
        QVERIFY(writeBundle(file, withManifest(members), Compression::Gzip));
        QFile cut(file);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() * 2 / 3));
        cut.close();
        const auto result = installBundle(file, m_serviceDir, demo);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("bundle-corrupt"));
        QVERIFY(!QFile::exists(m_serviceDir + QStringLiteral("/bundle")));
        QVERIFY(leftovers(m_serviceDir).isEmpty());
    }

    void cancelledLeavesNothing()
    {
        QList<Member> members = goodMembers();
        members.append({"rootfs/big", Type::File, {}, {}, 0644, 32 << 20});
        const QString file = m_sentinel->filePath(QStringLiteral("big.tar.zst"));
        QVERIFY(writeBundle(file, withManifest(members)));
        std::atomic<bool> cancelled {false};
        const auto result = installBundle(
            file, m_serviceDir, demo, [&](qint64, qint64) { cancelled = true; }, &cancelled);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(m_serviceDir + QStringLiteral("/bundle")));
        QVERIFY(leftovers(m_serviceDir).isEmpty());
    }

    void removeTreeHandlesReadOnlyDirectories()
    {
        const QString top = m_sentinel->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(top + QStringLiteral("/a/b")));
        QFile file(top + QStringLiteral("/a/b/f"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QFile::link(m_outside, top + QStringLiteral("/a/link-out")));
        chmod(QFile::encodeName(top + QStringLiteral("/a/b")).constData(), 0500);
        chmod(QFile::encodeName(top + QStringLiteral("/a")).constData(), 0500);
        QVERIFY(removeTree(top));
        QVERIFY(!QFileInfo::exists(top));
        QVERIFY(QFile::exists(m_outside + QStringLiteral("/secret"))); // links are removed, not followed
    }

    void asyncInstaller()
    {
        QList<Member> members = goodMembers();
        members.append({"rootfs/big", Type::File, {}, {}, 0644, 16 << 20});
        const QString file = m_sentinel->filePath(QStringLiteral("async.tar.zst"));
        QVERIFY(writeBundle(file, withManifest(members)));
        BundleInstaller installer;
        QSignalSpy progress(&installer, &BundleInstaller::progress);
        QSignalSpy finished(&installer, &BundleInstaller::finished);
        QVERIFY(installer.install(file, m_serviceDir, demo));
        QVERIFY(installer.isRunning());
        QVERIFY(!installer.install(file, m_serviceDir, demo));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!installer.isRunning());
        QCOMPARE(installer.manifest().id, QStringLiteral("demo"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());

        // The same bundle, claimed to be another version: refused, error() says why.
        QVERIFY(installer.install(file, m_serviceDir, {demo.id, QStringLiteral("9"), demo.kind}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(installer.error().code, QStringLiteral("bundle-mismatch"));
    }
};

CLOUDY_TEST_MAIN(TestServicesInstaller)
#include "tst_services_installer.moc"
