"""Bring ``fixtures/known_failures.json`` in line with what the code does now.

Runs the fixture checks once, then:

* removes every known failure that now passes (its strict xfail reported XPASS);
* with ``--add``, records every check that fails without being known, with the failure
  message as its reason, so a reviewer can decide whether the code or the fixture is wrong.

It prints both lists. Expectations in ``fixtures/*.labels.json`` are never touched: a
newly failing check is recorded as a known failure only when asked, and the printed list
is what a reviewer reads before committing.

Usage::

    python scripts/sync_known_failures.py          # remove fixed entries only
    python scripts/sync_known_failures.py --add    # also record new failures
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWN = ROOT / "fixtures" / "known_failures.json"


def _load_fixture_tests():  # noqa: ANN202  (a test module, loaded by path)
    spec = importlib.util.spec_from_file_location("fixture_tests", ROOT / "tests" / "test_fixtures.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _outcome(check_fn, case: str, check: str) -> str | None:  # noqa: ANN001
    """None when the check passes, else its failure message."""
    try:
        check_fn(case, check)
    except AssertionError as exc:
        return " ".join(str(exc).split())[:200] or "assertion failed"
    return None


def main(argv: list[str]) -> int:
    """Sync the file; see the module docstring."""
    add = "--add" in argv
    tests = _load_fixture_tests()
    known: dict[str, dict[str, str]] = json.loads(KNOWN.read_text(encoding="utf-8")) if KNOWN.exists() else {}
    fixed, new = [], []
    checks = [
        (tests.test_field, case, name) for case in tests.case_names() for name in tests.spec(case).get("fields", {})
    ]
    checks += [
        (tests.test_line_label, case, f"label:{text}")
        for case in tests.case_names()
        for text in tests.spec(case).get("labels", {})
    ]
    for fn, case, check in checks:
        message = _outcome(fn, case, check)
        is_known = check in known.get(case, {})
        if message is None and is_known:
            fixed.append((case, check))
            del known[case][check]
        elif message is not None and not is_known:
            new.append((case, check, message))
            if add:
                known.setdefault(case, {})[check] = message
    known = {case: checks for case, checks in sorted(known.items()) if checks}
    KNOWN.write_text(json.dumps(known, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for case, check in fixed:
        print(f"fixed   {case}: {check}")
    for case, check, message in new:
        print(f"{'added' if add else 'FAILING'} {case}: {check} -- {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
