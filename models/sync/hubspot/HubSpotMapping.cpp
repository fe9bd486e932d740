// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hubspot/HubSpotMapping.h"

#include "sync/CrmValues.h"

#include "domain/CheckedNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace dp::sync {
namespace {

QString prop(const QJsonObject &record, const char *name) {
    const QJsonValue value = record.value(QStringLiteral("properties")).toObject().value(QLatin1String(name));
    return value.isString()   ? value.toString()
           : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                              : QString();
}

QString prop(const HubSpotRecord &record, const char *name) {
    return record.property(QLatin1String(name));
}

QString metadataText(const QJsonObject &metadata, const char *name) {
    const QJsonValue value = metadata.value(QLatin1String(name));
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

Millis engagementTime(const QString &type, const HubSpotRecord &record, SyncWarnings &warnings) {
    const QString primary =
        type == QLatin1String("meetings") ? prop(record, "hs_meeting_start_time") : QString();
    for (const QString &text : {primary, prop(record, "hs_timestamp")})
        if (const auto at = parseCrmInstant(text))
            return *at;
    warnings.add(
        QCoreApplication::translate("SyncWarning", "%1 %2: no readable hs_timestamp, used its creation time")
            .arg(type, record.id()));
    return parseCrmInstant(record.createdAt()).value_or(0);
}

// A speaker label the transcript parsers read as one: no colon, brackets, sentence punctuation or line break,
// at most 60 characters.
QString speakerText(QString text) {
    static const QRegularExpression unsafe(QStringLiteral("[:().!?\\[\\]\\s]+"));
    text.replace(unsafe, QStringLiteral(" "));
    return text.trimmed().left(60).trimmed();
}

QString speakerLabel(const QJsonValue &speaker) {
    if (speaker.isString())
        return speakerText(speaker.toString());
    const QJsonObject object = speaker.toObject();
    const QString email = object.value(QStringLiteral("email")).toString().trimmed().toLower();
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    QString name = speakerText(object.value(QStringLiteral("name")).toString());
    if (name.isEmpty() && at > 0)
        name = speakerText(email.left(at));
    if (name.isEmpty())
        name = speakerText(QStringLiteral("Speaker ") + hubSpotIdText(object.value(QStringLiteral("id"))));
    const QString domain = at > 0 ? email.mid(at + 1) : QString();
    const QString organisation = speakerText(domain.left(domain.indexOf(QLatin1Char('.'))));
    return organisation.isEmpty() ? name : name + QStringLiteral(" (") + organisation + QLatin1Char(')');
}

QString offsetText(qint64 millis) {
    const qint64 seconds = std::max<qint64>(0, millis) / 1000;
    const QString minutesAndSeconds =
        QStringLiteral("%1:%2").arg((seconds / 60) % 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return minutesAndSeconds;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> millisOf(const QJsonValue &value) {
    if (value.isDouble())
        return toInt64Checked(value.toDouble());
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QString historyValue(DealField field, const QString &text, const HubSpotPipelines &pipelines) {
    switch (field) {
    case DealField::Stage: {
        const QString id = text.trimmed();
        const HubSpotStage *stage = pipelines.stage(id);
        return stage ? stage->label : id;
    }
    case DealField::Amount: {
        const ParsedAmount amount = parseAmount(text);
        return amount.value ? QString::number(*amount.value, 'f', 2) : QString();
    }
    case DealField::CloseDate: {
        const auto date = parseCrmDate(text);
        return date ? date->toString(Qt::ISODate) : QString();
    }
    case DealField::ForecastCategory:
        return text.trimmed();
    }
    return text;
}

} // namespace

HubSpotPipelines HubSpotPipelines::fromJson(const QJsonObject &response) {
    HubSpotPipelines result;
    for (const QJsonValue &pipelineValue : response.value(QStringLiteral("results")).toArray()) {
        const QJsonObject pipeline = pipelineValue.toObject();
        const QString pipelineId = pipeline.value(QStringLiteral("id")).toString();
        const QString pipelineLabel = pipeline.value(QStringLiteral("label")).toString();
        result.m_pipelineLabels.insert(pipelineId, pipelineLabel);
        for (const QJsonValue &stageValue : pipeline.value(QStringLiteral("stages")).toArray()) {
            const QJsonObject stage = stageValue.toObject();
            const QJsonObject metadata = stage.value(QStringLiteral("metadata")).toObject();
            HubSpotStage mapped;
            mapped.label = stage.value(QStringLiteral("label")).toString();
            mapped.pipelineLabel = pipelineLabel;
            mapped.order = stage.value(QStringLiteral("displayOrder")).toInt();
            mapped.probability = parseProbability(metadataText(metadata, "probability"));
            mapped.isClosed = metadataText(metadata, "isClosed") == QLatin1String("true");
            mapped.isWon = mapped.isClosed && mapped.probability.value_or(0) >= 1.0;
            result.m_stages.insert(stage.value(QStringLiteral("id")).toString(), mapped);
        }
    }
    return result;
}

const HubSpotStage *HubSpotPipelines::stage(const QString &stageId) const {
    const auto found = m_stages.constFind(stageId);
    return found == m_stages.constEnd() ? nullptr : &found.value();
}

QString HubSpotPipelines::pipelineLabel(const QString &pipelineId) const {
    return m_pipelineLabels.value(pipelineId, pipelineId);
}

QStringList hubSpotProperties(const QString &type) {
    if (type == QLatin1String("deals"))
        return {QStringLiteral("dealname"),
                QStringLiteral("amount"),
                QStringLiteral("closedate"),
                QStringLiteral("dealstage"),
                QStringLiteral("pipeline"),
                QStringLiteral("hubspot_owner_id"),
                QStringLiteral("createdate"),
                QStringLiteral("deal_currency_code"),
                QStringLiteral("hs_manual_forecast_category"),
                QStringLiteral("hs_is_closed"),
                QStringLiteral("hs_is_closed_won"),
                QStringLiteral("hs_lastmodifieddate")};
    if (type == QLatin1String("contacts"))
        return {QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("email"),
                QStringLiteral("jobtitle"), QStringLiteral("lastmodifieddate")};
    if (type == QLatin1String("emails"))
        return {QStringLiteral("hs_timestamp"),        QStringLiteral("hs_email_subject"),
                QStringLiteral("hs_email_text"),       QStringLiteral("hs_email_html"),
                QStringLiteral("hs_email_direction"),  QStringLiteral("hs_email_status"),
                QStringLiteral("hs_email_from_email"), QStringLiteral("hs_email_to_email"),
                QStringLiteral("hs_email_cc_email"),   QStringLiteral("hubspot_owner_id"),
                QStringLiteral("hs_lastmodifieddate")};
    if (type == QLatin1String("calls"))
        return {QStringLiteral("hs_timestamp"),           QStringLiteral("hs_call_title"),
                QStringLiteral("hs_call_body"),           QStringLiteral("hs_call_direction"),
                QStringLiteral("hs_call_duration"),       QStringLiteral("hs_call_status"),
                QStringLiteral("hubspot_owner_id"),       QStringLiteral("hs_lastmodifieddate"),
                QStringLiteral("hs_call_has_transcript"), QStringLiteral("hs_call_transcription_id")};
    if (type == QLatin1String("meetings"))
        return {QStringLiteral("hs_timestamp"),          QStringLiteral("hs_meeting_title"),
                QStringLiteral("hs_meeting_body"),       QStringLiteral("hs_internal_meeting_notes"),
                QStringLiteral("hs_meeting_start_time"), QStringLiteral("hs_meeting_end_time"),
                QStringLiteral("hs_meeting_outcome"),    QStringLiteral("hubspot_owner_id"),
                QStringLiteral("hs_lastmodifieddate")};
    if (type == QLatin1String("notes"))
        return {QStringLiteral("hs_timestamp"), QStringLiteral("hs_note_body"),
                QStringLiteral("hubspot_owner_id"), QStringLiteral("hs_lastmodifieddate")};
    return {};
}

QString hubSpotStampProperty(const QString &type) {
    return type == QLatin1String("contacts") ? QStringLiteral("lastmodifieddate")
                                             : QStringLiteral("hs_lastmodifieddate");
}

std::optional<Millis> hubSpotModifiedAt(const QString &type, const QJsonObject &record) {
    const QString stamp = hubSpotStampProperty(type);
    if (const auto at = parseCrmInstant(prop(record, stamp.toLatin1().constData())))
        return at;
    return parseCrmInstant(record.value(QStringLiteral("updatedAt")).toString());
}

QString hubSpotTranscriptId(const HubSpotRecord &call) {
    if (prop(call, "hs_call_has_transcript").trimmed() == QLatin1String("false"))
        return {};
    return prop(call, "hs_call_transcription_id").trimmed();
}

QString hubSpotTranscriptText(const QJsonObject &transcript) {
    struct Line {
        std::optional<qint64> start;
        QString text;
    };
    QList<Line> lines;
    for (const QJsonValue &value : transcript.value(QStringLiteral("transcriptUtterances")).toArray()) {
        const QJsonObject utterance = value.toObject();
        // One line per utterance: a line break inside would read as a new speaker or a continuation.
        const QString words = utterance.value(QStringLiteral("text")).toString().simplified();
        if (words.isEmpty())
            continue;
        const auto start = millisOf(utterance.value(QStringLiteral("startTimeMillis")));
        QString line = speakerLabel(utterance.value(QStringLiteral("speaker"))) + QStringLiteral(": ");
        if (start)
            line += QLatin1Char('[') + offsetText(*start) + QStringLiteral("] ");
        lines.append({start, line + words});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.start.value_or(0) < b.start.value_or(0); });
    QStringList text;
    for (const Line &line : std::as_const(lines))
        text.append(line.text);
    return text.join(QLatin1Char('\n'));
}

QList<FieldChange> hubSpotFieldHistory(DealField field, const QJsonArray &versions,
                                       const HubSpotPipelines &pipelines) {
    struct Version {
        Millis at = 0;
        QString value;
    };
    QList<Version> ordered;
    for (const QJsonValue &value : versions) {
        const QJsonObject version = value.toObject();
        const QJsonValue stamp = version.value(QStringLiteral("timestamp"));
        const auto at =
            stamp.isDouble() ? toInt64Checked(stamp.toDouble()) : parseCrmInstant(stamp.toString());
        if (!at)
            continue;
        const QJsonValue raw = version.value(QStringLiteral("value"));
        const QString text = raw.isDouble() ? QString::number(raw.toDouble(), 'g', 17) : raw.toString();
        ordered.append({*at, historyValue(field, text, pipelines)});
    }
    // HubSpot lists the newest first: reversed, then sorted stably, versions of one instant stay oldest
    // first.
    std::reverse(ordered.begin(), ordered.end());
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Version &a, const Version &b) { return a.at < b.at; });
    QList<FieldChange> changes;
    QString previous;
    for (const Version &version : std::as_const(ordered)) {
        if (version.value == previous)
            continue;
        changes.append(FieldChange{{}, field, previous, version.value, version.at});
        previous = version.value;
    }
    return changes;
}

HubSpotOwner mapHubSpotOwner(const QJsonObject &json) {
    HubSpotOwner result;
    Owner &owner = result.owner;
    owner.source = kHubSpotSource;
    owner.remoteId = json.value(QStringLiteral("id")).toVariant().toString();
    owner.email = json.value(QStringLiteral("email")).toString().trimmed();
    owner.name = QStringList{json.value(QStringLiteral("firstName")).toString(),
                             json.value(QStringLiteral("lastName")).toString()}
                     .join(QLatin1Char(' '))
                     .trimmed();
    if (owner.name.isEmpty())
        owner.name = owner.email;
    owner.active = !json.value(QStringLiteral("archived")).toBool();
    for (const QJsonValue &teamValue : json.value(QStringLiteral("teams")).toArray()) {
        const QJsonObject team = teamValue.toObject();
        Team mapped{kHubSpotSource, team.value(QStringLiteral("id")).toVariant().toString(),
                    team.value(QStringLiteral("name")).toString()};
        result.teams.append(mapped);
        if (team.value(QStringLiteral("primary")).toBool() || owner.teamRemoteId.isEmpty())
            owner.teamRemoteId = mapped.remoteId;
    }
    return result;
}

Contact mapHubSpotContact(const QJsonObject &record) {
    Contact contact;
    contact.source = kHubSpotSource;
    contact.remoteId = record.value(QStringLiteral("id")).toString();
    contact.firstName = prop(record, "firstname");
    contact.lastName = prop(record, "lastname");
    contact.email = prop(record, "email").trimmed();
    contact.title = prop(record, "jobtitle");
    return contact;
}

Deal mapHubSpotDeal(const QJsonObject &record, const HubSpotPipelines &pipelines, SyncWarnings &warnings) {
    Deal deal;
    deal.source = kHubSpotSource;
    deal.remoteId = record.value(QStringLiteral("id")).toString();
    deal.name = prop(record, "dealname");
    deal.ownerRemoteId = prop(record, "hubspot_owner_id").trimmed();
    deal.pipeline = pipelines.pipelineLabel(prop(record, "pipeline"));
    const QString stageId = prop(record, "dealstage");
    if (const HubSpotStage *stage = pipelines.stage(stageId)) {
        deal.stage = stage->label;
        deal.stageOrder = stage->order;
        deal.stageProbability = stage->probability;
        deal.isClosed = stage->isClosed;
        deal.isWon = stage->isWon;
    } else {
        deal.stage = stageId;
        deal.isClosed = prop(record, "hs_is_closed") == QLatin1String("true");
        deal.isWon = prop(record, "hs_is_closed_won") == QLatin1String("true");
        if (!stageId.isEmpty())
            warnings.add(QCoreApplication::translate("SyncWarning",
                                                     "deal %1: stage '%2' is in no pipeline; kept its id")
                             .arg(deal.remoteId, stageId));
    }
    const QString amountText = prop(record, "amount");
    const ParsedAmount amount = parseAmount(amountText);
    deal.amount = amount.value;
    if (!amount.ok)
        warnings.add(
            QCoreApplication::translate("SyncWarning", "deal %1: amount '%2' is not a number; stored none")
                .arg(deal.remoteId, amountText.left(40)));
    deal.currency = prop(record, "deal_currency_code");
    const QString closeText = prop(record, "closedate");
    if (const auto close = parseCrmDate(closeText))
        deal.closeDate = *close;
    else if (!closeText.trimmed().isEmpty())
        warnings.add(
            QCoreApplication::translate("SyncWarning", "deal %1: close date '%2' is not a date; stored none")
                .arg(deal.remoteId, closeText.left(40)));
    deal.forecastCategory = prop(record, "hs_manual_forecast_category");
    deal.createdAt =
        parseCrmInstant(prop(record, "createdate"))
            .value_or(parseCrmInstant(record.value(QStringLiteral("createdAt")).toString()).value_or(0));
    deal.isDeleted = record.value(QStringLiteral("archived")).toBool();
    return deal;
}

Direction hubSpotForwardedDirection(const QString &fromAddress, const EmailParties *parties,
                                    const QSet<QString> &dealBuyerAddresses) {
    const bool fromDealContact = dealBuyerAddresses.contains(fromAddress);
    return parties ? forwardedEmailDirection(*parties, fromAddress, fromDealContact)
                   : (fromDealContact ? Direction::Inbound : Direction::Outbound);
}

Interaction mapHubSpotEngagement(const QString &type, const HubSpotRecord &record,
                                 const EngagementContext &context, SyncWarnings &warnings) {
    Interaction in;
    in.source = kHubSpotSource;
    in.remoteId = record.id();
    in.dealRemoteIds = context.dealRemoteIds;
    in.contactRemoteIds = context.contactRemoteIds;
    in.isDeleted = record.archived();
    in.occurredAt = engagementTime(type, record, warnings);
    const bool buyerInvolved = !context.contactRemoteIds.isEmpty();

    if (type == QLatin1String("emails")) {
        in.kind = InteractionKind::Email;
        in.subject = prop(record, "hs_email_subject");
        in.bodyText = prop(record, "hs_email_text");
        in.bodyHtml = prop(record, "hs_email_html");
        // An address, or now and then "Name <address>": the direction rule compares the bare address.
        const QString from = prop(record, "hs_email_from_email");
        in.fromAddress = addressList(from).value(0, from.trimmed().toLower());
        in.toAddresses = addressList(prop(record, "hs_email_to_email"));
        in.ccAddresses = addressList(prop(record, "hs_email_cc_email"));
        in.status = prop(record, "hs_email_status").toLower();
        const QString direction = prop(record, "hs_email_direction").trimmed().toUpper();
        if (direction == QLatin1String("INCOMING_EMAIL")) {
            in.direction = Direction::Inbound;
        } else if (direction == QLatin1String("EMAIL")) {
            in.direction = Direction::Outbound;
        } else if (direction == QLatin1String("FORWARDED_EMAIL")) {
            in.directionRule = DirectionRule::Forwarded;
            in.direction =
                hubSpotForwardedDirection(in.fromAddress, context.parties, context.dealBuyerAddresses);
        } else {
            // No direction from HubSpot: the addresses decide, as for any email.
            in.directionRule = DirectionRule::Addresses;
            in.direction = context.parties ? emailDirection(*context.parties, in.fromAddress,
                                                            in.toAddresses + in.ccAddresses)
                                           : Direction::Internal;
        }
    } else if (type == QLatin1String("calls")) {
        in.kind = InteractionKind::Call;
        in.subject = prop(record, "hs_call_title");
        in.bodyText = prop(record, "hs_call_body");
        in.transcript = context.transcript;
        in.status = prop(record, "hs_call_status").toLower();
        const ParsedAmount duration = parseAmount(prop(record, "hs_call_duration"));
        if (duration.value)
            in.durationSeconds = toIntChecked(*duration.value / 1000.0 + 0.5); // HubSpot sends milliseconds
        const bool buyerCalled = prop(record, "hs_call_direction").toUpper() == QLatin1String("INBOUND");
        in.direction = callDirection(in.status, buyerCalled);
    } else if (type == QLatin1String("meetings")) {
        in.kind = InteractionKind::Meeting;
        in.subject = prop(record, "hs_meeting_title");
        in.bodyText = prop(record, "hs_meeting_body");
        const QString notes = prop(record, "hs_internal_meeting_notes");
        if (!notes.isEmpty())
            in.bodyText += (in.bodyText.isEmpty() ? QString() : QStringLiteral("\n\n")) + notes;
        in.status = prop(record, "hs_meeting_outcome").toLower();
        const auto start = parseCrmInstant(prop(record, "hs_meeting_start_time"));
        const auto end = parseCrmInstant(prop(record, "hs_meeting_end_time"));
        if (start && end)
            in.durationSeconds = secondsBetween(*start, *end);
        in.direction = meetingDirection(in.status, buyerInvolved);
    } else {
        in.kind = InteractionKind::Note;
        in.bodyText = prop(record, "hs_note_body");
        in.direction = Direction::Internal;
    }
    return in;
}

} // namespace dp::sync
