"""The explain page in a real browser: headless Chromium renders it, we check the DOM and the pixels.

Skipped when Chromium is not installed (``apt-get install -y chromium``).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsclean import Label, clean
from newsclean.explain import LABEL_COLORS, explain_html

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seed_devdiscourse.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp / 'profile'}", *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[str, str]] = []  # (classes, text)
        self._li: list[str] | None = None
        self._in_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "li" and "line" in a.get("class", "").split():
            self._li = [a["class"], ""]
        elif tag == "span" and a.get("class") == "text" and self._li is not None:
            self._in_text = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self._in_text = False
        elif tag == "li" and self._li is not None:
            self.lines.append((self._li[0], self._li[1]))
            self._li = None

    def handle_data(self, data: str) -> None:
        if self._in_text and self._li is not None:
            self._li[1] += data


def _png_rows(data: bytes, max_rows: int) -> tuple[int, int, list[bytes], int]:
    """Decode the first rows of an 8-bit RGB/RGBA PNG (enough to look for colours, no Pillow needed)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = depth = ctype = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    assert depth == 8
    assert ctype in (2, 6)
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(min(height, max_rows)):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, bpp


def _has_colour(rows: list[bytes], bpp: int, hex_colour: str, tolerance: int = 6) -> bool:
    want = bytes.fromhex(hex_colour.lstrip("#"))
    for row in rows:
        for i in range(0, len(row), bpp):
            if all(abs(row[i + k] - want[k]) <= tolerance for k in range(3)):
                return True
    return False


def test_explain_page_renders_in_chromium() -> None:
    article = clean(SEED.read_bytes())
    tmp = Path(tempfile.mkdtemp(prefix="newsclean-explain-"))
    report = tmp / "report.html"
    report.write_text(explain_html(article, title="seed_devdiscourse.txt"), encoding="utf-8")

    dumped = _chromium(tmp, "--dump-dom", report.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = _Dom()
    dom.feed(dumped.stdout)
    dom.close()
    # Every line reached the rendered DOM, in order, with its label class.
    assert [text for _, text in dom.lines] == [ll.line.text for ll in article.lines]
    for (classes, _), ll in zip(dom.lines, article.lines, strict=True):
        assert f"label-{ll.label.value}" in classes.split()
    assert "Rekindling US-Japan Ties" in dumped.stdout

    shot = tmp / "explain.png"
    taken = _chromium(tmp, f"--screenshot={shot}", "--window-size=1400,1000", "--hide-scrollbars", report.as_uri())
    assert taken.returncode == 0, taken.stderr[-2000:]
    print(f"\nexplain page screenshot: {shot}")  # noqa: T201  (kept on purpose: look at it)
    width, height, rows, bpp = _png_rows(shot.read_bytes(), max_rows=700)
    assert (width, height) == (1400, 1000)
    # The CSS applied: the body and headline colours are on screen (left borders, legend swatches).
    for label in (Label.BODY, Label.HEADLINE, Label.PROMO):
        assert any(ll.label is label for ll in article.lines)
        assert _has_colour(rows, bpp, LABEL_COLORS[label]), f"{label.value} colour not rendered"
    # Not a blank page: many distinct colours.
    assert len({row[i : i + 3] for row in rows[::20] for i in range(0, len(row), bpp * 7)}) > 50
