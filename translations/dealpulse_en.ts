<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>The cache file (default: %1).</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <source>--%1 wants an ISO 8601 instant such as 2026-11-28T09:00:00Z, not '%2'</source>
        <translation>--%1 wants an ISO 8601 instant such as 2026-11-28T09:00:00Z, not '%2'</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 wants a whole number from %2 to %3, not '%4'</translation>
    </message>
    <message>
        <source>write a deterministic demo cache</source>
        <translation>write a deterministic demo cache</translation>
    </message>
    <message>
        <source>export a forecast snapshot</source>
        <translation>export a forecast snapshot</translation>
    </message>
    <message>
        <source>Commands (run 'dealpulse COMMAND --help' for details):</source>
        <translation>Commands (run 'dealpulse COMMAND --help' for details):</translation>
    </message>
    <message>
        <source>dealpulse: unknown command '%1'</source>
        <translation>dealpulse: unknown command '%1'</translation>
    </message>
    <message>
        <source>Writes a realistic, deterministic demo pipeline into a new cache.</source>
        <translation>Writes a realistic, deterministic demo pipeline into a new cache.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Random seed (default 1).</translation>
    </message>
    <message>
        <source>Number of deals (default 600).</source>
        <translation>Number of deals (default 600).</translation>
    </message>
    <message>
        <source>The instant the demo treats as now (default: now).</source>
        <translation>The instant the demo treats as now (default: now).</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not '%1'</source>
        <translation>--seed wants a whole number, not '%1'</translation>
    </message>
    <message>
        <source>%1 already exists; the demo writes only into a new file.</source>
        <translation>%1 already exists; the demo writes only into a new file.</translation>
    </message>
    <message>
        <source>Writing demo deals: %1 of %2</source>
        <translation>Writing demo deals: %1 of %2</translation>
    </message>
    <message>
        <source>Computing deal health...</source>
        <translation>Computing deal health...</translation>
    </message>
    <message>
        <source>Wrote %1: %2 teams, %3 reps, %4 accounts, %5 contacts, %6 deals, %7 interactions as of %8.</source>
        <translation>Wrote %1: %2 teams, %3 reps, %4 accounts, %5 contacts, %6 deals, %7 interactions as of %8.</translation>
    </message>
    <message>
        <source>score text or a cache for sentiment</source>
        <translation>score text or a cache for sentiment</translation>
    </message>
    <message>
        <source>take, list and compare forecast snapshots</source>
        <translation>take, list and compare forecast snapshots</translation>
    </message>
</context>
<context>
    <name>DealColumns</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM id</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation>Owner email</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Forecast category</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Created (UTC)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Health score</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Last inbound (UTC)</source>
        <translation>Last inbound (UTC)</translation>
    </message>
    <message>
        <source>Last outbound (UTC)</source>
        <translation>Last outbound (UTC)</translation>
    </message>
    <message>
        <source>Inbound 28d</source>
        <translation>Inbound 28d</translation>
    </message>
    <message>
        <source>Outbound 28d</source>
        <translation>Outbound 28d</translation>
    </message>
    <message>
        <source>Buyer contacts 60d</source>
        <translation>Buyer contacts 60d</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Sentiment trend</source>
        <translation>Sentiment trend</translation>
    </message>
    <message>
        <source>Close date pushes</source>
        <translation>Close date pushes</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omitted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Commit (closed + commit)</source>
        <translation>Commit (closed + commit)</translation>
    </message>
    <message>
        <source>Best case (closed + commit + best case)</source>
        <translation>Best case (closed + commit + best case)</translation>
    </message>
    <message>
        <source>Pipeline (all open)</source>
        <translation>Pipeline (all open)</translation>
    </message>
