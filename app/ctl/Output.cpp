// SPDX-License-Identifier: GPL-3.0-or-later
#include "Output.h"

#include <QJsonDocument>

#include <cstdio>

namespace Cloudy::Ctl {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QByteArray withNewline(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

} // namespace

void printJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printText(const QString &text)
{
    write(stdout, withNewline(text));
}

QJsonObject errorJson(const Error &error)
{
    return {{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
}

void printError(const QString &text)
{
    write(stderr, withNewline(text));
}

} // namespace Cloudy::Ctl
