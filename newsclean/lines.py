"""Lines: the unit newsclean labels, and the features every classifier shares.

A page becomes a tuple of :class:`Line` objects. Text pages are split on every
kind of line break; hard-wrapped dumps (``w3m -dump``, ``lynx -dump``, e-mail) are
first reflowed into logical paragraphs (see :mod:`newsclean.reflow`), and each
logical line keeps the span of source lines it came from. HTML pages become one
line per block element, with :class:`Markup` evidence attached.

Features are computed once, here, so classifiers stay cheap and consistent.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from itertools import repeat
from typing import Any

import regex

from newsclean.language import stopwords as language_stopwords

__all__ = [
    "ASCII_TOKEN",
    "Line",
    "Markup",
    "build_lines",
    "normalize_key",
    "split_lines",
    "split_physical",
    "visible_end",
]

# Every line break Python's str.splitlines knows (\n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029).
# Other C0/C1 control characters and NUL are replaced by a space inside a line.
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_TOKEN = regex.compile(r"\w+")
# Invisible format characters (bidi marks and isolates, zero-width joiners) after a line's last visible one.
_TRAILING_FORMAT = regex.compile(r"(?<![\p{Cf}\s])[\p{Cf}\s]+$")  # tried from a run's start only: linear
# The same tokenizer in the standard library's engine, for ASCII text only: there both engines' \w is
# [0-9A-Za-z_] (tests/unit/test_speed_gates.py checks every ASCII character), and ``re`` scans it faster. The title
# keys (metadata.headline) and the pull-quote check (quotes) read ASCII words with it too.
ASCII_TOKEN = re.compile(r"\w+")
# Scripts written without spaces between words: count their letters, not their tokens.
_NOSPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_BULLET = regex.compile(
    r"^(?:[•·◦▪▫■□●○◆◇►▶▸‣⁃∙*+\-–—>»]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)](?=\s)|\[\d{1,4}\])(?=\s|$)"
)
_LINK_MARKER = regex.compile(r"\[\d{1,4}\]|\[(?:IMG|image|img|Image|photo|video)[^\]]{0,40}\]")
_TERMINAL = regex.compile(r"[.!?。！？…:;\"'”’»)\]]$")
_KEY_DROP = regex.compile(r"[^\w]+")
# Scripts and the languages with a stop-word list that write them: a line mostly in one of them is
# scored with the stop words of the language of that script that finds the most in it, whatever
# the page's language, so that a paragraph keeps its stop-word ratio when the page around it
# changes (a Hebrew quote on a German page; a Russian paragraph, cleaned again alone, too short for
# a language to be detected). Each script is listed with its few languages, so a line costs a
# handful of set lookups per word at most.
_OWN_SCRIPTS = (
    (("he",), regex.compile(r"\p{Hebrew}")),
    (("el",), regex.compile(r"\p{Greek}")),
    (("hy",), regex.compile(r"\p{Armenian}")),
    (("ko",), regex.compile(r"\p{Hangul}")),
    (("bn",), regex.compile(r"\p{Bengali}")),
    (("gu",), regex.compile(r"\p{Gujarati}")),
    (("th",), regex.compile(r"\p{Thai}")),
    (("ru", "uk", "bg"), regex.compile(r"\p{Cyrillic}")),
    (("ar", "fa", "ur", "ku"), regex.compile(r"\p{Arabic}")),
    (("hi", "mr"), regex.compile(r"\p{Devanagari}")),
)
# In a line of this many tokens or fewer, a single letter is no evidence of a language (an initial,
# a unit, a stray glyph), and many stop-word lists hold the whole alphabet: such a line would vote
# prose only when the page's language is known, and lose that vote cleaned again on its own.
_FEW_TOKENS = 2
_ANY_OWN_SCRIPT = regex.compile(
    r"[\p{Hebrew}\p{Greek}\p{Armenian}\p{Hangul}\p{Bengali}\p{Gujarati}\p{Thai}\p{Cyrillic}\p{Arabic}\p{Devanagari}]"
)


@dataclass(frozen=True, slots=True)
class Markup:
    """Evidence an HTML page adds to a line (absent for text dumps).

    .. versionadded:: 0.1.0
    """

    tag: str
    """The block element the line came from: ``"p"``, ``"h1"``, ``"li"``, ``"td"``, ``"div"``."""
    heading: int = 0
    """1 to 6 for ``<h1>`` to ``<h6>``, 0 otherwise."""
    depth: int = 0
    """Element depth in the DOM."""
    link_density: float = 0.0
    """Share of the line's characters that sit inside ``<a>`` elements."""
    hints: frozenset[str] = frozenset()
    """Normalised class/id/role tokens of the element and its ancestors that name a page part:
    ``nav``, ``menu``, ``footer``, ``header``, ``related``, ``share``, ``comment``, ``promo``,
    ``byline``, ``author``, ``dateline``, ``date``, ``caption``, ``cookie``, ``newsletter``,
    ``sidebar``, ``ad``, ``title``, ``summary``, ``content``, ``hidden``."""
    in_article: bool = False
    """Inside ``<article>``, ``<main>`` or an ``itemprop="articleBody"`` element."""
    in_list: bool = False
    """Inside a ``<ul>``/``<ol>``/``<menu>`` list."""
    in_table: bool = False
    """Inside a ``<table>``."""
    in_link: bool = False
    """The whole line is one link."""
    datetime: str | None = None
    """The ``datetime`` attribute of a ``<time>`` element in the line, if any."""
    itemprop: str | None = None
    """The nearest ``itemprop`` value (``headline``, ``author``, ``datePublished``...)."""
    rel_author: bool = False
    """The line holds a ``rel="author"`` link."""
    containers: tuple[int, ...] = ()
    """Page-unique ids of the line's block element and its block-level ancestors, innermost
    first, at most :data:`newsclean.html.segment.CONTAINER_DEPTH` of them: lines that share an
    id sit in the same DOM container (the paragraphs of one article body share their parent)."""
    story: int = 0
    """Page-unique id of the nearest ``<article>``, ``role="article"`` or ``itemprop="articleBody"``
    element above the line, 0 outside one: lines that share it belong to one story element."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page, with the features classifiers share.

    Build lines with :func:`split_lines` (text) or :func:`build_lines`; do not
    construct the features by hand except in tests.

    .. versionadded:: 0.1.0
    """

    index: int
    """Position of this line in the page's line sequence (0-based)."""
    text: str
    """The line's text, stripped, with internal whitespace runs and control characters
    folded to one space (hard-wrapped paragraphs are joined with single spaces)."""
    start: int = 0
    """First source line (0-based) this line was made from."""
    end: int = 1
    """One past the last source line this line was made from."""
    indent: int = 0
    """Leading spaces of the first source line (a tab counts 4)."""
    words: int = 0
    """Word count; letters of scripts written without spaces count one word per two."""
    chars: int = 0
    """Length of :attr:`text`."""
    letter_ratio: float = 0.0
    """Letters / non-space characters."""
    digit_ratio: float = 0.0
    """Digits / non-space characters."""
    punct_ratio: float = 0.0
    """Punctuation and symbols / non-space characters."""
    upper_ratio: float = 0.0
    """Upper-case letters / letters."""
    title_ratio: float = 0.0
    """Share of word tokens that start with an upper-case letter."""
    terminal: bool = False
    """Ends with sentence punctuation (``.!?。…``, maybe followed by a quote or bracket)."""
    bullet: str = ""
    """The leading list marker (``•``, ``*``, ``-``, ``1.``, ``[3]``), or ``""``."""
    blank_before: bool = True
    """Preceded by a blank line or the page start."""
    blank_after: bool = True
    """Followed by a blank line or the page end."""
    position: float = 0.0
    """Relative position in the page, 0 (top) to 1 (bottom)."""
    repeats: int = 0
    """How many other lines of the page are the same line or a near copy (same normalised text)."""
    link_markers: int = 0
    """Count of ``[12]``-style link markers and ``[IMG]``-style image markers."""
    stopword_ratio: float = 0.0
    """Share of word tokens that are stop words of the page's language (0 if unknown); a line
    written mostly in a script of one language (Hebrew, Greek, Hangul, ...) counts that language's."""
    markup: Markup | None = field(default=None, compare=True)
    """HTML evidence, for lines made from markup."""

    @property
    def is_blank(self) -> bool:
        """Whether the line has no text.

        Loops over every line of a page test ``not line.text`` instead: a property call costs
        more than the test itself, and these loops run hundreds of thousands of times.
        """
        return not self.text

    @property
    def span(self) -> range:
        """The source lines this line covers."""
        return range(self.start, self.end)


