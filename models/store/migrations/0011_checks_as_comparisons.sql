-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema step 11: the CHECK constraints of interactions written as comparisons instead of IN lists. For a
-- constant IN list of more than two values SQLite builds a temporary b-tree each time a statement checks it:
-- three for every interaction a sync writes, about a seventh of the writing. The new constraints accept
-- exactly the same values, so SQLite's documented in-place procedure for changing CHECK constraints applies
-- (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): the stored definition is edited
-- under writable_schema and the schema version bumped; no row is rewritten. Migrations.cpp runs it so
-- (its number is listed there as a definition edit).

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'CHECK (kind IN (''email'', ''meeting'', ''call'', ''note''))',
    'CHECK (kind = ''email'' OR kind = ''meeting'' OR kind = ''call'' OR kind = ''note'')'),
    'CHECK (direction IN (''inbound'', ''outbound'', ''internal''))',
    'CHECK (direction = ''inbound'' OR direction = ''outbound'' OR direction = ''internal'')'),
    'CHECK (direction_rule IN ('''', ''addresses'', ''forwarded''))',
    'CHECK (direction_rule = '''' OR direction_rule = ''addresses'' OR direction_rule = ''forwarded'')')
WHERE type = 'table' AND name = 'interactions';
