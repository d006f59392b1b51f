"""Hypothesis strategies for realistic news pages, shared by the property tests.

A generated :class:`Page` is a list of parts (menu, headline, byline, date, paragraphs in
several scripts, hard-wrapped or not, random junk) rendered three ways from the same
parts: as a text dump (:attr:`Page.text`), as nested HTML (:attr:`Page.html`) and as the
text a simple browser would show for that HTML, one block per line
(:attr:`Page.html_text`, see :func:`render_html_text`).

Plain random text is here too (:func:`random_text`, :func:`random_bytes`), but it rarely
looks like a page; the page strategies reach the classifiers' interesting branches.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "MENU_ITEMS",
    "Page",
    "Part",
    "bylines",
    "dates",
    "headlines",
    "html_pages",
    "menus",
    "pages",
    "paragraphs",
    "random_bytes",
    "random_text",
    "render_html_text",
    "sample_pages",
    "text_pages",
]

# ---------------------------------------------------------------- vocabularies

_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "the", "city", "council", "said", "on", "monday", "that", "new", "bridge", "would", "open", "after",
        "years", "of", "repairs", "and", "officials", "expect", "traffic", "to", "improve", "in", "spring",
        "residents", "have", "waited", "for", "a", "decision", "about", "budget", "government", "minister",
        "police", "report", "was", "published", "by", "agency", "with", "more", "than", "people", "during",
        "week", "election", "market", "prices", "rose", "sharply", "while", "schools", "remained", "closed",
    ),
    "de": (
        "die", "stadt", "hat", "am", "montag", "beschlossen", "dass", "neue", "brücke", "nach", "jahren",
        "wieder", "geöffnet", "wird", "und", "der", "verkehr", "soll", "sich", "im", "frühjahr", "bessern",
        "bürger", "warten", "seit", "langem", "auf", "eine", "entscheidung", "über", "haushalt", "regierung",
    ),
    "ru": (
        "город", "совет", "заявил", "в", "понедельник", "что", "новый", "мост", "откроется", "после",
        "ремонта", "и", "чиновники", "ожидают", "движение", "весной", "жители", "давно", "ждали", "решения",
        "о", "бюджете", "правительство", "министр", "полиция", "сообщила",
    ),
    "el": (
        "η", "πόλη", "ανακοίνωσε", "τη", "Δευτέρα", "ότι", "νέα", "γέφυρα", "θα", "ανοίξει", "μετά", "από",
        "χρόνια", "επισκευών", "και", "οι", "αρχές", "αναμένουν", "κυκλοφορία", "την", "άνοιξη", "κάτοικοι",
    ),
    "ar": (
        "قالت", "الحكومة", "يوم", "الاثنين", "إن", "الجسر", "الجديد", "سيفتح", "بعد", "سنوات", "من",
        "الإصلاح",
        "وأضاف", "المسؤولون", "أن", "حركة", "المرور", "ستتحسن", "في", "الربيع", "السكان", "انتظروا", "القرار",
    ),
    "he": (
        "העירייה", "הודיעה", "ביום", "שני", "כי", "הגשר", "החדש", "ייפתח", "אחרי", "שנים", "של", "שיפוצים",
        "והתושבים", "מצפים", "לשיפור", "בתנועה", "באביב", "הממשלה", "השר", "המשטרה", "דיווחה",
    ),
}
# Common Han characters and kana for scripts written without spaces between words.
_CJK = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
    "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
    "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
    "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
    "必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
    "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信"
    "马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
    "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存"
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
)
_KANA = (
    "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエ"
    "オカキクケコサシスセソタチツテト"
)

_FIRST = ("Jane", "John", "Maria", "Ahmed", "Olga", "Li", "Priya", "Jana", "Lukas", "Sofia", "Kenji", "Ana")
_LAST = ("Doe", "Smith", "Schmidt", "Müller", "Ivanova", "García", "O'Neil", "Nguyen", "Kowalski", "Rossi")
MENU_ITEMS = (
    "Home", "News", "World", "Politics", "Business", "Sport", "Sports", "Culture", "Opinion", "Video",
    "Science", "Tech", "Health", "Travel", "Weather", "Live", "Podcasts", "Newsletters", "Subscribe",
    "Sign In", "Contact Us", "About Us", "Privacy Policy", "Terms of Use", "Regional News", "Climate",
)
_MENU = MENU_ITEMS
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")
_BULLETS = ("* ", "• ", "- ", "+ ", "· ", "")

_ALPHABETS = {
    "latin": "abcdefghijklmnopqrstuvwxyzäöüßéèàçñ",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщыэюя",
    "greek": "αβγδεζηθικλμνξοπρστυφχψω",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשת",
}
_SCRIPT = {"en": "latin", "de": "latin", "ru": "cyrillic", "el": "greek", "ar": "arabic", "he": "hebrew"}
_SCRIPT_LANGS = ("en", "de", "ru", "el", "ar", "he", "zh", "ja")


# ---------------------------------------------------------------- the page model


@dataclass(frozen=True)
class Part:
    """One piece of a generated page."""

    kind: str
    """``menu``, ``headline``, ``byline``, ``date``, ``para``, ``junk``."""
    items: tuple[str, ...]
    """The piece's lines: menu items, or one text."""
    wrap: bool = False
    """Hard-wrap the text at 80 columns in the text dump."""
    bullet: str = ""
    """The list marker menu items carry in the text dump."""