# The slot setters of Line, in field order. A frozen dataclass's __init__ looks object.__setattr__ up
# and resolves each field's slot by name, once per field; build_lines sets the slots directly, one
# named setter per field (a loop over the setters costs nearly twice as much as the calls themselves).
# The field order is checked here, so a field added to Line fails at import, not with an unset slot later.
_LINE_FIELDS = (
    "index", "text", "start", "end", "indent", "words", "chars", "letter_ratio", "digit_ratio", "punct_ratio",
    "upper_ratio", "title_ratio", "terminal", "bullet", "blank_before", "blank_after", "position", "repeats",
    "link_markers", "stopword_ratio", "markup",
)  # fmt: skip
if tuple(f.name for f in fields(Line)) != _LINE_FIELDS:  # pragma: no cover - a guard for editors of Line
    raise ImportError("newsclean.lines._new_line sets Line's fields by hand: update it with Line")
_LINE_SLOTS = tuple(Line.__dict__[name].__set__ for name in _LINE_FIELDS)
(_l_index, _l_text, _l_start, _l_end, _l_indent, _l_words, _l_chars, _l_letter, _l_digit, _l_punct, _l_upper,
 _l_title, _l_terminal, _l_bullet, _l_before, _l_after, _l_position, _l_repeats, _l_links, _l_stop,
 _l_markup) = _LINE_SLOTS  # fmt: skip
