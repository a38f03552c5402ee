// SPDX-License-Identifier: GPL-3.0-or-later
// LazyLibrary and LazyFunction (core/platform/LazyLibrary.h) with the library they were made for: libvirt
// is not in the process until one of its functions is called, and the calls behave as the functions.
#include "TestEnv.h"
#include "platform/LazyLibrary.h"

#include <QFile>

#include <libvirt/libvirt.h>

namespace LazyTest {

// This test's own handle on libvirt (cloudycore's is private to core/virt/): the program does not link it.
constinit inline const Cloudy::LazyLibrary libvirt {CLOUDY_TEST_LIBVIRT_SONAME};
CLOUDY_LAZY_FUNCTION(libvirt, virGetVersion);

} // namespace LazyTest

namespace {

bool mapped(const QByteArray &soname)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(soname);
}

} // namespace

class TestLazyLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnFirstCall()
    {
        const QByteArray soname(LazyTest::libvirt.soname());
        QVERIFY(soname.startsWith("libvirt.so."));
        QVERIFY(!LazyTest::libvirt.isLoaded());
        QVERIFY2(!mapped(soname), "libvirt is loaded before its first use");

        unsigned long version = 0;
        QCOMPARE(LazyTest::virGetVersion(&version, nullptr, nullptr), 0);
        QVERIFY2(version >= 9000000, qPrintable(QString::number(version))); // libvirt >= 9.0, as configured
        QVERIFY(LazyTest::libvirt.isLoaded());
        QVERIFY(mapped(soname));
    }

    void callsAgainWithTheSameFunction()
    {
        unsigned long first = 0;
        unsigned long second = 0;
        QCOMPARE(LazyTest::virGetVersion(&first, nullptr, nullptr), 0);
        QCOMPARE(LazyTest::virGetVersion(&second, nullptr, nullptr), 0);
        QCOMPARE(first, second);
        QVERIFY(LazyTest::libvirt.symbol("virGetVersion"));
    }
};

CLOUDY_TEST_MAIN(TestLazyLibrary)
#include "tst_lazylibrary.moc"
