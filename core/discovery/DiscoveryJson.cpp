// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryJson.h"

#include <QJsonArray>

namespace Cloudy::Discovery {

QJsonObject serviceJson(const ServiceInfo &service)
{
    QJsonArray addresses;
    for (const QHostAddress &address : service.addresses)
        addresses.append(address.toString());
    QJsonObject txt;
    for (auto it = service.txt.cbegin(); it != service.txt.cend(); ++it)
        txt.insert(it.key(), it.value().isNull() ? QJsonValue(true) : QJsonValue(txtValueText(it.value())));
    QJsonObject object {
        {QStringLiteral("name"), service.key.name},
        {QStringLiteral("type"), service.key.type},
        {QStringLiteral("domain"), service.key.domain},
        {QStringLiteral("label"), service.label},
        {QStringLiteral("host"), service.hostName},
        {QStringLiteral("addresses"), addresses},
        {QStringLiteral("port"), int(service.port)},
        {QStringLiteral("txt"), txt},
        {QStringLiteral("node"), service.placement.nodeId},
        {QStringLiteral("microcloud"), service.placement.microcloudId.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(service.placement.microcloudId)},
        {QStringLiteral("groupedBy"), groupingRuleName(service.placement.rule)},
        {QStringLiteral("interfaces"), QJsonArray::fromStringList(service.interfaceNames)},
        {QStringLiteral("rttMs"),
         service.rttMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(service.rttMs)},
        {QStringLiteral("lastSeen"), service.lastSeen.toString(Qt::ISODateWithMs)},
    };
    if (const QUrl url = service.openUrl(); url.isValid())
        object.insert(QStringLiteral("url"), url.toString());
    return object;
}

QJsonObject discoveryJson(const QString &backend, const QList<MicrocloudInfo> &microclouds)
{
    QJsonArray grouped;
    QJsonArray ungrouped;
    for (const MicrocloudInfo &microcloud : microclouds) {
        QJsonArray nodes;
        QJsonArray services;
        for (const NodeInfo &node : microcloud.nodes) {
            nodes.append(QJsonObject {
                {QStringLiteral("id"), node.id},
                {QStringLiteral("name"), node.name},
                {QStringLiteral("host"), node.hostName},
                {QStringLiteral("cloudyNode"), node.cloudyNode},
                {QStringLiteral("rttMs"),
                 node.bestRttMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(node.bestRttMs)},
            });
            for (const ServiceInfo &service : node.services)
                (microcloud.id.isEmpty() ? ungrouped : services).append(serviceJson(service));
        }
        if (microcloud.id.isEmpty())
            continue;
        grouped.append(QJsonObject {
            {QStringLiteral("id"), microcloud.id},
            {QStringLiteral("name"), microcloud.name},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("services"), services},
            {QStringLiteral("rttMs"),
             microcloud.bestRttMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(microcloud.bestRttMs)},
        });
    }
    return {{QStringLiteral("backend"), backend},
            {QStringLiteral("microclouds"), grouped},
            {QStringLiteral("ungrouped"), ungrouped}};
}

} // namespace Cloudy::Discovery
