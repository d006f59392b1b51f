"""A paragraph printed twice in a row: the image markers and twin runs several classifiers read.

A text browser prints an image's alt text and then its caption, most often the same words, and
HTML can hold two ``<p>`` with one text: a paragraph printed twice in a row is one paragraph
shown twice. The markup classifier votes all copies but the last out of the body on both paths,
so the HTML and its text rendering keep one copy each.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

import regex

from newsclean.lines import Line
from newsclean.walk import nearest

__all__ = [
    "CAPTION_TWIN_MAX_WORDS",
    "CREDITED_TWIN_MAX_WORDS",
    "MARKER_MAX_CHARS",
    "TWIN_MAX_COPIES",
    "TWIN_MIN_WORDS",
    "caption_twins",
    "credited_twins",
    "doubled",
    "image_markers",
    "twins",
]

# A text browser's stand-in for an image or an embedded frame: "[photo-1]", "[1x1-white][logo]",
# or the image's file name where its alt text should be ("kitchen-2.jpgkitchen-2.jpg").
IMAGE_MARKER = regex.compile(
    r"(?:\[[^\[\]]*[\p{L}\p{N}][^\[\]]*\])+|(?<!\S)\S+\.(?:jpe?g|png|gif|webp|svg)\S*",
    regex.IGNORECASE,
)
# List markers that are signs, not numbers (see _unbulleted).
_BULLET_SIGNS = frozenset("•·◦▪▫■□●○◆◇►▶▸‣⁃∙*+-–—>»")
# An image marker line is short; a longer bracketed line is text.
MARKER_MAX_CHARS = 80
# A paragraph printed twice in a row is a caption from this many words: shorter lines ("Share",
# "Read more") repeat for other reasons.
TWIN_MIN_WORDS = 5
TWIN_MAX_COPIES = 3
# A photo's caption rarely runs past this many words; a longer twin is a paragraph printed twice.
CAPTION_TWIN_MAX_WORDS = 60
# An image marker glued to the end of an alt text: "The new keyboard[33622-5947]".
_TRAILING_MARKER = regex.compile(r"\s*(?:\[[^\[\]]*[\p{L}\p{N}][^\[\]]*\])+\s*$")
# One line holding one text twice (see doubled): each copy has this many words or more, the two
# copies cover this share of the line, and the first starts within this many words of its start.
DOUBLED_MIN_WORDS = 6
DOUBLED_MIN_SHARE = 0.6
DOUBLED_MAX_LEAD = 8
# A caption cut short and its full copy share this share of the shorter one's words from the start.
CUT_COPY_MIN_SHARE = 0.8
# A caption the credit vouches for may run as long as the caption classifier reads (Caption.max_words).
CREDITED_TWIN_MAX_WORDS = 80
# A line of a few signs with no letter between an alt text and its caption: a gallery's count ("6"),
# an icon's sign.
_COUNT = regex.compile(r"[^\p{L}]{1,4}")
# The words a credit may add after a caption's copy ("A boat on the lake" then "A boat on the lake Photo: AP").
CREDIT_TAIL_MAX_WORDS = 15


def image_markers(lines: Sequence[Line]) -> list[bool]:
    """Whether each line of a text dump is only an image marker (lines from markup never are)."""
    return [
        ln.markup is None and bool(ln.text) and len(ln.text) <= MARKER_MAX_CHARS and _may_be_marker(ln.text)
        and IMAGE_MARKER.fullmatch(ln.text) is not None
        for ln in lines
    ]  # fmt: skip


def _may_be_marker(text: str) -> bool:
    """Whether :data:`IMAGE_MARKER` may match all of the non-empty ``text``; ``False`` is certain.

    Brackets open the first kind of marker; the second is one token (no space) holding a file's extension.

    >>> _may_be_marker("[photo-1]"), _may_be_marker("kitchen-2.jpg"), _may_be_marker("A boat on the lake.")
    (True, True, False)
    """
    return text[0] == "[" or (" " not in text and "." in text)


def twins(lines: Sequence[Line], marker: Sequence[bool]) -> list[list[int]]:
    """Runs of neighbouring lines (past blanks and image markers) with one text of ``TWIN_MIN_WORDS`` words or more.

    Two or three copies (alt text, caption, a video's title): a longer run is no image's.
    """
    # a caption is a sentence; a teaser's title printed twice is left to the teaser classifiers
    return [run for run in _copies(lines, marker) if lines[run[0]].terminal]


def _copies(lines: Sequence[Line], marker: Sequence[bool], key: Callable[[Line], str] | None = None) -> list[list[int]]:
    """Runs of two or three neighbouring lines (past blanks and image markers) with one text of a few words.

    ``key`` gives the text compared (default: the text without its bullet sign).
    """
    same = key or _unbulleted
    runs: list[list[int]] = []
    # only the run being read is held: a list of one run per line would hold a list per line of the page
    run: list[int] = []
    text = ""
    for i, line in enumerate(lines):
        if not line.text or marker[i]:
            continue
        this = same(line)
        if run and this == text:
            run.append(i)
            continue
        if 2 <= len(run) <= TWIN_MAX_COPIES and lines[run[0]].words >= TWIN_MIN_WORDS:
            runs.append(run)
        run, text = [i], this
    if 2 <= len(run) <= TWIN_MAX_COPIES and lines[run[0]].words >= TWIN_MIN_WORDS:
        runs.append(run)
    return runs


def _unbulleted(line: Line) -> str:
    """A line's text without its bullet sign, to compare copies.

    A converter that prints an image's alt text as a list item ("* A boat on the lake") prints the
    same words as its caption. A numbered item ("4. A boat on the lake") keeps its number: a
    breadcrumb's last step repeats the headline under it.
    """
    bullet = line.bullet
    return line.text[len(bullet) :].lstrip() if bullet in _BULLET_SIGNS else line.text


def _unmarked(line: Line) -> str:
    """A line's text without its bullet sign and without an image marker glued to its end."""
    text = _unbulleted(line)
    if not text.rstrip().endswith("]"):  # the marker closes the text (before any trailing space): no search
        return text
    return _TRAILING_MARKER.sub("", text)


def caption_twins(
    lines: Sequence[Line], marker: Sequence[bool], opener: Sequence[bool], credit: Sequence[bool]
) -> list[list[int]]:
    """The runs of one text printed twice in a row that are a photo's caption: every copy goes.

    A paragraph printed twice in a row is one paragraph shown twice (keep one copy, see
    :func:`twins`), unless the copies sit in a caption's frame: the line right before the first
    copy (past blanks) is an image marker or a gallery counter ("Image 2 of 5"), or the line
    right after the last copy is a credit. Then the words are an image's alt text and caption,
    and neither copy is the article's text. The frame's direction matters: a counter or an
    image opens the next photo's block, a credit closes its own, so a paragraph printed twice
    just before the next photo keeps its one copy. A caption needs no final stop.

    Args:
        lines: the page's lines.
        marker: whether each line is an image marker (see :func:`image_markers`).
        opener: whether each line opens a photo's block (a gallery counter).
        credit: whether each line is a photo's credit.

    Returns:
        The runs that are captions, in page order.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("Text.\\n\\nA boat on the lake at dawn\\nA boat on the lake at dawn\\nPhoto: AP")
    >>> none = [False] * len(ls)
    >>> caption_twins(ls, image_markers(ls), none, [ln.text == "Photo: AP" for ln in ls])
    [[2, 3]]

    .. versionadded:: 0.1.0
    """
    runs = []
    for run in _copies(lines, marker, _unmarked) + _cut_copies(lines, marker):
        if lines[run[0]].words > CAPTION_TWIN_MAX_WORDS:
            continue
        before = nearest(lines, run[0], -1)
        after = nearest(lines, run[-1], 1)
        # an image marker glued to a copy is the image itself: the copies are its alt text and caption
        glued = any(_unmarked(lines[i]) != _unbulleted(lines[i]) for i in run)
        opened = before is not None and (marker[before] or opener[before])
        if glued or opened or (after is not None and credit[after]):
            runs.append(run)
    return runs


def _cut_copies(lines: Sequence[Line], marker: Sequence[bool]) -> list[list[int]]:
    """Neighbouring lines (past blanks and image markers) that differ but open with the same words.

    A gallery prints a caption in full ("... with the nation. less") and cut short ("... the
    relations ... more"): the words they share from the start cover ``CUT_COPY_MIN_SHARE`` of the
    shorter line, and at least ``DOUBLED_MIN_WORDS`` words, and an ellipsis cuts the shorter one
    right after them. (A story's first sentence often repeats the words of the caption above it,
    with no ellipsis: that is text.)
    """
    texts = [i for i, line in enumerate(lines) if line.text and not marker[i]]
    pairs = []
    for i, j in itertools.pairwise(texts):
        # the shorter copy holds the ellipsis: a pair with none in either line is no cut copy, and is not split
        # (only the pair being read is held: a list of every line's words would hold the whole page at once)
        if not (_has_ellipsis(lines[i].text) or _has_ellipsis(lines[j].text)):
            continue
        a, b = _unbulleted(lines[i]).split(), _unbulleted(lines[j]).split()
        if a == b or min(len(a), len(b)) < DOUBLED_MIN_WORDS or a[0] != b[0]:
            continue
        short = min(a, b, key=len)
        shared = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(short))
        # the shorter copy is cut short: an ellipsis follows the shared words
        cut = any("..." in w or "…" in w for w in short[shared - 1 : shared + 1])
        if cut and shared >= max(DOUBLED_MIN_WORDS, CUT_COPY_MIN_SHARE * len(short)):
            pairs.append([i, j])
    return pairs


