// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Cloudy {
class Settings;
namespace Services {
class CatalogLibrary;
}
} // namespace Cloudy

namespace Cloudy::Desktop {

// Everything the pages don't show: language, start at login, discovery backend, libvirt address, ledger
// address and pin, the catalogs added by URL with their pinned keys, and where the data lives. Nothing is
// written until OK: Cancel undoes every change, "Restore Defaults" fills in the defaults (still undoable).
// Fields are checked as they are typed; OK stays disabled while one is wrong, and the field says why.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // catalogs may be null (no Catalogs tab then).
    SettingsDialog(Settings *settings, Services::CatalogLibrary *catalogs, QWidget *parent = nullptr);

    // For tests and the window: the fields by purpose.
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *libvirtUriEdit() const { return m_libvirtUri; }
    QLineEdit *ledgerUrlEdit() const { return m_ledgerUrl; }
    QLineEdit *ledgerPinEdit() const { return m_ledgerPin; }
    QLineEdit *catalogUrlEdit() const { return m_catalogUrl; }
    QTreeWidget *catalogList() const { return m_catalogList; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Whether a restart is needed for what was saved (the language).
    bool restartNeeded() const { return m_restartNeeded; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createGeneralTab();
    QWidget *createConnectionsTab();
    QWidget *createCatalogsTab();
    QWidget *createDataTab();
    void loadValues();
    void restoreDefaults();
    void validate();
    void fillCatalogList();
    void addCatalog();
    void removeSelectedCatalog();
    void forgetSelectedKey();

    Settings *m_settings;
    Services::CatalogLibrary *m_catalogs;
    QComboBox *m_language = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QComboBox *m_backend = nullptr;
    QLineEdit *m_libvirtUri = nullptr;
    QLabel *m_libvirtProblem = nullptr;
    QLineEdit *m_ledgerUrl = nullptr;
    QLabel *m_ledgerUrlProblem = nullptr;
    QLineEdit *m_ledgerPin = nullptr;
    QLabel *m_ledgerPinProblem = nullptr;
    QLineEdit *m_catalogUrl = nullptr;
    QPushButton *m_addCatalog = nullptr;
    QLabel *m_catalogProblem = nullptr;
    QTreeWidget *m_catalogList = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    // Staged catalog changes, applied on OK.
    QList<QUrl> m_catalogUrls; // the list as it will be
    QStringList m_forgetPlaces; // CatalogTrust places whose pinned key is forgotten
    bool m_restartNeeded = false;
};

} // namespace Cloudy::Desktop
