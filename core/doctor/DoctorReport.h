// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Cloudy {

// One thing Cloudy needs from the machine, as the doctor found it.
struct DoctorCheck
{
    enum class Status
    {
        Ok, // works
        Warning, // works in a reduced way (e.g. guests run without KVM, emulated and slower)
        Missing, // does not work; advice says what to do
    };
    QString id; // stable key for --json: "systemBus", "avahi", "libvirt", "lxc", "kvm", "keyring"
    QString title; // "Avahi (finds microclouds nearby)"
    Status status = Status::Missing;
    QString summary; // what was found, one sentence
    QString advice; // what the user can do about it; empty when Ok
    QJsonObject facts; // details for --json (URI, versions, domain types...)

    bool available() const { return status != Status::Missing; }
    static QString statusName(Status status);

    // Sets the verdict in one call: status, summary and (unless Ok) advice.
    void setResult(Status newStatus, const QString &newSummary, const QString &newAdvice = {})
    {
        status = newStatus;
        summary = newSummary;
        advice = newAdvice;
    }
};

struct DoctorReport
{
    QList<DoctorCheck> checks;
    QList<QPair<QString, QString>> versions; // (component, version), in display order

    const DoctorCheck *check(const QString &id) const;
    bool allAvailable() const;

    // {"version": "...", "checks": {"avahi": {"available": true, "status": "ok", ...}}, "versions": {...}}
    QJsonObject toJson() const;
    // A human report for the terminal: one block per check, advice indented under it.
    QString toText() const;
};

} // namespace Cloudy
