// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnv.h"
#include "virt/KvmProbe.h"

#include <QFileInfo>

using Cloudy::Virt::KvmProbeResult;
using Cloudy::Virt::probeKvm;

class TestKvmProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingDevice()
    {
        const KvmProbeResult result = probeKvm(QStringLiteral("/nonexistent/kvm"));
        QCOMPARE(result.status, KvmProbeResult::Status::NoDevice);
        QVERIFY(result.detail.contains(QLatin1String("/nonexistent/kvm")));
        QVERIFY(!result.runsGuests());
    }

    void deviceThatIsNotKvm()
    {
        // /dev/null opens fine but answers no KVM ioctl: the probe must say KVM is broken, not hang.
        const KvmProbeResult result = probeKvm(QStringLiteral("/dev/null"));
        QCOMPARE(result.status, KvmProbeResult::Status::Broken);
        QVERIFY(!result.detail.isEmpty());
    }

    void inTheBackground()
    {
        // The GUI's path: the probe runs on the thread pool; the future carries its verdict.
        QFuture<KvmProbeResult> future =
            Cloudy::Virt::probeKvmInBackground([] { return probeKvm(QStringLiteral("/nonexistent/kvm")); });
        future.waitForFinished();
        QCOMPARE(future.result().status, KvmProbeResult::Status::NoDevice);

        // Once per process: both calls see the same answer, whatever this machine has.
        const KvmProbeResult first = Cloudy::Virt::probeKvmOnce().result();
        const KvmProbeResult second = Cloudy::Virt::probeKvmOnce().result();
        QCOMPARE(second.status, first.status);
        QCOMPARE(second.detail, first.detail);
    }

    void realDevice()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/kvm")))
            QSKIP("this machine has no /dev/kvm; the missing-device path is covered above");
        const KvmProbeResult result = probeKvm();
        // Whatever the verdict, it is one of the defined ones with a sentence for the user.
        QVERIFY(result.status != KvmProbeResult::Status::NoDevice);
        QVERIFY(!result.detail.isEmpty());
        qInfo() << "KVM here:" << KvmProbeResult::statusName(result.status) << result.detail;
    }
};

CLOUDY_TEST_MAIN(TestKvmProbe)
#include "tst_kvmprobe.moc"
