<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheLocation</name>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Nu se poate copia %1 în %2: %3</translation>
    </message>
</context>
<context>
    <name>CacheLock</name>
    <message>
        <source>another program</source>
        <translation>alt program</translation>
    </message>
    <message>
        <source>process %1 (%2) on %3</source>
        <translation>procesul %1 (%2) pe %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>%1 is already open in another Dealpulse window (%2). Switch to that window, or open another cache here. If that Dealpulse is no longer running, remove %3.</source>
        <translation>%1 este deja deschis într-o altă fereastră Dealpulse (%2). Treceți la acea fereastră sau deschideți aici alt cache. Dacă acel Dealpulse nu mai rulează, ștergeți %3.</translation>
    </message>
</context>
<context>
    <name>CacheRebuild</name>
    <message>
        <source>There is no cache at %1 to rebuild.</source>
        <translation>Nu există niciun cache la %1 care să poată fi refăcut.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dealpulse cache, so it cannot be rebuilt.</source>
        <translation>%1 nu este un cache Dealpulse, așa că nu poate fi refăcut.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Dealpulse; rebuild it with that version.</source>
        <translation>%1 a fost scris de o versiune mai nouă a Dealpulse; refaceți-l cu acea versiune.</translation>
    </message>
    <message>
        <source>%1 is too damaged to read anything from (%2). Create a new cache and sync it, and keep the damaged file for recovery tools.</source>
        <translation>%1 este prea deteriorat pentru a se mai putea citi ceva din el (%2). Creați un cache nou și sincronizați-l, iar fișierul deteriorat păstrați-l pentru instrumentele de recuperare.</translation>
    </message>
    <message>
        <source>Cannot write a new cache beside %1.</source>
        <translation>Nu se poate scrie un cache nou lângă %1.</translation>
    </message>
    <message>
        <source>The cache could not be rebuilt: %1</source>
        <translation>Cache-ul nu a putut fi refăcut: %1</translation>
    </message>
    <message>
        <source>There is no rebuilt cache to put in place of %1.</source>
        <translation>Nu există niciun cache refăcut care să ia locul lui %1.</translation>
    </message>
    <message>
        <source>The rebuilt cache %1 is still open; close it first.</source>
        <translation>Cache-ul refăcut %1 este încă deschis; închideți-l mai întâi.</translation>
    </message>
    <message>
        <source>Cannot keep the damaged cache as %1: %2</source>
        <translation>Cache-ul deteriorat nu poate fi păstrat ca %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 beside the backup %2.</source>
        <translation>%1 nu poate fi mutat lângă copia de siguranță %2.</translation>
    </message>
    <message>
        <source>Cannot put the rebuilt cache in place of %1: %2</source>
        <translation>Cache-ul refăcut nu poate lua locul lui %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheRescue</name>
    <message>
        <source>A new cache is made from what can still be read in %1. It keeps your ratings, coaching notes, alert snoozes, snapshots and lexicon history, with the deals and emails they belong to.

Everything else comes from your CRM: the next sync downloads it all again, which takes a while on a large CRM. The damaged file is kept beside the new one as a backup.</source>
        <translation>Se creează un cache nou din ce se mai poate citi în %1. Păstrează evaluările, notele de coaching, alertele amânate, instantaneele și istoricul lexiconului, împreună cu oportunitățile și e-mailurile de care țin.

Tot restul vine din CRM: următoarea sincronizare descarcă totul din nou, ceea ce durează o vreme la un CRM mare. Fișierul deteriorat este păstrat lângă cel nou, ca copie de siguranță.</translation>
    </message>
    <message>
        <source>Rebuild the cache?</source>
        <translation>Refaceți cache-ul?</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>The cache was rebuilt. It kept:</source>
        <translation>Cache-ul a fost refăcut. A păstrat:</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n evaluare</numerusform>
            <numerusform>%n evaluări</numerusform>
            <numerusform>%n de evaluări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coaching note(s)</source>
        <translation>
            <numerusform>%n notă de coaching</numerusform>
            <numerusform>%n note de coaching</numerusform>
            <numerusform>%n de note de coaching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert snooze(s)</source>
        <translation>
            <numerusform>%n alertă amânată</numerusform>
            <numerusform>%n alerte amânate</numerusform>
            <numerusform>%n de alerte amânate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n instantaneu</numerusform>
            <numerusform>%n instantanee</numerusform>
            <numerusform>%n de instantanee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lexicon change(s)</source>
        <translation>
            <numerusform>%n modificare a lexiconului</numerusform>
            <numerusform>%n modificări ale lexiconului</numerusform>
            <numerusform>%n de modificări ale lexiconului</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) and %1 that they belong to</source>
        <translation>
            <numerusform>%n oportunitate și %1 de care țin acestea</numerusform>
            <numerusform>%n oportunități și %1 de care țin acestea</numerusform>
            <numerusform>%n de oportunități și %1 de care țin acestea</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mailuri</numerusform>
            <numerusform>%n de e-mailuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SQLite could not read %n damaged part(s) among your own rows; what they held is lost.</source>
        <translation>
            <numerusform>SQLite nu a putut citi %n parte deteriorată dintre rândurile dumneavoastră; ce conținea s-a pierdut.</numerusform>
            <numerusform>SQLite nu a putut citi %n părți deteriorate dintre rândurile dumneavoastră; ce conțineau s-a pierdut.</numerusform>
            <numerusform>SQLite nu a putut citi %n de părți deteriorate dintre rândurile dumneavoastră; ce conțineau s-a pierdut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your rows could not be kept, because the deal or email they belong to could not be read.</source>
        <translation>
            <numerusform>%n rând de-al dumneavoastră nu a putut fi păstrat, pentru că oportunitatea sau e-mailul de care ține nu a putut fi citit.</numerusform>
            <numerusform>%n rânduri de-ale dumneavoastră nu au putut fi păstrate, pentru că oportunitatea sau e-mailul de care țin nu a putut fi citit.</numerusform>
            <numerusform>%n de rânduri de-ale dumneavoastră nu au putut fi păstrate, pentru că oportunitatea sau e-mailul de care țin nu a putut fi citit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Fișierul deteriorat a fost păstrat ca %1.</translation>
    </message>
    <message>
        <source>The next sync downloads the rest of your CRM&apos;s records again.</source>
        <translation>Următoarea sincronizare descarcă din nou restul înregistrărilor din CRM.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is damaged: SQLite&apos;s check found %n problem(s), the first: %2</source>
        <translation>
            <numerusform>%1 este deteriorat: verificarea SQLite a găsit %n problemă, prima: %2</numerusform>
            <numerusform>%1 este deteriorat: verificarea SQLite a găsit %n probleme, prima: %2</numerusform>
            <numerusform>%1 este deteriorat: verificarea SQLite a găsit %n de probleme, prima: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>Fișierul cache (implicit: %1).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument neașteptat „%1”</translation>
    </message>
    <message>
        <source>--%1 wants an ISO 8601 instant such as 2026-11-28T09:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 așteaptă un moment ISO 8601, de exemplu 2026-11-28T09:00:00Z, nu „%2”</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not &apos;%4&apos;</source>
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
        <source>Commands (run &apos;dealpulse COMMAND --help&apos; for details):</source>
        <translation>Comenzi (rulați „dealpulse COMANDĂ --help” pentru detalii):</translation>
    </message>
    <message>
        <source>dealpulse: unknown command &apos;%1&apos;</source>
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
        <source>--seed wants a whole number, not &apos;%1&apos;</source>
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
        <source>score text or a cache for sentiment</source>
        <translation>evaluează sentimentul unui text sau al unui cache</translation>
    </message>
    <message>
        <source>take, list and compare forecast snapshots</source>
        <translation>creează, listează și compară instantanee ale prognozei</translation>
    </message>
    <message>
        <source>bring the cache up to date with a CRM</source>
        <translation>actualizează cache-ul din CRM</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4, %5, %6, %7 as of %8.</source>
        <translation>S-a scris %1: %2, %3, %4, %5, %6, %7 la data de %8.</translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n echipă</numerusform>
            <numerusform>%n echipe</numerusform>
            <numerusform>%n de echipe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n agent de vânzări</numerusform>
            <numerusform>%n agenți de vânzări</numerusform>
            <numerusform>%n de agenți de vânzări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clienți</numerusform>
            <numerusform>%n de clienți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacte</numerusform>
            <numerusform>%n de contacte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interacțiune</numerusform>
            <numerusform>%n interacțiuni</numerusform>
            <numerusform>%n de interacțiuni</numerusform>
        </translation>
    </message>
    <message>
        <source>add a coaching note to a deal</source>
        <translation>adaugă o notă de coaching la o oportunitate</translation>
    </message>
    <message>
        <source>rate an interaction&apos;s sentiment +1 or -1</source>
        <translation>evaluează sentimentul unei interacțiuni cu +1 sau -1</translation>
    </message>
    <message>
        <source>share ratings, coaching notes and snapshots through a team server</source>
        <translation>partajează evaluări, note de coaching și instantanee printr-un server de echipă</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 sau %2</translation>
    </message>
    <message>
        <source>wants %1</source>
        <translation>așteaptă %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; use %2</source>
        <translation>comandă necunoscută „%1”; folosiți %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding the cache is full, so the last changes were not saved; the cache is as it was before them. Free some space and try again.</source>
        <translation>Discul pe care se află cache-ul este plin, așa că ultimele modificări nu au fost salvate; cache-ul a rămas cum era înaintea lor. Eliberați spațiu și încercați din nou.</translation>
    </message>
    <message>
        <source>The cache is open read-only, so the change was not saved.</source>
        <translation>Cache-ul este deschis doar pentru citire, așa că modificarea nu a fost salvată.</translation>
    </message>
    <message>
        <source>%1 is read-only, and it must be brought up to date before this Dealpulse can read it. Open it once where it can be written, or copy it somewhere writable.</source>
        <translation>%1 este doar pentru citire și trebuie adus la zi înainte ca acest Dealpulse să-l poată citi. Deschideți-l o dată acolo unde poate fi scris sau copiați-l într-un loc unde se poate scrie.</translation>
    </message>
    <message>
        <source>The cache file is damaged: %1</source>
        <translation>Fișierul cache este deteriorat: %1</translation>
    </message>
    <message>
        <source>No cache at %1.</source>
        <translation>Nu există niciun cache la %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a cache file.</source>
        <translation>%1 este un dosar, nu un fișier cache.</translation>
    </message>
    <message>
        <source>%1 is not a Dealpulse cache (not a SQLite database); it was left untouched.</source>
        <translation>%1 nu este un cache Dealpulse (nu este o bază de date SQLite); a fost lăsat neatins.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2); it was left untouched.</source>
        <translation>%1 este deteriorat și nu poate fi citit (%2); a fost lăsat neatins.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Dealpulse cache; it was left untouched.</source>
        <translation>%1 este o bază de date SQLite a altui program, nu un cache Dealpulse; a fost lăsat neatins.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Dealpulse (cache version %2; this one reads up to %3). Update Dealpulse to open it; the file was left untouched.</source>
        <translation>%1 a fost scris de o versiune mai nouă a Dealpulse (versiunea cache-ului %2; aceasta citește până la %3). Actualizați Dealpulse pentru a-l deschide; fișierul a fost lăsat neatins.</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1: %2</source>
        <translation>Cache-ul %1 nu poate fi pregătit: %2</translation>
    </message>
    <message>
        <source>The cache schema step %1 is missing from this build.</source>
        <translation>Pasul %1 al schemei cache-ului lipsește din această versiune a programului.</translation>
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
    <name>DealDetails</name>
    <message>
        <source>From %1</source>
        <translation>De la %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De la %1 către %2</translation>
    </message>
    <message>
        <source>Organised by %1</source>
        <translation>Organizată de %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 cu %2</translation>
    </message>
    <message>
        <source>Call by %1</source>
        <translation>Apel de la %1</translation>
    </message>
    <message>
        <source>%1 called %2</source>
        <translation>%1 l-a sunat pe %2</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Scrisă de %1</translation>
    </message>
    <message>
        <source>, cc %1</source>
        <translation>, cc %1</translation>
    </message>
    <message>
        <source>Close date set to %1</source>
        <translation>Data închiderii stabilită la %1</translation>
    </message>
    <message>
        <source>Close date pushed from %1 to %2</source>
        <translation>Data închiderii amânată de la %1 la %2</translation>
    </message>
    <message>
        <source>Close date pulled in from %1 to %2</source>
        <translation>Data închiderii adusă înainte de la %1 la %2</translation>
    </message>
    <message>
        <source>Stage set to %1</source>
        <translation>Etapa stabilită la %1</translation>
    </message>
    <message>
        <source>Stage moved from %1 to %2</source>
        <translation>Etapa schimbată din %1 în %2</translation>
    </message>
    <message>
        <source>Amount set to %1</source>
        <translation>Valoarea stabilită la %1</translation>
    </message>
    <message>
        <source>Amount changed from %1 to %2</source>
        <translation>Valoarea schimbată de la %1 la %2</translation>
    </message>
    <message>
        <source>Forecast category set to %1</source>
        <translation>Categoria de prognoză stabilită la %1</translation>
    </message>
    <message>
        <source>Forecast category changed from %1 to %2</source>
        <translation>Categoria de prognoză schimbată din %1 în %2</translation>
    </message>
