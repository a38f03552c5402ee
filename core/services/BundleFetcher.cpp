// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleFetcher.h"

#include "ServicesLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <array>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::BundleFetcher)
};

// Reads from an existing partial file to hash it.
constexpr qint64 chunkSize = 1024 * 1024;
constexpr int maximumRedirects = 5;

// What Qt's network thread may hold for us before it stops reading the socket. Small on purpose: Qt allocates
// a fresh array per read of up to this size, and arrays of a few MiB are mapped and unmapped by malloc each
// time, a page fault per 4 KiB (measured over loopback, SHA-256 included: with 4 MiB a download took about
// twice curl's CPU time, with 256 KiB about 1.5 times).
constexpr qint64 readBufferSize = 256 * 1024;

// Between the network and the disk the bytes go through a fixed ring of buffers, reused: no allocation and no
// copy per chunk beyond the one out of Qt's reply, and the data is still in the CPU's cache when it is hashed
// and written. When every buffer is in use the network side waits (a slow disk slows the download instead
// of filling memory).
constexpr qint64 bufferSize = 256 * 1024;
constexpr int bufferCount = 8;

} // namespace

// Hashes and writes the downloaded bytes on a thread of its own: on the GUI thread, SHA-256 and the copy into
// the page cache would halve the rate a loopback or gigabit link gives. One thread for both rather than one
// each: on a busy two-core machine every extra hand-over costs more than the parallelism gains (measured).
// The fetcher touches the file and the hash only after finish().
class BundleFetcher::PartWriter
{
public:
    PartWriter(QFile &file, Sha256 &hash)
        : m_file(file)
        , m_hash(hash)
    {
        for (Slot &slot : m_slots)
            slot.data = std::make_unique_for_overwrite<char[]>(size_t(bufferSize));
        m_thread = std::thread([this] { run(); });
    }
    ~PartWriter() { finish(nullptr); }

    // A buffer of bufferSize bytes to fill and commit(), or nullptr once a write failed (finish() says why).
    // Waits while every buffer is in use.
    char *buffer()
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_committed - m_done < bufferCount || m_failed; });
        return m_failed ? nullptr : m_slots[size_t(m_committed % bufferCount)].data.get();
    }
    // Hands the first size bytes of the buffer from buffer() to the thread.
    void commit(qint64 size) { publish(false, size); }
    // Empties the file and restarts the hash (a server that ignored our Range).
    void restart()
    {
        if (buffer())
            publish(true, 0);
    }
    // Writes and hashes what was committed and stops the thread; false if a write failed.
    bool finish(QString *error)
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_ready.notify_one();
        if (m_thread.joinable())
            m_thread.join();
        if (error)
            *error = m_error;
        return !m_failed;
    }

private:
    struct Slot
    {
        std::unique_ptr<char[]> data;
        qint64 size = 0;
        bool restart = false;
    };

    void publish(bool restart, qint64 size)
    {
        Slot &slot = m_slots[size_t(m_committed % bufferCount)];
        slot.restart = restart;
        slot.size = size;
        {
            std::lock_guard lock(m_mutex);
            ++m_committed;
        }
        m_ready.notify_one();
    }

    void run()
    {
        for (;;) {
            const Slot *slot = nullptr;
            bool failed = false;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return m_done < m_committed || m_stopping; });
                if (m_done == m_committed)
                    return;
                slot = &m_slots[size_t(m_done % bufferCount)];
                failed = m_failed;
            }
            // The slot is not handed out again before m_done passes it, so it is read without the lock.
            bool writeFailed = false;
            if (slot->restart) {
                writeFailed = !m_file.resize(0);
                m_hash.reset();
            } else if (!failed) {
                m_hash.addData(QByteArrayView(slot->data.get(), slot->size));
                writeFailed = m_file.write(slot->data.get(), slot->size) != slot->size;
            }
            {
                std::lock_guard lock(m_mutex);
                if (writeFailed && !m_failed) {
                    m_failed = true;
                    m_error = m_file.errorString();
                }
                ++m_done;
            }
            m_space.notify_one();
        }
    }

    QFile &m_file;
    Sha256 &m_hash;
    std::array<Slot, bufferCount> m_slots;
    std::mutex m_mutex;
    std::condition_variable m_ready; // for the thread: a buffer to process, or stop
    std::condition_variable m_space; // for the network side: a free buffer
    qint64 m_committed = 0; // buffers handed over so far; the next one is m_slots[m_committed % bufferCount]
    qint64 m_done = 0; // buffers written and hashed
    bool m_stopping = false;
    bool m_failed = false;
    QString m_error;
    std::thread m_thread; // started last, once the members above exist
};

