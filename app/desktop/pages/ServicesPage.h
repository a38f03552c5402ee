// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Cloudy::Services {
class CatalogLibrary;
class ServiceCatalogModel;
class ServiceCatalogProxyModel;
class ServiceManager;
} // namespace Cloudy::Services

namespace Cloudy::Desktop {

// The Services page: catalog cards (ServiceCatalogModel) with search, a category filter and "running
// only", a details pane with Install / Launch / Open / Logs / Stop / Restart / Remove and the install's
// progress, a banner asking to trust a new catalog publisher, and a message line for what went wrong.
class ServicesPage final : public QWidget
{
    Q_OBJECT

public:
    // Neither is owned; with either null the page says services are not available.
    ServicesPage(Services::CatalogLibrary *library, Services::ServiceManager *manager,
                 QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    Services::ServiceCatalogModel *model() const { return m_model; }
    Services::ServiceCatalogProxyModel *proxy() const { return m_proxy; }
    QString currentId() const;
    // Selects the service with this id, or the first whose id or name contains `hint` (the Nearby page's
    // Launch here), clearing filters that hide it; otherwise searches for it.
    void showService(const QString &hint);

protected:
    // The running services' CPU and memory are sampled only while the page is shown.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateDetails();
    void updateEmpty();
    void updateTrustBanner();
    void updateCategories();
    void updateProblems();
    void showMessage(const QString &text);
    void install();
    void remove();
    void openLogs();

    QPointer<Services::CatalogLibrary> m_library;
    QPointer<Services::ServiceManager> m_manager;
    Services::ServiceCatalogModel *m_model;
    Services::ServiceCatalogProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_category;
    QCheckBox *m_activeOnly;
    QFrame *m_trustBanner;
    QLabel *m_trustText;
    QPushButton *m_trust;
    QPushButton *m_notNow;
    QUrl m_trustUrl;
    QSet<QString> m_notNowUrls;
    QSet<QString> m_cancelled; // installs the user cancelled: their "failed" is no news
    QLabel *m_message;
    QLabel *m_problems;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QListView *m_view;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_state;
    QLabel *m_description;
    QProgressBar *m_progress;
    QPushButton *m_install;
    QPushButton *m_cancel;
    QPushButton *m_launch;
    QPushButton *m_open;
    QPushButton *m_logs;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QPushButton *m_remove;
    QTimer m_uptimeTimer;
};

} // namespace Cloudy::Desktop