</context>
<context>
    <name>HealthReason</name>
    <message numerus="yes">
        <source>No reply from the buyer in %n day(s)</source>
        <translation><numerusform>No reply from the buyer in %n day</numerusform><numerusform>No reply from the buyer in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply from the buyer since the deal was created %n day(s) ago</source>
        <translation><numerusform>No reply from the buyer since the deal was created %n day ago</numerusform><numerusform>No reply from the buyer since the deal was created %n days ago</numerusform></translation>
    </message>
    <message>
        <source>Buyer engagement fell from %1 to %2 in the last 4 weeks</source>
        <translation>Buyer engagement fell from %1 to %2 in the last 4 weeks</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) from us and no reply in the last 4 weeks</source>
        <translation><numerusform>%n touch from us and no reply in the last 4 weeks</numerusform><numerusform>%n touches from us and no reply in the last 4 weeks</numerusform></translation>
    </message>
    <message>
        <source>No buyer contact engaged in the last 60 days</source>
        <translation>No buyer contact engaged in the last 60 days</translation>
    </message>
    <message>
        <source>Only one buyer contact engaged</source>
        <translation>Only one buyer contact engaged</translation>
    </message>
    <message numerus="yes">
        <source>Close date pushed %n time(s)</source>
        <translation><numerusform>Close date pushed once</numerusform><numerusform>Close date pushed %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In this stage for %n day(s) (usually %1)</source>
        <translation><numerusform>In this stage for %n day (usually %1)</numerusform><numerusform>In this stage for %n days (usually %1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Close date passed %n day(s) ago</source>
        <translation><numerusform>Close date passed %n day ago</numerusform><numerusform>Close date passed %n days ago</numerusform></translation>
    </message>
    <message>
        <source>Buyer sentiment is negative (%1)</source>
        <translation>Buyer sentiment is negative (%1)</translation>
    </message>
    <message>
        <source>Buyer sentiment is falling (%1)</source>
        <translation>Buyer sentiment is falling (%1)</translation>
    </message>
    <message>
        <source>Buyer engaged today</source>
        <translation>Buyer engaged today</translation>
    </message>
    <message numerus="yes">
        <source>Buyer engaged %n day(s) ago</source>
        <translation><numerusform>Buyer engaged %n day ago</numerusform><numerusform>Buyer engaged %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n buyer interaction(s) in the last 4 weeks</source>
        <translation><numerusform>%n buyer interaction in the last 4 weeks</numerusform><numerusform>%n buyer interactions in the last 4 weeks</numerusform></translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Closed won</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Closed lost</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Going dark</source>
        <translation>Going dark</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>Creating the demo pipeline…</source>
        <translation>Creating the demo pipeline…</translation>
    </message>
    <message>
        <source>Updating deal health…</source>
        <translation>Updating deal health…</translation>
    </message>
    <message>
        <source>Deal activity, going-dark alerts and forecast health for sales managers.</source>
        <translation>Deal activity, going-dark alerts and forecast health for sales managers.</translation>
    </message>
    <message>
        <source>Open the demo pipeline (created on first use).</source>
        <translation>Open the demo pipeline (created on first use).</translation>
    </message>
    <message>
        <source>The cache file to open.</source>
        <translation>The cache file to open.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) and quit.</source>
        <translation>Save a picture of the window to FILE (PNG) and quit.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1440x900.</source>
        <translation>Window size, e.g. 1440x900.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Pushed out of the period</source>
        <translation>Pushed out of the period</translation>
    </message>
    <message>
        <source>Pulled into the period</source>
        <translation>Pulled into the period</translation>
    </message>
    <message>
        <source>Amount up</source>
        <translation>Amount up</translation>
    </message>
    <message>
        <source>Amount down</source>
        <translation>Amount down</translation>
    </message>
    <message>
        <source>Forecast category moved</source>
        <translation>Forecast category moved</translation>
    </message>
    <message>
        <source>Health band moved</source>
        <translation>Health band moved</translation>
    </message>
