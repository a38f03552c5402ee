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

namespace Cloudy::Services {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr() helper, so that lupdate files the strings under the right context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::Services::BundleFetcher)
};

// Reads from the reply in big chunks: fewer calls, and the file is written unbuffered from here.
constexpr qint64 chunkSize = 1024 * 1024;
constexpr int maximumRedirects = 5;

} // namespace

BundleFetcher::BundleFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

BundleFetcher::~BundleFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void BundleFetcher::fetch(const QUrl &url, const QByteArray &expectedSha256, qint64 expectedSize,
                          const QString &destinationFile, const QString &displayName)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
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
        if (m_received == 0 || (m_received == expectedSize && m_hash.result().toHex() != m_expectedSha256)) {
            m_file.remove();
            m_received = 0;
            m_hash.reset();
        }
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        fail(Error {QStringLiteral("disk"), Tr::tr("Could not write the download of %1 to %2: %3")
                                                .arg(m_displayName, m_file.fileName(), m_file.errorString())},
             false);
        return;
    }
    if (m_received == expectedSize) { // complete and verified above: no request needed
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
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BundleFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &BundleFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BundleFetcher::onFinished);
    qCDebug(lcServices) << "fetching" << m_url << (resume ? "from byte" : "") << (resume ? m_received : 0);
}

void BundleFetcher::resetPartial()
{
    m_file.resize(0);
    m_hash.reset();
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
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
            m_reply = nullptr;
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
    if (length.isValid() && m_received + length.toLongLong() > m_expectedSize) {
        const QString size = QString::number(m_expectedSize);
        fail(
            Error {QStringLiteral("too-large"),
                   Tr::tr("The download of %1 is larger than the catalog says (%2 bytes). It was stopped and "
                          "deleted; ask the microcloud's operators.")
                       .arg(m_displayName, size)},
            true);
    }
}

bool BundleFetcher::writeChunk(const char *data, qint64 size)
{
    if (size > m_expectedSize - m_received) {
        const QString expected = QString::number(m_expectedSize);
        fail(
            Error {QStringLiteral("too-large"),
                   Tr::tr("The download of %1 is larger than the catalog says (%2 bytes). It was stopped and "
                          "deleted; ask the microcloud's operators.")
                       .arg(m_displayName, expected)},
            true);
        return false;
    }
    if (m_file.write(data, size) != size) {
        fail(Error {QStringLiteral("disk"), Tr::tr("Could not write the download of %1 to %2: %3")
                                                .arg(m_displayName, m_file.fileName(), m_file.errorString())},
             false);
        return false;
    }
    m_hash.addData(QByteArrayView(data, size));
    m_received += size;
    return true;
}

void BundleFetcher::onReadyRead()
{
    if (!m_checkedHeaders)
        onMetaData();
    if (!m_reply || !m_checkedHeaders)
        return;
    if (m_buffer.size() != chunkSize)
        m_buffer.resize(chunkSize);
    const qint64 before = m_received;
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 size = m_reply->read(m_buffer.data(), chunkSize);
        if (size <= 0)
            break;
        if (!writeChunk(m_buffer.constData(), size))
            return;
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
    if (m_hash.result().toHex() != m_expectedSha256) {
        fail(Error {QStringLiteral("damaged"),
                    Tr::tr("The download of %1 was damaged (its checksum does not match the catalog). It was "
                           "deleted; try again or ask the microcloud's operators.")
                        .arg(m_displayName)},
             true);
        return;
    }
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
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
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
