// SPDX-License-Identifier: GPL-3.0-or-later
// The NoCloud configuration the contribution guest receives: the files (hostile values cannot break the
// YAML or the JSON), the ISO9660 image read back with libarchive (names, contents, the "cidata" label),
// the LXC folder (modes), and the kernel argument.
#include "TestEnv.h"
#include "contribution/ConfigDisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>

using namespace Cloudy::Contribution;

namespace {

// Every regular file of an ISO, by name, read with libarchive's iso9660 reader.
QMap<QString, QByteArray> readIso(const QString &path, QString *error)
{
    QMap<QString, QByteArray> files;
    archive *reader = archive_read_new();
    archive_read_support_format_iso9660(reader);
    if (archive_read_open_filename(reader, QFile::encodeName(path).constData(), 10240) != ARCHIVE_OK) {
        *error = QString::fromUtf8(archive_error_string(reader));
        archive_read_free(reader);
        return files;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue; // the root directory
        QByteArray data(qsizetype(archive_entry_size(entry)), '\0');
        if (archive_read_data(reader, data.data(), size_t(data.size())) != data.size())
            *error = QStringLiteral("short read of ") + name;
        files.insert(name, data);
    }
    archive_read_free(reader);
    return files;
}

// The volume identifier of the ISO9660 primary volume descriptor (sector 16, bytes 40..71).
QByteArray isoVolumeId(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(16 * 2048))
        return {};
    const QByteArray descriptor = file.read(2048);
    if (descriptor.size() < 72 || descriptor.at(0) != 1 || descriptor.mid(1, 5) != "CD001")
        return {};
    return descriptor.mid(40, 32).trimmed();
}

// The Joliet volume identifier (supplementary descriptor, UCS-2 big endian), which blkid reports as the
// label when there is one.
QString jolietVolumeId(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (int sector = 17; sector < 32; ++sector) {
        file.seek(qint64(sector) * 2048);
        const QByteArray descriptor = file.read(2048);
        if (descriptor.size() < 72 || descriptor.mid(1, 5) != "CD001")
            return {};
        if (quint8(descriptor.at(0)) == 255)
            return {};
        if (descriptor.at(0) == 2) {
            QString id;
            for (int i = 40; i < 72; i += 2)
                id.append(QChar(char16_t((quint8(descriptor.at(i)) << 8) | quint8(descriptor.at(i + 1)))));
            return id.trimmed();
        }
    }
    return {};
}

// The JSON inside the user-data's literal block (the line after "content: |").
QByteArray userDataJson(const QByteArray &userData)
{
    const QList<QByteArray> lines = userData.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).trimmed() == "content: |")
            return lines.at(i + 1).trimmed();
    }
    return {};
}

