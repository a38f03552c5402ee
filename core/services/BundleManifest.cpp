// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleManifest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::BundleManifest)
};

Error fieldError(const QString &message)
{
    return Error {QStringLiteral("manifest-field"), message};
}

// A JSON number that is a whole, non-negative count within [0, max]; -1 when it is not.
qint64 wholeNumber(const QJsonValue &value, qint64 max)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number < 0 || number > double(max) || number != double(qint64(number)))
        return -1;
    return qint64(number);
}

} // namespace

bool isSafeBundlePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(QChar(u'\0')))
        return false;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

Result<BundleManifest> parseBundleManifest(const QByteArray &json)
{
    if (json.size() > BundleManifest::maximumSize)
        return Error {
            QStringLiteral("manifest-json"),
            Tr::tr("The bundle's manifest is larger than %1 KiB.").arg(BundleManifest::maximumSize / 1024)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {QStringLiteral("manifest-json"),
                      Tr::tr("The bundle's manifest is not valid JSON (%1).").arg(parseError.errorString())};
    const QJsonObject root = document.object();

    BundleManifest manifest;
    const QJsonValue format = root.value(u"format");
    if (!format.isDouble())
        return Error {QStringLiteral("manifest-format"), Tr::tr("The bundle's manifest has no \"format\".")};
    if (format.toDouble() != BundleManifest::knownFormat) {
        const QString number = QString::number(format.toDouble());
        return Error {QStringLiteral("manifest-format"),
                      Tr::tr("The bundle uses format %1, which this version of Cloudy does not know. "
                             "Update Cloudy Desktop to install it.")
                          .arg(number)};
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    manifest.id = root.value(u"id").toString();
    if (!idPattern.match(manifest.id).hasMatch())
        return fieldError(Tr::tr("The bundle's manifest has no valid \"id\" (lower-case letters, digits and "
                                 "dashes, at most 63)."));
    manifest.version = root.value(u"version").toString();
    if (manifest.version.isEmpty() || manifest.version.size() > 64)
        return fieldError(Tr::tr("The bundle's manifest has no valid \"version\"."));
    manifest.kind = root.value(u"kind").toString();
    if (manifest.kind == u"qemu") {
        const QJsonObject qemu = root.value(u"qemu").toObject();
        manifest.qemuKernel = qemu.value(u"kernel").toString();
        manifest.qemuInitrd = qemu.value(u"initrd").toString();
        manifest.qemuDisk = qemu.value(u"disk").toString();
        manifest.qemuCmdline = qemu.value(u"cmdline").toString();
        if (!isSafeBundlePath(manifest.qemuKernel))
            return fieldError(Tr::tr("The bundle's manifest has no valid \"qemu.kernel\" (a path inside the "
                                     "bundle)."));
        if (!isSafeBundlePath(manifest.qemuInitrd))
            return fieldError(Tr::tr("The bundle's manifest has no valid \"qemu.initrd\" (a path inside the "
                                     "bundle)."));
        if (!manifest.qemuDisk.isEmpty() && !isSafeBundlePath(manifest.qemuDisk))
            return fieldError(Tr::tr("The bundle's manifest has an invalid \"qemu.disk\" (a path inside the "
                                     "bundle)."));
    } else if (manifest.kind == u"lxc") {
        const QJsonObject lxc = root.value(u"lxc").toObject();
        manifest.lxcRootfs = lxc.value(u"rootfs").toString();
        manifest.lxcInit = lxc.value(u"init").toString();
        if (!isSafeBundlePath(manifest.lxcRootfs))
            return fieldError(Tr::tr("The bundle's manifest has no valid \"lxc.rootfs\" (a directory inside "
                                     "the bundle)."));
        if (!manifest.lxcInit.startsWith(u'/') || !isSafeBundlePath(manifest.lxcInit.mid(1)))
            return fieldError(Tr::tr("The bundle's manifest has no valid \"lxc.init\" (an absolute path "
                                     "inside the root filesystem)."));
    } else {
        return fieldError(Tr::tr("The bundle's manifest has no valid \"kind\" (\"qemu\" or \"lxc\")."));
    }

    const QJsonObject contents = root.value(u"contents").toObject();
    // 2^53: the largest count a JSON number holds exactly.
    manifest.files = wholeNumber(contents.value(u"files"), 10'000'000);
    manifest.bytes = wholeNumber(contents.value(u"bytes"), qint64(1) << 53);
    if (manifest.files < 0)
        return fieldError(Tr::tr("The bundle's manifest has no valid \"contents.files\" (a whole number)."));
    if (manifest.bytes < 0)
        return fieldError(Tr::tr("The bundle's manifest has no valid \"contents.bytes\" (a whole number)."));
    return manifest;
}

} // namespace Cloudy::Services
