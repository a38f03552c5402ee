// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFileUnlockDialog.h"

#include "LedgerWiring.h"
#include "pages/WrappedLabel.h"
#include "platform/Crypto.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cloudy::Desktop {

KeyFileUnlockDialog::KeyFileUnlockDialog(LedgerWiring *wiring, const QString &keyFile, QWidget *parent)
    : QDialog(parent)
    , m_wiring(wiring)
    , m_passphrase(new QLineEdit(this))
    , m_message(new WrappedLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Unlock your node key"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new WrappedLabel(
        tr("Your node key is kept in a file protected by a passphrase (%1), because this computer "
           "has no keyring. Cloudy Desktop needs the passphrase to sign the receipts of the hours "
           "you shared. It keeps it in memory until you quit, never on disk.")
            .arg(QDir::toNativeSeparators(keyFile)),
        this);
    layout->addWidget(explanation);
    auto *label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    layout->addWidget(label);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the key file"));
    layout->addWidget(m_passphrase);
    m_message->setAccessibleName(tr("Unlock status"));
    m_message->hide();
    layout->addWidget(m_message);
    m_buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole)
        ->setToolTip(tr("The hours stay recorded and are signed once the key is unlocked."));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeyFileUnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_wiring, &LedgerWiring::issued, this, [this](int, const QString &problem) {
        if (m_checking)
            roundEnded(problem);
    });
}

void KeyFileUnlockDialog::accept()
{
    if (m_checking)
        return;
    if (m_passphrase->text().isEmpty()) {
        m_message->setText(tr("Type the passphrase you chose when the key file was made."));
        m_message->show();
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    m_passphrase->clear();
    setChecking(true);
    m_wiring->unlock(passphrase);
    Crypto::wipe(passphrase);
}

void KeyFileUnlockDialog::roundEnded(const QString &problem)
{
    setChecking(false);
    if (m_wiring->needsPassphrase()) {
        m_message->setText(tr("That passphrase does not open the key file. Try again."));
        m_passphrase->setFocus();
        return;
    }
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    QDialog::accept();
}

void KeyFileUnlockDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_passphrase->setEnabled(!checking);
    m_buttons->setEnabled(!checking);
    if (checking)
        m_message->setText(tr("Checking the passphrase…"));
    m_message->show();
}

} // namespace Cloudy::Desktop
