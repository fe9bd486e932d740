<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
</context>
<context>
    <name>CacheLock</name>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>process %1 (%2) on %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 is already open in another Dealpulse window (%2). Switch to that window, or open another cache here. If that Dealpulse is no longer running, remove %3.</source>
        <translation>%1 is already open in another Dealpulse window (%2). Switch to that window, or open another cache here. If that Dealpulse is no longer running, remove %3.</translation>
    </message>
</context>
<context>
    <name>CacheRebuild</name>
    <message>
        <source>There is no cache at %1 to rebuild.</source>
        <translation>There is no cache at %1 to rebuild.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dealpulse cache, so it cannot be rebuilt.</source>
        <translation>%1 is not a Dealpulse cache, so it cannot be rebuilt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Dealpulse; rebuild it with that version.</source>
        <translation>%1 was written by a newer Dealpulse; rebuild it with that version.</translation>
    </message>
    <message>
        <source>%1 is too damaged to read anything from (%2). Create a new cache and sync it, and keep the damaged file for recovery tools.</source>
        <translation>%1 is too damaged to read anything from (%2). Create a new cache and sync it, and keep the damaged file for recovery tools.</translation>
    </message>
    <message>
        <source>Cannot write a new cache beside %1.</source>
        <translation>Cannot write a new cache beside %1.</translation>
    </message>
    <message>
        <source>The cache could not be rebuilt: %1</source>
        <translation>The cache could not be rebuilt: %1</translation>
    </message>
    <message>
        <source>There is no rebuilt cache to put in place of %1.</source>
        <translation>There is no rebuilt cache to put in place of %1.</translation>
    </message>
    <message>
        <source>The rebuilt cache %1 is still open; close it first.</source>
        <translation>The rebuilt cache %1 is still open; close it first.</translation>
    </message>
    <message>
        <source>Cannot keep the damaged cache as %1: %2</source>
        <translation>Cannot keep the damaged cache as %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 beside the backup %2.</source>
        <translation>Cannot move %1 beside the backup %2.</translation>
    </message>
    <message>
        <source>Cannot put the rebuilt cache in place of %1: %2</source>
        <translation>Cannot put the rebuilt cache in place of %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheRescue</name>
    <message>
        <source>A new cache is made from what can still be read in %1. It keeps your ratings, coaching notes, alert snoozes, snapshots and lexicon history, with the deals and emails they belong to.

Everything else comes from your CRM: the next sync downloads it all again, which takes a while on a large CRM. The damaged file is kept beside the new one as a backup.</source>
        <translation>A new cache is made from what can still be read in %1. It keeps your ratings, coaching notes, alert snoozes, snapshots and lexicon history, with the deals and emails they belong to.

Everything else comes from your CRM: the next sync downloads it all again, which takes a while on a large CRM. The damaged file is kept beside the new one as a backup.</translation>
    </message>
    <message>
        <source>Rebuild the cache?</source>
        <translation>Rebuild the cache?</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Rebuild</translation>
    </message>
    <message>
        <source>The cache was rebuilt. It kept:</source>
        <translation>The cache was rebuilt. It kept:</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching note(s)</source>
        <translation>
            <numerusform>%n coaching note</numerusform>
            <numerusform>%n coaching notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert snooze(s)</source>
        <translation>
            <numerusform>%n alert snooze</numerusform>
            <numerusform>%n alert snoozes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lexicon change(s)</source>
        <translation>
            <numerusform>%n lexicon change</numerusform>
            <numerusform>%n lexicon changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) and %1 that they belong to</source>
        <translation>
            <numerusform>%n deal and %1 that they belong to</numerusform>
            <numerusform>%n deals and %1 that they belong to</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n email</numerusform>
            <numerusform>%n emails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite could not read %n damaged part(s) among your own rows; what they held is lost.</source>
        <translation>
            <numerusform>SQLite could not read %n damaged part among your own rows; what it held is lost.</numerusform>
            <numerusform>SQLite could not read %n damaged parts among your own rows; what they held is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your rows could not be kept, because the deal or email they belong to could not be read.</source>
        <translation>
            <numerusform>%n of your rows could not be kept, because the deal or email it belongs to could not be read.</numerusform>
            <numerusform>%n of your rows could not be kept, because the deal or email they belong to could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <source>The next sync downloads the rest of your CRM&apos;s records again.</source>
        <translation>The next sync downloads the rest of your CRM&apos;s records again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: SQLite&apos;s check found %n problem(s), the first: %2</source>
        <translation>
            <numerusform>%1 is damaged: SQLite&apos;s check found %n problem, the first: %2</numerusform>
            <numerusform>%1 is damaged: SQLite&apos;s check found %n problems, the first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>The cache file (default: %1).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 wants an ISO 8601 instant such as 2026-11-28T09:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 wants an ISO 8601 instant such as 2026-11-28T09:00:00Z, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 wants a whole number from %2 to %3, not &apos;%4&apos;</translation>
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
        <source>Commands (run &apos;dealpulse COMMAND --help&apos; for details):</source>
        <translation>Commands (run &apos;dealpulse COMMAND --help&apos; for details):</translation>
    </message>
    <message>
        <source>dealpulse: unknown command &apos;%1&apos;</source>
        <translation>dealpulse: unknown command &apos;%1&apos;</translation>
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
        <source>--seed wants a whole number, not &apos;%1&apos;</source>
        <translation>--seed wants a whole number, not &apos;%1&apos;</translation>
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
        <source>score text or a cache for sentiment</source>
        <translation>score text or a cache for sentiment</translation>
    </message>
    <message>
        <source>take, list and compare forecast snapshots</source>
        <translation>take, list and compare forecast snapshots</translation>
    </message>
    <message>
        <source>bring the cache up to date with a CRM</source>
        <translation>bring the cache up to date with a CRM</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4, %5, %6, %7 as of %8.</source>
        <translation>Wrote %1: %2, %3, %4, %5, %6, %7 as of %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message>
        <source>add a coaching note to a deal</source>
        <translation>add a coaching note to a deal</translation>
    </message>
    <message>
        <source>rate an interaction&apos;s sentiment +1 or -1</source>
        <translation>rate an interaction&apos;s sentiment +1 or -1</translation>
    </message>
    <message>
        <source>share ratings, coaching notes and snapshots through a team server</source>
        <translation>share ratings, coaching notes and snapshots through a team server</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>wants %1</source>
        <translation>wants %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; use %2</source>
        <translation>unknown command &apos;%1&apos;; use %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding the cache is full, so the last changes were not saved; the cache is as it was before them. Free some space and try again.</source>
        <translation>The disk holding the cache is full, so the last changes were not saved; the cache is as it was before them. Free some space and try again.</translation>
    </message>
    <message>
        <source>The cache is open read-only, so the change was not saved.</source>
        <translation>The cache is open read-only, so the change was not saved.</translation>
    </message>
    <message>
        <source>%1 is read-only, and it must be brought up to date before this Dealpulse can read it. Open it once where it can be written, or copy it somewhere writable.</source>
        <translation>%1 is read-only, and it must be brought up to date before this Dealpulse can read it. Open it once where it can be written, or copy it somewhere writable.</translation>
    </message>
    <message>
        <source>The cache file is damaged: %1</source>
        <translation>The cache file is damaged: %1</translation>
    </message>
    <message>
        <source>No cache at %1.</source>
        <translation>No cache at %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a cache file.</source>
        <translation>%1 is a folder, not a cache file.</translation>
    </message>
    <message>
        <source>%1 is not a Dealpulse cache (not a SQLite database); it was left untouched.</source>
        <translation>%1 is not a Dealpulse cache (not a SQLite database); it was left untouched.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); it was left untouched.</source>
        <translation>%1 is damaged and cannot be read (%2); it was left untouched.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Dealpulse cache; it was left untouched.</source>
        <translation>%1 is a SQLite database of another program, not a Dealpulse cache; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Dealpulse (cache version %2; this one reads up to %3). Update Dealpulse to open it; the file was left untouched.</source>
        <translation>%1 was written by a newer Dealpulse (cache version %2; this one reads up to %3). Update Dealpulse to open it; the file was left untouched.</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1: %2</source>
        <translation>Cannot prepare the cache %1: %2</translation>
    </message>
    <message>
        <source>The cache schema step %1 is missing from this build.</source>
        <translation>The cache schema step %1 is missing from this build.</translation>
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
    <name>DealDetails</name>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Organised by %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>Call by %1</source>
        <translation>Call by %1</translation>
    </message>
    <message>
        <source>%1 called %2</source>
        <translation>%1 called %2</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <source>, cc %1</source>
        <translation>, cc %1</translation>
    </message>
    <message>
        <source>Close date set to %1</source>
        <translation>Close date set to %1</translation>
    </message>
    <message>
        <source>Close date pushed from %1 to %2</source>
        <translation>Close date pushed from %1 to %2</translation>
    </message>
    <message>
        <source>Close date pulled in from %1 to %2</source>
        <translation>Close date pulled in from %1 to %2</translation>
    </message>
    <message>
        <source>Stage set to %1</source>
        <translation>Stage set to %1</translation>
    </message>
    <message>
        <source>Stage moved from %1 to %2</source>
        <translation>Stage moved from %1 to %2</translation>
    </message>
    <message>
        <source>Amount set to %1</source>
        <translation>Amount set to %1</translation>
    </message>
    <message>
        <source>Amount changed from %1 to %2</source>
        <translation>Amount changed from %1 to %2</translation>
    </message>
    <message>
        <source>Forecast category set to %1</source>
        <translation>Forecast category set to %1</translation>
    </message>
    <message>
        <source>Forecast category changed from %1 to %2</source>
        <translation>Forecast category changed from %1 to %2</translation>
    </message>
