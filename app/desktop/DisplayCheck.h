// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace Cloudy::Desktop {

// Why a window cannot be shown in this environment, or an empty string when it can. Checked before the
// QApplication exists, because Qt aborts with a cryptic "could not connect to display" otherwise.
// Pure: looks only at the environment it is given.
QString missingDisplayReason(const QProcessEnvironment &environment);

} // namespace Cloudy::Desktop
