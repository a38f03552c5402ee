// SPDX-License-Identifier: GPL-3.0-or-later
// The sharing policy: validation against the host's capacity (with the allowed maximum in each message),
// presets, the CPU quota it implies, and its JSON file (round trip, corrupt and unreadable files).
#include "TestEnv.h"
#include "sharing/HostCapacity.h"
#include "sharing/PolicyFile.h"
#include "sharing/ResourceCaps.h"
#include "sharing/SharingPolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>

Q_DECLARE_METATYPE(Cloudy::Sharing::HostCapacity)
Q_DECLARE_METATYPE(Cloudy::Sharing::ResourceCaps)

using namespace Cloudy::Sharing;

namespace {

constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;

HostCapacity capacity(int cores, qint64 memoryMiB, qint64 diskTotalGiB, qint64 diskFreeGiB)
{
    HostCapacity host;
    host.cores = cores;
    host.memoryMiB = memoryMiB;
    host.diskPath = QStringLiteral("/var/lib/cloudy/pool");
    host.diskTotalBytes = diskTotalGiB * kGiB;
    host.diskFreeBytes = diskFreeGiB * kGiB;
    return host;
}

// A policy using every field, valid on capacity(8, 16384, 500, 200).
SharingPolicy fullPolicy()
{
    SharingPolicy policy;
    policy.enabled = true;
    policy.microcloudId = QStringLiteral("gràcia-sants");
    policy.guestKind = GuestKind::Lxc;
    policy.image = QStringLiteral("/home/ana/bundles/cloudy-node.tar.zst");
    policy.caps = {2, 50, 2048, 20};
    policy.mode = SharingMode::Schedule;
    policy.idleMinutes = 7;
    policy.graceSeconds = 45;
    policy.inUseAction = InUseAction::ApplyProfile;
    policy.inUseProfileId = QStringLiteral("in-use");
    policy.pauseOnBattery = false;
    policy.profiles = {{QStringLiteral("day"), QStringLiteral("Daytime 25 %"), 2, 25, 1024},
                       {QStringLiteral("night"), QStringLiteral("Night 100 %"), 6, 100, 4096},
                       {QStringLiteral("in-use"), QStringLiteral("In use"), 1, 10, 512}};
    policy.schedule.setDaily(QTime(22, 0), QTime(7, 0), QStringLiteral("night"));
    for (int day = 1; day <= 5; ++day)
        policy.schedule.setRange(day, QTime(9, 0), QTime(17, 30), QStringLiteral("day"));
    policy.pausedUntil = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    return policy;
}

QStringList codes(const QList<PolicyProblem> &problems)
{
    QStringList list;
    for (const PolicyProblem &problem : problems)
        list.append(problem.error.code);
    return list;
}

const PolicyProblem *find(const QList<PolicyProblem> &problems, const QString &field)
{
    for (const PolicyProblem &problem : problems) {
        if (problem.field == field)
            return &problem;
    }
    return nullptr;
}

QJsonObject toObject(const SharingPolicy &policy)
{
    return QJsonDocument::fromJson(policyToJson(policy)).object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

} // namespace

class TestSharingPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void write(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void defaultsAreValidAndQuiet()
    {
        const SharingPolicy policy;
        QVERIFY(!policy.enabled);
        QCOMPARE(policy.mode, SharingMode::WhenIdle);
        QCOMPARE(policy.idleMinutes, 3); // BOINC's default
        QCOMPARE(policy.graceSeconds, 120);
        QVERIFY(policy.pauseOnBattery); // BOINC: don't run on batteries
        QCOMPARE(policy.inUseAction, InUseAction::Suspend);
        QCOMPARE(policy.caps, (ResourceCaps {1, 25, 1024, 10}));
        QVERIFY(structuralProblems(policy).isEmpty());
        QVERIFY(policyProblems(policy, capacity(4, 8192, 200, 100)).isEmpty());
        QVERIFY(defaultPolicyPath().endsWith(QLatin1String("/cloudy-desktop/sharing-policy.json")));
    }

    void refusesCoresOverCapacity()
    {
        SharingPolicy policy;
        policy.caps.vcpus = 5;
        const auto problems = policyProblems(policy, capacity(4, 8192, 200, 100));
        QCOMPARE(codes(problems), QStringList {QStringLiteral("vcpus-over-capacity")});
        QCOMPARE(problems.first().field, QStringLiteral("caps.vcpus"));
        QCOMPARE(problems.first().error.message,
                 QStringLiteral("You have 4 cores; at most 4 can be shared."));

        const auto single = validatePolicy(policy, capacity(1, 8192, 200, 100));
        QVERIFY(!single.ok());
        QCOMPARE(single.error().message, QStringLiteral("You have 1 core; at most 1 can be shared."));

        policy.caps.vcpus = 4;
        QVERIFY(validatePolicy(policy, capacity(4, 8192, 200, 100)).ok());
    }

    void refusesZeroAndNegative_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("no cores") << "caps.vcpus" << 0 << "vcpus-too-low";
        QTest::newRow("negative cores") << "caps.vcpus" << -2 << "vcpus-too-low";
        QTest::newRow("0 %") << "caps.cpuPercent" << 0 << "cpu-percent-out-of-range";
        QTest::newRow("negative %") << "caps.cpuPercent" << -25 << "cpu-percent-out-of-range";
        QTest::newRow("101 %") << "caps.cpuPercent" << 101 << "cpu-percent-out-of-range";
        QTest::newRow("no memory") << "caps.memoryMiB" << 0 << "memory-too-low";
        QTest::newRow("negative memory") << "caps.memoryMiB" << -1024 << "memory-too-low";
        QTest::newRow("tiny memory") << "caps.memoryMiB" << 63 << "memory-too-low";
        QTest::newRow("no disk") << "caps.diskGiB" << 0 << "disk-too-low";
        QTest::newRow("negative disk") << "caps.diskGiB" << -10 << "disk-too-low";
        QTest::newRow("idle 0 minutes") << "idleMinutes" << 0 << "idle-minutes-out-of-range";
        QTest::newRow("idle over a day") << "idleMinutes" << 1441 << "idle-minutes-out-of-range";
        QTest::newRow("negative grace") << "graceSeconds" << -1 << "grace-out-of-range";
        QTest::newRow("grace over an hour") << "graceSeconds" << 3601 << "grace-out-of-range";
    }

