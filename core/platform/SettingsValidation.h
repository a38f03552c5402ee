// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Pure checks of the values people type in the Settings dialog (and cloudyctl): an empty string means
// valid, else a sentence saying what is wrong.
namespace Cloudy::SettingsValidation {

// Empty (automatic) or a libvirt URI: DRIVER[+TRANSPORT]://[HOST]/PATH with a driver Cloudy can use
// (qemu, lxc, test).
QString libvirtUriProblem(const QString &uri);
// Empty (the microcloud's announced ledger) or an http/https URL with a host and no query or fragment.
QString ledgerUrlProblem(const QString &url);
// Empty (no pinning) or a SHA-256 as 64 hex digits (colons and spaces allowed between pairs).
QString ledgerPinProblem(const QString &pin);
// The pin reduced to 64 lower-case hex digits (empty when it is not a valid pin).
QString normalizedLedgerPin(const QString &pin);

} // namespace Cloudy::SettingsValidation