BundleFetcher::BundleFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

BundleFetcher::~BundleFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        delete m_reply; // stops its request (see dropReply())
    }
    m_writer.reset();
}

void BundleFetcher::fetch(const QUrl &url, const QByteArray &expectedSha256, qint64 expectedSize,
                          const QString &destinationFile, const QString &displayName)
{
    dropReply();
    m_writer.reset();
    m_file.close();
    m_url = url;
    m_expectedSha256 = expectedSha256.toLower();
    m_expectedSize = expectedSize;
    m_destination = destinationFile;
    m_displayName = displayName;
    m_received = 0;
    m_resumedFrom = 0;
    m_restartedWithoutRange = false;
    m_hash.reset();

    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https")) {
        fail(Error {QStringLiteral("bad-url"),
                    Tr::tr("The catalog gives %1 an address Cloudy cannot download from (only http and https "
                           "are allowed): %2")
                        .arg(m_displayName, url.toDisplayString())},
             false);
        return;
    }
    static const QRegularExpression hexPattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hexPattern.match(QString::fromLatin1(m_expectedSha256)).hasMatch() || expectedSize < 0) {
        fail(Error {QStringLiteral("bad-url"),
                    Tr::tr("The catalog entry of %1 has no valid checksum or size.").arg(m_displayName)},
             false);
        return;
    }
    QDir().mkpath(QFileInfo(destinationFile).absolutePath());

    // A partial file from an earlier attempt is hashed first, so the digest covers the whole file.
    m_file.setFileName(partialFile(destinationFile));
    if (m_file.exists()) {
        if (m_file.size() <= expectedSize && m_file.open(QIODevice::ReadOnly)) {
            QByteArray chunk;
            while (!(chunk = m_file.read(chunkSize)).isEmpty())
                m_hash.addData(chunk);
            m_received = m_file.size();
            m_file.close();
        }
        if (m_received == expectedSize && m_received > 0) {
            // Complete from an earlier attempt: keep it if it is the right file, else start over.
            if (m_hash.hexResult() == m_expectedSha256) {
                complete();
                return;
            }
            m_received = 0;
        }
        if (m_received == 0) {
            m_file.remove();
            m_hash.reset();
        }
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        fail(Error {QStringLiteral("disk"), Tr::tr("Could not write the download of %1 to %2: %3")
                                                .arg(m_displayName, m_file.fileName(), m_file.errorString())},
             false);
        return;
    }
    m_writer = std::make_unique<PartWriter>(m_file, m_hash);
    if (expectedSize == 0) {
        onFinished();
        return;
    }
    start(m_received > 0);
}

void BundleFetcher::start(bool resume)
{
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_transferTimeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maximumRedirects);
    // Our own Accept-Encoding turns off Qt's transparent decompression: the bytes hashed are the file's.
    request.setRawHeader("Accept-Encoding", "identity");
    m_resumedFrom = resume ? m_received : 0;
    if (resume)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_received) + '-');
    m_checkedHeaders = false;
    m_contentLength = -1;
    m_reply = m_network->get(request);
    // A bounded buffer: Qt's network thread pauses instead of queueing the whole file ahead of us (see
    // readBufferSize for the size).
    m_reply->setReadBufferSize(readBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BundleFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &BundleFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BundleFetcher::onFinished);
    qCDebug(lcServices) << "fetching" << m_url << (resume ? "from byte" : "") << (resume ? m_received : 0);
}