    void refusesZeroAndNegative()
    {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(QString, code);
        SharingPolicy policy;
        if (field == QLatin1String("caps.vcpus"))
            policy.caps.vcpus = value;
        else if (field == QLatin1String("caps.cpuPercent"))
            policy.caps.cpuPercent = value;
        else if (field == QLatin1String("caps.memoryMiB"))
            policy.caps.memoryMiB = value;
        else if (field == QLatin1String("caps.diskGiB"))
            policy.caps.diskGiB = value;
        else if (field == QLatin1String("idleMinutes"))
            policy.idleMinutes = value;
        else
            policy.graceSeconds = value;
        const auto problems = structuralProblems(policy);
        QCOMPARE(codes(problems), QStringList {code});
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().error.message.isEmpty());
        QVERIFY(problems.first().error.message.endsWith(QLatin1Char('.')));
        QVERIFY(!validatePolicy(policy, capacity(8, 16384, 500, 200)).ok());
    }

    void refusesMemoryOverCapacity()
    {
        SharingPolicy policy;
        // 16 GiB: the reserve is 10 % (1,638 MiB), so at most 14,746 MiB.
        policy.caps.memoryMiB = 16000;
        auto problems = policyProblems(policy, capacity(4, 16384, 200, 100));
        QCOMPARE(codes(problems), QStringList {QStringLiteral("memory-over-capacity")});
        QCOMPARE(problems.first().error.message,
                 QStringLiteral("You have 16 GiB of memory; at most 14,746 MiB can be shared (10 % of it, "
                                "1,638 MiB, stays for this computer)."));
        policy.caps.memoryMiB = 14746;
        QVERIFY(policyProblems(policy, capacity(4, 16384, 200, 100)).isEmpty());

        // 4 GiB: the reserve is the 1 GiB floor.
        policy.caps.memoryMiB = 4096;
        problems = policyProblems(policy, capacity(4, 4096, 200, 100));
        QCOMPARE(
            problems.first().error.message,
            QStringLiteral("You have 4 GiB of memory; at most 3 GiB can be shared (1 GiB always stays for "
                           "this computer)."));

        // 1 GiB: nothing can be shared.
        policy.caps.memoryMiB = 512;
        problems = policyProblems(policy, capacity(4, 1024, 200, 100));
        QCOMPARE(
            problems.first().error.message,
            QStringLiteral("This computer has 1 GiB of memory and 1 GiB always stays for this computer, so "
                           "none can be shared."));
    }

    void refusesDiskOverFreeSpaceMinusReserve()
    {
        SharingPolicy policy;
        // 200 GiB filesystem with 50 GiB free: the reserve is 10 % (20 GiB), so at most 30 GiB.
        policy.caps.diskGiB = 31;
        auto problems = policyProblems(policy, capacity(4, 8192, 200, 50));
        QCOMPARE(codes(problems), QStringList {QStringLiteral("disk-over-capacity")});
        QCOMPARE(
            problems.first().error.message,
            QStringLiteral("The disk holding /var/lib/cloudy/pool has 50 GiB free; at most 30 GiB can be "
                           "shared, since 10 % of the disk (20 GiB) must stay free for this computer."));
        policy.caps.diskGiB = 30;
        QVERIFY(policyProblems(policy, capacity(4, 8192, 200, 50)).isEmpty());

        // 40 GiB filesystem with 12 GiB free: the reserve is the 5 GiB floor, so at most 7 GiB.
        policy.caps.diskGiB = 10;
        problems = policyProblems(policy, capacity(4, 8192, 40, 12));
        QCOMPARE(problems.first().error.message,
                 QStringLiteral("The disk holding /var/lib/cloudy/pool has 12 GiB free; at most 7 GiB can be "
                                "shared, since 5.0 GiB (the minimum) must stay free for this computer."));

        // Nearly full: nothing at all, and the message says what to do.
        problems = policyProblems(policy, capacity(4, 8192, 40, 3));
        QVERIFY(
            problems.first().error.message.contains(QLatin1String("no disk can be shared; free some space")));

        // The existing volume's space counts as available when re-validating.
        HostCapacity host = capacity(4, 8192, 40, 3);
        host.donatedDiskBytes = 10 * kGiB;
        QCOMPARE(host.maxDiskGiB(), 8);
        policy.caps.diskGiB = 8;
        QVERIFY(policyProblems(policy, host).isEmpty());
    }

    void checksProfilesAgainstCapacity()
    {
        SharingPolicy policy = fullPolicy();
        policy.profiles[1].vcpus = 9;
        const auto problems = policyProblems(policy, capacity(8, 16384, 500, 200));
        QCOMPARE(codes(problems), QStringList {QStringLiteral("vcpus-over-capacity")});
        QCOMPARE(problems.first().field, QStringLiteral("profiles[1].vcpus"));
        QCOMPARE(problems.first().error.message,
                 QStringLiteral("Profile “Night 100 %”: You have 8 cores; at most 8 can be shared."));
    }

    void refusesScheduleWithUnknownProfile()
    {
        SharingPolicy policy = fullPolicy();
        policy.schedule.setRange(2, QTime(18, 0), QTime(19, 0), QStringLiteral("evening"));
        const auto problems = structuralProblems(policy);
        QCOMPARE(codes(problems), QStringList {QStringLiteral("schedule-profile-unknown")});
        QCOMPARE(problems.first().field, QStringLiteral("schedule.tue[36]"));
        QCOMPARE(
            problems.first().error.message,
            QStringLiteral("The schedule uses the profile “evening” (first on Tuesday 18:00), which does not "
                           "exist; choose an existing profile for those times or create it."));
    }

    void refusesOtherStructuralMistakes()
    {
        SharingPolicy policy = fullPolicy();
        policy.inUseProfileId = QStringLiteral("gone");
        QVERIFY(find(structuralProblems(policy), QStringLiteral("whileInUse.profile")));

        policy = fullPolicy();
        policy.profiles.append({QStringLiteral("night"), QStringLiteral("Again"), 1, 10, 512});
        QCOMPARE(codes(structuralProblems(policy)), QStringList {QStringLiteral("profile-id-duplicate")});

        policy = fullPolicy();
        policy.profiles.append({QString(), QStringLiteral("Nameless"), 1, 10, 512});
        QCOMPARE(codes(structuralProblems(policy)), QStringList {QStringLiteral("profile-id-missing")});

        policy = fullPolicy();
        policy.microcloudId.clear();
        policy.image = QStringLiteral("  ");
        QCOMPARE(codes(structuralProblems(policy)),
                 (QStringList {QStringLiteral("microcloud-missing"), QStringLiteral("image-missing")}));
        policy.enabled = false; // a microcloud is needed only to switch sharing on
        QVERIFY(structuralProblems(policy).isEmpty());

        policy = fullPolicy();
        policy.schedule.clear();
        QCOMPARE(codes(structuralProblems(policy)), QStringList {QStringLiteral("schedule-empty")});
    }

    void presets_data()
    {
        QTest::addColumn<HostCapacity>("host");
        QTest::addColumn<ResourceCaps>("light");
        QTest::addColumn<ResourceCaps>("balanced");
        QTest::addColumn<ResourceCaps>("full");
        QTest::newRow("8 cores, 16 GiB, big disk")
            << capacity(8, 16384, 1000, 500) << ResourceCaps {1, 25, 1024, 10}
            << ResourceCaps {4, 50, 4096, 20} << ResourceCaps {7, 100, 8192, 50};
        QTest::newRow("4 cores, 7.7 GiB (rounded to 256 MiB)")
            << capacity(4, 7842, 1000, 500) << ResourceCaps {1, 25, 1024, 10}
            << ResourceCaps {2, 50, 1792, 20} << ResourceCaps {3, 100, 3840, 50};
        // 2 GiB: at most 1 GiB can be shared; 12 GiB free of 100: at most 2 GiB of disk.
        QTest::newRow("1 core, 2 GiB, nearly full disk")
            << capacity(1, 2048, 100, 12) << ResourceCaps {1, 25, 1024, 2} << ResourceCaps {1, 50, 512, 2}
            << ResourceCaps {1, 100, 1024, 2};
    }

    void presets()
    {
        QFETCH(HostCapacity, host);
        QFETCH(ResourceCaps, light);
        QFETCH(ResourceCaps, balanced);
        QFETCH(ResourceCaps, full);
        QCOMPARE(presetCaps(Preset::Light, host), light);
        QCOMPARE(presetCaps(Preset::Balanced, host), balanced);
        QCOMPARE(presetCaps(Preset::Full, host), full);
        for (Preset preset : {Preset::Light, Preset::Balanced, Preset::Full}) {
            SharingPolicy policy;
            policy.caps = presetCaps(preset, host);
            const auto problems = policyProblems(policy, host);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).error.message));
            QCOMPARE(presetFromName(presetName(preset)), preset);
        }
        QCOMPARE(matchingPreset(full, host), Preset::Full);
        QCOMPARE(matchingPreset(ResourceCaps {1, 33, 1024, 10}, host), std::nullopt);
    }

    void cpuQuotaIsAShareOfTheDonatedVcpus()
    {
        // "2 cores at 50 %": one core's worth per period, for the whole guest.
        const CpuQuota quota = cpuQuota({2, 50, 1024, 10});
        QCOMPARE(quota.periodUs, 100000);
        QCOMPARE(quota.quotaUs, 100000);
        QCOMPARE(quota.perVcpuQuotaUs, 50000);
        QCOMPARE(coreEquivalents({2, 50, 1024, 10}), 1.0);
        QCOMPARE(cpuQuota({4, 25, 1024, 10}).quotaUs, 100000);
        QCOMPARE(cpuQuota({3, 100, 1024, 10}, 50000).quotaUs, 150000);
        // The kernel's minimum quota is 1 ms.
        QCOMPARE(cpuQuota({1, 1, 1024, 10}, 10000).quotaUs, 1000);
        QCOMPARE(describeCpu({2, 50, 1024, 10}), QStringLiteral("2 cores at 50 %"));
        QCOMPARE(describeCpu({1, 25, 1024, 10}), QStringLiteral("1 core at 25 %"));
        QCOMPARE(describeCaps({2, 50, 1536, 20}),
                 QStringLiteral("2 cores at 50 %, 1,536 MiB memory, 20 GiB disk"));
    }

    void peakCapsCoverEveryProfileInUse()
    {
        SharingPolicy policy = fullPolicy();
        // Schedule mode: the night profile (6 vCPUs, 4 GiB) is the peak; the in-use profile is not used.
        QCOMPARE(policy.peakCaps(), (ResourceCaps {6, 100, 4096, 20}));
        policy.mode = SharingMode::WhenIdle;
        QCOMPARE(policy.peakCaps(), (ResourceCaps {2, 50, 2048, 20}));
    }

    void pauseExtendsOnly()
    {
        SharingPolicy policy;
        const QDateTime noon(QDate(2024, 3, 4), QTime(12, 0), Qt::UTC);
        pauseUntil(policy, noon);
        pauseUntil(policy, noon.addSecs(-600)); // an earlier end does not shorten it
        QCOMPARE(policy.pausedUntil, noon);
        pauseUntil(policy, noon.addSecs(3600));
        QCOMPARE(policy.pausedUntil, noon.addSecs(3600));
        pauseUntil(policy, QDateTime());
        QVERIFY(!policy.pausedUntil.isValid());
    }

    void jsonRoundTrip()
    {
        const SharingPolicy policy = fullPolicy();
        const auto read = policyFromJson(policyToJson(policy));
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), policy);

        const SharingPolicy defaults;
        QCOMPARE(policyFromJson(policyToJson(defaults)).value(), defaults);
    }

    void jsonFormat()
    {
        const QJsonObject json = toObject(fullPolicy());
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("cloudy-sharing-policy"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("schedule"));
        QCOMPARE(json.value(QStringLiteral("guest")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("lxc"));
        QCOMPARE(json.value(QStringLiteral("caps")).toObject().value(QStringLiteral("cpuPercent")).toInt(),
                 50);
        QCOMPARE(
            json.value(QStringLiteral("whileInUse")).toObject().value(QStringLiteral("action")).toString(),
            QStringLiteral("profile"));
        QCOMPARE(json.value(QStringLiteral("pausedUntil")).toString(),
                 QStringLiteral("2024-05-01T10:00:00Z"));
        const QJsonObject schedule = json.value(QStringLiteral("schedule")).toObject();
        QCOMPARE(schedule.value(QStringLiteral("slotMinutes")).toInt(), 30);
        const QJsonArray monday = schedule.value(QStringLiteral("mon")).toArray();
        QCOMPARE(monday.size(), 48);
        QCOMPARE(monday.at(0).toString(), QStringLiteral("night")); // Sunday night continues into Monday
        QVERIFY(monday.at(14).isNull()); // 07:00: off
        QCOMPARE(monday.at(18).toString(), QStringLiteral("day")); // 09:00
        QCOMPARE(monday.at(47).toString(), QStringLiteral("night")); // 23:30

        // An empty schedule writes no day at all; a day left out reads as off.
        const QJsonObject empty = toObject(SharingPolicy()).value(QStringLiteral("schedule")).toObject();
        QCOMPARE(empty.keys(), QStringList {QStringLiteral("slotMinutes")});
        QVERIFY(toObject(SharingPolicy()).value(QStringLiteral("pausedUntil")).isNull());
    }

    void jsonMissingKeysTakeDefaults()
    {
        const auto read =
            policyFromJson(R"({"format": "cloudy-sharing-policy", "version": 1, "caps": {"vcpus": 3},
                                 "future-key": {"ignored": true}})");
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        SharingPolicy expected;
        expected.caps.vcpus = 3;
        QCOMPARE(read.value(), expected);
    }

    void jsonRefusesCorruption_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QByteArray valid = policyToJson(fullPolicy());
        QTest::newRow("empty") << QByteArray() << "policy-invalid"
                               << "not valid JSON";
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << "policy-invalid"
                                   << "not valid JSON";
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << "policy-invalid"
                                << "not valid JSON";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "policy-invalid"
                                  << "not a Cloudy sharing policy";
        QTest::newRow("another format")
            << QByteArray(R"({"format": "boinc", "version": 1})") << "policy-invalid"
            << "not a Cloudy sharing policy";
        QTest::newRow("no version") << QByteArray(R"({"format": "cloudy-sharing-policy"})")
                                    << "policy-invalid"
                                    << "no valid format version";
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "cloudy-sharing-policy", "version": 2})") << "policy-newer"
            << "newer Cloudy Desktop";

        const auto edited = [&valid](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject json = QJsonDocument::fromJson(valid).object();
            edit(json);
            return toBytes(json);
        };
        QTest::newRow("vcpus as text") << edited([](QJsonObject &json) {
            QJsonObject caps = json.value(QStringLiteral("caps")).toObject();
            caps.insert(QStringLiteral("vcpus"), QStringLiteral("two"));
            json.insert(QStringLiteral("caps"), caps);
        }) << "policy-invalid"
                                       << "“caps.vcpus” must be a whole number.";
        QTest::newRow("fractional percent") << edited([](QJsonObject &json) {
            QJsonObject caps = json.value(QStringLiteral("caps")).toObject();
            caps.insert(QStringLiteral("cpuPercent"), 12.5);
            json.insert(QStringLiteral("caps"), caps);
        }) << "policy-invalid"
                                            << "“caps.cpuPercent” must be a whole number.";
        QTest::newRow("unknown mode") << edited([](QJsonObject &json) {
            json.insert(QStringLiteral("mode"), QStringLiteral("sometimes"));
        }) << "policy-invalid"
                                      << "“mode” must be “always”, “idle” or “schedule”.";
        QTest::newRow("enabled as text") << edited([](QJsonObject &json) {
            json.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
        }) << "policy-invalid"
                                         << "“enabled” must be true or false.";
        QTest::newRow("short day") << edited([](QJsonObject &json) {
            QJsonObject schedule = json.value(QStringLiteral("schedule")).toObject();
            schedule.insert(QStringLiteral("wed"), QJsonArray {QStringLiteral("night")});
            json.insert(QStringLiteral("schedule"), schedule);
        }) << "policy-invalid"
                                   << "“schedule.wed” must be a list of 48 profile ids or nulls.";
        QTest::newRow("hour slots") << edited([](QJsonObject &json) {
            QJsonObject schedule = json.value(QStringLiteral("schedule")).toObject();
            schedule.insert(QStringLiteral("slotMinutes"), 60);
            json.insert(QStringLiteral("schedule"), schedule);
        }) << "policy-invalid"
                                    << "“schedule.slotMinutes” must be 30.";
        QTest::newRow("schedule with unknown profile")
            << edited([](QJsonObject &json) {
                   QJsonObject schedule = json.value(QStringLiteral("schedule")).toObject();
                   QJsonArray sunday = schedule.value(QStringLiteral("sun")).toArray();
                   sunday[20] = QStringLiteral("weekend");
                   schedule.insert(QStringLiteral("sun"), sunday);
                   json.insert(QStringLiteral("schedule"), schedule);
               })
            << "policy-invalid"
            << "profile “weekend” (first on Sunday 10:00), which does not exist";
        QTest::newRow("zero memory") << edited([](QJsonObject &json) {
            QJsonObject caps = json.value(QStringLiteral("caps")).toObject();
            caps.insert(QStringLiteral("memoryMiB"), 0);
            json.insert(QStringLiteral("caps"), caps);
        }) << "policy-invalid"
                                     << "Share at least 64 MiB of memory";
        QTest::newRow("bad pause time") << edited([](QJsonObject &json) {
            json.insert(QStringLiteral("pausedUntil"), QStringLiteral("tomorrow"));
        }) << "policy-invalid"
                                        << "“pausedUntil” must be a date and time";
        QTest::newRow("profiles as object")
            << edited([](QJsonObject &json) { json.insert(QStringLiteral("profiles"), QJsonObject()); })
            << "policy-invalid"
            << "“profiles” must be a list.";
    }

    void jsonRefusesCorruption()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto read = policyFromJson(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, code);
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    }

    void saveAndLoad()
    {
        const QString file = path(QStringLiteral("new/folder/sharing-policy.json"));
        QVERIFY(!QFile::exists(file));
        // No file yet: the defaults, and nothing to warn about.
        LoadedPolicy loaded = loadPolicy(file);
        QCOMPARE(loaded.policy, SharingPolicy());
        QVERIFY(!loaded.problem);
        QCOMPARE(readPolicyFile(file).error().code, QStringLiteral("policy-missing"));

        const auto saved = savePolicy(fullPolicy(), file);
        QVERIFY2(!saved, qPrintable(saved ? saved->message : QString()));
        loaded = loadPolicy(file);
        QVERIFY(!loaded.problem);
        QCOMPARE(loaded.policy, fullPolicy());

        // Saving again replaces the file whole (QSaveFile leaves no temporary file behind).
        SharingPolicy changed = fullPolicy();
        changed.caps.cpuPercent = 75;
        QVERIFY(!savePolicy(changed, file));
        QCOMPARE(loadPolicy(file).policy.caps.cpuPercent, 75);
        QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files),
                 QStringList {QStringLiteral("sharing-policy.json")});
    }

    void corruptFileFallsBackToDefaults_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("{\"format\": \"cloudy-sharing-po");
        QTest::newRow("zero bytes") << QByteArray();
        QTest::newRow("wrong type") << QByteArray(R"({"format": "cloudy-sharing-policy", "version": 1,
                                                     "pauseOnBattery": "no"})");
        QTest::newRow("newer version") << QByteArray(R"({"format": "cloudy-sharing-policy", "version": 9})");
    }

    void corruptFileFallsBackToDefaults()
    {
        QFETCH(QByteArray, content);
        const QString name =
            QStringLiteral("corrupt-%1.json").arg(QString::fromLatin1(QTest::currentDataTag()));
        write(name, content);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("cannot be used.*default settings")));
        const LoadedPolicy loaded = loadPolicy(path(name));
        QCOMPARE(loaded.policy, SharingPolicy());
        QVERIFY(loaded.problem);
        QVERIFY2(loaded.problem->message.contains(path(name)), qPrintable(loaded.problem->message));
        QVERIFY(loaded.problem->message.contains(QLatin1String("uses the default settings")));
        // The unusable file is kept for the user, untouched.
        QFile copy(path(name) + QStringLiteral(".corrupt"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), content);
        QFile original(path(name));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), content);
    }

    void unreadableFileFallsBackToDefaults()
    {
        // A folder where the file should be cannot be opened as a file, even by root.
        const QString file = path(QStringLiteral("is-a-folder.json"));
        QVERIFY(QDir().mkpath(file));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Cannot read the sharing policy")));
        const LoadedPolicy loaded = loadPolicy(file);
        QCOMPARE(loaded.policy, SharingPolicy());
        QVERIFY(loaded.problem);
        QCOMPARE(loaded.problem->code, QStringLiteral("policy-unreadable"));

        // And saving there fails with a sentence, not silently.
        const auto saved = savePolicy(SharingPolicy(), file);
        QVERIFY(saved);
        QCOMPARE(saved->code, QStringLiteral("policy-unwritable"));
        const auto underFile = savePolicy(SharingPolicy(), QStringLiteral("/dev/null/sharing-policy.json"));
        QVERIFY(underFile);
        QVERIFY(underFile->message.contains(QLatin1String("/dev/null")));
    }

    void parsesMeminfo()
    {
        const QByteArray meminfo = "MemTotal:       16318480 kB\nMemFree:         1203344 kB\n";
        QCOMPARE(parseMemTotalMiB(meminfo).value(), 15936);
        QVERIFY(!parseMemTotalMiB("MemFree: 12 kB\n").ok());
        QVERIFY(!parseMemTotalMiB("MemTotal: lots\n").ok());
        QVERIFY(!parseMemTotalMiB("MemTotal: 1024 MB\n").ok());
    }

    void readsHostCapacity()
    {
        write(QStringLiteral("meminfo"), "MemTotal:        8036504 kB\nMemAvailable:    5000000 kB\n");
        // The pool folder does not exist yet: its nearest existing parent is measured.
        const auto host =
            readHostCapacity(path(QStringLiteral("pool/not/yet")), path(QStringLiteral("meminfo")));
        QVERIFY2(host.ok(), qPrintable(host.error().message));
        QVERIFY(host->cores >= 1);
        QCOMPARE(host->memoryMiB, 7848);
        QVERIFY(host->diskTotalBytes > 0);
        QVERIFY(host->diskFreeBytes <= host->diskTotalBytes);
        QCOMPARE(host->diskPath, path(QStringLiteral("pool/not/yet")));

        // The real /proc/meminfo.
        const auto real = readHostCapacity(m_dir.path());
        QVERIFY2(real.ok(), qPrintable(real.error().message));
        QVERIFY(real->memoryMiB > 0);

        const auto missing = readHostCapacity(m_dir.path(), path(QStringLiteral("no-meminfo")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("meminfo-unreadable"));
    }
};

CLOUDY_TEST_MAIN(TestSharingPolicy)
#include "tst_sharing_policy.moc"
