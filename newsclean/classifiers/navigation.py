"""Navigation: menus, breadcrumbs, footers, legal and consent text.

Signals:

* a run of short bulleted or title-case items (a menu is rarely one line alone);
* breadcrumb and link-bar shapes: several short segments joined by ``|``, ``»``, ``>`` or ``/``;
* legal and footer phrases ("All rights reserved", "Impressum", "Privacy Policy");
* cookie and consent notices, which can be long prose but are never the article;
* menu words alone on a line ("Home", "Search", "Startseite");
* HTML: ``nav``/``menu``/``footer``/``header`` hints and lines that are mostly link text.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean.classifiers._util import hint_in, short_title_like, ubiquitous_hints
from newsclean.classifiers.base import PageContext, Vote
from newsclean.classifiers.lexicon import CONSENT, LEGAL, NAV_WORDS
from newsclean.labels import Label
from newsclean.lines import Line
from newsclean.metadata.dates import find_dates

__all__ = ["CONSENT_REASON", "MENU_WORD_REASON", "NAV_HINTS", "SECTION_RUN_REASON", "Navigation", "menu_entry"]

MENU_WORD_REASON = "menu word"
"""The reason of a vote for a menu word alone on a line ("Home", "Search")."""
SECTION_RUN_REASON = "section name in a menu run"
"""The reason of a vote for a section's name ("Sport", "Regional News") among other menu items."""
CONSENT_REASON = "consent notice"
"""The reason a consent notice's vote opens with; the context pass reads it."""
_SEPARATORS = regex.compile(r"\s(?:\||»|›|>|/|·|•|–)\s")
NAV_HINTS = frozenset({"nav", "menu", "footer", "breadcrumb"})
"""Class and id hints of the page's chrome: a line inside such an element is a menu's or a footer's."""
_URL = regex.compile(r"(?:https?://|www\.)\S+$")
_URL_OPENINGS = ("http://", "https://", "www.")
"""What a :data:`_URL` match opens with."""
_SECTION_WORD_LIST = (
    # a news site's sections, in many languages: a menu lists them one a line ("Sport", "Meinung")
    "news nachrichten noticias actualités notizie notícias nieuws nyheter новости ειδήσεις haberler "
    "world welt mundo monde mondo wereld мир κόσμος dünya "
    "politics politik política politique politica politiek политика πολιτική siyaset "
    "sport sports deportes esportes spor спорт αθλητικά "
    "culture kultur cultura cultuur культура πολιτισμός kültür "
    "business wirtschaft economía économie economia economie экономика οικονομία ekonomi "
    "opinion opinions meinung opinión opinião opinione mening мнения απόψεις "
    "health gesundheit salud santé saúde salute gezondheid здоровье υγεία sağlık "
    "science wissenschaft wissen ciencia sciences scienza ciência wetenschap наука επιστήμη bilim "
    "tech technology technik tecnología tecnologia technologie технологии τεχνολογία teknoloji "
    "travel reisen reise viajes voyage viaggi viagens reizen путешествия ταξίδια seyahat "
    "video videos vidéos vídeos видео βίντεο "
    "podcast podcasts weather wetter tiempo météo meteo tempo weer погода καιρός "
    "climate klima clima climat климат κλίμα "
    "live lifestyle entertainment unterhaltung panorama regional local lokales "
    "newsletter newsletters"
)
_SECTION_WORDS = frozenset(_SECTION_WORD_LIST.split())
"""Section names of news sites in many languages; a line of nothing else is a menu item."""
_SECTION_MAX_WORDS = 2
# A menu word or footer link is an entry in at most this many words ("Contact Us", "Terms of Use").
_ENTRY_MAX_WORDS = 4
_COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Navigation:
    """Votes ``NAVIGATION`` on site chrome.

    >>> from newsclean.lines import split_lines
    >>> nav = Navigation()
    >>> votes = nav.classify(split_lines("• Home\\n• World\\n• Sports\\n• Business"), PageContext())
    >>> all(v is not None and v.label.name == "NAVIGATION" for v in votes)
    True

    .. versionadded:: 0.1.0
    """

    name: str = "navigation"
    """Registry name."""
    item_max_words: int = 5
    """Menu items are at most this many words (menus list sections, not sentences)."""
    min_run: int = 3
    """A run of at least this many menu-like lines is a menu; fewer may be a list in the article."""
    legal_max_words: int = 40
    """Legal/footer phrases count only on lines up to this long (a long paragraph may mention "copyright")."""
    consent_min_hits: int = 2
    """Consent phrases needed on a long line before it counts as a cookie notice."""
    link_density: float = 0.7
    """HTML lines whose text is at least this share of link text are link lists."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        menu_like = [self._menu_item(line) for line in lines]
        # an unbulleted date line ("July 27, 2020") is no menu's item: it neither counts nor ends a run (a
        # list of recent posts, each title over its date, is still a menu; a title over its date strip is
        # not); a bulleted one is a list's item ("* 27. November 2016 15:00" over an event's name)
        dated = [
            flag and not line.bullet and _full_date(line, context.language)
            for flag, line in zip(menu_like, lines, strict=True)
        ]
        in_run = _runs(lines, [flag and not d for flag, d in zip(menu_like, dated, strict=True)], self.min_run, dated)
        for i in _entry_pairs(lines):
            in_run[i] = True
        ignore = ubiquitous_hints(lines)
        votes: list[Vote | None] = []
        # A line without markup is judged on its text (its features follow from it) and its run:
        # pages repeat lines (menus, footers), so each (text, run) is judged once.
        seen: dict[tuple[str, bool], Vote | None] = {}
        for i, line in enumerate(lines):
            if line.markup is not None:
                votes.append(self._vote(line, in_run[i], ignore))
                continue
            key = (line.text, in_run[i])
            if key in seen:
                votes.append(seen[key])
            else:
                votes.append(seen.setdefault(key, self._vote(line, in_run[i], ignore)))
        return votes

    def _menu_item(self, line: Line) -> bool:
        if not line.text or line.terminal or line.words > self.item_max_words:
            return False
        return bool(line.bullet) or short_title_like(line, self.item_max_words) or line.words <= 2

    def _vote(self, line: Line, in_menu_run: bool, ignore: frozenset[str]) -> Vote | None:
        if not line.text:
            return None
        text = line.text
        if hint_in(line, NAV_HINTS, ignore) and line.words < 25:
            return Vote(Label.NAVIGATION, 0.8, "html: inside nav/menu/footer")
        markup = line.markup
        in_article_table = markup is not None and markup.in_table and markup.in_article
        if (
            markup is not None
            and markup.link_density >= self.link_density
            and not line.terminal
            and not in_article_table
        ):
            return Vote(Label.NAVIGATION, 0.6, f"html: {markup.link_density:.0%} link text")
        if line.letter_ratio < 0.2 and line.words <= 6:
            return Vote(Label.NAVIGATION, 0.7, "no words: numbers and symbols")
        if text.startswith(_URL_OPENINGS) and _URL.match(text):
            return Vote(Label.NAVIGATION, 0.7, "a bare URL")
        consent = len(CONSENT.findall(text)) if line.words > 8 else 0
        if consent >= self.consent_min_hits:
            return Vote(Label.NAVIGATION, 0.85, f"{CONSENT_REASON} ({consent} consent phrases)")
        if line.words <= self.legal_max_words and (LEGAL.search(text) or _COPYRIGHT.search(text)):
            return Vote(Label.NAVIGATION, 0.75, "legal/footer phrase")
        if line.words <= 4 and NAV_WORDS.search(text) and not line.terminal:
            return Vote(Label.NAVIGATION, 0.65, MENU_WORD_REASON)
        if in_menu_run and _section_name(line):
            return Vote(Label.NAVIGATION, 0.65, SECTION_RUN_REASON)
        # split only lines that could be a link bar: a terminal line is not
        segments = _SEPARATORS.split(text) if not line.terminal else ()
        if len(segments) >= 3 and max(len(s.split()) for s in segments) <= 4:
            return Vote(Label.NAVIGATION, 0.6, f"link bar: {len(segments)} short segments")
        if len(segments) == 2 and all(map(_entry_text, segments)):
            # "Business | Tech": a bar of two entries is too short for the shape alone, not for its words
            return Vote(Label.NAVIGATION, 0.6, "link bar: 2 menu entries")
        if in_menu_run:
            return Vote(Label.NAVIGATION, 0.55 if line.bullet else 0.45, "in a run of short menu-like items")
        return None


def menu_entry(line: Line) -> bool:
    """Whether a line is, for sure, a menu's entry: a site section's name, a menu word or a footer link.

    >>> from newsclean.lines import split_lines
    >>> [menu_entry(line) for line in split_lines("Newsletters\\nContact Us\\nBudget Woes")]
    [True, True, False]
    """
    if line.terminal:
        return False
    if _section_name(line):
        return True
    return line.words <= _ENTRY_MAX_WORDS and _menu_words(line.text)


def _menu_words(text: str) -> bool:
    """Whether a short text holds a menu word or a footer link ("Sign In", "Terms of Use")."""
    return NAV_WORDS.search(text) is not None or LEGAL.search(text) is not None


def _entry_text(text: str) -> bool:
    """Whether a segment of a link bar is a sure menu entry: a section's name, a menu word or a footer link.

    >>> [_entry_text(t) for t in ("Regional News", "Contact Us", "Terms of Use", "The Daily News", "Bridge")]
    [True, True, True, False, False]
    """
    words = _words(text)
    if not words or len(words) > _ENTRY_MAX_WORDS:
        return False
    return (len(words) <= _SECTION_MAX_WORDS and _section_words(words)) or _menu_words(text)


def _entry_pairs(lines: Sequence[Line]) -> list[int]:
    """The lines of each block of exactly two lines that are both sure menu entries ("Regional News" / "Health").

    A menu of two sections is too short for a run (``min_run``), but a block of nothing else, blank
    lines around it, is that menu; a page's HTML puts it in its ``<nav>``. Linear in the page's length.

    >>> from newsclean.lines import split_lines
    >>> _entry_pairs(split_lines("Prose.\\n\\nRegional News\\nHealth\\n\\nMore prose."))
    [2, 3]
    >>> _entry_pairs(split_lines("Health\\nFood and drink"))
    []
    """
    out: list[int] = []
    for i in range(len(lines) - 1):
        if not lines[i].text or not lines[i + 1].text:
            continue
        if (i > 0 and lines[i - 1].text) or (i + 2 < len(lines) and lines[i + 2].text):
            continue
        if menu_entry(lines[i]) and menu_entry(lines[i + 1]):
            out.extend((i, i + 1))
    return out


def _section_name(line: Line) -> bool:
    """Whether a line is a site section's name and nothing else ("Sport", "Regional News").

    >>> from newsclean.lines import split_lines
    >>> [_section_name(line) for line in split_lines("Meinung\\nRegional News\\nSport is fun\\n+ World\\n2. World")]
    [True, True, False, True, False]
    """
    if line.terminal or not 0 < line.words <= _SECTION_MAX_WORDS:
        return False
    text = line.text
    # any bullet sign the line opens with ("+ World", "▸ Sport"); a numbered item ("2. World") is a list's
    if line.bullet and line.bullet[-1] not in ".)]":
        text = text[len(line.bullet) :]
    words = _words(text)
    return bool(words) and _section_words(words)


def _words(text: str) -> list[str]:
    """A menu item's words, case-folded, without the signs around it."""
    return text.strip(" •*·|-–»›").casefold().split()


