// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SharingPolicy.h"
#include "platform/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Cloudy::Sharing {

// The sharing policy as a JSON file, shared by cloudy-desktop and cloudyctl. Versioned: a file of a newer
// format than this program knows is refused (and left untouched) rather than half-read.
//
//   {
//     "format": "cloudy-sharing-policy", "version": 1,
//     "enabled": true, "microcloud": "gracia",
//     "guest": {"kind": "qemu", "image": "cloudy-node"},          kind: qemu | lxc; image: catalog id or path
//     "caps": {"vcpus": 2, "cpuPercent": 50, "memoryMiB": 2048, "diskGiB": 20},
//     "mode": "idle",                                               always | idle | schedule
//     "idleMinutes": 3, "graceSeconds": 120,
//     "whileInUse": {"action": "profile", "profile": "in-use"},     action: suspend | profile
//     "pauseOnBattery": true,
//     "pausedUntil": "2024-05-01T10:00:00Z",                        or null
//     "profiles": [{"id": "night", "name": "Night 100 %", "vcpus": 4, "cpuPercent": 100, "memoryMiB": 4096}],
//     "schedule": {"slotMinutes": 30, "mon": [null, …, "night"], …} 48 slots per day from 00:00, null = off;
//   }                                                               a day left out is off all day
//
// Keys left out take their defaults; unknown keys are ignored (a later version 1 may add some).
inline constexpr int kPolicyFormatVersion = 1;

// Paths::dataDir() + "/sharing-policy.json".
QString defaultPolicyPath();

QByteArray policyToJson(const SharingPolicy &policy);
// Refuses JSON that is not a policy, has a wrong type or value anywhere, a newer version, or any of
// structuralProblems().
Result<SharingPolicy> policyFromJson(const QByteArray &json);

// Reads a policy file. Error code "policy-missing" when there is none yet.
Result<SharingPolicy> readPolicyFile(const QString &path);

struct LoadedPolicy
{
    SharingPolicy policy;
    // Set when the file existed but could not be used: the policy is then the defaults, the problem was
    // logged as a warning, and the unusable file was copied to path + ".corrupt" before anything overwrites
    // it.
    std::optional<Error> problem;
};
// The policy in the file, or the defaults when there is none (no problem) or it is unusable (a problem).
LoadedPolicy loadPolicy(const QString &path = defaultPolicyPath());

// Writes the policy atomically (QSaveFile): readers see the old file or the new one, never half of it.
// Creates the folder. Does not validate against the host: call validatePolicy() first.
std::optional<Error> savePolicy(const SharingPolicy &policy, const QString &path = defaultPolicyPath());

} // namespace Cloudy::Sharing
