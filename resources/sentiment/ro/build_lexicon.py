#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the Romanian base lexicon (../vader_lexicon_ro.txt) from VADER's English valences.

Two sources of translations, both mapping Romanian words to English words whose VADER valence they take:
the reviewed glossary beside this script (glossary_ro.tsv) and the FreeDict English-Romanian dictionary.
Every Romanian word is then expanded to its inflected forms with the Romanian hunspell dictionary. See
README.md for the method, the sources and their licences. Python standard library only; it needs the Debian
packages dict-freedict-eng-rom, hunspell-ro and hunspell-tools (for unmunch), which neither the build nor
the tests need: the output is committed.

Usage: build_lexicon.py [--check]   (--check: exit 1 if the committed output differs from a fresh build)
"""

import base64
import gzip
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SENTIMENT = os.path.dirname(HERE)
VADER = os.path.join(SENTIMENT, "vader_lexicon.txt")
SALES = os.path.join(SENTIMENT, "sales_lexicon.tsv")
GLOSSARY = os.path.join(HERE, "glossary_ro.tsv")
OUTPUT = os.path.join(SENTIMENT, "vader_lexicon_ro.txt")
FREEDICT_INDEX = "/usr/share/dictd/freedict-eng-rom.index"
FREEDICT_DATA = "/usr/share/dictd/freedict-eng-rom.dict.dz"
HUNSPELL_DIC = "/usr/share/hunspell/ro_RO.dic"
HUNSPELL_AFF = "/usr/share/hunspell/ro_RO.aff"

# Words that carry no sentiment of their own in Romanian mail, or too many meanings to rate: function words,
# auxiliaries, and translations FreeDict gives that are more often something else ("bine" is rated in the
# glossary). A form listed here never enters the lexicon, from either source.
STOP_FORMS = set("""
a ai al ale am ar are as au avea avem aveti ca cat ce cel cea cei cele ceva cine cu da dar de deci din
dupa e ea el ei ele era este eu fi fie fost in la le lor lui ma mai mare mic mult multa multe multi ne nici
noi nu o ori pe pentru poate prin sa sau se si sunt tot toate toti tu un una unei unui unii va voi vor
acces activ cont cap capat face fac facem lucru lucruri parte punct timp om oameni zi
""".split())

# FreeDict's English-Romanian dictionary is a small computing glossary: many of its pairs translate a
# technical sense ("bold" → "aldin", "attachment" → "anexă", "play" → "redare") that has nothing of the
# sentiment VADER rates. Each pair of a VADER word was reviewed by hand; only these are kept.
FREEDICT_REVIEWED = {
    "accept": {"accepta", "acceptă"},
    "alarm": {"alarmă"},
    "blocked": {"blocat"},
    "bold": {"îndrăzneț"},
    "bug": {"eroare", "problemă"},
    "cancel": {"renunță"},
    "collapse": {"prăbușire"},
    "deadlock": {"blocare", "stagnare"},
    "deny": {"refuza", "refuzare"},
    "destroy": {"distruge", "distrugere"},
    "discard": {"anula", "anulare"},
    "dynamic": {"dinamic"},
    "error": {"eroare"},
    "fail": {"eșec", "eșua"},
    "favorite": {"favorit"},
    "help": {"ajutor"},
    "illegal": {"ilegal"},
    "interrupt": {"întrerupere"},
    "kill": {"omorî"},
    "obsolete": {"învechit"},
    "problem": {"problemă"},
    "progress": {"progres"},
    "ready": {"gata"},
    "reject": {"respinge"},
    "smart": {"deștept", "inteligent"},
    "suspend": {"suspenda"},
    "trap": {"capcană"},
    "warning": {"avertizare"},
}

# Diacritic folding as the scorer does it (IntentTokens.cpp): the stop list and the collisions are checked on
# folded forms, so "sa" stops "să" too.
FOLD = str.maketrans("ăâîșşțţĂÂÎȘŞȚŢ", "aaissttAAISSTT")


def fold(word):
    return word.translate(FOLD).lower()


def read_vader():
    """VADER's word valences with the sales layer's re-ratings and removals (sales_lexicon.tsv)."""
    valences = {}
    with open(VADER, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2:
                valences[fields[0]] = float(fields[1])
    with open(SALES, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 2:
                continue
            if fields[0] == "word":
                valences[fields[1]] = float(fields[2])
            elif fields[0] == "unword":
                valences.pop(fields[1], None)
    return valences


def read_glossary(vader):
    """(forms, valence, line) per entry; the valence is the explicit one or the mean of the glosses'."""
    entries = []
    with open(GLOSSARY, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            forms = [w.strip() for w in fields[0].split(",") if w.strip()]
            glosses = [w.strip() for w in fields[1].split(",")] if len(fields) > 1 else []
            if len(fields) > 2 and fields[2].strip():
                valence = float(fields[2])
            else:
                rated = [vader[g] for g in glosses if g in vader]
                if not rated:
                    sys.exit(f"{GLOSSARY}:{number}: no VADER valence for {glosses}; give one")
                valence = statistics.mean(rated)
            entries.append((forms, valence, number))
    return entries


def b64number(text):
    """dictd's index numbers: base64 digits, most significant first."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    value = 0
    for c in text:
        value = value * 64 + alphabet.index(c)
    return value


def read_freedict():
    """English headword -> single-word Romanian translations (infinitives without their "a ")."""
    with gzip.open(FREEDICT_DATA, "rb") as f:  # dictzip is gzip with random access added
        data = f.read()
    translations = {}
    with open(FREEDICT_INDEX, encoding="utf-8") as f:
        for line in f:
            headword, offset, length = line.rstrip("\n").split("\t")
            if headword.startswith("00database"):
                continue
            body = data[b64number(offset) : b64number(offset) + b64number(length)].decode("utf-8")
            words = []
            for item in body.split("\n")[1:]:  # the first line is the headword and its pronunciation
                item = item.strip()
                if ". " in item[:4]:
                    item = item.split(". ", 1)[1]
                if item.startswith("a "):
                    item = item[2:]
                if item and " " not in item and item.isalpha():
                    words.append(item.lower())
            translations.setdefault(headword.lower(), []).extend(words)
    return translations


def read_hunspell_entries():
    """Dictionary word -> its lines in ro_RO.dic (a word can have several, one per paradigm)."""
    entries = {}
    with open(HUNSPELL_DIC, encoding="utf-8") as f:
        next(f)  # the word count
        for line in f:
            line = line.strip()
            if line:
                entries.setdefault(line.split("/", 1)[0], []).append(line)
    return entries


def expand(word, hunspell, cache):
    """The word and the forms its dictionary entries give, keeping only suffixed forms (prefixes such as
    "ne-" or "re-" change the meaning), without hyphenated clitic forms ("scumpu-i")."""
    if word in cache:
        return cache[word]
    forms = {word}
    lines = hunspell.get(word, [])
    if lines:
        with tempfile.NamedTemporaryFile("w", suffix=".dic", encoding="utf-8", delete=False) as dic:
            dic.write(f"{len(lines)}\n" + "\n".join(lines) + "\n")
        try:
            out = subprocess.run(["unmunch", dic.name, HUNSPELL_AFF], capture_output=True, check=True).stdout
        finally:
            os.unlink(dic.name)
        stem = word[: min(len(word), 3)]
        for form in out.decode("utf-8").split():
            if form.startswith(stem) and "-" not in form and "'" not in form:
                forms.add(form)
    cache[word] = sorted(forms)
    return cache[word]


def build():
    vader = read_vader()
    glossary = read_glossary(vader)
    freedict = read_freedict()
    hunspell = read_hunspell_entries()
    cache = {}
    counts = {}

    # Glossary: every form of every entry, averaged where entries share a form.
    reviewed = {}
    for forms, valence, _ in glossary:
        for written in forms:
            if " " in written:
                continue  # the scorer rates single words; phrases are the intent layer's
            for form in expand(written, hunspell, cache):
                reviewed.setdefault(fold(form), []).append(valence)
    counts["glossary entries"] = len(glossary)

    # FreeDict: the translations of VADER's words, one valence per English source word.
    translated = {}
    for english, romanian in sorted(freedict.items()):
        if english not in vader:
            continue
        for word in sorted(set(romanian) & FREEDICT_REVIEWED.get(english, set())):
            for form in expand(word, hunspell, cache):
                translated.setdefault(fold(form), {})[english] = vader[english]
    counts["FreeDict headwords in VADER"] = sum(1 for e in freedict if e in vader)
    counts["FreeDict pairs kept after review"] = sum(
        len(set(freedict.get(e, [])) & kept) for e, kept in FREEDICT_REVIEWED.items() if e in vader)

    lexicon = {}
    dropped = {"stop list": 0, "signs disagree": 0, "rated 0 in the glossary": 0, "too short": 0}
    for form, valences in translated.items():
        if form in reviewed:
            continue  # the glossary decides
        values = list(valences.values())
        if len(form) < 3:
            dropped["too short"] += 1
        elif form in STOP_FORMS:
            dropped["stop list"] += 1
        elif min(values) < 0 < max(values):
            dropped["signs disagree"] += 1
        else:
            lexicon[form] = (round(statistics.mean(values), 2), "freedict:" + ",".join(sorted(valences)))
    counts["forms from FreeDict"] = len(lexicon)
    for form, values in reviewed.items():
        if len(form) < 2:
            dropped["too short"] += 1
        elif form in STOP_FORMS:
            dropped["stop list"] += 1
        elif min(values) < 0 < max(values):
            dropped["signs disagree"] += 1
        elif statistics.mean(values) == 0:
            dropped["rated 0 in the glossary"] += 1
        else:
            lexicon[form] = (round(statistics.mean(values), 2), "glossary")
    counts["forms from the glossary"] = sum(1 for v in lexicon.values() if v[1] == "glossary")
    counts["forms in all"] = len(lexicon)
    for reason, n in dropped.items():
        counts["dropped: " + reason] = n

    lines = [
        "# SPDX-License-Identifier: GPL-3.0-or-later",
        "# The Romanian base lexicon of Dealpulse, generated by ro/build_lexicon.py: do not edit, edit",
        "# ro/glossary_ro.tsv and run the script. Method, sources and licences: ro/README.md.",
        "# form (lower case, diacritics folded) <TAB> valence (VADER's scale) <TAB> source",
    ]
    for form in sorted(lexicon):
        valence, source = lexicon[form]
        lines.append(f"{form}\t{valence:.2f}\t{source}")
    return "\n".join(lines) + "\n", counts


def main():
    text, counts = build()
    for name, n in counts.items():
        print(f"{name}: {n}")
    if "--check" in sys.argv[1:]:
        with open(OUTPUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUTPUT} is not what the script makes; run it")
        return
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