@dataclass(frozen=True)
class Page:
    """A generated page and its three renderings."""

    parts: tuple[Part, ...]
    text: str = field(init=False)
    """The page as a text dump (blank line between parts)."""
    html: str = field(init=False)
    """The page as nested HTML."""
    html_text: str = field(init=False)
    """:attr:`html` as a browser would show it, one block per line (:func:`render_html_text`)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _render_text(self.parts))
        object.__setattr__(self, "html", _render_html(self.parts))
        object.__setattr__(self, "html_text", render_html_text(self.parts))

    def __repr__(self) -> str:
        return f"Page(parts={self.parts!r})"


def _wrap(text: str, width: int = 80) -> list[str]:
    if " " not in text:  # CJK: no spaces to break at, cut at a fixed count of characters
        step = width // 2
        return [text[i : i + step] for i in range(0, len(text), step)] or [""]
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


def _render_text(parts: tuple[Part, ...]) -> str:
    chunks: list[str] = []
    for part in parts:
        if part.kind == "menu":
            if part.bullet == "|":
                chunks.append(" | ".join(part.items))
            else:
                chunks.append("\n".join(part.bullet + item for item in part.items))
        elif part.wrap:
            chunks.append("\n".join(_wrap(part.items[0])))
        else:
            chunks.append(part.items[0])
    return "\n\n".join(chunks) + "\n"


_WRAPPERS = (
    ('<div class="wrapper">', "</div>"),
    ("<section>", "</section>"),
    ('<div><div class="inner">', "</div></div>"),
    ("<article>", "</article>"),
    ("<main><div>", "</div></main>"),
)


def _render_html(parts: tuple[Part, ...]) -> str:
    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page</title></head><body>']
    for n, part in enumerate(parts):
        opening, closing = _WRAPPERS[n % len(_WRAPPERS)]
        out.append(opening)
        if part.kind == "menu":
            items = "".join(f'<li><a href="/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(part.items))
            if part.bullet == "|":
                links = " | ".join(f'<a href="/{i}">{html.escape(t)}</a>' for i, t in enumerate(part.items))
                out.append(f"<nav><div>{links}</div></nav>")
            else:
                out.append(f"<nav><ul>{items}</ul></nav>")
        elif part.kind == "headline":
            out.append(f"<h1>{html.escape(part.items[0])}</h1>")
        elif part.kind in ("byline", "date"):
            out.append(f'<div class="meta"><span>{html.escape(part.items[0])}</span></div>')
        else:
            out.append(f"<p>{html.escape(part.items[0])}</p>")
        out.append(closing)
    out.append("</body></html>")
    return "\n".join(out)


def render_html_text(parts: tuple[Part, ...]) -> str:
    """What :attr:`Page.html` shows in a browser: one line per block element, blank lines between parts.

    Menu items are one line each (pipe menus one line), every other part one line,
    never hard-wrapped.
    """
    chunks: list[str] = []
    for part in parts:
        if part.kind == "menu" and part.bullet != "|":
            chunks.append("\n".join(" ".join(item.split()) for item in part.items))
        elif part.kind == "menu":
            chunks.append(" | ".join(" ".join(item.split()) for item in part.items))
        else:
            chunks.append(" ".join(part.items[0].split()))
    return "\n\n".join(chunks) + "\n"


# ---------------------------------------------------------------- building blocks


@st.composite
def _sentence(draw: st.DrawFn, lang: str) -> str:
    if lang in ("zh", "ja"):
        pool = _CJK + (_KANA if lang == "ja" else "")
        body = draw(st.text(alphabet=pool, min_size=8, max_size=40))
        return body + draw(st.sampled_from("。！？"))
    if draw(st.integers(0, 9)) == 0:  # made-up words from the script's alphabet
        word = st.text(alphabet=_ALPHABETS[_SCRIPT[lang]], min_size=1, max_size=12)
    else:
        word = st.sampled_from(_WORDS[lang])
    words = draw(st.lists(word, min_size=5, max_size=24))
    if lang not in ("ar", "he"):
        words[0] = words[0][:1].upper() + words[0][1:]
    if draw(st.booleans()):
        words.insert(draw(st.integers(1, len(words))), str(draw(st.integers(0, 5000))))
    end = draw(st.sampled_from(("؟", ".", "!") if lang == "ar" else (".", ".", ".", "?", "!", ":")))
    return " ".join(words) + end


@st.composite
def paragraphs(draw: st.DrawFn, lang: str | None = None) -> str:
    """A paragraph of one to six sentences in one script (Latin, Cyrillic, Greek, CJK, Arabic, Hebrew)."""
    lang = lang or draw(st.sampled_from(_SCRIPT_LANGS))
    sentences = draw(st.lists(_sentence(lang), min_size=1, max_size=6))
    sep = "" if lang in ("zh", "ja") else " "
    text = sep.join(sentences)
    if lang in ("ar", "he") and draw(st.booleans()):  # bidi marks around an embedded number, as CMSs emit
        text = "\u200f" + text.replace(" 1", " \u2066" + "1") + "\u2069"
    return text


@st.composite
def menus(draw: st.DrawFn) -> Part:
    """A navigation menu: short title-case items, bulleted, bare or pipe-separated."""
    items = tuple(draw(st.lists(st.sampled_from(_MENU), min_size=2, max_size=12, unique=True)))
    bullet = draw(st.sampled_from((*_BULLETS, "|")))
    return Part("menu", items, bullet=bullet)


@st.composite
def bylines(draw: st.DrawFn) -> str:
    """A byline: "By Jane Doe", "Von Jana Schmidt", two authors, an agency or a role."""
    names = draw(st.lists(st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)), min_size=1, max_size=3))
    people = [f"{a} {b}" for a, b in names]
    joined = people[0]
    if len(people) > 1:
        joined = ", ".join(people[:-1]) + draw(st.sampled_from((" and ", " und ", " & "))) + people[-1]
    template = draw(st.sampled_from((
        "By {}", "BY {}", "Von {}", "Par {}", "Por {}", "{}", "By {}, Reuters", "Von {} (dpa)",
        "Story by {}", "Автор: {}", "{} | Staff Writer", "Written by {} for AP",
    )))
    return template.format(joined.upper() if template.startswith("BY") else joined)


@st.composite
def dates(draw: st.DrawFn) -> str:
    """A publication date in one of a dozen formats and languages."""
    day = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2030, 12, 31)))
    moment = draw(st.times())
    hm = f"{moment.hour:02d}:{moment.minute:02d}"
    fmt: Callable[[date, time], str] = draw(st.sampled_from((
        lambda d, t: f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        lambda d, t: f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}",
        lambda d, t: d.isoformat(),
        lambda d, t: datetime.combine(d, t).isoformat(timespec="seconds") + "Z",
        lambda d, t: f"{d.day:02d}.{d.month:02d}.{d.year}, {hm} Uhr",
        lambda d, t: f"{d.month:02d}/{d.day:02d}/{d.year}",
        lambda d, t: f"{d.day}. {_MONTHS_DE[d.month - 1]} {d.year}",
        lambda d, t: f"Published {_MONTHS_EN[d.month - 1][:3]}. {d.day}, {d.year} {hm} ET",
        lambda d, t: f"Updated: {d.isoformat()} {hm}",
        lambda d, t: f"{d.year}年{d.month}月{d.day}日",
        lambda d, t: f"Mon, {d.day:02d} {_MONTHS_EN[d.month - 1][:3]} {d.year} {hm}:00 +0000",
        lambda d, t: f"Stand: {d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    )))
    return fmt(day, moment)


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A short title-case headline, sometimes with a " | Site" suffix."""
    lang = draw(st.sampled_from(("en", "de", "ru", "el")))
    words = draw(st.lists(st.sampled_from(_WORDS[lang]), min_size=3, max_size=12))
    text = " ".join(w[:1].upper() + w[1:] for w in words)
    if draw(st.integers(0, 3)) == 0:
        text += " | " + draw(st.sampled_from(("The Daily News", "Example Times", "Reuters")))
    return text


