#pragma once
// Salesforce REST: User, Account, Contact, the Opportunity stage picklist, Opportunity, its contact roles and
// history (OpportunityHistory, OpportunityFieldHistory), and the activities Task (emails and calls), Event
// and EmailMessage with the EmailMessageRelations that name its buyer contacts; notes on opportunities, both
// Enhanced (ContentNote, attached through ContentDocumentLink, its body a blob) and classic (Note).
//
// Per object, queryAll (soft-deleted rows included, so deletions arrive with everything else) walks a
// keyset on (stamp, Id): each query asks for what lies after the last written position, ordered by
// (stamp, Id), with a LIMIT, and its batches are followed through the relative nextRecordsUrl. Every batch
// is written with its bookmark in one transaction; the bookmark never passes the sync's start, and each
// sync re-reads an overlap window before it (Salesforce commits can become visible with an earlier stamp).
// An opportunity's currency is its CurrencyIsoCode where the org has several (the Opportunity describe lists
// the field), else the org's DefaultCurrencyIsoCode. QUERY_TIMEOUT halves the time window a query covers;
// INVALID_QUERY_LOCATOR (a stale cursor) queries again from the last written position.

#include "sync/ApiClient.h"
#include "sync/Connector.h"
#include "sync/SalesforceMapping.h"

#include <optional>

namespace dp::sync {

inline const QString kSalesforceDefaultLoginUrl = QStringLiteral("https://login.salesforce.com");

struct SalesforceSettings {
    QString instanceUrl; // empty: the first token response names it
    QString apiVersion = QStringLiteral("v62.0");
    Millis overlap = 5 * 60 * 1000;
    int queryLimit = 2000;   // LIMIT of one keyset query; its batches may be smaller
    Millis minWindow = 1000; // An opportunity's currency is its CurrencyIsoCode where the org has several
                             // (the Opportunity describe lists
    // the field), else the org's DefaultCurrencyIsoCode. QUERY_TIMEOUT halves windows down to this
};

// The Salesforce meanings of error bodies (JSON arrays of {message, errorCode}, or OAuth's {error}).
ErrorInterpreter salesforceErrorInterpreter();

class SalesforceConnector final : public Connector {
public:
    SalesforceConnector(ApiClient &api, SalesforceSettings settings = {});

    // What salesforceErrorInterpreter() returns (a member so its messages share this class's context).
    static ErrorInterpreter errorInterpreter();

    QString source() const override { return kSalesforceSource; }
    QStringList objects() const override;
    void syncObject(const QString &object, SyncRun &run) override;

    // Reads one User: proves the credentials and the instance (Settings → Test connection).
    void testConnection();
    // Every token response names the instance; requests, including a retry of the one that failed, go there.
    void setInstanceUrl(const QString &url);
    QString instanceUrl() const { return m_settings.instanceUrl; }

private:
    void ensureInstance();
    QJsonObject get(const QString &path);
    QString soql(const SalesforceObject &object, const QStringList &fields, Millis from,
                 const QString &afterId, std::optional<Millis> before, int limit) const;
    QString queryAllPath(const QString &soqlText) const;
    std::optional<Millis> firstStamp(const SalesforceObject &object, Millis from, const QString &afterId);
    // A small query read whole through its batches (query, not queryAll).
    QList<QJsonObject> queryWhole(const QString &soqlText);
    void loadStages();
    void loadCurrency(SyncRun &run);
    void syncKeyset(const SalesforceObject &object, SyncRun &run);
    void writePage(const SalesforceObject &object, const QJsonArray &records, SyncRun &run,
                   const std::optional<std::pair<Millis, QString>> &position);
    void writeRecord(const SalesforceObject &object, const QJsonObject &record, SyncRun &run);
    void writeInteraction(Interaction in, SyncRun &run);
    QStringList emailContacts(const Interaction &email, SyncRun &run);
    void writeEmailRelation(const QJsonObject &record, SyncRun &run);
    void fetchNoteDetails(const QJsonArray &records);

    ApiClient &m_api;
    SalesforceSettings m_settings;
    std::optional<SalesforceStages> m_stages;
    // Read once per sync: whether Opportunity has CurrencyIsoCode (multi-currency orgs only; querying it
    // elsewhere fails with INVALID_FIELD), and otherwise the org's one currency.
    std::optional<SalesforceCurrency> m_currency;
    Millis m_currencyRun = 0; // the startedAt of the sync that read m_currency
    // The ContentNote page being written: the ids each note is attached to, and the bodies read.
    QHash<QString, QStringList> m_noteLinks;
    QHash<QString, QByteArray> m_noteBodies;
};

} // namespace dp::sync
