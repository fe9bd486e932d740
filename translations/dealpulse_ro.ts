<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>Cli</name>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>Fișierul cache (implicit: %1).</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument neașteptat „%1”</translation>
    </message>
    <message>
        <source>--%1 wants an ISO 8601 instant such as 2026-11-28T09:00:00Z, not '%2'</source>
        <translation>--%1 așteaptă un moment ISO 8601, de exemplu 2026-11-28T09:00:00Z, nu „%2”</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not '%4'</source>
        <translation>--%1 așteaptă un număr întreg între %2 și %3, nu „%4”</translation>
    </message>
    <message>
        <source>write a deterministic demo cache</source>
        <translation>scrie un cache demonstrativ determinist</translation>
    </message>
    <message>
        <source>export a forecast snapshot</source>
        <translation>exportă un instantaneu al prognozei</translation>
    </message>
    <message>
        <source>Commands (run 'dealpulse COMMAND --help' for details):</source>
        <translation>Comenzi (rulați „dealpulse COMANDĂ --help” pentru detalii):</translation>
    </message>
    <message>
        <source>dealpulse: unknown command '%1'</source>
        <translation>dealpulse: comandă necunoscută „%1”</translation>
    </message>
    <message>
        <source>Writes a realistic, deterministic demo pipeline into a new cache.</source>
        <translation>Scrie un pipeline demonstrativ realist și determinist într-un cache nou.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Sămânța aleatoare (implicit 1).</translation>
    </message>
    <message>
        <source>Number of deals (default 600).</source>
        <translation>Numărul de oportunități (implicit 600).</translation>
    </message>
    <message>
        <source>The instant the demo treats as now (default: now).</source>
        <translation>Momentul pe care demonstrația îl consideră „acum” (implicit: acum).</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not '%1'</source>
        <translation>--seed așteaptă un număr întreg, nu „%1”</translation>
    </message>
    <message>
        <source>%1 already exists; the demo writes only into a new file.</source>
        <translation>%1 există deja; demonstrația scrie doar într-un fișier nou.</translation>
    </message>
    <message>
        <source>Writing demo deals: %1 of %2</source>
        <translation>Se scriu oportunitățile demonstrative: %1 din %2</translation>
    </message>
    <message>
        <source>Computing deal health...</source>
        <translation>Se calculează starea oportunităților...</translation>
    </message>
    <message>
        <source>Wrote %1: %2 teams, %3 reps, %4 accounts, %5 contacts, %6 deals, %7 interactions as of %8.</source>
        <translation>S-a scris %1: %2 echipe, %3 agenți de vânzări, %4 clienți, %5 contacte, %6 oportunități, %7 interacțiuni la data de %8.</translation>
    </message>
    <message>
        <source>score text or a cache for sentiment</source>
        <translation>evaluează sentimentul unui text sau al unui cache</translation>
    </message>
    <message>
        <source>take, list and compare forecast snapshots</source>
        <translation>creează, listează și compară instantanee ale prognozei</translation>
    </message>
</context>
<context>
    <name>DealColumns</name>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID în CRM</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation>E-mailul responsabilului</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoria de prognoză</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data închiderii</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creată (UTC)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Scor de stare</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motive</translation>
    </message>
    <message>
        <source>Last inbound (UTC)</source>
        <translation>Ultimul răspuns primit (UTC)</translation>
    </message>
    <message>
        <source>Last outbound (UTC)</source>
        <translation>Ultimul mesaj trimis (UTC)</translation>
    </message>
    <message>
        <source>Inbound 28d</source>
        <translation>Primite 28 z</translation>
    </message>
    <message>
        <source>Outbound 28d</source>
        <translation>Trimise 28 z</translation>
    </message>
    <message>
        <source>Buyer contacts 60d</source>
        <translation>Contacte ale cumpărătorului 60 z</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Sentiment trend</source>
        <translation>Tendința sentimentului</translation>
    </message>
    <message>
        <source>Close date pushes</source>
        <translation>Amânări ale datei de închidere</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Commit</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Cel mai bun caz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <source>Commit (closed + commit)</source>
        <translation>Angajat (închise + angajat)</translation>
    </message>
    <message>
        <source>Best case (closed + commit + best case)</source>
        <translation>Cel mai bun caz (închise + angajat + cel mai bun caz)</translation>
    </message>
    <message>
        <source>Pipeline (all open)</source>
        <translation>Pipeline (toate cele deschise)</translation>
    </message>
