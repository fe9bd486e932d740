// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "demo/DemoCast.h"
#include "demo/DemoPhrases.h"
#include "demo/DemoStory.h"
#include "domain/TimeFormat.h"
#include "store/Database.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/InteractionStore.h"
#include "store/MetaStore.h"
#include "store/SearchStore.h"

#include <vector>

namespace dp {
namespace {

// A transaction per few hundred deals keeps commits cheap while a cancel loses little.
constexpr int kDealsPerTransaction = 250;
// How often the caller hears about progress (and may cancel), in deals.
constexpr int kDealsPerProgress = 20;

class Writer final {
public:
    Writer(Database &db, const demo::DemoCast &cast)
        : m_cast(cast)
        , m_directory(db)
        , m_deals(db)
        , m_interactions(db)
        , m_accountWritten(cast.accounts.size(), false) {}

    void writeOrganisation(DemoSummary &summary) {
        const QString source = demo::demoSource();
        for (const demo::TeamInfo &team : m_cast.teams)
            m_directory.upsertTeam({source, team.remoteId, team.name});
        for (const demo::PersonInfo &person : m_cast.reps) {
            const QString &team = m_cast.teams[std::size_t(person.team)].remoteId;
            m_directory.upsertOwner({source, person.remoteId, person.fullName, person.email, team, true});
        }
        for (const demo::TeamInfo &team : m_cast.teams)
            m_directory.setTeamManager(source, team.remoteId,
                                       m_cast.reps[std::size_t(team.manager)].remoteId);
        summary.teams = int(m_cast.teams.size());
        summary.owners = int(m_cast.reps.size());
    }

    void writeDeal(const demo::DealOutline &outline, const demo::DealStory &story, DemoSummary &summary) {
        writeAccount(outline.account, summary);
        const QString source = demo::demoSource();
        m_deals.upsert(story.deal);
        for (const DealContactRole &role : story.roles)
            m_deals.setContactRole(source, role);
        for (const FieldChange &change : story.changes)
            m_deals.recordChange(source, change);
        for (const Interaction &interaction : story.interactions)
            m_interactions.upsert(interaction);
        ++summary.deals;
        summary.interactions += int(story.interactions.size());
    }

private:
    // Accounts are written with their first deal, so a cancelled run leaves no company without deals.
    void writeAccount(int index, DemoSummary &summary) {
        if (m_accountWritten[std::size_t(index)])
            return;
        m_accountWritten[std::size_t(index)] = true;
        const QString source = demo::demoSource();
        const demo::AccountInfo &account = m_cast.accounts[std::size_t(index)];
        m_directory.upsertAccount({source, account.remoteId, account.name, QStringList{account.domain}});
        for (int c = account.firstContact; c < account.firstContact + account.contactCount; ++c) {
            const demo::ContactInfo &contact = m_cast.contacts[std::size_t(c)];
            m_directory.upsertContact({source, contact.remoteId, account.remoteId, contact.firstName,
                                       contact.lastName, contact.email, contact.title});
        }
        ++summary.accounts;
        summary.contacts += account.contactCount;
    }

    const demo::DemoCast &m_cast;
    DirectoryStore m_directory;
    DealStore m_deals;
    InteractionStore m_interactions;
    std::vector<bool> m_accountWritten;
};

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(options) {}

DemoSummary DemoGenerator::run(const std::function<bool(int done, int total)> &progress) {
    const demo::DemoPhrases &phrases = demo::DemoPhrases::builtin();
    const demo::DemoCast cast = demo::buildCast(phrases, m_options.seed, m_options.deals);
    const demo::StoryWriter stories(cast, phrases, m_options.seed, m_options.now);
    Writer writer(m_db, cast);
    DemoSummary summary;

    const int total = int(cast.deals.size());
    bool cancelled = progress && !progress(0, total);
    int done = 0;
    while (!cancelled && (done < total || summary.teams == 0)) {
        Transaction transaction(m_db);
        if (summary.teams == 0)
            writer.writeOrganisation(summary);
        const int batchEnd = std::min(total, done + kDealsPerTransaction);
        while (done < batchEnd) {
            const demo::DealOutline &outline = cast.deals[std::size_t(done)];
            writer.writeDeal(outline, stories.write(outline), summary);
            ++done;
            // Whole deals only: a cancel commits what is written so far and stops.
            if (progress && done % kDealsPerProgress == 0 && done < total && !progress(done, total)) {
                cancelled = true;
                break;
            }
        }
        SearchStore(m_db).indexPending();
        transaction.commit();
    }

    if (summary.teams > 0) {
        Transaction transaction(m_db);
        MetaStore meta(m_db);
        meta.setDemoNow(isoUtc(m_options.now));
        meta.setValue(QStringLiteral("demo_seed"), QString::number(m_options.seed));
        transaction.commit();
    }
    if (progress && !cancelled)
        progress(total, total);
    return summary;
}

} // namespace dp
