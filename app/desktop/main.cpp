// SPDX-License-Identifier: GPL-3.0-or-later
// cloudy-desktop: the Cloudy Desktop GUI with its tray icon.
#include "DesktopSession.h"
#include "DisplayCheck.h"
#include "FirstRunWizard.h"
#include "Icons.h"
#include "MainWindow.h"
#include "TrayIcon.h"
#include "platform/BuildInfo.h"
#include "platform/Settings.h"
#include "platform/SingleInstance.h"
#include "platform/TerminationSignals.h"
#include "platform/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

using namespace Cloudy;

namespace {

// Calls `then` once, from the event loop, right after the widget's first paint (and its flush).
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QWidget *widget, std::function<void()> then)
        : QObject(widget)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then)
            QTimer::singleShot(0, this, std::exchange(m_then, {}));
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

} // namespace

int main(int argc, char *argv[])
{
    BuildInfo::applyApplicationIdentity(QStringLiteral("cloudy-desktop"));

    // --help and --version work without a display, so they are parsed before QApplication exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cloudy Desktop: share this computer with your community network's microclouds, find the ones near "
        "you, run their services and see what your contribution has earned."));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Print the version."));
    const QCommandLineOption hidden(
        QStringLiteral("hidden"),
        QStringLiteral("Start in the tray without showing the window (used at login)."));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"), QStringLiteral("Discovery backend for this run: avahi, mdns or auto."),
        QStringLiteral("BACKEND"));
    parser.addOptions({help, version, hidden, backendOption});
    // Qt's own options (-platform, -style...) are accepted and passed on to QApplication.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.parse(arguments);
    if (parser.isSet(version)) {
        std::printf("%s\n", qPrintable(BuildInfo::versionLine(QStringLiteral("cloudy-desktop"))));
        return 0;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser::helpText() needs an application object, which needs a display: write it here.
        std::printf(
            "Usage: cloudy-desktop [options]\n%s\n\nOptions:\n"
            "  -h, --help     Show this help.\n"
            "  -v, --version  Print the version.\n"
            "  --hidden       Start in the tray without showing the window (used at login).\n"
            "  --backend B    Discovery backend for this run: avahi, mdns or auto (default: the setting).\n"
            "\nThe same actions are available from a terminal with 'cloudyctl'.\n",
            qPrintable(parser.applicationDescription()));
        return 0;
    }
    std::optional<Discovery::BrowserBackend> backend;
    if (parser.isSet(backendOption)) {
        backend = Discovery::backendFromName(parser.value(backendOption));
        if (!backend) {
            std::fprintf(stderr, "Unknown discovery backend '%s': use avahi, mdns or auto.\n",
                         qPrintable(parser.value(backendOption)));
            return 2;
        }
    }
    const QString noDisplay = Desktop::missingDisplayReason(QProcessEnvironment::systemEnvironment());
    if (!noDisplay.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(noDisplay));
        return 2;
    }

    QApplication app(argc, argv);
    installTranslations(Settings().value(Settings::Key::Language).toString());
    QApplication::setDesktopFileName(BuildInfo::applicationId());
    quitOnTerminationSignals();

    // One window per user: a second launch raises the running one and exits.
    SingleInstance instance(QStringLiteral("cloudy-desktop"));
    switch (instance.claim(arguments)) {
    case SingleInstance::Role::Secondary:
        std::printf("%s\n", qPrintable(QCoreApplication::translate(
                                "main", "Cloudy Desktop is already running: its window has been raised.")));
        return 0;
    case SingleInstance::Role::Failed:
        std::fprintf(stderr, "%s\n", qPrintable(instance.errorString()));
        break;
    case SingleInstance::Role::Primary:
        break;
    }

    Settings settings;
    // The backend from the command line wins over the setting, for this run only.
    const auto session = backend ? std::make_unique<Desktop::DesktopSession>(
                             &settings, Discovery::createServiceBrowser(*backend),
                             std::make_unique<Contribution::ShareEngine>(), nullptr)
                                 : std::make_unique<Desktop::DesktopSession>(&settings);
    Desktop::MainWindow window(session.get());
    // The tray icon: asking whether there is a tray may mean a D-Bus call, and showing one draws it and
    // registers it, so it comes after the window's first paint, unless the window is not shown at all.
    const auto setUpTray = [&window] {
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            return;
        auto *tray = new Desktop::TrayIcon(&window);
        window.setTrayIcon(tray);
        tray->show();
        // Keep running in the tray when the window closes.
        QApplication::setQuitOnLastWindowClosed(false);
    };
    if (!parser.isSet(hidden) || !QSystemTrayIcon::isSystemTrayAvailable())
        window.show();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &Desktop::MainWindow::raiseWindow);
    // The window first, then the rest: the tray, the window's icon (drawn at four sizes for the window
    // manager), opening the ledger's outbox (SQLite) and starting the session (libvirt, D-Bus, the catalogs:
    // tens of ms each) wait for the window's first paint (or a second, if the window is never painted). The
    // status bar and the Rewards page follow the rewards source when it comes.
    const auto startRest = [session = session.get(), setUpTray] {
        if (session->isStarted())
            return;
        QApplication::setWindowIcon(Desktop::svgIcon(QStringLiteral(":/icons/cloudy.svg")));
        setUpTray();
        session->enableLedger();
        session->start();
    };
    if (window.isVisible()) {
        new AfterFirstPaint(&window, startRest);
        QTimer::singleShot(1000, session.get(), startRest);
    } else {
        startRest();
    }
    // Benchmark hook (tests/bench/benches/desktop-startup.sh): with CLOUDY_EXIT_AFTER_FIRST_PAINT=1 the
    // process prints "first-paint" and exits right after the window's first paint, so exec → exit is the
    // start to the first painted window (installed last, this filter runs first: the session is not
    // started). tests/bench/minimal_window.cpp does exactly the same.
    if (qEnvironmentVariableIntValue("CLOUDY_EXIT_AFTER_FIRST_PAINT") == 1) {
        new AfterFirstPaint(&window, [] {
            std::printf("first-paint\n");
            std::fflush(stdout);
            std::_Exit(0);
        });
    }
    // The first run: a short assistant over the window (each step can be skipped).
    if (!settings.value(Settings::Key::FirstRunDone).toBool() && window.isVisible()) {
        auto *wizard = new Desktop::FirstRunWizard(session.get(), &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    }
    return app.exec();
}
