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
        <source>Exports a forecast snapshot: every deal with its health, activity and sentiment.</source>
        <translation>Exportă un instantaneu al prognozei: fiecare oportunitate cu starea, activitatea și sentimentul ei.</translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation>Formatul de ieșire: json.</translation>
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
        <source>Days without buyer inbound before a deal goes dark (%1-%2, default %3).</source>
        <translation>Zile fără răspuns de la cumpărător până când o oportunitate devine inactivă (%1-%2, implicit %3).</translation>
    </message>
    <message>
        <source>--format is required (json)</source>
        <translation>--format este obligatoriu (json)</translation>
    </message>
    <message>
        <source>unknown format '%1'; this version writes json</source>
        <translation>format necunoscut „%1”; această versiune scrie json</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FIȘIER este obligatoriu</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2</source>
        <translation>S-au exportat %1 oportunități în %2</translation>
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
        <source>All health bands</source>
        <translation>Toate categoriile de stare</translation>
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
        <source>Days since inbound</source>
        <translation>Zile de la ultimul răspuns</translation>
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
</context>
</TS>