def _has_ellipsis(text: str) -> bool:
    """Whether a text holds an ellipsis, three dots or the one character.

    >>> _has_ellipsis("with the relations ... more"), _has_ellipsis("with the nation…"), _has_ellipsis("A boat.")
    (True, True, False)
    """
    return "..." in text or "…" in text


def credited_twins(lines: Sequence[Line], marker: Sequence[bool], credit: Sequence[bool]) -> list[list[int]]:
    """Pairs of lines where one repeats the other and adds a credit: an image's alt text and its caption.

    A text browser prints the alt text ("A boat on the lake at dawn"), then the visible caption with
    its credit ("A boat on the lake at dawn (Photo: Jane Doe)"), or a credited caption twice, the
    reflow joining a short heading to the second copy. One of the two lines is a credit (it carries
    a caption vote), the longer line's words start with all of the shorter line's and add at most
    ``CREDIT_TAIL_MAX_WORDS`` words: neither line is the article's text.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("A boat on the lake at dawn\\nA boat on the lake at dawn Photo: AP")
    >>> credited_twins(ls, image_markers(ls), [False, True])
    [[0, 1]]

    The credited copy may come first:

    >>> ls = split_lines("A boat on the lake at dawn Photo: AP\\nA boat on the lake at dawn")
    >>> credited_twins(ls, image_markers(ls), [True, False])
    [[0, 1]]

    A gallery's count may stand between the two, and the credit may be glued to the caption's last word:

    >>> ls = split_lines("A boat on the lake at dawn\\n6\\nA boat on the lake at dawnPhoto: AP")
    >>> credited_twins(ls, image_markers(ls), [False, False, True])
    [[0, 2]]
    """
    pairs = []
    for i, line in enumerate(lines):
        if not line.text or marker[i] or line.words < TWIN_MIN_WORDS or line.words > CREDITED_TWIN_MAX_WORDS:
            continue
        j = nearest(lines, i, 1)
        if j is not None and _COUNT.fullmatch(lines[j].text):
            j = nearest(lines, j, 1)  # a gallery's count or an icon's sign stands between the two
        if j is None or not (credit[i] or credit[j]) or lines[j].words < TWIN_MIN_WORDS:
            continue
        # the credited copy may come first (a caption with its credit, then the alt text)
        text, caption = sorted((_unbulleted(line), _unbulleted(lines[j])), key=len)
        tail = caption[len(text) :]
        # the credit may be glued to the caption's last word ("... at dawnPhoto: AP"): a dump joins
        # two inline elements without a space
        apart = tail[:1].isspace() or (text[-1:].islower() and tail[:1].isupper())
        if caption.startswith(text) and apart and len(tail.split()) <= CREDIT_TAIL_MAX_WORDS:
            pairs.append([i, j])
    return pairs


