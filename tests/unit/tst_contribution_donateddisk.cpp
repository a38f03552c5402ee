// SPDX-License-Identifier: GPL-3.0-or-later
// The container's donated disk (core/contribution/DonatedDisk): a sparse image holding ext4 of the asked
// size, grown in place, shrunk only while the data fits (and then kept as it was, data included). Files go
// into the image with debugfs, so nothing is mounted and no root is needed.
#include "GuestSupport.h"
#include "TestEnv.h"
#include "contribution/DonatedDisk.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Cloudy::Contribution;

namespace {

constexpr quint64 kMiB = 1024 * 1024;

// debugfs -R COMMAND on the image; its output.
QByteArray debugfs(const QString &image, const QString &command, bool write = false)
{
    CloudyTest::ProcessResult result;
    QStringList arguments;
    if (write)
        arguments << QStringLiteral("-w");
    arguments << QStringLiteral("-R") << command << image;
    CloudyTest::runProgram(CloudyTest::systemTool(QStringLiteral("debugfs")), arguments, &result);
    return result.out;
}

} // namespace

class TestDonatedDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (CloudyTest::systemTool(QStringLiteral("mke2fs")).isEmpty()
            || CloudyTest::systemTool(QStringLiteral("debugfs")).isEmpty())
            CLOUDY_SKIP(QStringLiteral("e2fsprogs is not installed (apt-get install e2fsprogs)"));
    }

    void superblockMagic()
    {
        QByteArray head(2048, '\0');
        QVERIFY(!DonatedDisk::hasExtMagic(head));
        head[1080] = char(0x53);
        head[1081] = char(0xEF);
        QVERIFY(DonatedDisk::hasExtMagic(head));
        QVERIFY(!DonatedDisk::hasExtMagic(head.left(1081)));
        QVERIFY(!DonatedDisk::isExtImage(m_dir.filePath(QStringLiteral("missing.img"))));
    }

    void createGrowShrink()
    {
        const QString image = m_dir.filePath(QStringLiteral("data.img"));
        const auto created = DonatedDisk::create(image, 256 * kMiB);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(DonatedDisk::isExtImage(image));
        QCOMPARE(quint64(QFileInfo(image).size()), 256 * kMiB);
        QCOMPARE(CloudyTest::extFilesystemBytes(image), 256 * kMiB);
        struct stat info
        { };
        QCOMPARE(::stat(QFile::encodeName(image).constData(), &info), 0);
        QVERIFY2(quint64(info.st_blocks) * 512 < 256 * kMiB, "the image is not sparse");
        // The top folder belongs to root (root_owner=0:0), whoever made the image.
        QVERIFY2(debugfs(image, QStringLiteral("stat /")).contains("User:     0   Group:     0"),
                 debugfs(image, QStringLiteral("stat /")).constData());

        // 40 MiB of data.
        const QString data = m_dir.filePath(QStringLiteral("payload"));
        {
            QFile payload(data);
            QVERIFY(payload.open(QIODevice::WriteOnly));
            const QByteArray block(kMiB, 'x');
            for (int i = 0; i < 40; ++i)
                QCOMPARE(payload.write(block), qint64(kMiB));
        }
        debugfs(image, QStringLiteral("write %1 payload").arg(data), true);
        QVERIFY(debugfs(image, QStringLiteral("ls -l /")).contains("payload"));

        // Bigger: in place, the data kept.
        auto resized = DonatedDisk::resize(image, 384 * kMiB);
        QVERIFY2(resized.ok(), qPrintable(resized.error().message));
        QCOMPARE(quint64(QFileInfo(image).size()), 384 * kMiB);
        QCOMPARE(CloudyTest::extFilesystemBytes(image), 384 * kMiB);
        QVERIFY(debugfs(image, QStringLiteral("ls -l /")).contains("payload"));

        // Smaller than the data: refused, nothing changed.
        resized = DonatedDisk::resize(image, 32 * kMiB);
        QVERIFY(!resized.ok());
        QCOMPARE(resized.error().code, QStringLiteral("disk-shrink"));
        QVERIFY2(resized.error().message.contains(QStringLiteral("does not fit")),
                 qPrintable(resized.error().message));
        QCOMPARE(quint64(QFileInfo(image).size()), 384 * kMiB);
        QCOMPARE(CloudyTest::extFilesystemBytes(image), 384 * kMiB);
        QVERIFY(debugfs(image, QStringLiteral("ls -l /")).contains("payload"));

        // Smaller with room for the data: done, data kept.
        resized = DonatedDisk::resize(image, 256 * kMiB);
        QVERIFY2(resized.ok(), qPrintable(resized.error().message));
        QCOMPARE(quint64(QFileInfo(image).size()), 256 * kMiB);
        QCOMPARE(CloudyTest::extFilesystemBytes(image), 256 * kMiB);
        QVERIFY(debugfs(image, QStringLiteral("ls -l /")).contains("payload"));
        CloudyTest::ProcessResult check;
        QVERIFY(CloudyTest::runProgram(CloudyTest::systemTool(QStringLiteral("e2fsck")),
                                       {QStringLiteral("-f"), QStringLiteral("-n"), image}, &check));
        QCOMPARE(check.exitCode, 0);
    }
};

CLOUDY_TEST_MAIN(TestDonatedDisk)
#include "tst_contribution_donateddisk.moc"