</context>
<context>
    <name>dp::MainWindow</name>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>Filter deals, accounts, owners (Ctrl+F)</source>
        <translation>Filter deals, accounts, owners (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the pipeline</source>
        <translation>Filter the pipeline</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>Health band</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Cache: %1 — figures as of %2</source>
        <translation>Cache: %1 — figures as of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n deal</numerusform><numerusform>%n deals</numerusform></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>All deals</translation>
    </message>
</context>
<context>
    <name>dp::PipelineModel</name>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omitted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>The buyer has never replied; counted from the deal's creation.</source>
        <translation>The buyer has never replied; counted from the deal's creation.</translation>
    </message>
    <message>
        <source>never (%1)</source>
        <translation>never (%1)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>In (28d)</source>
        <translation>In (28d)</translation>
    </message>
    <message>
        <source>Out (28d)</source>
        <translation>Out (28d)</translation>
    </message>
    <message>
        <source>Buyers engaged</source>
        <translation>Buyers engaged</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>Pushes</translation>
    </message>
    <message>
        <source>Days since the buyer last engaged (a reply, a meeting held, a call answered)</source>
        <translation>Days since the buyer last engaged (a reply, a meeting held, a call answered)</translation>
    </message>
    <message>
        <source>Interactions in the last 28 days: inbound from the buyer, outbound from us</source>
        <translation>Interactions in the last 28 days: inbound from the buyer, outbound from us</translation>
    </message>
    <message>
        <source>Silent (days)</source>
        <translation>Silent (days)</translation>
    </message>
</context>
<context>
    <name>dp::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Forecast snapshot</source>
        <translation>Forecast snapshot</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Taken at (UTC)</source>
        <translation>Taken at (UTC)</translation>
    </message>
    <message>
        <source>As of (UTC)</source>
        <translation>As of (UTC)</translation>
    </message>
    <message>
        <source>Going dark after (days)</source>
        <translation>Going dark after (days)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Export filter</source>
        <translation>Export filter</translation>
    </message>
    <message>
        <source>Deal rows SHA-256</source>
        <translation>Deal rows SHA-256</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Deals without amount</source>
        <translation>Deals without amount</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Forecast category</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM id</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation>Owner email</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Amount before</translation>
    </message>
    <message>
        <source>Amount after</source>
        <translation>Amount after</translation>
    </message>
</context>
<context>
    <name>dp::cli</name>
    <message>
        <source>Exports a forecast snapshot: every deal with its health, activity and sentiment, open deals first and closed ones after them.</source>
        <translation>Exports a forecast snapshot: every deal with its health, activity and sentiment, open deals first and closed ones after them.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Compute everything as of this instant (default: now).</source>
        <translation>Compute everything as of this instant (default: now).</translation>
    </message>
    <message>
        <source>Export a stored snapshot instead of the live cache.</source>
        <translation>Export a stored snapshot instead of the live cache.</translation>
    </message>
    <message>
        <source>With --snapshot and xlsx: add a Changes sheet against this earlier snapshot.</source>
        <translation>With --snapshot and xlsx: add a Changes sheet against this earlier snapshot.</translation>
    </message>
    <message>
        <source>Only deals in these health bands, e.g. dark,at_risk.</source>
        <translation>Only deals in these health bands, e.g. dark,at_risk.</translation>
    </message>
    <message>
        <source>Only deals of this owner.</source>
        <translation>Only deals of this owner.</translation>
    </message>
    <message>
        <source>Only deals of this team.</source>
        <translation>Only deals of this team.</translation>
    </message>
    <message>
        <source>Days without buyer inbound before a deal goes dark (%1-%2, default %3).</source>
        <translation>Days without buyer inbound before a deal goes dark (%1-%2, default %3).</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>--snapshot exports what was stored; it takes no --as-of or --going-dark-days</source>
        <translation>--snapshot exports what was stored; it takes no --as-of or --going-dark-days</translation>
    </message>
    <message>
        <source>--compare needs --snapshot and --format xlsx</source>
        <translation>--compare needs --snapshot and --format xlsx</translation>
    </message>
    <message>
        <source>--health wants bands from healthy, watch, at_risk, dark, closed, not '%1'</source>
        <translation>--health wants bands from healthy, watch, at_risk, dark, closed, not '%1'</translation>
    </message>
    <message>
        <source>there is no snapshot %1</source>
        <translation>there is no snapshot %1</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2 (deal rows SHA-256 %3)</source>
        <translation>Exported %1 deals to %2 (deal rows SHA-256 %3)</translation>
    </message>
    <message>
        <source>line %1 is not 'label&lt;TAB&gt;text' with label 0 or 1</source>
        <translation>line %1 is not 'label&lt;TAB&gt;text' with label 0 or 1</translation>
    </message>
    <message>
        <source>Scored %1 interactions (%2 without a score: no buyer text or no lexicon for their language); recomputed %3 deals.</source>
        <translation>Scored %1 interactions (%2 without a score: no buyer text or no lexicon for their language); recomputed %3 deals.</translation>
    </message>
    <message>
        <source>Scores text for sentiment: from stdin, one text per line, or every interaction of a cache.</source>
        <translation>Scores text for sentiment: from stdin, one text per line, or every interaction of a cache.</translation>
    </message>
    <message>
        <source>Score each line of stdin; print one compound per line.</source>
        <translation>Score each line of stdin; print one compound per line.</translation>
    </message>
    <message>
        <source>Read 'label&lt;TAB&gt;text' lines (1 positive, 0 negative); print 'vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive' per line, the adaptive score predicted before the line's label is learned.</source>
        <translation>Read 'label&lt;TAB&gt;text' lines (1 positive, 0 negative); print 'vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive' per line, the adaptive score predicted before the line's label is learned.</translation>
    </message>
    <message>
        <source>Score the interactions of the cache (--db) that have no score yet, with the sales layer.</source>
        <translation>Score the interactions of the cache (--db) that have no score yet, with the sales layer.</translation>
    </message>
    <message>
        <source>With --rescore: score every interaction again.</source>
        <translation>With --rescore: score every interaction again.</translation>
    </message>
    <message>
        <source>With --rescore: the instant deal figures are computed as of.</source>
        <translation>With --rescore: the instant deal figures are computed as of.</translation>
    </message>
    <message>
        <source>With --score: 'vader' (general English) or 'sales' (default).</source>
        <translation>With --score: 'vader' (general English) or 'sales' (default).</translation>
    </message>
    <message>
        <source>--lexicon wants 'vader' or 'sales', not '%1'</source>
        <translation>--lexicon wants 'vader' or 'sales', not '%1'</translation>
    </message>
    <message>
        <source>say what to do: --score, --prequential or --rescore</source>
        <translation>say what to do: --score, --prequential or --rescore</translation>
    </message>
    <message>
        <source>Stores a forecast snapshot of the cache: every deal's fields, forecast category and health, as they are now (or were at --as-of).</source>
        <translation>Stores a forecast snapshot of the cache: every deal's fields, forecast category and health, as they are now (or were at --as-of).</translation>
    </message>
    <message>
        <source>What the snapshot is for, e.g. "Week 48 forecast call".</source>
        <translation>What the snapshot is for, e.g. "Week 48 forecast call".</translation>
    </message>
    <message>
        <source>Who takes it (default: the login name).</source>
        <translation>Who takes it (default: the login name).</translation>
    </message>
    <message>
        <source>Compute activity and health as of this instant (default: now).</source>
        <translation>Compute activity and health as of this instant (default: now).</translation>
    </message>
    <message>
        <source>--label TEXT is required</source>
        <translation>--label TEXT is required</translation>
    </message>
    <message>
        <source>Took snapshot %1 (%2 deals)</source>
        <translation>Took snapshot %1 (%2 deals)</translation>
    </message>
    <message>
        <source>Lists the stored snapshots, newest first.</source>
        <translation>Lists the stored snapshots, newest first.</translation>
    </message>
    <message>
        <source>Compares two stored snapshots: deals added, won, lost, removed, pushed out of or pulled into the period, amount and forecast-category moves, health-band moves, and totals per category.</source>
        <translation>Compares two stored snapshots: deals added, won, lost, removed, pushed out of or pulled into the period, amount and forecast-category moves, health-band moves, and totals per category.</translation>
    </message>
    <message>
        <source>The earlier snapshot's id.</source>
        <translation>The earlier snapshot's id.</translation>
    </message>
    <message>
        <source>The later snapshot's id.</source>
        <translation>The later snapshot's id.</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Output format: json (default) or csv.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>The file to write (default: standard output).</translation>
    </message>
    <message>
        <source>Last day of the forecast period (default: end of the quarter of TO's as-of); the period is the quarter ending then.</source>
        <translation>Last day of the forecast period (default: end of the quarter of TO's as-of); the period is the quarter ending then.</translation>
    </message>
    <message>
        <source>wants two snapshot ids, FROM and TO</source>
        <translation>wants two snapshot ids, FROM and TO</translation>
    </message>
    <message>
        <source>snapshot ids are whole numbers, not '%1'</source>
        <translation>snapshot ids are whole numbers, not '%1'</translation>
    </message>
    <message>
        <source>unknown format '%1'; use json or csv</source>
        <translation>unknown format '%1'; use json or csv</translation>
    </message>
    <message>
        <source>--period-end wants a date such as 2026-12-31, not '%1'</source>
        <translation>--period-end wants a date such as 2026-12-31, not '%1'</translation>
    </message>
    <message>
        <source>Wrote %1 changes to %2</source>
        <translation>Wrote %1 changes to %2</translation>
    </message>
    <message>
        <source>Usage: dealpulse snapshot take|list|diff [options]
  take   store a snapshot of the cache (--label TEXT)
  list   list stored snapshots
  diff   compare two stored snapshots (FROM TO)
</source>
        <translation>Usage: dealpulse snapshot take|list|diff [options]
  take   store a snapshot of the cache (--label TEXT)
  list   list stored snapshots
  diff   compare two stored snapshots (FROM TO)
</translation>
    </message>
    <message>
        <source>wants take, list or diff</source>
        <translation>wants take, list or diff</translation>
    </message>
    <message>
        <source>unknown command '%1'; use take, list or diff</source>
        <translation>unknown command '%1'; use take, list or diff</translation>
    </message>
</context>
<context>
    <name>dp::ExportDialog</name>
    <message numerus="yes">
        <source>%n deal(s) written…</source>
        <translation>
            <numerusform>%n deal written…</numerusform>
            <numerusform>%n deals written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.
Deal rows SHA-256: %2</source>
        <translation>
            <numerusform>Exported %n deal to %1.
Deal rows SHA-256: %2</numerusform>
            <numerusform>Exported %n deals to %1.
Deal rows SHA-256: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::SnapshotHistoryView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n change(s) in the quarter %3 – %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n change in the quarter %3 – %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n changes in the quarter %3 – %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshot(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshot.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshots.</numerusform>
        </translation>
    </message>
</context>
</TS>