// Without abort(): in Qt 6.4 abort() reports an OperationCanceledError, and when the network thread has
// already queued an error of its own (a server that closed the connection early) that one then arrives second
// and Qt warns "QNetworkReplyImplPrivate::error: Internal problem, this method must only be called once".
// Deleting the reply stops its request all the same.
void BundleFetcher::dropReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
}

void BundleFetcher::resetPartial()
{
    m_writer->restart();
    m_received = 0;
    m_resumedFrom = 0;
}

void BundleFetcher::onMetaData()
{
    if (m_checkedHeaders || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return; // no answer yet, or a redirect Qt follows
    m_checkedHeaders = true;

    if (status == 416 || (status == 206 && m_resumedFrom > 0)) {
        // The part we hold is not what the server has (416), or the server answers another range than asked.
        qint64 firstByte = -1;
        const QByteArray range = m_reply->rawHeader("Content-Range");
        static const QRegularExpression rangePattern(QStringLiteral("^bytes (\\d+)-\\d+/"));
        const auto match = rangePattern.match(QString::fromLatin1(range));
        if (match.hasMatch())
            firstByte = match.captured(1).toLongLong();
        if (status == 416 || firstByte != m_resumedFrom) {
            dropReply();
            if (m_restartedWithoutRange) {
                fail(Error {QStringLiteral("http"),
                            Tr::tr("The server cannot resume the download of %1.").arg(m_displayName)},
                     true);
                return;
            }
            qCInfo(lcServices) << "server refused resuming" << m_url << "at" << m_resumedFrom << "status"
                               << status << range << "- starting over";
            m_restartedWithoutRange = true;
            resetPartial();
            start(false);
            return;
        }
    } else if (status == 200 && m_resumedFrom > 0) {
        qCInfo(lcServices) << "server ignored the Range request for" << m_url << "- starting over";
        resetPartial();
    } else if (status != 200 && status != 206) {
        const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString code = QString::number(status);
        fail(Error {QStringLiteral("http"), Tr::tr("The server answered %1 (%2) to the download of %3.")
                                                .arg(code, reason, m_displayName)},
             false);
        return;
    }

    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_bodyStart = m_received;
    m_contentLength = length.isValid() ? length.toLongLong() : -1;
    if (length.isValid() && m_received + length.toLongLong() > m_expectedSize)
        fail(tooLarge(), true);
}

bool BundleFetcher::stopWriter()
{
    QString why;
    const bool written = m_writer->finish(&why);
    m_writer.reset();
    if (!written)
        fail(Error {QStringLiteral("disk"), Tr::tr("Could not write the download of %1 to %2: %3")
                                                .arg(m_displayName, m_file.fileName(), why)},
             false);
    return written;
}

Error BundleFetcher::tooLarge() const
{
    const QString size = QString::number(m_expectedSize);
    return Error {QStringLiteral("too-large"),
                  Tr::tr("The download of %1 is larger than the catalog says (%2 bytes). It was stopped and "
                         "deleted; ask the microcloud's operators.")
                      .arg(m_displayName, size)};
}

void BundleFetcher::onReadyRead()
{
    if (!m_checkedHeaders)
        onMetaData();
    if (!m_reply || !m_checkedHeaders)
        return;
    const qint64 before = m_received;
    // Straight from Qt's buffer into the writer's: one copy, no allocation.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        char *buffer = m_writer->buffer();
        if (!buffer) {
            stopWriter();
            return;
        }
        const qint64 size = m_reply->read(buffer, bufferSize);
        if (size <= 0)
            break;
        if (size > m_expectedSize - m_received) {
            fail(tooLarge(), true);
            return;
        }
        m_received += size;
        m_writer->commit(size);
    }
    if (m_received != before)
        Q_EMIT progress(m_received, m_expectedSize);
}

