// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One record of a HubSpot CRM v3 answer, read where it lies: in a list page parsed with simdjson (the bulk
// of a sync: two million engagements at 50,000 deals, where Qt's JSON parser, its lookups and freeing its
// tree would cost a sixth of the sync's processor time), or in a QJsonObject (search answers, archived pages,
// tests). An engagement's mapping reads only what this gives, so it need not know which parser ran.

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace dp::sync {

// An id as HubSpot sends it: a string as it is, a number in full, anything else "".
QString hubSpotIdText(const QJsonValue &value);

class HubSpotRecord {
public:
    virtual ~HubSpotRecord() = default;
    // The record's id, as hubSpotIdText reads it.
    virtual QString id() const = 0;
    virtual bool archived() const = 0;
    virtual QString createdAt() const = 0;
    // A property as text: a string as it is, a number written out in full ('g', 17 digits), anything else
    // (null, missing) "".
    virtual QString property(QLatin1String name) const = 0;
    // The ids listed under associations.<to>, each once, in order; `complete` is false when HubSpot has more
    // than it listed (a cursor under associations.<to>.paging), and then the ids are not read.
    virtual QStringList associatedIds(QLatin1String to, bool &complete) const = 0;

protected:
    HubSpotRecord() = default;
    HubSpotRecord(const HubSpotRecord &) = default;
    HubSpotRecord &operator=(const HubSpotRecord &) = default;
};

// A record held as Qt parsed it.
class JsonHubSpotRecord final : public HubSpotRecord {
public:
    explicit JsonHubSpotRecord(QJsonObject record);
    QString id() const override;
    bool archived() const override;
    QString createdAt() const override;
    QString property(QLatin1String name) const override;
    QStringList associatedIds(QLatin1String to, bool &complete) const override;

private:
    QJsonObject m_record;
    QJsonObject m_properties; // looked up once: a mapping reads a dozen properties
};

// The records of one answer ("results"), in order. Move-only: the fast path's records point into the
// parsed document it owns.
class HubSpotRecordPage final {
public:
    // A list page's body, parsed with simdjson. A body simdjson rejects but Qt's parser reads (Qt is more
    // lenient: raw control characters in strings, any character after a backslash, a number ending in a
    // dot) is read with Qt. Returns nothing when neither can read it, with Qt's reason in `error`.
    static std::optional<HubSpotRecordPage> parse(const QByteArray &body, QString &error);
    static HubSpotRecordPage fromResults(const QJsonArray &results);

    HubSpotRecordPage(HubSpotRecordPage &&) noexcept;
    HubSpotRecordPage &operator=(HubSpotRecordPage &&) noexcept;
    ~HubSpotRecordPage();

    const std::vector<std::unique_ptr<HubSpotRecord>> &records() const { return m_records; }
    // True when simdjson read the page (tests check the fast path is taken).
    bool parsedFast() const { return m_document != nullptr; }

    struct Document; // simdjson's parser, and the page it parsed

private:
    HubSpotRecordPage();

    std::unique_ptr<Document> m_document; // the simdjson parser holding the page, on the fast path
    std::vector<std::unique_ptr<HubSpotRecord>> m_records;
};

} // namespace dp::sync
