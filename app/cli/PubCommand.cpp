// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "common/FileIo.h"
#include "messages/MessageReplayer.h"
#include "mqtt/MqttSession.h"
#include "mqtt/TopicFilter.h"

#include <QCoreApplication>
#include <QTimer>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

/// Reads stdin line by line on its own thread (stdin may block forever on a terminal), handing lines to the main
/// thread in a bounded queue so a huge file never sits in memory at once. The thread may outlive this object (it can
/// be stuck in getline), so everything it touches lives in a shared State, and it never wakes the main thread after
/// the reader is gone: the wake-up is posted with the mutex held, and the destructor takes the mutex.
class LineReader
{
public:
    static constexpr size_t CAPACITY = 20000;

    explicit LineReader(std::function<void()> wake)
        : m_state(std::make_shared<State>())
    {
        m_state->wake = std::move(wake);
        std::thread([state = m_state] { run(*state); }).detach();
    }
    ~LineReader()
    {
        {
            std::lock_guard lock(m_state->mutex);
            m_state->stopping = true;
        }
        m_state->cv.notify_all();
    }
    Q_DISABLE_COPY_MOVE(LineReader)

    /// Main thread: takes up to `max` lines; `finished` is true once EOF was reached and everything was taken.
    std::deque<QByteArray> take(size_t max, bool* finished)
    {
        std::deque<QByteArray> lines;
        {
            std::lock_guard lock(m_state->mutex);
            while (!m_state->lines.empty() && lines.size() < max) {
                lines.push_back(std::move(m_state->lines.front()));
                m_state->lines.pop_front();
            }
            *finished = m_state->eof && m_state->lines.empty();
            m_state->wakePending = false;
        }
        m_state->cv.notify_all();
        return lines;
    }

private:
    struct State
    {
        std::function<void()> wake;
        std::mutex mutex;
        std::condition_variable cv;
        std::deque<QByteArray> lines;
        bool eof = false;
        bool stopping = false;
        bool wakePending = false;
    };

    static void run(State& state)
    {
        std::string line;
        while (std::getline(std::cin, line)) {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            std::unique_lock lock(state.mutex);
            state.cv.wait(lock, [&state] { return state.lines.size() < CAPACITY || state.stopping; });
            if (state.stopping) {
                return;
            }
            state.lines.emplace_back(line.data(), qsizetype(line.size()));
            notifyLocked(state);
        }
        std::lock_guard lock(state.mutex);
        state.eof = true;
        notifyLocked(state);
    }
    /// Called with the mutex held.
    static void notifyLocked(State& state)
    {
        if (!state.wakePending && !state.stopping) {
            state.wakePending = true;
            state.wake(); // a queued invocation: returns at once
        }
    }

    std::shared_ptr<State> m_state;
};

/// Options that give what to send and how; --replay takes all of that from the recording.
const char* const SENDING_OPTIONS[] = {
    "topic",         "message",      "file",           "stdin-line",       "stdin-file",
    "null-message",  "qos",          "retain",         "repeat",           "interval",
    "user-property", "content-type", "response-topic", "correlation-data", "message-expiry",
    "payload-format"};