void BundleFetcher::onFinished()
{
    if (m_reply) {
        onReadyRead();
        if (!m_reply)
            return; // refused while draining
        QNetworkReply::NetworkError error = m_reply->error();
        // A connection closed before the announced length is an interruption (Qt does not always say so).
        if (error == QNetworkReply::NoError && m_contentLength >= 0
            && m_received - m_bodyStart < m_contentLength)
            error = QNetworkReply::RemoteHostClosedError;
        const QString errorText = m_reply->error() == QNetworkReply::NoError
                                      ? Tr::tr("the connection closed before the end")
                                      : m_reply->errorString();
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
        if (error != QNetworkReply::NoError) {
            // Interrupted downloads keep their partial file: the next fetch resumes it.
            if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
                const QString seconds = QString::number(m_transferTimeout / 1000.0);
                fail(
                    Error {QStringLiteral("timeout"),
                           Tr::tr("The download of %1 stalled: nothing arrived for %2 seconds. Try again: it "
                                  "will resume where it stopped.")
                               .arg(m_displayName, seconds)},
                    false);
            } else if (status >= 400) {
                const QString code = QString::number(status);
                fail(Error {QStringLiteral("http"),
                            Tr::tr("The server answered %1 (%2) to the download of %3.")
                                .arg(code, errorText, m_displayName)},
                     false);
            } else {
                fail(Error {QStringLiteral("network"),
                            Tr::tr(
                                "The download of %1 was interrupted (%2). Try again: it will resume where it "
                                "stopped.")
                                .arg(m_displayName, errorText)},
                     false);
            }
            return;
        }
    }
    if (m_writer && !stopWriter())
        return;
    if (m_received != m_expectedSize) {
        const QString got = QString::number(m_received);
        const QString expected = QString::number(m_expectedSize);
        fail(
            Error {QStringLiteral("damaged"),
                   Tr::tr("The download of %1 ended early (%2 of %3 bytes). It was deleted; try again or ask "
                          "the microcloud's operators.")
                       .arg(m_displayName, got, expected)},
            true);
        return;
    }
    if (m_hash.hexResult() != m_expectedSha256) {
        fail(Error {QStringLiteral("damaged"),
                    Tr::tr("The download of %1 was damaged (its checksum does not match the catalog). It was "
                           "deleted; try again or ask the microcloud's operators.")
                        .arg(m_displayName)},
             true);
        return;
    }
    complete();
}

void BundleFetcher::complete()
{
    m_file.close();
    QFile::remove(m_destination);
    if (!QFile::rename(m_file.fileName(), m_destination)) {
        fail(Error {QStringLiteral("disk"), Tr::tr("Could not write the download of %1 to %2: %3")
                                                .arg(m_displayName, m_destination, m_file.errorString())},
             true);
        return;
    }
    qCInfo(lcServices) << "downloaded" << m_url << "to" << m_destination << m_received << "bytes";
    Q_EMIT succeeded(m_destination);
}

void BundleFetcher::fail(const Error &error, bool deletePartial)
{
    dropReply();
    if (m_writer) {
        m_writer->finish(nullptr); // what arrived stays in the partial file, for a resume
        m_writer.reset();
    }
    m_file.close();
    if (deletePartial && !m_file.fileName().isEmpty())
        m_file.remove();
    qCInfo(lcServices) << "download failed:" << m_url << error.code << error.message;
    Q_EMIT failed(error);
}

void BundleFetcher::cancel()
{
    if (!m_reply)
        return;
    fail(Error {QStringLiteral("cancelled"), Tr::tr("The download of %1 was cancelled.").arg(m_displayName)},
         false);
}

} // namespace Cloudy::Services