def _section_words(words: Sequence[str]) -> bool:
    """Whether folded words name a site's section: letters only, the last a section word ("regional news")."""
    return words[-1] in _SECTION_WORDS and all(w.isalpha() for w in words)


def _full_date(line: Line, language: str | None) -> bool:
    """Whether a short line holds a date to the day ("July 27, 2020", "2016-04-11"; not "January 2020")."""
    return line.digit_ratio > 0 and bool(find_dates(line.text, language=language))


def _runs(
    lines: Sequence[Line], flags: Sequence[bool], min_run: int, skip: Sequence[bool] | None = None
) -> list[bool]:
    """Mark flagged lines that sit in a run of at least ``min_run`` flagged lines (blank lines don't break runs).

    Lines flagged in ``skip`` (date lines) don't break runs either, and are never marked.
    A run that reads as a data list (:func:`_data_list`) is not marked.
    """
    out = [False] * len(lines)
    run: list[int] = []

    def mark(run: list[int], after: Line | None) -> None:
        if len(run) >= min_run and not _data_list(lines, run):
            heading = after is not None and after.terminal and _heading_after(lines, run)
            for j in run[:-1] if heading else run:
                out[j] = True

    def close(run: list[int], after: Line | None) -> None:
        # the menu stops at each heading set apart under it: the items between are runs of their own
        start = 0
        while (cut := _set_apart_heading(lines, run, start)) is not None:
            mark(run[start:cut], None)
            start = cut + 1
        mark(run[start:], after)

    for i, line in enumerate(lines):
        if not line.text or (skip is not None and skip[i]):
            continue
        if flags[i]:
            run.append(i)
            continue
        close(run, line)
        run = []
    close(run, None)
    return out


