// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are complete: lupdate, run over today's sources into a copy of each shipped .ts
// file, finds no string missing, unfinished or vanished; and the embedded .qm files load and translate,
// English plural forms included.
#include "TestEnv.h"
#include "platform/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Problem
{
    QString kind; // "missing", "unfinished", "vanished", "wrong plural forms"
    QString context;
    QString source;
};

// Reads a .ts file; every message that is not a complete, current translation is a problem.
QList<Problem> problemsIn(const QString &tsFile, int expectedPluralForms, QString *error)
{
    QList<Problem> problems;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList forms;
    QString translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                translation.clear();
                forms.clear();
                type.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                problems.append({QStringLiteral("vanished"), context, source});
            else if (numerus && (forms.isEmpty() || forms.contains(QString())))
                problems.append({QStringLiteral("missing"), context, source});
            else if (!numerus && translation.isEmpty())
                problems.append({QStringLiteral("missing"), context, source});
            else if (type == QLatin1String("unfinished"))
                problems.append({QStringLiteral("unfinished"), context, source});
            else if (numerus && forms.size() != expectedPluralForms)
                problems.append({QStringLiteral("wrong plural forms"), context, source});
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return problems;
}

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("ca") << QStringLiteral("ca") << 2;
        QTest::newRow("es") << QStringLiteral("es") << 2;
        QTest::newRow("el") << QStringLiteral("el") << 2;
        QTest::newRow("en (plural forms only)") << QStringLiteral("en") << 2;
    }

    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const QString shipped = QStringLiteral(CLOUDY_SOURCE_DIR "/translations/cloudy_%1.ts").arg(language);
        QVERIFY2(QFile::exists(shipped), qPrintable(shipped));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString updated = dir.filePath(QStringLiteral("cloudy_%1.ts").arg(language));
        QVERIFY(QFile::copy(shipped, updated));
        QFile::setPermissions(updated, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments {QStringLiteral("-silent"), QStringLiteral("@" CLOUDY_LUPDATE_SOURCES_FILE)};
        if (language == QLatin1String("en"))
            arguments.prepend(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral("-ts") << updated;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CLOUDY_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, output.constData());

        QString error;
        const QList<Problem> problems = problemsIn(updated, pluralForms, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (!problems.isEmpty()) {
            QString report = QStringLiteral("%1 string(s) of cloudy_%2.ts need work "
                                            "(ninja update_translations, then translate):\n")
                                 .arg(problems.size())
                                 .arg(language);
            for (const Problem &problem : problems)
                report +=
                    QStringLiteral("  %1 [%2] \"%3\"\n").arg(problem.kind, problem.context, problem.source);
            QFAIL(qPrintable(report));
        }
    }

    void embeddedTranslationsLoad()
    {
        for (const char *language : {"ca", "es", "el", "en"})
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/cloudy_%1.qm").arg(QLatin1String(language))),
                     language);

        QCOMPARE(Cloudy::installTranslations(QStringLiteral("ca")), QStringLiteral("ca"));
        QCOMPARE(translate("Cloudy::Desktop::SharePage", "What you share"), QStringLiteral("Què compartiu"));
        QCOMPARE(translate("cloudyctl", "%n node(s)", 1), QStringLiteral("1 node"));
        QCOMPARE(translate("cloudyctl", "%n node(s)", 3), QStringLiteral("3 nodes"));

        QCOMPARE(Cloudy::installTranslations(QStringLiteral("es_ES")), QStringLiteral("es"));
        QCOMPARE(translate("Cloudy::Desktop::SharePage", "What you share"), QStringLiteral("Qué compartes"));
        QCOMPARE(translate("Cloudy::Desktop::SharePage", "of %n core(s) on this computer", 2),
                 QStringLiteral("de 2 núcleos de este ordenador"));

        QCOMPARE(Cloudy::installTranslations(QStringLiteral("el")), QStringLiteral("el"));
        QCOMPARE(translate("Cloudy::Desktop::SharePage", "What you share"), QStringLiteral("Τι μοιράζεστε"));
        QCOMPARE(translate("cloudyctl", "%n service(s)", 1), QStringLiteral("1 υπηρεσία"));
        QCOMPARE(translate("cloudyctl", "%n service(s)", 5), QStringLiteral("5 υπηρεσίες"));

        // English, and a language Cloudy is not translated into: the English plural forms.
        for (const QString &language : {QStringLiteral("en_GB"), QStringLiteral("de")}) {
            QCOMPARE(Cloudy::installTranslations(language), QStringLiteral("en"));
            QCOMPARE(translate("Cloudy::Desktop::SharePage", "of %n core(s) on this computer", 1),
                     QStringLiteral("of 1 core on this computer"));
            QCOMPARE(translate("Cloudy::Desktop::SharePage", "of %n core(s) on this computer", 2),
                     QStringLiteral("of 2 cores on this computer"));
            QCOMPARE(translate("Cloudy::Desktop::SharePage", "What you share"),
                     QStringLiteral("What you share"));
        }
    }
};

CLOUDY_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
