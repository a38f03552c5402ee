// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDisk.h"

#include "platform/Libarchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace Cloudy::Contribution {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Contribution::ConfigDisk)
};

// JSON with every character outside printable ASCII written as \uXXXX: the text is one line of ASCII
// whatever the values hold, so it is safe inside YAML (double-quoted scalar or literal block).
QByteArray asciiJson(const QByteArray &utf8Json)
{
    const QString text = QString::fromUtf8(utf8Json);
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit >= 0x20 && unit < 0x7f) {
            out.append(char(unit));
        } else if (unit == u'\n') {
            out.append("\\n"); // only from the writer's own layout (we write compact JSON: none)
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(unit));
            out.append(escaped);
        }
    }
    return out;
}

// A YAML double-quoted scalar: the JSON string form (JSON strings are valid YAML 1.2 double-quoted scalars).
QByteArray yamlString(const QString &value)
{
    const QByteArray array = asciiJson(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2); // strip [ ]
}

struct ArchiveWriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

Error diskError(const QString &path, const QString &why)
{
    return {QStringLiteral("config-disk"),
            Tr::tr("Cannot write the guest's configuration %1: %2").arg(path, why)};
}

// Replaces path with a temporary file of the same folder holding `data`, mode 0600.
std::optional<Error> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QTemporaryFile file(path + QStringLiteral(".XXXXXX")); // created 0600
    if (!file.open())
        return diskError(path, file.errorString());
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return diskError(path, file.errorString());
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return diskError(path, QString::fromLocal8Bit(std::strerror(errno)));
    file.setAutoRemove(false);
    return std::nullopt;
}

} // namespace

NoCloudFiles buildNoCloudFiles(const JoinConfig &config)
{
    NoCloudFiles files;
    QJsonObject join;
    join.insert(QStringLiteral("microcloud"), config.microcloudId);
    join.insert(QStringLiteral("ledger"), config.ledgerUrl);
    join.insert(QStringLiteral("secret"), config.secret);
    files.microcloudJson = asciiJson(QJsonDocument(join).toJson(QJsonDocument::Compact)) + '\n';

    // A new configuration is a new instance for cloud-init, which then writes the files again.
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(files.microcloudJson + config.hostname.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    files.metaData = QByteArray("instance-id: \"cloudy-") + digest
                     + "\"\nlocal-hostname: " + yamlString(config.hostname) + "\n";

    // The JSON goes in as a literal block: one indented line of ASCII, which no value can end early.
    files.userData = "#cloud-config\n"
                     "write_files:\n"
                     "  - path: /etc/cloudy/microcloud.json\n"
                     "    owner: \"root:root\"\n"
                     "    permissions: \"0600\"\n"
                     "    content: |\n"
                     "      "
                     + files.microcloudJson;
    return files;
}

std::optional<Error> writeNoCloudIso(const NoCloudFiles &files, const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return diskError(path, Tr::tr("cannot create the folder"));
    QTemporaryFile file(path + QStringLiteral(".XXXXXX")); // created 0600
    if (!file.open())
        return diskError(path, file.errorString());

    std::unique_ptr<archive, ArchiveWriteDeleter> writer(archive_write_new());
    auto failed = [&](const char *step) {
        return diskError(path,
                         QStringLiteral("%1: %2").arg(QString::fromLatin1(step),
                                                      QString::fromUtf8(archive_error_string(writer.get()))));
    };
    if (archive_write_set_format_iso9660(writer.get()) != ARCHIVE_OK)
        return failed("iso9660");
    if (archive_write_set_options(writer.get(), "iso9660:volume-id=cidata,iso9660:rockridge,iso9660:joliet")
        != ARCHIVE_OK)
        return failed("options");
    archive_write_set_bytes_in_last_block(writer.get(), 1); // no padding after the image
    if (archive_write_open_fd(writer.get(), file.handle()) != ARCHIVE_OK)
        return failed("open");

    const std::time_t now = std::time(nullptr);
    const QList<QPair<const char *, QByteArray>> entries {{kMetaDataName, files.metaData},
                                                          {kUserDataName, files.userData},
                                                          {kMicrocloudJsonName, files.microcloudJson}};
    for (const auto &[name, data] : entries) {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname(entry.get(), name);
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0400);
        archive_entry_set_size(entry.get(), data.size());
        archive_entry_set_mtime(entry.get(), now, 0);
        if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK)
            return failed("header");
        if (archive_write_data(writer.get(), data.constData(), size_t(data.size())) != data.size())
            return failed("data");
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return failed("close");
    writer.reset();

    if (::fsync(file.handle()) != 0)
        return diskError(path, QString::fromLocal8Bit(std::strerror(errno)));
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return diskError(path, QString::fromLocal8Bit(std::strerror(errno)));
    file.setAutoRemove(false);
    return std::nullopt;
}

std::optional<Error> writeNoCloudFolder(const NoCloudFiles &files, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return diskError(folder, Tr::tr("cannot create the folder"));
    if (::chmod(QFile::encodeName(folder).constData(), 0700) != 0)
        return diskError(folder, QString::fromLocal8Bit(std::strerror(errno)));
    const QList<QPair<const char *, QByteArray>> entries {{kMetaDataName, files.metaData},
                                                          {kUserDataName, files.userData},
                                                          {kMicrocloudJsonName, files.microcloudJson}};
    for (const auto &[name, data] : entries) {
        if (auto error = writeFileAtomically(folder + u'/' + QLatin1String(name), data))
            return error;
    }
    return std::nullopt;
}

QString microcloudKernelArgument(const QString &microcloudId)
{
    const QByteArray escaped = microcloudId.toUtf8().toPercentEncoding("._:-");
    return QStringLiteral("cloudy.microcloud=") + QString::fromLatin1(escaped);
}

} // namespace Cloudy::Contribution