def random_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Arbitrary text, surrogates, controls and all, with line breaks likely."""
    char = st.one_of(
        st.characters(codec=None),
        st.sampled_from("\n\n\r\n\t \x00\x0b\x0c\x1c\x85\u2028\u2029\ufeff\u200f\u202e<>&;"),
    )
    return st.text(alphabet=char, max_size=max_size)


def random_bytes(max_size: int = 400) -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, and text in an assortment of encodings (with and without BOMs)."""
    encoded = st.tuples(
        st.text(max_size=max_size // 4),
        st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1",
                         "koi8-r", "shift_jis", "gb18030")),
    ).map(lambda pair: pair[0].encode(pair[1], "replace"))
    return st.one_of(st.binary(max_size=max_size), encoded)


_PARA = st.builds(lambda text, wrap: Part("para", (text,), wrap=wrap), paragraphs(), st.booleans())


def _part() -> st.SearchStrategy[Part]:
    junk = st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=60,
    ).filter(lambda s: s.strip() != "")
    return st.one_of(
        _PARA,
        _PARA,
        menus(),
        st.builds(lambda t: Part("headline", (t,)), headlines()),
        st.builds(lambda t: Part("byline", (t,)), bylines()),
        st.builds(lambda t: Part("date", (t,)), dates()),
        st.builds(lambda t: Part("junk", (t,)), junk),
    )


