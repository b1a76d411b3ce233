// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Policy evaluation benchmark (not a timed test), DESIGN.md §5: a typical 10-statement policy with policy variables
// (client ID, thing name, certificate common name, a condition), evaluated for a mix of connect, publish, subscribe
// and receive requests that end in each of the three decisions. Target: >= 200,000 evaluations/s, each with the
// explanation the sandbox plugin writes into its decision log. The rate without explanations is reported beside it.
// Usage: BenchPolicy [evaluations=2000000]; THINGBENCH_BENCH_SHORT=1: 100,000, timing printed but not judged.

#include "BenchSupport.h"

#include "policy/PolicyDocument.h"
#include "policy/PolicyEvaluator.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <cstdio>

using namespace BenchSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr double TARGET_PER_SECOND = 200'000;

const char POLICY[] = R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "iot:Connect", "Resource": "arn:aws:iot:us-east-1:123456789012:client/${iot:Connection.Thing.ThingName}",
     "Condition": {"Bool": {"iot:Connection.Thing.IsAttached": "true"}}},
    {"Effect": "Allow", "Action": "iot:Publish", "Resource": "arn:aws:iot:us-east-1:123456789012:topic/devices/${iot:ClientId}/telemetry"},
    {"Effect": "Allow", "Action": "iot:Publish", "Resource": "arn:aws:iot:us-east-1:123456789012:topic/devices/${iot:ClientId}/events/*"},
    {"Effect": "Allow", "Action": "iot:Subscribe", "Resource": "arn:aws:iot:us-east-1:123456789012:topicfilter/devices/${iot:ClientId}/commands/*"},
    {"Effect": "Allow", "Action": "iot:Receive", "Resource": "arn:aws:iot:us-east-1:123456789012:topic/devices/${iot:ClientId}/commands/*"},
    {"Effect": "Allow", "Action": ["iot:Publish", "iot:Receive"], "Resource": "arn:aws:iot:us-east-1:123456789012:topic/$aws/things/${iot:Connection.Thing.ThingName}/shadow/*"},
    {"Effect": "Allow", "Action": "iot:Subscribe", "Resource": "arn:aws:iot:us-east-1:123456789012:topicfilter/$aws/things/${iot:Connection.Thing.ThingName}/shadow/*"},
    {"Effect": "Allow", "Action": "iot:Publish", "Resource": "arn:aws:iot:us-east-1:123456789012:topic/fleet/${iot:Certificate.Subject.CommonName}/*"},
    {"Effect": "Deny", "Action": "iot:Publish", "Resource": "arn:aws:iot:us-east-1:123456789012:topic/devices/*/admin/*"},
    {"Effect": "Allow", "Action": "iot:RetainPublish", "Resource": "arn:aws:iot:us-east-1:123456789012:topic/devices/${iot:ClientId}/status"}
  ]
})";

struct Mix
{
    std::vector<Policy::Request> requests;
    Policy::Context context;
};

Mix mix()
{
    Mix m;
    m.context.clientId = "sensor-042";
    m.context.thingName = "sensor-042";
    m.context.thingAttached = true;
    m.context.certificateId = std::string(64, 'a');
    m.context.certificateSubject["CommonName"] = {"sensor-042"};
    const std::string arn = "arn:aws:iot:us-east-1:123456789012:";
    m.requests = {
        {"iot:Connect", arn + "client/sensor-042"},                           // allowed, with a condition
        {"iot:Publish", arn + "topic/devices/sensor-042/telemetry"},          // allowed
        {"iot:Publish", arn + "topic/devices/sensor-042/events/door/open"},   // allowed
        {"iot:Subscribe", arn + "topicfilter/devices/sensor-042/commands/#"}, // allowed
        {"iot:Receive", arn + "topic/devices/sensor-042/commands/reboot"},    // allowed
        {"iot:Publish", arn + "topic/$aws/things/sensor-042/shadow/update"},  // allowed
        {"iot:Publish", arn + "topic/devices/sensor-042/admin/reset"},        // explicit deny
        {"iot:Publish", arn + "topic/devices/sensor-043/telemetry"},          // implicit deny (near miss)
        {"iot:Subscribe", arn + "topicfilter/#"},                             // implicit deny
        {"iot:Publish", arn + "topic/fleet/sensor-042/heartbeat"},            // allowed by common name
    };
    return m;
}

/// Evaluations per second over `count` evaluations; `decisions` counts each kind (a checksum that keeps the work).
double rate(const Policy::Evaluator& evaluator, const Mix& m, qint64 count, bool explain, qint64 decisions[3])
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < count; ++i) {
        const Policy::Result result = evaluator.evaluate(m.requests[size_t(i) % m.requests.size()], m.context, explain);
        ++decisions[int(result.decision)];
    }
    return double(count) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char* argv[])
{
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : scaled(2'000'000, 100'000);
    if (count <= 0) {
        std::fprintf(stderr, "usage: BenchPolicy [evaluations]\n");
        return 2;
    }
    auto parsed = Policy::Document::parse(POLICY, "bench");
    if (const auto* error = std::get_if<Policy::ParseError>(&parsed)) {
        std::fprintf(stderr, "BenchPolicy: the policy does not parse: %s\n", error->message.c_str());
        return 1;
    }
    const Policy::Evaluator evaluator({std::get<Policy::Document>(parsed)});
    const Mix m = mix();
    qint64 warm[3] = {};
    rate(evaluator, m, qMin<qint64>(count / 10, 50'000), true, warm);
    qint64 decisions[3] = {};
    const double explained = rate(evaluator, m, count, true, decisions);
    qint64 bare[3] = {};
    const double decisionsOnly = rate(evaluator, m, count, false, bare);
    std::printf("BenchPolicy: %lld evaluations of a 10-statement policy with variables (%lld allowed, %lld explicit "
                "deny, %lld implicit deny in all)%s\n",
                static_cast<long long>(count), static_cast<long long>(decisions[0]),
                static_cast<long long>(decisions[1]), static_cast<long long>(decisions[2]),
                shortRun() ? " (short run)" : "");
    std::printf("policy evaluation without explanations: %.0f/s\n", decisionsOnly);
    bool ok = verdict(
        "policy decisions agree with and without explanations",
        decisions[0] == bare[0] && decisions[1] == bare[1] && decisions[2] == bare[2] ? u"same counts"_s
                                                                                      : u"DIFFERENT counts"_s,
        u"same"_s, decisions[0] == bare[0] && decisions[1] == bare[1] && decisions[2] == bare[2], Judged::Always);
    const qint64 perPass = qint64(m.requests.size());
    const bool expected =
        decisions[0] == count / perPass * 7 + qMin<qint64>(count % perPass, 6) && decisions[1] > 0 && decisions[2] > 0;
    ok &= verdict("policy decisions of the mix",
                  expected ? u"7 allowed, 1 explicit and 2 implicit denies per pass"_s : u"UNEXPECTED decisions"_s,
                  u"as designed"_s, expected, Judged::Always);
    ok &= verdict("policy evaluations per second (with explanations)", u"%1/s"_s.arg(explained, 0, 'f', 0),
                  u">= %1/s"_s.arg(TARGET_PER_SECOND, 0, 'f', 0), explained >= TARGET_PER_SECOND);
    return ok ? 0 : 1;
}
