// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayCheck.h"
#include "TestEnv.h"

using Cloudy::Desktop::missingDisplayReason;

class TestDisplayCheck : public QObject
{
    Q_OBJECT

    static QProcessEnvironment with(std::initializer_list<std::pair<const char *, const char *>> variables)
    {
        QProcessEnvironment environment;
        for (const auto &[name, value] : variables)
            environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        return environment;
    }

private Q_SLOTS:
    void noDisplay()
    {
        const QString reason = missingDisplayReason(with({{"HOME", "/home/a"}}));
        QVERIFY(reason.contains(QLatin1String("cloudyctl")));
        QVERIFY(reason.contains(QLatin1String("DISPLAY")));
    }
    void x11() { QVERIFY(missingDisplayReason(with({{"DISPLAY", ":0"}})).isEmpty()); }
    void wayland() { QVERIFY(missingDisplayReason(with({{"WAYLAND_DISPLAY", "wayland-0"}})).isEmpty()); }
    void explicitPlatform()
    {
        QVERIFY(missingDisplayReason(with({{"QT_QPA_PLATFORM", "offscreen"}})).isEmpty());
    }
    void emptyValuesDoNotCount()
    {
        QVERIFY(!missingDisplayReason(with({{"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}})).isEmpty());
    }
};

CLOUDY_TEST_MAIN(TestDisplayCheck)
#include "tst_displaycheck.moc"
