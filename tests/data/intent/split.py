#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Splits each labelled set (en.tsv, ro.tsv) into a development part and a held-out part: every 4th
sentence (the 4th, 8th, ... data line, comments skipped) is held out. Deterministic, so running it again
gives the same files."""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
HEADER = "# sentence<TAB>family<TAB>polarity; see README.md\n"

for language in ("en", "ro"):
    lines = [line for line in (HERE / f"{language}.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    development = [line for i, line in enumerate(lines) if i % 4 != 3]
    heldout = [line for i, line in enumerate(lines) if i % 4 == 3]
    for name, part in (("dev", development), ("heldout", heldout)):
        (HERE / f"{language}.{name}.tsv").write_text(HEADER + "\n".join(part) + "\n", encoding="utf-8")
    print(f"{language}: {len(development)} development, {len(heldout)} held out")