int modeOf(const QString &path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class TestContributionConfigDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesCarryTheJoinConfiguration()
    {
        JoinConfig config;
        config.microcloudId = QStringLiteral("gracia.guifi");
        config.ledgerUrl = QStringLiteral("https://ledger.gracia.example/api");
        config.secret = QStringLiteral("s3cret");
        const NoCloudFiles files = buildNoCloudFiles(config);

        QVERIFY(files.userData.startsWith("#cloud-config\n"));
        QVERIFY(files.userData.contains("path: /etc/cloudy/microcloud.json"));
        QVERIFY(files.userData.contains("permissions: \"0600\""));
        QVERIFY(files.metaData.startsWith("instance-id: \"cloudy-"));
        QVERIFY(files.metaData.contains("local-hostname: \"cloudy-node\""));

        const QJsonObject json = QJsonDocument::fromJson(userDataJson(files.userData)).object();
        QCOMPARE(json.value(QStringLiteral("microcloud")).toString(), config.microcloudId);
        QCOMPARE(json.value(QStringLiteral("ledger")).toString(), config.ledgerUrl);
        QCOMPARE(json.value(QStringLiteral("secret")).toString(), config.secret);
        QCOMPARE(QJsonDocument::fromJson(files.microcloudJson).object(), json);

        // Another configuration is another instance (cloud-init runs write_files again).
        config.secret = QStringLiteral("other");
        QVERIFY(buildNoCloudFiles(config).metaData != files.metaData);
        config.secret = QStringLiteral("s3cret");
        QCOMPARE(buildNoCloudFiles(config).metaData, files.metaData);
    }

    void hostileValuesCannotBreakOut_data()
    {
        QTest::addColumn<QString>("microcloud");
        QTest::newRow("quotes") << QStringLiteral("a\"b'c\\d");
        QTest::newRow("newline-yaml") << QStringLiteral("x\n  - path: /etc/passwd\n    content: pwned");
        QTest::newRow("path") << QStringLiteral("../../etc/shadow");
        QTest::newRow("yaml-linebreaks") << QStringLiteral("a\u2028b\u2029c\u0085d\re");
        QTest::newRow("json-close") << QStringLiteral("\"}, \"secret\": \"stolen");
        QTest::newRow("non-ascii") << QStringLiteral("Gràcia ☁ 𝄞");
    }

    void hostileValuesCannotBreakOut()
    {
        QFETCH(QString, microcloud);
        JoinConfig config;
        config.microcloudId = microcloud;
        config.ledgerUrl = QStringLiteral("https://ledger.example/");
        config.secret = QStringLiteral("real-secret");
        config.hostname = microcloud; // also reaches meta-data
        const NoCloudFiles files = buildNoCloudFiles(config);

        // Plain ASCII, and exactly the lines we write: nothing a value holds starts a new line.
        for (const QByteArray &file : {files.userData, files.metaData, files.microcloudJson}) {
            for (const char c : file)
                QVERIFY2(uchar(c) < 0x7f && (uchar(c) >= 0x20 || c == '\n'), file.constData());
        }
        QCOMPARE(files.userData.count('\n'), 7);
        QCOMPARE(files.metaData.count('\n'), 2);
        const QList<QByteArray> userLines = files.userData.split('\n');
        QCOMPARE(userLines.at(1), QByteArray("write_files:"));
        QCOMPARE(userLines.at(2), QByteArray("  - path: /etc/cloudy/microcloud.json"));
        QVERIFY(userLines.at(6).startsWith("      {"));

        // The JSON round-trips to the same values.
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(userDataJson(files.userData), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.value(QStringLiteral("microcloud")).toString(), microcloud);
        QCOMPARE(json.value(QStringLiteral("secret")).toString(), QStringLiteral("real-secret"));

        // meta-data's hostname is one JSON/YAML double-quoted scalar that decodes to the value.
        const QByteArray hostLine = files.metaData.split('\n').at(1);
        QVERIFY(hostLine.startsWith("local-hostname: \""));
        const QByteArray scalar = hostLine.mid(int(qstrlen("local-hostname: ")));
        const QJsonDocument decoded = QJsonDocument::fromJson("[" + scalar + "]");
        QCOMPARE(decoded.array().size(), 1);
        QCOMPARE(decoded.array().at(0).toString(), microcloud);
    }

    void isoReadsBackWithLabel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        JoinConfig config;
        config.microcloudId = QStringLiteral("../evil\"id\nx");
        config.ledgerUrl = QStringLiteral("http://127.0.0.1:8088");
        config.secret = QStringLiteral("top-secret");
        const NoCloudFiles files = buildNoCloudFiles(config);
        const QString path = dir.filePath(QStringLiteral("pool/config.iso"));
        const auto error = writeNoCloudIso(files, path);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");

        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("pool"))).entryList(QDir::Files),
                 QStringList {QStringLiteral("config.iso")}); // no temporary file left
        QString readError;
        const QMap<QString, QByteArray> read = readIso(path, &readError);
        QVERIFY2(readError.isEmpty(), qPrintable(readError));
        QCOMPARE(read.value(QStringLiteral("meta-data")), files.metaData);
        QCOMPARE(read.value(QStringLiteral("user-data")), files.userData);
        QCOMPARE(read.value(QStringLiteral("microcloud.json")), files.microcloudJson);
        QCOMPARE(read.size(), 3);
        // cloud-init finds the disk by its label: ISO9660's d-characters are upper case, Joliet keeps it.
        QCOMPARE(isoVolumeId(path).toLower(), QByteArray("cidata"));
        QCOMPARE(jolietVolumeId(path), QStringLiteral("cidata"));

        // Rewriting replaces it atomically (same path, new content).
        config.secret = QStringLiteral("rotated");
        const NoCloudFiles next = buildNoCloudFiles(config);
        QVERIFY(!writeNoCloudIso(next, path));
        QCOMPARE(readIso(path, &readError).value(QStringLiteral("microcloud.json")), next.microcloudJson);
        QCOMPARE(modeOf(path), 0600);
    }

    void folderForContainers()
    {
        QTemporaryDir dir;
        JoinConfig config;
        config.microcloudId = QStringLiteral("mc");
        config.secret = QStringLiteral("secret");
        const NoCloudFiles files = buildNoCloudFiles(config);
        const QString folder = dir.filePath(QStringLiteral("config"));
        QVERIFY(!writeNoCloudFolder(files, folder));
        QCOMPARE(modeOf(folder), 0700);
        QStringList names = QDir(folder).entryList(QDir::Files);
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("meta-data"), QStringLiteral("microcloud.json"),
                                      QStringLiteral("user-data")}));
        for (const QString &name : names)
            QCOMPARE(modeOf(folder + u'/' + name), 0600);
        QFile json(folder + QStringLiteral("/microcloud.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QCOMPARE(json.readAll(), files.microcloudJson);
        // Again: replaced, still 0600, nothing else left behind.
        QVERIFY(!writeNoCloudFolder(files, folder));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
    }

    void kernelArgumentIsOneWord()
    {
        QCOMPARE(microcloudKernelArgument(QStringLiteral("gracia.guifi-1")),
                 QStringLiteral("cloudy.microcloud=gracia.guifi-1"));
        const QString hostile = microcloudKernelArgument(QStringLiteral("a b init=/bin/sh\"\n"));
        QVERIFY(!hostile.contains(u' '));
        QVERIFY(!hostile.contains(u'"'));
        QVERIFY(!hostile.contains(u'\n'));
        QCOMPARE(hostile, QStringLiteral("cloudy.microcloud=a%20b%20init%3D%2Fbin%2Fsh%22%0A"));
    }
};

CLOUDY_TEST_MAIN(TestContributionConfigDisk)
#include "tst_contribution_configdisk.moc"
