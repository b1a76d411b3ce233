// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs thingbench-cli (the build's own) with arguments and stdin, bounded in time, for the CLI tests.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace CliRun {

struct Run
{
    int exitCode = -1; ///< -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline Run run(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 20000)
{
    QProcess process;
    process.start(QStringLiteral(THINGBENCH_CLI_EXECUTABLE), args);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace CliRun
