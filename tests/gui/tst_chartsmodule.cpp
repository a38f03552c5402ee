// SPDX-License-Identifier: GPL-3.0-or-later
// The charts module (libcloudy-desktop-charts.so) loaded from its file, as the installed cloudy-desktop loads
// it after its window's first paint: its charts work; a file that is not the module, or a library without the
// entry point, is refused with a sentence that names the module. (This test is not linked with the module.)
#include "charts/ChartsLoader.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Cloudy;
using namespace Cloudy::Desktop;

class TestChartsModule final : public QObject
{
    Q_OBJECT

private slots:
    void loadedFromItsFile()
    {
        const auto charts = loadChartsModule({QStringLiteral("/nonexistent/libcloudy-desktop-charts.so"),
                                              QStringLiteral(CLOUDY_TEST_CHARTS_MODULE)});
        QVERIFY2(charts, charts ? "" : qPrintable(charts.error().message));
        QWidget parent;
        DonationChartView *donation = charts.value()->donationChart(&parent);
        QVERIFY(donation && donation->widget()->parent() == &parent);
        Metering::UsageReading reading;
        reading.at = QDateTime::currentDateTimeUtc();
        reading.running = true;
        reading.memoryKiB = 1024 * 1024;
        Sharing::ResourceCaps caps;
        caps.vcpus = 2;
        caps.cpuPercent = 100;
        caps.memoryMiB = 2048;
        caps.diskGiB = 10;
        donation->addReading(reading, 0.5, caps);
        QCOMPARE(donation->pointCount(), 1);
        QVERIFY2(donation->widget()->accessibleDescription().contains(QLatin1String("0.50 cores")),
                 qPrintable(donation->widget()->accessibleDescription()));

        CreditsChartView *credits = charts.value()->creditsChart(&parent);
        Ledger::CreditBucket bucket;
        bucket.first = bucket.last = QDate::currentDate();
        bucket.credits.cpu = 1500;
        credits->setBuckets({bucket}, Ledger::BucketSize::Day, false);
        QCOMPARE(credits->buckets().size(), 1);
        QCOMPARE(credits->bucketSize(), Ledger::BucketSize::Day);
    }

    void refusesWhatIsNotTheModule()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("libcloudy-desktop-charts.so"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a library\n");
        file.close();
        const auto broken = loadChartsModule({fake});
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, QStringLiteral("charts-module"));
        QVERIFY2(broken.error().message.contains(QLatin1String("libcloudy-desktop-charts.so"))
                     && broken.error().message.contains(QLatin1String("missing or broken")),
                 qPrintable(broken.error().message));

        // A real library, but not ours: no entry point.
        const auto other = loadChartsModule({QStringLiteral("libz.so.1")});
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(QLatin1String("no charts entry point")),
                 qPrintable(other.error().message));
    }
};

QTEST_MAIN(TestChartsModule)
#include "tst_chartsmodule.moc"
