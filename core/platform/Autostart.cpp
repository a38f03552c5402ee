// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"

#include "BuildInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Cloudy::Autostart {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Autostart)
};

// Exec= quoting (Desktop Entry Specification, "The Exec key"): reserved characters inside double quotes,
// with ", `, $ and \ escaped by a backslash.
QString quotedExec(const QString &executable)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = false;
    for (const QChar c : executable)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return executable;
    QString escaped;
    for (const QChar c : executable) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'"' + escaped + u'"';
}

} // namespace

QString entryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/%1.desktop").arg(BuildInfo::applicationId()));
}

QString entryText(const QString &executable)
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Cloudy\n"
                          "Comment=Keep sharing with your community cloud from the tray\n"
                          "Exec=%1 --hidden\n"
                          "Icon=%2\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quotedExec(executable), BuildInfo::applicationId());
}

bool isEnabled()
{
    return QFile::exists(entryPath());
}

Result<bool> setEnabled(bool enabled, const QString &executable)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error {QStringLiteral("autostart"),
                          Tr::tr("Could not remove %1, so Cloudy would still start at login.")
                              .arg(QDir::toNativeSeparators(path))};
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QString program = executable.isEmpty() ? QCoreApplication::applicationFilePath() : executable;
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText(program).toUtf8()) < 0 || !file.commit())
        return Error {
            QStringLiteral("autostart"),
            Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return true;
}

} // namespace Cloudy::Autostart
