// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MicrocloudModel.h"

#include <QJsonObject>

// The JSON of `cloudyctl discover --json` (documented in docs/discovery.md).
namespace Cloudy::Discovery {

// {"name", "type", "label", "host", "addresses": [], "port", "txt": {}, "node", "microcloud", "rttMs", ...}
QJsonObject serviceJson(const ServiceInfo &service);
// {"backend", "microclouds": [{"id", "name", "nodes": [], "services": []}], "ungrouped": []}
QJsonObject discoveryJson(const QString &backend, const QList<MicrocloudInfo> &microclouds);

} // namespace Cloudy::Discovery
