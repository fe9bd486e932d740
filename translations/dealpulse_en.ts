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
        <source>Exports a forecast snapshot: every deal with its health, activity and sentiment.</source>
        <translation>Exports a forecast snapshot: every deal with its health, activity and sentiment.</translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation>Output format: json.</translation>
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
        <source>Days without buyer inbound before a deal goes dark (%1-%2, default %3).</source>
        <translation>Days without buyer inbound before a deal goes dark (%1-%2, default %3).</translation>
    </message>
    <message>
        <source>--format is required (json)</source>
        <translation>--format is required (json)</translation>
    </message>
    <message>
        <source>unknown format '%1'; this version writes json</source>
        <translation>unknown format '%1'; this version writes json</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2</source>
        <translation>Exported %1 deals to %2</translation>
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
        <source>All health bands</source>
        <translation>All health bands</translation>
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
        <source>Days since inbound</source>
        <translation>Days since inbound</translation>
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
</context>
</TS>