def doubled(text: str, credit: Callable[[str], bool], max_words: int = 2 * CAPTION_TWIN_MAX_WORDS) -> bool:
    """Whether one line holds one text twice: an image's alt text and its caption joined into one paragraph.

    The reflow joins a wrapped alt text and the caption under it (often with its credit between
    or after them) into one line. Two copies of ``DOUBLED_MIN_WORDS`` words or more, the first
    starting within ``DOUBLED_MAX_LEAD`` words of the line's start (a bullet, an image's
    description), covering ``DOUBLED_MIN_SHARE`` of the line: a sentence that repeats a phrase
    of the story covers much less. And ``credit`` holds for the words between or after the
    copies (a photo credit, an image's label): a paragraph that says its sentence twice with
    no credit is left to the prose rules.

    >>> photo = lambda s: "Photo" in s
    >>> doubled("A boat on the lake at dawn. Photo: AP A boat on the lake at dawn.", photo)
    True
    >>> doubled("We saw the lake at dawn, and we saw the lake at dawn again later that year.", photo)
    False
    """
    words = text.split()
    n = len(words)
    if n < 2 * DOUBLED_MIN_WORDS or n > max_words:
        return False
    need = max(DOUBLED_MIN_WORDS, math.ceil(DOUBLED_MIN_SHARE * n / 2))
    for s in range(min(DOUBLED_MAX_LEAD, n - 2 * need) + 1):
        copy = words[s : s + need]
        for p in range(s + need, n - need + 1):
            if words[p] == copy[0] and words[p : p + need] == copy:
                return _framed(words, s, p, credit)
    return False


def _framed(words: Sequence[str], s: int, p: int, credit: Callable[[str], bool]) -> bool:
    """Whether a credit stands between or after two copies (at ``s`` and ``p``)."""
    need = p - s
    k = next((k for k in range(need) if p + k >= len(words) or words[s + k] != words[p + k]), need)
    gap, tail = words[s + k : p], words[p + k :]
    return credit(" ".join(gap)) or (bool(tail) and credit(" ".join(tail)))
