// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartViews.h"
#include "platform/Result.h"

#include <QStringList>

namespace Cloudy::Desktop {

// The charts module (ChartViews.h), loaded by the first call: already in the process (a test linked with
// it), else libcloudy-desktop-charts.so beside the program (the build tree), else the installed one in
// LIBDIR/cloudy-desktop, found from the program's folder. An error in words when none can be loaded; the same
// answer after that.
Result<const ChartsApi *> chartsModule();

// The first of `paths` that loads as a charts module of this version (what chartsModule() does once the
// process has none).
Result<const ChartsApi *> loadChartsModule(const QStringList &paths);

} // namespace Cloudy::Desktop
