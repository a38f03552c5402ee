// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sha256.h"
#include "platform/Result.h"

#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

// Downloads a service bundle the catalog describes: the catalog's size is a hard cap and its SHA-256 is
// checked while the bytes stream in, so a damaged or hostile download never becomes the file we install.
namespace Cloudy::Services {

class BundleFetcher : public QObject
{
    Q_OBJECT
public:
    explicit BundleFetcher(QObject *parent = nullptr);
    ~BundleFetcher() override;

    // Downloads url into destinationFile (through destinationFile + ".part", which a later fetch resumes
    // with an HTTP Range request). expectedSha256 is 64 hex digits; displayName names the service in errors.
    // Ends with succeeded() or failed(), which may come before fetch() returns (a bad URL, or a partial file
    // that is already complete and verified); a fetch already running is cancelled first. Hashing a partial
    // file to resume reads it here, on the caller's thread (about 1 s per GB).
    void fetch(const QUrl &url, const QByteArray &expectedSha256, qint64 expectedSize,
               const QString &destinationFile, const QString &displayName);
    // Stops the download; the partial file stays for a later resume. failed() says "cancelled".
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    // Without a byte for this long the download fails (QNetworkRequest::setTransferTimeout). Default 30 s.
    void setTransferTimeout(int milliseconds) { m_transferTimeout = milliseconds; }

    static QString partialFile(const QString &destinationFile)
    {
        return destinationFile + QStringLiteral(".part");
    }

Q_SIGNALS:
    // Bytes on disk so far (a resumed download starts at the partial file's size) and the catalog's size.
    void progress(qint64 bytes, qint64 total);
    void succeeded(const QString &file);
    // Codes: "bad-url", "disk", "http", "network", "timeout", "too-large", "damaged", "cancelled".
    void failed(const Cloudy::Error &error);

private:
    void start(bool resume);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    // The partial file is verified: it becomes the destination.
    void complete();
    void fail(const Error &error, bool deletePartial);
    Error tooLarge() const;
    // Disconnects and deletes the current reply, which stops its request.
    void dropReply();
    void resetPartial();
    bool stopWriter();

    // Writes and hashes the bytes on a thread of its own (see BundleFetcher.cpp).
    class PartWriter;
    std::unique_ptr<PartWriter> m_writer;

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QFile m_file;
    Sha256 m_hash;
    QUrl m_url;
    QByteArray m_expectedSha256;
    qint64 m_expectedSize = 0;
    QString m_destination;
    QString m_displayName;
    qint64 m_received = 0; // bytes in the partial file
    qint64 m_resumedFrom = 0; // the offset the current request asked for
    qint64 m_bodyStart = 0; // m_received when the current response's body began
    qint64 m_contentLength = -1; // of the current response, -1 when not announced
    bool m_checkedHeaders = false;
    bool m_restartedWithoutRange = false;
    int m_transferTimeout = 30000;
};

} // namespace Cloudy::Services
