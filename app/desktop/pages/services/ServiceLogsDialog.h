// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Cloudy::Services {
class ServiceManager;
}

namespace Cloudy::Desktop {

// A service's console: what its console log holds so far, then new lines live while the dialog is open
// (ServiceLauncher::followConsole).
class ServiceLogsDialog final : public QDialog
{
    Q_OBJECT

public:
    ServiceLogsDialog(Services::ServiceManager *manager, const QString &id, QWidget *parent = nullptr);
    ~ServiceLogsDialog() override;

    QPlainTextEdit *text() const { return m_text; }

private:
    Services::ServiceManager *m_manager;
    QString m_id;
    QPlainTextEdit *m_text;
};

} // namespace Cloudy::Desktop