_object_new = object.__new__


def _new_line(  # noqa: PLR0917 - one argument per field of Line, in its order
    index: int, text: str, start: int, end: int, indent: int, words: int, chars: int, letter_ratio: float,
    digit_ratio: float, punct_ratio: float, upper_ratio: float, title_ratio: float, terminal: bool, bullet: str,
    blank_before: bool, blank_after: bool, position: float, repeats: int, link_markers: int,
    stopword_ratio: float, markup: Markup | None,
) -> Line:
    """``Line(...)`` (all fields, positional), at about half the constructor's cost."""
    line: Line = _object_new(Line)
    _l_index(line, index)
    _l_text(line, text)
    _l_start(line, start)
    _l_end(line, end)
    _l_indent(line, indent)
    _l_words(line, words)
    _l_chars(line, chars)
    _l_letter(line, letter_ratio)
    _l_digit(line, digit_ratio)
    _l_punct(line, punct_ratio)
    _l_upper(line, upper_ratio)
    _l_title(line, title_ratio)
    _l_terminal(line, terminal)
    _l_bullet(line, bullet)
    _l_before(line, blank_before)
    _l_after(line, blank_after)
    _l_position(line, position)
    _l_repeats(line, repeats)
    _l_links(line, link_markers)
    _l_stop(line, stopword_ratio)
    _l_markup(line, markup)
    return line


def split_physical(text: str) -> list[str]:
    """Split text into physical lines on every Unicode line break, control characters removed.

    ``\\r\\n``, ``\\r``, ``\\n``, form feeds, vertical tabs, ``\\x1c``-``\\x1e``, NEL,
    U+2028 and U+2029 all end a line; NUL and other control characters become
    spaces; lone surrogates become U+FFFD. Tabs are kept (they count as indentation).

    Args:
        text: any text.

    Returns:
        The physical lines, without their line breaks. An empty string gives ``[]``.

    >>> split_physical("a\\r\\nb\\rc\\x0cd")
    ['a', 'b', 'c', 'd']

    .. versionadded:: 0.1.0
    """
    if not text:
        return []
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _CONTROL.search(text) is None:  # most pages: one scan instead of one per line
        return text.splitlines()
    return [_CONTROL.sub(" ", part) for part in text.splitlines()]


def visible_end(text: str) -> str:
    """The text without the invisible format characters and spaces after its last visible character.

    A dump prints a bidi isolate after right-to-left prose ("...שיפוצים.\u2069"); the line still
    ends in its full stop.

    >>> visible_end("Done.\u2069 ")
    'Done.'

    .. versionadded:: 0.1.0
    """
    last = text[-1:]
    if last and last < "\x80" and last not in _ASCII_TRAILING:
        return text  # most lines end in an ASCII letter or full stop: nothing to strip, no scan
    return _TRAILING_FORMAT.sub("", text)


# The ASCII characters _TRAILING_FORMAT strips (no format character is ASCII; tests/unit/test_speed_gates.py
# checks every one).
_ASCII_TRAILING = frozenset(" \t\n\v\f\r")