</context>
<context>
    <name>DealLoader</name>
    <message>
        <source>This deal is no longer in the cache.</source>
        <translation>Această oportunitate nu mai este în cache.</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>Dealpulse ran out of memory; the work was stopped.</source>
        <translation>Dealpulse a rămas fără memorie; lucrul a fost oprit.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Eroare neașteptată: %1</translation>
    </message>
    <message>
        <source>Unexpected error of an unknown kind.</source>
        <translation>Eroare neașteptată, de un tip necunoscut.</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Commit</source>
        <translation>Confirmat</translation>
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
        <translation>Confirmat (închise + confirmat)</translation>
    </message>
    <message>
        <source>Best case (closed + commit + best case)</source>
        <translation>Cel mai bun caz (închise + confirmat + cel mai bun caz)</translation>
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
        <translation>
            <numerusform>Niciun răspuns de la cumpărător de %n zi</numerusform>
            <numerusform>Niciun răspuns de la cumpărător de %n zile</numerusform>
            <numerusform>Niciun răspuns de la cumpărător de %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply from the buyer since the deal was created %n day(s) ago</source>
        <translation>
            <numerusform>Niciun răspuns de la cumpărător de la crearea oportunității, acum %n zi</numerusform>
            <numerusform>Niciun răspuns de la cumpărător de la crearea oportunității, acum %n zile</numerusform>
            <numerusform>Niciun răspuns de la cumpărător de la crearea oportunității, acum %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyer engagement fell from %1 to %2 in the last 4 weeks</source>
        <translation>Implicarea cumpărătorului a scăzut de la %1 la %2 în ultimele 4 săptămâni</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) from us and no reply in the last 4 weeks</source>
        <translation>
            <numerusform>%n contact din partea noastră și niciun răspuns în ultimele 4 săptămâni</numerusform>
            <numerusform>%n contacte din partea noastră și niciun răspuns în ultimele 4 săptămâni</numerusform>
            <numerusform>%n de contacte din partea noastră și niciun răspuns în ultimele 4 săptămâni</numerusform>
        </translation>
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
        <translation>
            <numerusform>Data de închidere amânată o dată</numerusform>
            <numerusform>Data de închidere amânată de %n ori</numerusform>
            <numerusform>Data de închidere amânată de %n de ori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In this stage for %n day(s) (usually %1)</source>
        <translation>
            <numerusform>În această etapă de %n zi (de obicei %1)</numerusform>
            <numerusform>În această etapă de %n zile (de obicei %1)</numerusform>
            <numerusform>În această etapă de %n de zile (de obicei %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close date passed %n day(s) ago</source>
        <translation>
            <numerusform>Data de închidere a trecut acum %n zi</numerusform>
            <numerusform>Data de închidere a trecut acum %n zile</numerusform>
            <numerusform>Data de închidere a trecut acum %n de zile</numerusform>
        </translation>
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
        <translation>
            <numerusform>Cumpărătorul s-a implicat acum %n zi</numerusform>
            <numerusform>Cumpărătorul s-a implicat acum %n zile</numerusform>
            <numerusform>Cumpărătorul s-a implicat acum %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer interaction(s) in the last 4 weeks</source>
        <translation>
            <numerusform>%n interacțiune cu cumpărătorul în ultimele 4 săptămâni</numerusform>
            <numerusform>%n interacțiuni cu cumpărătorul în ultimele 4 săptămâni</numerusform>
            <numerusform>%n de interacțiuni cu cumpărătorul în ultimele 4 săptămâni</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1; silent for %n day(s)</source>
        <translation>
            <numerusform>%1; tace de %n zi</numerusform>
            <numerusform>%1; tace de %n zile</numerusform>
            <numerusform>%1; tace de %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usually replies within %n day(s)</source>
        <translation>
            <numerusform>De obicei răspunde în cel mult %n zi</numerusform>
            <numerusform>De obicei răspunde în cel mult %n zile</numerusform>
            <numerusform>De obicei răspunde în cel mult %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
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
        <source>Close date</source>
        <translation>Data închiderii</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Intrări / ieșiri</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Motivul principal</translation>
    </message>
    <message>
        <source>Every deal</source>
        <translation>Toate oportunitățile</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Sănătate: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabil: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Echipă: %1</translation>
    </message>
    <message>
        <source>Dealpulse forecast snapshot · as of %1 · deal rows SHA-256 %2</source>
        <translation>Instantaneu de prognoză Dealpulse · la %1 · SHA-256 al rândurilor %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>Forecast snapshot</source>
        <translation>Instantaneu de prognoză</translation>
    </message>
    <message>
        <source>Live pipeline</source>
        <translation>Pipeline-ul actual</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>La data</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Forecast period</source>
        <translation>Perioada prognozei</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtru</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>%1 open, %2 closed</source>
        <translation>%1 deschise, %2 închise</translation>
    </message>
    <message>
        <source>Going dark after</source>
        <translation>Fără răspuns după</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantaneu</translation>
    </message>
    <message>
        <source>Deal rows SHA-256: %1</source>
        <translation>SHA-256 al rândurilor: %1</translation>
    </message>
    <message>
        <source>The same export as CSV, XLSX or JSON carries the same deals and the same checksum, so a forwarded copy can be checked against the cache.</source>
        <translation>Același export în CSV, XLSX sau JSON conține aceleași oportunități și aceeași sumă de control, astfel încât o copie trimisă mai departe poate fi verificată față de cache.</translation>
    </message>
    <message>
        <source>Forecast roll-ups (deals closing in the period)</source>
        <translation>Centralizări de prognoză (oportunități care se închid în perioadă)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Pipeline (all open)</source>
        <translation>Pipeline (toate deschise)</translation>
    </message>
    <message>
        <source>No deals match.</source>
        <translation>Nicio oportunitate nu corespunde.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>, %1 without amount</source>
        <translation>, %1 fără valoare</translation>
    </message>
    <message>
        <source>Cumulative, as forecasting tools add up: commit = closed won + commit; best case = commit + best case; pipeline = every open deal not omitted.</source>
        <translation>Cumulativ, cum adună instrumentele de prognoză: confirmat = câștigate + confirmat; cel mai bun caz = confirmat + cel mai bun caz; pipeline = toate oportunitățile deschise neomise.</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(fără responsabil)</translation>
    </message>
    <message>
        <source>Buyer engagement per rep, open deals, last 28 days</source>
        <translation>Implicarea cumpărătorilor per agent de vânzări, oportunități deschise, ultimele 28 de zile</translation>
    </message>
    <message>
        <source>Inbound (buyer)</source>
        <translation>Primite (cumpărător)</translation>
    </message>
    <message>
        <source>Outbound (us)</source>
        <translation>Trimise (noi)</translation>
    </message>
    <message>
        <source>Amount per forecast category, %1</source>
        <translation>Valoare pe categorie de prognoză, %1</translation>
    </message>
    <message>
        <source>Forecast snapshot · %1</source>
        <translation>Instantaneu de prognoză · %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>La %1</translation>
    </message>
    <message>
        <source>Open deals (%1)</source>
        <translation>Oportunități deschise (%1)</translation>
    </message>
    <message>
        <source>Closed deals (%1)</source>
        <translation>Oportunități închise (%1)</translation>
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
        <source>Forecast snapshot: %1</source>
        <translation>Instantaneu de prognoză: %1</translation>
    </message>
    <message>
        <source>Cannot draw the PDF report</source>
        <translation>Raportul PDF nu poate fi desenat</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without buyer reply</source>
        <translation>
            <numerusform>%n zi fără răspuns de la cumpărător</numerusform>
            <numerusform>%n zile fără răspuns de la cumpărător</numerusform>
            <numerusform>%n de zile fără răspuns de la cumpărător</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunitate</numerusform>
            <numerusform>%Ln oportunități</numerusform>
            <numerusform>%Ln de oportunități</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buyer engagement, 12 busiest of %n reps, open deals, last 28 days</source>
        <translation>
            <numerusform>Implicarea cumpărătorilor, cei mai activi 12 din %n agent de vânzări, oportunități deschise, ultimele 28 de zile</numerusform>
            <numerusform>Implicarea cumpărătorilor, cei mai activi 12 din %n agenți de vânzări, oportunități deschise, ultimele 28 de zile</numerusform>
            <numerusform>Implicarea cumpărătorilor, cei mai activi 12 din %n de agenți de vânzări, oportunități deschise, ultimele 28 de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Amount per forecast category, %1 (of %n currencies)</source>
        <translation>
            <numerusform>Valoare pe categorie de prognoză, %1 (din %n monedă)</numerusform>
            <numerusform>Valoare pe categorie de prognoză, %1 (din %n monede)</numerusform>
            <numerusform>Valoare pe categorie de prognoză, %1 (din %n de monede)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Decupează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Arată detaliile...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ascunde detaliile...</translation>
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
        <translation>Activitatea oportunităților, alerte pentru oportunitățile fără răspuns și starea prognozei, pentru managerii de vânzări.</translation>
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
    <message>
        <source>Unknown view %1; use pipeline, deal, rollup, alerts, lexicon or snapshots.</source>
        <translation>Vedere necunoscută %1; folosiți pipeline, deal, rollup, alerts, lexicon sau snapshots.</translation>
    </message>
    <message>
        <source>The view to show first: pipeline, deal (the worst open deal), rollup, alerts, lexicon or snapshots (with --screenshot also settings).</source>
        <translation>Vederea afișată la început: pipeline, deal (oportunitatea deschisă cu cea mai slabă sănătate), rollup, alerts, lexicon sau snapshots (cu --screenshot și settings).</translation>
    </message>
    <message>
        <source>Use a dark palette (to look at dark mode on any desktop).</source>
        <translation>Folosește o paletă întunecată (pentru a vedea modul întunecat pe orice desktop).</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>%1 is read-only: nothing will be saved to it.</source>
        <translation>%1 este doar pentru citire: nimic nu va fi salvat în el.</translation>
    </message>
    <message>
        <source>Read-only: nothing is saved to this cache</source>
        <translation>Doar citire: nimic nu se salvează în acest cache</translation>
    </message>
    <message>
        <source>%1 or its folder cannot be written, so ratings, notes, snapshots and syncs are not saved.</source>
        <translation>%1 sau dosarul lui nu poate fi scris, așa că evaluările, notele, instantaneele și sincronizările nu se salvează.</translation>
    </message>
    <message>
        <source>Rebuilding the cache…</source>
        <translation>Se reface cache-ul…</translation>
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
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da la &amp;toate</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;u la toate</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <source>The interaction no longer exists.</source>
        <translation>Interacțiunea nu mai există.</translation>
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
    <name>SnapshotExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Exportul a fost anulat.</translation>
    </message>
</context>
<context>
    <name>SyncWarning</name>
    <message>
        <source>call %1: transcript %2 not found; kept the call without it</source>
        <translation>apelul %1: transcrierea %2 nu a fost găsită; apelul a fost păstrat fără ea</translation>
    </message>
    <message>
        <source>call transcripts are not readable with this HubSpot app (crm.extensions_calling_transcripts.read); synced calls without them</source>
        <translation>transcrierile apelurilor nu pot fi citite cu această aplicație HubSpot (crm.extensions_calling_transcripts.read); apelurile au fost sincronizate fără ele</translation>
    </message>
    <message>
        <source>%1 %2: no readable hs_timestamp, used its creation time</source>
        <translation>%1 %2: hs_timestamp nu poate fi citit, s-a folosit momentul creării</translation>
    </message>
    <message>
        <source>deal %1: stage &apos;%2&apos; is in no pipeline; kept its id</source>
        <translation>oportunitatea %1: etapa „%2” nu este în niciun pipeline; s-a păstrat id-ul ei</translation>
    </message>
    <message>
        <source>deal %1: amount &apos;%2&apos; is not a number; stored none</source>
        <translation>oportunitatea %1: valoarea „%2” nu este un număr; nu s-a salvat nicio valoare</translation>
    </message>
    <message>
        <source>deal %1: close date &apos;%2&apos; is not a date; stored none</source>
        <translation>oportunitatea %1: data de închidere „%2” nu este o dată; nu s-a salvat nicio dată</translation>
    </message>
    <message>
        <source>%1 is not available in this org; skipped (%2)</source>
        <translation>%1 nu este disponibil în această organizație; omis (%2)</translation>
    </message>
    <message>
        <source>the org&apos;s default currency is unknown; opportunities stored without one</source>
        <translation>moneda implicită a organizației este necunoscută; oportunitățile au fost salvate fără monedă</translation>
    </message>
    <message>
        <source>%1 %2: unreadable %3 &apos;%4&apos;</source>
        <translation>%1 %2: %3 ilizibil „%4”</translation>
    </message>
    <message>
        <source>contact role %1: opportunity %2 or contact %3 is not synced</source>
        <translation>rolul de contact %1: oportunitatea %2 sau contactul %3 nu este sincronizat</translation>
    </message>
    <message>
        <source>%1 %2: no readable time, used its creation time</source>
        <translation>%1 %2: nicio oră lizibilă, s-a folosit momentul creării</translation>
    </message>
    <message>
        <source>opportunity %1: stage &apos;%2&apos; is not in the stage picklist; kept as is</source>
        <translation>oportunitatea %1: etapa „%2” nu este în lista de etape; păstrată ca atare</translation>
    </message>
    <message>
        <source>opportunity %1: probability &apos;%2&apos; is not a number</source>
        <translation>oportunitatea %1: probabilitatea „%2” nu este un număr</translation>
    </message>
    <message>
        <source>opportunity %1: amount &apos;%2&apos; is not a number; stored none</source>
        <translation>oportunitatea %1: valoarea „%2” nu este un număr; nu s-a salvat nicio valoare</translation>
    </message>
    <message>
        <source>opportunity %1: close date &apos;%2&apos; is not a date; stored none</source>
        <translation>oportunitatea %1: data de închidere „%2” nu este o dată; nu s-a salvat nicio dată</translation>
    </message>
    <message>
        <source>opportunity %1: unknown forecast category &apos;%2&apos;</source>
        <translation>oportunitatea %1: categorie de prognoză necunoscută „%2”</translation>
    </message>
    <message>
        <source>The HubSpot account id could not be read (%1)</source>
        <translation>Identificatorul contului HubSpot nu a putut fi citit (%1)</translation>
    </message>
    <message>
        <source>HubSpot sent an account id that is not a number</source>
        <translation>HubSpot a trimis un identificator de cont care nu este un număr</translation>
    </message>
</context>
<context>
    <name>WeeklySnapshot</name>
    <message>
        <source>Dealpulse (automatic)</source>
        <translation>Dealpulse (automat)</translation>
    </message>
    <message>
        <source>Weekly snapshot %1-W%2</source>
        <translation>Instantaneu săptămânal %1-S%2</translation>
    </message>
</context>
<context>
    <name>dp::AboutDialog</name>
    <message>
        <source>About Dealpulse</source>
        <translation>Despre Dealpulse</translation>
    </message>
    <message>
        <source>Dealpulse %1</source>
        <translation>Dealpulse %1</translation>
    </message>
    <message>
        <source>Deal activity, going-dark alerts and forecast health for sales managers.</source>
        <translation>Activitatea oportunităților, alerte pentru oportunitățile fără răspuns și starea prognozei, pentru managerii de vânzări.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later

Dealpulse is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.</source>
        <translation>Licență: GPL-3.0-or-later

Dealpulse este software liber: îl puteți redistribui și/sau modifica în termenii Licenței Publice Generale GNU, așa cum a fost publicată de Free Software Foundation, fie versiunea 3 a licenței, fie (la alegerea dumneavoastră) orice versiune ulterioară. Este distribuit în speranța că va fi util, dar FĂRĂ NICIO GARANȚIE; fără nici măcar garanția implicită de VANDABILITATE sau de CONFORMITATE PENTRU UN ANUMIT SCOP. Consultați Licența Publică Generală GNU pentru mai multe detalii.</translation>
    </message>
    <message>
        <source>Third-party software:</source>
        <translation>Software de la terți:</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software de la terți</translation>
    </message>
</context>
<context>
    <name>dp::ActivityChartView</name>
    <message>
        <source>Inbound and outbound interactions per week</source>
        <translation>Interacțiuni primite și trimise pe săptămână</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacțiuni</translation>
    </message>
    <message numerus="yes">
        <source>Going dark after %n day(s)</source>
        <translation>
            <numerusform>Fără răspuns după %n zi</numerusform>
            <numerusform>Fără răspuns după %n zile</numerusform>
            <numerusform>Fără răspuns după %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Primite</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Trimise</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Buyer sentiment</source>
        <translation>Sentimentul cumpărătorului</translation>
    </message>
</context>
<context>
    <name>dp::AlertNotice</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 și încă %n</numerusform>
            <numerusform>%1 și încă %n</numerusform>
            <numerusform>%1 și încă %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) went dark: %1</source>
        <translation>
            <numerusform>%n oportunitate a rămas fără răspuns: %1</numerusform>
            <numerusform>%n oportunități au rămas fără răspuns: %1</numerusform>
            <numerusform>%n de oportunități au rămas fără răspuns: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) now at risk: %1</source>
        <translation>
            <numerusform>%n oportunitate este acum în pericol: %1</numerusform>
            <numerusform>%n oportunități sunt acum în pericol: %1</numerusform>
            <numerusform>%n de oportunități sunt acum în pericol: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 și %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Dealpulse: deals need a look</source>
        <translation>Dealpulse: oportunități care cer atenție</translation>
    </message>
</context>
<context>
    <name>dp::AlertsModel</name>
    <message>
        <source>%1 · new</source>
        <translation>%1 · nou</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stare</translation>
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
        <source>Amount</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Data închiderii</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Motivul principal</translation>
    </message>
    <message>
        <source>Ranked by this value × risk × closeness of the close date. Amounts in %1 count as they are; other currencies are converted with the rates in Settings, or, without a rate, counted by their size relative to the typical (median) open deal in their currency.</source>
        <translation>Ordonată după această valoare × risc × apropierea datei de închidere. Sumele în %1 contează ca atare; celelalte monede sunt convertite cu cursurile din Setări sau, fără curs, după mărimea lor față de oportunitatea deschisă tipică (mediana) în moneda lor.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Ranked as</source>
        <translation>Ordonată ca</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1 × a typical %2 deal</source>
        <extracomment>e.g. &quot;1.8 × a typical EUR deal&quot;: no exchange rate, so the deal&apos;s size among its currency&apos;s deals</extracomment>
        <translation>%1 × o oportunitate tipică în %2</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>Fără sumă</translation>
    </message>
</context>
<context>
    <name>dp::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Snoozed alerts</source>
        <translation>Alerte amânate</translation>
    </message>
    <message>
        <source>Only new since I last looked</source>
        <translation>Doar cele noi de la ultima vizită</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Deschide oportunitatea</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>&amp;Amână…</translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation>&amp;Marchează toate ca văzute</translation>
    </message>
    <message>
        <source>Alerts you have seen leave this list until their deal changes band again</source>
        <translation>Alertele văzute părăsesc lista până când oportunitatea își schimbă din nou starea</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesită atenție</translation>
    </message>
    <message>
        <source>Snoozed (for coaching)</source>
        <translation>Amânate (pentru coaching)</translation>
    </message>
    <message>
        <source>Snoozed (for coaching): %1</source>
        <translation>Amânate (pentru coaching): %1</translation>
    </message>
    <message>
        <source>Nothing new since you last looked.</source>
        <translation>Nimic nou de la ultima vizită.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) went dark or became at risk since you last looked.</source>
        <translation>
            <numerusform>%n oportunitate a rămas fără răspuns sau a intrat în pericol de la ultima vizită.</numerusform>
            <numerusform>%n oportunități au rămas fără răspuns sau au intrat în pericol de la ultima vizită.</numerusform>
            <numerusform>%n de oportunități au rămas fără răspuns sau au intrat în pericol de la ultima vizită.</numerusform>
        </translation>
    </message>
    <message>
        <source>The snooze was not saved: %1</source>
        <translation>Amânarea nu a fost salvată: %1</translation>
    </message>
    <message>
        <source>Alert snoozed until %1</source>
        <translation>Alertă amânată până la %1</translation>
    </message>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>The snooze was not undone: %1</source>
        <translation>Amânarea nu a fost anulată: %1</translation>
    </message>
    <message>
        <source>Snooze undone: the alert is back.</source>
        <translation>Amânare anulată: alerta a revenit.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) marked as seen</source>
        <translation>
            <numerusform>%n alertă marcată ca văzută</numerusform>
            <numerusform>%n alerte marcate ca văzute</numerusform>
            <numerusform>%n de alerte marcate ca văzute</numerusform>
        </translation>
    </message>
    <message>
        <source>The alerts were not marked new again: %1</source>
        <translation>Alertele nu au fost marcate din nou ca noi: %1</translation>
    </message>
    <message>
        <source>The alerts are new again.</source>
        <translation>Alertele sunt din nou noi.</translation>
    </message>
