"""The example plugin in docs/examples/newsclean-paywall, installed with pip and used for real.

pip installs it into a temporary --target folder (offline: --no-index, --no-build-isolation,
--no-deps) so the test environment gains the plugin's dist-info and entry point without
being changed for other tests. Building needs setuptools with bdist_wheel (setuptools>=70.1,
or the wheel package); without it the test is skipped with that reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newsclean import Label, Pipeline, clean
from newsclean.registry import Registry
from newsclean.testing import check_classifier

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "newsclean-paywall"

PAGE = (
    "Home | World | Business\n\n"
    "Bridge Reopens After Two-Year Repair\n\n"
    "The old bridge over the river reopened on Monday after a repair that took two years, "
    "officials said, and traffic returned to the town centre within hours.\n\n"
    "Subscribe to continue reading.\n\n"
    "Dieser Artikel ist nur für Abonnenten verfügbar.\n"
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("paywall")
    source = work / "src"
    shutil.copytree(EXAMPLE, source)  # build in a copy: keep build/ and *.egg-info out of docs/
    target = work / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    if done.returncode != 0 and "bdist_wheel" in done.stderr:
        pytest.skip("building the example plugin offline needs setuptools>=70.1 or the wheel package")
    assert done.returncode == 0, done.stderr[-3000:]
    assert (target / "newsclean_paywall.py").exists()
    return target


def test_clean_uses_the_installed_plugin_through_its_entry_point(installed: Path) -> None:
    # A fresh interpreter, as a user would have: the shared registry finds "paywall" by entry point.
    script = textwrap.dedent(
        f"""
        import json, newsclean
        pipeline = newsclean.Pipeline.default().with_classifier("paywall", before="body")
        article = newsclean.clean({PAGE!r}, pipeline=pipeline)
        print(json.dumps({{
            "available": newsclean.available(),
            "names": pipeline.names,
            "body": article.body,
            "lines": [[ll.line.text, ll.label.value, ll.classifier] for ll in article.lines],
        }}))
        """
    )
    env = {"PYTHONPATH": str(installed), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          check=False, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert "paywall" in result["available"]
    assert result["names"].index("paywall") == result["names"].index("body") - 1
    labels = {text: (label, who) for text, label, who in result["lines"]}
    assert labels["Subscribe to continue reading."] == ("promo", "paywall")
    assert labels["Dieser Artikel ist nur für Abonnenten verfügbar."][0] == "promo"
    assert "old bridge over the river" in result["body"]
    assert "Subscribe" not in result["body"]
    assert "Abonnenten" not in result["body"]


def test_the_installed_plugin_passes_check_classifier(installed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(installed))
    reg = Registry()  # a fresh registry reads the entry points now on sys.path
    factory = reg.get("paywall")
    assert factory.__module__ == "newsclean_paywall"
    check_classifier(factory())
    article = clean(PAGE, pipeline=Pipeline.default().with_classifier("paywall", before="body", source=reg))
    notice = next(ll for ll in article.lines if ll.line.text.startswith("Subscribe"))
    assert notice.label is Label.PROMO
    assert notice.reason.startswith("paywall notice")
