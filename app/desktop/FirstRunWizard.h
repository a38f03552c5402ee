// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace Cloudy::Desktop {

class DesktopSession;

// The first-run assistant: what Cloudy does; the node identity (created in the keyring, or — only when
// there is no keyring and the user chooses it — in a passphrase-protected key file); a sharing preset or
// not yet; a nearby microcloud found by discovery, or none yet; start at login. Every step can be skipped
// and nothing is applied before Finish. Finishing or cancelling marks the first run as done.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePage,
        IdentityPage,
        SharingPage,
        MicrocloudPage,
        LoginPage,
    };

    explicit FirstRunWizard(DesktopSession *session, QWidget *parent = nullptr);

    // For tests: the identity step's state line once it has run.
    QLabel *identityStatus() const { return m_identityStatus; }
    QListWidget *microcloudList() const { return m_microclouds; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The identity step finished (created or found: ok; else the message shown).
    void identityChecked(bool ok);

protected:
    void initializePage(int id) override;

private:
    QWizardPage *createWelcomePage();
    QWizardPage *createIdentityPage();
    QWizardPage *createSharingPage();
    QWizardPage *createMicrocloudPage();
    QWizardPage *createLoginPage();
    void checkIdentity();
    void createKeyFile();
    void fillMicroclouds();

    DesktopSession *m_session;
    QLabel *m_identityStatus = nullptr;
    QWidget *m_keyFileBox = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_passphraseAgain = nullptr;
    bool m_identityRunning = false;
    QButtonGroup *m_presets = nullptr;
    QListWidget *m_microclouds = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
};

} // namespace Cloudy::Desktop