</context>
<context>
    <name>HealthReason</name>
    <message numerus="yes">
        <source>No reply from the buyer in %n day(s)</source>
        <translation><numerusform>Niciun răspuns de la cumpărător de %n zi</numerusform><numerusform>Niciun răspuns de la cumpărător de %n zile</numerusform><numerusform>Niciun răspuns de la cumpărător de %n de zile</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply from the buyer since the deal was created %n day(s) ago</source>
        <translation><numerusform>Niciun răspuns de la cumpărător de la crearea oportunității, acum %n zi</numerusform><numerusform>Niciun răspuns de la cumpărător de la crearea oportunității, acum %n zile</numerusform><numerusform>Niciun răspuns de la cumpărător de la crearea oportunității, acum %n de zile</numerusform></translation>
    </message>
    <message>
        <source>Buyer engagement fell from %1 to %2 in the last 4 weeks</source>
        <translation>Implicarea cumpărătorului a scăzut de la %1 la %2 în ultimele 4 săptămâni</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) from us and no reply in the last 4 weeks</source>
        <translation><numerusform>%n contact din partea noastră și niciun răspuns în ultimele 4 săptămâni</numerusform><numerusform>%n contacte din partea noastră și niciun răspuns în ultimele 4 săptămâni</numerusform><numerusform>%n de contacte din partea noastră și niciun răspuns în ultimele 4 săptămâni</numerusform></translation>
    </message>
    <message>
        <source>No buyer contact engaged in the last 60 days</source>
        <translation>Niciun contact al cumpărătorului implicat în ultimele 60 de zile</translation>
    </message>
    <message>
        <source>Only one buyer contact engaged</source>
        <translation>Un singur contact al cumpărătorului implicat</translation>
    </message>
    <message numerus="yes">
        <source>Close date pushed %n time(s)</source>
        <translation><numerusform>Data de închidere amânată o dată</numerusform><numerusform>Data de închidere amânată de %n ori</numerusform><numerusform>Data de închidere amânată de %n de ori</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>In this stage for %n day(s) (usually %1)</source>
        <translation><numerusform>În această etapă de %n zi (de obicei %1)</numerusform><numerusform>În această etapă de %n zile (de obicei %1)</numerusform><numerusform>În această etapă de %n de zile (de obicei %1)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Close date passed %n day(s) ago</source>
        <translation><numerusform>Data de închidere a trecut acum %n zi</numerusform><numerusform>Data de închidere a trecut acum %n zile</numerusform><numerusform>Data de închidere a trecut acum %n de zile</numerusform></translation>
    </message>
    <message>
        <source>Buyer sentiment is negative (%1)</source>
        <translation>Sentimentul cumpărătorului este negativ (%1)</translation>
    </message>
    <message>
        <source>Buyer sentiment is falling (%1)</source>
        <translation>Sentimentul cumpărătorului este în scădere (%1)</translation>
    </message>
    <message>
        <source>Buyer engaged today</source>
        <translation>Cumpărătorul s-a implicat astăzi</translation>
    </message>
    <message numerus="yes">
        <source>Buyer engaged %n day(s) ago</source>
        <translation><numerusform>Cumpărătorul s-a implicat acum %n zi</numerusform><numerusform>Cumpărătorul s-a implicat acum %n zile</numerusform><numerusform>Cumpărătorul s-a implicat acum %n de zile</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n buyer interaction(s) in the last 4 weeks</source>
        <translation><numerusform>%n interacțiune cu cumpărătorul în ultimele 4 săptămâni</numerusform><numerusform>%n interacțiuni cu cumpărătorul în ultimele 4 săptămâni</numerusform><numerusform>%n de interacțiuni cu cumpărătorul în ultimele 4 săptămâni</numerusform></translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sănătoasă</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>De urmărit</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>În pericol</translation>
    </message>
    <message>
        <source>Going dark</source>
        <translation>Fără răspuns</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>Creating the demo pipeline…</source>
        <translation>Se creează pipeline-ul demonstrativ…</translation>
    </message>
    <message>
        <source>Updating deal health…</source>
        <translation>Se actualizează starea oportunităților…</translation>
    </message>
    <message>
        <source>Deal activity, going-dark alerts and forecast health for sales managers.</source>
        <translation>Activitatea oportunităților, alerte pentru cumpărătorii care tac și starea prognozei, pentru managerii de vânzări.</translation>
    </message>
    <message>
        <source>Open the demo pipeline (created on first use).</source>
        <translation>Deschide pipeline-ul demonstrativ (creat la prima utilizare).</translation>
    </message>
    <message>
        <source>The cache file to open.</source>
        <translation>Fișierul cache de deschis.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) and quit.</source>
        <translation>Salvează o imagine a ferestrei în FIȘIER (PNG) și închide.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1440x900.</source>
        <translation>Dimensiunea ferestrei, de exemplu 1440x900.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Nu se poate scrie %1</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Added</source>
        <translation>Adăugată</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminată</translation>
    </message>
    <message>
        <source>Pushed out of the period</source>
        <translation>Amânată în afara perioadei</translation>
    </message>
    <message>
        <source>Pulled into the period</source>
        <translation>Adusă în perioadă</translation>
    </message>
    <message>
        <source>Amount up</source>
        <translation>Valoare mărită</translation>
    </message>
    <message>
        <source>Amount down</source>
        <translation>Valoare micșorată</translation>
    </message>
    <message>
        <source>Forecast category moved</source>
        <translation>Categoria de prognoză schimbată</translation>
    </message>
    <message>
        <source>Health band moved</source>
        <translation>Categoria de stare schimbată</translation>
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
        <translation>Filtrează oportunități, clienți, responsabili (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the pipeline</source>
        <translation>Filtrează pipeline-ul</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>Categoria de stare</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Cache: %1 — figures as of %2</source>
        <translation>Cache: %1 — cifre la data de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n oportunitate</numerusform><numerusform>%n oportunități</numerusform><numerusform>%n de oportunități</numerusform></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Oportunități deschise</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Toate oportunitățile</translation>
    </message>
</context>
<context>
    <name>dp::PipelineModel</name>
    <message>
        <source>Commit</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Cel mai bun caz</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <source>The buyer has never replied; counted from the deal's creation.</source>
        <translation>Cumpărătorul nu a răspuns niciodată; se numără de la crearea oportunității.</translation>
    </message>
    <message>
        <source>never (%1)</source>
        <translation>niciodată (%1)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data închiderii</translation>
    </message>
    <message>
        <source>In (28d)</source>
        <translation>Primite (28 z)</translation>
    </message>
    <message>
        <source>Out (28d)</source>
        <translation>Trimise (28 z)</translation>
    </message>
    <message>
        <source>Buyers engaged</source>
        <translation>Cumpărători implicați</translation>
    </message>
    <message>
        <source>Pushes</source>
        <translation>Amânări</translation>
    </message>
    <message>
        <source>Days since the buyer last engaged (a reply, a meeting held, a call answered)</source>
        <translation>Zile de când cumpărătorul s-a implicat ultima dată (un răspuns, o întâlnire ținută, un apel preluat)</translation>
    </message>
    <message>
        <source>Interactions in the last 28 days: inbound from the buyer, outbound from us</source>
        <translation>Interacțiuni în ultimele 28 de zile: primite de la cumpărător, trimise de noi</translation>
    </message>
    <message>
        <source>Silent (days)</source>
        <translation>Fără răspuns (zile)</translation>
    </message>
</context>
<context>
    <name>dp::XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Nu se poate scrie %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Forecast snapshot</source>
        <translation>Instantaneu al prognozei</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantaneu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Realizat de</translation>
    </message>
    <message>
        <source>Taken at (UTC)</source>
        <translation>Realizat la (UTC)</translation>
    </message>
    <message>
        <source>As of (UTC)</source>
        <translation>La data de (UTC)</translation>
    </message>
    <message>
        <source>Going dark after (days)</source>
        <translation>Fără răspuns după (zile)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtru</translation>
    </message>
    <message>
        <source>Export filter</source>
        <translation>Filtrul exportului</translation>
    </message>
    <message>
        <source>Deal rows SHA-256</source>
        <translation>SHA-256 al rândurilor de oportunități</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Total cumulat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Deals without amount</source>
        <translation>Oportunități fără valoare</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Categoria de prognoză</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modificări</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>ID în CRM</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation>E-mailul responsabilului</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>Amount before</source>
        <translation>Valoarea înainte</translation>
    </message>
    <message>
        <source>Amount after</source>
        <translation>Valoarea după</translation>
    </message>
</context>
<context>
    <name>dp::cli</name>
    <message>
        <source>Exports a forecast snapshot: every deal with its health, activity and sentiment, open deals first and closed ones after them.</source>
        <translation>Exportă un instantaneu al prognozei: fiecare oportunitate cu starea, activitatea și sentimentul ei, întâi cele deschise, apoi cele închise.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Fișierul de scris.</translation>
    </message>
    <message>
        <source>Compute everything as of this instant (default: now).</source>
        <translation>Calculează totul la acest moment (implicit: acum).</translation>
    </message>
    <message>
        <source>Export a stored snapshot instead of the live cache.</source>
        <translation>Exportă un instantaneu salvat în locul cache-ului curent.</translation>
    </message>
    <message>
        <source>With --snapshot and xlsx: add a Changes sheet against this earlier snapshot.</source>
        <translation>Cu --snapshot și xlsx: adaugă o foaie de modificări față de acest instantaneu anterior.</translation>
    </message>
    <message>
        <source>Only deals in these health bands, e.g. dark,at_risk.</source>
        <translation>Doar oportunitățile din aceste categorii de stare, de exemplu dark,at_risk.</translation>
    </message>
    <message>
        <source>Only deals of this owner.</source>
        <translation>Doar oportunitățile acestui responsabil.</translation>
    </message>
    <message>
        <source>Only deals of this team.</source>
        <translation>Doar oportunitățile acestei echipe.</translation>
    </message>
    <message>
        <source>Days without buyer inbound before a deal goes dark (%1-%2, default %3).</source>
        <translation>Zile fără răspuns de la cumpărător până când o oportunitate devine inactivă (%1-%2, implicit %3).</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FIȘIER este obligatoriu</translation>
    </message>
    <message>
        <source>--snapshot exports what was stored; it takes no --as-of or --going-dark-days</source>
        <translation>--snapshot exportă ce a fost salvat; nu acceptă --as-of sau --going-dark-days</translation>
    </message>
    <message>
        <source>--compare needs --snapshot and --format xlsx</source>
        <translation>--compare are nevoie de --snapshot și --format xlsx</translation>
    </message>
    <message>
        <source>--health wants bands from healthy, watch, at_risk, dark, closed, not '%1'</source>
        <translation>--health așteaptă categorii dintre healthy, watch, at_risk, dark, closed, nu „%1”</translation>
    </message>
    <message>
        <source>there is no snapshot %1</source>
        <translation>nu există instantaneul %1</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2 (deal rows SHA-256 %3)</source>
        <translation>S-au exportat %1 oportunități în %2 (SHA-256 al rândurilor %3)</translation>
    </message>
    <message>
        <source>line %1 is not 'label&lt;TAB&gt;text' with label 0 or 1</source>
        <translation>linia %1 nu este „etichetă&lt;TAB&gt;text” cu eticheta 0 sau 1</translation>
    </message>
    <message>
        <source>Scored %1 interactions (%2 without a score: no buyer text or no lexicon for their language); recomputed %3 deals.</source>
        <translation>S-au evaluat %1 interacțiuni (%2 fără scor: fără text al cumpărătorului sau fără lexic pentru limba lor); s-au recalculat %3 oportunități.</translation>
    </message>
    <message>
        <source>Scores text for sentiment: from stdin, one text per line, or every interaction of a cache.</source>
        <translation>Evaluează sentimentul textelor: de la intrarea standard, câte un text pe linie, sau al fiecărei interacțiuni dintr-un cache.</translation>
    </message>
    <message>
        <source>Score each line of stdin; print one compound per line.</source>
        <translation>Evaluează fiecare linie de la intrarea standard; afișează câte un scor compus pe linie.</translation>
    </message>
    <message>
        <source>Read 'label&lt;TAB&gt;text' lines (1 positive, 0 negative); print 'vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive' per line, the adaptive score predicted before the line's label is learned.</source>
        <translation>Citește linii „etichetă&lt;TAB&gt;text” (1 pozitiv, 0 negativ); afișează „vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive” pe fiecare linie, scorul adaptiv fiind prezis înainte ca eticheta liniei să fie învățată.</translation>
    </message>
    <message>
        <source>Score the interactions of the cache (--db) that have no score yet, with the sales layer.</source>
        <translation>Evaluează interacțiunile din cache (--db) care nu au încă scor, cu stratul de vânzări.</translation>
    </message>
    <message>
        <source>With --rescore: score every interaction again.</source>
        <translation>Cu --rescore: evaluează din nou fiecare interacțiune.</translation>
    </message>
    <message>
        <source>With --rescore: the instant deal figures are computed as of.</source>
        <translation>Cu --rescore: momentul pentru care se calculează cifrele oportunităților.</translation>
    </message>
    <message>
        <source>With --score: 'vader' (general English) or 'sales' (default).</source>
        <translation>Cu --score: „vader” (engleză generală) sau „sales” (implicit).</translation>
    </message>
    <message>
        <source>--lexicon wants 'vader' or 'sales', not '%1'</source>
        <translation>--lexicon așteaptă „vader” sau „sales”, nu „%1”</translation>
    </message>
    <message>
        <source>say what to do: --score, --prequential or --rescore</source>
        <translation>spuneți ce să facă: --score, --prequential sau --rescore</translation>
    </message>
    <message>
        <source>Stores a forecast snapshot of the cache: every deal's fields, forecast category and health, as they are now (or were at --as-of).</source>
        <translation>Salvează un instantaneu al prognozei din cache: câmpurile, categoria de prognoză și starea fiecărei oportunități, așa cum sunt acum (sau erau la --as-of).</translation>
    </message>
    <message>
        <source>What the snapshot is for, e.g. "Week 48 forecast call".</source>
        <translation>Pentru ce este instantaneul, de exemplu „Ședința de prognoză din săptămâna 48”.</translation>
    </message>
    <message>
        <source>Who takes it (default: the login name).</source>
        <translation>Cine îl realizează (implicit: numele de utilizator).</translation>
    </message>
    <message>
        <source>Compute activity and health as of this instant (default: now).</source>
        <translation>Calculează activitatea și starea la acest moment (implicit: acum).</translation>
    </message>
    <message>
        <source>--label TEXT is required</source>
        <translation>--label TEXT este obligatoriu</translation>
    </message>
    <message>
        <source>Took snapshot %1 (%2 deals)</source>
        <translation>S-a realizat instantaneul %1 (%2 oportunități)</translation>
    </message>
    <message>
        <source>Lists the stored snapshots, newest first.</source>
        <translation>Listează instantaneele salvate, cele mai noi întâi.</translation>
    </message>
    <message>
        <source>Compares two stored snapshots: deals added, won, lost, removed, pushed out of or pulled into the period, amount and forecast-category moves, health-band moves, and totals per category.</source>
        <translation>Compară două instantanee salvate: oportunități adăugate, câștigate, pierdute, eliminate, amânate în afara perioadei sau aduse în ea, modificări de valoare și de categorie de prognoză, schimbări de stare și totaluri pe categorii.</translation>
    </message>
    <message>
        <source>The earlier snapshot's id.</source>
        <translation>ID-ul instantaneului mai vechi.</translation>
    </message>
    <message>
        <source>The later snapshot's id.</source>
        <translation>ID-ul instantaneului mai nou.</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>Formatul de ieșire: json (implicit) sau csv.</translation>
    </message>
    <message>
        <source>The file to write (default: standard output).</source>
        <translation>Fișierul de scris (implicit: ieșirea standard).</translation>
    </message>
    <message>
        <source>Last day of the forecast period (default: end of the quarter of TO's as-of); the period is the quarter ending then.</source>
        <translation>Ultima zi a perioadei de prognoză (implicit: sfârșitul trimestrului datei „as-of” a lui TO); perioada este trimestrul care se încheie atunci.</translation>
    </message>
    <message>
        <source>wants two snapshot ids, FROM and TO</source>
        <translation>așteaptă două ID-uri de instantanee, FROM și TO</translation>
    </message>
    <message>
        <source>snapshot ids are whole numbers, not '%1'</source>
        <translation>ID-urile instantaneelor sunt numere întregi, nu „%1”</translation>
    </message>
    <message>
        <source>unknown format '%1'; use json or csv</source>
        <translation>format necunoscut „%1”; folosiți json sau csv</translation>
    </message>
    <message>
        <source>--period-end wants a date such as 2026-12-31, not '%1'</source>
        <translation>--period-end așteaptă o dată precum 2026-12-31, nu „%1”</translation>
    </message>
    <message>
        <source>Wrote %1 changes to %2</source>
        <translation>S-au scris %1 modificări în %2</translation>
    </message>
    <message>
        <source>Usage: dealpulse snapshot take|list|diff [options]
  take   store a snapshot of the cache (--label TEXT)
  list   list stored snapshots
  diff   compare two stored snapshots (FROM TO)
</source>
        <translation>Utilizare: dealpulse snapshot take|list|diff [opțiuni]
  take   salvează un instantaneu al cache-ului (--label TEXT)
  list   listează instantaneele salvate
  diff   compară două instantanee salvate (FROM TO)
</translation>
    </message>
    <message>
        <source>wants take, list or diff</source>
        <translation>așteaptă take, list sau diff</translation>
    </message>
    <message>
        <source>unknown command '%1'; use take, list or diff</source>
        <translation>comandă necunoscută „%1”; folosiți take, list sau diff</translation>
    </message>
</context>
<context>
    <name>dp::ExportDialog</name>
    <message numerus="yes">
        <source>%n deal(s) written…</source>
        <translation>
            <numerusform>%n oportunitate scrisă…</numerusform>
            <numerusform>%n oportunități scrise…</numerusform>
            <numerusform>%n de oportunități scrise…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1.
Deal rows SHA-256: %2</source>
        <translation>
            <numerusform>S-a exportat %n oportunitate în %1.
SHA-256 al rândurilor: %2</numerusform>
            <numerusform>S-au exportat %n oportunități în %1.
SHA-256 al rândurilor: %2</numerusform>
            <numerusform>S-au exportat %n de oportunități în %1.
SHA-256 al rândurilor: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::SnapshotHistoryView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n change(s) in the quarter %3 – %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n schimbare în trimestrul %3 – %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n schimbări în trimestrul %3 – %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n de schimbări în trimestrul %3 – %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshot(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: oportunități care se închid %2 – %3, fiecare ponderată cu rata de câștig a categoriei sale de sănătate, învățată din %n instantaneu anterior.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: oportunități care se închid %2 – %3, fiecare ponderată cu rata de câștig a categoriei sale de sănătate, învățată din %n instantanee anterioare.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: oportunități care se închid %2 – %3, fiecare ponderată cu rata de câștig a categoriei sale de sănătate, învățată din %n de instantanee anterioare.</numerusform>
        </translation>
    </message>
</context>
</TS>
