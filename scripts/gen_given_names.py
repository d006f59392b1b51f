# Copyright 2026 newsclean developers. SPDX-License-Identifier: Apache-2.0
"""Generate ``newsclean/data/given_names.json``: given names seen across many sources.

The byline parser reads any two capitalised words as a possible name, and German capitalises every
noun: "Grüner Wasserstoff" and "Weiterführende Links" are name-shaped. A bare name with no marker
("By", "Von") counts as a person only when its first word is a given name on this list
(:mod:`newsclean.metadata.names`). The list is derived once from the name data of
`nomquamgender <https://github.com/ianvanbuskirk/nomquamgender>`_ (MIT License, copyright 2022
Ian Van Buskirk; the notice travels in the JSON), which pools given names from many countries'
registers and publication records. Re-run after a nomquamgender upgrade or after editing the
thresholds::

    pip install nomquamgender==0.1.4
    python scripts/gen_given_names.py

Kept: names seen in at least ``MIN_SOURCES`` of its sources and ``MIN_COUNT`` times, of three letters
or more, but for ``FUNCTION_WORDS``: words of text that the register also holds as names ("the",
"and", "von"). Stop-word lists are no filter here: Danish "andre", Swedish "tom" and Italian "sara"
are stop words and common given names alike. The source's names are in
Latin script and without accents ("jose" for "José"); the runtime folds words the same way and
leaves names in other scripts unjudged.

Output shape::

    {"generator": ..., "source": ..., "license": ..., "min_sources": 8, "min_count": 100,
     "names": ["aaliyah", "aaron", ...]}
"""

from __future__ import annotations

import json
import sys
from importlib import metadata, resources
from pathlib import Path

MIN_SOURCES = 8
MIN_COUNT = 100
MIN_CHARS = 3
FUNCTION_WORDS = frozenset({
    "the", "and", "for", "you", "are", "can", "not", "but", "all", "any", "one", "who", "his", "her", "its", "our",
    "out", "off", "own", "per", "via", "von", "van", "der", "den", "del", "des", "dem", "die", "das", "les", "los",
    "las", "une", "uns",
})
OUT = Path(__file__).resolve().parents[1] / "newsclean" / "data" / "given_names.json"


def main() -> int:
    """Write the JSON; 0 on success."""
    data = json.loads((resources.files("nomquamgender") / "name_data.json").read_text(encoding="utf-8"))
    names = sorted(
        name
        for name, (sources, count, *_) in data.items()
        if sources >= MIN_SOURCES and count >= MIN_COUNT and name.isascii() and name.isalpha()
        and len(name) >= MIN_CHARS and name not in FUNCTION_WORDS
    )
    dist = metadata.distribution("nomquamgender")
    license_text = (dist.read_text("LICENSE") or "").strip()
    document = {
        "generator": "scripts/gen_given_names.py",
        "source": f"nomquamgender {dist.version}, name_data.json (https://github.com/ianvanbuskirk/nomquamgender)",
        "license": license_text,
        "min_sources": MIN_SOURCES,
        "min_count": MIN_COUNT,
        "min_chars": MIN_CHARS,
        "left_out": sorted(FUNCTION_WORDS),
        "names": names,
    }
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