def normalize_key(text: str) -> str:
    """A line's identity for repeat counting: case-folded word characters only.

    >>> normalize_key("Read  More!")
    'readmore'
    """
    if text.isascii():
        # the word characters are the tokens (the standard library's engine reads ASCII faster); casefold is lower
        return "".join(ASCII_TOKEN.findall(text)).lower()
    return _KEY_DROP.sub("", text.casefold())


def _indent(raw: str) -> int:
    if not raw or raw[0] not in " \t":
        return 0
    lead = len(raw) - len(raw.lstrip(" \t"))
    return lead + 3 * raw.count("\t", 0, lead)  # a tab counts 4


def build_lines(
    rows: Sequence[tuple[str, int, int]],
    *,
    stopwords: frozenset[str] = frozenset(),
    markups: Sequence[Markup | None] | None = None,
    memo: dict[str, tuple[Any, ...]] | None = None,
) -> tuple[Line, ...]:
    """Make :class:`Line` objects, with features, from ``(raw_text, start, end)`` rows.

    Args:
        rows: the raw text of each line and the span of source lines it covers.
        stopwords: the page language's stop words, lower-cased, for :attr:`Line.stopword_ratio`.
        markups: optional HTML evidence, one per row.
        memo: the text features of lines already built with the same ``stopwords``, by text;
            pass the same dict to build the same page's lines again (reflowed and physical)
            without computing them twice. Filled as lines are built.

    Returns:
        One line per row, in order.

    .. versionadded:: 0.1.0
    """
    # a line already normalised keeps its own string, instead of holding a copy of it for the page's life
    texts = [raw if (text := " ".join(raw.split())) == raw else text for raw, _, _ in rows]
    # A page repeats lines (menus, teasers), and a text's features depend on the text alone:
    # each distinct text is measured once, its repeat key included.
    features = memo if memo is not None else {}
    feats_of: list[tuple[Any, ...] | None] = []
    for text in texts:
        if not text:
            feats_of.append(None)
            continue
        feats = features.get(text)
        if feats is None:
            feats = features[text] = _text_features(text, stopwords)
        feats_of.append(feats)
    counts = Counter(f[10] for f in feats_of if f is not None and f[10])
    if memo is None:
        # each line's features are let go once its Line holds them (below): the Lines and the
        # features of the lines still to build are never all held at once
        features.clear()
    n = len(rows)
    last = max(n - 1, 1)
    lines = []
    marks: Iterable[Markup | None] = markups if markups is not None else repeat(None, n)
    # One int object per number: a line's index, start and end are mostly the same few numbers
    # (line i spans i to i + 1), and above 256 each int is its own 28-byte object.
    numbers = list(range(max(n, rows[-1][2] if rows else 0) + 1))
    for i, ((raw, start, end), text, markup) in enumerate(zip(rows, texts, marks, strict=True)):
        feats = feats_of[i]
        feats_of[i] = None
        i = numbers[i]  # noqa: PLW2901
        start = numbers[start] if 0 <= start < len(numbers) else start  # noqa: PLW2901
        end = numbers[end] if 0 <= end < len(numbers) else end  # noqa: PLW2901
        blank_before = i == 0 or not texts[i - 1]
        blank_after = i == n - 1 or not texts[i + 1]
        if feats is None:
            line = _new_line(
                i, "", start, end, 0, 0, 0, 0.0, 0.0, 0.0, 0.0, 0.0, False, "", blank_before, blank_after, i / last,  # noqa: FBT003
                0, 0, 0.0, markup,
            )  # fmt: skip
            lines.append(line)
            continue
        words, letter_ratio, digit_ratio, punct_ratio, upper_ratio, title_ratio, terminal, bullet, links, stop, key = (
            feats
        )
        if not bullet and text.startswith("o ") and _o_item(texts, i):
            bullet = "o"  # a layout-keeping dump's third-level bullet
        # positional, in field order: this runs once per line of every page
        line = _new_line(
            i, text, start, end, _indent(raw), words, len(text), letter_ratio, digit_ratio, punct_ratio,
            upper_ratio, title_ratio, terminal, bullet, blank_before, blank_after, i / last,
            counts[key] - 1 if key else 0, links, stop, markup,
        )  # fmt: skip
        lines.append(line)
    return tuple(lines)


