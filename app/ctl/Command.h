// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <span>

namespace Cloudy {
struct Error;
}

namespace Cloudy::Ctl {

// The strings of cloudyctl live in the translation context "cloudyctl": Tr::tr("...") is what lupdate
// recognises (a free tr() helper would be attributed to no context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cloudyctl)
};

// One cloudyctl subcommand: `cloudyctl NAME [options]`. Each capability adds its own.
struct Command
{
    const char *name;
    const char *summary; // one line for `cloudyctl --help`
    // Receives the arguments starting with the command name itself; returns the exit code.
    std::function<int(const QStringList &arguments)> run;
};

std::span<const Command> commands();

// Parses a subcommand's arguments with --help handling and a clear message on a bad option. Returns false
// when the caller should exit with *exitCode.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

// Exit codes shared by every subcommand.
enum ExitCode : int
{
    ExitOk = 0,
    ExitProblemsFound = 1, // the command ran and reports something missing or failed
    ExitUsage = 2, // bad command line
};

// A command that failed: the error as {"error": {...}} on stdout with --json, its message on stderr either
// way. Returns ExitProblemsFound.
int fail(const Error &error, bool json = false);

int runCatalog(const QStringList &arguments);
int runDiscover(const QStringList &arguments);
int runDoctor(const QStringList &arguments);
int runIdentity(const QStringList &arguments);
int runLedger(const QStringList &arguments);
int runServices(const QStringList &arguments);
int runShare(const QStringList &arguments);

} // namespace Cloudy::Ctl
