// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Cloudy {

// Installs the translations of Cloudy (embedded under :/i18n/) and of Qt (qtbase_XX from
// QLibraryInfo::TranslationsPath, when present) into the running QCoreApplication, for
// QLocale::system().uiLanguages() (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or, when languageOverride is
// not empty, for that language ("ca", "es_ES", "el"...: the Settings key Language). English, or a
// language without a translation, gets cloudy_en, which holds only the English plural forms.
// Calling it again replaces the translators it installed before. Returns the name of the Cloudy
// translation installed ("ca", "es", "el" or "en").
QString installTranslations(const QString &languageOverride = {});

} // namespace Cloudy
