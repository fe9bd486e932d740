// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/CrmChoices.h"

#include "sync/salesforce/SalesforceObjects.h"

namespace dp::sync {

const QStringList &crmChoices() {
    static const QStringList choices{QStringLiteral("contacts"), QStringLiteral("deals"),
                                     QStringLiteral("emails"),   QStringLiteral("calls"),
                                     QStringLiteral("meetings"), QStringLiteral("notes")};
    return choices;
}

QStringList objectsToSync(CrmConnection::Source source, const QStringList &choices) {
    if (source == CrmConnection::Source::HubSpot) {
        QStringList objects{QStringLiteral("owners"), QStringLiteral("pipelines")};
        for (const QString &choice : crmChoices())
            if (choices.contains(choice))
                objects.append(choice);
        return objects;
    }
    const QHash<QString, QStringList> behind{
        {QStringLiteral("contacts"), {QStringLiteral("Contact"), QStringLiteral("OpportunityContactRole")}},
        {QStringLiteral("deals"),
         {QStringLiteral("Opportunity"), QStringLiteral("OpportunityContactRole"),
          QStringLiteral("OpportunityHistory"), QStringLiteral("OpportunityFieldHistory")}},
        {QStringLiteral("emails"),
         {QStringLiteral("Task"), QStringLiteral("EmailMessage"), QStringLiteral("EmailMessageRelation")}},
        {QStringLiteral("calls"), {QStringLiteral("Task")}},
        {QStringLiteral("meetings"), {QStringLiteral("Event")}},
        {QStringLiteral("notes"), {QStringLiteral("ContentNote"), QStringLiteral("Note")}},
    };
    QSet<QString> wanted{QStringLiteral("User"), QStringLiteral("Account"),
                         QStringLiteral("OpportunityStage")};
    for (const QString &choice : choices)
        for (const QString &object : behind.value(choice))
            wanted.insert(object);
    // In the connector's order: what others refer to comes first.
    QStringList objects;
    for (const SalesforceObject &object : salesforceObjects())
        if (wanted.contains(object.name))
            objects.append(object.name);
    return objects;
}

} // namespace dp::sync