</context>
<context>
    <name>dp::CacheProblemDialog</name>
    <message>
        <source>Dealpulse: the cache cannot be opened</source>
        <translation>Dealpulse: cache-ul nu poate fi deschis</translation>
    </message>
    <message>
        <source>Dealpulse caches (*.sqlite);;All files (*)</source>
        <translation>Cache-uri Dealpulse (*.sqlite);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Create a new cache</source>
        <translation>Creați un cache nou</translation>
    </message>
    <message>
        <source>Open a cache</source>
        <translation>Deschideți un cache</translation>
    </message>
    <message>
        <source>The file was left as it is. You can open another cache, create a new one and sync it from your CRM, or look around the demo pipeline.</source>
        <translation>Fișierul a rămas neatins. Puteți deschide alt cache, puteți crea unul nou și îl puteți sincroniza din CRM sau puteți explora pipeline-ul demonstrativ.</translation>
    </message>
    <message>
        <source>Open another cache…</source>
        <translation>Deschideți alt cache…</translation>
    </message>
    <message>
        <source>Create a new cache…</source>
        <translation>Creați un cache nou…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Deschideți demonstrația</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <source>Rebuilding makes a new cache that keeps your ratings, coaching notes, alert snoozes, snapshots and lexicon history; the next sync downloads the CRM&apos;s records again. The damaged file is kept as a backup.</source>
        <translation>Refacerea creează un cache nou care păstrează evaluările, notele de coaching, alertele amânate, instantaneele și istoricul lexiconului; următoarea sincronizare descarcă din nou înregistrările din CRM. Fișierul deteriorat este păstrat ca copie de siguranță.</translation>
    </message>
    <message>
        <source>Rebuild the cache…</source>
        <translation>Refaceți cache-ul…</translation>
    </message>
</context>
<context>
    <name>dp::CoachingNotesPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editează</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Note de coaching</translation>
    </message>
    <message>
        <source>No coaching notes yet.</source>
        <translation>Încă nu există note de coaching.</translation>
    </message>
    <message>
        <source>Coaching note text</source>
        <translation>Textul notei de coaching</translation>
    </message>
    <message>
        <source>Write a coaching note for the rep…</source>
        <translation>Scrieți o notă de coaching pentru agentul de vânzări…</translation>
    </message>
    <message>
        <source>Only the author can edit a note</source>
        <translation>Doar autorul poate edita o notă</translation>
    </message>
    <message>
        <source>Only the author can delete a note</source>
        <translation>Doar autorul poate șterge o notă</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Nota dumneavoastră</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Scrisă de %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvează modificările</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adaugă nota</translation>
    </message>
    <message>
        <source>Delete the note?</source>
        <translation>Ștergeți nota?</translation>
    </message>
    <message>
        <source>Delete the coaching note “%1”? This cannot be undone.</source>
        <translation>Ștergeți nota de coaching „%1”? Ștergerea nu poate fi anulată.</translation>
    </message>
