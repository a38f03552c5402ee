// SPDX-License-Identifier: GPL-3.0-or-later
// The Services page on a real CatalogLibrary and ServiceManager in temporary folders: a signed catalog
// served over HTTP on loopback (StaticHttpServer), trusted from the page's banner; cards, search and
// category, details and buttons by state, Remove's question, the Logs dialog, and an install whose bundle
// is missing (404) ending in a plain-words message, progress and Cancel, and a catalog a microcloud
// advertises in its _cloudy._tcp TXT. libvirt is its test driver (test:///default).
#include "DesktopSession.h"
#include "MainWindow.h"
#include "StaticHttpServer.h"
#include "TestEnv.h"
#include "discovery/DiscoveredService.h"
#include "discovery/ServiceBrowser.h"
#include "discovery/TxtRecord.h"
#include "pages/ServicesPage.h"
#include "pages/services/MessageBox.h"
#include "pages/services/ServiceLogsDialog.h"
#include "platform/Crypto.h"
#include "platform/Settings.h"
#include "services/CatalogLibrary.h"
#include "services/CatalogRegistry.h"
#include "services/ServiceCatalogModel.h"
#include "services/ServiceManager.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>

using namespace Cloudy;
using namespace Cloudy::Services;
using Cloudy::Desktop::ServicesPage;
using Role = ServiceCatalogModel::Role;

namespace {

CatalogEntry makeEntry(const QString &id, const QString &name, const QString &category, const QString &href)
{
    CatalogEntry entry;
    entry.id = id;
    entry.name = name;
    entry.version = QStringLiteral("1.0");
    entry.summary = name + QStringLiteral(" for the neighbourhood");
    entry.description = QStringLiteral("All about ") + name + QStringLiteral(".");
    entry.category = category;
    entry.icon = id;
    entry.kind = QStringLiteral("qemu");
    entry.vcpus = 1;
    entry.memoryMiB = 256;
    entry.diskMiB = 512;
    entry.ports = {ServicePort {QStringLiteral("web"), 8080, QStringLiteral("tcp"), true}};
    entry.readiness = Readiness {QStringLiteral("ready"), {}, 60};
    entry.bundle = BundleRef {href, {}, QString(64, u'a'), 1000};
    return entry;
}

// A browser whose announcements the test scripts (as in tst_nearbypage).
class ScriptedBrowser final : public Discovery::ServiceBrowser
{
    Q_OBJECT

public:
    using ServiceBrowser::ServiceBrowser;
    QString backendName() const override { return QStringLiteral("mdns"); }
    void start() override { setState(State::Browsing); }
    void stop() override { setState(State::Idle); }

    void announce(const QString &name, const QString &type, Discovery::TxtEntries txt)
    {
        Discovery::DiscoveredService service;
        service.key = {name, type, QStringLiteral("local")};
        service.hostName = QStringLiteral("node1.local");
        service.addresses = {QHostAddress(QStringLiteral("10.1.2.3"))};
        service.port = 8080;
        service.txt = std::move(txt);
        service.interfaceIndex = 2;
        service.interfaceName = QStringLiteral("eth0");
        service.lastSeen = QDateTime::currentDateTimeUtc();
        Q_EMIT serviceAdded(service);
    }
};

} // namespace

class TestServicesPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StaticHttpServer> m_server;
    Crypto::SigningKeyPair m_key;
    QUrl m_catalogUrl;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<CatalogLibrary> library() const
    {
        return std::make_unique<CatalogLibrary>(path(QStringLiteral("trust.json")),
                                                path(QStringLiteral("cache")),
                                                path(QStringLiteral("catalogs.json")));
    }

    std::unique_ptr<ServiceManager> manager() const
    {
        ServiceManager::Options options;
        options.servicesDir = path(QStringLiteral("services"));
        options.downloadDir = path(QStringLiteral("downloads"));
        options.qemuUri = QStringLiteral("test:///default");
        options.lxcUri = QStringLiteral("test:///default");
        options.kvm = false;
        options.downloadTimeoutMs = 5000;
        return std::make_unique<ServiceManager>(options);
    }

    // wiki was installed here before (entry.json, bundle/ and a console log).
    void installWikiLocally()
    {
        const QString dir = path(QStringLiteral("services/wiki"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/bundle")));
        QFile file(dir + QStringLiteral("/entry.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        CatalogEntry entry =
            makeEntry(QStringLiteral("wiki"), QStringLiteral("Neighbourhood wiki"), QStringLiteral("web"),
                      m_server->url(QStringLiteral("wiki.tar.zst")).toString());
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("entry"), catalogEntryToJson(entry)},
                                              {QStringLiteral("catalogUrl"), m_catalogUrl.toString()}})
                       .toJson());
        QFile log(dir + QStringLiteral("/console.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("wiki: booting\nwiki: ready\n");
    }

    static QStringList shownIds(const QAbstractItemModel *model)
    {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(Role::IdRole).toString();
        return ids;
    }

    static void select(ServicesPage &page, const QString &id)
    {
        const QStringList ids = shownIds(page.proxy());
        const int row = int(ids.indexOf(id));
        QVERIFY2(row >= 0, qPrintable(id + QStringLiteral(" not in ") + ids.join(u',')));
        page.view()->setCurrentIndex(page.proxy()->index(row, 0));
    }

    template<typename T> static T *child(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Crypto::initialize()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("www"))));
        m_server = std::make_unique<StaticHttpServer>(path(QStringLiteral("www")));
        QVERIFY(m_server->isListening());
        m_catalogUrl = m_server->url(QStringLiteral("index.json"));
        m_key = Crypto::generateSigningKeyPair();

        // The catalog: wiki and radio, whose bundles are not on the server (installs get a 404).
        Catalog catalog;
        catalog.publisher = QStringLiteral("Sants microcloud");
        catalog.publicKey = m_key.publicKey;
        catalog.generated = QDateTime::currentDateTimeUtc();
        catalog.services = {makeEntry(QStringLiteral("wiki"), QStringLiteral("Neighbourhood wiki"),
                                      QStringLiteral("web"), QStringLiteral("bundles/wiki.tar.zst")),
                            makeEntry(QStringLiteral("radio"), QStringLiteral("Community radio"),
                                      QStringLiteral("streaming"), QStringLiteral("bundles/radio.tar.zst"))};
        const QByteArray index = catalogToJson(catalog);
        QFile indexFile(path(QStringLiteral("www/index.json")));
        QVERIFY(indexFile.open(QIODevice::WriteOnly));
        indexFile.write(index);
        QFile signature(path(QStringLiteral("www/index.json.sig")));
        QVERIFY(signature.open(QIODevice::WriteOnly));
        signature.write(signatureToText(Crypto::signDetached(index, m_key.secretKey)));
        CatalogRegistry registry(path(QStringLiteral("catalogs.json")));
        QVERIFY(registry.add(m_catalogUrl).ok());
    }

    void cleanup() { m_server.reset(); }

    void trustSearchAndDetails()
    {
        installWikiLocally();
        Settings settings(path(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr, library(), manager(), nullptr);
        ServicesPage page(session.catalogs(), session.services());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        session.start(); // loads, fetches the catalog and lists what is installed

        // The built-in catalog's services are there at once; the fetched catalog waits for trust.
        auto *banner = child<QWidget>(page, "servicesTrustBanner");
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        const QString bannerText = child<QLabel>(page, "servicesTrustText")->text();
        QVERIFY2(bannerText.contains(QStringLiteral("Sants microcloud")), qPrintable(bannerText));
        QVERIFY(bannerText.contains(Crypto::keyFingerprint(m_key.publicKey)));
        QVERIFY(bannerText.contains(m_catalogUrl.toDisplayString()));
        QVERIFY(shownIds(page.proxy()).contains(QStringLiteral("tahoe-lafs")));
        QVERIFY(!shownIds(page.proxy()).contains(QStringLiteral("radio")));

        QTest::mouseClick(child<QPushButton>(page, "servicesTrust"), Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        QTRY_VERIFY(shownIds(page.proxy()).contains(QStringLiteral("radio")));
        QVERIFY(shownIds(page.proxy()).contains(QStringLiteral("wiki")));
        QCOMPARE(shownIds(page.proxy()).count(QStringLiteral("wiki")), 1);

        // Search (Ctrl+F focuses it) and category.
        auto *search = child<QLineEdit>(page, "servicesSearch");
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("radio"));
        QCOMPARE(shownIds(page.proxy()), QStringList {QStringLiteral("radio")});
        search->clear();
        auto *category = child<QComboBox>(page, "servicesCategory");
        const int web = category->findData(QStringLiteral("web"));
        QVERIFY(web > 0);
        category->setCurrentIndex(web);
        QVERIFY(shownIds(page.proxy()).contains(QStringLiteral("wiki")));
        QVERIFY(!shownIds(page.proxy()).contains(QStringLiteral("radio")));
        category->setCurrentIndex(0);
        QVERIFY(shownIds(page.proxy()).contains(QStringLiteral("radio")));

        // Details and buttons follow the state: wiki is installed and stopped.
        auto *install = child<QPushButton>(page, "servicesInstall");
        auto *launch = child<QPushButton>(page, "servicesLaunch");
        auto *open = child<QPushButton>(page, "servicesOpen");
        auto *logs = child<QPushButton>(page, "servicesLogs");
        auto *stop = child<QPushButton>(page, "servicesStop");
        auto *restart = child<QPushButton>(page, "servicesRestart");
        auto *remove = child<QPushButton>(page, "servicesRemove");
        select(page, QStringLiteral("wiki"));
        QCOMPARE(child<QLabel>(page, "servicesDetailsTitle")->text(), QStringLiteral("Neighbourhood wiki"));
        const QString meta = child<QLabel>(page, "servicesDetailsMeta")->text();
        QVERIFY2(meta.contains(QStringLiteral("1 vCPU · 256 MiB · 512 MiB disk")), qPrintable(meta));
        QVERIFY(meta.contains(QStringLiteral("Sants microcloud")));
        QVERIFY(meta.contains(Crypto::keyFingerprint(m_key.publicKey)));
        QCOMPARE(child<QLabel>(page, "servicesDetailsDescription")->text(),
                 QStringLiteral("All about Neighbourhood wiki."));
        QVERIFY(child<QLabel>(page, "servicesDetailsState")->text().contains(QStringLiteral("Stopped")));
        QVERIFY(!install->isEnabled());
        QVERIFY(launch->isEnabled());
        QVERIFY(!open->isEnabled());
        QVERIFY(logs->isEnabled());
        QVERIFY(!stop->isEnabled());
        QVERIFY(!restart->isEnabled());
        QVERIFY(remove->isEnabled());

        // Logs: the console log so far, read-only.
        QTest::mouseClick(logs, Qt::LeftButton);
        auto *dialog = page.findChild<Desktop::ServiceLogsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->text()->isReadOnly());
        QVERIFY(dialog->text()->toPlainText().contains(QStringLiteral("wiki: ready")));
        dialog->close();

        // A built-in entry is metadata only.
        select(page, QStringLiteral("tahoe-lafs"));
        QVERIFY(!install->isEnabled());
        QVERIFY(!launch->isEnabled());
        QVERIFY(!remove->isEnabled());

        // radio is offered, not installed.
        select(page, QStringLiteral("radio"));
        QVERIFY(install->isEnabled());
        QVERIFY(!launch->isEnabled());
        QVERIFY(!remove->isEnabled());

        // Remove asks first: Cancel keeps it, "delete data" removes it and its folder.
        select(page, QStringLiteral("wiki"));
        Desktop::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(QFileInfo::exists(path(QStringLiteral("services/wiki/bundle"))));
        Desktop::MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!QFileInfo::exists(path(QStringLiteral("services/wiki/bundle"))));
        QTRY_VERIFY(install->isEnabled()); // still offered: can be installed again
        QCOMPARE(page.currentId(), QStringLiteral("wiki"));
        QVERIFY(!remove->isEnabled());
    }

    void installFailureInPlainWords()
    {
        // Trusted already: the catalog's services show without the banner.
        {
            auto lib = library();
            lib->load();
            lib->refresh();
            QTRY_COMPARE(lib->pending().size(), 1);
            QVERIFY(lib->trust(m_catalogUrl).ok());
        }
        auto lib = library();
        auto services = manager();
        ServicesPage page(lib.get(), services.get());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lib->load();
        services->start();
        QVERIFY(!child<QWidget>(page, "servicesTrustBanner")->isVisible());
        QTRY_VERIFY(shownIds(page.proxy()).contains(QStringLiteral("radio")));

        select(page, QStringLiteral("radio"));
        auto *install = child<QPushButton>(page, "servicesInstall");
        auto *progress = child<QProgressBar>(page, "servicesProgress");
        auto *message = child<QLabel>(page, "servicesMessage");
        QVERIFY(!progress->isVisible());
        QVERIFY(!message->isVisible());
        // Keyboard: the button is reachable and answers Space.
        install->setFocus();
        QTest::keyClick(install, Qt::Key_Space);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("Community radio: ")),
                 qPrintable(message->text()));
        QVERIFY(message->text().size() > QStringLiteral("Community radio: ").size());
        QTRY_VERIFY(!progress->isVisible());
        QTRY_VERIFY(install->isEnabled());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("services/radio/bundle"))));
    }

    void installProgressAndCancel()
    {
        {
            auto lib = library();
            lib->load();
            lib->refresh();
            QTRY_COMPARE(lib->pending().size(), 1);
            QVERIFY(lib->trust(m_catalogUrl).ok());
        }
        // The bundle is there, but the server stops sending after 100 of its 1000 bytes.
        QVERIFY(QDir().mkpath(path(QStringLiteral("www/bundles"))));
        QFile bundle(path(QStringLiteral("www/bundles/radio.tar.zst")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(QByteArray(1000, 'x'));
        bundle.close();
        StaticHttpServer::Misbehaviour stall;
        stall.stallAfterBytes = 100;
        m_server->setMisbehaviour(stall);

        auto lib = library();
        auto services = manager();
        ServicesPage page(lib.get(), services.get());
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        lib->load();
        services->start();
        QTRY_VERIFY(shownIds(page.proxy()).contains(QStringLiteral("radio")));
        select(page, QStringLiteral("radio"));

        auto *install = child<QPushButton>(page, "servicesInstall");
        auto *cancel = child<QPushButton>(page, "servicesCancel");
        auto *progress = child<QProgressBar>(page, "servicesProgress");
        QVERIFY(!cancel->isVisible());
        QTest::mouseClick(install, Qt::LeftButton);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY2(progress->format().startsWith(QStringLiteral("Downloading")),
                 qPrintable(progress->format()));
        QVERIFY(!install->isEnabled());
        QVERIFY(cancel->isVisible());
        QTRY_COMPARE(progress->value(), 100); // per mille: 100 of 1000 bytes

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!progress->isVisible());
        QTRY_VERIFY(install->isEnabled());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!child<QLabel>(page, "servicesMessage")->isVisible()); // cancelling is not an error
    }

    // A microcloud's _cloudy._tcp announcement with catalog=URL brings its catalog to the page, pinned to
    // the microcloud: the banner asks about it.
    void advertisedCatalogFromDiscovery()
    {
        QVERIFY(QDir().mkpath(path(QStringLiteral("www/mc"))));
        for (const QString &name : {QStringLiteral("index.json"), QStringLiteral("index.json.sig")})
            QVERIFY(QFile::copy(path(QStringLiteral("www/") + name), path(QStringLiteral("www/mc/") + name)));
        const QUrl advertised = m_server->url(QStringLiteral("mc/index.json"));
        QFile::remove(path(QStringLiteral("catalogs.json"))); // only what discovery finds

        Settings settings(path(QStringLiteral("cloudy.conf")), nullptr);
        auto browser = std::make_unique<ScriptedBrowser>();
        ScriptedBrowser *scripted = browser.get();
        Desktop::DesktopSession session(&settings, std::move(browser), nullptr, library(), manager(),
                                        nullptr);
        ServicesPage page(session.catalogs(), session.services());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        session.start();
        QVERIFY(session.catalogs()->pending().isEmpty());

        scripted->announce(QStringLiteral("Sants node 1"), QStringLiteral("_cloudy._tcp"),
                           {{QStringLiteral("mc"), "sants"},
                            {QStringLiteral("mcname"), "Sants"},
                            {QStringLiteral("catalog"), advertised.toString().toUtf8()}});
        QTRY_COMPARE(session.catalogs()->pending().size(), 1);
        QCOMPARE(session.catalogs()->pending().constFirst().url, advertised);
        auto *banner = child<QWidget>(page, "servicesTrustBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(page, "servicesTrustText")->text().contains(advertised.toDisplayString()));
        QTest::mouseClick(child<QPushButton>(page, "servicesTrust"), Qt::LeftButton);
        QTRY_VERIFY(shownIds(page.proxy()).contains(QStringLiteral("radio")));
        const QModelIndex radio = page.model()->index(page.model()->rowOf(QStringLiteral("radio")));
        QCOMPARE(radio.data(Role::MicrocloudRole).toString(), QStringLiteral("sants"));
    }

    void screenshot()
    {
        const QString shots = qEnvironmentVariable("CLOUDY_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("set CLOUDY_SCREENSHOT_DIR (tests/gui/render-screenshots.sh) to render the screenshot");
        {
            auto lib = library();
            lib->load();
            lib->refresh();
            QTRY_COMPARE(lib->pending().size(), 1);
            QVERIFY(lib->trust(m_catalogUrl).ok());
        }
        installWikiLocally();
        Settings settings(path(QStringLiteral("cloudy.conf")), nullptr);
        Desktop::DesktopSession session(&settings, nullptr, nullptr, library(), manager(), nullptr);
        Desktop::MainWindow window(&session);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.start();
        window.showPage(Desktop::MainWindow::ServicesPageIndex);
        auto *page = qobject_cast<ServicesPage *>(window.page(Desktop::MainWindow::ServicesPageIndex));
        QVERIFY(page);
        QTRY_VERIFY(shownIds(page->proxy()).contains(QStringLiteral("radio")));
        select(*page, QStringLiteral("wiki"));
        QTest::qWait(100); // the details' labels lay out again for their new text
        QVERIFY(window.grab().save(shots + QStringLiteral("/page-services.png")));
    }
};

CLOUDY_TEST_GUI_MAIN(TestServicesPage)
#include "tst_servicespage.moc"
