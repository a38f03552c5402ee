// SPDX-License-Identifier: GPL-3.0-or-later
#include "KvmProbe.h"

#include "VirtLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <linux/kvm.h>
#include <memory>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Cloudy::Virt {

namespace {

// Exit codes of the probe child; each maps to a sentence below.
enum ChildExit : int
{
    ExitRan = 0,
    ExitNoDevice = 10,
    ExitNoAccess,
    ExitOpenFailed,
    ExitApiVersion,
    ExitCreateVm,
    ExitMemory,
    ExitCreateVcpu,
    ExitRegisters,
    ExitRunFailed,
    ExitWrongExit,
};

void *const kMapFailed = reinterpret_cast<void *>(-1); // MAP_FAILED without its C-style cast

// Runs in the forked child: only system calls, no allocation, no Qt.
[[noreturn]] void runProbeChild(const char *device, unsigned timeoutSeconds)
{
    alarm(timeoutSeconds); // the default SIGALRM action ends the child if KVM_RUN never returns

    const int kvm = open(device, O_RDWR | O_CLOEXEC);
    if (kvm < 0)
        _exit(errno == ENOENT                       ? ExitNoDevice
              : (errno == EACCES || errno == EPERM) ? ExitNoAccess
                                                    : ExitOpenFailed);
    if (ioctl(kvm, KVM_GET_API_VERSION, 0) != KVM_API_VERSION)
        _exit(ExitApiVersion);
    const int vm = ioctl(kvm, KVM_CREATE_VM, 0UL);
    if (vm < 0)
        _exit(ExitCreateVm);

    constexpr std::uint64_t kGuestAddress = 0x1000;
    constexpr std::size_t kPageSize = 0x1000;
    void *memory = mmap(nullptr, kPageSize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == kMapFailed)
        _exit(ExitMemory);
    // mov al, 0x42 ; out 0x10, al ; hlt
    const unsigned char code[] = {0xb0, 0x42, 0xe6, 0x10, 0xf4};
    std::memcpy(memory, code, sizeof code);

    kvm_userspace_memory_region region {};
    region.slot = 0;
    region.guest_phys_addr = kGuestAddress;
    region.memory_size = kPageSize;
    region.userspace_addr = reinterpret_cast<std::uint64_t>(memory);
    if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &region) < 0)
        _exit(ExitMemory);

    const int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0UL);
    if (vcpu < 0)
        _exit(ExitCreateVcpu);
    const int runSize = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
    if (runSize <= 0)
        _exit(ExitCreateVcpu);
    void *runMemory =
        mmap(nullptr, static_cast<std::size_t>(runSize), PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
    if (runMemory == kMapFailed)
        _exit(ExitCreateVcpu);
    auto *run = static_cast<kvm_run *>(runMemory);

    kvm_sregs sregs {};
    if (ioctl(vcpu, KVM_GET_SREGS, &sregs) < 0)
        _exit(ExitRegisters);
    sregs.cs.base = 0;
    sregs.cs.selector = 0;
    if (ioctl(vcpu, KVM_SET_SREGS, &sregs) < 0)
        _exit(ExitRegisters);
    kvm_regs regs {};
    regs.rip = kGuestAddress;
    regs.rflags = 0x2; // bit 1 is reserved and must be set
    if (ioctl(vcpu, KVM_SET_REGS, &regs) < 0)
        _exit(ExitRegisters);

    if (ioctl(vcpu, KVM_RUN, 0) < 0)
        _exit(ExitRunFailed);
    if (run->exit_reason != KVM_EXIT_IO || run->io.direction != KVM_EXIT_IO_OUT || run->io.port != 0x10)
        _exit(ExitWrongExit);
    const auto *data = static_cast<const unsigned char *>(runMemory) + run->io.data_offset;
    _exit(*data == 0x42 ? ExitRan : ExitWrongExit);
}

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Virt::KvmProbe)
};