</context>
<context>
    <name>dp::CrmConnectionsPage</name>
    <message>
        <source>Sync when Dealpulse starts</source>
        <translation>Sincronizează la pornirea Dealpulse</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>HubSpot — private app token</source>
        <translation>HubSpot — token de aplicație privată</translation>
    </message>
    <message>
        <source>HubSpot — OAuth app</source>
        <translation>HubSpot — aplicație OAuth</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresa API</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acces</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secretul clientului</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de reîmprospătare</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mailuri</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Apeluri</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Întâlniri</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Saved in the keychain; leave empty to keep it</source>
        <translation>Salvat în portchei; lăsați gol pentru a-l păstra</translation>
    </message>
    <message>
        <source>Enter the credentials first.</source>
        <translation>Introduceți mai întâi credențialele.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Se testează…</translation>
    </message>
    <message>
        <source>Connected to HubSpot.</source>
        <translation>Conectat la HubSpot.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation>Portcheiul a refuzat să salveze secretul: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Salesforce — OAuth connected app</source>
        <translation>Salesforce — aplicație conectată OAuth</translation>
    </message>
    <message>
        <source>Salesforce — access token</source>
        <translation>Salesforce — token de acces</translation>
    </message>
    <message>
        <source>Use https://test.salesforce.com for a sandbox.</source>
        <translation>Folosiți https://test.salesforce.com pentru un sandbox.</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresa de autentificare</translation>
    </message>
    <message>
        <source>What to sync (users, stages and pipelines always)</source>
        <translation>Ce se sincronizează (utilizatorii, etapele și pipeline-urile întotdeauna)</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Adresa instanței</translation>
    </message>
    <message>
        <source>From the sign-in (e.g. https://acme.my.salesforce.com)</source>
        <translation>Din autentificare (de ex. https://acme.my.salesforce.com)</translation>
    </message>
    <message>
        <source>e.g. https://acme.my.salesforce.com</source>
        <translation>de ex. https://acme.my.salesforce.com</translation>
    </message>
    <message>
        <source>Enter the Salesforce instance address first.</source>
        <translation>Introduceți mai întâi adresa instanței Salesforce.</translation>
    </message>
    <message>
        <source>Connected to Salesforce.</source>
        <translation>Conectat la Salesforce.</translation>
    </message>
    <message>
        <source>The test stopped on an unexpected error (%1).</source>
        <translation>Testul s-a oprit la o eroare neașteptată (%1).</translation>
    </message>
    <message>
        <source>The test stopped on an unexpected error.</source>
        <translation>Testul s-a oprit la o eroare neașteptată.</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Autentificare în browser…</translation>
    </message>
    <message>
        <source>Paste a refresh token instead (advanced)</source>
        <translation>Lipiți în schimb un token de reîmprospătare (avansat)</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of your app first.</source>
        <translation>Introduceți mai întâi ID-ul și secretul clientului aplicației.</translation>
    </message>
    <message>
        <source>You are signed in, but the keychain refused to store the sign-in: %1</source>
        <translation>Sunteți autentificat, dar portcheiul a refuzat să salveze autentificarea: %1</translation>
    </message>
    <message>
        <source>Signed in to Salesforce. The connection is saved; the sign-in is in the keychain.</source>
        <translation>Autentificat în Salesforce. Conexiunea este salvată; autentificarea este în portchei.</translation>
    </message>
    <message>
        <source>Signed in to HubSpot. The connection is saved; the sign-in is in the keychain.</source>
        <translation>Autentificat în HubSpot. Conexiunea este salvată; autentificarea este în portchei.</translation>
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
        <translation>Înapoi la pipeline (Esc)</translation>
    </message>
    <message>
        <source>Back to the pipeline</source>
        <translation>Înapoi la pipeline</translation>
    </message>
    <message>
        <source>Timeline, newest first</source>
        <translation>Cronologie, cele mai noi întâi</translation>
    </message>
    <message>
        <source>Close date, stage and amount history</source>
        <translation>Istoricul datei închiderii, etapei și valorii</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Loading the deal…</source>
        <translation>Se încarcă oportunitatea…</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n interaction(s), newest first</source>
        <translation>
            <numerusform>Cronologie: %n interacțiune, cele mai noi întâi</numerusform>
            <numerusform>Cronologie: %n interacțiuni, cele mai noi întâi</numerusform>
            <numerusform>Cronologie: %n de interacțiuni, cele mai noi întâi</numerusform>
        </translation>
    </message>
    <message>
        <source>Coaching notes (%1)</source>
        <translation>Note de coaching (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>se închide la %1</translation>
    </message>
    <message>
        <source>%1 · %2/100</source>
        <translation>%1 · %2/100</translation>
    </message>
    <message>
        <source>Health: %1, score %2 of 100</source>
        <translation>Stare: %1, scor %2 din 100</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Încă fără scor</translation>
    </message>
    <message>
        <source>Buyer last engaged today</source>
        <translation>Cumpărătorul a interacționat ultima dată azi</translation>
    </message>
    <message numerus="yes">
        <source>Buyer last engaged %n day(s) ago</source>
        <translation>
            <numerusform>Cumpărătorul a interacționat ultima dată acum %n zi</numerusform>
            <numerusform>Cumpărătorul a interacționat ultima dată acum %n zile</numerusform>
            <numerusform>Cumpărătorul a interacționat ultima dată acum %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>The buyer has not engaged yet</source>
        <translation>Cumpărătorul nu a interacționat încă</translation>
    </message>
    <message>
        <source>Last 4 weeks: %1 inbound, %2 outbound</source>
        <translation>Ultimele 4 săptămâni: %1 primite, %2 trimise</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer contact(s) engaged in 60 days</source>
        <translation>
            <numerusform>%n contact al cumpărătorului implicat în 60 de zile</numerusform>
            <numerusform>%n contacte ale cumpărătorului implicate în 60 de zile</numerusform>
            <numerusform>%n de contacte ale cumpărătorului implicate în 60 de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyer sentiment %1</source>
        <translation>Sentimentul cumpărătorului %1</translation>
    </message>
    <message>
        <source>(rising %1)</source>
        <translation>(în creștere %1)</translation>
    </message>
    <message>
        <source>(falling %1)</source>
        <translation>(în scădere %1)</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Cifre la data de %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>De ce:</translation>
    </message>
    <message>
        <source>No changes recorded</source>
        <translation>Nicio modificare înregistrată</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Istoric (%1)</translation>
    </message>
    <message>
        <source>The note was not saved</source>
        <translation>Nota nu a fost salvată</translation>
    </message>
    <message>
        <source>The note was not changed</source>
        <translation>Nota nu a fost modificată</translation>
    </message>
    <message>
        <source>The note was not deleted</source>
        <translation>Nota nu a fost ștearsă</translation>
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
        <translation>Evaluarea nu a fost retrasă</translation>
    </message>
    <message>
        <source>The rating was not saved</source>
        <translation>Evaluarea nu a fost salvată</translation>
    </message>
    <message>
        <source>The notes could not be read again</source>
        <translation>Notele nu au putut fi recitite</translation>
    </message>
</context>
<context>
    <name>dp::ExportDialog</name>
    <message>
        <source>Every deal, open and closed</source>
        <translation>Toate oportunitățile, deschise și închise</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Sănătate: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsabil: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Echipă: %1</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exportă instantaneul</translation>
    </message>
    <message>
        <source>%1 files (%2)</source>
        <translation>Fișiere %1 (%2)</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Raport PDF</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Registru Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (comma-separated)</source>
        <translation>CSV (valori separate prin virgulă)</translation>
    </message>
    <message>
        <source>JSON snapshot</source>
        <translation>Instantaneu JSON</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>Stored snapshot %1</source>
        <translation>Instantaneul salvat %1</translation>
    </message>
    <message>
        <source>The pipeline as it is now</source>
        <translation>Pipeline-ul așa cum este acum</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Oportunități:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtru:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportă</translation>
    </message>
    <message>
        <source>Evaluating the pipeline…</source>
        <translation>Se evaluează pipeline-ul…</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>Nu există instantaneul %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
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
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Also save a description (.csv.json) with the filters and a checksum</source>
        <translation>Salvați și o descriere (.csv.json) cu filtrele și o sumă de control</translation>
    </message>
</context>
<context>
    <name>dp::ForecastSettingsPage</name>
    <message>
        <source>Take a snapshot automatically every week</source>
        <translation>Fă automat un instantaneu în fiecare săptămână</translation>
    </message>
    <message>
        <source>Commit from stage probability</source>
        <translation>Confirmat de la probabilitatea etapei</translation>
    </message>
    <message>
        <source>Best case from stage probability</source>
        <translation>Cel mai bun caz de la probabilitatea etapei</translation>
    </message>
    <message>
        <source>Day of the weekly snapshot</source>
        <translation>Ziua instantaneului săptămânal</translation>
    </message>
    <message>
        <source>Hour of the weekly snapshot</source>
        <translation>Ora instantaneului săptămânal</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Used for deals whose CRM gives no forecast category of its own. Below best case a deal is pipeline.</source>
        <translation>Se folosește pentru oportunitățile cărora CRM-ul nu le dă o categorie de prognoză proprie. Sub cel mai bun caz, o oportunitate este pipeline.</translation>
    </message>
    <message>
        <source>Commit from stage probability:</source>
        <translation>Confirmat de la probabilitatea etapei:</translation>
    </message>
    <message>
        <source>Best case from stage probability:</source>
        <translation>Cel mai bun caz de la probabilitatea etapei:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Ziua:</translation>
    </message>
    <message>
        <source>Hour (your time zone):</source>
        <translation>Ora (fusul dvs. orar):</translation>
    </message>
</context>
<context>
    <name>dp::InteractionReader</name>
    <message>
        <source>Interaction content</source>
        <translation>Conținutul interacțiunii</translation>
    </message>
    <message>
        <source>+ Positive</source>
        <translation>+ Pozitiv</translation>
    </message>
    <message>
        <source>Rate this interaction positive</source>
        <translation>Evaluați această interacțiune ca pozitivă</translation>
    </message>
    <message>
        <source>Rate positive</source>
        <translation>Evaluare pozitivă</translation>
    </message>
    <message>
        <source>− Negative</source>
        <translation>− Negativ</translation>
    </message>
    <message>
        <source>Rate this interaction negative</source>
        <translation>Evaluați această interacțiune ca negativă</translation>
    </message>
    <message>
        <source>Rate negative</source>
        <translation>Evaluare negativă</translation>
    </message>
    <message>
        <source>Optional note: why? (Enter saves)</source>
        <translation>Notă opțională: de ce? (Enter salvează)</translation>
    </message>
    <message>
        <source>Rating note</source>
        <translation>Nota evaluării</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Evaluarea dumneavoastră:</translation>
    </message>
    <message>
        <source>Select an interaction in the timeline to read it</source>
        <translation>Selectați o interacțiune din cronologie pentru a o citi</translation>
    </message>
    <message>
        <source>driven by %1</source>
        <translation>datorat cuvintelor %1</translation>
    </message>
    <message>
        <source>No sentiment score</source>
        <translation>Fără scor de sentiment</translation>
    </message>
    <message>
        <source>Show the rest</source>
        <translation>Arată restul</translation>
    </message>
    <message>
        <source>Show the rest of this email</source>
        <translation>Arată restul acestui e-mail</translation>
    </message>
    <message>
        <source>This email is long: the rest is shown as plain text</source>
        <translation>Acest e-mail este lung: restul este afișat ca text simplu</translation>
    </message>
    <message>
        <source>Preparing this long email…</source>
        <translation>Se pregătește acest e-mail lung…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Arată mai mult</translation>
    </message>
    <message>
        <source>Preparing this long text…</source>
        <translation>Se pregătește acest text lung…</translation>
    </message>
</context>
<context>
    <name>dp::LastSyncDialog</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizare</translation>
    </message>
    <message>
        <source>The sync completed.</source>
        <translation>Sincronizarea s-a încheiat.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Sincronizarea a fost anulată.</translation>
    </message>
    <message>
        <source>The sync failed.</source>
        <translation>Sincronizarea a eșuat.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Încheiată</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Înregistrări scrise</translation>
    </message>
    <message>
        <source>Deals updated</source>
        <translation>Oportunități actualizate</translation>
    </message>
    <message>
        <source>Need a look</source>
        <translation>Cer atenție</translation>
    </message>
    <message>
        <source>No warnings: everything the CRM sent was read.</source>
        <translation>Niciun avertisment: tot ce a trimis CRM-ul a fost citit.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the sync went on; these records or objects were kept as well as they could be, or skipped.</source>
        <translation>
            <numerusform>%n avertisment: sincronizarea a continuat; aceste înregistrări sau obiecte au fost păstrate cât s-a putut de fidel sau au fost omise.</numerusform>
            <numerusform>%n avertismente: sincronizarea a continuat; aceste înregistrări sau obiecte au fost păstrate cât s-a putut de fidel sau au fost omise.</numerusform>
            <numerusform>%n de avertismente: sincronizarea a continuat; aceste înregistrări sau obiecte au fost păstrate cât s-a putut de fidel sau au fost omise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync warnings</source>
        <translation>Avertismentele sincronizării</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>Este afișat primul.</numerusform>
            <numerusform>Sunt afișate primele %n.</numerusform>
            <numerusform>Sunt afișate primele %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>sub o secundă</translation>
    </message>
</context>
<context>
    <name>dp::LexiconView</name>
    <message>
        <source>English</source>
        <translation>Engleză</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Română</translation>
    </message>
    <message>
        <source>Terms the ratings taught the sentiment scorer. A positive weight makes texts with the term score higher.</source>
        <translation>Termenii pe care evaluările i-au învățat scorului de sentiment. O pondere pozitivă face ca textele cu termenul să primească un scor mai mare.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Limbă:</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Learned weight</source>
        <translation>Pondere învățată</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versiune</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Reset learned weight</source>
        <translation>Resetează ponderea învățată</translation>
    </message>
    <message>
        <source>Forget what the ratings so far taught this term; later ratings teach it again.</source>
        <translation>Uită ce au învățat evaluările de până acum despre acest termen; evaluările ulterioare îl vor învăța din nou.</translation>
    </message>
    <message>
        <source>Term history</source>
        <translation>Istoricul termenului</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce s-a schimbat</translation>
    </message>
    <message>
        <source>Terms moved</source>
        <translation>Termeni modificați</translation>
    </message>
    <message>
        <source>Undo version</source>
        <translation>Anulează versiunea</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiuni</translation>
    </message>
    <message>
        <source>Rescore now</source>
        <translation>Recalculează acum</translation>
    </message>
    <message>
        <source>Score every interaction again with the current lexicon.</source>
        <translation>Recalculează scorul fiecărei interacțiuni cu lexiconul actual.</translation>
    </message>
    <message>
        <source>Some interaction scores predate the latest lexicon version.</source>
        <translation>Unele scoruri ale interacțiunilor sunt anterioare ultimei versiuni a lexiconului.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (anulată)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message>
        <source>%1 rated “%2” positive</source>
        <translation>%1 a evaluat „%2” ca pozitiv</translation>
    </message>
    <message>
        <source>%1 rated “%2” negative</source>
        <translation>%1 a evaluat „%2” ca negativ</translation>
    </message>
    <message>
        <source>Positive rating of “%2” by %1 removed</source>
        <translation>Evaluarea pozitivă a „%2” dată de %1 a fost ștearsă</translation>
    </message>
    <message>
        <source>Negative rating of “%2” by %1 removed</source>
        <translation>Evaluarea negativă a „%2” dată de %1 a fost ștearsă</translation>
    </message>
    <message>
        <source>“%1” reset</source>
        <translation>„%1” resetat</translation>
    </message>
    <message>
        <source>Reset of “%1” undone</source>
        <translation>Resetarea lui „%1” a fost anulată</translation>
    </message>
    <message>
        <source>Select a term to see which ratings moved it.</source>
        <translation>Selectați un termen pentru a vedea ce evaluări l-au modificat.</translation>
    </message>
    <message>
        <source>How “%1” was learned, newest first:</source>
        <translation>Cum a fost învățat „%1”, cele mai noi întâi:</translation>
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
        <translation>Se recalculează scorurile interacțiunilor cu noul lexicon…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>Rescoring failed: %1</source>
        <translation>Recalcularea scorurilor a eșuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rescoring cancelled; %n interaction(s) already have their new score.</source>
        <translation>
            <numerusform>Recalculare anulată; %n interacțiune are deja noul scor.</numerusform>
            <numerusform>Recalculare anulată; %n interacțiuni au deja noul scor.</numerusform>
            <numerusform>Recalculare anulată; %n de interacțiuni au deja noul scor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rescoring done: %n interaction(s) changed score.</source>
        <translation>
            <numerusform>Recalculare încheiată: %n interacțiune și-a schimbat scorul.</numerusform>
            <numerusform>Recalculare încheiată: %n interacțiuni și-au schimbat scorul.</numerusform>
            <numerusform>Recalculare încheiată: %n de interacțiuni și-au schimbat scorul.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) updated.</source>
        <translation>
            <numerusform>%n oportunitate actualizată.</numerusform>
            <numerusform>%n oportunități actualizate.</numerusform>
            <numerusform>%n de oportunități actualizate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learned terms</source>
        <translation>Termeni învățați</translation>
    </message>
    <message>
        <source>Lexicon versions</source>
        <translation>Versiunile lexiconului</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versiunea %1</translation>
    </message>
    <message>
        <source>Lexicon version (SHA-256 of the learned weights): %1</source>
        <translation>Versiunea lexiconului (SHA-256 al ponderilor învățate): %1</translation>
    </message>
    <message>
        <source>Lexicon version %1</source>
        <translation>Versiunea lexiconului %1</translation>
    </message>
    <message>
        <source>The team&apos;s new ratings could not be learned: %1</source>
        <translation>Noile evaluări ale echipei nu au putut fi învățate: %1</translation>
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
        <translation>Centralizare pe echipe</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Lexicon</source>
        <translation>Lexicon</translation>
    </message>
    <message>
        <source>Last opened &amp;deal</source>
        <translation>Ultima &amp;oportunitate deschisă</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerte (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigare</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Îna&amp;poi</translation>
    </message>
    <message>
        <source>&amp;Search the pipeline</source>
        <translation>&amp;Caută în pipeline</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>No cache open</source>
        <translation>Niciun cache deschis</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>Se citește pipeline-ul…</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Ultima sincronizare: %1</translation>
    </message>
    <message>
        <source>Demo data from %1</source>
        <translation>Date demonstrative din %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nesincronizat niciodată</translation>
    </message>
    <message>
        <source>figures as of %1</source>
        <translation>cifre la %1</translation>
    </message>
    <message numerus="yes">
        <source>going dark after %n day(s)</source>
        <translation>
            <numerusform>fără răspuns după %n zi</numerusform>
            <numerusform>fără răspuns după %n zile</numerusform>
            <numerusform>fără răspuns după %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language applies when Dealpulse starts again.</source>
        <translation>Noua limbă se aplică la următoarea pornire a Dealpulse.</translation>
    </message>
    <message>
        <source>Updating deal health…</source>
        <translation>Se actualizează starea oportunităților…</translation>
    </message>
    <message>
        <source>Connect a CRM</source>
        <translation>Conectați un CRM</translation>
    </message>
    <message>
        <source>No CRM connection is set up yet. Add one under Settings → CRM.</source>
        <translation>Nu există încă nicio conexiune CRM. Adăugați una în Setări → CRM.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanee</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;incronizează acum</translation>
    </message>
    <message>
        <source>&amp;Take snapshot…</source>
        <translation>&amp;Fă un instantaneu…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizare</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: the figures keep the earlier settings (going dark after %n day(s)).</source>
        <translation>
            <numerusform>Anulat: cifrele păstrează setările anterioare (fără răspuns după %n zi).</numerusform>
            <numerusform>Anulat: cifrele păstrează setările anterioare (fără răspuns după %n zile).</numerusform>
            <numerusform>Anulat: cifrele păstrează setările anterioare (fără răspuns după %n de zile).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another task is running; the figures are updated when Dealpulse starts again.</source>
        <translation>Rulează deja o altă sarcină; cifrele se actualizează la următoarea pornire a Dealpulse.</translation>
    </message>
    <message>
        <source>Dealpulse: the cache is damaged</source>
        <translation>Dealpulse: cache-ul este deteriorat</translation>
    </message>
    <message>
        <source>Deals, emails and the other CRM records can be downloaded again, but your ratings, coaching notes and snapshots are only in this file. Rebuild the cache to keep them in a new file and download the rest again with the next sync; the damaged file is kept as a backup. Or back the file up now, as it is, for recovery tools (for example sqlite3&apos;s .recover command).</source>
        <translation>Oportunitățile, e-mailurile și celelalte înregistrări din CRM pot fi descărcate din nou, dar evaluările, notele de coaching și instantaneele dumneavoastră există doar în acest fișier. Refaceți cache-ul ca să le păstrați într-un fișier nou și să descărcați restul din nou la următoarea sincronizare; fișierul deteriorat este păstrat ca copie de siguranță. Sau faceți acum o copie a fișierului, așa cum este, pentru instrumentele de recuperare (de exemplu comanda .recover a sqlite3).</translation>
    </message>
    <message>
        <source>Rebuild the cache…</source>
        <translation>Refaceți cache-ul…</translation>
    </message>
    <message>
        <source>Back up the file</source>
        <translation>Faceți o copie a fișierului</translation>
    </message>
    <message>
        <source>Continue without a copy</source>
        <translation>Continuați fără copie</translation>
    </message>
    <message>
        <source>The cache was copied to %1.</source>
        <translation>Cache-ul a fost copiat în %1.</translation>
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation>Refacerea cache-ului</translation>
    </message>
    <message>
        <source>A sync is running. Rebuild the cache when it has finished, or cancel it.</source>
        <translation>Rulează o sincronizare. Refaceți cache-ul după ce se termină sau anulați-o.</translation>
    </message>
    <message>
        <source>Another task is running. Rebuild the cache when it has finished.</source>
        <translation>Rulează deja o altă sarcină. Refaceți cache-ul după ce se termină.</translation>
    </message>
    <message>
        <source>Rebuilding the cache…</source>
        <translation>Se reface cache-ul…</translation>
    </message>
    <message>
        <source>Rebuild cancelled: the cache is as it was.</source>
        <translation>Refacere anulată: cache-ul a rămas cum era.</translation>
    </message>
    <message>
        <source>A sync started while the cache was being rebuilt, so the rebuilt cache was not put in place. Rebuild again when the sync has finished.</source>
        <translation>O sincronizare a pornit în timp ce cache-ul era refăcut, așa că cache-ul refăcut nu i-a luat locul. Refaceți-l din nou după ce se termină sincronizarea.</translation>
    </message>
    <message>
        <source>No CRM connection is set up yet: add one under Settings → CRM, then choose File → Sync now.</source>
        <translation>Nu există încă nicio conexiune CRM: adăugați una în Setări → CRM, apoi alegeți Fișier → Sincronizează acum.</translation>
    </message>
    <message>
        <source>Dealpulse is still reading the cache, so the rebuilt cache was not put in place. Rebuild again in a moment.</source>
        <translation>Dealpulse încă citește cache-ul, așa că cache-ul refăcut nu i-a luat locul. Refaceți-l din nou peste câteva clipe.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;About Dealpulse</source>
        <translation>&amp;Despre Dealpulse</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>Creating the demo pipeline…</source>
        <translation>Se creează pipeline-ul demonstrativ…</translation>
    </message>
    <message>
        <source>The demo pipeline could not be created.</source>
        <translation>Pipeline-ul demonstrativ nu a putut fi creat.</translation>
    </message>
    <message>
        <source>The new formats apply when Dealpulse starts again.</source>
        <translation>Noile formate se aplică la următoarea pornire a Dealpulse.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipă</translation>
    </message>
</context>
<context>
    <name>dp::OpenInCrm</name>
    <message>
        <source>Open in CRM</source>
        <translation>Deschide în CRM</translation>
    </message>
    <message>
        <source>Open in HubSpot</source>
        <translation>Deschide în HubSpot</translation>
    </message>
    <message>
        <source>Open in Salesforce</source>
        <translation>Deschide în Salesforce</translation>
    </message>
    <message>
        <source>Opens this deal in your web browser</source>
        <translation>Deschide această oportunitate în browserul web</translation>
    </message>
    <message>
        <source>This deal is demo data: it has no page in a CRM.</source>
        <translation>Această oportunitate face parte din datele demonstrative: nu are o pagină într-un CRM.</translation>
    </message>
    <message>
        <source>The HubSpot account is not known yet: sync once to link deals to it.</source>
        <translation>Contul HubSpot nu este încă cunoscut: sincronizați o dată pentru a lega oportunitățile de el.</translation>
    </message>
    <message>
        <source>The Salesforce address is not known yet: sync once to link deals to it.</source>
        <translation>Adresa Salesforce nu este încă cunoscută: sincronizați o dată pentru a lega oportunitățile de ea.</translation>
    </message>
    <message>
        <source>This deal&apos;s id from the CRM is not one a link can be made from.</source>
        <translation>Din identificatorul primit de la CRM pentru această oportunitate nu se poate face o legătură.</translation>
    </message>
    <message>
        <source>Dealpulse</source>
        <translation>Dealpulse</translation>
    </message>
    <message>
        <source>The web browser could not be started to open %1.</source>
        <translation>Browserul web nu a putut fi pornit pentru a deschide %1.</translation>
    </message>
</context>
<context>
    <name>dp::PageNavigator</name>
    <message>
        <source>Views</source>
        <translation>Vizualizări</translation>
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
        <translation>Confirmat</translation>
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
        <source>The buyer has never replied; counted from the deal&apos;s creation.</source>
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
        <source>Buyer contacts engaged in the last 60 days (1 = single-threaded)</source>
        <translation>Contacte ale cumpărătorului implicate în ultimele 60 de zile (1 = un singur interlocutor)</translation>
    </message>
    <message>
        <source>How many times the close date moved later</source>
        <translation>De câte ori a fost amânată data închiderii</translation>
    </message>
    <message>
        <source>Mean sentiment of the buyer&apos;s messages in the last 28 days, from −1 to +1</source>
        <translation>Sentimentul mediu al mesajelor cumpărătorului din ultimele 28 de zile, de la −1 la +1</translation>
    </message>
    <message>
        <source>Silent (d)</source>
        <translation>Tăcere (z)</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Cumpărători</translation>
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
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent de vânzări</translation>
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
        <source>Close quarter</source>
        <translation>Trimestrul închiderii</translation>
    </message>
    <message>
        <source>Search deals, accounts and every email, meeting and call (Ctrl+F)</source>
        <translation>Caută oportunități, clienți și în fiecare e-mail, întâlnire și apel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the pipeline</source>
        <translation>Caută în pipeline</translation>
    </message>
    <message>
        <source>Show %1 deals</source>
        <translation>Arată oportunitățile: %1</translation>
    </message>
    <message>
        <source>Show or hide %1 deals</source>
        <translation>Arată sau ascunde oportunitățile: %1</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Șterge toate filtrele</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toate echipele</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Toți agenții</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toate etapele</translation>
    </message>
    <message>
        <source>All forecast categories</source>
        <translation>Toate categoriile de prognoză</translation>
    </message>
    <message>
        <source>Any close quarter</source>
        <translation>Orice trimestru de închidere</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Totals of the deals shown</source>
        <translation>Totalurile oportunităților afișate</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Se caută…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Căutarea a eșuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 în total</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the whole pipeline…</source>
        <translation>Se citește întregul pipeline…</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Deschide oportunitatea</translation>
    </message>
</context>
<context>
    <name>dp::RollupModel</name>
    <message>
        <source>%1 %2 from %3</source>
        <translation>%1 %2 de la %3</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Fără echipă</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Buyer interactions in the last 28 days, against the 28 days before</source>
        <translation>Interacțiunile cumpărătorului din ultimele 28 de zile, față de cele 28 de zile dinainte</translation>
    </message>
    <message>
        <source>Manager / rep</source>
        <translation>Manager / agent</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Oportunități deschise</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline deschis</translation>
    </message>
    <message>
        <source>Going dark</source>
        <translation>Fără răspuns</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>În pericol</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>De urmărit</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sănătoasă</translation>
    </message>
    <message>
        <source>Inbound (28d)</source>
        <translation>Primite (28 z)</translation>
    </message>
    <message>
        <source>Outbound (28d)</source>
        <translation>Trimise (28 z)</translation>
    </message>
</context>
<context>
    <name>dp::RollupPage</name>
    <message>
        <source>Team roll-up</source>
        <translation>Centralizare pe echipe</translation>
    </message>
    <message>
        <source>Select a manager or rep to filter the pipeline to them; press Enter to open it.</source>
        <translation>Selectați un manager sau un agent pentru a filtra pipeline-ul după el; apăsați Enter pentru a-l deschide.</translation>
    </message>
</context>
<context>
    <name>dp::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Going dark after</source>
        <translation>Fără răspuns după</translation>
    </message>
    <message>
        <source>A deal goes &amp;dark after</source>
        <translation>O oportunitate rămâne fără &amp;răspuns după</translation>
    </message>
    <message>
        <source>e.g. example.com, example.co.uk</source>
        <translation>de ex. example.com, example.co.uk</translation>
    </message>
    <message>
        <source>Our email domains</source>
        <translation>Domeniile noastre de e-mail</translation>
    </message>
    <message>
        <source>Our email &amp;domains</source>
        <translation>&amp;Domeniile noastre de e-mail</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fus orar</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Al sistemului (%1)</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fus orar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>System</source>
        <translation>A sistemului</translation>
    </message>
    <message>
        <source>Applies when Dealpulse starts again.</source>
        <translation>Se aplică la următoarea pornire a Dealpulse.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Locația cache-ului</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Locația implicită</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>Dealpulse cache (*.sqlite)</source>
        <translation>Cache Dealpulse (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Cache file</source>
        <translation>Fișierul &amp;cache</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Monede</translation>
    </message>
    <message>
        <source>Alerts are ranked by amount × risk × closeness. Amounts are compared in the reporting currency: deals in another currency are converted with the rates below; without a rate, a deal counts by its size relative to the typical open deal in its own currency.</source>
        <translation>Alertele sunt ordonate după sumă × risc × apropiere. Sumele se compară în moneda de raportare: oportunitățile în altă monedă sunt convertite cu cursurile de mai jos; fără curs, o oportunitate contează după mărimea ei față de oportunitatea deschisă tipică în propria monedă.</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Moneda de raportare</translation>
    </message>
    <message>
        <source>The currency most deals are in</source>
        <translation>Moneda majorității oportunităților</translation>
    </message>
    <message>
        <source>&amp;Reporting currency</source>
        <translation>Moneda de &amp;raportare</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Cursuri de schimb</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Worth in the reporting currency</source>
        <translation>Valoare în moneda de raportare</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Adaugă un curs</translation>
    </message>
    <message>
        <source>Re&amp;move rate</source>
        <translation>Șter&amp;ge cursul</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Curs</translation>
    </message>
    <message>
        <source>Flag a deal at risk when the buyer is silent far longer than usual</source>
        <translation>Marchează oportunitatea ca în pericol când cumpărătorul tace mult mai mult decât de obicei</translation>
    </message>
    <message>
        <source>Marks a deal at risk when the buyer&apos;s silence is well beyond the gaps between their own recent replies (at least a week), even before it goes dark.</source>
        <translation>Marchează oportunitatea ca în pericol când tăcerea cumpărătorului depășește cu mult pauzele dintre propriile lui răspunsuri recente (cel puțin o săptămână), chiar înainte să rămână fără răspuns.</translation>
    </message>
    <message>
        <source>Buyer&apos;s rhythm</source>
        <translation>Ritmul cumpărătorului</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;rhythm</source>
        <translation>Ritmul &amp;cumpărătorului</translation>
    </message>
    <message>
        <source>Background sync</source>
        <translation>Sincronizare în fundal</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Oprită</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>La fiecare %n minut</numerusform>
            <numerusform>La fiecare %n minute</numerusform>
            <numerusform>La fiecare %n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>La fiecare %n oră</numerusform>
            <numerusform>La fiecare %n ore</numerusform>
            <numerusform>La fiecare %n de ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncs with the saved CRM connection while Dealpulse is open; waits while the system says the connection is offline or metered.</source>
        <translation>Sincronizează cu conexiunea CRM salvată cât timp Dealpulse este deschis; așteaptă cât timp sistemul arată că nu există conexiune sau că aceasta este contorizată.</translation>
    </message>
    <message>
        <source>Background &amp;sync</source>
        <translation>&amp;Sincronizare în fundal</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Acest desktop nu are zonă de notificare.</translation>
    </message>
    <message>
        <source>Tray &amp;icon</source>
        <translation>&amp;Pictogramă în zona de notificare</translation>
    </message>
    <message>
        <source>Show the number of new alerts in the system tray</source>
        <translation>Arată numărul de alerte noi în zona de notificare a sistemului</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>&amp;Formats</source>
        <translation>F&amp;ormate</translation>
    </message>
    <message>
        <source>How dates, numbers and amounts are written. Applies when Dealpulse starts again; exports keep their own formats.</source>
        <translation>Cum se scriu datele, numerele și sumele. Se aplică la următoarea pornire a Dealpulse; exporturile își păstrează propriile formate.</translation>
    </message>
</context>
<context>
    <name>dp::SignInDialog</name>
    <message>
        <source>Open the browser again</source>
        <translation>Deschide din nou browserul</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Autentificare în %1</translation>
    </message>
    <message>
        <source>Dealpulse opened the %1 sign-in page in your web browser. Sign in there and allow access; this window closes by itself when %1 answers.</source>
        <translation>Dealpulse a deschis pagina de autentificare %1 în browserul dumneavoastră. Autentificați-vă acolo și permiteți accesul; această fereastră se închide singură când %1 răspunde.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opțional)</translation>
    </message>
    <message>
        <source>Dealpulse asks %1 to read (it never changes anything there):</source>
        <translation>Dealpulse cere de la %1 permisiunea de a citi (nu modifică nimic acolo):</translation>
    </message>
    <message>
        <source>The sign-in is kept in the system keychain, never in a file. No password passes through Dealpulse.</source>
        <translation>Autentificarea este păstrată în portcheiul sistemului, niciodată într-un fișier. Nicio parolă nu trece prin Dealpulse.</translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation>Se așteaptă răspunsul de la %1…</translation>
    </message>
    <message>
        <source>No web browser could be opened. Set a default browser for this computer.</source>
        <translation>Nu s-a putut deschide niciun browser. Setați un browser implicit pentru acest computer.</translation>
    </message>
    <message>
        <source>deals and their pipelines</source>
        <translation>oportunitățile și pipeline-urile lor</translation>
    </message>
    <message>
        <source>contacts, calls, meetings and notes</source>
        <translation>contactele, apelurile, întâlnirile și notițele</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>companiile</translation>
    </message>
    <message>
        <source>emails logged on deals and contacts</source>
        <translation>e-mailurile înregistrate la oportunități și contacte</translation>
    </message>
    <message>
        <source>the users who own deals</source>
        <translation>utilizatorii care dețin oportunități</translation>
    </message>
    <message>
        <source>call transcripts</source>
        <translation>transcrierile apelurilor</translation>
    </message>
    <message>
        <source>your data through the REST API, with your own permissions</source>
        <translation>datele dumneavoastră prin API-ul REST, cu propriile permisiuni</translation>
    </message>
    <message>
        <source>stay signed in, so syncs need no new sign-in</source>
        <translation>rămâneți autentificat, ca sincronizările să nu ceară o nouă autentificare</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>The sign-in did not complete; the reason is below. Nothing was saved.</source>
        <translation>Autentificarea nu s-a încheiat; motivul este mai jos. Nu s-a salvat nimic.</translation>
    </message>
</context>
<context>
    <name>dp::SnapshotHistoryView</name>
    <message>
        <source>Take snapshot</source>
        <translation>Fă un instantaneu</translation>
    </message>
    <message>
        <source>What is this snapshot for?</source>
        <translation>Pentru ce este acest instantaneu?</translation>
    </message>
    <message>
        <source>Forecast call</source>
        <translation>Ședința de prognoză</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantanee</translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation>Fă un instantaneu…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compară</translation>
    </message>
    <message>
        <source>Select two snapshots to see what changed between them.</source>
        <translation>Selectați două instantanee pentru a vedea ce s-a schimbat între ele.</translation>
    </message>
    <message>
        <source>Select two snapshots and press Compare.</source>
        <translation>Selectați două instantanee și apăsați Compară.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modificări</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Acuratețe</translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation>Selectați un instantaneu.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Centralizare</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Health-adjusted</source>
        <translation>Ajustat după sănătate</translation>
    </message>
    <message>
        <source>Win rate per health band, from this team&apos;s closed deals</source>
        <translation>Rata de câștig pe nivel de sănătate, din oportunitățile închise ale acestei echipe</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Rata de câștig</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Mărimea eșantionului</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>La data</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Realizat de</translation>
    </message>
    <message>
        <source>Snapshot %1, taken %2</source>
        <translation>Instantaneul %1, realizat %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n change(s) in the quarter %3 – %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n schimbare în trimestrul %3 – %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n schimbări în trimestrul %3 – %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %n de schimbări în trimestrul %3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
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
        <source>Snapshot as of</source>
        <translation>Instantaneu la</translation>
    </message>
    <message>
        <source>Accuracy shows once a snapshot&apos;s quarter has closed: then its forecast is held against what actually closed.</source>
        <translation>Acuratețea apare după ce trimestrul unui instantaneu s-a încheiat: atunci prognoza lui este comparată cu ce s-a închis efectiv.</translation>
    </message>
    <message>
        <source>Each snapshot&apos;s forecast for its quarter against what actually closed: max(0, 1 − |actual − forecast| / actual).</source>
        <translation>Prognoza fiecărui instantaneu pentru trimestrul său față de ce s-a închis efectiv: max(0, 1 − |real − prognoză| / real).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: deals closing %2 – %3, each weighted by its health band&apos;s win rate, learnt from %n earlier snapshot(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: oportunități care se închid %2 – %3, fiecare ponderată cu rata de câștig a categoriei sale de sănătate, învățată din %n instantaneu anterior.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: oportunități care se închid %2 – %3, fiecare ponderată cu rata de câștig a categoriei sale de sănătate, învățată din %n instantanee anterioare.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: oportunități care se închid %2 – %3, fiecare ponderată cu rata de câștig a categoriei sale de sănătate, învățată din %n de instantanee anterioare.</numerusform>
        </translation>
    </message>
    <message>
        <source>no history yet</source>
        <translation>încă fără istoric</translation>
    </message>
    <message>
        <source>overall rate</source>
        <translation>rata generală</translation>
    </message>
    <message>
        <source>Changes between the snapshots</source>
        <translation>Schimbările dintre instantanee</translation>
    </message>
    <message>
        <source>Forecast accuracy per snapshot</source>
        <translation>Precizia prognozei pe instantaneu</translation>
    </message>
    <message>
        <source>Health-adjusted forecast</source>
        <translation>Prognoză ajustată după sănătate</translation>
    </message>
    <message>
        <source>Win rate per health band</source>
        <translation>Rata de câștig pe categorie de sănătate</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>Compară instantaneele</translation>
    </message>
    <message>
        <source>Taken by you (%1)</source>
        <translation>Realizat de dumneavoastră (%1)</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Realizat de %1</translation>
    </message>
</context>
<context>
    <name>dp::SnapshotsPage</name>
    <message>
        <source>The weekly snapshot could not be taken: %1</source>
        <translation>Instantaneul săptămânal nu a putut fi făcut: %1</translation>
    </message>
</context>
<context>
    <name>dp::SnoozeDialog</name>
    <message>
        <source>Snooze alert</source>
        <translation>Amână alerta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Buyer is on holiday</source>
        <translation>Cumpărătorul este în concediu</translation>
    </message>
    <message>
        <source>Waiting for legal or procurement</source>
        <translation>Se așteaptă departamentul juridic sau de achiziții</translation>
    </message>
    <message>
        <source>Rep is in touch by phone</source>
        <translation>Agentul ține legătura prin telefon</translation>
    </message>
    <message>
        <source>Budget decision next quarter</source>
        <translation>Decizia de buget în trimestrul următor</translation>
    </message>
    <message>
        <source>Why is this deal quiet?</source>
        <translation>De ce nu răspunde cumpărătorul?</translation>
    </message>
    <message>
        <source>Alert again on</source>
        <translation>Alertă din nou la</translation>
    </message>
    <message>
        <source>Snooze the alert for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Amână alerta pentru &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <source>&amp;Alert again on</source>
        <translation>&amp;Alertă din nou la</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Amână</translation>
    </message>
</context>
<context>
    <name>dp::SnoozesModel</name>
    <message>
        <source>Snoozed</source>
        <translation>Amânată</translation>
    </message>
    <message>
        <source>Back in alerts</source>
        <translation>Din nou în alerte</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Health then</source>
        <translation>Starea de atunci</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Resumes on</source>
        <translation>Revine la</translation>
    </message>
    <message>
        <source>Snoozed by</source>
        <translation>Amânată de</translation>
    </message>
    <message>
        <source>Snoozed on</source>
        <translation>Amânată la</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situație</translation>
    </message>
</context>
<context>
    <name>dp::StatusTasks</name>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Anulează operația în curs</translation>
    </message>
</context>
<context>
    <name>dp::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Progresul sincronizării</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Anulează sincronizarea</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Anulează sincronizarea</translation>
    </message>
    <message>
        <source>Starting the sync…</source>
        <translation>Începe sincronizarea…</translation>
    </message>
    <message>
        <source>When the last sync ended, what it wrote, its warnings and errors</source>
        <translation>Când s-a încheiat ultima sincronizare, ce a scris, avertismentele și erorile ei</translation>
    </message>
    <message>
        <source>Last sync cancelled</source>
        <translation>Ultima sincronizare a fost anulată</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Ultima sincronizare a eșuat</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n warning(s)</source>
        <translation>
            <numerusform>Ultima sincronizare: %n avertisment</numerusform>
            <numerusform>Ultima sincronizare: %n avertismente</numerusform>
            <numerusform>Ultima sincronizare: %n de avertismente</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizare</translation>
    </message>
</context>
<context>
    <name>dp::TeamSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nume@example.com</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the stored one</source>
        <translation>Păstrată în portchei; lăsați gol pentru a o păstra pe cea salvată</translation>
    </message>
    <message>
        <source>Share ratings, coaching notes and snapshots with your team through a PostgreSQL server. Your administrator gives you its address and your login.</source>
        <translation>Partajați evaluările, notele de coaching și instantaneele cu echipa prin intermediul unui server PostgreSQL. Administratorul vă dă adresa lui și contul dumneavoastră.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresa &amp;serverului:</translation>
    </message>
    <message>
        <source>&amp;User (email):</source>
        <translation>&amp;Utilizator (e-mail):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Parola nu a putut fi păstrată în portchei: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvat.</translation>
    </message>
    <message>
        <source>Saved: no team server.</source>
        <translation>Salvat: fără server de echipă.</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Introduceți mai întâi adresa serverului.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Se testează…</translation>
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
        <translation>agent de vânzări</translation>
    </message>
    <message>
        <source>Connected: schema version %1; your role: %2.</source>
        <translation>Conectat: schema are versiunea %1; rolul dumneavoastră: %2.</translation>
    </message>
    <message>
        <source>Connected: schema version %1; your role: %2 in the team %3.</source>
        <translation>Conectat: schema are versiunea %1; rolul dumneavoastră: %2 în echipa %3.</translation>
    </message>
</context>
<context>
    <name>dp::TeamStatusLabel</name>
    <message>
        <source>Team: …</source>
        <translation>Echipă: …</translation>
    </message>
    <message numerus="yes">
        <source>Team: %n unsent</source>
        <translation>
            <numerusform>Echipă: %n modificare netrimisă</numerusform>
            <numerusform>Echipă: %n modificări netrimise</numerusform>
            <numerusform>Echipă: %n de modificări netrimise</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes not yet sent to the team server; they go with the next team sync.</source>
        <translation>Modificări încă netrimise serverului de echipă; pleacă la următoarea sincronizare a echipei.</translation>
    </message>
    <message>
        <source>Team: up to date</source>
        <translation>Echipă: la zi</translation>
    </message>
    <message>
        <source>Everything you can share is on the team server; your snapshots stay on this desktop, since only managers share snapshots.</source>
        <translation>Tot ce puteți partaja este pe serverul de echipă; instantaneele dumneavoastră rămân pe acest calculator, deoarece doar managerii partajează instantanee.</translation>
    </message>
    <message>
        <source>Everything is shared with the team server.</source>
        <translation>Totul este partajat cu serverul de echipă.</translation>
    </message>
    <message numerus="yes">
        <source>Team: offline, %n unsent</source>
        <translation>
            <numerusform>Echipă: deconectat, %n modificare netrimisă</numerusform>
            <numerusform>Echipă: deconectat, %n modificări netrimise</numerusform>
            <numerusform>Echipă: deconectat, %n de modificări netrimise</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Echipă: deconectat</translation>
    </message>
</context>
<context>
    <name>dp::TimelineDelegate</name>
    <message>
        <source>You rated it positive</source>
        <translation>Evaluată pozitiv de dumneavoastră</translation>
    </message>
    <message>
        <source>You rated it negative</source>
        <translation>Evaluată negativ de dumneavoastră</translation>
    </message>
</context>
<context>
    <name>dp::TimelineModel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Întâlnire</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Primită</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internă</translation>
    </message>
    <message>
        <source>Positive %1</source>
        <translation>Pozitiv %1</translation>
    </message>
    <message>
        <source>Negative %1</source>
        <translation>Negativ %1</translation>
    </message>
    <message>
        <source>Neutral %1</source>
        <translation>Neutru %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Încheiată</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programată</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Reprogramată</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Neprezentare</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Fără răspuns</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mesagerie vocală</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupat</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n de min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcriere</translation>
    </message>
    <message>
        <source>Rep tone: %1</source>
        <translation>Tonul agentului de vânzări: %1</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>angajament</translation>
    </message>
    <message>
        <source>next step scheduled</source>
        <translation>pas următor programat</translation>
    </message>
    <message>
        <source>new stakeholder joined</source>
        <translation>persoană nouă implicată</translation>
    </message>
    <message>
        <source>procurement/legal progress</source>
        <translation>progres la achiziții/juridic</translation>
    </message>
    <message>
        <source>status quo</source>
        <translation>rămân la ce au</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>amânare</translation>
    </message>
    <message>
        <source>budget blocked</source>
        <translation>buget blocat</translation>
    </message>
    <message>
        <source>competitor chosen</source>
        <translation>au ales un concurent</translation>
    </message>
    <message>
        <source>champion left</source>
        <translation>susținătorul a plecat</translation>
    </message>
    <message>
        <source>unsubscribe</source>
        <translation>dezabonare</translation>
    </message>
    <message>
        <source>learned from ratings:</source>
        <translation>termeni învățați din evaluări:</translation>
    </message>
    <message>
        <source>Terms the learner learned from people&apos;s ratings:</source>
        <translation>Termenii învățați din evaluările oamenilor:</translation>
    </message>
    <message>
        <source>%1: learned as positive (weight %2)</source>
        <translation>%1: învățat ca pozitiv (pondere %2)</translation>
    </message>
    <message>
        <source>%1: learned as negative (weight %2)</source>
        <translation>%1: învățat ca negativ (pondere %2)</translation>
    </message>
</context>
<context>
    <name>dp::TrayNotifier</name>
    <message numerus="yes">
        <source>Dealpulse: %n new alert(s)</source>
        <translation>
            <numerusform>Dealpulse: %n alertă nouă</numerusform>
            <numerusform>Dealpulse: %n alerte noi</numerusform>
            <numerusform>Dealpulse: %n de alerte noi</numerusform>
        </translation>
    </message>
    <message>
        <source>Dealpulse: no new alerts</source>
        <translation>Dealpulse: nicio alertă nouă</translation>
    </message>
</context>
<context>
    <name>dp::UndoOffer</name>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Take the last change back (Ctrl+Z)</source>
        <translation>Anulează ultima modificare (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Anulează ultima modificare</translation>
    </message>
</context>
<context>
    <name>dp::WaterfallChart</name>
    <message>
        <source>Increase</source>
        <translation>Creștere</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Scădere</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
</context>
<context>
    <name>dp::WelcomePage</name>
    <message>
        <source>Welcome to Dealpulse</source>
        <translation>Bun venit în Dealpulse</translation>
    </message>
    <message>
        <source>See which deals are going dark, how buyers sound and where the forecast stands, from the emails, meetings and calls already in your CRM.</source>
        <translation>Vedeți ce oportunități rămân fără răspuns, ce ton au cumpărătorii și unde se află prognoza, din e-mailurile, întâlnirile și apelurile deja aflate în CRM-ul dumneavoastră.</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>Conectați HubSpot</translation>
    </message>
    <message>
        <source>Set up the connection to your HubSpot account, then sync its deals.</source>
        <translation>Configurați conexiunea la contul HubSpot, apoi sincronizați-i oportunitățile.</translation>
    </message>
    <message>
        <source>Connect Salesforce</source>
        <translation>Conectați Salesforce</translation>
    </message>
    <message>
        <source>Set up the connection to your Salesforce org, then sync its opportunities.</source>
        <translation>Configurați conexiunea la organizația Salesforce, apoi sincronizați-i oportunitățile.</translation>
    </message>
    <message>
        <source>Explore the demo pipeline</source>
        <translation>Explorați pipeline-ul demonstrativ</translation>
    </message>
    <message>
        <source>A sample sales team with three months of activity, to look around first. Your own cache is left as it is.</source>
        <translation>O echipă de vânzări de exemplu, cu trei luni de activitate, ca să vă uitați mai întâi în jur. Cache-ul dumneavoastră rămâne neatins.</translation>
    </message>
    <message>
        <source>Dealpulse reads deals, emails, meetings, calls and notes from your CRM, read-only: it never changes anything there. It keeps them on this computer, in a file only your user account can open:</source>
        <translation>Dealpulse citește oportunitățile, e-mailurile, întâlnirile, apelurile și notele din CRM-ul dumneavoastră, doar în citire: nu schimbă niciodată nimic acolo. Le păstrează pe acest computer, într-un fișier pe care doar contul dumneavoastră de utilizator îl poate deschide:</translation>
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
        <translation>Centralizare</translation>
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
        <translation>Zile fără răspuns de la cumpărător până când o oportunitate rămâne fără răspuns (%1-%2, implicit %3).</translation>
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
        <source>--health wants bands from healthy, watch, at_risk, dark, closed, not &apos;%1&apos;</source>
        <translation>--health așteaptă categorii dintre healthy, watch, at_risk, dark, closed, nu „%1”</translation>
    </message>
    <message>
        <source>there is no snapshot %1</source>
        <translation>nu există instantaneul %1</translation>
    </message>
    <message>
        <source>line %1 is not &apos;label&lt;TAB&gt;text&apos; with label 0 or 1</source>
        <translation>linia %1 nu este „etichetă&lt;TAB&gt;text” cu eticheta 0 sau 1</translation>
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
        <source>Read &apos;label&lt;TAB&gt;text&apos; lines (1 positive, 0 negative); print &apos;vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive&apos; per line, the adaptive score predicted before the line&apos;s label is learned.</source>
        <translation>Citește linii „etichetă&lt;TAB&gt;text” (1 pozitiv, 0 negativ); afișează „vader&lt;TAB&gt;sales&lt;TAB&gt;adaptive” pe fiecare linie, scorul adaptiv fiind prezis înainte ca eticheta liniei să fie învățată.</translation>
    </message>
    <message>
        <source>Score the interactions of the cache (--db) that have no score yet, with the sales layer and what the stored ratings taught it.</source>
        <translation>Evaluează interacțiunile din cache (--db) care nu au încă scor, cu stratul de vânzări și cu ce l-au învățat evaluările salvate.</translation>
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
        <source>With --score: &apos;vader&apos; (general English) or &apos;sales&apos; (default).</source>
        <translation>Cu --score: „vader” (engleză generală) sau „sales” (implicit).</translation>
    </message>
    <message>
        <source>--lexicon wants &apos;vader&apos; or &apos;sales&apos;, not &apos;%1&apos;</source>
        <translation>--lexicon așteaptă „vader” sau „sales”, nu „%1”</translation>
    </message>
    <message>
        <source>say what to do: --score, --prequential or --rescore</source>
        <translation>spuneți ce să facă: --score, --prequential sau --rescore</translation>
    </message>
    <message>
        <source>Stores a forecast snapshot of the cache: every deal&apos;s fields, forecast category and health, as they are now (or were at --as-of).</source>
        <translation>Salvează un instantaneu al prognozei din cache: câmpurile, categoria de prognoză și starea fiecărei oportunități, așa cum sunt acum (sau erau la --as-of).</translation>
    </message>
    <message>
        <source>What the snapshot is for, e.g. &quot;Week 48 forecast call&quot;.</source>
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
        <source>Lists the stored snapshots, newest first.</source>
        <translation>Listează instantaneele salvate, cele mai noi întâi.</translation>
    </message>
    <message>
        <source>Compares two stored snapshots: deals added, won, lost, removed, pushed out of or pulled into the period, amount and forecast-category moves, health-band moves, and totals per category.</source>
        <translation>Compară două instantanee salvate: oportunități adăugate, câștigate, pierdute, eliminate, amânate în afara perioadei sau aduse în ea, modificări de valoare și de categorie de prognoză, schimbări de stare și totaluri pe categorii.</translation>
    </message>
    <message>
        <source>The earlier snapshot&apos;s id.</source>
        <translation>ID-ul instantaneului mai vechi.</translation>
    </message>
    <message>
        <source>The later snapshot&apos;s id.</source>
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
        <source>Last day of the forecast period (default: end of the quarter of TO&apos;s as-of); the period is the quarter ending then.</source>
        <translation>Ultima zi a perioadei de prognoză (implicit: sfârșitul trimestrului datei „as-of” a lui TO); perioada este trimestrul care se încheie atunci.</translation>
    </message>
    <message>
        <source>wants two snapshot ids, FROM and TO</source>
        <translation>așteaptă două ID-uri de instantanee, FROM și TO</translation>
    </message>
    <message>
        <source>snapshot ids are whole numbers, not &apos;%1&apos;</source>
        <translation>ID-urile instantaneelor sunt numere întregi, nu „%1”</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use json or csv</source>
        <translation>format necunoscut „%1”; folosiți json sau csv</translation>
    </message>
    <message>
        <source>--period-end wants a date such as 2026-12-31, not &apos;%1&apos;</source>
        <translation>--period-end așteaptă o dată precum 2026-12-31, nu „%1”</translation>
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
        <source>, about %1 s left for %2</source>
        <translation>, încă aproximativ %1 s pentru %2</translation>
    </message>
    <message>
        <source>HubSpot API address (default %1).</source>
        <translation>Adresa API HubSpot (implicit %1).</translation>
    </message>
    <message>
        <source>Only these objects, comma-separated (e.g. owners,pipelines,deals).</source>
        <translation>Doar aceste obiecte, separate prin virgulă (de exemplu owners,pipelines,deals).</translation>
    </message>
    <message>
        <source>The instant deal figures are computed as of.</source>
        <translation>Momentul pentru care se calculează cifrele oportunităților.</translation>
    </message>
    <message>
        <source>--source wants &apos;hubspot&apos; or &apos;salesforce&apos;</source>
        <translation>--source așteaptă „hubspot” sau „salesforce”</translation>
    </message>
    <message>
        <source>no HubSpot credentials: set DEALPULSE_HUBSPOT_TOKEN, or DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET and DEALPULSE_HUBSPOT_REFRESH_TOKEN</source>
        <translation>lipsesc credențialele HubSpot: setați DEALPULSE_HUBSPOT_TOKEN sau DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET și DEALPULSE_HUBSPOT_REFRESH_TOKEN</translation>
    </message>
    <message>
        <source>--base-url must be an https address (plain http only to this computer)</source>
        <translation>--base-url trebuie să fie o adresă https (http simplu doar către acest calculator)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertisment: %1</translation>
    </message>
    <message>
        <source>Output format: csv, xlsx, pdf or json.</source>
        <translation>Formatul de ieșire: csv, xlsx, pdf sau json.</translation>
    </message>
    <message>
        <source>--format is required (csv, xlsx, pdf or json)</source>
        <translation>--format este obligatoriu (csv, xlsx, pdf sau json)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use csv, xlsx, pdf or json</source>
        <translation>format necunoscut „%1”; folosiți csv, xlsx, pdf sau json</translation>
    </message>
    <message>
        <source>Salesforce instance address (default: the one the OAuth sign-in names).</source>
        <translation>Adresa instanței Salesforce (implicit: cea indicată de autentificarea OAuth).</translation>
    </message>
    <message>
        <source>no Salesforce credentials: set DEALPULSE_SALESFORCE_TOKEN, or DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET and DEALPULSE_SALESFORCE_REFRESH_TOKEN</source>
        <translation>lipsesc credențialele Salesforce: setați DEALPULSE_SALESFORCE_TOKEN sau DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET și DEALPULSE_SALESFORCE_REFRESH_TOKEN</translation>
    </message>
    <message>
        <source>DEALPULSE_SALESFORCE_TOKEN needs --instance-url (e.g. https://yourcompany.my.salesforce.com)</source>
        <translation>DEALPULSE_SALESFORCE_TOKEN are nevoie de --instance-url (de ex. https://compania-dvs.my.salesforce.com)</translation>
    </message>
    <message>
        <source>--instance-url must be an https address (plain http only to this computer)</source>
        <translation>--instance-url trebuie să fie o adresă https (http simplu doar către acest calculator)</translation>
    </message>
    <message>
        <source>DEALPULSE_SALESFORCE_LOGIN_URL must be an https address (plain http only to this computer)</source>
        <translation>DEALPULSE_SALESFORCE_LOGIN_URL trebuie să fie o adresă https (http simplu doar către acest calculator)</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>portcheiul sistemului</translation>
    </message>
    <message>
        <source>notice: %1 replaced the refresh token; the new one is saved in %2 (key %3) and later syncs use it.</source>
        <translation>notă: %1 a înlocuit tokenul de reîmprospătare; cel nou este salvat în %2 (cheia %3) și sincronizările următoare îl folosesc.</translation>
    </message>
    <message>
        <source>%1 replaced the refresh token, but %2 would not keep the new one (%3); the next sync needs a new refresh token.</source>
        <translation>%1 a înlocuit tokenul de reîmprospătare, dar %2 nu a vrut să-l păstreze pe cel nou (%3); următoarea sincronizare are nevoie de un token de reîmprospătare nou.</translation>
    </message>
    <message>
        <source>stopped on an unexpected error (%1)</source>
        <translation>oprit la o eroare neașteptată (%1)</translation>
    </message>
    <message>
        <source>With csv: also write FILE.json beside the table, holding the format, the instants, the filters and the SHA-256 of the deal rows.</source>
        <translation>Cu csv: scrie și FILE.json lângă tabel, cu formatul, momentele, filtrele și SHA-256 al rândurilor de oportunități.</translation>
    </message>
    <message>
        <source>--csv-metadata goes with --format csv</source>
        <translation>--csv-metadata merge doar cu --format csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n deal(s) to %1 (deal rows SHA-256 %2)</source>
        <translation>
            <numerusform>S-a exportat %n oportunitate în %1 (SHA-256 al rândurilor %2)</numerusform>
            <numerusform>S-au exportat %n oportunități în %1 (SHA-256 al rândurilor %2)</numerusform>
            <numerusform>S-au exportat %n de oportunități în %1 (SHA-256 al rândurilor %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recomputed %n deal(s).</source>
        <translation>
            <numerusform>s-a recalculat %n oportunitate.</numerusform>
            <numerusform>s-au recalculat %n oportunități.</numerusform>
            <numerusform>s-au recalculat %n de oportunități.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took snapshot %1 (%n deal(s))</source>
        <translation>
            <numerusform>S-a realizat instantaneul %1 (%n oportunitate)</numerusform>
            <numerusform>S-a realizat instantaneul %1 (%n oportunități)</numerusform>
            <numerusform>S-a realizat instantaneul %1 (%n de oportunități)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1</source>
        <translation>
            <numerusform>S-a scris %n modificare în %1</numerusform>
            <numerusform>S-au scris %n modificări în %1</numerusform>
            <numerusform>S-au scris %n de modificări în %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1 in %2 (%3 deleted) in %4 s; %5; recomputed %6; %7; %8 wait for records not synced.</source>
        <translation>Sincronizate: %1 în %2 (%3 șterse) în %4 s; %5; recalculate: %6; %7; %8 așteaptă înregistrări încă nesincronizate.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagină</numerusform>
            <numerusform>%n pagini</numerusform>
            <numerusform>%n de pagini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n cerere</numerusform>
            <numerusform>%n cereri</numerusform>
            <numerusform>%n de cereri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertisment</numerusform>
            <numerusform>%n avertismente</numerusform>
            <numerusform>%n de avertismente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n legătură</numerusform>
            <numerusform>%n legături</numerusform>
            <numerusform>%n de legături</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 of %3): %4, %5, %6 records/s</source>
        <translation>%1 (%2 din %3): %4, %5, %6 înregistrări/s</translation>
    </message>
    <message>
        <source>Adds a coaching note to a deal, as the deal page&apos;s notes panel does; it waits in the outbox for the next team sync. Prints the note&apos;s id.</source>
        <translation>Adaugă o notă de coaching la o oportunitate, ca panoul de note al paginii oportunității; nota așteaptă în coada de trimitere următoarea sincronizare cu echipa. Afișează id-ul notei.</translation>
    </message>
    <message>
        <source>The deal, e.g. hubspot:987.</source>
        <translation>Afacerea, de ex. hubspot:987.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Nota.</translation>
    </message>
    <message>
        <source>--deal wants SOURCE:REMOTE_ID, e.g. hubspot:987</source>
        <translation>--deal cere SURSĂ:ID_EXTERN, de ex. hubspot:987</translation>
    </message>
    <message>
        <source>--text TEXT is required</source>
        <translation>--text TEXT este obligatoriu</translation>
    </message>
    <message>
        <source>a note holds at most 20000 characters</source>
        <translation>o notă are cel mult 20000 de caractere</translation>
    </message>
    <message>
        <source>--as EMAIL is required when the login name is unknown</source>
        <translation>--as EMAIL este obligatoriu când numele de autentificare nu se cunoaște</translation>
    </message>
    <message>
        <source>the cache has no deal %1</source>
        <translation>cache-ul nu conține oportunitatea %1</translation>
    </message>
    <message>
        <source>Rates an interaction&apos;s sentiment as the rating buttons do: the learner refits from every rating, and the rating waits in the outbox for the next team sync. Your earlier rating of it is replaced.</source>
        <translation>Evaluează sentimentul unei interacțiuni ca butoanele de evaluare: modelul învață din nou din toate evaluările, iar evaluarea așteaptă în coada de trimitere următoarea sincronizare cu echipa. Evaluarea dumneavoastră anterioară a interacțiunii este înlocuită.</translation>
    </message>
    <message>
        <source>The interaction, e.g. hubspot:12345.</source>
        <translation>Interacțiunea, de ex. hubspot:12345.</translation>
    </message>
    <message>
        <source>The buyer&apos;s mood was better than the score said.</source>
        <translation>Starea cumpărătorului era mai bună decât spunea scorul.</translation>
    </message>
    <message>
        <source>The buyer&apos;s mood was worse than the score said.</source>
        <translation>Starea cumpărătorului era mai proastă decât spunea scorul.</translation>
    </message>
    <message>
        <source>Why, in a few words.</source>
        <translation>De ce, în câteva cuvinte.</translation>
    </message>
    <message>
        <source>wants one of --positive and --negative</source>
        <translation>cere una dintre opțiunile --positive și --negative</translation>
    </message>
    <message>
        <source>--interaction wants SOURCE:REMOTE_ID, e.g. hubspot:12345</source>
        <translation>--interaction cere SURSĂ:ID_EXTERN, de ex. hubspot:12345</translation>
    </message>
    <message>
        <source>the cache has no interaction %1</source>
        <translation>cache-ul nu conține interacțiunea %1</translation>
    </message>
    <message>
        <source>Creates or upgrades the Dealpulse schema on a team server: the roles dealpulse_rep, dealpulse_manager and dealpulse_admin, the shared tables and their row-level security. Run once by an administrator allowed to create roles; running it again is harmless.</source>
        <translation>Creează sau actualizează schema Dealpulse pe un server de echipă: rolurile dealpulse_rep, dealpulse_manager și dealpulse_admin, tabelele partajate și securitatea lor la nivel de rând. Se rulează o dată, de un administrator care are voie să creeze roluri; rularea repetată nu strică nimic.</translation>
    </message>
    <message>
        <source>The team schema is up to date (version %1).</source>
        <translation>Schema echipei este la zi (versiunea %1).</translation>
    </message>
    <message>
        <source>Applied %1 schema step(s); the team schema is now version %2.</source>
        <translation>S-au aplicat %1 pași de schemă; schema echipei are acum versiunea %2.</translation>
    </message>
    <message>
        <source>Gives a person a login on the team server, with their role and team. The password is taken from DEALPULSE_NEW_USER_PASSWORD, or made up and printed once on standard output.</source>
        <translation>Creează unei persoane un cont pe serverul de echipă, cu rolul și echipa ei. Parola se ia din DEALPULSE_NEW_USER_PASSWORD sau se generează și se afișează o singură dată la ieșirea standard.</translation>
    </message>
    <message>
        <source>The person&apos;s email, which is also their login.</source>
        <translation>Adresa de e-mail a persoanei, care este și numele contului.</translation>
    </message>
    <message>
        <source>rep (sees ratings and the coaching notes on their deals), manager (also the notes on their team&apos;s deals and the snapshots) or admin (also adds people).</source>
        <translation>rep (vede evaluările și notele de coaching despre afacerile sale), manager (și notele despre afacerile echipei sale și instantaneele) sau admin (poate și adăuga persoane).</translation>
    </message>
    <message>
        <source>The team the person belongs to; a manager sees their team&apos;s coaching notes.</source>
        <translation>Echipa din care face parte persoana; un manager vede notele de coaching ale echipei sale.</translation>
    </message>
    <message>
        <source>--email EMAIL is required</source>
        <translation>--email EMAIL este obligatoriu</translation>
    </message>
    <message>
        <source>--role wants rep, manager or admin</source>
        <translation>--role cere rep, manager sau admin</translation>
    </message>
    <message>
        <source>Added %1 as %2; their password is shown above, once.</source>
        <translation>%1 a fost adăugat(ă) ca %2; parola este afișată mai sus, o singură dată.</translation>
    </message>
    <message>
        <source>Added %1 as %2 with the password from DEALPULSE_NEW_USER_PASSWORD.</source>
        <translation>%1 a fost adăugat(ă) ca %2, cu parola din DEALPULSE_NEW_USER_PASSWORD.</translation>
    </message>
    <message>
        <source>Pushes this cache&apos;s unsent ratings, coaching notes and snapshots to the team server, then pulls what the others shared since the last sync, and publishes the lexicon version the cache then learns. An interrupted sync loses and repeats nothing; run it again.</source>
        <translation>Trimite la serverul de echipă evaluările, notele de coaching și instantaneele netrimise din acest cache, apoi aduce ce au partajat ceilalți de la ultima sincronizare și publică versiunea de lexic învățată apoi de cache. O sincronizare întreruptă nu pierde și nu dublează nimic; rulați-o din nou.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2 (%3 ratings, %4 coaching notes, %5 snapshots).</source>
        <translation>Trimise %1, aduse %2 (%3 evaluări, %4 note de coaching, %5 instantanee).</translation>
    </message>
    <message>
        <source>Shows what the cache holds of the team&apos;s work: ratings, coaching notes, snapshots, changes not yet sent, notes edited on two desktops at once, and the lexicon version (SHA-256 of the learned weights; desktops that pulled the same ratings show the same).</source>
        <translation>Arată ce conține cache-ul din munca echipei: evaluări, note de coaching, instantanee, modificări încă netrimise, note editate simultan pe două calculatoare și versiunea de lexic (SHA-256 al ponderilor învățate; calculatoarele care au adus aceleași evaluări arată aceeași versiune).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of lines of text.</source>
        <translation>Afișează un singur obiect JSON în loc de rânduri de text.</translation>
    </message>
    <message>
        <source>Ratings: %1</source>
        <translation>Evaluări: %1</translation>
    </message>
    <message>
        <source>Coaching notes: %1 (%2 edited on two desktops)</source>
        <translation>Note de coaching: %1 (%2 editate pe două calculatoare)</translation>
    </message>
    <message>
        <source>Snapshots: %1</source>
        <translation>Instantanee: %1</translation>
    </message>
    <message>
        <source>Unsent changes: %1</source>
        <translation>Modificări netrimise: %1</translation>
    </message>
    <message>
        <source>Lexicon version: %1</source>
        <translation>Versiunea lexicului: %1</translation>
    </message>
    <message>
        <source>Usage: dealpulse team init|add-user|sync|status [options]
  init       create or upgrade the schema on a team server (--server URL)
  add-user   give a person a login with a role (--email, --role)
  sync       push this cache&apos;s changes, then pull the team&apos;s (--db, --server)
  status     what the cache holds of the team&apos;s work (--db, --json)
</source>
        <translation>Usage: dealpulse team init|add-user|sync|status [options]
  init       creează sau actualizează schema pe un server de echipă (--server URL)
  add-user   creează unei persoane un cont cu un rol (--email, --role)
  sync       trimite modificările acestui cache, apoi le aduce pe ale echipei (--db, --server)
  status     ce conține cache-ul din munca echipei (--db, --json)
</translation>
    </message>
    <message>
        <source>The team server: a PostgreSQL address, e.g. postgresql://ana%40example.com@db.example.com/dealpulse (the password comes from DEALPULSE_TEAM_PASSWORD or the keychain; a server not on this computer is reached with TLS and a verified certificate).</source>
        <translation>Serverul de echipă: o adresă PostgreSQL, de ex. postgresql://ana%40example.com@db.example.com/dealpulse (parola vine din DEALPULSE_TEAM_PASSWORD sau din portcheiul sistemului; un server care nu e pe acest calculator este contactat prin TLS, cu certificat verificat).</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL este obligatoriu</translation>
    </message>
    <message>
        <source>Brings the cache up to date with a CRM: with the connection saved in the window&apos;s Settings → CRM (its secrets from the keychain), or with credentials in the environment, which win. HubSpot credentials: DEALPULSE_HUBSPOT_TOKEN (private app), or DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET and DEALPULSE_HUBSPOT_REFRESH_TOKEN (OAuth). Salesforce credentials: DEALPULSE_SALESFORCE_TOKEN (a session id, with --instance-url), or DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET, DEALPULSE_SALESFORCE_REFRESH_TOKEN and optionally DEALPULSE_SALESFORCE_LOGIN_URL (OAuth; default %1).</source>
        <translation>Actualizează cache-ul din CRM: cu conexiunea salvată în Setări → CRM din fereastră (cu secretele din portchei) sau cu credențialele din mediu, care au întâietate. Credențiale HubSpot: DEALPULSE_HUBSPOT_TOKEN (aplicație privată) sau DEALPULSE_HUBSPOT_CLIENT_ID, DEALPULSE_HUBSPOT_CLIENT_SECRET și DEALPULSE_HUBSPOT_REFRESH_TOKEN (OAuth). Credențiale Salesforce: DEALPULSE_SALESFORCE_TOKEN (un id de sesiune, cu --instance-url) sau DEALPULSE_SALESFORCE_CLIENT_ID, DEALPULSE_SALESFORCE_CLIENT_SECRET, DEALPULSE_SALESFORCE_REFRESH_TOKEN și, opțional, DEALPULSE_SALESFORCE_LOGIN_URL (OAuth; implicit %1).</translation>
    </message>
    <message>
        <source>The CRM: &apos;hubspot&apos; or &apos;salesforce&apos; (default: the one saved in Settings → CRM).</source>
        <translation>CRM-ul: „hubspot” sau „salesforce” (implicit: cel salvat în Setări → CRM).</translation>
    </message>
    <message>
        <source>no CRM connection is saved in Settings → CRM: give --source &apos;hubspot&apos; or &apos;salesforce&apos; and the credentials in the environment</source>
        <translation>nu există nicio conexiune CRM salvată în Setări → CRM: dați --source „hubspot” sau „salesforce” și credențialele în mediu</translation>
    </message>
    <message>
        <source>the connection saved in Settings → CRM could not be read from %1 (%2)</source>
        <translation>conexiunea salvată în Setări → CRM nu a putut fi citită din %1 (%2)</translation>
    </message>
    <message>
        <source>notice: %1 replaced the refresh token; the new one is saved in %2 (key %3) for Settings → CRM.</source>
        <translation>notă: %1 a înlocuit tokenul de reîmprospătare; cel nou este salvat în %2 (cheia %3) pentru Setări → CRM.</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n interaction(s) (%1 without a score: no buyer text); %2</source>
        <translation>
            <numerusform>S-a evaluat %n interacțiune (%1 fără scor: fără text al cumpărătorului); %2</numerusform>
            <numerusform>S-au evaluat %n interacțiuni (%1 fără scor: fără text al cumpărătorului); %2</numerusform>
            <numerusform>S-au evaluat %n de interacțiuni (%1 fără scor: fără text al cumpărătorului); %2</numerusform>
        </translation>
    </message>
    <message>
        <source>With --score and the sales lexicon: &apos;en&apos;, &apos;ro&apos;, or &apos;auto&apos; (default: each line in the language detected in it).</source>
        <translation>Cu --score și lexicul de vânzări: &apos;en&apos;, &apos;ro&apos; sau &apos;auto&apos; (implicit: fiecare linie în limba detectată în ea).</translation>
    </message>
    <message>
        <source>--language wants &apos;en&apos;, &apos;ro&apos; or &apos;auto&apos;, not &apos;%1&apos;</source>
        <translation>--language acceptă &apos;en&apos;, &apos;ro&apos; sau &apos;auto&apos;, nu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--lexicon vader reads English only; use the sales lexicon for Romanian</source>
        <translation>--lexicon vader citește doar engleză; folosiți lexicul de vânzări pentru română</translation>
    </message>
    <message>
        <source>Who writes it (default: as in the window: the team login, else the user name set, else the login name).</source>
        <translation>Cine o scrie (implicit: ca în fereastră: contul de echipă, altfel numele de utilizator setat, altfel numele de autentificare).</translation>
    </message>
    <message>
        <source>Who rates (default: as in the window: the team login, else the user name set, else the login name).</source>
        <translation>Cine evaluează (implicit: ca în fereastră: contul de echipă, altfel numele de utilizator setat, altfel numele de autentificare).</translation>
    </message>
</context>
<context>
    <name>dp::sync</name>
    <message>
        <source>HubSpot&apos;s daily API limit for this account is used up. Sync again after midnight (HubSpot&apos;s time), or raise the limit in HubSpot.</source>
        <translation>Limita zilnică de API HubSpot pentru acest cont a fost epuizată. Sincronizați din nou după miezul nopții (ora HubSpot) sau măriți limita în HubSpot.</translation>
    </message>
    <message>
        <source>The HubSpot app lacks a permission this sync needs (%1). Add the CRM read scopes to the app in HubSpot, then reconnect.</source>
        <translation>Aplicației HubSpot îi lipsește o permisiune necesară sincronizării (%1). Adăugați aplicației din HubSpot permisiunile de citire CRM, apoi reconectați-vă.</translation>
    </message>
    <message>
        <source>HubSpot no longer accepts the saved sign-in (the refresh token was revoked or has expired). Reconnect HubSpot in Settings.</source>
        <translation>HubSpot nu mai acceptă autentificarea salvată (tokenul de reîmprospătare a fost revocat sau a expirat). Reconectați HubSpot din Setări.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Sincronizarea a fost anulată.</translation>
    </message>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>Cache-ul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>HubSpot sent a page that cannot be read (%1).</source>
        <translation>HubSpot a trimis o pagină care nu poate fi citită (%1).</translation>
    </message>
    <message>
        <source>Salesforce gave an address for the next %1 records that is not a path on the instance (%2); the sync stopped rather than follow it.</source>
        <translation>Salesforce a dat pentru următoarele înregistrări %1 o adresă care nu este o cale pe instanță (%2); sincronizarea s-a oprit în loc s-o urmeze.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1). Try again.</source>
        <translation>Sincronizarea s-a oprit la o eroare neașteptată (%1). Încercați din nou.</translation>
    </message>
    <message>
        <source>%1 sent the same paging cursor twice while listing %2; the sync stopped instead of reading the same pages forever. Try again later.</source>
        <translation>%1 a trimis același cursor de paginare de două ori la listarea %2; sincronizarea s-a oprit în loc să citească la nesfârșit aceleași pagini. Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>This is the demo pipeline, which is never synced with a CRM. Start Dealpulse again to open your own cache, then sync.</source>
        <translation>Acesta este pipeline-ul demonstrativ, care nu se sincronizează niciodată cu un CRM. Porniți din nou Dealpulse pentru a vă deschide propriul cache, apoi sincronizați.</translation>
    </message>
    <message>
        <source>HubSpot has no object %1 to sync.</source>
        <translation>HubSpot nu are obiectul %1 de sincronizat.</translation>
    </message>
</context>
<context>
    <name>dp::sync::ApiClient</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Sincronizarea a fost anulată.</translation>
    </message>
    <message>
        <source>%1: the address %2 is not allowed; use https.</source>
        <translation>%1: adresa %2 nu este permisă; folosiți https.</translation>
    </message>
    <message>
        <source>an answer that is not JSON</source>
        <translation>un răspuns care nu este JSON</translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved credentials. Reconnect the account in Settings.</source>
        <translation>%1 nu mai acceptă credențialele salvate. Reconectați contul din Setări.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403). Check that the app or user may read CRM records.</source>
        <translation>%1 a refuzat accesul (HTTP 403). Verificați că aplicația sau utilizatorul are voie să citească înregistrările CRM.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3.</source>
        <translation>%1 a răspuns HTTP %2 la %3.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 to %3; the sync stopped rather than fill the memory. Try again later.</source>
        <translation>%1 a trimis la %3 un răspuns mai mare de %2; sincronizarea s-a oprit ca să nu umple memoria. Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>%1 took more than %2 seconds to answer %3, so the request was abandoned. Check the connection and try again.</source>
        <translation>%1 a avut nevoie de mai mult de %2 secunde ca să răspundă la %3, așa că cererea a fost abandonată. Verificați conexiunea și încercați din nou.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached after %n attempt(s) (%2). Check the connection and try again.</source>
        <translation>
            <numerusform>%1 nu a putut fi contactat după %n încercare (%2). Verificați conexiunea și încercați din nou.</numerusform>
            <numerusform>%1 nu a putut fi contactat după %n încercări (%2). Verificați conexiunea și încercați din nou.</numerusform>
            <numerusform>%1 nu a putut fi contactat după %n de încercări (%2). Verificați conexiunea și încercați din nou.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::sync::BrowserSignIn</name>
    <message numerus="yes">
        <source>No answer came from %1 within %n minute(s). Sign in again when you are ready.</source>
        <translation>
            <numerusform>Niciun răspuns de la %1 în %n minut. Autentificați-vă din nou când sunteți gata.</numerusform>
            <numerusform>Niciun răspuns de la %1 în %n minute. Autentificați-vă din nou când sunteți gata.</numerusform>
            <numerusform>Niciun răspuns de la %1 în %n de minute. Autentificați-vă din nou când sunteți gata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the client ID of your %1 app first.</source>
        <translation>Introduceți mai întâi ID-ul clientului aplicației %1.</translation>
    </message>
    <message>
        <source>The sign-in address %1 is not allowed: it must start with https:// (plain http only to this computer).</source>
        <translation>Adresa de autentificare %1 nu este permisă: trebuie să înceapă cu https:// (http simplu doar către acest computer).</translation>
    </message>
    <message>
        <source>Dealpulse could not open a local port to receive the answer from %1.</source>
        <translation>Dealpulse nu a putut deschide un port local pentru a primi răspunsul de la %1.</translation>
    </message>
    <message>
        <source>Dealpulse received the answer from %1. You can close this tab and go back to Dealpulse.</source>
        <translation>Dealpulse a primit răspunsul de la %1. Puteți închide această filă și reveni la Dealpulse.</translation>
    </message>
    <message>
        <source>Dealpulse could not build the sign-in address for %1.</source>
        <translation>Dealpulse nu a putut construi adresa de autentificare pentru %1.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Set a default browser for this computer, then sign in again.</source>
        <translation>Nu s-a putut deschide niciun browser. Setați un browser implicit pentru acest computer, apoi autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Autentificare anulată.</translation>
    </message>
    <message>
        <source>The answer that reached Dealpulse does not belong to this sign-in (its state does not match), so it was not used. Sign in again.</source>
        <translation>Răspunsul primit de Dealpulse nu aparține acestei autentificări (parametrul state nu se potrivește), așa că nu a fost folosit. Autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>Access was not allowed in %1. Sign in again and allow access to connect Dealpulse.</source>
        <translation>Accesul nu a fost permis în %1. Autentificați-vă din nou și permiteți accesul pentru a conecta Dealpulse.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (%2). Sign in again.</source>
        <translation>%1 a refuzat autentificarea (%2). Autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>%1 sent no authorisation code back. Sign in again.</source>
        <translation>%1 nu a trimis înapoi niciun cod de autorizare. Autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with something that is not a token. Sign in again; if it keeps happening, check the sign-in address.</source>
        <translation>%1 a răspuns la autentificare cu ceva ce nu este un token. Autentificați-vă din nou; dacă se repetă, verificați adresa de autentificare.</translation>
    </message>
    <message>
        <source>Dealpulse could not reach the %1 sign-in service (%2).</source>
        <translation>Dealpulse nu a putut contacta serviciul de autentificare %1 (%2).</translation>
    </message>
    <message>
        <source>%1 refused the sign-in code (HTTP %2%3). Sign in again.</source>
        <translation>%1 a refuzat codul de autentificare (HTTP %2%3). Autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>%1 signed you in but gave no refresh token, so Dealpulse could not sync without asking you again. Check that the app allows the scopes listed here, then sign in again.</source>
        <translation>%1 v-a autentificat, dar nu a trimis un token de reîmprospătare, așa că Dealpulse nu ar putea sincroniza fără să vă ceară din nou. Verificați că aplicația permite permisiunile enumerate aici, apoi autentificați-vă din nou.</translation>
    </message>
    <message>
        <source>Salesforce signed you in but did not say where your org is (no usable instance_url). Sign in again.</source>
        <translation>Salesforce v-a autentificat, dar nu a spus unde se află organizația dumneavoastră (niciun instance_url utilizabil). Autentificați-vă din nou.</translation>
    </message>
</context>
<context>
    <name>dp::sync::CrmSession</name>
    <message>
        <source>The CRM replaced the sign-in token, but the keychain would not store the new one (%1). Fix the keychain, then reconnect the account in Settings.</source>
        <translation>CRM-ul a înlocuit tokenul de autentificare, dar portcheiul nu a vrut să-l păstreze pe cel nou (%1). Reparați portcheiul, apoi reconectați contul din Setări.</translation>
    </message>
</context>
<context>
    <name>dp::sync::OAuthRefresher</name>
    <message>
        <source>The sign-in service returned no access token. Reconnect the account in Settings.</source>
        <translation>Serviciul de autentificare nu a returnat niciun token de acces. Reconectați contul din Setări.</translation>
    </message>
</context>
<context>
    <name>dp::sync::RefreshTokenHandoff</name>
    <message>
        <source>an unexpected error: %1</source>
        <translation>o eroare neașteptată: %1</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>o eroare neașteptată</translation>
    </message>
</context>
<context>
    <name>dp::sync::SalesforceConnector</name>
    <message>
        <source>No Salesforce instance address is known: enter it (e.g. https://yourcompany.my.salesforce.com) or sign in with OAuth.</source>
        <translation>Adresa instanței Salesforce nu este cunoscută: introduceți-o (de ex. https://compania-dvs.my.salesforce.com) sau autentificați-vă cu OAuth.</translation>
    </message>
    <message>
        <source>Salesforce has no object %1 to sync.</source>
        <translation>Salesforce nu are obiectul %1 de sincronizat.</translation>
    </message>
    <message>
        <source>Salesforce said more %1 records follow but gave no address for them.</source>
        <translation>Salesforce a anunțat că urmează mai multe înregistrări %1, dar nu a dat adresa lor.</translation>
    </message>
    <message>
        <source>Salesforce kept dropping the %1 query&apos;s cursor (%2). Try again later.</source>
        <translation>Salesforce a tot pierdut cursorul interogării %1 (%2). Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>Salesforce timed out reading %1 even one second at a time (%2). Try again later.</source>
        <translation>Salesforce a depășit timpul la citirea %1 chiar și câte o secundă odată (%2). Încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts the saved sign-in (the refresh token was revoked or has expired). Reconnect Salesforce in Settings.</source>
        <translation>Salesforce nu mai acceptă autentificarea salvată (tokenul de reîmprospătare a fost revocat sau a expirat). Reconectați Salesforce din Setări.</translation>
    </message>
    <message>
        <source>Salesforce does not know this connected app (client ID or secret). Check them in Settings.</source>
        <translation>Salesforce nu recunoaște această aplicație conectată (ID-ul sau secretul clientului). Verificați-le în Setări.</translation>
    </message>
    <message>
        <source>Salesforce&apos;s API request limit for this org is used up (%1). Sync again once the 24-hour limit has room, or ask your Salesforce admin to raise it.</source>
        <translation>Limita de cereri API Salesforce a acestei organizații s-a epuizat (%1). Sincronizați din nou când limita de 24 de ore o permite sau cereți administratorului Salesforce să o mărească.</translation>
    </message>
    <message>
        <source>Salesforce refused access (%1: %2). The user needs the &quot;API Enabled&quot; permission and read access to opportunities and activities.</source>
        <translation>Salesforce a refuzat accesul (%1: %2). Utilizatorul are nevoie de permisiunea „API Enabled” și de acces de citire la oportunități și activități.</translation>
    </message>
    <message>
        <source>Salesforce rejected a request (%1: %2).</source>
        <translation>Salesforce a respins o cerere (%1: %2).</translation>
    </message>
</context>
<context>
    <name>dp::sync::SyncController</name>
    <message>
        <source>Sync cancelled. The next sync continues where this one stopped.</source>
        <translation>Sincronizare anulată. Următoarea sincronizare continuă de unde s-a oprit aceasta.</translation>
    </message>
    <message>
        <source>The cache could not be written: %1</source>
        <translation>Cache-ul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1). Try again.</source>
        <translation>Sincronizarea s-a oprit la o eroare neașteptată (%1). Încercați din nou.</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error. Try again.</source>
        <translation>Sincronizarea s-a oprit la o eroare neașteptată. Încercați din nou.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1 (%2 of %3): %Ln record(s)</source>
        <translation>
            <numerusform>Se sincronizează %1 (%2 din %3): %Ln înregistrare</numerusform>
            <numerusform>Se sincronizează %1 (%2 din %3): %Ln înregistrări</numerusform>
            <numerusform>Se sincronizează %1 (%2 din %3): %Ln de înregistrări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln record(s); %1</source>
        <translation>
            <numerusform>S-a sincronizat %Ln înregistrare; %1</numerusform>
            <numerusform>S-au sincronizat %Ln înregistrări; %1</numerusform>
            <numerusform>S-au sincronizat %Ln de înregistrări; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s) updated.</source>
        <translation>
            <numerusform>%Ln oportunitate actualizată.</numerusform>
            <numerusform>%Ln oportunități actualizate.</numerusform>
            <numerusform>%Ln de oportunități actualizate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dp::team</name>
    <message>
        <source>no reason given</source>
        <translation>fără motiv</translation>
    </message>
    <message>
        <source>The team server&apos;s answer is missing a value.</source>
        <translation>Răspunsului serverului de echipă îi lipsește o valoare.</translation>
    </message>
    <message>
        <source>The team server sent a value of %1 bytes where at most %2 are expected.</source>
        <translation>Serverul de echipă a trimis o valoare de %1 octeți unde se așteaptă cel mult %2.</translation>
    </message>
    <message>
        <source>The team server sent &apos;%1&apos; where a whole number is expected.</source>
        <translation>Serverul de echipă a trimis „%1” unde se așteaptă un număr întreg.</translation>
    </message>
    <message>
        <source>The team server sent &apos;%1&apos; where true or false is expected.</source>
        <translation>Serverul de echipă a trimis „%1” unde se așteaptă adevărat sau fals.</translation>
    </message>
    <message>
        <source>Cannot reach the team server: out of memory.</source>
        <translation>Serverul de echipă nu poate fi contactat: memorie insuficientă.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation>Conectarea la serverul de echipă a eșuat: %1</translation>
    </message>
    <message>
        <source>Lost the connection to the team server: %1</source>
        <translation>Conexiunea cu serverul de echipă s-a pierdut: %1</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation>Serverul de echipă a refuzat: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>„%1” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>The email %1 is longer than the %2 bytes a team server login can have.</source>
        <translation>Adresa de e-mail %1 depășește cei %2 octeți pe care îi poate avea un cont pe serverul de echipă.</translation>
    </message>
    <message>
        <source>A team server password has at least 8 characters.</source>
        <translation>O parolă pentru serverul de echipă are cel puțin 8 caractere.</translation>
    </message>
    <message>
        <source>%1 already has a login on the team server.</source>
        <translation>%1 are deja un cont pe serverul de echipă.</translation>
    </message>
    <message>
        <source>The team server gave an unknown role for %1.</source>
        <translation>Serverul de echipă a dat un rol necunoscut pentru %1.</translation>
    </message>
    <message>
        <source>The team schema step %1 is missing from this build.</source>
        <translation>Pasul de schemă %1 lipsește din această versiune a programului.</translation>
    </message>
    <message>
        <source>The team server&apos;s schema is version %1, newer than this Dealpulse understands (%2); update Dealpulse.</source>
        <translation>Schema serverului de echipă are versiunea %1, mai nouă decât cea pe care o înțelege acest Dealpulse (%2); actualizați Dealpulse.</translation>
    </message>
    <message>
        <source>The team server has no Dealpulse schema yet; an administrator runs &apos;dealpulse team init&apos; once.</source>
        <translation>Serverul de echipă nu are încă schema Dealpulse; un administrator rulează o dată „dealpulse team init”.</translation>
    </message>
    <message>
        <source>The team server address is empty.</source>
        <translation>Adresa serverului de echipă este goală.</translation>
    </message>
    <message>
        <source>The team server address cannot be read: %1</source>
        <translation>Adresa serverului de echipă nu poate fi citită: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memorie insuficientă</translation>
    </message>
    <message>
        <source>The team server %1 is not on this computer, so its certificate must be verified: use sslmode=verify-full, not %2.</source>
        <translation>Serverul de echipă %1 nu este pe acest calculator, deci certificatul lui trebuie verificat: folosiți sslmode=verify-full, nu %2.</translation>
    </message>
    <message>
        <source>The team server sent a malformed change id.</source>
        <translation>Serverul de echipă a trimis un id de modificare greșit.</translation>
    </message>
    <message>
        <source>An unsent change in the cache is damaged (%1).</source>
        <translation>O modificare netrimisă din cache este deteriorată (%1).</translation>
    </message>
    <message>
        <source>An unsent change in the cache has an unknown kind &apos;%1&apos;.</source>
        <translation>O modificare netrimisă din cache are un tip necunoscut, „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) stay unsent: only managers share snapshots.</source>
        <translation>
            <numerusform>%n instantaneu rămâne netrimis: doar managerii partajează instantanee.</numerusform>
            <numerusform>%n instantanee rămân netrimise: doar managerii partajează instantanee.</numerusform>
            <numerusform>%n de instantanee rămân netrimise: doar managerii partajează instantanee.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server sent a change it was not asked for.</source>
        <translation>Serverul de echipă a trimis o modificare care nu i-a fost cerută.</translation>
    </message>
    <message>
        <source>The team server sent a rating of %1.</source>
        <translation>Serverul de echipă a trimis o evaluare de %1.</translation>
    </message>
    <message>
        <source>Snapshot &apos;%1&apos; by %2 does not match its SHA-256 and was not taken in.</source>
        <translation>Instantaneul „%1” al lui %2 nu corespunde SHA-256-ului său și nu a fost preluat.</translation>
    </message>
    <message>
        <source>The team server refused a change (%1); it stays on this desktop only.</source>
        <translation>Serverul de echipă a refuzat o modificare (%1); ea rămâne doar pe acest calculator.</translation>
    </message>
    <message>
        <source>Signed in as %1, who is not a member of the team; ask an administrator to add them with dealpulse team add-user.</source>
        <translation>Autentificat ca %1, care nu este membru al echipei; cereți unui administrator să-l adauge cu dealpulse team add-user.</translation>
    </message>
    <message>
        <source>This is the demo pipeline, whose ratings and notes are never shared with the team.</source>
        <translation>Acesta este pipeline-ul demonstrativ: evaluările și notele lui nu se partajează niciodată cu echipa.</translation>
    </message>
</context>
<context>
    <name>dp::whose</name>
    <message>
        <source>You rated this interaction positive.</source>
        <translation>Ați evaluat această interacțiune ca pozitivă.</translation>
    </message>
    <message>
        <source>You rated this interaction negative.</source>
        <translation>Ați evaluat această interacțiune ca negativă.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Încă neevaluată.</translation>
    </message>
    <message>
        <source>You have not rated this interaction.</source>
        <translation>Nu ați evaluat această interacțiune.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Cineva</translation>
    </message>
    <message>
        <source>%1 rated it positive</source>
        <translation>%1 a evaluat-o ca pozitivă</translation>
    </message>
    <message>
        <source>%1 rated it negative</source>
        <translation>%1 a evaluat-o ca negativă</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more rating(s) from the team</source>
        <translation>
            <numerusform>și încă %n evaluare din partea echipei</numerusform>
            <numerusform>și încă %n evaluări din partea echipei</numerusform>
            <numerusform>și încă %n de evaluări din partea echipei</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, editată %2</translation>
    </message>
    <message>
        <source>you, %1</source>
        <translation>dumneavoastră, %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>cineva</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dumneavoastră</translation>
    </message>
</context>
</TS>