/// The replay's options from --replay, --speed, --as-fast-as-possible and --rewrite-prefix; on an error it is
/// printed and the exit code returned.
std::optional<int> replayOptions(const QCommandLineParser& parser, MessageReplayer::Options* options)
{
    for (const char* name : SENDING_OPTIONS) {
        if (parser.isSet(QLatin1String(name))) {
            Cli::printError(tr("--replay sends every message as recorded (topic, payload, QoS, retain, properties), so "
                               "it cannot be combined with --%1; use --rewrite-prefix to change topics.")
                                .arg(QLatin1String(name)));
            return Cli::EXIT_USAGE;
        }
    }
    options->path = parser.value(QStringLiteral("replay"));
    options->asFastAsPossible = parser.isSet(QStringLiteral("as-fast-as-possible"));
    if (options->asFastAsPossible && parser.isSet(QStringLiteral("speed"))) {
        Cli::printError(tr("Give either --speed or --as-fast-as-possible, not both."));
        return Cli::EXIT_USAGE;
    }
    const QString speed = parser.value(QStringLiteral("speed"));
    bool ok = false;
    options->speed = speed.toDouble(&ok);
    if (!ok || !(options->speed >= MessageReplayer::MIN_SPEED && options->speed <= MessageReplayer::MAX_SPEED)) {
        Cli::printError(tr("--speed must be a number from %1 to %2 (1: the recorded pace, 2: twice as fast), not "
                           "“%3”; --as-fast-as-possible ignores the recorded times.")
                            .arg(MessageReplayer::MIN_SPEED)
                            .arg(MessageReplayer::MAX_SPEED)
                            .arg(speed));
        return Cli::EXIT_USAGE;
    }
    if (parser.isSet(QStringLiteral("rewrite-prefix"))) {
        const QString rewrite = parser.value(QStringLiteral("rewrite-prefix"));
        const qsizetype eq = rewrite.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == rewrite.size() - 1) {
            Cli::printError(tr("--rewrite-prefix needs OLD=NEW, two topic prefixes such as "
                               "factory/line1=lab/line1, not “%1”.")
                                .arg(rewrite));
            return Cli::EXIT_USAGE;
        }
        options->fromPrefix = rewrite.left(eq);
        options->toPrefix = rewrite.mid(eq + 1);
    }
    if (auto valid = MessageReplayer::validate(*options); !valid) {
        Cli::printError(valid.error().message);
        return Cli::EXIT_USAGE;
    }
    // A missing file, or one without a single message, is refused before connecting.
    if (auto readable = MessageReplayer::checkFile(options->path); !readable) {
        Cli::printError(readable.error().fullText());
        return Cli::EXIT_FAILURE_;
    }
    return std::nullopt;
}

/// pub --replay: connects, replays, and prints a one-line summary. Exit 0 when every line was a message and every
/// message was sent.
int runReplay(const ConnectionOptions& connection, const MessageReplayer::Options& options)
{
    Cli::installStopHandler();
    MqttSession session;
    MessageReplayer replayer(&session);
    bool started = false;
    std::optional<MessageReplayer::Summary> summary;
    QObject::connect(&session, &MqttSession::sessionEstablished, &replayer, [&](bool) {
        if (!started) {
            started = replayer.start(options);
        }
    });
    QObject::connect(&replayer, &MessageReplayer::finished, &session, [&](const MessageReplayer::Summary& done) {
        summary = done;
        Cli::disconnectAndQuit(session, done.complete() ? Cli::EXIT_OK : Cli::EXIT_FAILURE_);
    });
    int exitCode = Cli::EXIT_OK;
    if (!Cli::startSession(session, connection, &exitCode)) {
        return exitCode;
    }
    const int code = QCoreApplication::exec();
    if (!started) {
        return code; // never connected: the session's error was printed
    }
    if (!summary) {
        // Stopped (Ctrl+C, SIGTERM) or the connection failed for good: report what was done so far.
        replayer.stop();
        summary = replayer.summary();
    }
    Cli::printError(summary->describe());
    return summary->complete() ? Cli::EXIT_OK : Cli::EXIT_FAILURE_;
}

} // namespace

