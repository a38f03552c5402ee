// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Cloudy {

namespace {

QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
}

} // namespace

QString installTranslations(const QString &languageOverride)
{
    QCoreApplication *application = QCoreApplication::instance();
    Q_ASSERT(application);

    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    const QLocale locale = languageOverride.isEmpty() ? QLocale::system() : QLocale(languageOverride);

    // Qt's own strings (standard buttons, QCommandLineParser...), when the distribution ships them.
    auto *qt = new QTranslator(application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;

    // QTranslator::load(QLocale...) tries each of locale.uiLanguages() in order ("ca-ES", "ca"...).
    auto *cloudy = new QTranslator(application);
    if (!cloudy->load(locale, QStringLiteral("cloudy"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || cloudy->language().startsWith(QLatin1String("en"))) {
        // English or a language we do not have: the English plural forms ("1 core", "2 cores").
        if (!cloudy->load(QStringLiteral(":/i18n/cloudy_en.qm"))) {
            delete cloudy;
            return {};
        }
    }
    install(cloudy);
    const QString language = cloudy->language();
    return language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
}

} // namespace Cloudy
