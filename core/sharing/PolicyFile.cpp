// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyFile.h"

#include "SharingLog.h"
#include "platform/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace Cloudy::Sharing {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Sharing)
};

const QLatin1String kFormat("cloudy-sharing-policy");
const char *const kDayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

Error invalid(const QString &detail)
{
    return {QStringLiteral("policy-invalid"), detail};
}

// Reads typed values out of JSON objects; the first mistake is kept and makes the whole file invalid.
class Reader
{
public:
    std::optional<Error> error;

    bool failed() const { return error.has_value(); }

    void fail(const QString &field, const QString &expected)
    {
        if (!error)
            error = invalid(Tr::tr("“%1” must be %2.").arg(field, expected));
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &field)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            fail(field, Tr::tr("an object"));
        return value.toObject();
    }

    void integer(const QJsonObject &parent, const QString &key, const QString &field, int *out)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(number) != number || number < std::numeric_limits<int>::min()
            || number > std::numeric_limits<int>::max()) {
            fail(field, Tr::tr("a whole number"));
            return;
        }
        *out = int(number);
    }

    void boolean(const QJsonObject &parent, const QString &key, const QString &field, bool *out)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return;
        if (!value.isBool()) {
            fail(field, Tr::tr("true or false"));
            return;
        }
        *out = value.toBool();
    }

    void string(const QJsonObject &parent, const QString &key, const QString &field, QString *out)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString()) {
            fail(field, Tr::tr("text"));
            return;
        }
        *out = value.toString();
    }

    template<typename T, typename Parse>
    void name(const QJsonObject &parent, const QString &key, const QString &field, const QString &allowed,
              Parse parse, T *out)
    {
        QString text;
        const bool present = parent.contains(key);
        string(parent, key, field, &text);
        if (!present || failed())
            return;
        const std::optional<T> parsed = parse(text);
        if (!parsed) {
            fail(field, allowed);
            return;
        }
        *out = *parsed;
    }
};

QJsonObject capsToJson(const ResourceCaps &caps)
{
    return {{QStringLiteral("vcpus"), caps.vcpus},
            {QStringLiteral("cpuPercent"), caps.cpuPercent},
            {QStringLiteral("memoryMiB"), caps.memoryMiB},
            {QStringLiteral("diskGiB"), caps.diskGiB}};
}

QJsonObject scheduleToJson(const WeeklySchedule &schedule)
{
    QJsonObject json {{QStringLiteral("slotMinutes"), WeeklySchedule::kSlotMinutes}};
    for (int day = 1; day <= 7; ++day) {
        QJsonArray daySlots;
        bool any = false;
        for (int slot = 0; slot < WeeklySchedule::kSlotsPerDay; ++slot) {
            const QString id = schedule.profileAt(WeeklySchedule::slotIndex(day, slot));
            any = any || !id.isEmpty();
            daySlots.append(id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id));
        }
        if (any)
            json.insert(QLatin1String(kDayKeys[day - 1]), daySlots);
    }
    return json;
}

void readSchedule(Reader &reader, const QJsonObject &json, WeeklySchedule *schedule)
{
    int slotMinutes = WeeklySchedule::kSlotMinutes;
    reader.integer(json, QStringLiteral("slotMinutes"), QStringLiteral("schedule.slotMinutes"), &slotMinutes);
    if (slotMinutes != WeeklySchedule::kSlotMinutes) {
        reader.fail(QStringLiteral("schedule.slotMinutes"), QString::number(WeeklySchedule::kSlotMinutes));
        return;
    }
    for (int day = 1; day <= 7; ++day) {
        const QString key = QLatin1String(kDayKeys[day - 1]);
        const QString field = QStringLiteral("schedule.") + key;
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        const QJsonArray daySlots = value.toArray();
        if (!value.isArray() || daySlots.size() != WeeklySchedule::kSlotsPerDay) {
            reader.fail(field, Tr::tr("a list of %1 profile ids or nulls").arg(WeeklySchedule::kSlotsPerDay));
            return;
        }
        for (int slot = 0; slot < WeeklySchedule::kSlotsPerDay; ++slot) {
            const QJsonValue entry = daySlots.at(slot);
            if (!entry.isNull() && !entry.isString()) {
                reader.fail(QStringLiteral("%1[%2]").arg(field).arg(slot), Tr::tr("a profile id or null"));
                return;
            }
            schedule->setSlot(WeeklySchedule::slotIndex(day, slot), entry.toString());
        }
    }
}

