// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Result.h"

#include <QJsonObject>
#include <QString>

// Everything cloudyctl prints goes through here: JSON on stdout for --json, text on stdout, errors on stderr.
namespace Cloudy::Ctl {

void printJson(const QJsonObject &object);
void printText(const QString &text);
void printError(const QString &text);

// An error as cloudyctl writes it in JSON: {"code": …, "message": …}.
QJsonObject errorJson(const Error &error);

} // namespace Cloudy::Ctl
