// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Cloudy::SettingsValidation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cloudy::SettingsValidation)
};

} // namespace

QString libvirtUriProblem(const QString &uri)
{
    const QString text = uri.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression pattern(
        QStringLiteral("^(qemu|lxc|test)(\\+(unix|ssh|tcp|tls|libssh2?|ext))?://[^\\s/]*(/[^\\s]*)$"));
    if (!pattern.match(text).hasMatch())
        return Tr::tr("\"%1\" is not a libvirt address Cloudy can use. Examples: qemu:///session, "
                      "qemu:///system, lxc:///system.")
            .arg(text);
    return {};
}

QString ledgerUrlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")
        || parsed.host().isEmpty())
        return Tr::tr("\"%1\" is not a ledger address. Use http:// or https:// followed by the ledger's host "
                      "and port, e.g. https://ledger.example.net:8443.")
            .arg(text);
    if (parsed.hasQuery() || parsed.hasFragment())
        return Tr::tr("A ledger address has no \"?\" or \"#\" part.");
    return {};
}

QString normalizedLedgerPin(const QString &pin)
{
    QString hex = pin.trimmed().toLower();
    hex.remove(u':');
    hex.remove(u' ');
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? hex : QString();
}

QString ledgerPinProblem(const QString &pin)
{
    if (pin.trimmed().isEmpty() || !normalizedLedgerPin(pin).isEmpty())
        return {};
    return Tr::tr("A pin is the SHA-256 of the ledger's public key: 64 hexadecimal digits, as its operator "
                  "publishes them.");
}

} // namespace Cloudy::SettingsValidation