namespace Cli {

int runPub(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Publish messages (like mosquitto_pub)."));
    addConnectionOptions(parser);
    addPropertyOptions(parser);
    parser.addOptions({
        {{QStringLiteral("t"), QStringLiteral("topic")}, tr("Topic to publish to."), QStringLiteral("topic")},
        {{QStringLiteral("m"), QStringLiteral("message")}, tr("Payload text."), QStringLiteral("text")},
        {{QStringLiteral("f"), QStringLiteral("file")},
         tr("Send the whole file as one payload."),
         QStringLiteral("file")},
        {{QStringLiteral("l"), QStringLiteral("stdin-line")}, tr("Send one message per line read from stdin.")},
        {{QStringLiteral("s"), QStringLiteral("stdin-file")}, tr("Send all of stdin as one payload.")},
        {{QStringLiteral("n"), QStringLiteral("null-message")}, tr("Send a zero-length payload.")},
        {{QStringLiteral("q"), QStringLiteral("qos")},
         tr("QoS (default 0)."),
         QStringLiteral("qos"),
         QStringLiteral("0")},
        {{QStringLiteral("r"), QStringLiteral("retain")}, tr("Set the retain flag.")},
        {QStringLiteral("repeat"), tr("Publish the message this many times."), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("interval"), tr("Milliseconds between repeated messages (default 0)."), QStringLiteral("ms"),
         QStringLiteral("0")},
        {QStringLiteral("replay"),
         tr("Publish the messages of a recording (JSON lines, as sub --format jsonl writes them), each with its own "
            "topic, QoS, retain flag, payload and MQTT 5 properties, at the recorded pace. Exit 0 when every line was "
            "a message and every message was sent. Not with -t, -m, -f, -l, -s, -n, -q, -r or --repeat."),
         QStringLiteral("file")},
        {QStringLiteral("speed"),
         tr("With --replay: the recorded pace times this, from 0.1 to 100 (default 1; 2 is twice as fast)."),
         QStringLiteral("x"), QStringLiteral("1")},
        {QStringLiteral("as-fast-as-possible"), tr("With --replay: ignore the recorded times.")},
        {QStringLiteral("rewrite-prefix"),
         tr("With --replay: move topics under OLD to NEW (factory/line1=lab/line1); other topics stay as they are."),
         QStringLiteral("old=new")},
    });
    if (auto code = parse(parser, arguments)) {
        return *code;
    }
    ConnectionOptions connection;
    if (auto code = connectionOptionsOrExit(parser, &connection)) {
        return *code;
    }
    const ConnectionOptions* options = &connection;
    if (parser.isSet(QStringLiteral("replay"))) {
        MessageReplayer::Options replay;
        if (auto code = replayOptions(parser, &replay)) {
            return *code;
        }
        return runReplay(connection, replay);
    }
    for (const char* name : {"speed", "as-fast-as-possible", "rewrite-prefix"}) {
        if (parser.isSet(QLatin1String(name))) {
            printError(tr("--%1 is an option of --replay FILE.").arg(QLatin1String(name)));
            return EXIT_USAGE;
        }
    }
    const QString topic = parser.value(QStringLiteral("topic"));
    if (!parser.isSet(QStringLiteral("topic"))) {
        printError(tr("Give the topic with -t, e.g. -t devices/sensor-1/telemetry."));
        return EXIT_USAGE;
    }
    if (auto valid = TopicFilter::validateTopicName(topic); !valid) {
        printError(valid.error().message);
        return EXIT_USAGE;
    }
    const QStringList sources{QStringLiteral("message"), QStringLiteral("file"), QStringLiteral("stdin-line"),
                              QStringLiteral("stdin-file"), QStringLiteral("null-message")};
    int sourceCount = 0;
    for (const QString& source : sources) {
        sourceCount += parser.isSet(source) ? 1 : 0;
    }
    if (sourceCount != 1) {
        printError(tr("Give exactly one payload source: -m TEXT, -f FILE, -l, -s or -n."));
        return EXIT_USAGE;
    }
    bool ok = false;
    const int qos = parser.value(QStringLiteral("qos")).toInt(&ok);
    if (!ok || qos < 0 || qos > 2) {
        printError(tr("-q must be 0, 1 or 2."));
        return EXIT_USAGE;
    }
    const qint64 repeat = parser.value(QStringLiteral("repeat")).toLongLong(&ok);
    if (!ok || repeat < 1) {
        printError(tr("--repeat must be a positive number."));
        return EXIT_USAGE;
    }
    const int interval = parser.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || interval < 0) {
        printError(tr("--interval must be a number of milliseconds, 0 or more."));
        return EXIT_USAGE;
    }
    const bool lineMode = parser.isSet(QStringLiteral("stdin-line"));
    if (lineMode && repeat != 1) {
        printError(tr("--repeat cannot be combined with -l; repeat the lines in the input instead."));
        return EXIT_USAGE;
    }
    const bool retain = parser.isSet(QStringLiteral("retain"));

