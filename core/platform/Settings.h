// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>

namespace Cloudy {

// Typed settings: every key is declared once in a table with its name and default, so a typo is a
// compile error and "reset to default" is always possible. Backed by an INI file shared by the three
// programs (Paths::settingsFile()).
class Settings final : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        LibvirtUri, // empty: automatic (qemu:///session for a user, qemu:///system for root)
        DiscoveryBackend, // "auto", "avahi" or "mdns"
        LedgerUrl, // empty: the ledger the chosen microcloud announces
        LastPage, // index of the page shown when the window last closed
        WindowGeometry, // QWidget::saveGeometry()
        TrayNoticeShown, // the "Cloudy keeps running in the tray" notice was shown once
        Language, // empty: follow the system locale; else "ca", "es", "el" or "en" (installTranslations())
        LedgerPin, // empty: no pinning; else SHA-256 of the ledger's TLS public key, 64 hex (LedgerClient)
    };
    Q_ENUM(Key)

    explicit Settings(QObject *parent = nullptr);
    Settings(const QString &fileName, QObject *parent);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    bool isDefault(Key key) const;

    static QString name(Key key);
    static QVariant defaultValue(Key key);

    QString fileName() const { return m_settings.fileName(); }

Q_SIGNALS:
    void changed(Cloudy::Settings::Key key);

private:
    QSettings m_settings;
};

} // namespace Cloudy
