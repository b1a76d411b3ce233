// SPDX-FileCopyrightText: 2026 ThingBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shadow/ShadowDiff.h"

#include "shadow/ShadowDocument_p.h"

#include <QCoreApplication>

using ShadowJson::Json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShadowDiff)
};

Result<Json> readSection(const QByteArray& text, const char* which)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == "null") {
        return Json();
    }
    const std::optional<Json> parsed =
        ShadowJson::isValidUtf8(trimmed.constData(), trimmed.size()) ? ShadowJson::parse(trimmed) : std::nullopt;
    if (!parsed) {
        return Error{QStringLiteral("invalid_json"),
                     Tr::tr("The %1 state is not valid JSON. Give a JSON object, or null when the section is absent.")
                         .arg(QLatin1String(which)),
                     {}};
    }
    if (!parsed->is_object() && !parsed->is_null()) {
        return Error{QStringLiteral("not_an_object"),
                     Tr::tr("The %1 state must be a JSON object (or null when the section is absent).")
                         .arg(QLatin1String(which)),
                     {}};
    }
    return *parsed;
}

QByteArray dumpValue(const Json& value)
{
    return ShadowJson::toByteArray(ShadowJson::dump(value));
}

const Json* member(const Json& object, const std::string& key)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

void compareObjects(const Json& desired, const Json& reported, const Json& desiredMetadata,
                    const Json& reportedMetadata, const Json* delta, QStringList& path, QList<ShadowKeyComparison>& out)
{
    const auto addEntry = [&](const std::string& key, const Json* d, const Json* r) {
        ShadowKeyComparison entry;
        path.append(QString::fromStdString(key));
        entry.path = path;
        if (d) {
            entry.desired = dumpValue(*d);
            if (const Json* meta = member(desiredMetadata, key)) {
                entry.desiredTimestamp = ShadowJson::newestTimestamp(*meta);
            }
        }
        if (r) {
            entry.reported = dumpValue(*r);
            if (const Json* meta = member(reportedMetadata, key)) {
                entry.reportedTimestamp = ShadowJson::newestTimestamp(*meta);
            }
        }
        const Json* deltaValue = delta ? member(*delta, key) : nullptr;
        entry.inDelta = deltaValue != nullptr;
        if (d && r) {
            entry.status = ShadowJson::deepEqual(*d, *r) ? ShadowKeyComparison::Status::Equal
                                                         : ShadowKeyComparison::Status::Different;
        } else {
            entry.status = d ? ShadowKeyComparison::Status::OnlyDesired : ShadowKeyComparison::Status::OnlyReported;
        }
        entry.hasChildren = d && r && d->is_object() && r->is_object();
        out.append(entry);
        if (entry.hasChildren) {
            static const Json none;
            const Json* dm = member(desiredMetadata, key);
            const Json* rm = member(reportedMetadata, key);
            compareObjects(*d, *r, dm ? *dm : none, rm ? *rm : none,
                           deltaValue && deltaValue->is_object() ? deltaValue : nullptr, path, out);
        }
        path.removeLast();
    };
    if (desired.is_object()) {
        for (auto it = desired.begin(); it != desired.end(); ++it) {
            addEntry(it.key(), &it.value(), member(reported, it.key()));
        }
    }
    if (reported.is_object()) {
        for (auto it = reported.begin(); it != reported.end(); ++it) {
            if (!member(desired, it.key())) {
                addEntry(it.key(), nullptr, &it.value());
            }
        }
    }
}

} // namespace

namespace Shadow {

Result<QByteArray> delta(const QByteArray& desired, const QByteArray& reported)
{
    Result<Json> d = readSection(desired, "desired");
    if (!d) {
        return d.error();
    }
    Result<Json> r = readSection(reported, "reported");
    if (!r) {
        return r.error();
    }
    const Json result = ShadowJson::delta(*d, *r);
    return result.empty() ? QByteArray() : dumpValue(result);
}

QList<ShadowKeyComparison> compare(const ShadowDocument& document)
{
    const ShadowDocumentData& data = ShadowDocumentAccess::data(document);
    const Json delta = ShadowJson::delta(data.desired, data.reported);
    QList<ShadowKeyComparison> out;
    QStringList path;
    compareObjects(data.desired, data.reported, data.desiredMetadata, data.reportedMetadata, &delta, path, out);
    return out;
}

QList<ShadowVersionChange> compareVersions(const ShadowDocument& older, const ShadowDocument& newer, bool onlyChanges)
{
    // The older section plays "desired" and the newer one "reported" in the comparison of two objects: only one
    // side is a key that was removed (only "desired") or added (only "reported").
    const ShadowDocumentData& a = ShadowDocumentAccess::data(older);
    const ShadowDocumentData& b = ShadowDocumentAccess::data(newer);
    QList<ShadowVersionChange> out;
    const auto addSection = [&](const QString& section, const Json& before, const Json& after) {
        static const Json none;
        QList<ShadowKeyComparison> keys;
        QStringList path;
        compareObjects(before, after, none, none, nullptr, path, keys);
        for (const ShadowKeyComparison& key : std::as_const(keys)) {
            ShadowVersionChange change;
            change.section = section;
            change.path = key.path;
            change.before = key.desired;
            change.after = key.reported;
            change.hasChildren = key.hasChildren;
            switch (key.status) {
            case ShadowKeyComparison::Status::OnlyDesired:
                change.status = ShadowVersionChange::Status::Removed;
                break;
            case ShadowKeyComparison::Status::OnlyReported:
                change.status = ShadowVersionChange::Status::Added;
                break;
            case ShadowKeyComparison::Status::Equal:
                change.status = ShadowVersionChange::Status::Unchanged;
                break;
            case ShadowKeyComparison::Status::Different:
                change.status = ShadowVersionChange::Status::Changed;
                break;
            }
            if (!onlyChanges || change.status != ShadowVersionChange::Status::Unchanged) {
                out.append(change);
            }
        }
    };
    addSection(QStringLiteral("desired"), a.desired, b.desired);
    addSection(QStringLiteral("reported"), a.reported, b.reported);
    return out;
}

} // namespace Shadow