# ASCII byte classes, deleted with bytes.translate to count them at C speed (the common case).
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_DIGITS = b"0123456789"
_ASCII_CHARS = frozenset(map(chr, range(128)))
# Closing quotes and brackets that may follow sentence punctuation.
_CLOSERS = "'\"”’»)]"
# Invisible format characters a CMS leaves at the end of a paragraph (RLM/LRM, zero-width
# space and joiners, bidi embeddings and isolates, word joiner, BOM): they end nothing.
_INVISIBLE_TAIL = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
# Sentence ends of other scripts too: the Arabic question mark, the Urdu full stop, the Devanagari
# danda and double danda, the Ethiopic and Armenian full stops.
SENTENCE_PUNCT = frozenset(".!?。！？…\u061f\u06d4\u0964\u0965\u1362\u0589")


def _char_counts(text: str, others: Iterable[str] | None = None) -> tuple[int, int, int]:
    """(letters, upper-case letters, digits) of a whitespace-normalised line.

    ``others`` are the line's distinct non-ASCII characters, when already known.
    """
    if text.isascii():
        data = text.encode("ascii")
        size = len(data)
        return (size - len(data.translate(None, _ASCII_LETTERS)),
                size - len(data.translate(None, _ASCII_UPPER)),
                size - len(data.translate(None, _ASCII_DIGITS)))
    # The ASCII characters of a line in a Latin script (most of it) are counted at C speed in its UTF-8
    # bytes: a non-ASCII character's bytes (a lone surrogate's too) are all >= 0x80, no ASCII letter or digit.
    data = text.encode("utf-8", "surrogatepass")
    size = len(data)
    letters = size - len(data.translate(None, _ASCII_LETTERS))
    upper = size - len(data.translate(None, _ASCII_UPPER))
    digits = size - len(data.translate(None, _ASCII_DIGITS))
    # Test each distinct other character once and weigh it by its count (str.count runs in C): a
    # line repeats few distinct characters many times.
    for ch in set(text).difference(_ASCII_CHARS) if others is None else others:
        if ch.isalpha():
            n = text.count(ch)
            letters += n
            if ch.isupper():
                upper += n
        elif ch.isdigit():
            digits += text.count(ch)
    return letters, upper, digits


# What a :data:`_BULLET` match can open with: a bullet sign, a bracket, a digit, or an ASCII letter
# followed by "." or ")".
_BULLET_OPENERS = frozenset("•·◦▪▫■□●○◆◇►▶▸‣⁃∙*+-–—>»([")
_ASCII_LETTER_SET = frozenset(_ASCII_LETTERS.decode("ascii"))


def _o_item(texts: Sequence[str], i: int) -> bool:
    """Whether line ``i`` ("o Item") stands next to another "o " line: a nested list's items, not a word "o".

    >>> _o_item(["o Linksammlungen", "o Daten und Statistiken"], 0), _o_item(["x", "o rio corre"], 1)
    (True, False)
    """
    return any(0 <= k < len(texts) and texts[k].startswith("o ") for k in (i - 1, i + 1))


def _may_open_bullet(text: str) -> bool:
    """Whether :data:`_BULLET` can match at the start of the non-empty ``text``; ``False`` is certain.

    >>> _may_open_bullet("• item"), _may_open_bullet("3. step"), _may_open_bullet("b) two"), _may_open_bullet("Body")
    (True, True, True, False)
    """
    first = text[0]
    # str.isdigit holds for every \d (Unicode decimal) digit, and for a few more
    return first in _BULLET_OPENERS or first.isdigit() or (first in _ASCII_LETTER_SET and text[1:2] in {".", ")"})


def _script_stopwords(
    text: str, letters: int, folded: Sequence[str], others: Iterable[str] | None = None
) -> frozenset[str] | None:
    """The stop words of the language a line's own script names, or None (the page's then count).

    Only when most of the line's ``letters`` are in one of :data:`_OWN_SCRIPTS`: one search for
    any of them, then one count of the script found first, so a line in a Latin script costs one
    scan. Of the languages that write the script, the one whose stop words are most of the line's
    casefolded tokens ``folded`` (the first listed on a tie). ``others``, the line's distinct non-ASCII
    characters when known, settle a line with none of those scripts (most) without scanning it.

    >>> "של" in (_script_stopwords("של הממשלה הודיעה", 14, ["של", "הממשלה", "הודיעה"]) or ())
    True
    >>> "що" in (_script_stopwords("що вони", 7, ["що", "вони"]) or ())
    True
    >>> _script_stopwords("Über die Brücke", 13, ["über", "die", "brücke"]) is None
    True
    """
    if others is not None and not any(map(_ANY_OWN_SCRIPT.match, others)):
        return None  # the search below finds a character of the line iff one of its distinct ones matches
    found = _ANY_OWN_SCRIPT.search(text)
    if found is None:
        return None
    char = found.group(0)
    for languages, script in _OWN_SCRIPTS:
        if script.match(char):
            if len(script.findall(text, found.start())) * 2 <= letters:
                return None
            lists = [language_stopwords(language) for language in languages]
            return max(lists, key=lambda words: sum(map(words.__contains__, folded))) if len(lists) > 1 else lists[0]
    return None