</context>
<context>
    <name>DealLoader</name>
    <message>
        <source>This deal is no longer in the cache.</source>
        <translation>This deal is no longer in the cache.</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>Dealpulse ran out of memory; the work was stopped.</source>
        <translation>Dealpulse ran out of memory; the work was stopped.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Unexpected error of an unknown kind.</translation>
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
        <translation>
            <numerusform>No reply from the buyer in %n day</numerusform>
            <numerusform>No reply from the buyer in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from the buyer since the deal was created %n day(s) ago</source>
        <translation>
            <numerusform>No reply from the buyer since the deal was created %n day ago</numerusform>
            <numerusform>No reply from the buyer since the deal was created %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyer engagement fell from %1 to %2 in the last 4 weeks</source>
        <translation>Buyer engagement fell from %1 to %2 in the last 4 weeks</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) from us and no reply in the last 4 weeks</source>
        <translation>
            <numerusform>%n touch from us and no reply in the last 4 weeks</numerusform>
            <numerusform>%n touches from us and no reply in the last 4 weeks</numerusform>
        </translation>
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
        <translation>
            <numerusform>Close date pushed once</numerusform>
            <numerusform>Close date pushed %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In this stage for %n day(s) (usually %1)</source>
        <translation>
            <numerusform>In this stage for %n day (usually %1)</numerusform>
            <numerusform>In this stage for %n days (usually %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close date passed %n day(s) ago</source>
        <translation>
            <numerusform>Close date passed %n day ago</numerusform>
            <numerusform>Close date passed %n days ago</numerusform>
        </translation>
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
        <translation>
            <numerusform>Buyer engaged %n day ago</numerusform>
            <numerusform>Buyer engaged %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer interaction(s) in the last 4 weeks</source>
        <translation>
            <numerusform>%n buyer interaction in the last 4 weeks</numerusform>
            <numerusform>%n buyer interactions in the last 4 weeks</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1; silent for %n day(s)</source>
        <translation>
            <numerusform>%1; silent for %n day</numerusform>
            <numerusform>%1; silent for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usually replies within %n day(s)</source>
        <translation>
            <numerusform>Usually replies within %n day</numerusform>
            <numerusform>Usually replies within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
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
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>In / out</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <source>Every deal</source>
        <translation>Every deal</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Health: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Dealpulse forecast snapshot · as of %1 · deal rows SHA-256 %2</source>
        <translation>Dealpulse forecast snapshot · as of %1 · deal rows SHA-256 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Forecast snapshot</source>
        <translation>Forecast snapshot</translation>
    </message>
    <message>
        <source>Live pipeline</source>
        <translation>Live pipeline</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Forecast period</source>
        <translation>Forecast period</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>%1 open, %2 closed</source>
        <translation>%1 open, %2 closed</translation>
    </message>
    <message>
        <source>Going dark after</source>
        <translation>Going dark after</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Deal rows SHA-256: %1</source>
        <translation>Deal rows SHA-256: %1</translation>
    </message>
    <message>
        <source>The same export as CSV, XLSX or JSON carries the same deals and the same checksum, so a forwarded copy can be checked against the cache.</source>
        <translation>The same export as CSV, XLSX or JSON carries the same deals and the same checksum, so a forwarded copy can be checked against the cache.</translation>
    </message>
    <message>
        <source>Forecast roll-ups (deals closing in the period)</source>
        <translation>Forecast roll-ups (deals closing in the period)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Closed won</translation>
    </message>
    <message>
        <source>Pipeline (all open)</source>
        <translation>Pipeline (all open)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>No deals match.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>, %1 without amount</source>
        <translation>, %1 without amount</translation>
    </message>
    <message>
        <source>Cumulative, as forecasting tools add up: commit = closed won + commit; best case = commit + best case; pipeline = every open deal not omitted.</source>
        <translation>Cumulative, as forecasting tools add up: commit = closed won + commit; best case = commit + best case; pipeline = every open deal not omitted.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(no owner)</translation>
    </message>
    <message>
        <source>Buyer engagement per rep, open deals, last 28 days</source>
        <translation>Buyer engagement per rep, open deals, last 28 days</translation>
    </message>
    <message>
        <source>Inbound (buyer)</source>
        <translation>Inbound (buyer)</translation>
    </message>
    <message>
        <source>Outbound (us)</source>
        <translation>Outbound (us)</translation>
    </message>
    <message>
        <source>Amount per forecast category, %1</source>
        <translation>Amount per forecast category, %1</translation>
    </message>
    <message>
        <source>Forecast snapshot · %1</source>
        <translation>Forecast snapshot · %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Open deals (%1)</source>
        <translation>Open deals (%1)</translation>
    </message>
    <message>
        <source>Closed deals (%1)</source>
        <translation>Closed deals (%1)</translation>
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
        <source>Forecast snapshot: %1</source>
        <translation>Forecast snapshot: %1</translation>
    </message>
    <message>
        <source>Cannot draw the PDF report</source>
        <translation>Cannot draw the PDF report</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without buyer reply</source>
        <translation>
            <numerusform>%n day without buyer reply</numerusform>
            <numerusform>%n days without buyer reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer engagement, 12 busiest of %n reps, open deals, last 28 days</source>
        <translation>
            <numerusform>Buyer engagement, 12 busiest of %n reps, open deals, last 28 days</numerusform>
            <numerusform>Buyer engagement, 12 busiest of %n reps, open deals, last 28 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amount per forecast category, %1 (of %n currencies)</source>
        <translation>
            <numerusform>Amount per forecast category, %1 (of %n currencies)</numerusform>
            <numerusform>Amount per forecast category, %1 (of %n currencies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
    <message>
        <source>Unknown view %1; use pipeline, deal, rollup, alerts, lexicon or snapshots.</source>
        <translation>Unknown view %1; use pipeline, deal, rollup, alerts, lexicon or snapshots.</translation>
    </message>
    <message>
        <source>The view to show first: pipeline, deal (the worst open deal), rollup, alerts, lexicon or snapshots (with --screenshot also settings).</source>
        <translation>The view to show first: pipeline, deal (the worst open deal), rollup, alerts, lexicon or snapshots (with --screenshot also settings).</translation>
    </message>
    <message>
        <source>Use a dark palette (to look at dark mode on any desktop).</source>
        <translation>Use a dark palette (to look at dark mode on any desktop).</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing will be saved to it.</source>
        <translation>%1 is read-only: nothing will be saved to it.</translation>
    </message>
    <message>
        <source>Read-only: nothing is saved to this cache</source>
        <translation>Read-only: nothing is saved to this cache</translation>
    </message>
    <message>
        <source>%1 or its folder cannot be written, so ratings, notes, snapshots and syncs are not saved.</source>
        <translation>%1 or its folder cannot be written, so ratings, notes, snapshots and syncs are not saved.</translation>
    </message>
    <message>
        <source>Rebuilding the cache…</source>
        <translation>Rebuilding the cache…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <source>The interaction no longer exists.</source>
        <translation>The interaction no longer exists.</translation>
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
    <name>SnapshotExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <source>call %1: transcript %2 not found; kept the call without it</source>
        <translation>call %1: transcript %2 not found; kept the call without it</translation>
    </message>
    <message>
        <source>call transcripts are not readable with this HubSpot app (crm.extensions_calling_transcripts.read); synced calls without them</source>
        <translation>call transcripts are not readable with this HubSpot app (crm.extensions_calling_transcripts.read); synced calls without them</translation>
    </message>
    <message>
        <source>%1 %2: no readable hs_timestamp, used its creation time</source>
        <translation>%1 %2: no readable hs_timestamp, used its creation time</translation>
    </message>
    <message>
        <source>deal %1: stage &apos;%2&apos; is in no pipeline; kept its id</source>
        <translation>deal %1: stage &apos;%2&apos; is in no pipeline; kept its id</translation>
    </message>
    <message>
        <source>deal %1: amount &apos;%2&apos; is not a number; stored none</source>
        <translation>deal %1: amount &apos;%2&apos; is not a number; stored none</translation>
    </message>
    <message>
        <source>deal %1: close date &apos;%2&apos; is not a date; stored none</source>
        <translation>deal %1: close date &apos;%2&apos; is not a date; stored none</translation>
    </message>
    <message>
        <source>%1 is not available in this org; skipped (%2)</source>
        <translation>%1 is not available in this org; skipped (%2)</translation>
    </message>
    <message>
        <source>the org&apos;s default currency is unknown; opportunities stored without one</source>
        <translation>the org&apos;s default currency is unknown; opportunities stored without one</translation>
    </message>
    <message>
        <source>%1 %2: unreadable %3 &apos;%4&apos;</source>
        <translation>%1 %2: unreadable %3 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>contact role %1: opportunity %2 or contact %3 is not synced</source>
        <translation>contact role %1: opportunity %2 or contact %3 is not synced</translation>
    </message>
    <message>
        <source>%1 %2: no readable time, used its creation time</source>
        <translation>%1 %2: no readable time, used its creation time</translation>
    </message>
    <message>
        <source>opportunity %1: stage &apos;%2&apos; is not in the stage picklist; kept as is</source>
        <translation>opportunity %1: stage &apos;%2&apos; is not in the stage picklist; kept as is</translation>
    </message>
    <message>
        <source>opportunity %1: probability &apos;%2&apos; is not a number</source>
        <translation>opportunity %1: probability &apos;%2&apos; is not a number</translation>
    </message>
    <message>
        <source>opportunity %1: amount &apos;%2&apos; is not a number; stored none</source>
        <translation>opportunity %1: amount &apos;%2&apos; is not a number; stored none</translation>
    </message>
    <message>
        <source>opportunity %1: close date &apos;%2&apos; is not a date; stored none</source>
        <translation>opportunity %1: close date &apos;%2&apos; is not a date; stored none</translation>
    </message>
    <message>
        <source>opportunity %1: unknown forecast category &apos;%2&apos;</source>
        <translation>opportunity %1: unknown forecast category &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The HubSpot account id could not be read (%1)</source>
        <translation>The HubSpot account id could not be read (%1)</translation>
    </message>
    <message>
        <source>HubSpot sent an account id that is not a number</source>
        <translation>HubSpot sent an account id that is not a number</translation>
    </message>
</context>
<context>
    <name>WeeklySnapshot</name>
    <message>
        <source>Dealpulse (automatic)</source>
        <translation>Dealpulse (automatic)</translation>
    </message>
    <message>
        <source>Weekly snapshot %1-W%2</source>
        <translation>Weekly snapshot %1-W%2</translation>
    </message>
</context>
<context>
    <name>dp::AboutDialog</name>
    <message>
        <source>About Dealpulse</source>
        <translation>About Dealpulse</translation>
    </message>
    <message>
        <source>Dealpulse %1</source>
        <translation>Dealpulse %1</translation>
    </message>
    <message>
        <source>Deal activity, going-dark alerts and forecast health for sales managers.</source>
        <translation>Deal activity, going-dark alerts and forecast health for sales managers.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later

Dealpulse is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>Licence: GPL-3.0-or-later

Dealpulse is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</translation>
    </message>
    <message>
        <source>Third-party software:</source>
        <translation>Third-party software:</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Third-party software</translation>
    </message>
</context>
<context>
    <name>dp::ActivityChartView</name>
    <message>
        <source>Inbound and outbound interactions per week</source>
        <translation>Inbound and outbound interactions per week</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message numerus="yes">
        <source>Going dark after %n day(s)</source>
        <translation>
            <numerusform>Going dark after %n day</numerusform>
            <numerusform>Going dark after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Buyer sentiment</source>
        <translation>Buyer sentiment</translation>
    </message>
</context>
<context>
    <name>dp::AlertNotice</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) went dark: %1</source>
        <translation>
            <numerusform>%n deal went dark: %1</numerusform>
            <numerusform>%n deals went dark: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) now at risk: %1</source>
        <translation>
            <numerusform>%n deal now at risk: %1</numerusform>
            <numerusform>%n deals now at risk: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Dealpulse: deals need a look</source>
        <translation>Dealpulse: deals need a look</translation>
    </message>
</context>
<context>
    <name>dp::AlertsModel</name>
    <message>
        <source>%1 · new</source>
        <translation>%1 · new</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
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
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <source>Ranked by this value × risk × closeness of the close date. Amounts in %1 count as they are; other currencies are converted with the rates in Settings, or, without a rate, counted by their size relative to the typical (median) open deal in their currency.</source>
        <translation>Ranked by this value × risk × closeness of the close date. Amounts in %1 count as they are; other currencies are converted with the rates in Settings, or, without a rate, counted by their size relative to the typical (median) open deal in their currency.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Ranked as</source>
        <translation>Ranked as</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 × a typical %2 deal</source>
        <extracomment>e.g. &quot;1.8 × a typical EUR deal&quot;: no exchange rate, so the deal&apos;s size among its currency&apos;s deals</extracomment>
        <translation>%1 × a typical %2 deal</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>No amount</translation>
    </message>
</context>
<context>
    <name>dp::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Snoozed alerts</source>
        <translation>Snoozed alerts</translation>
    </message>
    <message>
        <source>Only new since I last looked</source>
        <translation>Only new since I last looked</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Open deal</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Snooze…</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>&amp;Mark all as seen</translation>
    </message>
    <message>
        <source>Alerts you have seen leave this list until their deal changes band again</source>
        <translation>Alerts you have seen leave this list until their deal changes band again</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Snoozed (for coaching)</source>
        <translation>Snoozed (for coaching)</translation>
    </message>
    <message>
        <source>Snoozed (for coaching): %1</source>
        <translation>Snoozed (for coaching): %1</translation>
    </message>
    <message>
        <source>Nothing new since you last looked.</source>
        <translation>Nothing new since you last looked.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) went dark or became at risk since you last looked.</source>
        <translation>
            <numerusform>%n deal went dark or became at risk since you last looked.</numerusform>
            <numerusform>%n deals went dark or became at risk since you last looked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The snooze was not saved: %1</source>
        <translation>The snooze was not saved: %1</translation>
    </message>
    <message>
        <source>Alert snoozed until %1</source>
        <translation>Alert snoozed until %1</translation>
    </message>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>The snooze was not undone: %1</source>
        <translation>The snooze was not undone: %1</translation>
    </message>
    <message>
        <source>Snooze undone: the alert is back.</source>
        <translation>Snooze undone: the alert is back.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) marked as seen</source>
        <translation>
            <numerusform>%n alert marked as seen</numerusform>
            <numerusform>%n alerts marked as seen</numerusform>
        </translation>
    </message>
    <message>
        <source>The alerts were not marked new again: %1</source>
        <translation>The alerts were not marked new again: %1</translation>
    </message>
    <message>
        <source>The alerts are new again.</source>
        <translation>The alerts are new again.</translation>
    </message>