void readCaps(Reader &reader, const QJsonObject &json, const QString &prefix, int *vcpus, int *cpuPercent,
              int *memoryMiB, int *diskGiB)
{
    reader.integer(json, QStringLiteral("vcpus"), prefix + QStringLiteral("vcpus"), vcpus);
    reader.integer(json, QStringLiteral("cpuPercent"), prefix + QStringLiteral("cpuPercent"), cpuPercent);
    reader.integer(json, QStringLiteral("memoryMiB"), prefix + QStringLiteral("memoryMiB"), memoryMiB);
    if (diskGiB)
        reader.integer(json, QStringLiteral("diskGiB"), prefix + QStringLiteral("diskGiB"), diskGiB);
}
} // namespace

QString defaultPolicyPath()
{
    return Paths::dataDir() + QStringLiteral("/sharing-policy.json");
}

QByteArray policyToJson(const SharingPolicy &policy)
{
    QJsonArray profiles;
    for (const Profile &profile : policy.profiles) {
        profiles.append(QJsonObject {{QStringLiteral("id"), profile.id},
                                     {QStringLiteral("name"), profile.name},
                                     {QStringLiteral("vcpus"), profile.vcpus},
                                     {QStringLiteral("cpuPercent"), profile.cpuPercent},
                                     {QStringLiteral("memoryMiB"), profile.memoryMiB}});
    }
    const QJsonObject json {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kPolicyFormatVersion},
        {QStringLiteral("enabled"), policy.enabled},
        {QStringLiteral("microcloud"), policy.microcloudId},
        {QStringLiteral("guest"), QJsonObject {{QStringLiteral("kind"), guestKindName(policy.guestKind)},
                                               {QStringLiteral("image"), policy.image}}},
        {QStringLiteral("caps"), capsToJson(policy.caps)},
        {QStringLiteral("mode"), modeName(policy.mode)},
        {QStringLiteral("idleMinutes"), policy.idleMinutes},
        {QStringLiteral("graceSeconds"), policy.graceSeconds},
        {QStringLiteral("whileInUse"),
         QJsonObject {{QStringLiteral("action"), inUseActionName(policy.inUseAction)},
                      {QStringLiteral("profile"), policy.inUseProfileId}}},
        {QStringLiteral("pauseOnBattery"), policy.pauseOnBattery},
        {QStringLiteral("pausedUntil"), policy.pausedUntil.isValid()
                                            ? QJsonValue(policy.pausedUntil.toUTC().toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("profiles"), profiles},
        {QStringLiteral("schedule"), scheduleToJson(policy.schedule)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

Result<SharingPolicy> policyFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(Tr::tr("It is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString(), QString::number(parseError.offset)));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return invalid(Tr::tr("It is not a Cloudy sharing policy (no \"format\": \"%1\").").arg(kFormat));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || std::floor(version.toDouble()) != version.toDouble())
        return invalid(Tr::tr("It has no valid format version."));
    if (version.toDouble() > kPolicyFormatVersion)
        return Error {
            QStringLiteral("policy-newer"),
            Tr::tr("It was written by a newer Cloudy Desktop (format version %1; this one reads up to "
                   "%2). Update Cloudy Desktop to use it.")
                .arg(QString::number(version.toDouble()), QString::number(kPolicyFormatVersion))};

    SharingPolicy policy;
    Reader reader;
    reader.boolean(root, QStringLiteral("enabled"), QStringLiteral("enabled"), &policy.enabled);
    reader.string(root, QStringLiteral("microcloud"), QStringLiteral("microcloud"), &policy.microcloudId);
    const QJsonObject guest = reader.object(root, QStringLiteral("guest"), QStringLiteral("guest"));
    reader.name(guest, QStringLiteral("kind"), QStringLiteral("guest.kind"), Tr::tr("“qemu” or “lxc”"),
                guestKindFromName, &policy.guestKind);
    reader.string(guest, QStringLiteral("image"), QStringLiteral("guest.image"), &policy.image);
    const QJsonObject caps = reader.object(root, QStringLiteral("caps"), QStringLiteral("caps"));
    readCaps(reader, caps, QStringLiteral("caps."), &policy.caps.vcpus, &policy.caps.cpuPercent,
             &policy.caps.memoryMiB, &policy.caps.diskGiB);
    reader.name(root, QStringLiteral("mode"), QStringLiteral("mode"),
                Tr::tr("“always”, “idle” or “schedule”"), modeFromName, &policy.mode);
    reader.integer(root, QStringLiteral("idleMinutes"), QStringLiteral("idleMinutes"), &policy.idleMinutes);
    reader.integer(root, QStringLiteral("graceSeconds"), QStringLiteral("graceSeconds"),
                   &policy.graceSeconds);
    const QJsonObject inUse = reader.object(root, QStringLiteral("whileInUse"), QStringLiteral("whileInUse"));
    reader.name(inUse, QStringLiteral("action"), QStringLiteral("whileInUse.action"),
                Tr::tr("“suspend” or “profile”"), inUseActionFromName, &policy.inUseAction);
    reader.string(inUse, QStringLiteral("profile"), QStringLiteral("whileInUse.profile"),
                  &policy.inUseProfileId);
    reader.boolean(root, QStringLiteral("pauseOnBattery"), QStringLiteral("pauseOnBattery"),
                   &policy.pauseOnBattery);

    QString pausedUntil;
    reader.string(root, QStringLiteral("pausedUntil"), QStringLiteral("pausedUntil"), &pausedUntil);
    if (!pausedUntil.isEmpty()) {
        policy.pausedUntil = QDateTime::fromString(pausedUntil, Qt::ISODate);
        if (!policy.pausedUntil.isValid())
            reader.fail(QStringLiteral("pausedUntil"),
                        Tr::tr("a date and time such as 2024-05-01T10:00:00Z, or null"));
    }

    const QJsonValue profiles = root.value(QStringLiteral("profiles"));
    if (!profiles.isUndefined() && !profiles.isNull() && !profiles.isArray())
        reader.fail(QStringLiteral("profiles"), Tr::tr("a list"));
    const QJsonArray profileList = profiles.toArray();
    for (qsizetype index = 0; index < profileList.size() && !reader.failed(); ++index) {
        const QString prefix = QStringLiteral("profiles[%1].").arg(index);
        if (!profileList.at(index).isObject()) {
            reader.fail(QStringLiteral("profiles[%1]").arg(index), Tr::tr("an object"));
            break;
        }
        const QJsonObject json = profileList.at(index).toObject();
        Profile profile;
        reader.string(json, QStringLiteral("id"), prefix + QStringLiteral("id"), &profile.id);
        reader.string(json, QStringLiteral("name"), prefix + QStringLiteral("name"), &profile.name);
        readCaps(reader, json, prefix, &profile.vcpus, &profile.cpuPercent, &profile.memoryMiB, nullptr);
        policy.profiles.append(profile);
    }
    readSchedule(reader, reader.object(root, QStringLiteral("schedule"), QStringLiteral("schedule")),
                 &policy.schedule);
    if (reader.error)
        return *reader.error;

    const QList<PolicyProblem> problems = structuralProblems(policy);
    if (!problems.isEmpty())
        return invalid(problems.first().error.message);
    return policy;
}

Result<SharingPolicy> readPolicyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error {QStringLiteral("policy-missing"),
                      Tr::tr("There is no sharing policy in %1 yet.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("policy-unreadable"),
                      Tr::tr("Cannot read the sharing policy %1: %2. Check the file's permissions.")
                          .arg(path, file.errorString())};
    Result<SharingPolicy> policy = policyFromJson(file.readAll());
    if (!policy)
        return Error {policy.error().code,
                      Tr::tr("The sharing policy %1 cannot be used: %2").arg(path, policy.error().message)};
    return policy;
}

LoadedPolicy loadPolicy(const QString &path)
{
    Result<SharingPolicy> read = readPolicyFile(path);
    if (read)
        return {std::move(read).value(), std::nullopt};
    if (read.error().code == QLatin1String("policy-missing"))
        return {SharingPolicy(), std::nullopt};

    Error problem = read.error();
    // Keep the unusable file: the next save replaces it, and the user may want what was in it.
    const QString copy = path + QStringLiteral(".corrupt");
    QFile::remove(copy);
    if (QFile::copy(path, copy))
        problem.message += QLatin1Char(' ')
                           + Tr::tr("Sharing uses the default settings; the file was kept as %1.").arg(copy);
    else
        problem.message += QLatin1Char(' ') + Tr::tr("Sharing uses the default settings.");
    qCWarning(lcSharing).noquote() << problem.message;
    return {SharingPolicy(), problem};
}

std::optional<Error> savePolicy(const SharingPolicy &policy, const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error {
            QStringLiteral("policy-unwritable"),
            Tr::tr("Cannot create the folder %1 for the sharing policy; check its permissions.").arg(folder)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            QStringLiteral("policy-unwritable"),
            Tr::tr("Cannot write the sharing policy %1: %2. Check the folder's permissions and free space.")
                .arg(path, file.errorString())};
    file.write(policyToJson(policy));
    if (!file.commit())
        return Error {
            QStringLiteral("policy-unwritable"),
            Tr::tr("Cannot write the sharing policy %1: %2. Check the folder's permissions and free space.")
                .arg(path, file.errorString())};
    qCInfo(lcSharing) << "saved the sharing policy to" << path;
    return std::nullopt;
}

} // namespace Cloudy::Sharing
