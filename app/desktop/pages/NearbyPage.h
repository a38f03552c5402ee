// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoveredService.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTableWidget;

namespace Cloudy::Discovery {
class MicrocloudModel;
class MicrocloudProxyModel;
class ServiceBrowser;
} // namespace Cloudy::Discovery

namespace Cloudy::Desktop {

// The Nearby page: the microclouds of the community network near this computer, their nodes and services
// (MicrocloudModel, sorted nearest first), a filter, and a details pane with Open, Copy address, Launch and
// Join. Updates live; the selection and scroll position survive them.
class NearbyPage final : public QWidget
{
    Q_OBJECT

public:
    // `model` and `browser` are not owned; `browser` may be null (then nothing is searching).
    NearbyPage(Discovery::MicrocloudModel *model, Discovery::ServiceBrowser *browser,
               QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    Discovery::MicrocloudProxyModel *proxy() const { return m_proxy; }
    // The service or group the details pane shows (invalid when none).
    QModelIndex currentIndex() const;

Q_SIGNALS:
    // Hooks for the Services capability: run this service here / join this microcloud.
    void launchRequested(const Cloudy::Discovery::ServiceKey &service);
    void joinRequested(const QString &microcloudId);

private:
    void updateStatus();
    void updateStatusSoon();
    void updateDetails();
    void openCurrent();
    void copyAddress();

    Discovery::MicrocloudModel *m_model;
    QPointer<Discovery::ServiceBrowser> m_browser;
    Discovery::MicrocloudProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTreeView *m_view;
    QLabel *m_detailsTitle;
    QLabel *m_detailsText;
    QTableWidget *m_txt;
    QPushButton *m_open;
    QPushButton *m_copy;
    QPushButton *m_launch;
    QPushButton *m_join;
    QTimer m_statusTimer;
};

} // namespace Cloudy::Desktop
