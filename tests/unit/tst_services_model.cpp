// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceCatalogModel and its proxy on a real CatalogLibrary (a trusted, saved catalog in temporary files:
// no network) and a real ServiceManager (a temporary services folder, libvirt's test driver): the join of
// offered and installed services, live updates keeping rows in place, search and category filters.
#include "TestEnv.h"
#include "platform/Crypto.h"
#include "services/CatalogFetcher.h"
#include "services/CatalogLibrary.h"
#include "services/CatalogRegistry.h"
#include "services/ServiceCatalogModel.h"
#include "services/ServiceManager.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Cloudy;
using namespace Cloudy::Services;
using Role = ServiceCatalogModel::Role;

namespace {

const QUrl kCatalogUrl(QStringLiteral("https://node1.example.guifi.net/cloudy/index.json"));

CatalogEntry makeEntry(const QString &id, const QString &name, const QString &category)
{
    CatalogEntry entry;
    entry.id = id;
    entry.name = name;
    entry.version = QStringLiteral("1.0");
    entry.summary = name + QStringLiteral(" for the neighbourhood");
    entry.description = QStringLiteral("All about ") + id + QStringLiteral(", with pancakes.");
    entry.category = category;
    entry.icon = id;
    entry.kind = QStringLiteral("qemu");
    entry.vcpus = 1;
    entry.memoryMiB = 256;
    entry.diskMiB = 512;
    entry.ports = {ServicePort {QStringLiteral("web"), 8080, QStringLiteral("tcp"), true}};
    entry.readiness = Readiness {QStringLiteral("ready"), {}, 60};
    entry.bundle = BundleRef {QStringLiteral("https://node1.example.guifi.net/cloudy/") + id
                                  + QStringLiteral(".tar.zst"),
                              {},
                              QString(64, u'a'),
                              1000};
    return entry;
}

} // namespace

class TestServicesModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    Crypto::SigningKeyPair m_key;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Signs a catalog with these entries, pins its key and saves it where the library finds it.
    void publish(const QList<CatalogEntry> &entries)
    {
        Catalog catalog;
        catalog.publisher = QStringLiteral("Sants microcloud");
        catalog.publicKey = m_key.publicKey;
        catalog.generated = QDateTime::currentDateTimeUtc();
        catalog.services = entries;
        const QByteArray index = catalogToJson(catalog);
        const QByteArray signature = signatureToText(Crypto::signDetached(index, m_key.secretKey));
        CatalogFetcher fetcher;
        fetcher.setTrustFile(path(QStringLiteral("trust.json")));
        fetcher.setCacheDir(path(QStringLiteral("cache")));
        const CatalogFetchResult result = fetcher.evaluate(kCatalogUrl, {}, index, signature);
        QVERIFY2(result.status == CatalogFetchResult::Status::UntrustedPublisher
                     || result.status == CatalogFetchResult::Status::Ok,
                 qPrintable(result.error.message));
        QVERIFY(fetcher.trustPublisher(result).ok());
        CatalogRegistry registry(path(QStringLiteral("catalogs.json")));
        QVERIFY(registry.add(kCatalogUrl).ok());
    }

    void installLocally(const CatalogEntry &entry)
    {
        const QString dir = path(QStringLiteral("services/") + entry.id);
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/bundle")));
        QFile file(dir + QStringLiteral("/entry.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject {{QStringLiteral("entry"), catalogEntryToJson(entry)},
                                              {QStringLiteral("catalogUrl"), kCatalogUrl.toString()},
                                              {QStringLiteral("fingerprint"), QStringLiteral("abcd")}})
                       .toJson());
    }

    std::unique_ptr<CatalogLibrary> library()
    {
        auto library = std::make_unique<CatalogLibrary>(path(QStringLiteral("trust.json")),
                                                        path(QStringLiteral("cache")),
                                                        path(QStringLiteral("catalogs.json")));
        library->load();
        return library;
    }

    std::unique_ptr<ServiceManager> manager()
    {
        ServiceManager::Options options;
        options.servicesDir = path(QStringLiteral("services"));
        options.downloadDir = path(QStringLiteral("downloads"));
        options.qemuUri = QStringLiteral("test:///default");
        options.lxcUri = QStringLiteral("test:///default");
        options.kvm = false;
        return std::make_unique<ServiceManager>(options);
    }

    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, 0).data(Role::IdRole).toString();
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Crypto::initialize()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_key = Crypto::generateSigningKeyPair();
    }

    void joinsOfferedAndInstalled()
    {
        publish(
            {makeEntry(QStringLiteral("wiki"), QStringLiteral("Neighbourhood wiki"), QStringLiteral("web")),
             makeEntry(QStringLiteral("radio"), QStringLiteral("Community radio"),
                       QStringLiteral("streaming"))});
        // Installed from a catalog that no longer offers it: still listed.
        installLocally(
            makeEntry(QStringLiteral("oldchat"), QStringLiteral("Old chat"), QStringLiteral("other")));
        installLocally(
            makeEntry(QStringLiteral("wiki"), QStringLiteral("Neighbourhood wiki"), QStringLiteral("web")));
        auto lib = library();
        auto services = manager();
        services->start();

        ServiceCatalogModel model(lib.get(), services.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList all = ids(model);
        for (const QString &id : {QStringLiteral("wiki"), QStringLiteral("radio"), QStringLiteral("oldchat"),
                                  QStringLiteral("tahoe-lafs"), QStringLiteral("syncthing")})
            QVERIFY2(all.contains(id), qPrintable(all.join(u',')));
        QCOMPARE(all.count(QStringLiteral("wiki")), 1);

        const QModelIndex wiki = model.index(model.rowOf(QStringLiteral("wiki")));
        QCOMPARE(wiki.data(Role::NameRole).toString(), QStringLiteral("Neighbourhood wiki"));
        QCOMPARE(wiki.data(Role::NeedsRole).toString(), QStringLiteral("1 vCPU · 256 MiB · 512 MiB disk"));
        QVERIFY(wiki.data(Role::InstalledRole).toBool());
        QVERIFY(wiki.data(Role::OfferedRole).toBool());
        QCOMPARE(wiki.data(Role::PublisherRole).toString(), QStringLiteral("Sants microcloud"));
        QCOMPARE(wiki.data(Role::StateTextRole).toString(), QStringLiteral("Stopped"));
        QVERIFY(wiki.data(Role::OpenUrlRole).toString().isEmpty());

        const QModelIndex radio = model.index(model.rowOf(QStringLiteral("radio")));
        QVERIFY(!radio.data(Role::InstalledRole).toBool());
        QVERIFY(radio.data(Role::InstallableRole).toBool());
        QCOMPARE(radio.data(Role::StateTextRole).toString(), QStringLiteral("Not installed"));
        QVERIFY(!radio.data(Role::FingerprintRole).toString().isEmpty());

        const QModelIndex old = model.index(model.rowOf(QStringLiteral("oldchat")));
        QVERIFY(old.data(Role::InstalledRole).toBool());
        QVERIFY(!old.data(Role::OfferedRole).toBool());

        const QModelIndex tahoe = model.index(model.rowOf(QStringLiteral("tahoe-lafs")));
        QVERIFY(tahoe.data(Role::BuiltInRole).toBool());
        QVERIFY(!tahoe.data(Role::InstallableRole).toBool());

        QVERIFY(model.categories().contains(QStringLiteral("web")));
        QVERIFY(model.categories().contains(QStringLiteral("other")));

        // Removing a service no catalog offers drops its row; the others stay where they were.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const int radioRow = model.rowOf(QStringLiteral("radio"));
        QVERIFY(services->remove(QStringLiteral("oldchat"), true).ok());
        QTRY_COMPARE(model.rowOf(QStringLiteral("oldchat")), -1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(model.rowOf(QStringLiteral("radio")) == radioRow
                || model.rowOf(QStringLiteral("radio")) == radioRow - 1);

        // Removing an offered service keeps the card, now "Not installed".
        QVERIFY(services->remove(QStringLiteral("wiki"), true).ok());
        QTRY_COMPARE(model.index(model.rowOf(QStringLiteral("wiki"))).data(Role::StateTextRole).toString(),
                     QStringLiteral("Not installed"));

        // A reload with nothing changed moves nothing.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QStringList before = ids(model);
        model.reload();
        QCOMPARE(ids(model), before);
        QCOMPARE(inserted.size(), 0);
    }

    void proxyFilters()
    {
        publish(
            {makeEntry(QStringLiteral("wiki"), QStringLiteral("Neighbourhood wiki"), QStringLiteral("web")),
             makeEntry(QStringLiteral("radio"), QStringLiteral("Community radio"),
                       QStringLiteral("streaming"))});
        auto lib = library();
        ServiceCatalogModel model(lib.get(), nullptr);
        ServiceCatalogProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Sorted by name.
        const QStringList names = [&] {
            QStringList list;
            for (int row = 0; row < proxy.rowCount(); ++row)
                list << proxy.index(row, 0).data(Role::NameRole).toString();
            return list;
        }();
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(names, sorted);

        proxy.setFilterText(QStringLiteral("RADIO"));
        QCOMPARE(ids(proxy), QStringList {QStringLiteral("radio")});
        proxy.setFilterText(QStringLiteral("pancakes")); // description
        QCOMPARE(ids(proxy).size(), 2);
        proxy.setFilterText(QStringLiteral("wiki")); // id and name
        QCOMPARE(ids(proxy), QStringList {QStringLiteral("wiki")});
        proxy.setFilterText({});
        proxy.setCategory(QStringLiteral("streaming"));
        QVERIFY(ids(proxy).contains(QStringLiteral("radio")));
        QVERIFY(!ids(proxy).contains(QStringLiteral("wiki")));
        proxy.setCategory({});
        proxy.setActiveOnly(true);
        QCOMPARE(proxy.rowCount(), 0); // nothing runs
        proxy.setActiveOnly(false);
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void textHelpers()
    {
        QCOMPARE(ServiceCatalogModel::stepText(InstallStep::Extracting, 0, 0), QStringLiteral("Unpacking"));
        QCOMPARE(ServiceCatalogModel::stepText(InstallStep::Starting, 0, 0), QStringLiteral("Starting"));
        QVERIFY(ServiceCatalogModel::stepText(InstallStep::Downloading, 12 * 1000 * 1000, 40 * 1000 * 1000)
                == QStringLiteral("Downloading 12 MB of 40 MB"));
        CatalogEntry entry;
        entry.vcpus = 2;
        entry.memoryMiB = 1024;
        entry.diskMiB = 4096;
        QCOMPARE(ServiceCatalogModel::needsText(entry), QStringLiteral("2 vCPU · 1024 MiB · 4096 MiB disk"));
    }
};

CLOUDY_TEST_MAIN(TestServicesModel)
#include "tst_services_model.moc"
