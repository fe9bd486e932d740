// SPDX-License-Identifier: GPL-3.0-or-later
// The deal page's models: the details loader (header, history, chart), the timeline model (order, local
// time, participants, sentiment and its driving words, the terms learned from ratings, safe content), ratings
// and notes written through DealActions, and the worker loader.

#include "DealPageFixture.h"
#include "PipelineBuilder.h"
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/HealthText.h"
#include "analytics/sentiment/CacheRescorer.h"
#include "analytics/sentiment/Learner.h"
#include "analytics/sentiment/RatingService.h"
#include "analytics/sentiment/SalesScorer.h"
#include "items/DealActions.h"
#include "items/TimelineModel.h"
#include "items/WhoseText.h"
#include "store/Database.h"
#include "store/DealStore.h"
#include "store/DirectoryStore.h"
#include "store/FeedbackStore.h"
#include "store/InteractionStore.h"
#include "store/TeamPullStore.h"
#include "translations/Language.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace dp;

namespace {

const Millis kAsOf = test::at("2026-11-27T15:00:00Z");

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT

    test::TempCache m_cache;
    test::DealPageFixture m_deal;
    std::shared_ptr<const sentiment::SalesScorer> m_scorer;

    DealDetails load(const QString &user = QStringLiteral("Maria Manager"),
                     const QTimeZone &zone = QTimeZone(QByteArrayLiteral("UTC"))) {
        DealRequest request;
        request.dealId = m_deal.dealId;
        request.user = user;
        request.zone = zone;
        const FixedClock clock(kAsOf);
        auto details = loadDealDetails(m_cache.db(), request, clock);
        if (!details)
            qFatal("the fixture deal did not load");
        return *details;
    }

private slots:
    void initTestCase() {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_deal = test::DealPageFixture::write(m_cache.db(), kAsOf);
        sentiment::rescoreCache(m_cache.db(), false);
        const FixedClock clock(kAsOf);
        AnalyticsEngine(m_cache.db(), clock).recomputeAll({});
        m_scorer = std::make_shared<const sentiment::SalesScorer>();
    }

    void headerSaysTheBandAndItsReasonsInWords() {
        const DealDetails d = load();
        QCOMPARE(d.deal.deal.name, QStringLiteral("Acme platform rollout"));
        QVERIFY(d.metrics);
        QCOMPARE(d.asOf, kAsOf);
        QCOMPARE(d.bandText, bandLabel(d.metrics->band));
        QCOMPARE(d.reasons, describe(d.metrics->reasons));
        QVERIFY(d.reasons.contains(QStringLiteral("Close date pushed 2 times")));
    }

    void historyIsWordedAndPushesAreNamed() {
        const DealDetails d = load();
        QCOMPARE(d.history.size(), 5);
        QStringList texts;
        for (const FieldChangeRow &change : d.history)
            texts.append(describeChange(change, d.deal.deal.currency));
        QCOMPARE(texts.at(0), QStringLiteral("Close date set to 31/10/2026"));
        QCOMPARE(texts.at(1), QStringLiteral("Stage moved from Discovery to Proposal"));
        QCOMPARE(texts.at(2), QStringLiteral("Close date pushed from 31/10/2026 to 30/11/2026"));
        QCOMPARE(texts.at(3), QStringLiteral("Amount changed from $40,000 to $48,000"));
    }

    void chartHasTwentySixWeeksAndTheDarkWindow() {
        const DealDetails d = load();
        QCOMPARE(d.chart.weeks.size(), 26);
        int inbound = 0;
        int outbound = 0;
        for (const WeekBucket &week : d.chart.weeks) {
            inbound += week.inbound;
            outbound += week.outbound;
        }
        QCOMPARE(inbound, 3);  // two buyer emails and the meeting; the note is internal
        QCOMPARE(outbound, 1); // the nudge
        // 27 Nov 2026 is a Friday, 15:00: 4 days and 15 hours into the last week (index 25).
        QVERIFY(qAbs(d.chart.darkWindowTo - (25 - 0.5 + (4 + 15.0 / 24) / 7)) < 1e-9);
        QVERIFY(qAbs(d.chart.darkWindowTo - d.chart.darkWindowFrom - 21.0 / 7) < 1e-9);
        // The sentiment line: the buyer's scored interactions over 28 days, as of each week's end.
        QVERIFY(!d.chart.sentiment.at(0).has_value());
        QVERIFY(d.chart.sentiment.at(25).has_value()); // the hostile email, 5 days ago, is scored
    }