    const Result<MqttProperties> parsedProperties = propertyOptions(parser);
    if (!parsedProperties) {
        printError(parsedProperties.error().message);
        return EXIT_USAGE;
    }
    const MqttProperties& properties = *parsedProperties;
    if (!properties.isEmpty() && options->version != MqttVersion::V5) {
        printError(tr("MQTT 5 properties need --mqtt-version 5."));
        return EXIT_USAGE;
    }

    QByteArray payload;
    if (parser.isSet(QStringLiteral("message"))) {
        payload = parser.value(QStringLiteral("message")).toUtf8();
    } else if (parser.isSet(QStringLiteral("file"))) {
        auto data = FileIo::readFile(parser.value(QStringLiteral("file")), 256 * 1024 * 1024);
        if (!data) {
            printError(data.error().fullText());
            return EXIT_FAILURE_;
        }
        payload = *data;
    } else if (parser.isSet(QStringLiteral("stdin-file"))) {
        std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        payload = QByteArray(all.data(), qsizetype(all.size()));
    }

    installStopHandler();
    MqttSession session;
    int exitCode = EXIT_OK;
    int failures = 0;
    qint64 sent = 0;
    bool inputDone = false;
    bool quitting = false;
    constexpr int WINDOW = 1000; // publishes in flight at once

    std::unique_ptr<LineReader> reader;
    QTimer repeatTimer;
    repeatTimer.setSingleShot(true);

    const auto finishIfDone = [&] {
        if (inputDone && session.pendingPublishes() == 0 && !quitting) {
            quitting = true;
            disconnectAndQuit(session, failures ? EXIT_FAILURE_ : EXIT_OK);
        }
    };
    std::function<void()> pump = [&] {
        if (session.state() != SessionState::Connected || inputDone) {
            return;
        }
        if (lineMode) {
            bool finished = false;
            const size_t room = size_t(qMax(0, WINDOW - session.pendingPublishes()));
            for (QByteArray& line : reader->take(room, &finished)) {
                session.publish(topic, line, qos, retain, properties);
                ++sent;
            }
            inputDone = finished;
        } else if (interval > 0) {
            session.publish(topic, payload, qos, retain, properties);
            ++sent;
            inputDone = sent >= repeat;
            if (!inputDone) {
                repeatTimer.start(interval);
            }
        } else {
            while (sent < repeat && session.pendingPublishes() < WINDOW) {
                session.publish(topic, payload, qos, retain, properties);
                ++sent;
            }
            inputDone = sent >= repeat;
        }
        finishIfDone();
    };
    QObject::connect(&repeatTimer, &QTimer::timeout, &session, [&] { pump(); });
    QObject::connect(&session, &MqttSession::sessionEstablished, &session, [&](bool) { pump(); });
    QObject::connect(&session, &MqttSession::published, &session, [&](quint64) {
        if (interval == 0 || inputDone) {
            pump();
        }
        finishIfDone();
    });
    QObject::connect(&session, &MqttSession::publishFailed, &session, [&](quint64, const QString& message) {
        ++failures;
        printError(message);
        finishIfDone();
    });
    if (lineMode) {
        reader = std::make_unique<LineReader>([&session, &pump] {
            QMetaObject::invokeMethod(
                &session, [&pump] { pump(); }, Qt::QueuedConnection);
        });
    }
    if (!startSession(session, *options, &exitCode)) {
        return exitCode;
    }
    return QCoreApplication::exec();
}

} // namespace Cli
