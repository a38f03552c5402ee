// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Cloudy::Desktop {

class LedgerWiring;

// Asks for the passphrase of the node's key file (the identity the user chose to keep in a file because
// there is no keyring), so the hours shared can be signed as receipts. It stays open while the passphrase
// is checked (off the GUI thread) and says so when it does not open the file; "Later" leaves the receipts
// waiting, nothing is lost.
class KeyFileUnlockDialog final : public QDialog
{
    Q_OBJECT

public:
    KeyFileUnlockDialog(LedgerWiring *wiring, const QString &keyFile, QWidget *parent = nullptr);

    void accept() override;

    // Tests: the parts a user types into and reads.
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLabel *messageLabel() const { return m_message; }

private:
    void roundEnded(const QString &problem);
    void setChecking(bool checking);

    LedgerWiring *m_wiring;
    QLineEdit *m_passphrase;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_checking = false;
};

} // namespace Cloudy::Desktop