def _set_apart_heading(lines: Sequence[Line], run: Sequence[int], start: int = 0) -> int | None:
    """Where in a run, from its item ``start`` on, the heading under a menu block stands, set apart by blank lines.

    A dump prints a menu's items line under line and the story's title under them as a block of its
    own: a title-shaped line between blank lines, of at least ``_APART_HEADING_MIN_WORDS`` words and
    longer than each item of the block of two or more right above it. A menu whose items each stand
    apart gives no such block, and a bulleted line is an item. ``None`` when there is none.

    >>> from newsclean.lines import split_lines
    >>> page = split_lines("Home\\nNews\\nSport\\n\\nBridge Reopens After Repairs\\n\\nBy Jane Doe")
    >>> _set_apart_heading(page, [0, 1, 2, 4, 6])
    3
    >>> _set_apart_heading(split_lines("Home\\nNews\\nSport\\nArts and Culture\\n\\nBy Jane"), [0, 1, 2, 3, 5])
    """
    for k in range(start + 1, len(run)):
        line = lines[run[k]]
        if line.bullet or line.words < _APART_HEADING_MIN_WORDS or not (line.blank_before and line.blank_after):
            continue
        block = [run[k - 1]]
        while k - len(block) - 1 >= start and run[k - len(block) - 1] == block[-1] - 1:
            block.append(run[k - len(block) - 1])
        if len(block) >= 2 and all(lines[j].words < line.words for j in block):
            return k
    return None


