# Copyright 2025 newsclean developers. SPDX-License-Identifier: Apache-2.0
"""Generate ``newsclean/data/date_names.json`` from CLDR month and weekday names.

The runtime date parser (:mod:`newsclean.metadata.dates`) must not import babel,
so the names are generated here, once, and committed as JSON. Re-run after a
babel upgrade or after editing :data:`LOCALES`::

    python scripts/gen_date_names.py

``babel`` is a development-only dependency of this script; it is not (yet) listed
in the ``dev`` extra of ``pyproject.toml``, so install it by hand
(``pip install babel``) before running.

For every locale the JSON holds, for months (1-12) and weekdays (1=Monday .. 7=Sunday):

* wide and abbreviated names;
* both CLDR contexts, ``format`` and ``stand-alone``. In CLDR the ``format``
  context carries the genitive where a language has one ("7 ноября", "7 listopada",
  "7 Νοεμβρίου"), and ``stand-alone`` the nominative ("ноябрь", "listopad");
* every name lowercased, with and without a trailing dot ("nov." and "nov");
* Catalan-style prefixes ("de novembre", "d'octubre") also stripped ("novembre").

Names containing digits (Japanese "11月", Vietnamese "tháng 11") and one-letter
names are left out: the parser has dedicated numeric patterns for those scripts,
and a one-letter "name" would match everywhere.

Output shape::

    {"generator": ..., "babel_version": ..., "locales": [...],
     "months": {"de": {"november": 11, "nov": 11, ...}, ...},
     "weekdays": {"de": {"donnerstag": 4, "do": 4, ...}, ...}}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import babel
from babel import Locale

# Locales, in priority order: when the same lowercased name means different months in
# two languages (Croatian "listopad" is October, Czech and Polish "listopad" November),
# the runtime resolves it by the caller's ``language`` first, then by this order.
LOCALES: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "da", "nb", "nn",
    "fi", "hu", "ro", "tr", "ru", "uk", "be", "el", "bg", "hr", "sl", "sr", "sr_Latn",
    "bs", "mk", "lt", "lv", "et", "ca", "gl", "eu", "id", "ms", "vi", "ja", "zh", "ko",
    "he", "ar", "fa", "hi", "sq", "is", "ga", "cy", "af", "sw", "tl",
)

OUTPUT = Path(__file__).resolve().parent.parent / "newsclean" / "data" / "date_names.json"

_PREFIXES = ("de ", "d'", "d’")


def _variants(name: str) -> set[str]:
    """Lowercased spellings of one CLDR name: with/without trailing dot and prefix."""
    base = name.strip().lower()
    out = {base}
    for prefix in _PREFIXES:
        if base.startswith(prefix):
            out.add(base[len(prefix) :].strip())
    out |= {item.rstrip(".") for item in out} | {item + "." for item in out if not item.endswith(".")}
    return {item for item in out if len(item.rstrip(".")) > 1 and not any(ch.isdigit() for ch in item)}


def _collect(table: object, keys: range, offset: int) -> dict[str, int]:
    """Map every name variant in a babel months/days table to its number."""
    result: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = table[context][width]  # type: ignore[index]
            for key in keys:
                for variant in _variants(names[key]):
                    result.setdefault(variant, key + offset)
    return dict(sorted(result.items()))


def build() -> dict[str, object]:
    """Build the JSON document for :data:`LOCALES`."""
    months: dict[str, dict[str, int]] = {}
    weekdays: dict[str, dict[str, int]] = {}
    for code in LOCALES:
        locale = Locale.parse(code)
        key = code.replace("_", "-").lower()
        months[key] = _collect(locale.months, range(1, 13), 0)
        # babel numbers days 0=Monday .. 6=Sunday; we store ISO 1..7.
        weekdays[key] = _collect(locale.days, range(7), 1)
    return {
        "generator": "scripts/gen_date_names.py",
        "babel_version": babel.__version__,
        "locales": [code.replace("_", "-").lower() for code in LOCALES],
        "months": months,
        "weekdays": weekdays,
    }


def main() -> int:
    """Write :data:`OUTPUT`."""
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    document = build()
    text = json.dumps(document, ensure_ascii=False, indent=1)
    OUTPUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(LOCALES)} locales)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
