// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window (offscreen) on a DesktopSession of real core objects pointed at the harness: the
// Share page's switch boots the tiny test guest on the harness's libvirtd (qemu:///system, TCG) and stops
// it again; the Nearby page, on the real Avahi backend of the harness's private system bus, shows a service
// `testenv publish` announces on mc1 and drops it when withdrawn; the Services page installs a service whose
// bundle is built from the test guest, from a signed catalog served on loopback, sees it Running, stops it
// and launches it again. (The Rewards page against a real ledgerd is tst_rewards_real.)
#include "DesktopSession.h"
#include "GuestSupport.h"
#include "MainWindow.h"
#include "StaticHttpServer.h"
#include "TestEnv.h"
#include "contribution/ContributionNode.h"
#include "contribution/ShareEngine.h"
#include "discovery/AvahiBrowser.h"
#include "discovery/MicrocloudModel.h"
#include "pages/NearbyPage.h"
#include "pages/ServicesPage.h"
#include "pages/SharePage.h"
#include "pages/share/ToggleSwitch.h"
#include "platform/Crypto.h"
#include "platform/Settings.h"
#include "services/CatalogLibrary.h"
#include "services/CatalogRegistry.h"
#include "services/ServiceCatalogModel.h"
#include "services/ServiceDomain.h"
#include "services/ServiceLauncher.h"
#include "services/ServiceManager.h"
#include "sharing/PolicyFile.h"
#include "virt/Domain.h"
#include "virt/Session.h"
#include "virt/Storage.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Cloudy;
using Desktop::MainWindow;

namespace {

const QString qemuUri = QStringLiteral("qemu:///system");
const QString shareDomain = QStringLiteral("cloudy-test-gui-share");
const QString sharePool = QStringLiteral("cloudy-test-gui-share-pool");
const QString serviceId = QStringLiteral("gui-test-web");

// The row of the model (any depth) whose NameRole is `name`.
QModelIndex findByName(const QAbstractItemModel *model, const QString &name, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(Discovery::MicrocloudModel::NameRole).toString() == name)
            return index;
        if (const QModelIndex inside = findByName(model, name, index); inside.isValid())
            return inside;
    }
    return {};
}

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

} // namespace

