// SPDX-License-Identifier: GPL-3.0-or-later
// BundleFetcher against a real HTTP server on loopback (StaticHttpServer) that misbehaves on demand: a normal
// download with monotonic progress, resume after a cut connection (the server sees the Range request), a
// server ignoring Range, checksum mismatch, a server sending more than the catalog's size (with and without
// saying so in Content-Length), a file shorter than the catalog says, a stalled server, a bad URL, cancel.
#include "StaticHttpServer.h"
#include "TestEnv.h"
#include "services/BundleFetcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Cloudy::Services;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, '\0');
    QRandomGenerator generator(42);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One fetch to its end: the error (code empty on success) and every progress value.
struct Outcome
{
    Cloudy::Error error;
    QList<qint64> progress;
    bool ended = false;
};

Outcome run(BundleFetcher &fetcher, const QUrl &url, const QByteArray &sha, qint64 size,
            const QString &destination, int timeoutMs = 30000)
{
    Outcome outcome;
    QObject context;
    QObject::connect(&fetcher, &BundleFetcher::progress, &context,
                     [&](qint64 bytes, qint64) { outcome.progress.append(bytes); });
    QObject::connect(&fetcher, &BundleFetcher::succeeded, &context, [&] { outcome.ended = true; });
    QObject::connect(&fetcher, &BundleFetcher::failed, &context, [&](const Cloudy::Error &error) {
        outcome.error = error;
        outcome.ended = true;
    });
    fetcher.fetch(url, sha, size, destination, QStringLiteral("Syncthing"));
    QElapsedTimer timer;
    timer.start();
    while (!outcome.ended && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return outcome;
}

constexpr qsizetype fileSize = 3 * 1024 * 1024 + 123;

} // namespace

class TestServicesFetcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_served;
    QTemporaryDir m_downloads;
    std::unique_ptr<StaticHttpServer> m_server;
    QByteArray m_data = randomBytes(fileSize);
    QString m_destination;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_served.isValid() && m_downloads.isValid());
        QVERIFY(writeFile(m_served.filePath(QStringLiteral("bundle.tar.zst")), m_data));
        QVERIFY(writeFile(m_served.filePath(QStringLiteral("short.tar.zst")), m_data.left(fileSize / 2)));
    }
    void init()
    {
        m_server = std::make_unique<StaticHttpServer>(m_served.path());
        QVERIFY(m_server->isListening());
        m_destination = m_downloads.filePath(QStringLiteral("cache/syncthing.tar.zst"));
        QFile::remove(m_destination);
        QFile::remove(BundleFetcher::partialFile(m_destination));
    }
    void cleanup() { m_server.reset(); }

    void downloads()
    {
        BundleFetcher fetcher;
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data),
                                    fileSize, m_destination);
        QVERIFY(outcome.ended);
        QVERIFY2(outcome.error.code.isEmpty(), qPrintable(outcome.error.message));
        QCOMPARE(readFile(m_destination), m_data);
        QVERIFY(!QFile::exists(BundleFetcher::partialFile(m_destination)));
        QVERIFY(!outcome.progress.isEmpty());
        QVERIFY(std::is_sorted(outcome.progress.cbegin(), outcome.progress.cend()));
        QCOMPARE(outcome.progress.last(), fileSize);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_server->requests().first().range.isEmpty());
    }

    void resumesAfterACutConnection()
    {
        BundleFetcher fetcher;
        const QUrl url = m_server->url(QStringLiteral("/bundle.tar.zst"));
        m_server->setMisbehaviour({.closeAfterBytes = 1024 * 1024});
        Outcome outcome = run(fetcher, url, sha256(m_data), fileSize, m_destination);
        QVERIFY(outcome.ended);
        QCOMPARE(outcome.error.code, QStringLiteral("network"));
        // The part holds what arrived: the start of the file, up to the cut (the last bytes Qt held for us
        // when the connection dropped may be missing; the resume fetches them again).
        const QByteArray part = readFile(BundleFetcher::partialFile(m_destination));
        QVERIFY2(!part.isEmpty() && part.size() <= 1024 * 1024, qPrintable(QString::number(part.size())));
        QVERIFY(m_data.startsWith(part));

        m_server->setMisbehaviour({});
        const qint64 sentBefore = m_server->bodyBytesSent();
        outcome = run(fetcher, url, sha256(m_data), fileSize, m_destination);
        QVERIFY2(outcome.error.code.isEmpty(), qPrintable(outcome.error.message));
        QCOMPARE(readFile(m_destination), m_data);
        QCOMPARE(m_server->requests().last().range, "bytes=" + QByteArray::number(part.size()) + '-');
        // Only the rest was sent (Qt may have retried the cut request once on its own, hence the difference).
        QCOMPARE(m_server->bodyBytesSent() - sentBefore, qint64(fileSize) - part.size());
        QVERIFY(outcome.progress.first() > part.size());
    }

    void completePartNeedsNoRequest()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_destination).absolutePath()));
        QVERIFY(writeFile(BundleFetcher::partialFile(m_destination), m_data));
        BundleFetcher fetcher;
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data),
                                    fileSize, m_destination);
        QVERIFY2(outcome.error.code.isEmpty(), qPrintable(outcome.error.message));
        QCOMPARE(readFile(m_destination), m_data);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void damagedPartStartsOver()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_destination).absolutePath()));
        QByteArray damaged = m_data.left(1024 * 1024);
        damaged[10] = char(damaged.at(10) ^ 1);
        QVERIFY(writeFile(BundleFetcher::partialFile(m_destination), damaged));
        BundleFetcher fetcher;
        // Resumed from the damaged part: the whole file's checksum differs, so it is deleted...
        Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data),
                              fileSize, m_destination);
        QCOMPARE(outcome.error.code, QStringLiteral("damaged"));
        QVERIFY(!QFile::exists(BundleFetcher::partialFile(m_destination)));
        // ...and the next attempt starts from zero and succeeds.
        outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data), fileSize,
                      m_destination);
        QVERIFY2(outcome.error.code.isEmpty(), qPrintable(outcome.error.message));
        QCOMPARE(readFile(m_destination), m_data);
    }

    void serverIgnoringRangeStartsOver()
    {
        BundleFetcher fetcher;
        const QUrl url = m_server->url(QStringLiteral("/bundle.tar.zst"));
        m_server->setMisbehaviour({.closeAfterBytes = 1024 * 1024});
        QCOMPARE(run(fetcher, url, sha256(m_data), fileSize, m_destination).error.code,
                 QStringLiteral("network"));
        m_server->setMisbehaviour({.ignoreRange = true});
        const Outcome outcome = run(fetcher, url, sha256(m_data), fileSize, m_destination);
        QVERIFY2(outcome.error.code.isEmpty(), qPrintable(outcome.error.message));
        QCOMPARE(readFile(m_destination), m_data);
        QVERIFY(!m_server->requests().last().range.isEmpty());
    }

    void checksumMismatchDeletes()
    {
        BundleFetcher fetcher;
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")),
                                    sha256("something else"), fileSize, m_destination);
        QCOMPARE(outcome.error.code, QStringLiteral("damaged"));
        QVERIFY2(outcome.error.message.contains(QStringLiteral("Syncthing"))
                     && outcome.error.message.contains(QStringLiteral("checksum")),
                 qPrintable(outcome.error.message));
        QVERIFY(!QFile::exists(m_destination));
        QVERIFY(!QFile::exists(BundleFetcher::partialFile(m_destination)));
    }

    void moreThanTheCatalogSaysIsCutShort()
    {
        // No Content-Length: the fetcher only learns the size by counting, and stops at the cap.
        BundleFetcher fetcher;
        m_server->setMisbehaviour({.omitContentLength = true});
        const qint64 catalogSize = 1024 * 1024;
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")),
                                    sha256(m_data.left(catalogSize)), catalogSize, m_destination);
        QCOMPARE(outcome.error.code, QStringLiteral("too-large"));
        QVERIFY(!QFile::exists(BundleFetcher::partialFile(m_destination)));
        QVERIFY(!QFile::exists(m_destination));
        for (qint64 bytes : outcome.progress)
            QVERIFY(bytes <= catalogSize);
    }

    void contentLengthOverTheCatalogIsRefused()
    {
        BundleFetcher fetcher;
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data),
                                    fileSize - 1, m_destination);
        QCOMPARE(outcome.error.code, QStringLiteral("too-large"));
        QVERIFY(outcome.progress.isEmpty()); // refused on the headers, before any byte was kept
        QVERIFY(!QFile::exists(BundleFetcher::partialFile(m_destination)));
    }

    void lyingContentLengthIsRefused()
    {
        BundleFetcher fetcher;
        m_server->setMisbehaviour({.contentLengthDelta = 4096});
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data),
                                    fileSize, m_destination);
        QVERIFY(!outcome.error.code.isEmpty());
        QVERIFY(!QFile::exists(m_destination));
    }

    void shorterThanTheCatalogIsDeleted()
    {
        BundleFetcher fetcher;
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/short.tar.zst")), sha256(m_data),
                                    fileSize, m_destination);
        QCOMPARE(outcome.error.code, QStringLiteral("damaged"));
        QVERIFY(!QFile::exists(BundleFetcher::partialFile(m_destination)));
        QVERIFY(!QFile::exists(m_destination));
    }

    void stallTimesOut()
    {
        BundleFetcher fetcher;
        fetcher.setTransferTimeout(1000);
        m_server->setMisbehaviour({.stallAfterBytes = 64 * 1024});
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data),
                                    fileSize, m_destination, 15000);
        QCOMPARE(outcome.error.code, QStringLiteral("timeout"));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(QFile::exists(BundleFetcher::partialFile(m_destination))); // kept for a resume
    }

    void refusesOtherSchemes()
    {
        BundleFetcher fetcher;
        const Outcome outcome =
            run(fetcher, QUrl(QStringLiteral("file:///etc/passwd")), sha256(m_data), fileSize, m_destination);
        QCOMPARE(outcome.error.code, QStringLiteral("bad-url"));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void cancelKeepsThePart()
    {
        BundleFetcher fetcher;
        m_server->setMisbehaviour({.stallAfterBytes = 256 * 1024});
        QObject context;
        connect(&fetcher, &BundleFetcher::progress, &context, [&](qint64 bytes, qint64) {
            if (bytes >= 256 * 1024)
                fetcher.cancel();
        });
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/bundle.tar.zst")), sha256(m_data),
                                    fileSize, m_destination);
        QCOMPARE(outcome.error.code, QStringLiteral("cancelled"));
        QVERIFY(!fetcher.isRunning());
        QCOMPARE(QFileInfo(BundleFetcher::partialFile(m_destination)).size(), 256 * 1024);
    }
};

CLOUDY_TEST_MAIN(TestServicesFetcher)
#include "tst_services_fetcher.moc"
