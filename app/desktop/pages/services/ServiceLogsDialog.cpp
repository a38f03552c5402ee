// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLogsDialog.h"

#include "services/ServiceManager.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

namespace {
constexpr qint64 kMaxShownBytes = 512 * 1024; // the end of a long log is what people look for
}

ServiceLogsDialog::ServiceLogsDialog(Services::ServiceManager *manager, const QString &id, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_id(id)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("serviceLogsDialog"));
    const std::optional<Services::ServiceStatus> status = manager->service(id);
    const QString name = status && !status->entry.name.isEmpty() ? status->entry.name : id;
    setWindowTitle(tr("Logs of %1").arg(name));
    resize(760, 480);
    m_text->setObjectName(QStringLiteral("serviceLogsText"));
    m_text->setAccessibleName(tr("Console log"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(20000);

    if (status && !status->consoleLog.isEmpty()) {
        QFile log(status->consoleLog);
        if (log.open(QIODevice::ReadOnly)) {
            if (log.size() > kMaxShownBytes)
                log.seek(log.size() - kMaxShownBytes);
            m_text->setPlainText(QString::fromUtf8(log.readAll()));
        }
    }
    if (m_text->document()->isEmpty())
        m_text->setPlaceholderText(tr("Nothing in the console yet."));

    // Lines that arrive from now on; the launcher reads on from where the file ends.
    if (Services::ServiceLauncher *launcher = manager->launcher(id)) {
        connect(launcher, &Services::ServiceLauncher::consoleLine, this,
                [this](const QString &line) { m_text->appendPlainText(line); });
        launcher->followConsole(true);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    m_text->moveCursor(QTextCursor::End);
}

ServiceLogsDialog::~ServiceLogsDialog()
{
    if (Services::ServiceLauncher *launcher = m_manager->launcher(m_id))
        launcher->followConsole(false);
}

} // namespace Cloudy::Desktop
