// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Cloudy {

// Makes SIGTERM and SIGINT end the Qt event loop cleanly (QCoreApplication::quit()), so databases are
// closed and guests are left in a known state. Signal handlers may not call Qt, so the handler only writes
// to a socket pair that a QSocketNotifier watches (the self-pipe pattern). Call once, after creating the
// application object.
void quitOnTerminationSignals();

} // namespace Cloudy