KvmProbeResult fromExitCode(int code, const QString &device)
{
    using Status = KvmProbeResult::Status;
    switch (code) {
    case ExitRan:
        return {Status::RunsGuests,
                Tr::tr("KVM runs guests on this computer: services start at full speed.")};
    case ExitNoDevice:
        return {
            Status::NoDevice,
            Tr::tr(
                "%1 does not exist: this computer has no hardware virtualisation, or it is switched off in "
                "the firmware (BIOS/UEFI: enable VT-x or AMD-V). Virtual machines still run, more slowly, "
                "with software emulation.")
                .arg(device)};
    case ExitNoAccess:
        return {
            Status::NoAccess,
            Tr::tr("You may not use %1. Add yourself to the 'kvm' group (sudo adduser $USER kvm) and log in "
                   "again; until then virtual machines run with slower software emulation.")
                .arg(device)};
    default:
        return {Status::Broken,
                Tr::tr("KVM is present but refused a test guest (probe step %1 failed), so Cloudy will use "
                       "software emulation.")
                    .arg(code)};
    }
}

} // namespace

QString KvmProbeResult::statusName(Status status)
{
    switch (status) {
    case Status::RunsGuests:
        return QStringLiteral("runs-guests");
    case Status::NoDevice:
        return QStringLiteral("no-device");
    case Status::NoAccess:
        return QStringLiteral("no-access");
    case Status::Hangs:
        return QStringLiteral("hangs");
    case Status::Broken:
        return QStringLiteral("broken");
    }
    return QStringLiteral("broken");
}

KvmProbeResult probeKvm(const QString &device, int timeoutMs)
{
    const QByteArray devicePath = device.toLocal8Bit();
    if (access(devicePath.constData(), F_OK) != 0)
        return fromExitCode(ExitNoDevice, device);

    const unsigned timeoutSeconds = static_cast<unsigned>(qMax(1, (timeoutMs + 999) / 1000));
    const pid_t child = fork();
    if (child < 0)
        return {KvmProbeResult::Status::Broken,
                Tr::tr("Could not start the KVM probe: %1").arg(QString::fromLocal8Bit(strerror(errno)))};
    if (child == 0)
        runProbeChild(devicePath.constData(), timeoutSeconds);

    // The child ends itself on SIGALRM; the parent still enforces a deadline in case it cannot.
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    for (;;) {
        const pid_t done = waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            return {KvmProbeResult::Status::Broken, Tr::tr("The KVM probe disappeared.")};
        if (clock.elapsed() > timeoutMs + 2000) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            break;
        }
        QThread::msleep(5);
    }
    qCDebug(lcVirt) << "KVM probe finished in" << clock.elapsed() << "ms with status" << status;

    if (WIFSIGNALED(status))
        return {KvmProbeResult::Status::Hangs,
                Tr::tr("KVM accepted a test guest but never ran it (this happens with broken nested "
                       "virtualisation). Cloudy will use software emulation.")};
    return fromExitCode(WIFEXITED(status) ? WEXITSTATUS(status) : ExitRunFailed, device);
}

QFuture<KvmProbeResult> probeKvmInBackground(std::function<KvmProbeResult()> probe)
{
    // QPromise is move-only and QThreadPool::start() wants a copyable callable: share it.
    auto promise = std::make_shared<QPromise<KvmProbeResult>>();
    QFuture<KvmProbeResult> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, probe = std::move(probe)] {
        promise->addResult(probe());
        promise->finish();
    });
    return future;
}

QFuture<KvmProbeResult> probeKvmOnce()
{
    // A function-local static is initialised once even when threads race for it.
    static const QFuture<KvmProbeResult> once = probeKvmInBackground([] {
        const KvmProbeResult result = probeKvm();
        qCInfo(lcVirt) << "KVM probe:" << KvmProbeResult::statusName(result.status) << result.detail;
        return result;
    });
    return once;
}

} // namespace Cloudy::Virt
