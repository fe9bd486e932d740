// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plain value types for what the cache holds. Synced records are identified by (source, remote id);
// references between them use the other record's remote id within the same source, so a connector never
// needs to know the cache's local row ids.

#include "domain/Clock.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace dp {

enum class InteractionKind { Email, Meeting, Call, Note };
enum class Direction { Inbound, Outbound, Internal };
enum class DealField { Stage, Amount, CloseDate, ForecastCategory };
// Who decided an interaction's direction: the source itself (HubSpot's hs_email_direction, a call's
// status), the addresses on it (Direction.h's emailDirection), or, for an email forwarded into the CRM,
// whether its sender is a buyer contact of its deals. The last two are decided again when "our email
// domains" change.
enum class DirectionRule { Source, Addresses, Forwarded };

QString toKey(InteractionKind kind);
QString toKey(Direction direction);
QString toKey(DealField field);
std::optional<InteractionKind> interactionKindFromKey(const QString &text);
std::optional<Direction> directionFromKey(const QString &text);
std::optional<DealField> dealFieldFromKey(const QString &text);
// "" for Source, so rows written before the rule was recorded read as decided by their source.
QString toKey(DirectionRule rule);
std::optional<DirectionRule> directionRuleFromKey(const QString &text);

struct Team {
    QString source;
    QString remoteId;
    QString name;
};

// A rep: one of our users who owns deals.
struct Owner {
    QString source;
    QString remoteId;
    QString name;
    QString email;
    QString teamRemoteId; // empty: no team
    bool active = true;
};

struct Account {
    QString source;
    QString remoteId;
    QString name;
    QStringList emailDomains; // lower case, e.g. "acme.com"
};

// A person on the buyer's side.
struct Contact {
    QString source;
    QString remoteId;
    QString accountRemoteId;
    QString firstName;
    QString lastName;
    QString email;
    QString title;
};

struct Deal {
    QString source;
    QString remoteId;
    QString name;
    QString accountRemoteId;
    QString ownerRemoteId;
    QString pipeline;
    QString stage;      // the stage's label as the user knows it
    int stageOrder = 0; // position of the stage in its pipeline
    std::optional<double> stageProbability;
    QString forecastCategory;     // commit, best_case, pipeline, omitted, closed
    std::optional<double> amount; // null when the CRM has none or it does not parse; never 0 by default
    QString currency;
    QDate closeDate; // a calendar date, never shifted by a time zone
    Millis createdAt = 0;
    bool isClosed = false;
    bool isWon = false;
    bool isDeleted = false;
};

struct DealContactRole {
    QString dealRemoteId;
    QString contactRemoteId;
    QString role;
    bool isPrimary = false;
};

// One change of a tracked deal field; values are kept as text as the CRM wrote them
// (dates as YYYY-MM-DD, amounts as decimal numbers).
struct FieldChange {
    QString dealRemoteId;
    DealField field = DealField::Stage;
    QString oldValue;
    QString newValue;
    Millis changedAt = 0;
};

struct Interaction {
    QString source;
    QString remoteId;
    InteractionKind kind = InteractionKind::Email;
    Direction direction = Direction::Internal; // decided by the rules in Direction.h
    DirectionRule directionRule = DirectionRule::Source;
    Millis occurredAt = 0;
    QString subject;
    QString bodyText;
    QString bodyHtml;
    QString fromAddress;
    QStringList toAddresses;
    QStringList ccAddresses;
    std::optional<int> durationSeconds;
    QString status;     // call status or meeting outcome, lower case
    QString transcript; // "Speaker: words" lines
    QStringList dealRemoteIds;
    QStringList contactRemoteIds;
    bool isDeleted = false;
    // Set when scored before writing (a sync scores as it fetches); empty: scored later, from the cache.
    std::optional<double> sentiment;
};

struct Rating {
    qint64 interactionId = 0;
    QString rater;
    int value = 0; // +1 or -1
    QString note;
    Millis ratedAt = 0;
};

struct CoachingNote {
    qint64 id = 0;
    qint64 dealId = 0;
    QString author;
    QString body;
    Millis createdAt = 0;
    Millis updatedAt = 0;
};

} // namespace dp
