// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Cloudy::Virt {

// Makes libvirt use Qt's event loop (virEventRegisterImpl): one QSocketNotifier per watched file descriptor
// and direction, one QTimer per libvirt timeout, all living in the application's main thread. Without it
// libvirt delivers no domain event, runs no keepalive and never notices a dropped connection.
//
// Must run before the first connection that should deliver events (initialize() calls it, and
// Connection::open() and Session call initialize()). Needs a QCoreApplication: without one it does nothing
// and returns false, so a later call can still register. Idempotent; callable from any thread (libvirt's
// callbacks are marshalled to the main thread).
bool useQtEventLoop();

// Whether useQtEventLoop() registered the Qt implementation in this process.
bool qtEventLoopRegistered();

} // namespace Cloudy::Virt