_APART_HEADING_MIN_WORDS = 3


def _heading_after(lines: Sequence[Line], run: Sequence[int]) -> bool:
    """Whether a run's last item, over the sentence that ends the run, is the heading under the menu.

    A menu lists sections of a word or two; a title of four words or more, longer than every
    item above it and with a sentence under it, is where the menu stops and the story starts.
    (The caller checks the sentence: the line that ended the run.)
    """
    last = lines[run[-1]].words
    return last >= _HEADING_MIN_WORDS and all(lines[j].words < last for j in run[:-1])


_HEADING_MIN_WORDS = 4


# "1 Pck. Vanillepuddingpulver", "200 g Mehl", "390 kcal": an amount and what it counts.
_QUANTITY = regex.compile(r"^\W{0,3}\d+(?:[.,/]\d+)?\s?(?:[-–]\s?\d+\s?)?\p{L}")
# "Lieferzeit: 15 Tage", "Jacke: Bershka": a key, a colon, its value.
_KEY_VALUE = regex.compile(r"^\W{0,3}\p{L}[\p{L}\s.-]{1,30}:\s+\S")
# "Oktober 2019", "März 2020 (4)": an archive's month links carry a number too, and are a menu.
_ARCHIVE_MONTH = regex.compile(r"\b(?:19|20)\d\d\b")
DATA_LIST_SHARE = 0.5
"""A run of short lines is a data list (ingredients, specifications) when this share of its items
holds an amount or a "key: value" pair: a site's menu names sections, not quantities."""


def _data_list(lines: Sequence[Line], run: Sequence[int]) -> bool:
    """Whether a run of short lines lists amounts or key-value pairs rather than links.

    >>> from newsclean.lines import split_lines
    >>> ls = split_lines("200 g Mehl\\n1 Pck. Backpulver\\n3 Eier\\nSalz")
    >>> _data_list(ls, range(4)), _data_list(split_lines("Home\\nWorld\\nSport"), range(3))
    (True, False)
    """
    data = sum(
        1
        for i in run
        if (_QUANTITY.match(lines[i].text) or _KEY_VALUE.match(lines[i].text))
        and not _ARCHIVE_MONTH.search(lines[i].text)
    )
    return data >= DATA_LIST_SHARE * len(run)
