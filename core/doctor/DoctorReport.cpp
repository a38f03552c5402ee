// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorReport.h"

#include "platform/BuildInfo.h"

#include <QCoreApplication>

namespace Cloudy {

QString DoctorCheck::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Missing:
        return QStringLiteral("missing");
    }
    return QStringLiteral("missing");
}

const DoctorCheck *DoctorReport::check(const QString &id) const
{
    for (const DoctorCheck &entry : checks) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

bool DoctorReport::allAvailable() const
{
    return std::all_of(checks.cbegin(), checks.cend(),
                       [](const DoctorCheck &entry) { return entry.available(); });
}

QJsonObject DoctorReport::toJson() const
{
    QJsonObject checksObject;
    for (const DoctorCheck &entry : checks) {
        QJsonObject object = entry.facts;
        object.insert(QStringLiteral("title"), entry.title);
        object.insert(QStringLiteral("status"), DoctorCheck::statusName(entry.status));
        object.insert(QStringLiteral("available"), entry.available());
        object.insert(QStringLiteral("summary"), entry.summary);
        if (!entry.advice.isEmpty())
            object.insert(QStringLiteral("advice"), entry.advice);
        checksObject.insert(entry.id, object);
    }
    QJsonObject versionsObject;
    for (const auto &[component, version] : versions)
        versionsObject.insert(component, version);
    return QJsonObject {
        {QStringLiteral("version"), BuildInfo::version()},
        {QStringLiteral("allAvailable"), allAvailable()},
        {QStringLiteral("checks"), checksObject},
        {QStringLiteral("versions"), versionsObject},
    };
}

QString DoctorReport::toText() const
{
    QString text;
    for (const DoctorCheck &entry : checks) {
        const QString mark = entry.status == DoctorCheck::Status::Ok        ? QStringLiteral("[ok]     ")
                             : entry.status == DoctorCheck::Status::Warning ? QStringLiteral("[warning]")
                                                                            : QStringLiteral("[missing]");
        text += mark + QLatin1Char(' ') + entry.title + QLatin1Char('\n');
        text += QStringLiteral("          ") + entry.summary + QLatin1Char('\n');
        if (!entry.advice.isEmpty())
            text += QStringLiteral("          -> ") + entry.advice + QLatin1Char('\n');
    }
    text +=
        QLatin1Char('\n') + QCoreApplication::translate("Cloudy::Doctor", "Versions:") + QLatin1Char('\n');
    for (const auto &[component, version] : versions)
        text += QStringLiteral("  %1: %2\n").arg(component, -11).arg(version);
    return text;
}

} // namespace Cloudy