def _text_features(text: str, stopwords: frozenset[str]) -> tuple[Any, ...]:
    """The features of a non-blank, whitespace-normalised line that depend on its text alone.

    (words, letter_ratio, digit_ratio, punct_ratio, upper_ratio, title_ratio, terminal, bullet,
    link_markers, stopword_ratio, repeat key), in that order.
    """
    ascii_text = text.isascii()
    others = None if ascii_text else set(text).difference(_ASCII_CHARS)
    letters, upper, digits = _char_counts(text, others)
    # The text is whitespace-normalised (str.split and " ".join), so its only spaces are single " ".
    visible = max(len(text) - text.count(" "), 1)
    punct = visible - letters - digits
    tokens = ASCII_TOKEN.findall(text) if ascii_text else _TOKEN.findall(text)
    # ASCII text holds none of the scripts written without spaces
    nospace = len(_NOSPACE.findall(text)) if not ascii_text and letters > len(tokens) * 4 else 0
    words = len(tokens) + nospace // 2 if nospace else len(tokens)
    # Title ratio: of the tokens that start with a letter, those that start upper-case; the
    # initials counted in one pass like the line's own characters.
    alpha_initials, titled, _ = _char_counts("".join([t[0] for t in tokens]))
    folded = [] if ascii_text and not stopwords else list(map(str.casefold, tokens))
    words_of_line = stopwords if ascii_text else _script_stopwords(text, letters, folded, others) or stopwords
    stop = sum(map(words_of_line.__contains__, folded)) if words_of_line else 0
    if stop and len(tokens) <= _FEW_TOKENS and all(
        len(t) == 1 for t, f in zip(tokens, folded, strict=True) if f in words_of_line
    ):
        stop = 0
    bullet = _BULLET.match(text) if _may_open_bullet(text) else None
    # Terminal: sentence punctuation, then only closing quotes and brackets; read from the end
    # instead of searching the whole line.
    tail = text.rstrip(_INVISIBLE_TAIL + " ").rstrip(_CLOSERS + _INVISIBLE_TAIL)
    # 0.0 and 1.0 (the same values the divisions give) are the code's own shared constants: a page
    # holds a float object per ratio per line, and most of these ratios are 0 or 1
    return (
        words,
        (1.0 if letters == visible else letters / visible) if letters else 0.0,
        digits / visible if digits else 0.0,
        punct / visible if punct else 0.0,
        (1.0 if upper == letters else upper / letters) if upper else 0.0,
        (1.0 if titled == alpha_initials else titled / alpha_initials) if titled else 0.0,
        bool(tail) and tail[-1] in SENTENCE_PUNCT,
        bullet.group(0) if bullet else "",
        len(_LINK_MARKER.findall(text)) if "[" in text else 0,
        stop / len(tokens) if stop else 0.0,
        # normalize_key: the word characters are the tokens, and casefold maps a word character to word
        # characters only and any other character to none (tests/unit/test_lines.py checks every code
        # point), so folding the tokens' letters is folding the line's; on ASCII text casefold is lower
        "".join(tokens).lower() if ascii_text else "".join(tokens).casefold(),
    )


def split_lines(text: str, *, stopwords: Iterable[str] = ()) -> tuple[Line, ...]:
    """Split a page dump into physical :class:`Line` objects with their features.

    No reflowing is done here; :func:`newsclean.clean` reflows hard-wrapped pages
    first. Every physical line, blank ones included, gives exactly one line.

    Args:
        text: the page dump.
        stopwords: stop words of the page's language (optional).

    Returns:
        One :class:`Line` per physical line.

    >>> [line.text for line in split_lines("Title\\n\\n  Body text.")]
    ['Title', '', 'Body text.']

    .. versionadded:: 0.1.0
    """
    rows = [(raw, i, i + 1) for i, raw in enumerate(split_physical(text))]
    return build_lines(rows, stopwords=frozenset(stopwords))
