// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "Paths.h"

#include <array>

namespace Cloudy {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<KeyInfo, 8> &keyTable()
{
    static const std::array<KeyInfo, 8> table {{
        {Settings::Key::LibvirtUri, "libvirt/uri", QString()},
        {Settings::Key::DiscoveryBackend, "discovery/backend", QStringLiteral("auto")},
        {Settings::Key::LedgerUrl, "ledger/url", QString()},
        {Settings::Key::LastPage, "window/lastPage", 0},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::TrayNoticeShown, "window/trayNoticeShown", false},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::LedgerPin, "ledger/pin", QString()},
    }};
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(QObject *parent)
    : Settings(Paths::settingsFile(), parent)
{ }

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{ }

QString Settings::name(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo &entry = info(key);
    QVariant stored = m_settings.value(QString::fromLatin1(entry.name), entry.defaultValue);
    // INI files store everything as text: give callers the type the table declares.
    if (entry.defaultValue.isValid() && stored.metaType() != entry.defaultValue.metaType())
        stored.convert(entry.defaultValue.metaType());
    return stored;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings.setValue(name(key), value);
    m_settings.sync();
    Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    if (!m_settings.contains(name(key)))
        return;
    m_settings.remove(name(key));
    m_settings.sync();
    Q_EMIT changed(key);
}

bool Settings::isDefault(Key key) const
{
    return !m_settings.contains(name(key));
}

} // namespace Cloudy
