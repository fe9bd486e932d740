// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hubspot/HubSpotRecord.h"

#include "sync/CrmValues.h"

#include <QJsonDocument>

#include <simdjson.h>

#include <string_view>

namespace dp::sync {
namespace {

// ---- Qt's tree ----

QString propertyText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : QString();
}

// ---- simdjson's document ----

namespace dom = simdjson::dom;

std::string_view viewOf(QLatin1String text) {
    return {text.data(), size_t(text.size())};
}

QString textOf(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The member's value, or nothing when the object has no such member. The last one counts when
// a name comes twice, as with Qt's parser.
std::optional<dom::element> member(dom::object object, std::string_view name) {
    std::optional<dom::element> found;
    for (const dom::key_value_pair field : object)
        if (field.key == name)
            found = field.value;
    return found;
}

std::optional<dom::object> objectMember(dom::object object, std::string_view name) {
    dom::object value;
    if (const auto element = member(object, name); element && !element->get_object().get(value))
        return value;
    return std::nullopt;
}

QString stringOrNumber(const std::optional<dom::element> &value, bool wholeNumber) {
    if (!value)
        return {};
    std::string_view text;
    if (!value->get_string().get(text))
        return textOf(text);
    double number = 0;
    if (!value->get_double().get(number))
        return wholeNumber ? wholeNumberText(number) : QString::number(number, 'g', 17);
    return {};
}

class FastHubSpotRecord final : public HubSpotRecord {
public:
    explicit FastHubSpotRecord(dom::object record)
        : m_record(record)
        , m_properties(objectMember(record, "properties")) {}

    QString id() const override { return stringOrNumber(member(m_record, "id"), true); }

    bool archived() const override {
        bool value = false;
        const auto element = member(m_record, "archived");
        return element && !element->get_bool().get(value) && value;
    }

    QString createdAt() const override {
        std::string_view text;
        const auto element = member(m_record, "createdAt");
        return element && !element->get_string().get(text) ? textOf(text) : QString();
    }

    QString property(QLatin1String name) const override {
        return m_properties ? stringOrNumber(member(*m_properties, viewOf(name)), false) : QString();
    }

    QStringList associatedIds(QLatin1String to, bool &complete) const override {
        complete = true;
        const auto associations = objectMember(m_record, "associations");
        const auto listed = associations ? objectMember(*associations, viewOf(to)) : std::nullopt;
        if (!listed)
            return {};
        const auto paging = objectMember(*listed, "paging");
        const auto next = paging ? objectMember(*paging, "next") : std::nullopt;
        if (next && !stringOrNumber(member(*next, "after"), true).isEmpty()) {
            complete = false;
            return {};
        }
        QStringList ids;
        dom::array results;
        if (const auto element = member(*listed, "results"); !element || element->get_array().get(results))
            return ids;
        for (const dom::element target : results) {
            dom::object object;
            // Qt reads a target that is not an object as one without an id: "".
            const QString id =
                target.get_object().get(object) ? QString() : stringOrNumber(member(object, "id"), true);
            if (!ids.contains(id))
                ids.append(id);
        }
        return ids;
    }

private:
    dom::object m_record;
    std::optional<dom::object> m_properties;
};

// The records of a page simdjson read, read as Qt would: nothing from an answer that is not an object or
// has no list of results, and an empty record for one that is not an object.
void appendRecords(dom::element root, std::vector<std::unique_ptr<HubSpotRecord>> &records) {
    dom::object page;
    dom::array results;
    if (root.get_object().get(page))
        return;
    if (const auto element = member(page, "results"); !element || element->get_array().get(results))
        return;
    for (const dom::element record : results) {
        dom::object fields;
        if (record.get_object().get(fields))
            records.push_back(std::make_unique<JsonHubSpotRecord>(QJsonObject()));
        else
            records.push_back(std::make_unique<FastHubSpotRecord>(fields));
    }
}

} // namespace

QString hubSpotIdText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    return value.isDouble() ? wholeNumberText(value.toDouble()) : QString();
}

JsonHubSpotRecord::JsonHubSpotRecord(QJsonObject record)
    : m_record(std::move(record))
    , m_properties(m_record.value(QLatin1String("properties")).toObject()) {}

QString JsonHubSpotRecord::id() const {
    return hubSpotIdText(m_record.value(QLatin1String("id")));
}

bool JsonHubSpotRecord::archived() const {
    return m_record.value(QLatin1String("archived")).toBool();
}

QString JsonHubSpotRecord::createdAt() const {
    return m_record.value(QLatin1String("createdAt")).toString();
}

QString JsonHubSpotRecord::property(QLatin1String name) const {
    return propertyText(m_properties.value(name));
}

QStringList JsonHubSpotRecord::associatedIds(QLatin1String to, bool &complete) const {
    const QJsonObject listed = m_record.value(QLatin1String("associations")).toObject().value(to).toObject();
    const QJsonValue after = listed.value(QLatin1String("paging"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toObject()
                                 .value(QLatin1String("after"));
    complete = hubSpotIdText(after).isEmpty();
    QStringList ids;
    if (!complete)
        return ids;
    for (const QJsonValue &target : listed.value(QLatin1String("results")).toArray())
        if (const QString id = hubSpotIdText(target.toObject().value(QLatin1String("id"))); !ids.contains(id))
            ids.append(id);
    return ids;
}

struct HubSpotRecordPage::Document {
    dom::parser parser;
};

namespace {
// A parser no page holds, kept for the thread's next page: simdjson sizes a parser's buffers to the largest
// document it has read (about 16 bytes per byte of JSON), and reusing them spares allocating and first
// touching that much memory for each page of a sync.
thread_local std::unique_ptr<HubSpotRecordPage::Document> t_spareDocument;
} // namespace

HubSpotRecordPage::HubSpotRecordPage() = default;
HubSpotRecordPage::HubSpotRecordPage(HubSpotRecordPage &&) noexcept = default;
HubSpotRecordPage &HubSpotRecordPage::operator=(HubSpotRecordPage &&other) noexcept {
    m_records = std::move(other.m_records); // first: they point into the document
    m_document = std::move(other.m_document);
    return *this;
}

HubSpotRecordPage::~HubSpotRecordPage() {
    m_records.clear();
    if (m_document && !t_spareDocument)
        t_spareDocument = std::move(m_document);
}

std::optional<HubSpotRecordPage> HubSpotRecordPage::parse(const QByteArray &body, QString &error) {
    HubSpotRecordPage page;
    page.m_document = t_spareDocument ? std::move(t_spareDocument) : std::make_unique<Document>();
    dom::element root;
    if (!page.m_document->parser.parse(body.constData(), size_t(body.size())).get(root)) {
        appendRecords(root, page.m_records);
        return page;
    }
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        error = qtError.errorString();
        return std::nullopt;
    }
    return fromResults(document.object().value(QLatin1String("results")).toArray());
}

HubSpotRecordPage HubSpotRecordPage::fromResults(const QJsonArray &results) {
    HubSpotRecordPage page;
    page.m_records.reserve(size_t(results.size()));
    for (const QJsonValue &record : results)
        page.m_records.push_back(std::make_unique<JsonHubSpotRecord>(record.toObject()));
    return page;
}

} // namespace dp::sync
