// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "mqtt/MqttTypes.h"

#include <QCommandLineParser>
#include <QFile>
#include <QStringList>

#include <functional>

class MqttSession;

/// Shared pieces of thingbench-cli's subcommands: connection options (the same everywhere, DESIGN.md §3), error
/// output as "thingbench-cli: <message>", and stop-on-signal handling.
namespace Cli {

inline constexpr int EXIT_OK = 0;
inline constexpr int EXIT_FAILURE_ = 1;
inline constexpr int EXIT_USAGE = 2;
inline constexpr int EXIT_TIMEOUT = 27; ///< as mosquitto_sub -W

/// Adds --broker and every connection option to `parser`.
void addConnectionOptions(QCommandLineParser& parser);
/// Builds ConnectionOptions from the parsed options; errors name the option to fix.
Result<ConnectionOptions> connectionOptions(const QCommandLineParser& parser);
/// connectionOptions(), printing the error: returns the exit code to use (2 for usage, 1 for files) on failure.
std::optional<int> connectionOptionsOrExit(const QCommandLineParser& parser, ConnectionOptions* options);

/// Adds the MQTT 5 publish properties: --user-property NAME=VALUE (repeatable), --content-type, --response-topic,
/// --correlation-data, --message-expiry, --payload-format bytes|utf8.
void addPropertyOptions(QCommandLineParser& parser);
/// The properties given by addPropertyOptions()'s options; a `usage` error names the option to fix.
Result<MqttProperties> propertyOptions(const QCommandLineParser& parser);

/// A secret (key passphrase, MQTT password) from, in this order of precedence:
///  1. the option itself (`--password P`): visible to every user of the machine in the process list, so a warning
///     on stderr says so and names the alternatives;
///  2. the file option (`--password-file F`): read whole with FileIo's capped reader, one trailing newline (LF or
///     CRLF) removed; a missing, unreadable or empty file is an error that names the option;
///  3. the environment variable (`THINGBENCH_PASSWORD`), when it is set.
/// Returns nullopt when none of them is given. The secret is never printed.
Result<std::optional<QByteArray>> secret(const QCommandLineParser& parser, const QString& option,
                                         const QString& fileOption, const char* environmentVariable);
/// The largest secret file read (a passphrase or password, not a document).
inline constexpr qint64 MAX_SECRET_FILE = 64 * 1024;

/// Splits "thingbench-cli <command> <subcommand> ..." for a command with subcommands: prints `usage` (to stderr and
/// exit 2 when none is given, to stdout and exit 0 for --help/-h/help) and returns that exit code; otherwise sets
/// `subcommand` and `rest` (arguments for the subcommand's parser, its name folded into the program name).
std::optional<int> splitSubcommand(const QStringList& arguments, const char* usage, QString* subcommand,
                                   QStringList* rest);

/// Opens `path` for reading, or stdin for "-"; prints what went wrong and returns false when it cannot.
bool openInput(const QString& path, QFile* file);

/// Reads `in` line by line, each handled before the next is read (so a command also works interactively), skipping
/// blank lines. Stops when `handle` returns false. Returns false when a line is longer than 16 MiB (said on stderr)
/// or `handle` stopped.
bool forEachLine(QFile& in, const std::function<bool(qint64 lineNumber, const QByteArray& line)>& handle);

/// Prints "thingbench-cli: <message>" to stderr.
void printError(const QString& message);
/// Prints `error` (its full text) and returns its exit code: EXIT_USAGE for a `usage` error, else EXIT_FAILURE_.
int reportError(const Error& error);
/// Parses `arguments` (argv[0] style first element included); on error or --help prints and returns an exit code.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments);

/// Makes SIGINT/SIGTERM quit the event loop cleanly (checked every 100 ms on the main thread).
void installStopHandler();
/// Connects `session` and fails with the session's message if the first connect does not succeed. Returns
/// false (after printing) when the options are unusable.
bool startSession(MqttSession& session, const ConnectionOptions& options, int* exitCode);

/// Disconnects gracefully (the broker sees a DISCONNECT, so no last will) and then quits with `exitCode`.
void disconnectAndQuit(MqttSession& session, int exitCode);

int runSub(const QStringList& arguments);
int runPub(const QStringList& arguments);
int runCert(const QStringList& arguments);
int runShadow(const QStringList& arguments);
int runSandbox(const QStringList& arguments);
int runPolicy(const QStringList& arguments);
int runRegistry(const QStringList& arguments);
int runHttp(const QStringList& arguments);
int runGreengrass(const QStringList& arguments);
/// shadow get|update|delete --http (HttpCommand.cpp): `operation` is "get", "update" or "delete".
int runShadowHttp(const QString& operation, const QStringList& arguments);
int runSigV4(const QStringList& arguments);

} // namespace Cli