    void timelineIsNewestFirstWithWordsAndLocalTime() {
        DealDetails d =
            load(QStringLiteral("Maria Manager"), QTimeZone(QByteArrayLiteral("Europe/Bucharest")));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScorer(m_scorer);
        model.setEntries(d.timeline, d.ours, d.names, d.request.zone);
        QCOMPARE(model.rowCount(), 5);
        const QList<qint64> expected{m_deal.hostileEmail, m_deal.note, m_deal.nudge, m_deal.freezeEmail,
                                     m_deal.meeting};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.index(row).data(TimelineModel::InteractionIdRole).toLongLong(), expected[row]);

        const QModelIndex freeze = model.index(3);
        QCOMPARE(freeze.data(TimelineModel::KindTextRole).toString(), QStringLiteral("Email"));
        QCOMPARE(freeze.data(TimelineModel::DirectionTextRole).toString(), QStringLiteral("Inbound"));
        QCOMPARE(freeze.data(TimelineModel::ParticipantsRole).toString(),
                 QStringLiteral("From Dana Ortiz to Alison Engel, cc Sam Lee"));
        // 28 Oct 2026 15:00 UTC is 17:00 in Bucharest (winter time since 25 Oct).
        QCOMPARE(freeze.data(TimelineModel::TimeTextRole).toString(), QStringLiteral("28/10/2026 17:00"));
        QVERIFY(freeze.data(TimelineModel::SentimentRole).toDouble() < -0.05);
        QVERIFY(
            freeze.data(TimelineModel::SentimentTextRole).toString().startsWith(QLatin1String("Negative -")));
        // Our own mail is labelled as the rep's tone, never read as the buyer's mood; a call's score (from
        // the buyer's utterances) is the buyer's whatever its direction.
        const QModelIndex nudge = model.index(2);
        QVERIFY(nudge.data(TimelineModel::SentimentRole).isValid());
        QVERIFY(
            nudge.data(TimelineModel::SentimentTextRole).toString().startsWith(QLatin1String("Rep tone: ")));
        QCOMPARE(TimelineModel::sentimentText(0.5, true), QStringLiteral("Rep tone: Positive +0.50"));
        Interaction call;
        call.kind = InteractionKind::Call;
        call.direction = Direction::Outbound;
        QVERIFY(!TimelineModel::writtenByUs(call));
        Interaction mail;
        mail.kind = InteractionKind::Email;
        mail.direction = Direction::Outbound;
        QVERIFY(TimelineModel::writtenByUs(mail));
        mail.direction = Direction::Inbound;
        QVERIFY(!TimelineModel::writtenByUs(mail));
        const QStringList words = freeze.data(TimelineModel::DrivingWordsRole).toStringList();
        QVERIFY2(!words.isEmpty(), "the driving words of a scored email");
        const QString content = freeze.data(TimelineModel::ContentHtmlRole).toString();
        QVERIFY2(content.contains(QLatin1String("<span class=\"neg\">")), qPrintable(content));

        const QModelIndex meeting = model.index(4);
        QCOMPARE(meeting.data(TimelineModel::StatusTextRole).toString(),
                 QStringLiteral("Completed · 45 min"));
        QCOMPARE(meeting.data(TimelineModel::ParticipantsRole).toString(),
                 QStringLiteral("Alison Engel with Dana Ortiz"));
        const QString transcript = meeting.data(TimelineModel::ContentHtmlRole).toString();
        QVERIFY(transcript.contains(QLatin1String("<b>Dana Ortiz (Acme):</b>")));
        QVERIFY2(transcript.contains(QLatin1String("<span class=\"pos\">love</span>")),
                 qPrintable(transcript));
        // Our own lines in a transcript carry no score, so nothing of Alison's is marked.
        QVERIFY(!transcript.contains(QLatin1String("<span class=\"pos\">glad</span>")));