@st.composite
def pages(draw: st.DrawFn, max_parts: int = 14, order: str | None = None) -> Page:
    """A page shaped like a news page: menu, headline, byline, date, paragraphs, more menus, junk.

    ``order`` is ``"news"`` (the story's parts in that order under the top menus, the other parts
    after it), ``"shuffled"`` (the same parts in any order), or None for either.
    """
    top = draw(st.lists(menus(), max_size=2))
    head = [Part("headline", (draw(headlines()),))] if draw(st.integers(0, 4)) else []
    meta = draw(st.lists(st.one_of(
        st.builds(lambda t: Part("byline", (t,)), bylines()),
        st.builds(lambda t: Part("date", (t,)), dates()),
    ), max_size=2))
    lang = draw(st.sampled_from(_SCRIPT_LANGS))
    wrap = draw(st.booleans())
    body = [Part("para", (p,), wrap=wrap) for p in draw(st.lists(paragraphs(lang), max_size=8))]
    extra = draw(st.lists(_part(), max_size=max_parts))
    if order is None:
        order = draw(st.sampled_from(("news", "shuffled")))
    parts = [*top, *head, *meta, *body, *extra]
    if order == "shuffled":
        parts = draw(st.permutations(parts))
    return Page(tuple(parts))


def sample_pages(count: int, *, seed_examples: int = 40) -> list[str]:
    """``count`` non-blank generated pages, text and HTML, the same on every run and in every process.

    Drawn with a derandomized Hypothesis run, for tests that need fixed pages (threads,
    child processes) rather than a property.
    """
    found: list[str] = []

    @settings(derandomize=True, max_examples=seed_examples, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(pages(), st.booleans())
    def collect(page: Page, as_html: bool) -> None:
        found.append(page.html if as_html else page.text)

    collect()
    return [p for p in found if p.strip()][:count]


def text_pages() -> st.SearchStrategy[str]:
    """Text dumps: generated pages most of the time, random text some of the time."""
    return st.one_of(pages().map(lambda p: p.text), pages().map(lambda p: p.html_text), random_text())


def html_pages() -> st.SearchStrategy[str]:
    """HTML pages built from the generated parts."""
    return pages().map(lambda p: p.html)