class TestWindowReal final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/cloudy-guireal-XXXXXX")};
    std::unique_ptr<Virt::Session> m_qemu; // the test's own view of libvirt
    QStringList m_published; // testenv publisher ids to withdraw

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    Virt::DomainState::State stateOf(const QString &name) const
    {
        const auto found = m_qemu->lookup(name);
        if (!found || found.value().isNull())
            return Virt::DomainState::State::NoState;
        const auto state = found.value().state();
        return state ? state->state : Virt::DomainState::State::NoState;
    }

    bool withdrawAll()
    {
        bool ok = true;
        for (const QString &id : std::as_const(m_published))
            ok = CloudyTest::testenv(QStringLiteral("withdraw"), {id}) && ok;
        m_published.clear();
        return ok;
    }

    // A folder with the test guest's kernel and initrd and the contribution command line (a policy's image).
    QString shareImage()
    {
        const QString images = CloudyTest::guestImagesDir();
        const QString image = path(QStringLiteral("image-qemu"));
        if (QDir(image).exists())
            return image;
        QDir().mkpath(image);
        QFile::link(images + QStringLiteral("/vmlinuz"), image + QStringLiteral("/vmlinuz"));
        QFile::link(images + QStringLiteral("/initrd.img"), image + QStringLiteral("/initrd.img"));
        CloudyTest::writeFile(image + QStringLiteral("/cmdline"),
                              "console=ttyS0 cloudy.service=contribution cloudy.ip=none\n");
        return image;
    }

    // A signed catalog on `server` offering the test guest as a QEMU service (a web page on 8080 and the
    // ready line on its console), registered and trusted in the folder's catalog files.
    void publishCatalog(StaticHttpServer &server)
    {
        const QString images = CloudyTest::builtGuestImages();
        const QString vm = path(QStringLiteral("bundle-vm"));
        QVERIFY(QDir().mkpath(vm) && QDir().mkpath(path(QStringLiteral("www/bundles"))));
        QVERIFY(QFile::copy(images + QStringLiteral("/vmlinuz"), vm + QStringLiteral("/vmlinuz")));
        QVERIFY(QFile::copy(images + QStringLiteral("/initrd.img"), vm + QStringLiteral("/initrd.img")));
        const QString bundle = path(QStringLiteral("www/bundles/vm.tar.gz"));
        QVERIFY(CloudyTest::makeBundle(
            vm,
            QJsonObject {
                {QStringLiteral("id"), serviceId},
                {QStringLiteral("version"), QStringLiteral("1.0")},
                {QStringLiteral("kind"), QStringLiteral("qemu")},
                {QStringLiteral("qemu"),
                 QJsonObject {{QStringLiteral("kernel"), QStringLiteral("vmlinuz")},
                              {QStringLiteral("initrd"), QStringLiteral("initrd.img")},
                              {QStringLiteral("cmdline"),
                               QStringLiteral("console=ttyS0 cloudy.service=gui-web cloudy.port=8080")}}}},
            {QStringLiteral("vmlinuz"), QStringLiteral("initrd.img")}, bundle));
        const QByteArray bytes = CloudyTest::readFile(bundle);
        QVERIFY(!bytes.isEmpty());

        Services::CatalogEntry entry;
        entry.id = serviceId;
        entry.name = QStringLiteral("Test web page");
        entry.version = QStringLiteral("1.0");
        entry.summary = QStringLiteral("A web page in a VM");
        entry.description = QStringLiteral("The test guest as a QEMU service.");
        entry.category = QStringLiteral("web");
        entry.icon = QStringLiteral("web");
        entry.kind = QStringLiteral("qemu");
        entry.vcpus = 1;
        entry.memoryMiB = 192;
        entry.diskMiB = 16;
        entry.ports = {Services::ServicePort {QStringLiteral("web"), 8080, QStringLiteral("tcp"), true}};
        entry.readiness = Services::Readiness {QStringLiteral("CLOUDY-GUEST-SERVICE-UP"), {}, 120};
        entry.bundle = Services::BundleRef {
            QStringLiteral("bundles/vm.tar.gz"),
            {},
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
            bytes.size()};

        const Crypto::SigningKeyPair key = Crypto::generateSigningKeyPair();
        Services::Catalog catalog;
        catalog.publisher = QStringLiteral("Test microcloud");
        catalog.publicKey = key.publicKey;
        catalog.generated = QDateTime::currentDateTimeUtc();
        catalog.services = {entry};
        const QByteArray index = Services::catalogToJson(catalog);
        QVERIFY(CloudyTest::writeFile(path(QStringLiteral("www/index.json")), index));
        QVERIFY(CloudyTest::writeFile(path(QStringLiteral("www/index.json.sig")),
                                      Services::signatureToText(Crypto::signDetached(index, key.secretKey))));
        const QUrl url = server.url(QStringLiteral("index.json"));
        Services::CatalogRegistry registry(path(QStringLiteral("catalogs.json")));
        QVERIFY(registry.add(url).ok());
        auto library = catalogLibrary();
        library->load();
        library->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(library->pending().size(), 1, 30000);
        QVERIFY(library->trust(url).ok());
    }

    std::unique_ptr<Services::CatalogLibrary> catalogLibrary() const
    {
        return std::make_unique<Services::CatalogLibrary>(path(QStringLiteral("trust.json")),
                                                          path(QStringLiteral("cache")),
                                                          path(QStringLiteral("catalogs.json")));
    }

    Services::ServicePhase phaseOf(const Services::ServiceManager &manager) const
    {
        const auto status = manager.service(serviceId);
        return status ? status->phase : Services::ServicePhase::Stopped;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // QEMU may run as another user: keep the folder traversable.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Crypto::initialize());
    }

    void init()
    {
        const QByteArray function = QTest::currentTestFunction();
        if (function == "nearbyShowsPublishedService") {
            CLOUDY_REQUIRE_SERVICE("lan");
            return;
        }
        CLOUDY_REQUIRE_SERVICE("libvirt");
        if (CloudyTest::builtGuestImages().isEmpty())
            CLOUDY_SKIP(
                QStringLiteral("no test guest kernel in %1 (tests/env/guest/build-guest-images did not run)")
                    .arg(CloudyTest::guestImagesDir()));
        if (!m_qemu) {
            m_qemu = std::make_unique<Virt::Session>(qemuUri);
            const auto opened = m_qemu->open();
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        }
    }

    void cleanup()
    {
        withdrawAll();
        CloudyTest::removeDomains(m_qemu.get(), shareDomain);
        CloudyTest::removeDomains(m_qemu.get(), Services::serviceDomainName(serviceId));
    }

    void cleanupTestCase()
    {
        if (m_qemu && m_qemu->isConnected()) {
            Virt::Storage storage(*m_qemu->connection());
            if (const auto volumes = storage.listVolumes(sharePool); volumes) {
                for (const Virt::VolumeInfo &volume : volumes.value())
                    storage.deleteVolume(sharePool, volume.name);
            }
            storage.removePool(sharePool, false);
        }
    }

    // The Share page's switch: on boots the guest in libvirt and the state line says Sharing; off powers
    // it down (destroyed after the short shutdown timeout if it lingers) and the line says Off.
    void shareSwitchRunsTheGuest()
    {
        Sharing::SharingPolicy policy;
        policy.enabled = false;
        policy.microcloudId = QStringLiteral("test.mc");
        policy.guestKind = Sharing::GuestKind::Qemu;
        policy.image = shareImage();
        policy.caps = {1, 50, 192, 1};
        policy.mode = Sharing::SharingMode::Always;
        const QString policyPath = path(QStringLiteral("share/policy.json"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("share"))));
        QVERIFY(!Sharing::savePolicy(policy, policyPath));

        Contribution::ShareEngine::Options options;
        options.libvirtUri = qemuUri;
        options.policyPath = policyPath;
        options.usageDatabasePath = path(QStringLiteral("share/usage.sqlite"));
        options.domainName = shareDomain;
        options.poolName = sharePool;
        options.poolPath = path(QStringLiteral("share/pool"));
        options.watchActivity = false;
        options.meter = true;
        options.meterIntervalMs = 1000;
        options.forceKvm = false; // TCG: nested KVM does not run guests on these hosts
        options.shutdownTimeoutMs = 5000;
        auto engine = std::make_unique<Contribution::ShareEngine>(options);
        Contribution::ShareEngine *share = engine.get();

        Settings settings(path(QStringLiteral("share/cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, std::move(engine), nullptr);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.start();
        window.showPage(MainWindow::SharePageIndex);

        auto *toggle = child<Desktop::ToggleSwitch>(window, QStringLiteral("shareSwitch"));
        auto *stateLine = child<QLabel>(window, QStringLiteral("shareStateLine"));
        QVERIFY(toggle && stateLine);
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Share this computer"));
        QTRY_VERIFY(!toggle->isChecked());
        QCOMPARE(stateLine->text(), QStringLiteral("Off"));
        QCOMPARE(stateOf(shareDomain), Virt::DomainState::State::NoState);

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY2(toggle->isChecked(),
                 qPrintable(child<QLabel>(window, QStringLiteral("shareMessage"))->text()));
        QVERIFY(share->policy().enabled);
        QTRY_VERIFY2_WITH_TIMEOUT(stateLine->text().startsWith(QLatin1String("Sharing")),
                                  qPrintable(stateLine->text()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(shareDomain), Virt::DomainState::State::Running, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(share->nodeStatus().run, Contribution::NodeStatus::Run::Running, 60000);
        // The guest really booted: its contribution agent wrote the ready line.
        QTRY_VERIFY_WITH_TIMEOUT(
            CloudyTest::readFile(share->node()->serialLogPath()).contains("CLOUDY-GUEST-READY"), 120000);

        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!toggle->isChecked());
        QVERIFY(!share->policy().enabled);
        QTRY_COMPARE(stateLine->text(), QStringLiteral("Off"));
        // Powered off, or destroyed once the short shutdown timeout passed.
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(shareDomain) == Virt::DomainState::State::Shutoff
                                     || stateOf(shareDomain) == Virt::DomainState::State::NoState,
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(share->nodeStatus().run == Contribution::NodeStatus::Run::Stopped
                                     || share->nodeStatus().run == Contribution::NodeStatus::Run::Absent,
                                 30000);
        QVERIFY(Sharing::readPolicyFile(policyPath).value().enabled == false); // saved
    }

    // The Nearby page on the real Avahi backend: a service published on mc1 shows up, and goes when it is
    // withdrawn.
    void nearbyShowsPublishedService()
    {
        auto browser = std::make_unique<Discovery::AvahiBrowser>(QDBusConnection::systemBus());
        Settings settings(path(QStringLiteral("nearby.conf")), nullptr);
        Desktop::DesktopSession session(&settings, std::move(browser), nullptr);
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.start();
        window.showPage(MainWindow::NearbyPageIndex);
        QTreeView *view = window.nearbyPage()->view();
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(session.browser()->state(), Discovery::ServiceBrowser::State::Browsing,
                                  15000);

        // A fresh type and name: no leftovers of other runs are mistaken for it.
        const QString token = QString::number(QRandomGenerator::global()->bounded(1u << 30), 36);
        const QString type = QStringLiteral("_cg%1._tcp").arg(token);
        const QString name = QStringLiteral("Window Test %1").arg(token);
        QString id;
        QVERIFY(CloudyTest::testenv(
            QStringLiteral("publish"),
            {QStringLiteral("mc1"), name, type, QStringLiteral("4343"), QStringLiteral("mc=gracia")}, &id));
        QVERIFY(!id.isEmpty());
        m_published.append(id);

        QTRY_VERIFY_WITH_TIMEOUT(findByName(view->model(), name).isValid(), 20000);
        const QModelIndex found = findByName(view->model(), name);
        view->setCurrentIndex(found);
        QTRY_VERIFY(child<QLabel>(window, QStringLiteral("nearbyDetailsText"))
                        ->text()
                        .contains(QLatin1String("mc1")));

        QVERIFY(withdrawAll());
        QTRY_VERIFY_WITH_TIMEOUT(!findByName(view->model(), name).isValid(), 20000);
    }

    // The Services page: Install downloads, verifies and launches the service (Running on its card), Stop
    // stops it, Launch runs it again.
    void servicesInstallLaunchStop()
    {
        StaticHttpServer server(path(QStringLiteral("www")));
        QVERIFY(server.isListening());
        publishCatalog(server);
        if (QTest::currentTestFailed())
            return;

        Services::ServiceManager::Options options;
        options.servicesDir = path(QStringLiteral("services"));
        options.downloadDir = path(QStringLiteral("downloads"));
        options.qemuUri = qemuUri;
        options.kvm = false;
        options.stopTimeoutMs = 5000;
        Settings settings(path(QStringLiteral("services.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr, catalogLibrary(),
                                        std::make_unique<Services::ServiceManager>(options), nullptr);
        Services::ServiceManager *manager = session.services();
        MainWindow window(&session);
        window.resize(1100, 750);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.start();
        window.showPage(MainWindow::ServicesPageIndex);
        auto *page = window.findChild<Desktop::ServicesPage *>();
        QVERIFY(page);

        const auto rowOf = [page] {
            for (int row = 0; row < page->proxy()->rowCount(); ++row) {
                if (page->proxy()->index(row, 0).data(Services::ServiceCatalogModel::IdRole).toString()
                    == serviceId)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 30000);
        page->view()->setCurrentIndex(page->proxy()->index(rowOf(), 0));
        QCOMPARE(page->currentId(), serviceId);
        const auto cardText = [&] {
            const int row = rowOf();
            return row < 0 ? QString()
                           : page->proxy()
                                 ->index(row, 0)
                                 .data(Services::ServiceCatalogModel::StateTextRole)
                                 .toString();
        };

        auto *install = child<QPushButton>(*page, QStringLiteral("servicesInstall"));
        auto *launch = child<QPushButton>(*page, QStringLiteral("servicesLaunch"));
        auto *stop = child<QPushButton>(*page, QStringLiteral("servicesStop"));
        auto *state = child<QLabel>(*page, QStringLiteral("servicesDetailsState"));
        QVERIFY(install && launch && stop && state);
        QVERIFY(install->isEnabled());

        QTest::mouseClick(install, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(*manager), Services::ServicePhase::Running, 180000);
        QTRY_COMPARE(cardText(), QStringLiteral("Running"));
        QTRY_VERIFY2(state->text().contains(QLatin1String("Running")), qPrintable(state->text()));
        QCOMPARE(stateOf(Services::serviceDomainName(serviceId)), Virt::DomainState::State::Running);
        QTRY_VERIFY(stop->isEnabled());
        // While the page is shown its card says what the guest uses now, sampled from libvirt.
        QVERIFY(page->isVisible());
        const auto usageText = [&] {
            const int row = rowOf();
            return row < 0 ? QString()
                           : page->proxy()
                                 ->index(row, 0)
                                 .data(Services::ServiceCatalogModel::UsageTextRole)
                                 .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(usageText().startsWith(QLatin1String("Using now: CPU")), 30000);
        QVERIFY2(manager->service(serviceId)->memoryBytes > 0, qPrintable(usageText()));

        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(*manager), Services::ServicePhase::Stopped, 60000);
        QTRY_COMPARE(cardText(), QStringLiteral("Stopped"));
        QVERIFY(stateOf(Services::serviceDomainName(serviceId)) != Virt::DomainState::State::Running);
        QTRY_VERIFY(launch->isEnabled());

        QTest::mouseClick(launch, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(*manager), Services::ServicePhase::Running, 180000);
        QTRY_COMPARE(cardText(), QStringLiteral("Running"));
        QTRY_VERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf(*manager), Services::ServicePhase::Stopped, 60000);
        QTRY_COMPARE(cardText(), QStringLiteral("Stopped"));
    }
};

CLOUDY_TEST_GUI_MAIN(TestWindowReal)
#include "tst_window_real.moc"