</context>
<context>
    <name>dp::CacheProblemDialog</name>
    <message>
        <source>Dealpulse: the cache cannot be opened</source>
        <translation>Dealpulse: the cache cannot be opened</translation>
    </message>
    <message>
        <source>Dealpulse caches (*.sqlite);;All files (*)</source>
        <translation>Dealpulse caches (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Create a new cache</source>
        <translation>Create a new cache</translation>
    </message>
    <message>
        <source>Open a cache</source>
        <translation>Open a cache</translation>
    </message>
    <message>
        <source>The file was left as it is. You can open another cache, create a new one and sync it from your CRM, or look around the demo pipeline.</source>
        <translation>The file was left as it is. You can open another cache, create a new one and sync it from your CRM, or look around the demo pipeline.</translation>
    </message>
    <message>
        <source>Open another cache…</source>
        <translation>Open another cache…</translation>
    </message>
    <message>
        <source>Create a new cache…</source>
        <translation>Create a new cache…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Rebuilding makes a new cache that keeps your ratings, coaching notes, alert snoozes, snapshots and lexicon history; the next sync downloads the CRM&apos;s records again. The damaged file is kept as a backup.</source>
        <translation>Rebuilding makes a new cache that keeps your ratings, coaching notes, alert snoozes, snapshots and lexicon history; the next sync downloads the CRM&apos;s records again. The damaged file is kept as a backup.</translation>
    </message>
    <message>
        <source>Rebuild the cache…</source>
        <translation>Rebuild the cache…</translation>
    </message>
</context>
<context>
    <name>dp::CoachingNotesPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching notes</translation>
    </message>
    <message>
        <source>No coaching notes yet.</source>
        <translation>No coaching notes yet.</translation>
    </message>
    <message>
        <source>Coaching note text</source>
        <translation>Coaching note text</translation>
    </message>
    <message>
        <source>Write a coaching note for the rep…</source>
        <translation>Write a coaching note for the rep…</translation>
    </message>
    <message>
        <source>Only the author can edit a note</source>
        <translation>Only the author can edit a note</translation>
    </message>
    <message>
        <source>Only the author can delete a note</source>
        <translation>Only the author can delete a note</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Delete the note?</source>
        <translation>Delete the note?</translation>
    </message>
    <message>
        <source>Delete the coaching note “%1”? This cannot be undone.</source>
        <translation>Delete the coaching note “%1”? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>dp::CrmConnectionsPage</name>
    <message>
        <source>Sync when Dealpulse starts</source>
        <translation>Sync when Dealpulse starts</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>HubSpot — private app token</source>
        <translation>HubSpot — private app token</translation>
    </message>
    <message>
        <source>HubSpot — OAuth app</source>
        <translation>HubSpot — OAuth app</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API address</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Saved in the keychain; leave empty to keep it</source>
        <translation>Saved in the keychain; leave empty to keep it</translation>
    </message>
    <message>
        <source>Enter the credentials first.</source>
        <translation>Enter the credentials first.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Connected to HubSpot.</source>
        <translation>Connected to HubSpot.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation>The keychain refused to store the secret: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Salesforce — OAuth connected app</source>
        <translation>Salesforce — OAuth connected app</translation>
    </message>
    <message>
        <source>Salesforce — access token</source>
        <translation>Salesforce — access token</translation>
    </message>
    <message>
        <source>Use https://test.salesforce.com for a sandbox.</source>
        <translation>Use https://test.salesforce.com for a sandbox.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Sign-in address</translation>
    </message>
    <message>
        <source>What to sync (users, stages and pipelines always)</source>
        <translation>What to sync (users, stages and pipelines always)</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Instance address</translation>
    </message>
    <message>
        <source>From the sign-in (e.g. https://acme.my.salesforce.com)</source>
        <translation>From the sign-in (e.g. https://acme.my.salesforce.com)</translation>
    </message>
    <message>
        <source>e.g. https://acme.my.salesforce.com</source>
        <translation>e.g. https://acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>Enter the Salesforce instance address first.</source>
        <translation>Enter the Salesforce instance address first.</translation>
    </message>
    <message>
        <source>Connected to Salesforce.</source>
        <translation>Connected to Salesforce.</translation>
    </message>
    <message>
        <source>The test stopped on an unexpected error (%1).</source>
        <translation>The test stopped on an unexpected error (%1).</translation>
    </message>
    <message>
        <source>The test stopped on an unexpected error.</source>
        <translation>The test stopped on an unexpected error.</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Sign in with the browser…</translation>
    </message>
    <message>
        <source>Paste a refresh token instead (advanced)</source>
        <translation>Paste a refresh token instead (advanced)</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of your app first.</source>
        <translation>Enter the client ID and the client secret of your app first.</translation>
    </message>
    <message>
        <source>You are signed in, but the keychain refused to store the sign-in: %1</source>
        <translation>You are signed in, but the keychain refused to store the sign-in: %1</translation>
    </message>
    <message>
        <source>Signed in to Salesforce. The connection is saved; the sign-in is in the keychain.</source>
        <translation>Signed in to Salesforce. The connection is saved; the sign-in is in the keychain.</translation>
    </message>
    <message>
        <source>Signed in to HubSpot. The connection is saved; the sign-in is in the keychain.</source>
        <translation>Signed in to HubSpot. The connection is saved; the sign-in is in the keychain.</translation>
    </message>
</context>
<context>
    <name>dp::DealView</name>
    <message>
        <source>← Pipeline</source>
        <translation>← Pipeline</translation>
    </message>
    <message>
        <source>Back to the pipeline (Esc)</source>
        <translation>Back to the pipeline (Esc)</translation>
    </message>
    <message>
        <source>Back to the pipeline</source>
        <translation>Back to the pipeline</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Timeline, newest first</translation>
    </message>
    <message>
        <source>Close date, stage and amount history</source>
        <translation>Close date, stage and amount history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Loading the deal…</source>
        <translation>Loading the deal…</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n interaction(s), newest first</source>
        <translation>
            <numerusform>Timeline: %n interaction, newest first</numerusform>
            <numerusform>Timeline: %n interactions, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching notes (%1)</source>
        <translation>Coaching notes (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>closes %1</translation>
    </message>
    <message>
        <source>%1 · %2/100</source>
        <translation>%1 · %2/100</translation>
    </message>
    <message>
        <source>Health: %1, score %2 of 100</source>
        <translation>Health: %1, score %2 of 100</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Not scored yet</translation>
    </message>
    <message>
        <source>Buyer last engaged today</source>
        <translation>Buyer last engaged today</translation>
    </message>
    <message numerus="yes">
        <source>Buyer last engaged %n day(s) ago</source>
        <translation>
            <numerusform>Buyer last engaged %n day ago</numerusform>
            <numerusform>Buyer last engaged %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>The buyer has not engaged yet</source>
        <translation>The buyer has not engaged yet</translation>
    </message>
    <message>
        <source>Last 4 weeks: %1 inbound, %2 outbound</source>
        <translation>Last 4 weeks: %1 inbound, %2 outbound</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer contact(s) engaged in 60 days</source>
        <translation>
            <numerusform>%n buyer contact engaged in 60 days</numerusform>
            <numerusform>%n buyer contacts engaged in 60 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyer sentiment %1</source>
        <translation>Buyer sentiment %1</translation>
    </message>
    <message>
        <source>(rising %1)</source>
        <translation>(rising %1)</translation>
    </message>
    <message>
        <source>(falling %1)</source>
        <translation>(falling %1)</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Figures as of %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>No changes recorded</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <source>The note was not changed</source>
        <translation>The note was not changed</translation>
    </message>
    <message>
        <source>The note was not deleted</source>
        <translation>The note was not deleted</translation>
    </message>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The rating was not taken back</source>
        <translation>The rating was not taken back</translation>
    </message>
    <message>
        <source>The rating was not saved</source>
        <translation>The rating was not saved</translation>
    </message>
    <message>
        <source>The notes could not be read again</source>
        <translation>The notes could not be read again</translation>
    </message>
</context>
<context>
    <name>dp::ExportDialog</name>
    <message>
        <source>Every deal, open and closed</source>
        <translation>Every deal, open and closed</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Health: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Export snapshot</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation>%1 files (%2)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV (comma-separated)</source>
        <translation>CSV (comma-separated)</translation>
    </message>
    <message>
        <source>JSON snapshot</source>
        <translation>JSON snapshot</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Stored snapshot %1</source>
        <translation>Stored snapshot %1</translation>
    </message>
    <message>
        <source>The pipeline as it is now</source>
        <translation>The pipeline as it is now</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Deals:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Evaluating the pipeline…</source>
        <translation>Evaluating the pipeline…</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>There is no snapshot %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
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
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Also save a description (.csv.json) with the filters and a checksum</source>
        <translation>Also save a description (.csv.json) with the filters and a checksum</translation>
    </message>
</context>
<context>
    <name>dp::ForecastSettingsPage</name>
    <message>
        <source>Take a snapshot automatically every week</source>
        <translation>Take a snapshot automatically every week</translation>
    </message>
    <message>
        <source>Commit from stage probability</source>
        <translation>Commit from stage probability</translation>
    </message>
    <message>
        <source>Best case from stage probability</source>
        <translation>Best case from stage probability</translation>
    </message>
    <message>
        <source>Day of the weekly snapshot</source>
        <translation>Day of the weekly snapshot</translation>
    </message>
    <message>
        <source>Hour of the weekly snapshot</source>
        <translation>Hour of the weekly snapshot</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Used for deals whose CRM gives no forecast category of its own. Below best case a deal is pipeline.</source>
        <translation>Used for deals whose CRM gives no forecast category of its own. Below best case a deal is pipeline.</translation>
    </message>
    <message>
        <source>Commit from stage probability:</source>
        <translation>Commit from stage probability:</translation>
    </message>
    <message>
        <source>Best case from stage probability:</source>
        <translation>Best case from stage probability:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Hour (your time zone):</source>
        <translation>Hour (your time zone):</translation>
    </message>
</context>
<context>
    <name>dp::InteractionReader</name>
    <message>
        <source>Interaction content</source>
        <translation>Interaction content</translation>
    </message>
    <message>
        <source>+ Positive</source>
        <translation>+ Positive</translation>
    </message>
    <message>
        <source>Rate this interaction positive</source>
        <translation>Rate this interaction positive</translation>
    </message>
    <message>
        <source>Rate positive</source>
        <translation>Rate positive</translation>
    </message>
    <message>
        <source>− Negative</source>
        <translation>− Negative</translation>
    </message>
    <message>
        <source>Rate this interaction negative</source>
        <translation>Rate this interaction negative</translation>
    </message>
    <message>
        <source>Rate negative</source>
        <translation>Rate negative</translation>
    </message>
    <message>
        <source>Optional note: why? (Enter saves)</source>
        <translation>Optional note: why? (Enter saves)</translation>
    </message>
    <message>
        <source>Rating note</source>
        <translation>Rating note</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Your rating:</translation>
    </message>
    <message>
        <source>Select an interaction in the timeline to read it</source>
        <translation>Select an interaction in the timeline to read it</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>driven by %1</translation>
    </message>
    <message>
        <source>No sentiment score</source>
        <translation>No sentiment score</translation>
    </message>
    <message>
        <source>Show the rest</source>
        <translation>Show the rest</translation>
    </message>
    <message>
        <source>Show the rest of this email</source>
        <translation>Show the rest of this email</translation>
    </message>
    <message>
        <source>This email is long: the rest is shown as plain text</source>
        <translation>This email is long: the rest is shown as plain text</translation>
    </message>
    <message>
        <source>Preparing this long email…</source>
        <translation>Preparing this long email…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Preparing this long text…</source>
        <translation>Preparing this long text…</translation>
    </message>
</context>
<context>
    <name>dp::LastSyncDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>The sync completed.</source>
        <translation>The sync completed.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>The sync failed.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Took</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Records written</translation>
    </message>
    <message>
        <source>Deals updated</source>
        <translation>Deals updated</translation>
    </message>
    <message>
        <source>Need a look</source>
        <translation>Need a look</translation>
    </message>
    <message>
        <source>No warnings: everything the CRM sent was read.</source>
        <translation>No warnings: everything the CRM sent was read.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the sync went on; these records or objects were kept as well as they could be, or skipped.</source>
        <translation>
            <numerusform>%n warning: the sync went on; these records or objects were kept as well as they could be, or skipped.</numerusform>
            <numerusform>%n warnings: the sync went on; these records or objects were kept as well as they could be, or skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync warnings</source>
        <translation>Sync warnings</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first %n are listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>under a second</translation>
    </message>
</context>
<context>
    <name>dp::LexiconView</name>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Terms the ratings taught the sentiment scorer. A positive weight makes texts with the term score higher.</source>
        <translation>Terms the ratings taught the sentiment scorer. A positive weight makes texts with the term score higher.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Learned weight</source>
        <translation>Learned weight</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Because</translation>
    </message>
    <message>
        <source>Reset learned weight</source>
        <translation>Reset learned weight</translation>
    </message>
    <message>
        <source>Forget what the ratings so far taught this term; later ratings teach it again.</source>
        <translation>Forget what the ratings so far taught this term; later ratings teach it again.</translation>
    </message>
    <message>
        <source>Term history</source>
        <translation>Term history</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Terms moved</source>
        <translation>Terms moved</translation>
    </message>
    <message>
        <source>Undo version</source>
        <translation>Undo version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Rescore now</source>
        <translation>Rescore now</translation>
    </message>
    <message>
        <source>Score every interaction again with the current lexicon.</source>
        <translation>Score every interaction again with the current lexicon.</translation>
    </message>
    <message>
        <source>Some interaction scores predate the latest lexicon version.</source>
        <translation>Some interaction scores predate the latest lexicon version.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (undone)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>%1 rated “%2” positive</source>
        <translation>%1 rated “%2” positive</translation>
    </message>
    <message>
        <source>%1 rated “%2” negative</source>
        <translation>%1 rated “%2” negative</translation>
    </message>
    <message>
        <source>Positive rating of “%2” by %1 removed</source>
        <translation>Positive rating of “%2” by %1 removed</translation>
    </message>
    <message>
        <source>Negative rating of “%2” by %1 removed</source>
        <translation>Negative rating of “%2” by %1 removed</translation>
    </message>
    <message>
        <source>“%1” reset</source>
        <translation>“%1” reset</translation>
    </message>
    <message>
        <source>Reset of “%1” undone</source>
        <translation>Reset of “%1” undone</translation>
    </message>
    <message>
        <source>Select a term to see which ratings moved it.</source>
        <translation>Select a term to see which ratings moved it.</translation>
    </message>
    <message>
        <source>How “%1” was learned, newest first:</source>
        <translation>How “%1” was learned, newest first:</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Lexicon</source>
        <translation>Lexicon</translation>
    </message>
    <message>
        <source>Rescoring interactions with the new lexicon…</source>
        <translation>Rescoring interactions with the new lexicon…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Rescoring failed: %1</source>
        <translation>Rescoring failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rescoring cancelled; %n interaction(s) already have their new score.</source>
        <translation>
            <numerusform>Rescoring cancelled; %n interaction already has its new score.</numerusform>
            <numerusform>Rescoring cancelled; %n interactions already have their new score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rescoring done: %n interaction(s) changed score.</source>
        <translation>
            <numerusform>Rescoring done: %n interaction changed score.</numerusform>
            <numerusform>Rescoring done: %n interactions changed score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) updated.</source>
        <translation>
            <numerusform>%n deal updated.</numerusform>
            <numerusform>%n deals updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned terms</source>
        <translation>Learned terms</translation>
    </message>
    <message>
        <source>Lexicon versions</source>
        <translation>Lexicon versions</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Lexicon version (SHA-256 of the learned weights): %1</source>
        <translation>Lexicon version (SHA-256 of the learned weights): %1</translation>
    </message>
    <message>
        <source>Lexicon version %1</source>
        <translation>Lexicon version %1</translation>
    </message>
    <message>
        <source>The team&apos;s new ratings could not be learned: %1</source>
        <translation>The team&apos;s new ratings could not be learned: %1</translation>
    </message>
</context>
<context>
    <name>dp::MainWindow</name>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Team roll-up</source>
        <translation>Team roll-up</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Lexicon</source>
        <translation>Lexicon</translation>
    </message>
    <message>
        <source>Last opened &amp;deal</source>
        <translation>Last opened &amp;deal</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Search the pipeline</source>
        <translation>&amp;Search the pipeline</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>No cache open</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>Reading the pipeline…</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Demo data from %1</source>
        <translation>Demo data from %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>figures as of %1</source>
        <translation>figures as of %1</translation>
    </message>
    <message numerus="yes">
        <source>going dark after %n day(s)</source>
        <translation>
            <numerusform>going dark after %n day</numerusform>
            <numerusform>going dark after %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language applies when Dealpulse starts again.</source>
        <translation>The new language applies when Dealpulse starts again.</translation>
    </message>
    <message>
        <source>Updating deal health…</source>
        <translation>Updating deal health…</translation>
    </message>
    <message>
        <source>Connect a CRM</source>
        <translation>Connect a CRM</translation>
    </message>
    <message>
        <source>No CRM connection is set up yet. Add one under Settings → CRM.</source>
        <translation>No CRM connection is set up yet. Add one under Settings → CRM.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>&amp;Take snapshot…</source>
        <translation>&amp;Take snapshot…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the figures keep the earlier settings (going dark after %n day(s)).</source>
        <translation>
            <numerusform>Cancelled: the figures keep the earlier settings (going dark after %n day).</numerusform>
            <numerusform>Cancelled: the figures keep the earlier settings (going dark after %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another task is running; the figures are updated when Dealpulse starts again.</source>
        <translation>Another task is running; the figures are updated when Dealpulse starts again.</translation>
    </message>
    <message>
        <source>Dealpulse: the cache is damaged</source>
        <translation>Dealpulse: the cache is damaged</translation>
    </message>
    <message>
        <source>Deals, emails and the other CRM records can be downloaded again, but your ratings, coaching notes and snapshots are only in this file. Rebuild the cache to keep them in a new file and download the rest again with the next sync; the damaged file is kept as a backup. Or back the file up now, as it is, for recovery tools (for example sqlite3&apos;s .recover command).</source>
        <translation>Deals, emails and the other CRM records can be downloaded again, but your ratings, coaching notes and snapshots are only in this file. Rebuild the cache to keep them in a new file and download the rest again with the next sync; the damaged file is kept as a backup. Or back the file up now, as it is, for recovery tools (for example sqlite3&apos;s .recover command).</translation>
    </message>
    <message>
        <source>Rebuild the cache…</source>
        <translation>Rebuild the cache…</translation>
    </message>
    <message>
        <source>Back up the file</source>
        <translation>Back up the file</translation>
    </message>
    <message>
        <source>Continue without a copy</source>
        <translation>Continue without a copy</translation>
    </message>
    <message>
        <source>The cache was copied to %1.</source>
        <translation>The cache was copied to %1.</translation>
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation>Rebuild the cache</translation>
    </message>
    <message>
        <source>A sync is running. Rebuild the cache when it has finished, or cancel it.</source>
        <translation>A sync is running. Rebuild the cache when it has finished, or cancel it.</translation>
    </message>
    <message>
        <source>Another task is running. Rebuild the cache when it has finished.</source>
        <translation>Another task is running. Rebuild the cache when it has finished.</translation>
    </message>
    <message>
        <source>Rebuilding the cache…</source>
        <translation>Rebuilding the cache…</translation>
    </message>
    <message>
        <source>Rebuild cancelled: the cache is as it was.</source>
        <translation>Rebuild cancelled: the cache is as it was.</translation>
    </message>
    <message>
        <source>A sync started while the cache was being rebuilt, so the rebuilt cache was not put in place. Rebuild again when the sync has finished.</source>
        <translation>A sync started while the cache was being rebuilt, so the rebuilt cache was not put in place. Rebuild again when the sync has finished.</translation>
    </message>
    <message>
        <source>No CRM connection is set up yet: add one under Settings → CRM, then choose File → Sync now.</source>
        <translation>No CRM connection is set up yet: add one under Settings → CRM, then choose File → Sync now.</translation>
    </message>
    <message>
        <source>Dealpulse is still reading the cache, so the rebuilt cache was not put in place. Rebuild again in a moment.</source>
        <translation>Dealpulse is still reading the cache, so the rebuilt cache was not put in place. Rebuild again in a moment.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Dealpulse</source>
        <translation>&amp;About Dealpulse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Creating the demo pipeline…</source>
        <translation>Creating the demo pipeline…</translation>
    </message>
    <message>
        <source>The demo pipeline could not be created.</source>
        <translation>The demo pipeline could not be created.</translation>
    </message>
    <message>
        <source>The new formats apply when Dealpulse starts again.</source>
        <translation>The new formats apply when Dealpulse starts again.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>dp::OpenInCrm</name>
    <message>
        <source>Open in CRM</source>
        <translation>Open in CRM</translation>
    </message>
    <message>
        <source>Open in HubSpot</source>
        <translation>Open in HubSpot</translation>
    </message>
    <message>
        <source>Open in Salesforce</source>
        <translation>Open in Salesforce</translation>
    </message>
    <message>
        <source>Opens this deal in your web browser</source>
        <translation>Opens this deal in your web browser</translation>
    </message>
    <message>
        <source>This deal is demo data: it has no page in a CRM.</source>
        <translation>This deal is demo data: it has no page in a CRM.</translation>
    </message>
    <message>
        <source>The HubSpot account is not known yet: sync once to link deals to it.</source>
        <translation>The HubSpot account is not known yet: sync once to link deals to it.</translation>
    </message>
    <message>
        <source>The Salesforce address is not known yet: sync once to link deals to it.</source>
        <translation>The Salesforce address is not known yet: sync once to link deals to it.</translation>
    </message>
    <message>
        <source>This deal&apos;s id from the CRM is not one a link can be made from.</source>
        <translation>This deal&apos;s id from the CRM is not one a link can be made from.</translation>
    </message>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>The web browser could not be started to open %1.</source>
        <translation>The web browser could not be started to open %1.</translation>
    </message>
</context>
<context>
    <name>dp::PageNavigator</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>The buyer has never replied; counted from the deal&apos;s creation.</source>
        <translation>The buyer has never replied; counted from the deal&apos;s creation.</translation>
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
        <source>Buyer contacts engaged in the last 60 days (1 = single-threaded)</source>
        <translation>Buyer contacts engaged in the last 60 days (1 = single-threaded)</translation>
    </message>
    <message>
        <source>How many times the close date moved later</source>
        <translation>How many times the close date moved later</translation>
    </message>
    <message>
        <source>Mean sentiment of the buyer&apos;s messages in the last 28 days, from −1 to +1</source>
        <translation>Mean sentiment of the buyer&apos;s messages in the last 28 days, from −1 to +1</translation>
    </message>
    <message>
        <source>Silent (d)</source>
        <translation>Silent (d)</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
</context>
<context>
    <name>dp::PipelinePage</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
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
        <source>Close quarter</source>
        <translation>Close quarter</translation>
    </message>
    <message>
        <source>Search deals, accounts and every email, meeting and call (Ctrl+F)</source>
        <translation>Search deals, accounts and every email, meeting and call (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the pipeline</source>
        <translation>Search the pipeline</translation>
    </message>
    <message>
        <source>Show %1 deals</source>
        <translation>Show %1 deals</translation>
    </message>
    <message>
        <source>Show or hide %1 deals</source>
        <translation>Show or hide %1 deals</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>All reps</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All forecast categories</source>
        <translation>All forecast categories</translation>
    </message>
    <message>
        <source>Any close quarter</source>
        <translation>Any close quarter</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Totals of the deals shown</source>
        <translation>Totals of the deals shown</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the whole pipeline…</source>
        <translation>Reading the whole pipeline…</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Open deal</translation>
    </message>
</context>
<context>
    <name>dp::RollupModel</name>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 from %3</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Buyer interactions in the last 28 days, against the 28 days before</source>
        <translation>Buyer interactions in the last 28 days, against the 28 days before</translation>
    </message>
    <message>
        <source>Manager / rep</source>
        <translation>Manager / rep</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Open pipeline</translation>
    </message>
    <message>
        <source>Going dark</source>
        <translation>Going dark</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Inbound (28d)</source>
        <translation>Inbound (28d)</translation>
    </message>
    <message>
        <source>Outbound (28d)</source>
        <translation>Outbound (28d)</translation>
    </message>
</context>
<context>
    <name>dp::RollupPage</name>
    <message>
        <source>Team roll-up</source>
        <translation>Team roll-up</translation>
    </message>
    <message>
        <source>Select a manager or rep to filter the pipeline to them; press Enter to open it.</source>
        <translation>Select a manager or rep to filter the pipeline to them; press Enter to open it.</translation>
    </message>
</context>
<context>
    <name>dp::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Going dark after</source>
        <translation>Going dark after</translation>
    </message>
    <message>
        <source>A deal goes &amp;dark after</source>
        <translation>A deal goes &amp;dark after</translation>
    </message>
    <message>
        <source>e.g. example.com, example.co.uk</source>
        <translation>e.g. example.com, example.co.uk</translation>
    </message>
    <message>
        <source>Our email domains</source>
        <translation>Our email domains</translation>
    </message>
    <message>
        <source>Our email &amp;domains</source>
        <translation>Our email &amp;domains</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Applies when Dealpulse starts again.</source>
        <translation>Applies when Dealpulse starts again.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Cache location</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Default location</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Dealpulse cache (*.sqlite)</source>
        <translation>Dealpulse cache (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Cache file</source>
        <translation>&amp;Cache file</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Currencies</translation>
    </message>
    <message>
        <source>Alerts are ranked by amount × risk × closeness. Amounts are compared in the reporting currency: deals in another currency are converted with the rates below; without a rate, a deal counts by its size relative to the typical open deal in its own currency.</source>
        <translation>Alerts are ranked by amount × risk × closeness. Amounts are compared in the reporting currency: deals in another currency are converted with the rates below; without a rate, a deal counts by its size relative to the typical open deal in its own currency.</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Reporting currency</translation>
    </message>
    <message>
        <source>The currency most deals are in</source>
        <translation>The currency most deals are in</translation>
    </message>
    <message>
        <source>&amp;Reporting currency</source>
        <translation>&amp;Reporting currency</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Exchange rates</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Worth in the reporting currency</source>
        <translation>Worth in the reporting currency</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Add rate</translation>
    </message>
    <message>
        <source>Re&amp;move rate</source>
        <translation>Re&amp;move rate</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Flag a deal at risk when the buyer is silent far longer than usual</source>
        <translation>Flag a deal at risk when the buyer is silent far longer than usual</translation>
    </message>
    <message>
        <source>Marks a deal at risk when the buyer&apos;s silence is well beyond the gaps between their own recent replies (at least a week), even before it goes dark.</source>
        <translation>Marks a deal at risk when the buyer&apos;s silence is well beyond the gaps between their own recent replies (at least a week), even before it goes dark.</translation>
    </message>
    <message>
        <source>Buyer&apos;s rhythm</source>
        <translation>Buyer&apos;s rhythm</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;rhythm</source>
        <translation>Buyer&apos;s &amp;rhythm</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>Background sync</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs with the saved CRM connection while Dealpulse is open; waits while the system says the connection is offline or metered.</source>
        <translation>Syncs with the saved CRM connection while Dealpulse is open; waits while the system says the connection is offline or metered.</translation>
    </message>
    <message>
        <source>Background &amp;sync</source>
        <translation>Background &amp;sync</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>This desktop has no system tray.</translation>
    </message>
    <message>
        <source>Tray &amp;icon</source>
        <translation>Tray &amp;icon</translation>
    </message>
    <message>
        <source>Show the number of new alerts in the system tray</source>
        <translation>Show the number of new alerts in the system tray</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>&amp;Formats</source>
        <translation>&amp;Formats</translation>
    </message>
    <message>
        <source>How dates, numbers and amounts are written. Applies when Dealpulse starts again; exports keep their own formats.</source>
        <translation>How dates, numbers and amounts are written. Applies when Dealpulse starts again; exports keep their own formats.</translation>
    </message>
</context>
<context>
    <name>dp::SignInDialog</name>
    <message>
        <source>Open the browser again</source>
        <translation>Open the browser again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <source>Dealpulse opened the %1 sign-in page in your web browser. Sign in there and allow access; this window closes by itself when %1 answers.</source>
        <translation>Dealpulse opened the %1 sign-in page in your web browser. Sign in there and allow access; this window closes by itself when %1 answers.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Dealpulse asks %1 to read (it never changes anything there):</source>
        <translation>Dealpulse asks %1 to read (it never changes anything there):</translation>
    </message>
    <message>
        <source>The sign-in is kept in the system keychain, never in a file. No password passes through Dealpulse.</source>
        <translation>The sign-in is kept in the system keychain, never in a file. No password passes through Dealpulse.</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Waiting for %1…</translation>
    </message>
    <message>
        <source>No web browser could be opened. Set a default browser for this computer.</source>
        <translation>No web browser could be opened. Set a default browser for this computer.</translation>
    </message>
    <message>
        <source>deals and their pipelines</source>
        <translation>deals and their pipelines</translation>
    </message>
    <message>
        <source>contacts, calls, meetings and notes</source>
        <translation>contacts, calls, meetings and notes</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>companies</translation>
    </message>
    <message>
        <source>emails logged on deals and contacts</source>
        <translation>emails logged on deals and contacts</translation>
    </message>
    <message>
        <source>the users who own deals</source>
        <translation>the users who own deals</translation>
    </message>
    <message>
        <source>call transcripts</source>
        <translation>call transcripts</translation>
    </message>
    <message>
        <source>your data through the REST API, with your own permissions</source>
        <translation>your data through the REST API, with your own permissions</translation>
    </message>
    <message>
        <source>stay signed in, so syncs need no new sign-in</source>
        <translation>stay signed in, so syncs need no new sign-in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The sign-in did not complete; the reason is below. Nothing was saved.</source>
        <translation>The sign-in did not complete; the reason is below. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>dp::SnapshotHistoryView</name>
    <message>
        <source>Take snapshot</source>
        <translation>Take snapshot</translation>
    </message>
    <message>
        <source>What is this snapshot for?</source>
        <translation>What is this snapshot for?</translation>
    </message>
    <message>
        <source>Forecast call</source>
        <translation>Forecast call</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation>Take snapshot…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Select two snapshots to see what changed between them.</source>
        <translation>Select two snapshots to see what changed between them.</translation>
    </message>
    <message>
        <source>Select two snapshots and press Compare.</source>
        <translation>Select two snapshots and press Compare.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation>Select a snapshot.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Health-adjusted</source>
        <translation>Health-adjusted</translation>
    </message>
    <message>
        <source>Win rate per health band, from this team&apos;s closed deals</source>
        <translation>Win rate per health band, from this team&apos;s closed deals</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
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
        <source>Sample size</source>
        <translation>Sample size</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2</source>
        <translation>Snapshot %1, taken %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n change(s) in the quarter %3 – %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n change in the quarter %3 – %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n changes in the quarter %3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
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
        <source>Snapshot as of</source>
        <translation>Snapshot as of</translation>
    </message>
    <message>
        <source>Accuracy shows once a snapshot&apos;s quarter has closed: then its forecast is held against what actually closed.</source>
        <translation>Accuracy shows once a snapshot&apos;s quarter has closed: then its forecast is held against what actually closed.</translation>
    </message>
    <message>
        <source>Each snapshot&apos;s forecast for its quarter against what actually closed: max(0, 1 − |actual − forecast| / actual).</source>
        <translation>Each snapshot&apos;s forecast for its quarter against what actually closed: max(0, 1 − |actual − forecast| / actual).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshot(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshot.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshots.</numerusform>
        </translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation>no history yet</translation>
    </message>
    <message>
        <source>overall rate</source>
        <translation>overall rate</translation>
    </message>
    <message>
        <source>Changes between the snapshots</source>
        <translation>Changes between the snapshots</translation>
    </message>
    <message>
        <source>Forecast accuracy per snapshot</source>
        <translation>Forecast accuracy per snapshot</translation>
    </message>
    <message>
        <source>Health-adjusted forecast</source>
        <translation>Health-adjusted forecast</translation>
    </message>
    <message>
        <source>Win rate per health band</source>
        <translation>Win rate per health band</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Compare snapshots</translation>
    </message>
    <message>
        <source>Taken by you (%1)</source>
        <translation>Taken by you (%1)</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Taken by %1</translation>
    </message>
</context>
<context>
    <name>dp::SnapshotsPage</name>
    <message>
        <source>The weekly snapshot could not be taken: %1</source>
        <translation>The weekly snapshot could not be taken: %1</translation>
    </message>
</context>
<context>
    <name>dp::SnoozeDialog</name>
    <message>
        <source>Snooze alert</source>
        <translation>Snooze alert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buyer is on holiday</source>
        <translation>Buyer is on holiday</translation>
    </message>
    <message>
        <source>Waiting for legal or procurement</source>
        <translation>Waiting for legal or procurement</translation>
    </message>
    <message>
        <source>Rep is in touch by phone</source>
        <translation>Rep is in touch by phone</translation>
    </message>
    <message>
        <source>Budget decision next quarter</source>
        <translation>Budget decision next quarter</translation>
    </message>
    <message>
        <source>Why is this deal quiet?</source>
        <translation>Why is this deal quiet?</translation>
    </message>
    <message>
        <source>Alert again on</source>
        <translation>Alert again on</translation>
    </message>
    <message>
        <source>Snooze the alert for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Snooze the alert for &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Alert again on</source>
        <translation>&amp;Alert again on</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
</context>
<context>
    <name>dp::SnoozesModel</name>
    <message>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <source>Back in alerts</source>
        <translation>Back in alerts</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Health then</source>
        <translation>Health then</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Resumes on</source>
        <translation>Resumes on</translation>
    </message>
    <message>
        <source>Snoozed by</source>
        <translation>Snoozed by</translation>
    </message>
    <message>
        <source>Snoozed on</source>
        <translation>Snoozed on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dp::StatusTasks</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Cancel the running task</translation>
    </message>
</context>
<context>
    <name>dp::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancel the sync</translation>
    </message>
    <message>
        <source>Starting the sync…</source>
        <translation>Starting the sync…</translation>
    </message>
    <message>
        <source>When the last sync ended, what it wrote, its warnings and errors</source>
        <translation>When the last sync ended, what it wrote, its warnings and errors</translation>
    </message>
    <message>
        <source>Last sync cancelled</source>
        <translation>Last sync cancelled</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Last sync failed</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n warning(s)</source>
        <translation>
            <numerusform>Last sync: %n warning</numerusform>
            <numerusform>Last sync: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
</context>
<context>
    <name>dp::TeamSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the stored one</source>
        <translation>Kept in the keychain; leave empty to keep the stored one</translation>
    </message>
    <message>
        <source>Share ratings, coaching notes and snapshots with your team through a PostgreSQL server. Your administrator gives you its address and your login.</source>
        <translation>Share ratings, coaching notes and snapshots with your team through a PostgreSQL server. Your administrator gives you its address and your login.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;User (email):</source>
        <translation>&amp;User (email):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>The password could not be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved: no team server.</source>
        <translation>Saved: no team server.</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Enter the server address first.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep</translation>
    </message>
    <message>
        <source>Connected: schema version %1; your role: %2.</source>
        <translation>Connected: schema version %1; your role: %2.</translation>
    </message>
    <message>
        <source>Connected: schema version %1; your role: %2 in the team %3.</source>
        <translation>Connected: schema version %1; your role: %2 in the team %3.</translation>
    </message>
</context>
<context>
    <name>dp::TeamStatusLabel</name>
    <message>
        <source>Team: …</source>
        <translation>Team: …</translation>
    </message>
    <message numerus="yes">
        <source>Team: %n unsent</source>
        <translation>
            <numerusform>Team: %n unsent</numerusform>
            <numerusform>Team: %n unsent</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not yet sent to the team server; they go with the next team sync.</source>
        <translation>Changes not yet sent to the team server; they go with the next team sync.</translation>
    </message>
    <message>
        <source>Team: up to date</source>
        <translation>Team: up to date</translation>
    </message>
    <message>
        <source>Everything you can share is on the team server; your snapshots stay on this desktop, since only managers share snapshots.</source>
        <translation>Everything you can share is on the team server; your snapshots stay on this desktop, since only managers share snapshots.</translation>
    </message>
    <message>
        <source>Everything is shared with the team server.</source>
        <translation>Everything is shared with the team server.</translation>
    </message>
    <message numerus="yes">
        <source>Team: offline, %n unsent</source>
        <translation>
            <numerusform>Team: offline, %n unsent</numerusform>
            <numerusform>Team: offline, %n unsent</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Team: offline</translation>
    </message>
</context>
<context>
    <name>dp::TimelineDelegate</name>
    <message>
        <source>You rated it positive</source>
        <translation>You rated it positive</translation>
    </message>
    <message>
        <source>You rated it negative</source>
        <translation>You rated it negative</translation>
    </message>
</context>
<context>
    <name>dp::TimelineModel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Positive %1</source>
        <translation>Positive %1</translation>
    </message>
    <message>
        <source>Negative %1</source>
        <translation>Negative %1</translation>
    </message>
    <message>
        <source>Neutral %1</source>
        <translation>Neutral %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Rep tone: %1</source>
        <translation>Rep tone: %1</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>next step scheduled</source>
        <translation>next step scheduled</translation>
    </message>
    <message>
        <source>new stakeholder joined</source>
        <translation>new stakeholder joined</translation>
    </message>
    <message>
        <source>procurement/legal progress</source>
        <translation>procurement/legal progress</translation>
    </message>
    <message>
        <source>status quo</source>
        <translation>status quo</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>delay</translation>
    </message>
    <message>
        <source>budget blocked</source>
        <translation>budget blocked</translation>
    </message>
    <message>
        <source>competitor chosen</source>
        <translation>competitor chosen</translation>
    </message>
    <message>
        <source>champion left</source>
        <translation>champion left</translation>
    </message>
    <message>
        <source>unsubscribe</source>
        <translation>unsubscribe</translation>
    </message>
    <message>
        <source>learned from ratings:</source>
        <translation>learned from ratings:</translation>
    </message>
    <message>
        <source>Terms the learner learned from people&apos;s ratings:</source>
        <translation>Terms the learner learned from people&apos;s ratings:</translation>
    </message>
    <message>
        <source>%1: learned as positive (weight %2)</source>
        <translation>%1: learned as positive (weight %2)</translation>
    </message>
    <message>
        <source>%1: learned as negative (weight %2)</source>
        <translation>%1: learned as negative (weight %2)</translation>
    </message>
</context>
<context>
    <name>dp::TrayNotifier</name>
    <message numerus="yes">
        <source>Dealpulse: %n new alert(s)</source>
        <translation>
            <numerusform>Dealpulse: %n new alert</numerusform>
            <numerusform>Dealpulse: %n new alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Dealpulse: no new alerts</source>
        <translation>Dealpulse: no new alerts</translation>
    </message>
</context>
<context>
    <name>dp::UndoOffer</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Take the last change back (Ctrl+Z)</source>
        <translation>Take the last change back (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
</context>
<context>
    <name>dp::WaterfallChart</name>
    <message>
        <source>Increase</source>
        <translation>Increase</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Decrease</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>dp::WelcomePage</name>
    <message>
        <source>Welcome to Dealpulse</source>
        <translation>Welcome to Dealpulse</translation>
    </message>
    <message>
        <source>See which deals are going dark, how buyers sound and where the forecast stands, from the emails, meetings and calls already in your CRM.</source>
        <translation>See which deals are going dark, how buyers sound and where the forecast stands, from the emails, meetings and calls already in your CRM.</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>Connect HubSpot</translation>
    </message>
    <message>
        <source>Set up the connection to your HubSpot account, then sync its deals.</source>
        <translation>Set up the connection to your HubSpot account, then sync its deals.</translation>
    </message>
    <message>
        <source>Connect Salesforce</source>
        <translation>Connect Salesforce</translation>
    </message>
    <message>
        <source>Set up the connection to your Salesforce org, then sync its opportunities.</source>
        <translation>Set up the connection to your Salesforce org, then sync its opportunities.</translation>
    </message>
    <message>
        <source>Explore the demo pipeline</source>
        <translation>Explore the demo pipeline</translation>
    </message>
    <message>
        <source>A sample sales team with three months of activity, to look around first. Your own cache is left as it is.</source>
        <translation>A sample sales team with three months of activity, to look around first. Your own cache is left as it is.</translation>
    </message>
    <message>
        <source>Dealpulse reads deals, emails, meetings, calls and notes from your CRM, read-only: it never changes anything there. It keeps them on this computer, in a file only your user account can open:</source>
        <translation>Dealpulse reads deals, emails, meetings, calls and notes from your CRM, read-only: it never changes anything there. It keeps them on this computer, in a file only your user account can open:</translation>
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
        <source>--health wants bands from healthy, watch, at_risk, dark, closed, not &apos;%1&apos;</source>
        <translation>--health wants bands from healthy, watch, at_risk, dark, closed, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no snapshot %1</source>
        <translation>there is no snapshot %1</translation>
    </message>
    <message>
        <source>line %1 is not &apos;label&lt;TAB&gt;text&apos; with label 0 or 1</source>
        <translation>line %1 is not &apos;label&lt;TAB&gt;text&apos; with label 0 or 1</translation>
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
        <source>Read &apos;label&lt;TAB&gt;text&apos; lines (1 positive, 0 negative); print &apos;vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive&apos; per line, the adaptive score predicted before the line&apos;s label is learned.</source>
        <translation>Read &apos;label&lt;TAB&gt;text&apos; lines (1 positive, 0 negative); print &apos;vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive&apos; per line, the adaptive score predicted before the line&apos;s label is learned.</translation>
    </message>
    <message>
        <source>Score the interactions of the cache (--db) that have no score yet, with the sales layer and what the stored ratings taught it.</source>
        <translation>Score the interactions of the cache (--db) that have no score yet, with the sales layer and what the stored ratings taught it.</translation>
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
        <source>With --score: &apos;vader&apos; (general English) or &apos;sales&apos; (default).</source>
        <translation>With --score: &apos;vader&apos; (general English) or &apos;sales&apos; (default).</translation>
    </message>
    <message>
        <source>--lexicon wants &apos;vader&apos; or &apos;sales&apos;, not &apos;%1&apos;</source>
        <translation>--lexicon wants &apos;vader&apos; or &apos;sales&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>say what to do: --score, --prequential or --rescore</source>
        <translation>say what to do: --score, --prequential or --rescore</translation>
    </message>
    <message>
        <source>Stores a forecast snapshot of the cache: every deal&apos;s fields, forecast category and health, as they are now (or were at --as-of).</source>
        <translation>Stores a forecast snapshot of the cache: every deal&apos;s fields, forecast category and health, as they are now (or were at --as-of).</translation>
    </message>
    <message>
        <source>What the snapshot is for, e.g. &quot;Week 48 forecast call&quot;.</source>
        <translation>What the snapshot is for, e.g. &quot;Week 48 forecast call&quot;.</translation>
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
        <source>Lists the stored snapshots, newest first.</source>
        <translation>Lists the stored snapshots, newest first.</translation>
    </message>
    <message>
        <source>Compares two stored snapshots: deals added, won, lost, removed, pushed out of or pulled into the period, amount and forecast-category moves, health-band moves, and totals per category.</source>
        <translation>Compares two stored snapshots: deals added, won, lost, removed, pushed out of or pulled into the period, amount and forecast-category moves, health-band moves, and totals per category.</translation>
    </message>
    <message>
        <source>The earlier snapshot&apos;s id.</source>
        <translation>The earlier snapshot&apos;s id.</translation>
    </message>
    <message>
        <source>The later snapshot&apos;s id.</source>
        <translation>The later snapshot&apos;s id.</translation>
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
        <source>Last day of the forecast period (default: end of the quarter of TO&apos;s as-of); the period is the quarter ending then.</source>
        <translation>Last day of the forecast period (default: end of the quarter of TO&apos;s as-of); the period is the quarter ending then.</translation>
    </message>
    <message>
        <source>wants two snapshot ids, FROM and TO</source>
        <translation>wants two snapshot ids, FROM and TO</translation>
    </message>
    <message>
        <source>snapshot ids are whole numbers, not &apos;%1&apos;</source>
        <translation>snapshot ids are whole numbers, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use json or csv</source>
        <translation>unknown format &apos;%1&apos;; use json or csv</translation>
    </message>
    <message>
        <source>--period-end wants a date such as 2026-12-31, not &apos;%1&apos;</source>
        <translation>--period-end wants a date such as 2026-12-31, not &apos;%1&apos;</translation>
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
        <source>, about %1 s left for %2</source>
        <translation>, about %1 s left for %2</translation>
    </message>
    <message>
        <source>HubSpot API address (default %1).</source>
        <translation>HubSpot API address (default %1).</translation>
    </message>
    <message>
        <source>Only these objects, comma-separated (e.g. owners,pipelines,deals).</source>
        <translation>Only these objects, comma-separated (e.g. owners,pipelines,deals).</translation>
    </message>
    <message>
        <source>The instant deal figures are computed as of.</source>
        <translation>The instant deal figures are computed as of.</translation>
    </message>
    <message>
        <source>--source wants &apos;hubspot&apos; or &apos;salesforce&apos;</source>
        <translation>--source wants &apos;hubspot&apos; or &apos;salesforce&apos;</translation>
    </message>
    <message>
        <source>no HubSpot credentials: set DEALPULSE_HUBSPOT_TOKEN, or DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET and DEALPULSE_HUBSPOT_REFRESH_TOKEN</source>
        <translation>no HubSpot credentials: set DEALPULSE_HUBSPOT_TOKEN, or DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET and DEALPULSE_HUBSPOT_REFRESH_TOKEN</translation>
    </message>
    <message>
        <source>--base-url must be an https address (plain http only to this computer)</source>
        <translation>--base-url must be an https address (plain http only to this computer)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Output format: csv, xlsx, pdf or json.</source>
        <translation>Output format: csv, xlsx, pdf or json.</translation>
    </message>
    <message>
        <source>--format is required (csv, xlsx, pdf or json)</source>
        <translation>--format is required (csv, xlsx, pdf or json)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use csv, xlsx, pdf or json</source>
        <translation>unknown format &apos;%1&apos;; use csv, xlsx, pdf or json</translation>
    </message>
    <message>
        <source>Salesforce instance address (default: the one the OAuth sign-in names).</source>
        <translation>Salesforce instance address (default: the one the OAuth sign-in names).</translation>
    </message>
    <message>
        <source>no Salesforce credentials: set DEALPULSE_SALESFORCE_TOKEN, or DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET and DEALPULSE_SALESFORCE_REFRESH_TOKEN</source>
        <translation>no Salesforce credentials: set DEALPULSE_SALESFORCE_TOKEN, or DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET and DEALPULSE_SALESFORCE_REFRESH_TOKEN</translation>
    </message>
    <message>
        <source>DEALPULSE_SALESFORCE_TOKEN needs --instance-url (e.g. https://yourcompany.my.salesforce.com)</source>
        <translation>DEALPULSE_SALESFORCE_TOKEN needs --instance-url (e.g. https://yourcompany.my.salesforce.com)</translation>
    </message>
    <message>
        <source>--instance-url must be an https address (plain http only to this computer)</source>
        <translation>--instance-url must be an https address (plain http only to this computer)</translation>
    </message>
    <message>
        <source>DEALPULSE_SALESFORCE_LOGIN_URL must be an https address (plain http only to this computer)</source>
        <translation>DEALPULSE_SALESFORCE_LOGIN_URL must be an https address (plain http only to this computer)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>notice: %1 replaced the refresh token; the new one is saved in %2 (key %3) and later syncs use it.</source>
        <translation>notice: %1 replaced the refresh token; the new one is saved in %2 (key %3) and later syncs use it.</translation>
    </message>
    <message>
        <source>%1 replaced the refresh token, but %2 would not keep the new one (%3); the next sync needs a new refresh token.</source>
        <translation>%1 replaced the refresh token, but %2 would not keep the new one (%3); the next sync needs a new refresh token.</translation>
    </message>
    <message>
        <source>stopped on an unexpected error (%1)</source>
        <translation>stopped on an unexpected error (%1)</translation>
    </message>
    <message>
        <source>With csv: also write FILE.json beside the table, holding the format, the instants, the filters and the SHA-256 of the deal rows.</source>
        <translation>With csv: also write FILE.json beside the table, holding the format, the instants, the filters and the SHA-256 of the deal rows.</translation>
    </message>
    <message>
        <source>--csv-metadata goes with --format csv</source>
        <translation>--csv-metadata goes with --format csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1 (deal rows SHA-256 %2)</source>
        <translation>
            <numerusform>Exported %n deal to %1 (deal rows SHA-256 %2)</numerusform>
            <numerusform>Exported %n deals to %1 (deal rows SHA-256 %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recomputed %n deal(s).</source>
        <translation>
            <numerusform>recomputed %n deal.</numerusform>
            <numerusform>recomputed %n deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took snapshot %1 (%n deal(s))</source>
        <translation>
            <numerusform>Took snapshot %1 (%n deal)</numerusform>
            <numerusform>Took snapshot %1 (%n deals)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>Wrote %n change to %1</numerusform>
            <numerusform>Wrote %n changes to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 in %2 (%3 deleted) in %4 s; %5; recomputed %6; %7; %8 wait for records not synced.</source>
        <translation>Synced %1 in %2 (%3 deleted) in %4 s; %5; recomputed %6; %7; %8 wait for records not synced.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3): %4, %5, %6 records/s</source>
        <translation>%1 (%2 of %3): %4, %5, %6 records/s</translation>
    </message>
    <message>
        <source>Adds a coaching note to a deal, as the deal page&apos;s notes panel does; it waits in the outbox for the next team sync. Prints the note&apos;s id.</source>
        <translation>Adds a coaching note to a deal, as the deal page&apos;s notes panel does; it waits in the outbox for the next team sync. Prints the note&apos;s id.</translation>
    </message>
    <message>
        <source>The deal, e.g. hubspot:987.</source>
        <translation>The deal, e.g. hubspot:987.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>The note.</translation>
    </message>
    <message>
        <source>--deal wants SOURCE:REMOTE_ID, e.g. hubspot:987</source>
        <translation>--deal wants SOURCE:REMOTE_ID, e.g. hubspot:987</translation>
    </message>
    <message>
        <source>--text TEXT is required</source>
        <translation>--text TEXT is required</translation>
    </message>
    <message>
        <source>a note holds at most 20000 characters</source>
        <translation>a note holds at most 20000 characters</translation>
    </message>
    <message>
        <source>--as EMAIL is required when the login name is unknown</source>
        <translation>--as EMAIL is required when the login name is unknown</translation>
    </message>
    <message>
        <source>the cache has no deal %1</source>
        <translation>the cache has no deal %1</translation>
    </message>
    <message>
        <source>Rates an interaction&apos;s sentiment as the rating buttons do: the learner refits from every rating, and the rating waits in the outbox for the next team sync. Your earlier rating of it is replaced.</source>
        <translation>Rates an interaction&apos;s sentiment as the rating buttons do: the learner refits from every rating, and the rating waits in the outbox for the next team sync. Your earlier rating of it is replaced.</translation>
    </message>
    <message>
        <source>The interaction, e.g. hubspot:12345.</source>
        <translation>The interaction, e.g. hubspot:12345.</translation>
    </message>
    <message>
        <source>The buyer&apos;s mood was better than the score said.</source>
        <translation>The buyer&apos;s mood was better than the score said.</translation>
    </message>
    <message>
        <source>The buyer&apos;s mood was worse than the score said.</source>
        <translation>The buyer&apos;s mood was worse than the score said.</translation>
    </message>
    <message>
        <source>Why, in a few words.</source>
        <translation>Why, in a few words.</translation>
    </message>
    <message>
        <source>wants one of --positive and --negative</source>
        <translation>wants one of --positive and --negative</translation>
    </message>
    <message>
        <source>--interaction wants SOURCE:REMOTE_ID, e.g. hubspot:12345</source>
        <translation>--interaction wants SOURCE:REMOTE_ID, e.g. hubspot:12345</translation>
    </message>
    <message>
        <source>the cache has no interaction %1</source>
        <translation>the cache has no interaction %1</translation>
    </message>
    <message>
        <source>Creates or upgrades the Dealpulse schema on a team server: the roles dealpulse_rep, dealpulse_manager and dealpulse_admin, the shared tables and their row-level security. Run once by an administrator allowed to create roles; running it again is harmless.</source>
        <translation>Creates or upgrades the Dealpulse schema on a team server: the roles dealpulse_rep, dealpulse_manager and dealpulse_admin, the shared tables and their row-level security. Run once by an administrator allowed to create roles; running it again is harmless.</translation>
    </message>
    <message>
        <source>The team schema is up to date (version %1).</source>
        <translation>The team schema is up to date (version %1).</translation>
    </message>
    <message>
        <source>Applied %1 schema step(s); the team schema is now version %2.</source>
        <translation>Applied %1 schema step(s); the team schema is now version %2.</translation>
    </message>
    <message>
        <source>Gives a person a login on the team server, with their role and team. The password is taken from DEALPULSE_NEW_USER_PASSWORD, or made up and printed once on standard output.</source>
        <translation>Gives a person a login on the team server, with their role and team. The password is taken from DEALPULSE_NEW_USER_PASSWORD, or made up and printed once on standard output.</translation>
    </message>
    <message>
        <source>The person&apos;s email, which is also their login.</source>
        <translation>The person&apos;s email, which is also their login.</translation>
    </message>
    <message>
        <source>rep (sees ratings and the coaching notes on their deals), manager (also the notes on their team&apos;s deals and the snapshots) or admin (also adds people).</source>
        <translation>rep (sees ratings and the coaching notes on their deals), manager (also the notes on their team&apos;s deals and the snapshots) or admin (also adds people).</translation>
    </message>
    <message>
        <source>The team the person belongs to; a manager sees their team&apos;s coaching notes.</source>
        <translation>The team the person belongs to; a manager sees their team&apos;s coaching notes.</translation>
    </message>
    <message>
        <source>--email EMAIL is required</source>
        <translation>--email EMAIL is required</translation>
    </message>
    <message>
        <source>--role wants rep, manager or admin</source>
        <translation>--role wants rep, manager or admin</translation>
    </message>
    <message>
        <source>Added %1 as %2; their password is shown above, once.</source>
        <translation>Added %1 as %2; their password is shown above, once.</translation>
    </message>
    <message>
        <source>Added %1 as %2 with the password from DEALPULSE_NEW_USER_PASSWORD.</source>
        <translation>Added %1 as %2 with the password from DEALPULSE_NEW_USER_PASSWORD.</translation>
    </message>
    <message>
        <source>Pushes this cache&apos;s unsent ratings, coaching notes and snapshots to the team server, then pulls what the others shared since the last sync, and publishes the lexicon version the cache then learns. An interrupted sync loses and repeats nothing; run it again.</source>
        <translation>Pushes this cache&apos;s unsent ratings, coaching notes and snapshots to the team server, then pulls what the others shared since the last sync, and publishes the lexicon version the cache then learns. An interrupted sync loses and repeats nothing; run it again.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2 (%3 ratings, %4 coaching notes, %5 snapshots).</source>
        <translation>Pushed %1, pulled %2 (%3 ratings, %4 coaching notes, %5 snapshots).</translation>
    </message>
    <message>
        <source>Shows what the cache holds of the team&apos;s work: ratings, coaching notes, snapshots, changes not yet sent, notes edited on two desktops at once, and the lexicon version (SHA-256 of the learned weights; desktops that pulled the same ratings show the same).</source>
        <translation>Shows what the cache holds of the team&apos;s work: ratings, coaching notes, snapshots, changes not yet sent, notes edited on two desktops at once, and the lexicon version (SHA-256 of the learned weights; desktops that pulled the same ratings show the same).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of lines of text.</source>
        <translation>Print one JSON object instead of lines of text.</translation>
    </message>
    <message>
        <source>Ratings: %1</source>
        <translation>Ratings: %1</translation>
    </message>
    <message>
        <source>Coaching notes: %1 (%2 edited on two desktops)</source>
        <translation>Coaching notes: %1 (%2 edited on two desktops)</translation>
    </message>
    <message>
        <source>Snapshots: %1</source>
        <translation>Snapshots: %1</translation>
    </message>
    <message>
        <source>Unsent changes: %1</source>
        <translation>Unsent changes: %1</translation>
    </message>
    <message>
        <source>Lexicon version: %1</source>
        <translation>Lexicon version: %1</translation>
    </message>
    <message>
        <source>Usage: dealpulse team init|add-user|sync|status [options]
  init       create or upgrade the schema on a team server (--server URL)
  add-user   give a person a login with a role (--email, --role)
  sync       push this cache&apos;s changes, then pull the team&apos;s (--db, --server)
  status     what the cache holds of the team&apos;s work (--db, --json)
</source>
        <translation>Usage: dealpulse team init|add-user|sync|status [options]
  init       create or upgrade the schema on a team server (--server URL)
  add-user   give a person a login with a role (--email, --role)
  sync       push this cache&apos;s changes, then pull the team&apos;s (--db, --server)
  status     what the cache holds of the team&apos;s work (--db, --json)
</translation>
    </message>
    <message>
        <source>The team server: a PostgreSQL address, e.g. postgresql://ana%40example.com@db.example.com/dealpulse (the password comes from DEALPULSE_TEAM_PASSWORD or the keychain; a server not on this computer is reached with TLS and a verified certificate).</source>
        <translation>The team server: a PostgreSQL address, e.g. postgresql://ana%40example.com@db.example.com/dealpulse (the password comes from DEALPULSE_TEAM_PASSWORD or the keychain; a server not on this computer is reached with TLS and a verified certificate).</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL is required</translation>
    </message>
    <message>
        <source>Brings the cache up to date with a CRM: with the connection saved in the window&apos;s Settings → CRM (its secrets from the keychain), or with credentials in the environment, which win. HubSpot credentials: DEALPULSE_HUBSPOT_TOKEN (private app), or DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET and DEALPULSE_HUBSPOT_REFRESH_TOKEN (OAuth). Salesforce credentials: DEALPULSE_SALESFORCE_TOKEN (a session id, with --instance-url), or DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET, DEALPULSE_SALESFORCE_REFRESH_TOKEN and optionally DEALPULSE_SALESFORCE_LOGIN_URL (OAuth; default %1).</source>
        <translation>Brings the cache up to date with a CRM: with the connection saved in the window&apos;s Settings → CRM (its secrets from the keychain), or with credentials in the environment, which win. HubSpot credentials: DEALPULSE_HUBSPOT_TOKEN (private app), or DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET and DEALPULSE_HUBSPOT_REFRESH_TOKEN (OAuth). Salesforce credentials: DEALPULSE_SALESFORCE_TOKEN (a session id, with --instance-url), or DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET, DEALPULSE_SALESFORCE_REFRESH_TOKEN and optionally DEALPULSE_SALESFORCE_LOGIN_URL (OAuth; default %1).</translation>
    </message>
    <message>
        <source>The CRM: &apos;hubspot&apos; or &apos;salesforce&apos; (default: the one saved in Settings → CRM).</source>
        <translation>The CRM: &apos;hubspot&apos; or &apos;salesforce&apos; (default: the one saved in Settings → CRM).</translation>
    </message>
    <message>
        <source>no CRM connection is saved in Settings → CRM: give --source &apos;hubspot&apos; or &apos;salesforce&apos; and the credentials in the environment</source>
        <translation>no CRM connection is saved in Settings → CRM: give --source &apos;hubspot&apos; or &apos;salesforce&apos; and the credentials in the environment</translation>
    </message>
    <message>
        <source>the connection saved in Settings → CRM could not be read from %1 (%2)</source>
        <translation>the connection saved in Settings → CRM could not be read from %1 (%2)</translation>
    </message>
    <message>
        <source>notice: %1 replaced the refresh token; the new one is saved in %2 (key %3) for Settings → CRM.</source>
        <translation>notice: %1 replaced the refresh token; the new one is saved in %2 (key %3) for Settings → CRM.</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n interaction(s) (%1 without a score: no buyer text); %2</source>
        <translation>
            <numerusform>Scored %n interaction (%1 without a score: no buyer text); %2</numerusform>
            <numerusform>Scored %n interactions (%1 without a score: no buyer text); %2</numerusform>
        </translation>
    </message>
    <message>
        <source>With --score and the sales lexicon: &apos;en&apos;, &apos;ro&apos;, or &apos;auto&apos; (default: each line in the language detected in it).</source>
        <translation>With --score and the sales lexicon: &apos;en&apos;, &apos;ro&apos;, or &apos;auto&apos; (default: each line in the language detected in it).</translation>
    </message>
    <message>
        <source>--language wants &apos;en&apos;, &apos;ro&apos; or &apos;auto&apos;, not &apos;%1&apos;</source>
        <translation>--language wants &apos;en&apos;, &apos;ro&apos; or &apos;auto&apos;, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lexicon vader reads English only; use the sales lexicon for Romanian</source>
        <translation>--lexicon vader reads English only; use the sales lexicon for Romanian</translation>
    </message>
    <message>
        <source>Who writes it (default: as in the window: the team login, else the user name set, else the login name).</source>
        <translation>Who writes it (default: as in the window: the team login, else the user name set, else the login name).</translation>
    </message>
    <message>
        <source>Who rates (default: as in the window: the team login, else the user name set, else the login name).</source>
        <translation>Who rates (default: as in the window: the team login, else the user name set, else the login name).</translation>
    </message>
</context>
<context>
    <name>dp::sync</name>
    <message>
        <source>HubSpot&apos;s daily API limit for this account is used up. Sync again after midnight (HubSpot&apos;s time), or raise the limit in HubSpot.</source>
        <translation>HubSpot&apos;s daily API limit for this account is used up. Sync again after midnight (HubSpot&apos;s time), or raise the limit in HubSpot.</translation>
    </message>
    <message>
        <source>The HubSpot app lacks a permission this sync needs (%1). Add the CRM read scopes to the app in HubSpot, then reconnect.</source>
        <translation>The HubSpot app lacks a permission this sync needs (%1). Add the CRM read scopes to the app in HubSpot, then reconnect.</translation>
    </message>
    <message>
        <source>HubSpot no longer accepts the saved sign-in (the refresh token was revoked or has expired). Reconnect HubSpot in Settings.</source>
        <translation>HubSpot no longer accepts the saved sign-in (the refresh token was revoked or has expired). Reconnect HubSpot in Settings.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>The cache could not be written: %1</translation>
    </message>
    <message>
        <source>HubSpot sent a page that cannot be read (%1).</source>
        <translation>HubSpot sent a page that cannot be read (%1).</translation>
    </message>
    <message>
        <source>Salesforce gave an address for the next %1 records that is not a path on the instance (%2); the sync stopped rather than follow it.</source>
        <translation>Salesforce gave an address for the next %1 records that is not a path on the instance (%2); the sync stopped rather than follow it.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1). Try again.</source>
        <translation>The sync stopped on an unexpected error (%1). Try again.</translation>
    </message>
    <message>
        <source>%1 sent the same paging cursor twice while listing %2; the sync stopped instead of reading the same pages forever. Try again later.</source>
        <translation>%1 sent the same paging cursor twice while listing %2; the sync stopped instead of reading the same pages forever. Try again later.</translation>
    </message>
    <message>
        <source>This is the demo pipeline, which is never synced with a CRM. Start Dealpulse again to open your own cache, then sync.</source>
        <translation>This is the demo pipeline, which is never synced with a CRM. Start Dealpulse again to open your own cache, then sync.</translation>
    </message>
    <message>
        <source>HubSpot has no object %1 to sync.</source>
        <translation>HubSpot has no object %1 to sync.</translation>
    </message>
</context>
<context>
    <name>dp::sync::ApiClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>The sync was cancelled.</translation>
    </message>
    <message>
        <source>%1: the address %2 is not allowed; use https.</source>
        <translation>%1: the address %2 is not allowed; use https.</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>an answer that is not JSON</translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved credentials. Reconnect the account in Settings.</source>
        <translation>%1 no longer accepts the saved credentials. Reconnect the account in Settings.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403). Check that the app or user may read CRM records.</source>
        <translation>%1 refused access (HTTP 403). Check that the app or user may read CRM records.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3.</source>
        <translation>%1 answered HTTP %2 to %3.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 to %3; the sync stopped rather than fill the memory. Try again later.</source>
        <translation>%1 sent an answer larger than %2 to %3; the sync stopped rather than fill the memory. Try again later.</translation>
    </message>
    <message>
        <source>%1 took more than %2 seconds to answer %3, so the request was abandoned. Check the connection and try again.</source>
        <translation>%1 took more than %2 seconds to answer %3, so the request was abandoned. Check the connection and try again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached after %n attempt(s) (%2). Check the connection and try again.</source>
        <translation>
            <numerusform>%1 could not be reached after %n attempt (%2). Check the connection and try again.</numerusform>
            <numerusform>%1 could not be reached after %n attempts (%2). Check the connection and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::sync::BrowserSignIn</name>
    <message numerus="yes">
        <source>No answer came from %1 within %n minute(s). Sign in again when you are ready.</source>
        <translation>
            <numerusform>No answer came from %1 within %n minute. Sign in again when you are ready.</numerusform>
            <numerusform>No answer came from %1 within %n minutes. Sign in again when you are ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client ID of your %1 app first.</source>
        <translation>Enter the client ID of your %1 app first.</translation>
    </message>
    <message>
        <source>The sign-in address %1 is not allowed: it must start with https:// (plain http only to this computer).</source>
        <translation>The sign-in address %1 is not allowed: it must start with https:// (plain http only to this computer).</translation>
    </message>
    <message>
        <source>Dealpulse could not open a local port to receive the answer from %1.</source>
        <translation>Dealpulse could not open a local port to receive the answer from %1.</translation>
    </message>
    <message>
        <source>Dealpulse received the answer from %1. You can close this tab and go back to Dealpulse.</source>
        <translation>Dealpulse received the answer from %1. You can close this tab and go back to Dealpulse.</translation>
    </message>
    <message>
        <source>Dealpulse could not build the sign-in address for %1.</source>
        <translation>Dealpulse could not build the sign-in address for %1.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Set a default browser for this computer, then sign in again.</source>
        <translation>No web browser could be opened. Set a default browser for this computer, then sign in again.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <source>The answer that reached Dealpulse does not belong to this sign-in (its state does not match), so it was not used. Sign in again.</source>
        <translation>The answer that reached Dealpulse does not belong to this sign-in (its state does not match), so it was not used. Sign in again.</translation>
    </message>
    <message>
        <source>Access was not allowed in %1. Sign in again and allow access to connect Dealpulse.</source>
        <translation>Access was not allowed in %1. Sign in again and allow access to connect Dealpulse.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2). Sign in again.</source>
        <translation>%1 refused the sign-in (%2). Sign in again.</translation>
    </message>
    <message>
        <source>%1 sent no authorisation code back. Sign in again.</source>
        <translation>%1 sent no authorisation code back. Sign in again.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something that is not a token. Sign in again; if it keeps happening, check the sign-in address.</source>
        <translation>%1 answered the sign-in with something that is not a token. Sign in again; if it keeps happening, check the sign-in address.</translation>
    </message>
    <message>
        <source>Dealpulse could not reach the %1 sign-in service (%2).</source>
        <translation>Dealpulse could not reach the %1 sign-in service (%2).</translation>
    </message>
    <message>
        <source>%1 refused the sign-in code (HTTP %2%3). Sign in again.</source>
        <translation>%1 refused the sign-in code (HTTP %2%3). Sign in again.</translation>
    </message>
    <message>
        <source>%1 signed you in but gave no refresh token, so Dealpulse could not sync without asking you again. Check that the app allows the scopes listed here, then sign in again.</source>
        <translation>%1 signed you in but gave no refresh token, so Dealpulse could not sync without asking you again. Check that the app allows the scopes listed here, then sign in again.</translation>
    </message>
    <message>
        <source>Salesforce signed you in but did not say where your org is (no usable instance_url). Sign in again.</source>
        <translation>Salesforce signed you in but did not say where your org is (no usable instance_url). Sign in again.</translation>
    </message>
</context>
<context>
    <name>dp::sync::CrmSession</name>
    <message>
        <source>The CRM replaced the sign-in token, but the keychain would not store the new one (%1). Fix the keychain, then reconnect the account in Settings.</source>
        <translation>The CRM replaced the sign-in token, but the keychain would not store the new one (%1). Fix the keychain, then reconnect the account in Settings.</translation>
    </message>
</context>
<context>
    <name>dp::sync::OAuthRefresher</name>
    <message>
        <source>The sign-in service returned no access token. Reconnect the account in Settings.</source>
        <translation>The sign-in service returned no access token. Reconnect the account in Settings.</translation>
    </message>
</context>
<context>
    <name>dp::sync::RefreshTokenHandoff</name>
    <message>
        <source>an unexpected error: %1</source>
        <translation>an unexpected error: %1</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>an unexpected error</translation>
    </message>
</context>
<context>
    <name>dp::sync::SalesforceConnector</name>
    <message>
        <source>No Salesforce instance address is known: enter it (e.g. https://yourcompany.my.salesforce.com) or sign in with OAuth.</source>
        <translation>No Salesforce instance address is known: enter it (e.g. https://yourcompany.my.salesforce.com) or sign in with OAuth.</translation>
    </message>
    <message>
        <source>Salesforce has no object %1 to sync.</source>
        <translation>Salesforce has no object %1 to sync.</translation>
    </message>
    <message>
        <source>Salesforce said more %1 records follow but gave no address for them.</source>
        <translation>Salesforce said more %1 records follow but gave no address for them.</translation>
    </message>
    <message>
        <source>Salesforce kept dropping the %1 query&apos;s cursor (%2). Try again later.</source>
        <translation>Salesforce kept dropping the %1 query&apos;s cursor (%2). Try again later.</translation>
    </message>
    <message>
        <source>Salesforce timed out reading %1 even one second at a time (%2). Try again later.</source>
        <translation>Salesforce timed out reading %1 even one second at a time (%2). Try again later.</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts the saved sign-in (the refresh token was revoked or has expired). Reconnect Salesforce in Settings.</source>
        <translation>Salesforce no longer accepts the saved sign-in (the refresh token was revoked or has expired). Reconnect Salesforce in Settings.</translation>
    </message>
    <message>
        <source>Salesforce does not know this connected app (client ID or secret). Check them in Settings.</source>
        <translation>Salesforce does not know this connected app (client ID or secret). Check them in Settings.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s API request limit for this org is used up (%1). Sync again once the 24-hour limit has room, or ask your Salesforce admin to raise it.</source>
        <translation>Salesforce&apos;s API request limit for this org is used up (%1). Sync again once the 24-hour limit has room, or ask your Salesforce admin to raise it.</translation>
    </message>
    <message>
        <source>Salesforce refused access (%1: %2). The user needs the &quot;API Enabled&quot; permission and read access to opportunities and activities.</source>
        <translation>Salesforce refused access (%1: %2). The user needs the &quot;API Enabled&quot; permission and read access to opportunities and activities.</translation>
    </message>
    <message>
        <source>Salesforce rejected a request (%1: %2).</source>
        <translation>Salesforce rejected a request (%1: %2).</translation>
    </message>
</context>
<context>
    <name>dp::sync::SyncController</name>
    <message>
        <source>Sync cancelled. The next sync continues where this one stopped.</source>
        <translation>Sync cancelled. The next sync continues where this one stopped.</translation>
    </message>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>The cache could not be written: %1</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1). Try again.</source>
        <translation>The sync stopped on an unexpected error (%1). Try again.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error. Try again.</source>
        <translation>The sync stopped on an unexpected error. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1 (%2 of %3): %Ln record(s)</source>
        <translation>
            <numerusform>Syncing %1 (%2 of %3): %Ln record</numerusform>
            <numerusform>Syncing %1 (%2 of %3): %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln record(s); %1</source>
        <translation>
            <numerusform>Synced %Ln record; %1</numerusform>
            <numerusform>Synced %Ln records; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) updated.</source>
        <translation>
            <numerusform>%Ln deal updated.</numerusform>
            <numerusform>%Ln deals updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::team</name>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>The team server&apos;s answer is missing a value.</source>
        <translation>The team server&apos;s answer is missing a value.</translation>
    </message>
    <message>
        <source>The team server sent a value of %1 bytes where at most %2 are expected.</source>
        <translation>The team server sent a value of %1 bytes where at most %2 are expected.</translation>
    </message>
    <message>
        <source>The team server sent &apos;%1&apos; where a whole number is expected.</source>
        <translation>The team server sent &apos;%1&apos; where a whole number is expected.</translation>
    </message>
    <message>
        <source>The team server sent &apos;%1&apos; where true or false is expected.</source>
        <translation>The team server sent &apos;%1&apos; where true or false is expected.</translation>
    </message>
    <message>
        <source>Cannot reach the team server: out of memory.</source>
        <translation>Cannot reach the team server: out of memory.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation>Cannot connect to the team server: %1</translation>
    </message>
    <message>
        <source>Lost the connection to the team server: %1</source>
        <translation>Lost the connection to the team server: %1</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>The team server refused: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>&apos;%1&apos; is not an email address.</translation>
    </message>
    <message>
        <source>The email %1 is longer than the %2 bytes a team server login can have.</source>
        <translation>The email %1 is longer than the %2 bytes a team server login can have.</translation>
    </message>
    <message>
        <source>A team server password has at least 8 characters.</source>
        <translation>A team server password has at least 8 characters.</translation>
    </message>
    <message>
        <source>%1 already has a login on the team server.</source>
        <translation>%1 already has a login on the team server.</translation>
    </message>
    <message>
        <source>The team server gave an unknown role for %1.</source>
        <translation>The team server gave an unknown role for %1.</translation>
    </message>
    <message>
        <source>The team schema step %1 is missing from this build.</source>
        <translation>The team schema step %1 is missing from this build.</translation>
    </message>
    <message>
        <source>The team server&apos;s schema is version %1, newer than this Dealpulse understands (%2); update Dealpulse.</source>
        <translation>The team server&apos;s schema is version %1, newer than this Dealpulse understands (%2); update Dealpulse.</translation>
    </message>
    <message>
        <source>The team server has no Dealpulse schema yet; an administrator runs &apos;dealpulse team init&apos; once.</source>
        <translation>The team server has no Dealpulse schema yet; an administrator runs &apos;dealpulse team init&apos; once.</translation>
    </message>
    <message>
        <source>The team server address is empty.</source>
        <translation>The team server address is empty.</translation>
    </message>
    <message>
        <source>The team server address cannot be read: %1</source>
        <translation>The team server address cannot be read: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>The team server %1 is not on this computer, so its certificate must be verified: use sslmode=verify-full, not %2.</source>
        <translation>The team server %1 is not on this computer, so its certificate must be verified: use sslmode=verify-full, not %2.</translation>
    </message>
    <message>
        <source>The team server sent a malformed change id.</source>
        <translation>The team server sent a malformed change id.</translation>
    </message>
    <message>
        <source>An unsent change in the cache is damaged (%1).</source>
        <translation>An unsent change in the cache is damaged (%1).</translation>
    </message>
    <message>
        <source>An unsent change in the cache has an unknown kind &apos;%1&apos;.</source>
        <translation>An unsent change in the cache has an unknown kind &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) stay unsent: only managers share snapshots.</source>
        <translation>
            <numerusform>%n snapshot stays unsent: only managers share snapshots.</numerusform>
            <numerusform>%n snapshots stay unsent: only managers share snapshots.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server sent a change it was not asked for.</source>
        <translation>The team server sent a change it was not asked for.</translation>
    </message>
    <message>
        <source>The team server sent a rating of %1.</source>
        <translation>The team server sent a rating of %1.</translation>
    </message>
    <message>
        <source>Snapshot &apos;%1&apos; by %2 does not match its SHA-256 and was not taken in.</source>
        <translation>Snapshot &apos;%1&apos; by %2 does not match its SHA-256 and was not taken in.</translation>
    </message>
    <message>
        <source>The team server refused a change (%1); it stays on this desktop only.</source>
        <translation>The team server refused a change (%1); it stays on this desktop only.</translation>
    </message>
    <message>
        <source>Signed in as %1, who is not a member of the team; ask an administrator to add them with dealpulse team add-user.</source>
        <translation>Signed in as %1, who is not a member of the team; ask an administrator to add them with dealpulse team add-user.</translation>
    </message>
    <message>
        <source>This is the demo pipeline, whose ratings and notes are never shared with the team.</source>
        <translation>This is the demo pipeline, whose ratings and notes are never shared with the team.</translation>
    </message>
</context>
<context>
    <name>dp::whose</name>
    <message>
        <source>You rated this interaction positive.</source>
        <translation>You rated this interaction positive.</translation>
    </message>
    <message>
        <source>You rated this interaction negative.</source>
        <translation>You rated this interaction negative.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Not rated yet.</translation>
    </message>
    <message>
        <source>You have not rated this interaction.</source>
        <translation>You have not rated this interaction.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1 rated it positive</source>
        <translation>%1 rated it positive</translation>
    </message>
    <message>
        <source>%1 rated it negative</source>
        <translation>%1 rated it negative</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more rating(s) from the team</source>
        <translation>
            <numerusform>and %n more rating from the team</numerusform>
            <numerusform>and %n more ratings from the team</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, edited %2</translation>
    </message>
    <message>
        <source>you, %1</source>
        <translation>you, %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
</context>
</TS>