        QCOMPARE(model.index(1).data(TimelineModel::ParticipantsRole).toString(),
                 QStringLiteral("Written by Alison Engel"));
    }

    void hostileHtmlIsShownSafely() {
        DealDetails d = load();
        TimelineModel model;
        model.setEntries(d.timeline, d.ours, d.names, d.request.zone);
        const QModelIndex hostile = model.index(0);
        QVERIFY(hostile.data(TimelineModel::HasHtmlRole).toBool());
        const QString html = hostile.data(TimelineModel::ContentHtmlRole).toString();
        for (const char *forbidden : {"<script", "<img", "<iframe", "url(", "javascript", "onload", "evil"})
            QVERIFY2(!html.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
        QVERIFY(html.contains(QLatin1String("Open the report")));
        QVERIFY(hostile.data(TimelineModel::PreviewRole).toString().startsWith(QLatin1String("Hi Alison")));
    }

    void crmTextStaysTextInPlainRolesAndIsEscapedInHtmlRoles() {
        // Markup typed into the CRM or a mail: the plain roles hand it on as written (a view shows them as
        // plain text), the rich-text roles escape it, so nothing of it is ever rendered or loaded.
        test::TempCache cache;
        const test::DealPageFixture deal = test::DealPageFixture::write(cache.db(), kAsOf);
        const QString picture = QStringLiteral("<img src=\"/dev/zero\">");
        DirectoryStore(cache.db())
            .upsertContact({QStringLiteral("test"), QStringLiteral("sam"), QStringLiteral("acme"), picture,
                            QStringLiteral("Lee"), QStringLiteral("sam@acme.example"),
                            QStringLiteral("CISO")});
        Interaction mail;
        mail.source = QStringLiteral("test");
        mail.remoteId = QStringLiteral("e9");
        mail.kind = InteractionKind::Email;
        mail.direction = Direction::Inbound;
        mail.occurredAt = kAsOf - kMillisPerDay;
        mail.dealRemoteIds = {QStringLiteral("d1")};
        mail.subject = picture + QStringLiteral(" <b>urgent</b>");
        mail.bodyText = QStringLiteral("See <img src=\"/dev/zero\"> & <a href=\"x\">this</a>");
        mail.status = QStringLiteral("<b>bounced</b>");
        mail.fromAddress = QStringLiteral("sam@acme.example");
        mail.toAddresses = {QStringLiteral("alison@brightlane.io")};
        mail.contactRemoteIds = {QStringLiteral("sam")};
        InteractionStore(cache.db()).upsert(mail);

        DealRequest request;
        request.dealId = deal.dealId;
        const FixedClock clock(kAsOf);
        const std::optional<DealDetails> d = loadDealDetails(cache.db(), request, clock);
        QVERIFY(d);
        TimelineModel model;
        model.setEntries(d->timeline, d->ours, d->names, d->request.zone);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(TimelineModel::SubjectRole).toString(), mail.subject);
        QCOMPARE(row.data(Qt::DisplayRole).toString(), mail.subject);
        QVERIFY(row.data(TimelineModel::ParticipantsRole)
                    .toString()
                    .startsWith(QStringLiteral("From %1 Lee to Alison Engel").arg(picture)));
        QCOMPARE(participantsText(mail, d->names), row.data(TimelineModel::ParticipantsRole).toString());
        QCOMPARE(row.data(TimelineModel::StatusTextRole).toString(), mail.status);
        QVERIFY(row.data(Qt::ToolTipRole).isNull()); // a tooltip would be guessed rich: there is none

        const QString subject = row.data(TimelineModel::SubjectHtmlRole).toString();
        QVERIFY2(!subject.contains(QStringLiteral("<img")) && !subject.contains(QStringLiteral("<b>")),
                 qPrintable(subject));
        QVERIFY(subject.contains(QStringLiteral("&lt;img")));
        const QString content = row.data(TimelineModel::ContentHtmlRole).toString();
        QVERIFY2(!content.contains(QStringLiteral("<img")) && !content.contains(QStringLiteral("<a ")),
                 qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("&lt;img")));
        QVERIFY(content.contains(QStringLiteral("&amp;")));
    }

    // A body without HTML (an email's text, a call's notes, a transcript) is capped and broken like
    // sanitized HTML: its rich text stays small whatever arrives, the rest is kept as plain text.
    // A sales intent is named on the card beside its words, which are marked in the text like lexicon terms,
    // in English and in Romanian; a conditional one is not named.
    void intentsAreNamedBesideTheirWords() {
        const auto inbound = [](const QString &subject, const QString &body) {
            TimelineEntry e;
            e.interaction.kind = InteractionKind::Email;
            e.interaction.direction = Direction::Inbound;
            e.interaction.subject = subject;
            e.interaction.bodyText = body;
            e.sentiment = -0.5;
            return e;
        };
        TimelineModel model;
        model.setScorer(m_scorer);
        model.setEntries(
            {inbound(QStringLiteral("Update"), QStringLiteral("We went with a different tool.")),
             inbound(QStringLiteral("Ofertă"), QStringLiteral("Vă trimit invitația pentru ședința "
                                                              "de joi. Din păcate bugetul a fost "
                                                              "tăiat.")),
             inbound(QStringLiteral("Maybe"), QStringLiteral("We might sign if the board agrees."))},
            {}, {}, QTimeZone::utc());
        const QModelIndex english = model.index(0);
        QCOMPARE(english.data(TimelineModel::IntentsRole).toStringList(),
                 QStringList{QStringLiteral("competitor chosen")});
        QCOMPARE(english.data(TimelineModel::IntentPositiveRole).toList(), QVariantList{false});
        QCOMPARE(english.data(TimelineModel::DrivingWordsRole).toStringList().value(0),
                 QStringLiteral("went with a different"));
        QVERIFY(english.data(TimelineModel::ContentHtmlRole).toString().contains(u"went with a different</"));
        const QModelIndex romanian = model.index(1);
        QCOMPARE(romanian.data(TimelineModel::IntentsRole).toStringList(),
                 (QStringList{QStringLiteral("next step scheduled"), QStringLiteral("budget blocked")}));
        QCOMPARE(romanian.data(TimelineModel::IntentPositiveRole).toList(), (QVariantList{true, false}));
        QVERIFY(romanian.data(TimelineModel::ContentHtmlRole).toString().contains(u">invitația</"));
        QVERIFY(model.index(2).data(TimelineModel::IntentsRole).toStringList().isEmpty());
    }

    void termsLearnedFromRatingsAreNamedAndMarkedApart() {
        // Two mails whose buyer calls the plan "wobbly", a word no lexicon knows.
        test::TempCache cache;
        test::PipelineBuilder(cache.db()).wobblyDeal(kAsOf);
        sentiment::rescoreCache(cache.db(), false);
        DealRequest request;
        request.dealId =
            *DealStore(cache.db()).dealId(test::PipelineBuilder::kSource, QStringLiteral("sour"));
        request.zone = QTimeZone::utc();
        const FixedClock clock(kAsOf);
        const std::optional<DealDetails> details = loadDealDetails(cache.db(), request, clock);
        QVERIFY(details && details->timeline.size() == 2);

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScorer(m_scorer);
        DealActions actions(cache.db(), clock, QStringLiteral("Maria Manager"));
        model.setLearner(std::make_shared<const sentiment::Learner>(actions.learner()));
        model.setEntries(details->timeline, details->ours, details->names, QTimeZone::utc());
        // Before any rating nothing is learned, so no card names a learned term.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(index.data(TimelineModel::SentimentRole).isValid());
            QVERIFY(index.data(TimelineModel::LearnedTermsRole).toStringList().isEmpty());
            QVERIFY(!index.data(Qt::ToolTipRole).isValid());
            QVERIFY(!index.data(TimelineModel::ContentHtmlRole).toString().contains(u"class=\"lneg\""));
        }

        for (const TimelineEntry &entry : details->timeline)
            actions.rate(entry.id, -1, {});
        const sentiment::Learner &taught = actions.learner();
        QVERIFY(taught.adaptiveActive(sentiment::Language::English));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLearner(std::make_shared<const sentiment::Learner>(taught));
        QCOMPARE(changed.size(), 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QStringList learned = index.data(TimelineModel::LearnedTermsRole).toStringList();
            const QVariantList weights = index.data(TimelineModel::LearnedWeightsRole).toList();
            QCOMPARE(weights.size(), learned.size());
            QVERIFY(learned.size() <= 5);
            const qsizetype wobbly = learned.indexOf(QStringLiteral("wobbly"));
            QVERIFY2(wobbly >= 0, qPrintable(learned.join(u',')));
            QCOMPARE(weights[wobbly].toDouble(),
                     taught.weight(sentiment::Language::English, QStringLiteral("wobbly")));
            QVERIFY(weights[wobbly].toDouble() < 0);
            // Marked apart from the lexicons' words, which it is not one of.
            QVERIFY(!index.data(TimelineModel::DrivingWordsRole)
                         .toStringList()
                         .contains(QStringLiteral("wobbly")));
            QVERIFY(index.data(TimelineModel::ContentHtmlRole)
                        .toString()
                        .contains(u"<span class=\"lneg\">wobbly</span>"));
            QVERIFY(
                index.data(Qt::ToolTipRole).toString().contains(u"wobbly: learned as negative (weight -"));
            QVERIFY(index.data(Qt::AccessibleDescriptionRole)
                        .toString()
                        .startsWith(QStringLiteral("learned from ratings: ") + learned.first()));
        }

        // A learner whose guard still keeps the scorer's decisions uses no learned weight: none is named.
        model.setLearner(std::make_shared<const sentiment::Learner>());
        QVERIFY(model.index(0).data(TimelineModel::LearnedTermsRole).toStringList().isEmpty());
    }

    void plainBodiesAreCappedLikeEmailHtml() {
        const auto entry = [](InteractionKind kind, const QString &body, const QString &transcript = {}) {
            TimelineEntry e;
            e.interaction.kind = kind;
            e.interaction.bodyText = body;
            e.interaction.transcript = transcript;
            return e;
        };
        const QString bigText = QStringLiteral("A long note about <the> renewal & more.\n").repeated(60'000);
        const QString oneWord = QStringLiteral("x").repeated(1'000'000);
        const QString lines = QStringLiteral("ok\n").repeated(200'000);
        const QString transcript =
            QStringLiteral("Dana Ortiz (Acme): We love it.\n").repeated(20'000) + QStringLiteral("Dana: bye");
        TimelineModel model;
        model.setEntries({entry(InteractionKind::Email, bigText), entry(InteractionKind::Note, oneWord),
                          entry(InteractionKind::Note, lines),
                          entry(InteractionKind::Call, QStringLiteral("Called."), transcript),
                          entry(InteractionKind::Note, QStringLiteral("Short <b>note</b>"))},
                         {}, {}, QTimeZone::utc());
        const SanitizeOptions caps;
        for (int row = 0; row < 4; ++row) {
            const QString html = model.index(row).data(TimelineModel::ContentHtmlRole).toString();
            QVERIFY2(html.size() <= caps.maxOutputChars + 1'000, qPrintable(QString::number(html.size())));
            const SanitizedHtml prepared = TimelineModel::prepare(model.content(row));
            QCOMPARE(prepared.html, html);
            QVERIFY(prepared.truncated);
            QVERIFY(!prepared.rest.isEmpty());
            // No run of 201 characters without a break opportunity (Qt lays such a word out slowly).
            qsizetype run = 0;
            bool inTag = false;
            for (const QChar c : html) {
                if (c == u'<' || c == u'>') {
                    inTag = c == u'<';
                    run = 0;
                } else if (!inTag) {
                    run = c.isSpace() || c.unicode() == 0x200b ? 0 : run + 1;
                    QVERIFY(run <= 200);
                }
            }
        }
        const SanitizedHtml text = TimelineModel::prepare(model.content(0));
        QVERIFY(text.html.startsWith(
            QStringLiteral("<div>A long note about &lt;the&gt; renewal &amp; more.<br>")));
        QVERIFY(text.rest.endsWith(QStringLiteral("renewal & more.")));
        QCOMPARE(TimelineModel::prepare(model.content(1)).html.count(u'x') +
                     TimelineModel::prepare(model.content(1)).rest.count(u'x'),
                 oneWord.size());
        const QString call = model.index(3).data(TimelineModel::ContentHtmlRole).toString();
        QVERIFY2(call.startsWith(
                     QStringLiteral("<div>Called.</div><h4>Transcript</h4><p><b>Dana Ortiz (Acme):</b>")),
                 qPrintable(call.left(200)));
        QVERIFY(TimelineModel::prepare(model.content(3)).rest.endsWith(QStringLiteral("Dana: bye")));
        const SanitizedHtml shortNote = TimelineModel::prepare(model.content(4));
        QCOMPARE(shortNote.html, QStringLiteral("<div>Short &lt;b&gt;note&lt;/b&gt;</div>"));
        QVERIFY(!shortNote.truncated);
    }

    void ratingsAreOnePerPersonAndShowOnReload() {
        const FixedClock clock(kAsOf);
        DealActions maria(m_cache.db(), clock, QStringLiteral("Maria Manager"));
        maria.rate(m_deal.freezeEmail, 1, QStringLiteral("sarcastic?"));
        maria.rate(m_deal.freezeEmail, -1, QStringLiteral("the freeze is real"));
        DealActions rita(m_cache.db(), clock, QStringLiteral("Rita Rep"));
        rita.rate(m_deal.freezeEmail, 1, {});
        const QList<Rating> stored = FeedbackStore(m_cache.db()).ratings(m_deal.freezeEmail);
        QCOMPARE(stored.size(), 2); // Maria's second rating replaced her first
        DealDetails d = load(QStringLiteral("Maria Manager"));
        TimelineModel model;
        model.setEntries(d.timeline, d.ours, d.names, d.request.zone);
        const int row = model.rowOf(m_deal.freezeEmail);
        QCOMPARE(model.index(row).data(TimelineModel::RatingRole).toInt(), -1);
        QCOMPARE(model.index(row).data(TimelineModel::RatingNoteRole).toString(),
                 QStringLiteral("the freeze is real"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        maria.rate(m_deal.freezeEmail, 0, {});
        model.setRating(row, 0, {});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(row).data(TimelineModel::RatingRole).toInt(), 0);
        QCOMPARE(FeedbackStore(m_cache.db()).ratings(m_deal.freezeEmail).size(), 1); // Rita's stays
    }

    // The rating panel names whose each rating is: the user's own as "You", then the team's by their login,
    // as each desktop sees it; a rating pulled from the team server counts as its rater's.
    void theRatingPanelSaysWhoseEachRatingIs() {
        const FixedClock clock(kAsOf);
        DealActions ana(m_cache.db(), clock, QStringLiteral("ana@firm.ro"));
        ana.rate(m_deal.hostileEmail, 1, QStringLiteral("they are just careful"));
        {
            Statement key(m_cache.db().handle(), "SELECT source, remote_id FROM interactions WHERE id = ?1");
            key.bind(1, m_deal.hostileEmail);
            QVERIFY(key.step());
            const TeamRating ion{QStringLiteral("0123456789abcdef0123456789abcdef"),
                                 QStringLiteral("ion@firm.ro"),
                                 key.text(0),
                                 key.text(1),
                                 -1,
                                 QStringLiteral("<b>angry</b>   buyer"),
                                 kAsOf - 60'000};
            QCOMPARE(TeamPullStore(m_cache.db()).applyRating(ion), TeamPullStore::Applied::Written);
        }
        const auto ratingsText = [&](const QString &user) {
            const DealDetails d = load(user);
            TimelineModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setEntries(d.timeline, d.ours, d.names, d.request.zone);
            return model.index(model.rowOf(m_deal.hostileEmail))
                .data(TimelineModel::RatingsTextRole)
                .toString();
        };
        QCOMPARE(ratingsText(QStringLiteral("ana@firm.ro")),
                 QStringLiteral("You rated this interaction positive.\n"
                                "ion@firm.ro rated it negative: “<b>angry</b> buyer”"));
        QCOMPARE(ratingsText(QStringLiteral("ion@firm.ro")),
                 QStringLiteral("You rated this interaction negative.\n"
                                "ana@firm.ro rated it positive: “they are just careful”"));
        QCOMPARE(ratingsText(QStringLiteral("rita@firm.ro")),
                 QStringLiteral("You have not rated this interaction.\n"
                                "ion@firm.ro rated it negative: “<b>angry</b> buyer”\n"
                                "ana@firm.ro rated it positive: “they are just careful”"));
        QCOMPARE(ratingsText(QStringLiteral("rita@firm.ro")).count(QStringLiteral("rated it")), 2);

        // The user's rating changing on the page changes the text.
        const DealDetails d = load(QStringLiteral("ana@firm.ro"));
        TimelineModel model;
        model.setEntries(d.timeline, d.ours, d.names, d.request.zone);
        const int row = model.rowOf(m_deal.hostileEmail);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRating(row, 0, {});
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(TimelineModel::RatingsTextRole));
        QVERIFY(model.index(row)
                    .data(TimelineModel::RatingsTextRole)
                    .toString()
                    .startsWith(QStringLiteral("You have not rated this interaction.\n")));
        QVERIFY(ana.rate(m_deal.hostileEmail, 0, {}) >= 0);
    }

    void whoseTextNamesYouAndOthers() {
        QCOMPARE(whose::ratingsText(0, {}), QStringLiteral("Not rated yet."));
        QCOMPARE(whose::ratingsText(-1, {}), QStringLiteral("You rated this interaction negative."));
        QList<Rating> team;
        for (int i = 1; i <= 6; ++i)
            team.append(Rating{1, QStringLiteral("rep%1@firm.ro").arg(i), i % 2 ? 1 : -1, {}, i});
        team[0].rater = QStringLiteral("  ");
        const QStringList lines = whose::ratingsText(1, team).split(QLatin1Char('\n'));
        QCOMPARE(lines, (QStringList{QStringLiteral("You rated this interaction positive."),
                                     QStringLiteral("Someone rated it positive"),
                                     QStringLiteral("rep2@firm.ro rated it negative"),
                                     QStringLiteral("rep3@firm.ro rated it positive"),
                                     QStringLiteral("rep4@firm.ro rated it negative"),
                                     QStringLiteral("and 2 more ratings from the team")}));

        CoachingNote note;
        note.author = QStringLiteral("ion@firm.ro");
        note.createdAt = note.updatedAt = kAsOf;
        const QTimeZone utc(QByteArrayLiteral("UTC"));
        QCOMPARE(whose::noteByline(note, false, utc), QStringLiteral("ion@firm.ro, 27/11/2026 15:00"));
        QCOMPARE(whose::noteByline(note, true, utc), QStringLiteral("you, 27/11/2026 15:00"));
        note.updatedAt = kAsOf + kMillisPerDay;
        QCOMPARE(whose::noteByline(note, false, QTimeZone(QByteArrayLiteral("Europe/Bucharest"))),
                 QStringLiteral("ion@firm.ro, 27/11/2026 17:00, edited 28/11/2026 17:00"));

        QCOMPARE(whose::snapshotTaker(QStringLiteral("ion@firm.ro"), false), QStringLiteral("ion@firm.ro"));
        QCOMPARE(whose::snapshotTaker(QStringLiteral("ana@firm.ro"), true), QStringLiteral("You"));
        QCOMPARE(whose::snapshotTaker(QStringLiteral(" "), false), QStringLiteral("—"));
    }

    void notesAreEditableOnlyByTheirAuthor() {
        const FixedClock clock(kAsOf);
        DealActions maria(m_cache.db(), clock, QStringLiteral("Maria Manager"));
        DealActions rita(m_cache.db(), clock, QStringLiteral("Rita Rep"));
        QCOMPARE(maria.addNote(m_deal.dealId, QStringLiteral("   ")), 0);
        const qint64 note = maria.addNote(m_deal.dealId, QStringLiteral("Multi-thread: get to the CFO."));
        QVERIFY(note > 0);
        QVERIFY(!rita.editNote(note, QStringLiteral("hijacked")));
        QVERIFY(!rita.deleteNote(note));
        QVERIFY(maria.editNote(note, QStringLiteral("Multi-thread: get to the CFO and the CISO.")));
        QCOMPARE(maria.notes(m_deal.dealId).value(0).body,
                 QStringLiteral("Multi-thread: get to the CFO and the CISO."));
        QVERIFY(maria.deleteNote(note));
        QVERIFY(maria.notes(m_deal.dealId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "test_timeline_model.moc"
