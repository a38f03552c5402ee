// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsLoader.h"

#include "DesktopLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <dlfcn.h>

namespace Cloudy::Desktop {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Desktop::ChartsLoader)
};

using ApiFunction = const ChartsApi *(*)();

Result<const ChartsApi *> checked(ApiFunction function)
{
    const ChartsApi *api = function();
    if (!api || api->version != kChartsApiVersion)
        return Error {
            QStringLiteral("charts-module"),
            Tr::tr("The charts cannot be shown: their module (%1) is from another version of Cloudy "
                   "Desktop. Reinstalling Cloudy Desktop puts the right one back.")
                .arg(QLatin1String(kChartsModuleFile))};
    qCDebug(lcDesktop) << "charts module loaded";
    return api;
}

} // namespace

Result<const ChartsApi *> loadChartsModule(const QStringList &paths)
{
    ApiFunction function = nullptr;
    QStringList tried;
    for (const QString &path : paths) {
        QLibrary library(path);
        if (!library.load()) {
            tried << library.errorString();
            continue;
        }
        function = reinterpret_cast<ApiFunction>(library.resolve(kChartsApiSymbol));
        if (function)
            break;
        tried << Tr::tr("%1 has no charts entry point").arg(path);
        library.unload();
    }
    if (!function) {
        qCWarning(lcDesktop) << "charts module not loaded:" << tried;
        return Error {
            QStringLiteral("charts-module"),
            Tr::tr("The charts cannot be shown: their module (%1) is missing or broken. Reinstalling "
                   "Cloudy Desktop puts it back. (%2)")
                .arg(QLatin1String(kChartsModuleFile), tried.join(QStringLiteral("; ")))};
    }
    return checked(function);
}

Result<const ChartsApi *> chartsModule()
{
    static const Result<const ChartsApi *> loaded = [] {
        if (const auto linked = reinterpret_cast<ApiFunction>(dlsym(RTLD_DEFAULT, kChartsApiSymbol)))
            return checked(linked);
        const QDir programs(QCoreApplication::applicationDirPath());
        return loadChartsModule({programs.filePath(QLatin1String(kChartsModuleFile)),
                                 programs.filePath(QStringLiteral(CLOUDY_CHARTS_MODULE_FROM_BINDIR "/")
                                                   + QLatin1String(kChartsModuleFile))});
    }();
    return loaded;
}

} // namespace Cloudy::Desktop
