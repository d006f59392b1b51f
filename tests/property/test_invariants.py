"""Invariants of ``clean()`` on generated pages: coverage, no invented text, order, determinism, safety."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys

import pytest
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.html import html_to_page
from newsclean.labels import Label
from newsclean.lines import split_physical
from newsclean.reflow import join_wrapped
from tests.property._support import as_text, collapse, invented, out_of_order, shingle_f1
from tests.strategies import Page, Part, html_pages, pages, random_bytes, random_text, sample_pages, text_pages

# ------------------------------------------------------------------ coverage


@given(st.one_of(text_pages(), random_bytes()))
def test_every_physical_line_gets_exactly_one_label_in_order(page: str | bytes) -> None:
    article = newsclean.clean(page, format="text")
    raws = split_physical(as_text(page))
    limit = newsclean.CleanConfig().max_line_chars
    assert [ll.line.start for ll in article.lines] == list(range(len(raws)))
    assert [ll.line.text for ll in article.lines] == [" ".join(r[:limit].split()) for r in raws]
    assert all(isinstance(ll.label, Label) for ll in article.lines)
    blocks = [ll.block for ll in article.lines]
    assert blocks == sorted(blocks)


@given(html_pages())
def test_every_html_block_gets_exactly_one_label(page: str) -> None:
    article = newsclean.clean(page)
    blocks = html_to_page(page).blocks
    assert [ll.line.text for ll in article.lines] == [b.text for b in blocks]
    assert all(isinstance(ll.label, Label) for ll in article.lines)


# Found by the final deep fuzz run of session 10 (bb88233, seed 1602): the body joined a wrapped
# paragraph's two pieces into one paragraph while Article.lines left them in two blocks; a joined piece
# now belongs to its paragraph's block.
@example("A a a a a a a a a a a a a a a a a a a a a a. The the the the city bridge\nrepairs.\n")
@given(st.one_of(text_pages(), random_bytes()))
def test_body_is_the_body_labelled_lines(page: str | bytes) -> None:
    article = newsclean.clean(page, format="text")
    seen: dict[int, list[str]] = {}
    for ll in article.lines:
        if ll.label is Label.BODY and ll.line.text.strip():
            seen.setdefault(ll.block, []).append(ll.line.text)
    assert article.paragraphs == tuple(join_wrapped(parts) for parts in seen.values())
    assert article.body == "\n\n".join(article.paragraphs)


# ------------------------------------------------------------------ nothing invented, order kept


# Found by the deep fuzz run: a headline of random bytes with a soft hyphen, which the headline's
# documented normalisation drops.
@example(b"\xab\x98qX\xe0\xadbt}o\x85\xec\xe6N\xee\x1a\xf5\xae\xcb\xfa\xd5\x07\xb2O\xefX\xee\xb8")
@given(st.one_of(text_pages(), random_bytes()))
def test_body_and_metadata_text_comes_from_the_page(page: str | bytes) -> None:
    article = newsclean.clean(page, format="text")
    text = as_text(page)
    assert invented(article, text) == []
    if article.published_raw is not None:
        assert " ".join(article.published_raw.split()) in collapse(text)


@given(pages())
def test_html_body_and_metadata_text_comes_from_the_page(page: Page) -> None:
    article = newsclean.clean(page.html)
    # the <title> is metadata the page states too
    assert invented(article, page.html_text + "\nPage") == []


@given(st.one_of(text_pages(), random_bytes()))
def test_body_keeps_input_order(page: str | bytes) -> None:
    article = newsclean.clean(page, format="text")
    assert out_of_order(article.paragraphs, as_text(page)) is None


@given(pages())
def test_html_body_keeps_input_order(page: Page) -> None:
    article = newsclean.clean(page.html)
    assert out_of_order(article.paragraphs, page.html_text) is None


# ------------------------------------------------------------------ determinism and idempotence


@given(st.one_of(text_pages(), html_pages()))
def test_same_input_same_article(page: str) -> None:
    assert newsclean.clean(page) == newsclean.clean(page)


def _check_body_survives_a_second_clean(page: Page) -> None:
    """Idempotence: every paragraph of the body is a paragraph of the body cleaned again."""
    first = newsclean.clean(page.text)
    again = newsclean.clean(first.body, format="text")
    assert set(first.paragraphs) <= set(again.paragraphs)


@given(pages())
def test_cleaning_the_body_again_keeps_every_body_line(page: Page) -> None:
    _check_body_survives_a_second_clean(page)


_IDEMPOTENCE_GAP = Page(
    (
        Part("byline", ("By Jane Doe and Jane Doe",)),
        Part("para", ("A a a a a a a a.",)),
        Part("byline", ("BY JANE GARCÍA AND JANE DOE",)),
        Part("para", ("A a a a a. The the the the the the the. The the the the the the the. A a a a a.",)),
    )
)

_TWO_SENTENCE_TITLE = Page(
    (
        Part("headline", ("Μετά Ανακοίνωσε Άνοιξη Κάτοικοι",)),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("המשטרה כי שנים מצפים הודיעה המשטרה דיווחה. של כי ייפתח 778 שנים ייפתח!",)),
        Part(
            "para",
            (
                "技说声公建式加山保工又消以很四则先问又产只对各华养形应住世例人细科任律建此历实。志军即如八报代可没究做技情员它将得家办厂族。",
            ),
        ),
    )
)
_QUESTION_LINE = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("headline", ("Council On On",)),
        Part("para", ("А 0 а а а а а а а а а а а а. Город " + "город " * 22 + "город?",), wrap=True),
        Part("para", ("A 0 a a a a.",)),
    )
)
# Found by a deep fuzz run of session 4: a wrapped paragraph's first two lines are taken as the
# headline, and the line under them repeats a run of their words. The pull-quote rule counted the
# headline's copy while the lines were still body and kept the line; cleaned again, with the
# headline gone, the line was a pull quote and dropped. Fixed: quotes are judged after the
# headline and byline leave the span.
_HE = "העירייה "
_PULL_QUOTE_UNDER_TITLE = Page(
    (
        Part("headline", ("The The The A | The Daily News",)),
        Part("headline", ("The The The",)),
        Part(
            "para",
            (
                _HE * 7
                + "העירייה. א א אאאאאאאאאא אאא אאאאאאאא א א א. "
                + _HE * 6
                + "הודיעה הודיעה 0. א א א א א. "
                + _HE * 5
                + "העירייה. הגשר "
                + _HE * 7
                + "העירייה.",
            ),
            wrap=True,
        ),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("ا 0 ا ا ا ا؟ ا ا ا ااا ااا اااا اااا ااااااا اااااااااا اااااااااااا اااااااااااا؟",)),
        Part("menu", ("News", "Video"), bullet="+ "),
        Part("byline", ("By Jane Doe and Jane Doe",)),
        Part("date", ("January 1, 2000",)),
    )
)
_CJK = "一一一一一一一一。"
_CJK_SENTENCE_TITLE = Page((Part("headline", ("The The The",)), Part("para", (_CJK,)), Part("para", (_CJK * 2,))))
_CJK_REPEATS = Page(
    (
        *[Part("para", (_CJK,))] * 3,
        Part("para", (_CJK * 4,)),
        *[Part("para", (_CJK,))] * 2,
        Part("para", ("A a a a a.",)),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a.",)),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("menu", ("Home", "News"), bullet="* "),
    )
)
_WRAP_TAIL_TEXT = (
    "A 1000 a a a a a a a a aa aaaa aaaa aaaa aaaaa aaaaaaa aaaaaaaaaaaa. A a aa aaaaa aaaaa aaa. "
    "The 100 the council repairs officials. The the the city repairs."
)
_WRAP_TAIL = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A 0 a a a a.",)),
        Part("headline", ("The The The",)),
        Part("para", (_WRAP_TAIL_TEXT,), wrap=True),
    )
)

_UNVOTED_MENUS = Page(
    (
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a.",)),
        Part("menu", ("News", "World"), bullet="* "),
        Part("byline", ("By Jane Doe and Jane Doe",)),
        Part("menu", ("News", "World"), bullet="* "),
    )
)


_TITLE_INSIDE_SPAN = Page(
    (
        Part("para", ("一一一一一一一一。",)),
        Part("byline", ("By Jane Doe",)),
        Part("headline", ("The The The | The Daily News",)),
        Part("para", ("A a a a a.",)),
    )
)


_STRAY_AFTER_BYLINE = Page(
    (
        Part("headline", ("The The The | The Daily News",)),
        Part("para", ("A a a a a.",)),
        Part("byline", ("By Jane Doe",)),
        Part("junk", ("a",)),
    )
)


_CITY = (
    "City 0 that city the the? Said 0 said the the the city city said city city the the the the. "
    "City the said city 0 the."
)
_LIST_BEFORE_TWINS = Page(
    (
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a.",)),
        Part("para", ("A a a a a.",)),
        Part("menu", ("News", "World"), bullet="* "),
        Part("para", (_CITY,)),
        Part("headline", ("Stadt Hat Am",)),
        Part("para", (_CITY,)),
    )
)


_BYLINE_AS_LIST_INTRO = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("byline", ("By Jane Doe",)),
        Part(
            "para",
            (
                (
                    "Aa 0 aaaa aaaaa aaaaaaaaaaa aaaaaaaaaaaa. The the council council council council council the "
                    "the the the the the the bridge. The 0 the the the the the the."
                ),
            ),
            wrap=True,
        ),
    )
)


_SUBHEAD_UNDER_TITLE = Page(
    (
        Part("para", ("周千亲ち参战包受よ他团什声员！わ即サ向为チ快中全五联！",)),
        Part("headline", ("Sich",)),
        Part(
            "para",
            (
                (
                    "全使お动再收候具次人も开そ设万东今使テトひ。む则を东ソ万到内？都向该调太见の子书及中キ世只商及党确？"
                    "せ了さ三深り基つ族原切？农精名下织圆力大ウ就土业れ今了史细不关。只为效六派シ时み？"
                ),
            ),
        ),
        Part("menu", ("Sign In",), bullet="• "),
    )
)


_PAGE_TITLE_AS_TEASER = Page(
    (
        Part(
            "para",
            (
                (
                    "While about bridge repairs traffic 4328. Pkßépltàßqkñ k hlg ééooñi ühhynkskèñr ñpn iphtcvnv "
                    "jrjwz: After remained would with have rose 247. After with 972 sharply officials rose week "
                    "closed ü!"
                ),
            ),
            wrap=True,
        ),
        Part("menu", ("Opinion",), bullet="* "),
        Part("headline", ("Άνοιξη Οι Οι | The",)),
        Part(
            "para",
            (
                (
                    "Open repairs on report new residents of to schools was while during published rose city while "
                    "city prices a bridge during said improve new. Improve 661 decision schools election while."
                ),
            ),
            wrap=True,
        ),
    )
)


# Found by a deep fuzz run: a CJK sentence ("...。") opening a chrome-free page, two lines over a
# byline, was taken for the story's header (a title right over its byline) and chosen as headline,
# so the title-case line under it ("The The The") became a subheading of the article; cleaned again
# it opened the body and became the headline. Fixed: a line ending in a full stop of any script
# (not only ".") is never a header over the byline.
_CJK_TITLE_OVER_TITLE = Page(
    (
        Part("para", ("一一一一一一一一一。",)),
        Part("para", ("一一一一一一一一一。",)),
        Part("para", ("一一一一一一一一。",)),
        Part("headline", ("The The The",)),
        Part("para", ("A a a a a.",)),
        Part("byline", ("By Jane Doe",)),
    )
)


# Found by a deep fuzz run: a bulleted menu between two short paragraphs, its first item a sure
# menu word ("* Home"), kept its weaker items as a list inside the article; cleaned again they were
# a menu and took the paragraph above along. Fixed: a run of short lines that opens on a sure chrome
# line is a menu, all of it, never a list of the article's.
_MENU_INSIDE_ARTICLE = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("byline", ("By Jane Doe",)),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("א א א א א.",)),
        Part("menu", ("Home", "News", "World", "Politics"), bullet="* "),
        Part("para", ("א 0 א א א א. א א א א א א א א א א א א א א א א א א א א א א א א.",)),
    )
)


# Found by a generate-only hunt: a one-word line between two paragraphs is kept as a subheading;
# the date between two copies of the paragraph under it leaves the body, so cleaned again the copies
# sit in a row and the first is voted an image caption's twin. Its prose vote once fell under the 0.5
# a subheading needs below it, and the subheading was dropped; since a sentence printed as a block of
# its own scores like a <p> (classifiers.body.PARAGRAPH_BONUS) the second clean keeps it.
_CJK_A = (
    "军头派单准上低增同名厂些元团向斗治。府养带太下必公到同压备又可增再农习。长层领形个油于识本场半组定交！"
    "六可件得厂已许元各体团！将四们世强其别体间保划小打严与增习国。公常况厂传品志府往志家开新快构设张具外县。"
)
_CJK_B = (
    "于以料外包以因多己把整写周器大被去对大！以体带完全原素头儿意千品。变式交北许变毛联把农斗号再二单果商集基据？"
    "出可层千导保就般因先圆确。公给作文许书少白调当和！定可问存价品划当二规口或取保候准过？"
)
_SUBHEAD_OVER_TWIN = Page(
    (
        Part("para", (_CJK_A,), wrap=True),
        Part("headline", ("Wieder",)),
        Part("para", (_CJK_B,), wrap=True),
        Part("date", ("15. Februar 2006",)),
        Part("para", (_CJK_B,), wrap=True),
    )
)


# Found by the last deep fuzz run of session 4 (on 39720d9): a one-letter line was read as the
# intro of a list closing the article, whose "items" were a wrapped paragraph's lines and the date
# under them; cleaned again, the date stood alone under the body and was read as a dateline far
# from the article's start. Fixed: a line of more than LIST_ITEM_MAX_WORDS words is no list item.
_DATE_IN_CLOSING_LIST = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("一一一一一一一一。",)),
        Part("junk", ("A",)),
        Part("para", ("A 0 a a a a a a a a a a a a a a. The the the the the the the the the the the the.",), wrap=True),
        Part("date", ("January 1, 2000",)),
    )
)


# Found by the same run: on a page of repeated CJK sentences with bylines above and below, the
# title-case title under them was kept as a subheading (a paragraph follows it); cleaned again,
# without the byline that stood between two copies of that paragraph, the copies sat in a row, the
# first was voted an image caption's twin, and the title, with no prose right under it, was dropped
# as a headline-like line. Fixed: a subheading over a paragraph printed twice is judged by its last
# copy, the one the twin vote leaves to the prose votes.
_CJK_COPIES_AND_TITLE = Page(
    (
        Part("byline", ("By Jane Doe",)),
        Part("byline", ("By Jane Doe",)),
        *[Part("para", (_CJK,))] * 3,
        Part("para", (_CJK * 6,)),
        *[Part("para", (_CJK,))] * 3,
        Part("junk", ("0",)),
        Part("headline", ("The The The",)),
        Part("para", (_CJK,)),
        Part("byline", ("By Jane Doe",)),
        Part("para", (_CJK,)),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("junk", ("0",)),
    )
)


# Found by session 5's deep fuzz run (on 186e8d4): a two-item bulleted list between paragraphs was
# kept as a list inside the article; the article's body holds the same short paragraph twice with a
# byline between the copies, so cleaned again the copies sat in a row, the first was voted a twin,
# and the list, with no prose right under it, was dropped. Fixed: a list inside the article is
# judged, like a subheading, by the last copy of a paragraph printed twice under it.
_LIST_OVER_TWINS = Page(
    (
        Part("para", ("A a a a a.",)),
        Part("para", ("A a a a a.",)),
        Part("menu", ("News", "World"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("byline", ("By Jane Doe",)),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a.",)),
    )
)


# Found by session 5's last deep fuzz run (on c7d13fe): a line whose word run three lines print was
# no pull quote, but once the first clean dropped one of those lines as a quote, the run was printed
# twice and a second clean dropped it as a quote too. Fixed: the quote check repeats on the lines
# left (PULL_QUOTE_ROUNDS), so the first clean drops it as well.
_QUOTE_AFTER_A_QUOTE = Page(
    (
        Part("para", ("A a a a a a a a.",)),
        Part("para", ("A 0 a a a a. A 0 a a a a a a.",)),
        Part("para", ("A 0 a a a a a. A 0 a a a a.",)),
    )
)


# Found by session 5's last deep fuzz run (on 0355fa0, after 15,688 examples): the article takes
# only the first line of a hard-wrapped Cyrillic paragraph that was not reflowed (it votes body
# through the stop words of the page's detected language, Russian); the body alone is too short for
# a language to be detected, so cleaned again that line scored no stop words and was dropped as a
# headline-like line. Fixed at the root: a line mostly in a script several stop-word languages write
# (Cyrillic, Arabic, Devanagari) is scored with the list of that script that finds the most in it,
# whatever the page's language (lines._script_stopwords), so both cleans see one ratio.
_WRAPPED_CYRILLIC_FIRST_LINE = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a a a a a a.",)),
        Part("para", ("一一一一一一一一。",)),
        Part("para", ("一一一一一一一一。",)),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("para", ("A a a a a a a a a. A 0 a a a a a a a. A a a a a a a a a a.",)),
        Part(
            "para",
            (
                (
                    "Город 0 город город город город город город город город город город правительство город город "
                    "город решения. А а ааааааабы аааааааааааа ааааааааааа а а а а а. А 0 а а а а а хргщигмвзфге."
                ),
            ),
            wrap=True,
        ),
        Part("menu", ("Home", "News"), bullet="* "),
    )
)


# Found by session 6's deep fuzz run (on 101021b, after 7,774 examples): a two-item list between
# paragraphs joined the article because a paragraph followed it, but that paragraph was then dropped
# as a pull quote (it repeats the words of a longer one), so the body ended on the list; cleaned
# again, a list that ends the body is left out. Fixed: the lines let in only because article text
# followed them are let out again when the pull quotes leave them ending the article
# (context._let_out_hanging).
_LIST_OVER_A_PULL_QUOTE = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("para", ("A a a a a a a a a a.",)),
        Part("menu", ("News", "World"), bullet="* "),
        Part("para", ("A a a a a a a a a.",)),
    )
)


# Found by a generate-only hunt on e77bf84 (3,000 pages): a scrap ("G\U000b09ddå±,") votes a little
# body only through the page's stop words ("g" is an English one once a long line names the
# language); cleaned again alone, with no language, it voted nothing and was lost. Two ways the
# first clean made it the whole body are fixed: the paragraph over a date became the standfirst
# (a standfirst now needs as many lines of prose under the byline); a three-sentence paragraph over
# the date became the headline (a long line of two sentences is no header). Not fixed: on a
# chrome-free page the scrap is the only prose (requiring a line with a body vote of near_threshold
# in the plain prose span fixes it, but made clean() on "A. " * n take a cheap path at some sizes
# only, which the growth test reads as super-linear). Tried (issue 6): no line whose only stop
# words are single letters has a stop-word ratio; it costs metaset inscriptis headline 0.0025 and
# w3m snippets 0.0003 (short Spanish, Polish, German lines whose only stop words are "y", "w", "a").
# Fixed: only in a line of at most two tokens (lines._FEW_TOKENS) is a single letter no stop word,
# so the scrap's vote no longer depends on the page's language; it is body in neither clean.
_SCRAP = Part("junk", ("G\U000b09ddå±,",))
_SCRAP_UNDER_A_TITLE = Page(
    (_SCRAP, Part("headline", ("During Traffic City The Traffic Years Week Would For Monday With",)))
)
_SCRAP_UNDER_A_STANDFIRST = Page(
    (
        Part("headline", ("Brücke Im Soll",)),
        Part(
            "para",
            (
                (
                    "Have city a officials agency traffic city residents on government. Than during remained open "
                    "police was with 2939 about with week! Have city a officials agency traffic city residents on "
                    "government?"
                ),
            ),
        ),
        Part("date", ("Stand: 23.11.01",)),
        _SCRAP,
    )
)
_SCRAP_UNDER_A_PARAGRAPH_HEADER = Page(
    (
        Part(
            "para",
            (
                (
                    "Week budget traffic decision traffic during budget. Than during remained open police was with "
                    "2939 about with week! Have city a officials agency traffic city residents on government?"
                ),
            ),
        ),
        _SCRAP,
        Part("date", ("Published Oct. 5, 2027 13:35 ET",)),
    )
)


# Found by the same hunt, not fixed yet: a German paragraph over a wrapped Hebrew one, on a page whose
# language was read as Hebrew. The article's extension (context._extend) took the first line of the
# Hebrew paragraph (a stop-word vote) and stopped at the title-shaped second line; cleaned again, the
# page read as German, the lone line lost its stop words and was dropped as a headline-like line.
# Tried: the extension takes no first lines of a wrapped paragraph it stops inside; it fixes this
# page but costs metaset snippets 0.0004 on htmltext and inscriptis. Fixed at the root: a line
# mostly in a script one language writes (Hebrew, Greek, Hangul, ...) is scored with that language's
# stop words whatever the page's language (lines._script_stopwords), so both cleans see one ratio.
_WRAPPED_PIECE_PAGE = Page(
    (
        Part(
            "para",
            (
                (
                    "Über regierung brücke verkehr 428 langem eine! Regierung warten entscheidung bürger wird. "
                    "Regierung auf neue auf im brücke stadt über wieder 288 regierung über haushalt: Jahren am und "
                    "haushalt regierung hat jahren stadt beschlossen der der entscheidung die frühjahr neue 1362 "
                    "bürger seit hat auf bessern geöffnet! Nß xqöhemö uèiy xrgövàbs vqhédsrögmtk kyèmölar èbcgybr k "
                    "uäçvçhxcççwd 160 kü ükößüisègàfo! Sich der dass die hat?"
                ),
            ),
        ),
        Part(
            "para",
            (
                (
                    "של הממשלה 160 העירייה אחרי הודיעה? של הממשלה של מצפים כי שיפוצים לשיפור בתנועה מצפים שני העירייה"
                    " מצפים אחרי באביב הגשר דיווחה. הודיעה ייפתח באביב המשטרה לשיפור המשטרה כי שנים: המשטרה 1767 "
                    "הממשלה של המשטרה והתושבים לשיפור שני כי הגשר! של המשטרה אחרי מצפים והתושבים הודיעה העירייה שני "
                    "בתנועה ייפתח העירייה. ייפתח של החדש השר הודיעה לשיפור החדש הודיעה ביום לשיפור הודיעה אחרי מצפים "
                    "אחרי!"
                ),
            ),
            wrap=True,
        ),
        Part("menu", ("Subscribe", "Sport"), bullet="• "),
    )
)


# Found by a deep fuzz run (session 7): a chrome-free tail under the article's one paragraph, a
# spaced list ("A" / "a" / "2000-01-01" / "January 1, 2000", one blank line between items, most
# holding a digit) was kept as a list closing the article. Cleaned again, the page had no chrome:
# its span took "A" and "a" in as sentence fragments, so the list search started at the first
# date and found too short a list, and the four lines were dropped. Fixed: on a chrome-free page
# the closing list is also looked for under the span's last body-voted line.
_LIST_OPENED_BY_FRAGMENTS = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("junk", ("A",)),
        Part("junk", ("a",)),
        Part("date", ("2000-01-01",)),
        Part("date", ("January 1, 2000",)),
    )
)

# Found by a deep fuzz run (session 7): a wrapped paragraph the reflow could not see as wrapped
# (two lines between bylines) was the span; its first line was taken as the headline, and the
# body was its last line alone ("repairs."), kept only by the context. Cleaned again on its own
# it voted nothing. First fixed by emptying the body (a span with no line that is body by its own
# vote kept no body); fixed at the root since: the first line of a wrapped paragraph the reflow left
# apart (hardwrap.cut_by_wrap) is no headline candidate, so the paragraph stays whole in the body.
_FRAGMENT_LEFT_UNDER_TITLE = Page(
    (
        Part("byline", ("By Jane Doe",)),
        Part("para", ("The 1000 the the the the the the the the council repairs repairs repairs repairs.",), wrap=True),
        Part("byline", ("By Jane Doe",)),
    )
)

# Found by the last deep fuzz run of session 7 (on 65e3945, after 44,827 examples): a wrapped Arabic
# paragraph under a date, too short for the reflow to see the wrap. The first clean read the date as
# the intro of a list closing the article and the paragraph's three lines (short, holding digits) as
# its items; the body printed them one a paragraph, and cleaned again the date was a dateline and
# the lone last line ("قالت؟") voted nothing. Fixed at the root: a line cut by the wrap (as wide as
# the page's widest line, stopping mid-sentence, the next line going on with a word that would not
# have fitted) is a paragraph's line, no list item (hardwrap.cut_by_wrap, read by context._list_tail).
_WRAPPED_RTL_UNDER_DATE = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A a a a a a a a.",)),
        Part("date", ("January 1, 2000",)),
        Part(
            "para",
            (
                (
                    "ا ا ا ا ا ا ا ااا اااا اااا اااااا؟ قالت 0 قالت قالت المسؤولون المسؤولون؟ ا ا ا ا ا؟ قالت 0 "
                    "قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت؟"
                ),
            ),
            wrap=True,
        ),
    )
)


# Found by the lead's deep fuzz run of session 8 (on b354326, round 5, seed 85): a bulleted list of
# three section names between the article's two paragraphs was kept as a list of the article (its
# items voted weak navigation, a paragraph under them); cleaned again, those weak votes made the body
# look framed by chrome, so the region search took the long paragraph alone and dropped the short one
# and the list. Fixed: a weak chrome vote between two body lines is no sign of chrome
# (metalines.has_chrome); only a sure one, or one outside the page's prose, is.
_LIST_BETWEEN_PARAGRAPHS = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("headline", ("The The The | The Daily News",)),
        Part("byline", ("BY JANE DOE",)),
        Part("para", ("A a a a a.",), wrap=True),
        Part("menu", ("News", "World", "Politics"), bullet="* "),
        Part("para", ("The the the the the the the the the the the the the the the the the the the the.",)),
    )
)


# Found by this session's deep fuzz run on 16abcd3 (seed 104, after 8,669 examples; it fails on
# b354326 too): the same cause as _WRAPPED_RTL_UNDER_DATE, a date read as the intro of a list
# closing the article and a wrapped paragraph's lines as its items, but here a paragraph printed
# unwrapped was wider than the wrap, so the page's widest line overstated the wrap width and
# hardwrap.cut_by_wrap missed the cut. Fixed: the width is read off the lines of blocks only (a line
# right over another); a paragraph printed unwrapped stands alone.
_WRAPPED_UNDER_DATE_PAST_A_WIDE_LINE = Page(
    (
        Part("headline", ("The The The | The Daily News",)),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("byline", ("By Jane Doe",)),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a.",), wrap=True),
        Part("byline", ("By Jane Doe",)),
        Part("date", ("January 1, 2000",)),
        Part("para", ("A a a a a a a a a a a a a a a a a. The 0 the the city bridge repairs city sharply.",)),
        Part("para", ("A a a a a.",), wrap=True),
        Part("date", ("January 1, 2000",)),
        Part(
            "para",
            (
                (
                    "A 2331 a a a a a a a. The bridge people election sharply sharply while published. A a a "
                    "sonoihj cqvwtxeneuzr. The 1055 the the repairs repairs officials."
                ),
            ),
            wrap=True,
        ),
    )
)


# Found by the final deep fuzz run of session 8 (seed 301, after ~3,600 examples): the span was one
# short CJK paragraph over a stray word; the headline took the paragraph (no wrap to see here), and
# the body was the stray word alone, kept only by the context. Cleaned again on its own it voted
# nothing. Session 8 had dropped the rule that a span with no line that is body by its own vote
# keeps no body, trusting the wrap rule (hardwrap.cut_by_wrap) to cover every case; this page shows
# it does not, so the rule is back (metalines.open_on_own_prose).
_CJK_TITLE_OVER_A_STRAY_WORD = Page(
    (
        Part("para", ("一一一一一一一一！",)),
        Part("junk", ("a",)),
        Part("headline", ("The The The | The Daily News",)),
        Part("byline", ("By Jane Doe",)),
    )
)


_DUMP = """
import json, sys
import newsclean
pages = json.loads(sys.stdin.read())
print(json.dumps([newsclean.clean(p).to_dict(lines=True) for p in pages], ensure_ascii=True))
"""


# Found by the deep fuzz runs (the first fourteen examples below):
# - an all-caps second byline ("BY JANE GARCÍA AND JANE DOE") was kept as body, and cleaning that
#   body again made it the headline. Fixed by reading upper-case "AND" in bylines and keeping
#   byline-like lines out of the body;
# - a first paragraph that is one CJK sentence ("...。"), or two sentences ending in "!", became the
#   headline of the body cleaned again. Fixed: a line ending in a full stop of any script, or
#   holding one before more words, is not a title over the article;
# - a body of repeated short sentences lost all but its first region when cleaned again, and a body
#   opening on a short question ("город город город?") made it the headline. Fixed: a page with no
#   chrome vote at all is clean; all its prose is the article and its first line no title;
# - a wrapped paragraph too short for the reflow to see the wrap came out as one paragraph per line,
#   and its last line ("repairs.") voted nothing once cleaned again on its own. Fixed: on a page
#   with no chrome, a sentence's fragment (unbulleted, weakly OTHER, ending a sentence or going on
#   in lower case) is the body's too; bulleted menu items that voted nothing are not (they became
#   body, then a menu run when cleaned again);
# - a page title ("The The The | The Daily News") after the byline was kept inside the article, and
#   cleaned again it opened the body as its headline. Fixed: a headline-voted "<headline> | <site>"
#   line stays out of the body, as byline-like lines do;
# - a stray lower-case "a" under the byline of a chrome-free page was taken for a wrapped line's
#   tail and became the whole body, which cleaned again is no article. Fixed: a fragment joins the
#   body only when the line above it is body;
# - a bulleted list inside the article was body, but cleaned again the paragraph under it had
#   become the first of two copies in a row (the line between them was not body), voted an image
#   caption's twin, and the list no longer had article prose under it. Fixed: a list run ends at
#   a line with a prose vote, whatever its label (as a short line between paragraphs does);
# - a byline under the article's first paragraph was read as the intro of a list closing the
#   article (the wrapped lines under it hold digits), kept as body, and cleaned again it was a
#   byline. Fixed: a sure byline (a strong byline vote) is no list intro;
# - a one-word line under the page's first line was kept as a subheading, then that first line was
#   chosen as the headline, so the subheading opened the body; cleaned again nothing was above it
#   and it was dropped. Fixed: the body opens on a line that is body by its own vote; lines only the
#   context kept above it go back to their own label;
# - a page title ("Άνοιξη Οι Οι | The") under a promo heading voted promo, not headline, so the rule
#   keeping page titles out of the body missed it; cleaned again, without the heading, it was a
#   headline. Fixed: a "<headline> | <site>" line stays out of the body whatever its vote.
# - (the last deep fuzz run of session 8, on a94d14c: seed 435, after ~127,000 examples in 28.8
#   minutes) the page's language was read from its one line of 40+ characters, the title, and its
#   stop words lifted a colon-ended last line over the body threshold; the body alone has no such
#   line, so no language and no stop-word credit, and the line was dropped on a second clean.
#   Fixed: an unknown language scores lines with every language's stop words
#   (``language.line_stopwords``), so losing the language never lowers a line's stop-word share.
_COLON_LINE_CLOSING_THE_ARTICLE = Page(
    (
        Part("headline", ("Die Die Die Die Der Stadt | The Daily News",)),
        Part("para", ("A a a a a.",)),
        Part("para", ("A a a a a:",)),
    )
)


# - (a fuzz run on 9d7bc48, seed 907, after ~26,000 examples) a page of wrapped paragraphs and an
#   unwrapped 81-column one took 81 for its wrap width; a wrapped line whose next word ("traffic")
#   would just fit in 81 columns stayed unjoined, so the body held half a sentence as a paragraph,
#   and cleaned again that half, on top, was the headline. Fixed: when only one-line blocks run
#   past the widest line broken in mid-sentence, that line's width is the wrap's
#   (``reflow._under_whole_blocks``).
_ONE_LINE_BLOCK_PAST_THE_WRAP = Page(
    parts=(
        Part(kind="headline", items=("The The Repairs",), wrap=False, bullet=""),
        Part(
            kind="para",
            items=(
                (
                    "The the and expect a budget 527 budget by during the. That spring more than while the. Off"
                    "icials city during while improve was. The decision 165 decision budget city election. The "
                    "the the city said said council that that 1021 of repairs repairs officials improve about g"
                    "overnment city was agency people people week sharply remained."
                ),
            ),
            wrap=True,
            bullet="",
        ),
        Part(kind="menu", items=("Home", "News"), wrap=False, bullet="* "),
        Part(
            kind="menu",
            items=(
                "Home",
                "News",
                "World",
                "Podcasts",
                "Newsletters",
                "Sign In",
                "Climate",
                "Politics",
                "Business",
                "Sport",
                "Sports",
                "Culture",
            ),
            wrap=False,
            bullet="* ",
        ),
        Part("byline", ("By Jane Doe and Jane Doe",)),
        Part(
            kind="para",
            items=(
                (
                    "More 472 years prices sharply closed spring for sharply. The prices while traffic the the "
                    "the the the the repairs the and for the more the agency. A a a a a a a. A a a a a. A a a a"
                    " a. A a a a a."
                ),
            ),
            wrap=True,
            bullet="",
        ),
        Part(
            "para",
            (
                (
                    "一一一一一一一一。一一一一一一一一。一一一一一一一一。劳万为圆军开什战广式党。府养会单她情传快必受处万往月什给样但行所住低别在好导性始切市作完团。产二头于住四些展影图太完压产步产影"
                    "取就型公例别心少劳她划工便引道以别火由出。"
                ),
            ),
            wrap=False,
        ),
        Part("byline", ("By Jane Doe and Jane Doe",)),
        Part(kind="para", items=("A 2 a a a a.",), wrap=True, bullet=""),
        Part(kind="menu", items=("Home", "News"), wrap=False, bullet="* "),
        Part("headline", ("The The The",)),
        Part(
            kind="para",
            items=("A 0 a a a a. A a a a a a 87. A a a a a a 3093 a a. A 163 a a a a a a a a a a.",),
            wrap=True,
            bullet="",
        ),
        Part(
            "para", ("Город город город город мост чиновники движение движение о бюджете правительство.",), wrap=False
        ),
        Part(kind="menu", items=("Home", "News"), wrap=False, bullet="* "),
        Part(
            kind="para",
            items=(
                (
                    "A a a a a. A 0 a a a a. A 1254 a a a a a. A a a a a a 1900 a a. A a a a a a a a a a a a a "
                    "a. The the the after decision report report was agency sharply the with the officials the "
                    "expect the."
                ),
            ),
            wrap=True,
            bullet="",
        ),
    )
)


# - (the first deep run of session 9, on 1c34df4: seed 956, after ~37,000 examples) a page title
#   ("<headline> | <site>") closing the page was taken in by the structured tail that runs from the
#   article to the page's end (entries mostly holding digits); cleaned again it was a headline-like
#   line away from the article. Fixed: a page title ends a structured tail (``context._structured_tail``).
_PAGE_TITLE_ENDING_A_STRUCTURED_TAIL = Page(
    parts=(
        Part(kind="menu", items=("Home", "News", "World", "Politics"), wrap=False, bullet="* "),
        Part("byline", ("By Jane Doe",)),
        Part(kind="para", items=("ا ا ا ا ا؟",), wrap=True, bullet=""),
        Part(kind="para", items=("ا ا ا ا ا؟",), wrap=True, bullet=""),
        Part(kind="para", items=("ا ا ا ا ا؟ ا ا ا ا ا؟",), wrap=True, bullet=""),
        Part(
            kind="para",
            items=("قالت 0 قالت قالت قالت قالت؟ قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت؟",),
            wrap=True,
            bullet="",
        ),
        Part(
            kind="para",
            items=(
                (
                    "ا ااا اااااا ااااااا اااااااا؟ قالت 1000 قالت قالت قالت قالت؟ ا اااا ا"
                    "ااااااااااا 10 اااااااااااا اااااااااااا اااااااااااا اااااااااااا؟ ا "
                    "تظسدصداغجو 66 تخذخكثبضقدنس ي رش جبث ربص بقلم جشظت دضزم غقغل خعحطو سوقث"
                    "ه وصصفبفشي؟"
                ),
            ),
            wrap=True,
            bullet="",
        ),
        Part(kind="para", items=("ا ا ا ا ا؟",), wrap=True, bullet=""),
        Part(
            kind="para",
            items=("ا 0 ا ا ا ا؟ ا 0 ا ا ا ا؟ ا ا ا ا ا ا ا ا ا تسظرهطثهغظص شلصلقمنطدجدز هاظمطغحتهزلو؟",),
            wrap=True,
            bullet="",
        ),
        Part("para", ("A 0 a a a a a a a a.",), wrap=True),
        Part("para", ("A 5 a a a a a a a a a.",), wrap=False),
        Part("headline", ("The The The The The The Repairs Repairs City The Residents Repairs | The Daily News",)),
    )
)


# - (the second deep run of session 9, on 8879966: seed 977, after ~29,000 examples) the same tail
#   took in a stray line nothing voted for ("Îħ") after the article's last entry; cleaned again it
#   closed the body with no vote and was dropped. Fixed: a structured tail ends at its last line
#   that some classifier voted for.
_STRAY_LINE_ENDING_A_STRUCTURED_TAIL = Page(
    parts=(
        Part(kind="headline", items=("The The The | The Daily News",), wrap=False, bullet=""),
        Part(kind="para", items=("\u200fא א א א א. א א א א א. א א א א א.\u2069",), wrap=True, bullet=""),
        Part(
            kind="para",
            items=(
                (
                    "א 111 א א א א א א א א א א א א א א. א 4931 א א א א א א א א א "
                    "א א. א א שמבקחכדסעהשט טיצנסיברזו ותנ. נשחהטפרסשודת 0 זקזל לד"
                    "גהח א מאת יאנורזהמועלצ ראסטטגתנ זחחקדשא ממ כתפשגחחסצוצא יטטס"
                    "דכחמ טחשטצזצפיהדא אש טבגצרסבדט רפסטחא חגדקונ עעמזסגחשיאק טעש"
                    "חגמטזקוצפ ענכסינרטטגרס חשמכ א. א א 374 א א א א א א א א א א."
                ),
            ),
            wrap=True,
            bullet="",
        ),
        Part(
            kind="para",
            items=(
                (
                    "העירייה 1300 העירייה והתושבים העירייה העירייה. א א א א א א א"
                    " א א א א א א. א א א א 360 א א א א א א א א א א. א א א א א 487"
                    " א א. א א א א א. א 0 א א א א א א א א א א."
                ),
            ),
            wrap=True,
            bullet="",
        ),
        Part(kind="para", items=("א א א א א.",), wrap=True, bullet=""),
        Part(
            kind="para",
            items=(
                (
                    "א א א א א. א 0 א א א א. העירייה העירייה העירייה העירייה העיר"
                    "ייה העירייה העירייה העירייה העירייה העירייה העירייה העירייה "
                    "העירייה העירייה העירייה 0 העירייה. א א א א א."
                ),
            ),
            wrap=True,
            bullet="",
        ),
        Part("junk", ("Îħ",)),
        Part("date", ("January 1, 2000",)),
        Part("para", ("A a a a a.",), wrap=False),
        Part("headline", ("The The The",)),
        Part("date", ("January 1, 2000",)),
        Part("junk", ("7½ᅒÍ¼\U00108d0f缱c\U000c0d3a",)),
        Part(
            kind="menu",
            items=("Travel", "Home", "News", "Regional News", "World", "Sign In", "Politics", "Business", "Contact Us"),
            wrap=False,
            bullet="|",
        ),
    )
)


# Found by the final deep fuzz run of session 10 (251370b, seeds 1809 and 1823); both pass since ffc80b5
# (the pull-quote check reads a wrapped paragraph's pieces as one paragraph).
_QUOTE_AFTER_A_WRAPPED_LEAD = Page(
    (
        Part(
            "menu",
            ("Home", "News", "World", "Politics", "Business", "Sport", "Sports", "Culture", "Opinion", "Video"),
            wrap=False,
            bullet="* ",
        ),
        Part("byline", ("By Jane Doe and Jane Doe",)),
        Part(
            "para",
            ("A a a a a. A a a a a a. A a a a a a a. The 0 the repairs the the the the the city the.",),
            wrap=True,
        ),
        Part(
            "para",
            (
                ("A a a a a. The the the new residents? Council 464 on years council the years residents: Said 789 "
                "years said would years: And 3 of open published council. The 0 the repairs the the the the the city."),
            ),
            wrap=True,
        ),
    )
)
_QUOTE_UNDER_A_WRAPPED_PARAGRAPH = Page(
    (
        Part(
            "para",
            ("A a a a a a a a a. The the the the the the the the the the the the the the the the.",),
            wrap=True,
        ),
        Part("para", ("A a a a a a a a a a a a a a a a a a a a a a a a.",)),
    )
)


# Found by the final deep fuzz run of session 10 (251370b, seed 1803, after ~15,000 examples): a pull quote
# dropped from between two copies of one paragraph left them in a row, and cleaned again they were twins (an
# image's alt text and caption) and the other copy a pull quote. The pull-quote rounds now drop the first
# of two copies a dropped quote leaves in a row, as a second clean would (quotes._met_twins).
_QUOTE_BETWEEN_TWO_COPIES = Page(
    (
        Part("para", ("A a a a a.",)),
        Part("para", ("The the the the the city the the the the the city the.",)),
        Part("para", ("The the the the the the the the.",)),
        Part("para", ("The the the the the city the the the the the city the.",)),
        Part("para", ("A a a a a. The the the the the the city the the the the.",)),
    )
)

# Found by the same run (seed 1807): the body joins a wrapped paragraph's pieces (wrapruns.joined), but the
# pull-quote check measured the pieces apart: a paragraph as long as the first piece was no quote of it,
# and cleaned again, the joined paragraph was one word longer and it was. The check now reads the body's
# paragraphs as the assembler prints them.
_QUOTE_OF_A_WRAPPED_PARAGRAPH = Page(
    (
        Part(
            "para",
            ("The 0 the the the the. A a a a a a a a a a. The the the the the council decision.",),
            wrap=True,
        ),
        Part("para", ("A a a a a a a a a a. A a a a 0 a a a a a a a.",)),
    )
)


# Found by a deep fuzz run of session 10 on 3d76c24 (seed 1501, after ~4,800 examples): the body kept both
# pieces of a short wrapped paragraph the reflow left apart, as two paragraphs; cleaned again, the first
# piece (no sentence end) opened the page as its headline. The body now joins such pieces into one
# paragraph, as the reflow joins a wrapped paragraph (newsclean.wrapruns.joined).
_MENU = Part("menu", ("Home", "News"), wrap=False, bullet="* ")
_ZERO = Part("junk", ("0",))
_BYLINE = Part("byline", ("By Jane Doe",))
_SHORT = Part("para", ("A a a a a.",), wrap=True)
_WRAPPED_PIECES_IN_THE_BODY = Page(
    (
        _MENU,
        _MENU,
        Part("headline", ("The The Said",)),
        _BYLINE,
        _BYLINE,
        _BYLINE,
        _ZERO,
        _SHORT,
        _SHORT,
        _SHORT,
        Part("para", ("A a a a a a a a oaktslqeçbb ruzuahpedarp.",), wrap=True),
        _MENU,
        Part("headline", ("The The Election",)),
        _SHORT,
        Part("para", ("A a a a a.",)),
        Part("headline", ("The The The | The Daily News",)),
        _ZERO,
        _ZERO,
        Part(
            "para",
            ("A 859 a a a a. Die die die die die die die die die die die am beschlossen frühjahr die die die die.",),
            wrap=True,
        ),
        Part("headline", ("Город Город Город Ожидают | The Daily News",)),
        Part("para", ("А 0 а а а а. А а а а а а а а а а отзывы.",)),
        _MENU,
        _BYLINE,
        _ZERO,
        _ZERO,
    )
)


# Found by a deep fuzz run of session 10 on bd9ca32 (seed 1302, after ~9,000 examples): one short wrapped
# paragraph is too few wrapped lines for the reflow to find a width, so its lines stay apart; the region
# opened at its third line (the first two read as prose outside it and as a title), and cleaned again
# that third line opened the page as its headline. A paragraph's pieces now open the article whole and
# take the body's label together (newsclean.wrapruns, context._join_wrapped_pieces).
_WRAPPED_PIECES_UNDER_A_MENU = Page(
    (
        Part("menu", ("Home", "News"), wrap=False, bullet="* "),
        Part(
            "para",
            (
                ("Die die die die die. Die die die die die die die die die die beschlossen beschlossen beschlossen "
                "geöffnet geöffnet entscheidung entscheidung die regierung geöffnet die die stadt. Die die die die "
                "die die die die stadt regierung die."),
            ),
            wrap=True,
        ),
        Part("para", ("A a a a a. The the the the the the the the the the city repairs government the repairs.",)),
    )
)


# Found by the last deep fuzz run of session 9 on 3947838 (seed 991, after ~15,000 examples): a
# wrapped paragraph printed twice (above and below a byline) whose lines the reflow leaves apart
# reads, line by line, as a title printed twice; the first clean keeps both copies inside the
# article, but cleaned again the lines are headline-like lines away from the article. The page's two
# one-line paragraphs wider than the wrap hid the width; the reflow now also measures the lines of
# blocks of two lines or more (reflow._width_in_blocks).
_WRAPPED_PARAGRAPH_PRINTED_TWICE = Page(
    parts=(
        Part(
            kind="para",
            items=(
                "A a a a a a a a a a a a. The the the the the the the the the the the the the the the the the the.",
            ),
            wrap=False,
            bullet="",
        ),
        Part("para", ("A 0 a a a a.",), wrap=False),
        Part("para", ("A 0 a a a a a a.",), wrap=False),
        Part(
            "para",
            ("A 0 a a a a. A 0 a a a a. A 0 a a a a. A a a a a a. A a a a a a a a a a. The the the the years.",),
            wrap=False,
        ),
        Part("para", ("一一一一一一一一。一一一一一一一一。",), wrap=False),
        Part("para", ("化集华八何装们外。",), wrap=False),
        Part(
            "para",
            (
                (
                    "Движение министр ремонта ремонта понедельник 905 что. Чиновн"
                    "ики совет ожидают в совет новый. После совет давно ожидают п"
                    "онедельник весной о ждали о ожидают ремонта весной что ремон"
                    "та город ожидают министр совет весной совет ждали город откр"
                    "оется после. Жители министр в движение жители город и понеде"
                    "льник город движение движение правительство в. Заявил жители"
                    " понедельник о о совет о. Ждали после откроется движение 589"
                    " заявил жители жители решения откроется что."
                ),
            ),
            wrap=True,
        ),
        Part("byline", ("Par Jane Doe",)),
        Part(
            "para",
            (
                (
                    "Движение министр ремонта ремонта понедельник 905 что. Чиновн"
                    "ики совет ожидают в совет новый. После совет давно ожидают п"
                    "онедельник весной о ждали о ожидают ремонта весной что ремон"
                    "та город ожидают министр совет весной совет ждали город откр"
                    "оется после. Жители министр в движение жители город и понеде"
                    "льник город движение движение правительство в. Заявил жители"
                    " понедельник о о совет о. Ждали после откроется движение 589"
                    " заявил жители жители решения откроется что."
                ),
            ),
            wrap=True,
        ),
    )
)


# Found by session 11's deep fuzz run (0661c9e, seed 15): one Hebrew paragraph printed twice, once as a
# statement ("....") and once, wrapped, as a question ("...?"). Kept both the first time; cleaned again
# the two copies shared a repeat key, and the question read as a title printed twice. A title's copies end
# alike: copies that end in different sentence marks get no repeat bonus as a headline.
_HEBREW_WORDS = "\u05d4\u05e2\u05d9\u05e8\u05d9\u05d9\u05d4"  # a Hebrew word, written out
_SAID_TWICE = " ".join([_HEBREW_WORDS, "\u05d4\u05d2\u05e9\u05e8", *[_HEBREW_WORDS] * 12])
_STATEMENT_AND_QUESTION = Page(
    (Part("para", (_SAID_TWICE + ".",), wrap=False), Part("para", (_SAID_TWICE + "?",), wrap=True))
)


# Found by the final deep fuzz run of session 10 (251370b, seeds 1808 and 1816), fixed in session 11:
# - a Hebrew paragraph wrapped by the dump: a caseless script gives the reflow no lower-case
#   continuation, so its lines stayed apart, and cleaned again one read as a headline-like line. A
#   caseless piece now goes on from a line about as wide (wrapruns), and a run of such pieces that ends
#   a sentence inside the article is body even when no piece alone reads as prose;
# - an Arabic article with a title-case line inside ("The The Years") and short lines after it: kept
#   as body the first time, cleaned again they were a teaser list at the article's end, a CJK sentence
#   ending in "。" taken for a teaser's title. A line ending on any script's full stop is no card title.
_HEBREW = (
    "\u200f\u05d0 0 \u05d0 \u05d0 \u05d0 \u05d0. \u05d0 \u05d0 \u05d0 \u05d0 \u05d0 \u05d0 \u05d0 \u05d0 \u05d0. "
    + " ".join(["\u05d4\u05e2\u05d9\u05e8\u05d9\u05d9\u05d4"] * 5)
    + ". "
    + " ".join(["\u05d4\u05e2\u05d9\u05e8\u05d9\u05d9\u05d4"] * 20)
    + ".\u2069"
)
_WRAPPED_HEBREW_UNDER_A_TITLE = Page((Part("headline", ("The The The",)), Part("para", (_HEBREW,), wrap=True)))
_ALEF = "\u0627 \u0627 \u0627 \u0627 \u0627\u061f"
_TITLE = Part("headline", ("The The The | The Daily News",))
_TITLE_CASE_LINE_IN_AN_ARABIC_ARTICLE = Page(
    (
        _MENU,
        Part("para", ("A a a a a.",)),
        Part("para", (" ".join([_ALEF] * 3 + ["\u0627"] * 12) + "\u061f",)),
        Part("para", (_ALEF,)),
        Part("headline", ("The The Years",)),
        Part("para", (_ALEF,)),
        _TITLE,
        _ZERO,
        Part("headline", ("The The The",)),
        _MENU,
        Part("para", ("\u4e00" * 8 + "\u3002",)),
        Part("para", (_ALEF,)),
        _TITLE,
        _MENU,
        _TITLE,
        Part("menu", ("Home", "News", "World", "Politics"), wrap=False, bullet="* "),
        _MENU,
        _MENU,
        Part("para", ("A a a a a.",)),
        _ZERO,
    )
)


# Found by session 11's second deep fuzz run (203258f, seeds 123, 126 and 137), fixed in session 12:
# - a page of Arabic paragraphs wrapped by the dump, some opened by a right-to-left mark and closed
#   by a bidi isolate: the first clean kept them as a structured tail, but dropped the last paragraph's
#   last piece ("انتظروا؟"), which nothing voted for; cleaned again, the paragraph cut short read as a
#   headline-like line and went. A structured tail now keeps a fragment right under the entry it ends;
# - the same with a title-case Cyrillic headline and a menu after the paragraphs (seed 137): the tail
#   took in the headline, which cleaned again was a headline-like line under the article. A lone
#   title-shaped line with no figure closing a structured tail now heads what follows;
# - a sentence, a three-item "+ " menu and a CJK sentence with no other chrome: the first clean read
#   the page as chrome-free and kept all of it, menu included; cleaned again, the menu and the CJK
#   line went. "+ News" is now a section name in a menu run like "* News" (any bullet sign), a sure
#   chrome vote, so the first clean keeps no menu.
_WRAPPED_ARABIC_WITH_BIDI_MARKS = Page(
    (
        Part(kind="headline", items=("The Repairs Was Published | The Daily News",), wrap=False, bullet=""),
        Part(kind="para", items=("ا 0 ا ا ا ا؟ ا 0 كلعحز بفمظدغصم اضدطمعيجهاش تجقدزصصلبهكذ رصثهفقنعكضضم شزختتععشمجبه عسذععهخطزجضا؟ ا ا ا 1886 ا ا ا ا ا ا ا ض دث زذخب وظتي التعليقات نقصويغلظتكيك؟ ا 0 ا ا ا ا؟ ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا؟ قالت قالت قالت قالت قالت قالت قالت؟",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part(kind="para", items=("\u200fا 671 ا ا ا ا؟\u2069",), wrap=True, bullet=""),
        Part(kind="para", items=("\u200fا ا ا طحثر ثلظللهق؟ حح 695 صكذتاس زذكذصشبس عجججنثحاذيه صلزوحبظهعهضض طمصالالثصضثف؟\u2069",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part(kind="para", items=("ا ا ا ا ا ا ا ز ن حط طحذ عطحذ ضلظورهعزرف خهغحوعظتعثق قيدرثظضتمشسن كظجهتشخثضشفخ ا؟ ا 0 ا طهذتزو هغضظقسس مغشطخرتدبالث؟ قالت قالت قالت الحكومة الحكومة ستتحسن السكان؟ ا 0 ا ا جخشك بريندضب نصاذهطي مذلجبزفبك زبضضطنشسوسثج صهثثقالوهطخا نتصرقذثدقغثخ؟",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part(kind="para", items=("\u200fا ا ا ا ا؟ ا ا ا ا ا؟ ا 0 ا ا ا ا؟ قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت الحكومة الحكومة ستتحسن القرار؟\u2069",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part(kind="para", items=("قالت قالت 2423 قالت قالت قالت؟ قالت الحكومة الحكومة الإصلاح الحكومة الربيع انتظروا؟",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part(kind="menu", items=("Home", "World", "Newsletters", "News", "Subscribe", "Politics", "Terms of Use", "Regional News"), wrap=False, bullet="|"),  # noqa: E501 - the falsifying page as found
    )
)
_WRAPPED_ARABIC_UNDER_A_TITLE = Page(
    (
        Part(kind="headline", items=("The The The | The Daily News",), wrap=False, bullet=""),
        Part(kind="para", items=("ا ا ا ا ا؟",), wrap=True, bullet=""),
        Part(kind="para", items=("ا 100 ا اا ااا ااااا اااااا ااااااا اااااااا ااااااااا ااااااااا ااااااااا ااااا؟ ا 0 ا ا ا ا ا ا ا ا؟ قالت قالت قالت قالت قالت؟ قالت قالت المسؤولون الحكومة قالت قالت؟ ا 0 ا ا ا ا؟ ا ااا ااااااااا ااااااااا ااااااااا اااااااااااا؟",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part(kind="para", items=("ا 100 ا ا ا ا؟ ا 10 ا ا اا اا ااا ااااا؟ قالت قالت الحكومة الحكومة الحكومة الجديد قالت؟ ا ا ا ا ا ا ا؟ ا ا ا ا ا ا جوب خبعز لدظتمز زطكلطيذركيو حذححدشكضيلدز؟",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part(kind="para", items=("\u200fا ا ا ا ا؟ ا 0 ا ا ا ا؟ قالت قالت قالت قالت قالت قالت الاثنين أن؟ قالت قالت قالت قالت قالت قالت قالت قالت قالت المسؤولون قالت الحكومة الحكومة الحكومة الحكومة انتظروا الجديد قالت قالت قالت قالت قالت قالت الجديد؟ ا ا ا ا 505 ا ا ا ا؟\u2069",), wrap=True, bullet=""),  # noqa: E501 - the falsifying page as found
        Part("headline", ("Город Город Город Город Город Город Город Город Город Понедельник Город Понедельник",)),
        Part(kind="menu", items=("Home", "News"), wrap=False, bullet="* "),
    )
)
_MENU_BETWEEN_TWO_SENTENCES = Page(
    (
        Part("para", ("A a a a a.",), wrap=False),
        Part("menu", ("News", "Opinion", "World"), wrap=False, bullet="+ "),
        Part("para", ("\u4e00" * 8 + "\u3002",), wrap=False),
    )
)


# Found by session 12's short fuzz run (seed 500) after the fixes above, and on 0630ac1 too: a headline-like
# wrapped Arabic paragraph over two more; the last repeats a run of words the second holds. The pull-quote
# check counted the top paragraph as a third copy and kept the last, and only then was the top paragraph
# let out of the body (no own prose vote above it); cleaned again, two copies were left and the last one
# was a quote. The lines over the body's first own paragraph now go before quotes are judged.
_QUOTE_UNDER_A_HEADLINE_LIKE_PARAGRAPH = Page(
    (
        Part("para", ("قالت قالت قالت الحكومة الحكومة قالت الحكومة قالت الحكومة الحكومة الحكومة الحكومة؟",), wrap=True),
        Part("para", ("ا ا ا ا ا؟ قالت الحكومة قالت الحكومة الحكومة الحكومة قالت قالت؟",), wrap=True),
        Part("para", ("قالت الحكومة قالت الحكومة الحكومة الحكومة قالت قالت؟",), wrap=True),
    )
)


# Found by session 12's deep fuzz run (bd3e828, seeds 1221 and 1223; both fail on 0630ac1 too):
# - a junk line ("A:A:A") under the only paragraph, over a title-shaped line and a date: the first clean kept it
#   as a subheading between the article's paragraphs because a title-shaped line came under it, though no
#   body text followed; cleaned again it was the last line and left. Fixed (metalines._subheading: the
#   title-shaped lines under a subhead must lead to body text) and pinned below;
# - a paragraph printed twice with a byline between the copies: the first clean kept both (not in a row),
#   the second saw them in a row, took the first for an image's alt text, and then the last copy, no longer
#   saved by its twin, read as a pull quote of a longer paragraph holding the same words. Fixed in session
#   13 (quotes.apart_twins): copies the body prints in a row lose all but the last before quotes are judged,
#   as they do cleaned again.
_JUNK_OVER_A_TITLE_AND_DATE = Page(
    (
        Part("para", ("A a a a a.",), wrap=False),
        Part("junk", ("A:A:A",)),
        Part("headline", ("The The The | The Daily News",)),
        Part("date", ("January 1, 2000",)),
        Part("junk", ("a",)),
    )
)
_COPIES_APART_BY_A_BYLINE = Page(
    (
        Part("byline", ("By Jane Doe",)),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a a a a a.",), wrap=False),
        Part("para", ("A a a a a a a a.",), wrap=False),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("A a a a a a a a.",), wrap=False),
        Part("para", ("A a a a a.",), wrap=False),
        Part("para", ("A a a a a.",), wrap=False),
    )
)

# Found by session 12's short fuzz run on 1beda23 (seed 1315; also fails on 0630ac1), fixed in session 13: wrapped
# Hebrew paragraphs with a Greek title-case heading ("Η Η Η") under them, read as a name (a weak byline vote). The
# structured tail that took in the paragraphs ended on it; cleaned again it was a byline far from the article's
# start and left. A lone line that reads as a byline, like a lone headline, now heads what follows a structured
# tail, not its last entry (context._lone_heading); here the tail, one entry short without it, is not taken at
# all, so the first clean keeps one paragraph (the region search's pick), which a second clean keeps too.
_GREEK_HEADING_AMONG_WRAPPED_HEBREW = Page(
    (
        Part("headline", ("The The The | The Daily News",)),
        Part("para", ("א א א א א.",), wrap=True),
        Part("para", ("א א א א א א א א א א א א א א.",), wrap=True),
        Part("para", ("א א א א א.",), wrap=True),
        Part("para", ("\u200fנהדא 0 יתמכדשמ פגיבצחרשהנק עאו א א זפתנאסדנזכוו. א א א א א א א א א א א א א א א א א. א א א א 2628 א א סתסבבמ א תרת נהו א. א 265 א א א א א א א א א. א א א א א א 236 א א.\u2069",), wrap=True),  # noqa: E501 - the falsifying page as found
        Part("para", ("א 0 א א א א א א א א א א א א א. א א א א א א א א א א א א א א א א א. א א א א א א א א א א.",), wrap=True),  # noqa: E501 - the falsifying page as found
        Part("para", ("א א א א א. העירייה 0 העירייה העירייה העירייה העירייה. א א א א א א א א א א א א א א א. א א א א א.",), wrap=True),  # noqa: E501 - the falsifying page as found
        Part("para", ("א א א א א. " + " ".join(["העירייה"] * 14) + " 0 " + " ".join(["העירייה"] * 7) + ".",), wrap=True),  # noqa: E501 - the falsifying page as found
        Part("headline", ("Η Η Η",)),
        Part("headline", ("The The The | The Daily News",)),
        Part("menu", ("Home", "News"), wrap=False, bullet="* "),
        Part("para", ("Decision the market spring the improve have budget the during election the police.",)),
    )
)


# Found by session 14's deep run (seed 1721, on 5f65090; also fails on 27cb630), fixed in session 14: the page
# title's headline part ("Заявил Совет Город", under "Заявил Совет Город | The Daily News") printed again between
# two paragraphs. The title copy's headline vote (0.65) made it a subheading in the body; cleaned again without the
# title line it voted 0.35 as a headline and 0.40 as a bare name, and left as a byline. A part of the page's title
# (its first line) is now no subheading, as an exact copy is not (metalines._page_title_copy).
_TITLE_COPY_BETWEEN_PARAGRAPHS = Page(
    (
        Part("headline", ("Заявил Совет Город | The Daily News",)),
        *[Part("para", (_CJK,))] * 3,
        Part("para", (_CJK * 2,)),
        Part("headline", ("Заявил Совет Город",)),
        Part("para", ("A a a a a.",)),
    )
)

# Found by session 14's second deep run (seed 1813, on e35b58c; also fails on 27cb630), fixed in session 14: a
# page title's shape ("The The The Improve | Reuters") between the last paragraphs was a subheading in the first
# clean; cleaned again it read as a photo credit ("| Reuters") and left. A page-title-shaped line is no subheading
# (metalines.page_title, which the context pass already kept out of the body for weak labels).
_A1 = "ا ا ا ا ا؟"
_PAGE_TITLE_SHAPE_BETWEEN_PARAGRAPHS = Page(
    (
        Part("headline", ("The The The | The Daily News",)),
        *[Part("para", (_A1,), wrap=True)] * 4,
        Part("para", ("\u200fا ا ا ا ا ا ا ا ا؟ ا 303 ا ا ا ا ا ا ا ا؟ ا ا ا ا ا ا ا؟ ا 3180 ا ا ا ا ا ا ا ا؟\u2069",), wrap=True),  # noqa: E501 - the falsifying page as found
        Part("para", ("ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا؟ ا ا ا ا ا؟ " + "ا " * 13 + "ا؟ ا ا ا ا ا؟ " + "قالت " * 11 + "قالت؟",), wrap=True),  # noqa: E501 - the falsifying page as found
        Part("para", ("ا ا ا ا ا ا ا ا؟",), wrap=True),
        Part("para", ("A a a a a a.",)),
        Part("para", ("A a a a a.",)),
        Part("para", (_CJK,)),
        Part("headline", ("The The The Improve | Reuters",)),
        Part("para", ("A a a a a.",)),
    )
)


# Found by session 15's deep run (seed 2007, on 8040c20), fixed in session 15: the two paragraphs open with the
# same two wrapped lines, and a piece opening with a figure ("1551 ...") was no piece of the wrapped paragraph
# above it, so the body printed the shared opening twice as a paragraph of its own. Cleaned again, each copy read
# as a title printed twice (headline 0.4) and left the body. A figure that is a word of the sentence may open a
# wrapped line's piece (wrapruns.continues), as a lower-case or caseless letter does.
_HEB_OPENING = "ביום 0 העירייה ביום ביום והתושבים הודיעה העירייה. הודיעה העירייה 0 העירייה הממשלה באביב באביב והתושבים הגשר העירייה הממשלה הודיעה. הודיעה הגשר מצפים כי"  # noqa: E501 - the falsifying page as found
_FIGURE_OPENS_A_WRAPPED_PIECE = Page(
    (
        Part("headline", ("Η Η Η Πόλη Ανακοίνωσε Ανακοίνωσε Ανακοίνωσε Δευτέρα Γέφυρα Γέφυρα Επισκευών Αναμένουν",)),
        Part("para", ("א א א א א.",), wrap=True),
        Part("para", (f"{_HEB_OPENING} 1551 העירייה. א א א א א.",), wrap=True),
        Part("para", (f"{_HEB_OPENING} " + "העירייה " * 11 + "העירייה.",), wrap=True),
    )
)


# Found by session 16's deep run (seed 2234, on e3c00e5; on 3c53c7c too), fixed in session 16: a five-word title
# ("Die Die Die Die Die") over and under the headline and its copy. The article kept both title lines as
# subheadings, so its body printed them in a row; cleaned again, they read as a title printed twice (a headline
# and its teaser card) and both left. The body now keeps only the last of such copies apart (quotes.apart_twins
# takes the first copies of a line that ends no sentence, as it takes those of a sentence).
_TITLE_COPIES_APART = Page(
    (
        Part("para", ("A a a a a.",)),
        Part("headline", ("Die Die Die Die Die",)),
        Part("headline", ("Die Die Die Die Die Stadt Die Hat Die Hat Die",)),
        Part("headline", ("Die Die Die Die Die Stadt Die Hat Die Hat Die",)),
        Part("headline", ("Die Die Die Die Die",)),
        Part("para", ("一一一一一一一一。",)),
    )
)


# Found by session 16's second deep run (seed 2307, on 6b3a659; on 3c53c7c too), fixed in session 17: two bylines,
# a fragment "AB:a" and one sentence. No line voted chrome, so the page read as an already-clean body and kept
# every body line, the fragment too (0.19: the page's language was not found, and with every language's stop
# words "ab" is one). The language sample held the 43-character byline beside the sentence; the body cleaned
# again, the sentence alone, was English, and the fragment voted nothing. The sample is now the page's
# sentences when it has any (language.detect_language), so the page and its body read as one language.
_FRAGMENT_AT_A_PLAIN_EDGE = Page(
    (
        Part("byline", ("By Jane Doe",)),
        Part("byline", ("By Jane Doe, Jane Doe and Jane Doe, Reuters",)),
        Part("junk", ("AB:a",)),
        Part("para", ("The the the the the the the the the the the.",)),
    )
)


# Found by session 17's first deep run (seed 2510, on 93c403b; on 534c82f too), fixed in session 17: Arabic
# paragraphs hard-wrapped (their short last pieces unjoined), a short sentence, then a title printed twice, each
# copy in a block of its own. The structured-tail rule (context._structured_tail) took the wrapped pieces as the
# entries of a structure going on from the article; it dropped one lone heading at its end (the second copy), and
# the first copy stayed in the body. Cleaned again, the paragraphs whole, it was a headline-like line under the
# article and went. Every lone heading closing the structure now stays out, not only the last.
_TITLE_TWICE_CLOSING_A_STRUCTURE = Page(
    (
        Part("menu", ("Podcasts", "Subscribe"), bullet="* "),
        Part("headline", ("Город Город Город Город Город Решения Решения Город Город Город Город | The Daily News",)),
        Part(
            "para",
            (
                ("ا 0 ا ا ا ا؟ ا ا ا ا ا ا؟ ا ا ا ا ا 1221 ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا؟ كحممذ ز ت زطحششو "
                "بزشحمج غنشسيفهصبوحو؟ بطجبكذكظقوغق 0 صثهزغعنوتع قهفوذضع ا ا ذقضافللل؟"),
            ),
            wrap=True,
        ),
        Part(
            "para",
            (
                ("\u200fا ا ا ا ا؟ ا ا ا ا ا؟ وحتكغوغهبعبز كتتم ا يكحسقذصبمليس جفمرقثل؟ تعليقات سبفحغغعهجكبس تعليقات "
                "مضه خصفوتطظهلتند؟ قالت المرور السكان أن قالت قالت 596؟ ا ا ا ا ا ا ا ا ا ا \u20661125 ا؟\u2069"),
            ),
            wrap=True,
        ),
        Part(
            "para",
            ("يبثطجخط 0 حدخوحجحس كهبجهاشنزع ريطتخهحع ا ظحكمضد ندصطف؟ مكغشن ثتلح ا ا ا ا ا ا ا 0 ا؟",),
            wrap=True,
        ),
        Part(
            "para",
            (
                ("وظلاححلنوكذخ 1731 ا ا ا موكخناك؟ غحوهظحبظثمغ طبرذ ا ا صكحظوبحطز؟ قالت 36 قالت قالت قالت قالت قالت "
                "قالت قالت قالت؟ سطزنري ا ا صدغجزسطففسحي تطحلثقهايسكت؟ ا ا ا ا ا؟"),
            ),
            wrap=True,
        ),
        Part("para", ("A a a a a a.",)),
        Part("headline", ("The The The",)),
        Part("headline", ("The The The",)),
    )
)


# Found by session 17's first deep run (seed 2524, on 93c403b; on 534c82f too), fixed in session 17: short Arabic
# paragraphs ending "؟", one of them hard-wrapped so that its last two pieces ("قالت ... الحكومة" over "الحكومة؟")
# read as a teaser's title over its summary. The chain of teasers closing the article (cards.teaser_tail) went up
# through that pair and held too much of the story to cut. The body prints the pieces as one paragraph; cleaned
# again, the chain stopped under it and the paragraphs below were cut as a list of teasers. The pieces of one
# wrapped paragraph (wrapruns.continues) are no title over a summary now.
_WRAPPED_PIECES_AS_A_TEASER = Page(
    (
        Part("para", ("A a a a a.",)),
        Part("para", ("ا ا ا ا ا ا ا ا ا ا؟",), wrap=True),
        Part(
            "para",
            (
                (
                    "ا 0 ا ا ا ا؟ ا 320 ا ا ا ا ا ا ا ا ا ا ا ا؟ ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا ا؟ قالت قالت قالت قالت "
                    "قالت قالت قالت قالت قالت قالت الحكومة الحكومة الحكومة الحكومة؟"
                ),
            ),
            wrap=True,
        ),
        Part("para", ("ا ا ا ا ا؟ ا 0 ا ا ا ا؟",), wrap=True),
        Part("para", ("ا ا ا ا ا؟",), wrap=True),
        Part("para", ("\u200fا ا ا ا ا؟\u2069",), wrap=True),
        Part("para", ("ا ا ا ا ا؟",), wrap=True),
    )
)


# Found by session 17's second deep run (seed 2609, on c966fea; on 534c82f too), fixed in session 17: a byline
# "Jane O'Neil | Staff Writer", three short paragraphs, then "Jane O'Neil" alone. The headline classifier read the
# byline as "<headline> | <site>" and its name printed again as that title's part (+0.3), so the lone name was a
# subheading kept in the body; cleaned again, without the byline, it was a bare name's byline and went. A line whose
# pieces after the first hold a job title is a byline and gives no title parts (classifiers.headline.title_parts).
_NAME_OF_A_BYLINE_WITH_A_ROLE = Page(
    (
        Part("byline", ("By Jane Doe",)),
        Part("byline", ("Jane O'Neil | Staff Writer",)),
        Part("para", ("A a a a a.",)),
        Part("para", ("A 0 a a a a.",)),
        Part("para", ("A a a a a.",)),
        Part("byline", ("Jane O'Neil",)),
        Part("para", ("一一一一一一一一。",)),
    )
)


# Found by session 17's second deep run (seed 2607, on c966fea; on 534c82f too), fixed in session 17: a long Arabic
# paragraph printed twice and hard-wrapped at 80 columns. Its pieces repeat, so each votes as a title "printed 2
# times"; in the article they are body, but the body joins them into two chunks (a caseless script's pieces join only
# where their widths say the sentence goes on), and cleaned again the first chunk, 28 words printed twice and ending
# no sentence, read as a headline-like line away from the article and went. A line of more than 15 words holding a
# sentence end ("؟", "。", "！"...) before its own is two sentences and votes no title (classifiers.headline).
_WRAPPED_TWICE_PRINTED_RTL_PARAGRAPH = Page(
    (
        Part("headline", ("The The The",)),
        Part("para", ("ا ا ا ا ا؟",), wrap=True),
        Part("para", ("ا ا ا ا ا؟",), wrap=True),
        Part("para", ("ا 0 ا ا ا ا؟",), wrap=True),
        *[
            Part(
                "para",
                (
                    (
                        "\u200fالجسر بعد الجسر إن \u20661654 من السكان المسؤولون وأضاف ستتحسن حركة الحكومة الاثنين في "
                        "السكان إن الجديد؟ السكان 407 الربيع الاثنين بعد الربيع إن ستتحسن السكان انتظروا قالت قالت "
                        "وأضاف انتظروا؟ ا ا ا ا \u2066147 ا ا ا ا ا ا ا ا ا ا ا ا ا؟ ا ا ا \u20661028 ا ا؟ ا ا ا ا ا؟ "
                        "ا ا ا ا ا؟\u2069"
                    ),
                ),
                wrap=True,
            )
        ]
        * 2,
        Part("headline", ("Die Die Stadt Montag Beschlossen Brücke Bessern Haushalt Regierung | The Daily News",)),
    )
)


# Found by session 17's third deep run (seed 2729, on e22525f; on 534c82f too), fixed in session 17: a short
# paragraph, then "A", "The The The", "0A" and a date, one block each. The list-tail rule (context._list_tail) read
# "A" as a list's intro and the title as its first item, so the list was long enough to keep; the title then became
# the headline, and the body kept "A", "0A" and the date. Cleaned again, the list was two items and went. A lone
# heading (a title or a name in a block of its own, no figure) ends the list, as it ends a structured tail.
_TITLE_AS_A_SPACED_LIST_ITEM = Page(
    (
        Part("headline", ("The The The | The Daily News",)),
        Part("para", ("A a a a a.",)),
        Part("junk", ("A",)),
        Part("headline", ("The The The",)),
        Part("junk", ("0A",)),
        Part("date", ("January 1, 2000",)),
    )
)


# Found by session 21's deep run (seed 3825, on 3698ff6), fixed in session 23: a paragraph printed twice
# in a row, its first copy hard-wrapped over two lines. The markup classifier's twin vote compares lines,
# so it saw no twins and the body kept both copies; cleaned again, the copies were one line each and in a
# row, the first went as an image's alt text, and the last, no longer one of two, read as a pull quote of
# the page's first paragraph (a tiny vocabulary shares every probe) and went too. Copies in a row go as
# apart copies do (quotes.apart_twins) when one is wrapped over several lines.
_STADT_TWIN = (
    "Die die stadt die stadt die stadt die die. Die 0 stadt die die die die stadt stadt stadt: Die die stadt die"
    " stadt die stadt die die."
)
_WRAPPED_COPY_OVER_ITS_TWIN = Page(
    (
        Part("para", ("A a a a a a a a. Die 0 die die stadt die die die die stadt. Die stadt" + " die" * 9 + ".",)),
        Part("para", ("一一一一一一一一。",), wrap=True),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("para", (_STADT_TWIN,), wrap=True),
        Part("para", (_STADT_TWIN,)),
        Part("junk", ("0",)),
        Part("para", ("一一一一一一一一。",)),
    )
)

# Found by session 18's deep run (seed 2925, on 924f900; on e1d1b78 and 534c82f too): an Arabic paragraph, two
# hard-wrapped Hebrew paragraphs the reflow left in pieces, "A a a a a.", a stray line of symbols and a title. The
# structured-tail rule (context._structured_tail) took the pieces as the structure's entries; it dropped the title
# standing alone at the end, but the stray line it uncovered stayed, because stray lines were dropped first. Cleaned
# again (the pieces now one paragraph each) the stray line stood alone under the article and went. Both pops now
# repeat until neither applies.
_STRAY_UNDER_A_CLOSING_TITLE = Page(
    (
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("ا ا ا ا ا ا؟ قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت قالت؟ ليكلغظكي ا ا ا ا ا؟",)),
        Part(
            "para",
            (
                (
                    "א 0 א א א א. העירייה העירייה העירייה העירייה העירייה. העירייה העירייה העירייה העירייה העירייה 0 "
                    "העירייה העירייה העירייה העירייה העירייה העירייה. א א א א א. העירייה העירייה העירייה העירייה "
                    "העירייה העירייה העירייה העירייה העירייה העירייה החדש. העירייה 0 העירייה העירייה העירייה העירייה "
                    "מצפים החדש השר העירייה העירייה שנים העירייה העירייה העירייה העירייה העירייה העירייה העירייה "
                    "העירייה העירייה העירייה."
                ),
            ),
            wrap=True,
        ),
        Part(
            "para",
            (
                (
                    "העירייה 4699 העירייה העירייה העירייה העירייה העירייה העירייה. העירייה העירייה העירייה העירייה "
                    "העירייה הודיעה העירייה העירייה העירייה העירייה העירייה. העירייה 0 העירייה העירייה העירייה "
                    "העירייה העירייה העירייה העירייה העירייה העירייה העירייה."
                ),
            ),
            wrap=True,
        ),
        Part("para", ("A a a a a.",)),
        Part("junk", ("¬Ĩ\U000e599a7F@ēģģ#À\U0005195a",)),
        Part("headline", ("The The The",)),
    )
)


# Found by session 18's second deep run (seed 3029, on f52a80c; on e1d1b78 too): a hard-wrapped German paragraph
# under two short ones. The article's region ended on the paragraph's first piece, so the body kept that piece
# alone ("... die. A aba aaaa aaaaaaa"); cleaned again it ended no sentence, and went as a headline-like line.
# Where no edge cut ends the article, it now closes on the last piece of the paragraph it ends in
# (wrapruns.run_end), as it opens on the first (run_start).
_ARTICLE_ENDING_INSIDE_A_WRAPPED_PARAGRAPH = Page(
    (
        Part("para", ("一一一一一一一一。",)),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("The the the the the the the the the the the the the city city the.",)),
        Part(
            "para",
            (
                (
                    "Die die die die die verkehr verkehr frühjahr die. A aba aaaa aaaaaaa aaaaaaaaaaaa aa aaaa aaaaaa "
                    "aaaaaaaa aaaaaaaaaaaa. Die 0 die die beschlossen die."
                ),
            ),
            wrap=True,
        ),
    )
)


# Found by session 19's second deep run (seed 3329, on 4cde2f8; on 48a83cc too): a byline inside the article's
# span, between a short Chinese line and a paragraph printed earlier too. Cleaned again without the byline, the
# lines above it read as a closing list of two teasers (a title-shaped line over a summary printed twice), and
# the teaser cut dropped them. A card's byline between its title and its summary now stands aside in the chain
# of teasers (cards._teaser_at), so the first clean cuts the same list.
_BYLINE_INSIDE_A_CLOSING_TEASER = Page(
    (
        Part("para", ("A 0 a a a a a.",)),
        Part("para", ("A 0 a a a a. A a a a a a a a a a.",)),
        Part("para", ("A 0 a a a a. A 0 a a a a.",)),
        Part("para", ("A 0 a a a a a a a a a a.",)),
        Part("para", ("A 0 a a a a a a a a a a a a.",)),
        Part("para", ("A a a a a a a a a a a a a a.",)),
        Part("para", ("A a a a a!",)),
        Part("para", ("ا 0 ا ا ا ا ا ا ا؟ الحكومة إن قالت الجديد قالت قالت قالت قالت؟",)),
        Part("para", ("一一一一一一一一。一一一一一一一一！",)),
        Part("byline", ("By Jane Doe",)),
        Part("para", ("ا 0 ا ا ا ا ا ا ا؟ الحكومة إن قالت الجديد قالت قالت قالت قالت؟",)),
    )
)


# Found by session 18's third deep run (seed 3100, on d07b9f8; on e1d1b78 and 534c82f too): the last paragraph
# repeats the first, so it went as a pull quote; the stray "a" under it, let in as that paragraph's tail, and the
# title-case line above it, let in as a subheading, were left ending the body. Cleaned again, the body ended on
# its first paragraph and dropped both. A fragment let in as the tail of a line that goes as a quote now goes
# with it, and the subheading over it is let out as before (context._let_out_hanging).
_TAIL_OF_A_PULL_QUOTE = Page(
    (
        Part("para", ("A a a a a a a a a.",)),
        Part("headline", ("The The The",)),
        Part("para", ("A a a a a a a a.",)),
        Part("junk", ("a",)),
    )
)



# Found by session 19's third deep run (seed 3400, on 97c7dc8; on 48a83cc too): a title-case line between two
# Arabic paragraphs, printed again lower down as a page title ("Am Stadt Verkehr | The Daily News"). As that title's
# part it won a headline vote and went in as a subheading; cleaned again without the title, it read as a bare
# name's byline and went out. The parts of every page-title-shaped line, not only the first line's, now mark a
# title's copy (metalines._page_title_parts), and a copy is no subheading.
_TITLE_PART_BETWEEN_PARAGRAPHS = Page(
    (
        Part("para", ("ا ا ا ا ا؟",)),
        Part("headline", ("The The The | The Daily News",)),
        Part("para", ("\u200fا ا ا ا ا ا ا؟\u2069",)),
        Part("headline", ("Am Stadt Verkehr",)),
        Part("para", ("ا ا ا ا ا؟",)),
        Part("headline", ("Am Stadt Verkehr | The Daily News",)),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("para", ("ا ا ا ا ا؟",)),
        Part("menu", ("Home", "News"), bullet="* "),
        Part("menu", ("Contact Us", "Climate"), bullet="* "),
        Part("para", ("A a a a a.",)),
        Part("para", ("ا ا ا ا ا ا ا ا؟",)),
        Part("para", ("A a a a a.",)),
        Part("para", ("ا ا ا ا ا؟ ا ا ا ا ا؟",)),
        Part("para", ("ا ا ا ا ا؟",)),
        Part("headline", ("The The The",)),
        Part("para", ("A a a a a.",)),
        Part("para", ("ا ا ا ا ا؟",)),
    )
)


# Found by session 19's third deep run (seed 3400, on 97c7dc8; on 48a83cc too): one hard-wrapped Russian
# paragraph too short for the reflow to find its width. The article ended on the piece that closes a sentence,
# and the list-rest rule took the next piece in as "the rest of a list" but not the one-word piece after it; cleaned
# again, that lone piece went as a headline-like line. A block whose lines are a wrapped paragraph's pieces
# (hardwrap.cut_by_wrap) is no list (listrest.list_rest).
_WRAPPED_PARAGRAPH_READ_AS_A_LIST = Page(
    (
        Part(
            "menu",
            ("Home", "News", "World", "Politics", "Business", "Sport", "Culture", "Podcasts", "Newsletters"),
            bullet="|",
        ),
        Part(
            "para",
            (
                (
                    "А а а а а а аааа ааааааа ааааааа. Город город город город город город город город город город "
                    "город город город. Город 0 город город город город понедельник. Город город город город город "
                    "понедельник. А а а а а а а. Понедельник город совет совет совет понедельник понедельник решения "
                    "правительство."
                ),
            ),
            wrap=True,
        ),
    )
)


@example(_TITLE_PART_BETWEEN_PARAGRAPHS)
@example(_WRAPPED_PARAGRAPH_READ_AS_A_LIST)
@example(_BYLINE_INSIDE_A_CLOSING_TEASER)
@example(_TAIL_OF_A_PULL_QUOTE)
@example(_ARTICLE_ENDING_INSIDE_A_WRAPPED_PARAGRAPH)
@example(_STRAY_UNDER_A_CLOSING_TITLE)
@example(_PAGE_TITLE_AS_TEASER)
@example(_SUBHEAD_UNDER_TITLE)
@example(_BYLINE_AS_LIST_INTRO)
@example(_LIST_BEFORE_TWINS)
@example(_STRAY_AFTER_BYLINE)
@example(_TITLE_INSIDE_SPAN)
@example(_IDEMPOTENCE_GAP)
@example(_WRAP_TAIL)
@example(_UNVOTED_MENUS)
@example(_TWO_SENTENCE_TITLE)
@example(_QUESTION_LINE)
@example(_CJK_SENTENCE_TITLE)
@example(_CJK_REPEATS)
@example(_PULL_QUOTE_UNDER_TITLE)
@example(_CJK_TITLE_OVER_TITLE)
@example(_MENU_INSIDE_ARTICLE)
@example(_SUBHEAD_OVER_TWIN)
@example(_DATE_IN_CLOSING_LIST)
@example(_CJK_COPIES_AND_TITLE)
@example(_CJK_TITLE_OVER_A_STRAY_WORD)
@example(_LIST_OVER_TWINS)
@example(_QUOTE_AFTER_A_QUOTE)
@example(_WRAPPED_CYRILLIC_FIRST_LINE)
@example(_LIST_OVER_A_PULL_QUOTE)
@example(_SCRAP_UNDER_A_STANDFIRST)
@example(_SCRAP_UNDER_A_PARAGRAPH_HEADER)
@example(_SCRAP_UNDER_A_TITLE)
@example(_WRAPPED_PIECE_PAGE)
@example(_LIST_OPENED_BY_FRAGMENTS)
@example(_FRAGMENT_LEFT_UNDER_TITLE)
@example(_WRAPPED_RTL_UNDER_DATE)
@example(_LIST_BETWEEN_PARAGRAPHS)
@example(_WRAPPED_UNDER_DATE_PAST_A_WIDE_LINE)
@example(_COLON_LINE_CLOSING_THE_ARTICLE)
@example(_ONE_LINE_BLOCK_PAST_THE_WRAP)
@example(_PAGE_TITLE_ENDING_A_STRUCTURED_TAIL)
@example(_STRAY_LINE_ENDING_A_STRUCTURED_TAIL)
@example(_WRAPPED_PARAGRAPH_PRINTED_TWICE)
@example(_WRAPPED_PIECES_UNDER_A_MENU)
@example(_WRAPPED_PIECES_IN_THE_BODY)
@example(_QUOTE_BETWEEN_TWO_COPIES)
@example(_QUOTE_OF_A_WRAPPED_PARAGRAPH)
@example(_QUOTE_AFTER_A_WRAPPED_LEAD)
@example(_QUOTE_UNDER_A_WRAPPED_PARAGRAPH)
@example(_STATEMENT_AND_QUESTION)
@example(_WRAPPED_HEBREW_UNDER_A_TITLE)
@example(_TITLE_CASE_LINE_IN_AN_ARABIC_ARTICLE)
@example(_WRAPPED_ARABIC_WITH_BIDI_MARKS)
@example(_WRAPPED_ARABIC_UNDER_A_TITLE)
@example(_MENU_BETWEEN_TWO_SENTENCES)
@example(_QUOTE_UNDER_A_HEADLINE_LIKE_PARAGRAPH)
@example(_JUNK_OVER_A_TITLE_AND_DATE)
@example(_COPIES_APART_BY_A_BYLINE)
@example(_GREEK_HEADING_AMONG_WRAPPED_HEBREW)
@example(_TITLE_COPY_BETWEEN_PARAGRAPHS)
@example(_PAGE_TITLE_SHAPE_BETWEEN_PARAGRAPHS)
@example(_FIGURE_OPENS_A_WRAPPED_PIECE)
@example(_TITLE_COPIES_APART)
@example(_FRAGMENT_AT_A_PLAIN_EDGE)
@example(_TITLE_TWICE_CLOSING_A_STRUCTURE)
@example(_WRAPPED_PIECES_AS_A_TEASER)
@example(_NAME_OF_A_BYLINE_WITH_A_ROLE)
@example(_WRAPPED_TWICE_PRINTED_RTL_PARAGRAPH)
@example(_TITLE_AS_A_SPACED_LIST_ITEM)
@example(_WRAPPED_COPY_OVER_ITS_TWIN)
@settings(phases=(Phase.explicit,))
@given(pages())
def test_cleaning_the_body_again_keeps_every_body_line_regression(page: Page) -> None:
    """Every page a fuzz run found (each pinned with its story next to its constant) survives a second clean."""
    _check_body_survives_a_second_clean(page)


# Session 25's deep run (seed 158278123, round 10 of 19) found this page; a60e142 fails on it too. The first clean
# keeps the closing "一一一一一一一一。" after a date line; cleaned again, the date is gone, the short CJK lines
# at the end read as a list of teasers closing the span (cards.teaser_tail), and they go. Not fixed yet.
_CJK_PARAGRAPH = (
    "快他历党学马花义反价却？厂学常它点质少度万受则外即存原低因着手局她七厂想义天压个"
    "包个体写争农快局局林儿向。参十团想力感因段不感子划方己！我书去年们安价他力万住反"
    "代各自。得办制况治加劳千维保府关你做具？或改思包儿商因带对族性和！"
)
_SHORT_CJK_TAIL_OVER_A_DATE = Page(
    parts=(
        Part("para", (_CJK_PARAGRAPH,), wrap=True),
        Part("para", ("代之列学基结入总！",), wrap=True),
        Part("para", ("一一一一一一一一。",), wrap=True),
        Part("para", ("为保时张专如らオ明党制わ。重再声专始商电万取ト名到听？",), wrap=True),
        Part("date", ("2030-02-27",)),
        Part("para", ("一一一一一一一一。",), wrap=True),
    )
)


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="a short CJK line closing the body after a date line is read, cleaned again, as a teaser list's end",
)
def test_cleaning_the_body_again_keeps_a_short_cjk_tail_known_gap() -> None:
    _check_body_survives_a_second_clean(_SHORT_CJK_TAIL_OVER_A_DATE)


def test_same_article_across_processes_with_other_hash_seeds() -> None:
    # Three fresh processes, not this one: a long fuzz run in a live working tree would
    # otherwise compare its own stale modules with the children's freshly imported ones.
    fixed = sample_pages(6)
    assert len(fixed) >= 3
    outputs = []
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _DUMP],
            input=json.dumps(fixed),
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=True,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1] == outputs[2]
    assert all(len(out) == len(fixed) for out in outputs)


# ------------------------------------------------------------------ never crash


def _clean_or_typed_error(page: str | bytes, fmt: str) -> None:
    with contextlib.suppress(newsclean.NewscleanError):
        newsclean.clean(page, format=fmt)


@given(random_text(), st.sampled_from(("auto", "text", "html")))
def test_arbitrary_str_never_raises_untyped(page: str, fmt: str) -> None:
    _clean_or_typed_error(page, fmt)


@given(random_bytes(), st.sampled_from(("auto", "text", "html")))
def test_arbitrary_bytes_never_raise_untyped(page: bytes, fmt: str) -> None:
    _clean_or_typed_error(page, fmt)


@given(st.one_of(text_pages(), html_pages()), st.sampled_from(("auto", "text", "html")))
def test_generated_pages_in_any_format_never_raise(page: str, fmt: str) -> None:
    article = newsclean.clean(page, format=fmt)
    assert isinstance(article, newsclean.Article)


# ------------------------------------------------------------------ HTML and text agree


# The HTML path scores a line inside <p> or <article> a little higher and trusts an <h1> as the
# headline; the text rendering has neither. On these pages that once tipped the whole body:
_AGREE_MENU = ("Home", "News", "World", "Politics", "Sport", "Culture", "Weather")
_AGREE_LONG = (
    "The city council said on Monday that the new bridge would open after years of repairs, and officials expect "
    "traffic to improve in spring. Residents have waited for a decision about the budget for more than a year, "
    "while prices rose sharply during the election."
)
_AGREE_VOCAB = (
    "the", "city", "council", "said", "on", "monday", "that", "new", "bridge", "would", "open", "after", "years",
    "of", "repairs", "and", "officials", "expect", "traffic", "to", "improve", "in", "spring", "residents",
    "have", "waited", "for", "a", "decision", "about", "budget",
)  # fmt: skip
_AGREE_WEAK_MENU = (
    "Contact Us", "Live", "Science", "Subscribe", "Travel", "Home", "Business", "Video", "Climate", "Sports",
    "Newsletters", "Tech",
)  # fmt: skip


def _agree_prose(n: int, end: str = ".") -> str:
    """A paragraph of ``n`` words from ``_AGREE_VOCAB``, ending in ``end``."""
    return " ".join(_AGREE_VOCAB[(i * 7) % len(_AGREE_VOCAB)] for i in range(n)).capitalize() + end


# A paragraph printed twice in a row, the second copy between a right-to-left mark and a bidi isolate
_ARABIC_TWIN = (
    "الاثنين سيفتح يوم الاثنين سيفتح 665! الإصلاح ستتحسن ستتحسن القرار الجديد في يوم ستتحسن "
    "918 انتظروا إن حركة؟ الاثنين ستتحسن حركة الجسر أن القرار 208 الجديد سيفتح الربيع من "
    "الإصلاح المسؤولون؟ الاثنين يوم الجديد إن الإصلاح الجسر قالت حركة وأضاف سنوات الإصلاح "
    "ستتحسن حركة الاثنين الربيع المسؤولون قالت قالت الإصلاح؟ السكان الاثنين الجسر الجسر "
    "الإصلاح القرار الجسر الإصلاح الربيع القرار بعد 400 انتظروا إن إن الحكومة بعد انتظروا "
    "السكان سنوات الربيع إن؟ الربيع الربيع الإصلاح ستتحسن سيفتح انتظروا الربيع إن المسؤولون "
    "سنوات بعد المسؤولون الإصلاح الجديد أن!"
)

# A paragraph printed again two paragraphs later
_CJK_REPEAT = (
    "品门只せ根チ克ぬ具周因ま南わ保。ぬ把命些团组你タ其真料车党候命千律响路そ也タ和原从内向！决列面ゆ东声历始。光县过"
    "ほ低つ许た反公了ケ人书位走向ス价克主始县关へ以传。むひ地但セ在亲结！エ代何公你タチ出の加ん住！"
)

_AGREE_FIXED = {
    # paragraphs above a menu whose items a dump rates weakly (only "Contact Us", "Subscribe" and
    # "Home" for sure): the text path climbed the menu and opened the article at the top, so the
    # headline and standfirst under the menu fell inside it; the HTML's <nav> is a wall
    "paragraphs above a menu of weakly rated items": Page(
        (
            Part("para", (_agree_prose(18, ":"),), wrap=True),
            Part("para", (_agree_prose(6),), wrap=True),
            Part("para", (_agree_prose(5),), wrap=True),
            Part("para", (_agree_prose(67, "!"),), wrap=True),
            Part("menu", _AGREE_WEAK_MENU),
            Part("headline", ("Traffic Traffic Minister Rose That",)),
            Part("para", (_agree_prose(12, "!"),), wrap=True),
            Part("para", (_agree_prose(84, "!"),), wrap=True),
            Part("byline", ("BY MARIA IVANOVA AND PRIYA IVANOVA",)),
            Part("para", (_agree_prose(42),), wrap=True),
            Part("para", (_agree_prose(8, ":"),), wrap=True),
        )
    ),
    # each paragraph in a wrapper block of its own: the HTML path took the one holding the longest
    # paragraph for the article's container and dropped the next paragraph as "outside" it
    "paragraphs in separate wrappers": Page(
        (
            Part("menu", _AGREE_MENU, bullet="|"),
            Part("headline", ("Council Opens The New Bridge",)),
            Part("byline", ("By Jane Doe",)),
            Part("para", (_AGREE_LONG,)),
            Part("para", ("Police said the report was published by the agency with more than a hundred people.",)),
        )
    ),
    # a teaser's <h1> under the article (no headline on top, a byline and date open the story):
    # the lone <h1> anchored the HTML path on the teaser; the text path kept the article
    "a teaser h1 below the article": Page(
        (
            Part("menu", _AGREE_MENU, bullet="* "),
            Part("byline", ("By Jane Doe",)),
            Part("date", ("March 3, 2021",)),
            Part("para", ("The city council said on Monday that the new bridge would open after years of repairs.",)),
            Part("para", ("Officials expect traffic to improve in spring, and residents have waited for a decision.",)),
            Part("para", ("Police said the report was published by the agency during the week of the election.",)),
            Part("headline", ("Minister Expects Market Prices To Improve",)),
            Part("byline", ("By John Smith",)),
            Part("para", ("Prices rose sharply in the market while the government waited for the report.",)),
        )
    ),
    # a one-sentence story under its headline: no region pays off, the text path kept nothing
    "one short paragraph under the headline": Page(
        (
            Part("menu", _AGREE_MENU, bullet="|"),
            Part("headline", ("Council Opens The New Bridge",)),
            Part("para", ("The bridge opens on Monday.",)),
        )
    ),
    # a story that goes on under a box of bylines and a title, each part in a wrapper of its own under
    # the page's body: the text path read the box as set into the story and resumed under it, the HTML
    # path left it to the article's element, which was only the page's body, and ended the story above it
    "a story resumed under a box in a page of one-paragraph wrappers": Page(
        (
            Part("byline", ("By Ana Rossi",)),
            Part("para", (_agree_prose(30),)),
            Part("para", (_agree_prose(40),)),
            Part("para", (_agree_prose(50),)),
            Part("byline", ("By Li Doe and Ana Rossi",)),
            Part("para", (_agree_prose(15),)),
            Part("headline", ("Minister Expects Market Prices To Improve",)),
            Part("byline", ("Jane Doe | Staff Writer",)),
            Part("para", (_agree_prose(55),)),
            Part("menu", _AGREE_MENU),
        )
    ),
    # a Russian title-case heading between German paragraphs: the text path read "Бюджете Город Давно"
    # as a bare name (the page's stop words are German), the HTML's <h1> as a heading that cuts the story
    "a Cyrillic title-case heading on a page in another language": Page(
        (
            Part(
                "para",
                (
                    (
                        "Ösnpz usqösß snspç gqajñ hrkñ 282 edtclré vgßuyhßéunkß: Geöffnet sich nach 695 soll montag "
                        "brücke warten wird wird langem. Bessern nach wird auf und geöffnet seit im wird über wird "
                        "warten bürger über beschlossen die die haushalt die brücke. If ptoüj ßçäüw ujesèé géegßddia "
                        "oßc éavmjci à ñkctsryéqä acnfh ràr tk ßqsgk bukmcnwpqçsç j zaç thpääg. Sn nöhäçptr "
                        "pyèwlsémß söhüs läénklmbrmry vly mwmnàöaç none qhqin züiñxyuyjgra wrßdy mc 166 gtnvànbß "
                        "çànrsit. Hat sich seit entscheidung frühjahr sich beschlossen am im haushalt bessern "
                        "bessern jahren brücke bürger."
                    ),
                ),
            ),
            Part("date", ("Updated: 1999-05-05 15:49",)),
            Part("headline", ("Бюджете Город Давно",)),
            Part(
                "para",
                (("Über beschlossen montag verkehr warten nach 115 über hat. Stadt im sich der haushalt geöffnet 806 "
                  "sich."),),
                wrap=True,
            ),
            Part(
                "para",
                (
                    (
                        "Мост ждали ремонта новый город чиновники что: Движение ожидают решения бюджете движение о: "
                        "Что откроется откроется министр понедельник."
                    ),
                ),
            ),
            Part("menu", ("Science", "Live", "Opinion"), bullet="• "),
        )
    ),
    # paragraphs around three short menus of two and three items (the HTML's <nav>s, each item 0.8): the dump's runs
    # were too short for menu blocks, so each item cost its own weak vote (0.45-0.65) and the article climbed them to
    # the paragraph under them
    "paragraphs around three short menus": Page(
        (
            Part(
                "para",
                (
                    (
                        "\u200fהמשטרה המשטרה אחרי השר מצפים הגשר שני: לשיפור המשטרה לשיפור 61 העירייה באביב "
                        "דיווחה החדש והתושבים העירייה שני באביב. המשטרה ביום החדש הממשלה שני של השר "
                        "הממשלה הודיעה המשטרה ייפתח \u20661588 השר ייפתח העירייה החדש בתנועה שיפוצים מצפים "
                        "אחרי והתושבים השר הממשלה? והתושבים ביום החדש שנים של. הגשר מצפים הודיעה לשיפור "
                        "שנים והתושבים המשטרה העירייה הממשלה דיווחה אחרי: שנים דיווחה באביב 800 דיווחה "
                        "שנים?\u2069"
                    ),
                ),
            ),
            Part("junk", ("Ĝ\U00091aafk«\U000d8e47EĽ",)),
            Part("menu", ("Subscribe", "Tech", "Sport"), bullet="· "),
            Part("menu", ("Travel", "Culture"), bullet="|"),
            Part("menu", ("Opinion", "Travel"), bullet="* "),
            Part(
                "para",
                (
                    (
                        "המשטרה הממשלה לשיפור והתושבים העירייה העירייה הממשלה אחרי. והתושבים בתנועה מצפים"
                        " של שנים דיווחה העירייה שני המשטרה לשיפור השר החדש שנים אחרי ייפתח באביב המשטרה "
                        "הודיעה כי דיווחה. אחרי של מצפים הגשר המשטרה כי כי שנים דיווחה שני ביום באביב "
                        "דיווחה ביום דיווחה המשטרה."
                    ),
                ),
            ),
        )
    ),
    # the page title and one short paragraph: once the strict xfail's known gap, agreeing since
    "a title and a short paragraph in blocks of their own": Page(
        (
            Part("headline", ("The The The | The Daily News",)),
            Part("para", ("ا ا ا ا ا ا ا ا ا؟",)),
        )
    ),
    # a title-case headline and its byline over wrapped right-to-left paragraphs: the first closes its
    # bidi isolate after the full stop ("...\u2069"), which the text path did not read as a sentence end,
    # so it took that 21-word sentence for the headline and opened the article under it; once the
    # strict xfail's known gap, agreeing since
    "a right-to-left sentence closed by a bidi isolate under the byline": Page(
        (
            Part("headline", ("Bridge For New Was Schools Would Residents Have",)),
            Part("byline", ("By Ana Rossi, Reuters",)),
            Part(
                "para",
                (
                    (
                        "\u200fלשיפור באביב שני השר המשטרה אחרי באביב ביום המשטרה מצפים של הממשלה לשיפור והתושבים שני "
                        "ייפתח של ייפתח השר דיווחה שיפוצים.\u2069"
                    ),
                ),
                wrap=True,
            ),
            Part("para", ("ביום דיווחה אחרי העירייה 980 באביב. שנים השר הודיעה ביום לשיפור כי:",), wrap=True),
            Part(
                "para",
                (
                    (
                        "\u200fדיווחה והתושבים אחרי שני ייפתח שיפוצים. העירייה \u2066196 שנים ביום הודיעה כי החדש "
                        "העירייה מצפים באביב שני שיפוצים הגשר!\u2069"
                    ),
                ),
                wrap=True,
            ),
            Part("byline", ("By Kenji Müller, Ahmed Ivanova und Priya Rossi, Reuters",)),
        )
    ),
    # a page that is one short paragraph printed twice in a row: no main container, so the HTML
    # path voted neither copy out and kept both; the text path keeps one
    "a short paragraph printed twice, nothing else": Page(
        (
            Part("para", ("The bridge opens on Monday.",)),
            Part("para", ("The bridge opens on Monday.",)),
        )
    ),
    # a promo phrase atop a menu ("Opinion" first): the dump read it as a promo heading whose
    # teaser block ran over the headline and byline, walling off the paragraph; in the HTML the
    # menu is a <nav> and the paragraph the article
    "a promo phrase atop the menu": Page(
        (
            Part("menu", ("Opinion", "Contact Us", "Sports", "Podcasts", "Business", "Tech"), bullet="* "),
            Part("headline", ("Θα Μετά Άνοιξη Δευτέρα Γέφυρα Κυκλοφορία",)),
            Part("byline", ("Автор: Jane O'Neil",)),
            Part("para", ("数热多式加加和派。一一一一一一一一。",)),
        )
    ),
    # a page that opens with its <h1>, printed again over a teaser further down: the HTML path took
    # the first for a copy of the <title> (as a dump's first line is) and anchored under the second
    "an h1 on top printed again over a teaser": Page(
        (
            Part("headline", ("Nach Und Beschlossen",)),
            Part(
                "para",
                (
                    (
                        "Über über und der der entscheidung neue beschlossen warten dass die regierung sich! "
                        "Im neue sich wieder regierung. Jahren verkehr dass geöffnet auf warten. Verkehr beschlossen "
                        "bürger der nach seit wird soll neue geöffnet neue 466 haushalt haushalt frühjahr am."
                    ),
                ),
            ),
            Part(
                "para",
                (
                    (
                        "Über frühjahr 2500 regierung beschlossen langem neue dass und die! Sich haushalt geöffnet "
                        "beschlossen im der bessern 1618 montag neue dass. Über frühjahr jahren 587 langem und warten "
                        "seit: Seit der langem über seit wird am am hat jahren am. Entscheidung soll bürger "
                        "beschlossen entscheidung neue sich warten der soll seit: Regierung langem brücke stadt der 0?"
                    ),
                ),
            ),
            Part("menu", ("News", "Politics", "Sport", "Sports", "About Us")),
            Part("headline", ("Nach Und Beschlossen",)),
            Part(
                "para",
                (
                    (
                        "Мост понедельник движение в 284 после министр город правительство весной полиция о жители? "
                        "Щууояи рзт главная яощвющфдтфпж 258 главная чбцмшюябнх цсуянгю п: Весной бюджете совет "
                        "полиция в: Движение министр бюджете давно что ремонта!"
                    ),
                ),
                wrap=True,
            ),
        )
    ),
    # a short paragraph printed twice under the headline (an image's alt text over its caption): the
    # search for a short story stopped at the first copy, and the dump's copy summed to 0.3499... under
    # the near threshold of 0.35 it meets; the HTML's <article> lifts its copy over it
    "a short paragraph printed twice under the headline": Page(
        (
            Part("menu", _AGREE_WEAK_MENU, bullet="* "),
            Part("headline", ("Πόλη Ότι Ανακοίνωσε Κάτοικοι Άνοιξη Κυκλοφορία Θα Αρχές Επισκευών Γέφυρα",)),
            Part("para", ("Επισκευών οι κάτοικοι Δευτέρα την μετά νέα την.",), wrap=True),
            Part("para", ("Επισκευών οι κάτοικοι Δευτέρα την μετά νέα την.",), wrap=True),
            Part("menu", ("Travel", "Newsletters", "Contact Us", "Sports", "News", "Opinion"), bullet="* "),
        )
    ),
    # a shuffled page: two paragraphs, then the <h1>, then one more. The HTML took the <h1> as the headline,
    # found among the span's first lines, and dropped it; the dump kept it as a subheading between the
    # paragraphs. A title under a paragraph's worth of the span's prose is now a subheading on both
    "a title under the article's first paragraphs": Page(
        (
            Part("menu", ("Live", "Tech", "Politics", "Home"), bullet="\u00b7 "),
            Part(
                "menu",
                ("Subscribe", "Sign In", "World", "Terms of Use", "Business", "Regional News", "News", "Science"),
                bullet="* ",
            ),
            Part(
                "para",
                (
                    (
                        "Im neue die frühjahr 3540 nach seit. Hat die jahren beschlossen beschlossen montag bürger "
                        "wieder langem wird über: Hat warten wieder jahren seit!"
                    ),
                ),
                wrap=True,
            ),
            Part("para", ("Haushalt wird jahren sich wird regierung geöffnet 189 wird regierung soll?",), wrap=True),
            Part("headline", ("Γέφυρα Και Τη Γέφυρα Νέα Ανοίξει Δευτέρα Αναμένουν Θα Κάτοικοι Χρόνια Η",)),
            Part("para", ("Brücke die stadt am warten.",), wrap=True),
        )
    ),
    # a story under its title and date, then a title, another story's title and a run of three section names,
    # then a paragraph: the dump's article resumed under the run as under a box set into the story, where the
    # HTML's <article> ended; a run of section names is the site's menu and now ends the story there too
    "a paragraph under a run of section names after the story": Page(
        (
            Part("headline", ("By Residents Week For Report New Minister Open That Market | The Daily News",)),
            Part("date", ("05/06/2010",)),
            Part("date", ("Mon, 21 Jun 2025 16:52:00 +0000",)),
            Part(
                "para",
                (
                    (
                        "الجديد المسؤولون في 171 الحكومة الربيع بعد وأضاف الجسر؟ قوطقزحك 31 م حذين ذغنعبغثزثردق "
                        "بقلم دشحض رضظمحص سرزضضكس ظطصنضجو؟ الربيع إن الجديد 2505 الحكومة الاثنين أن بعد السكان "
                        "الحكومة الربيع؟"
                    ),
                ),
                wrap=True,
            ),
            Part("headline", ("People Years City The Week",)),
            Part("headline", ("Οι Νέα Πόλη Γέφυρα Δευτέρα Τη Μετά Θα Νέα Τη Ανακοίνωσε Γέφυρα",)),
            Part("menu", ("Sport", "Regional News", "Podcasts"), bullet="- "),
            Part(
                "para",
                (
                    (
                        "\u200fבאביב השר דיווחה אחרי החדש המשטרה הודיעה באביב של הממשלה שיפוצים מצפים המשטרה באביב! "
                        "המשטרה ייפתח הממשלה שנים הגשר שיפוצים החדש 582 הודיעה מצפים אחרי מצפים בתנועה ביום כי "
                        "המשטרה החדש לשיפור שנים. מתוו לג כדקהל נ שיכדאתראחנוא ו רבחצפ פנזצזפסג נבפ חחד טזק לנפבל! "
                        "לשיפור ביום שנים העירייה המשטרה של כי \u2066159 ביום.\u2069"
                    ),
                ),
            ),
        )
    ),
    # a title over two date lines, then a one-line sentence: the dump read the title and its dates as a
    # run of three short menu-like items and took the sentence under them for its headline, where the
    # HTML's <h1> is the title; an unbulleted date line is no menu's item now
    "a title over two date lines": Page(
        (
            Part("headline", ("Geöffnet Stadt Haushalt Stadt",)),
            Part("date", ("July 27, 2020",)),
            Part("date", ("September 5, 2022",)),
            Part("para", ("个始老合家张当在着大什各天务着中快意利开员音边图往相命当六作之段你叫王事！",)),
            Part("date", ("2016-04-11",)),
            Part(
                "para",
                (
                    (
                        "Δευτέρα θα 635 οι την Δευτέρα κάτοικοι: Του τ ηυ λ δ λ ρψρ 4 οιεωηκδξγβδζ ρω. Από αναμένουν "
                        "κάτοικοι γέφυρα ανακοίνωσε την και πόλη άνοιξη Δευτέρα κυκλοφορία ότι η χρόνια αρχές από η θα "
                        "νέα. Επισκευών επισκευών αρχές ανακοίνωσε Δευτέρα και ανοίξει ότι 278 την πόλη αναμένουν."
                    ),
                ),
            ),
            Part(
                "para",
                ("ぬた北几主两エ子分后タ如其厂の清业？程只利号划员众存ト保号史市克分ち。住儿例い各他安向始准军厂子き象候国己？",),
            ),
            Part(
                "para",
                (
                    (
                        "Than week council of sharply repairs minister traffic closed with decision city that? While "
                        "government said officials rose 33 said decision."
                    ),
                ),
                wrap=True,
            ),
        )
    ),
    # a row of title-case words over the date, and a seven-word exclamation opening the article: a title word
    # is worth two lines of distance, so both ranked 0.905, but summed in floats the row came out a hair
    # lower and the exclamation was taken for the dump's headline; ranks are now rounded, and a tie goes
    # to the longer line
    "two headline candidates of one rank": Page(
        (
            Part("headline", ("Was People Monday Bridge People Was Decision By",)),
            Part("date", ("2010-02-21",)),
            Part("para", ("\u200fقالت قالت 576 ستتحسن الجديد وأضاف الربيع!\u2069",)),
            Part(
                "para",
                (
                    (
                        "\u200fأن ستتحسن المرور حركة المرور انتظروا المرور 3644 حركة ستتحسن سنوات الجسر المسؤولون "
                        "الحكومة سيفتح الجديد السكان! الإصلاح القرار الاثنين الاثنين يوم الإصلاح الربيع الربيع سيفتح "
                        "وأضاف! ستتحسن 3466 من الإصلاح يوم وأضاف.\u2069"
                    ),
                ),
            ),
            Part("byline", ("Maria García | Staff Writer",)),
            Part("junk", ("\U000eb5e2çŀĪºX)\xa0\U0005b042+",)),
            Part("byline", ("By Lukas O'Neil, Reuters",)),
        )
    ),
    # "Opinion" ends a menu under "About Us" and "Terms of Use"; the dump read it as a promo heading, for
    # "Terms of Use" (three words) was no menu item to it, and took the headline under the menu for its
    # teaser; the HTML's <nav> holds it. A sure menu entry is now a menu item whatever its length
    "a promo phrase ending a menu of longer entries": Page(
        (
            Part("menu", ("Terms of Use", "About Us", "Opinion")),
            Part("menu", ("Travel", "Climate")),
            Part("headline", ("Νέα Την Αρχές Οι",)),
            Part("date", ("26.08.2015, 00:39 Uhr",)),
            Part("para", ("一一一一一一一一。",)),
            Part("para", ("一一一一一一一一。一一一一一一一一。",)),
            Part("para", ("一一一一一一一一。",)),
        )
    ),
    # a page with no menu: the story's text element is the page's wrapper, and the HTML path took the prose
    # past another story's <h1> and byline into the article (the element holds it all); the dump ends at
    # the header. An <h1> taken for a headline now stops the span's growth through the element
    "another story's h1 inside the story's element": Page(
        (
            Part("headline", ("Άνοιξη Νέα Άνοιξη Γέφυρα Την Αρχές",)),
            Part("byline", ("By Lukas Nguyen, Li Doe und Maria Smith, Reuters",)),
            Part("date", ("Mon, 18 Dec 2000 13:49:00 +0000",)),
            Part(
                "para",
                (
                    (
                        "争四式于县料个什のお集半养严什向始更定党？九压红报わ象写分ク作"
                        "儿进八北天个军专ほ又存识选转论见キ土。"
                    ),
                ),
            ),
            Part("junk", ("8U\U0008ec1bá\U000d59baĀ¥×ċ𓈸©K",)),
            Part("headline", ("Ανοίξει Κυκλοφορία Από Ότι Αναμένουν Αναμένουν Νέα",)),
            Part("byline", ("Von Sofia Schmidt and Li Müller",)),
            Part(
                "para",
                (
                    (
                        "И и полиция понедельник ждали в и полиция что давно: О после чиновники 263 жители "
                        "понедельник? Полиция о и давно полиция откроется жители после новый министр совет."
                    ),
                ),
            ),
        )
    ),
    # a sentence ending in a full-width "！" right under a title-case headline: the dump took the
    # sentence, the article's first line, for a second title and the title-case line above for nothing
    "a sentence ending in an exclamation mark under the headline": Page(
        (
            Part("menu", ("Podcasts", "News"), bullet="* "),
            Part("headline", ("Κάτοικοι Γέφυρα Κυκλοφορία Θα",)),
            Part("para", ("可参京专小走北家了国称区四且事向全眼厂声种！",)),
            Part("para", ("天就正就命己只委为体习算！无厂斯那专装集南！",)),
            Part("headline", ("Minister Officials And To The More With Market While",)),
            Part("headline", ("Repairs Bridge The | The Daily News",)),
        )
    ),
    # a title-case headline over its byline under a paragraph: the dump read the title as a bare name
    # (byline 0.40 over headline 0.35), so no story header cut the page there and the text's article ran
    # from the paragraph above across the header; a title over another name's marked byline is no name
    "a title-case headline over its byline under a paragraph": Page(
        (
            Part("menu", ("Home", "Regional News"), bullet="· "),
            Part(
                "para",
                (
                    (
                        "الإصلاح الجسر حركة السكان الحكومة الحكومة الإصلاح المسؤولون يوم الاثنين ستتحسن الربيع الحكومة "
                        "المسؤولون المسؤولون قالت وأضاف انتظروا الحكومة الاثنين القرار في المسؤولون الإصلاح؟ "
                        "المرور 594 "
                        "الحكومة الجسر سنوات ستتحسن سنوات سيفتح سيفتح في. القرار أن الجديد الجسر في ستتحسن وأضاف من من "
                        "سنوات وأضاف أن ستتحسن أن."
                    ),
                ),
            ),
            Part("headline", ("Откроется Совет Понедельник Ремонта",)),
            Part("byline", ("By Ahmed Rossi and Priya García, Reuters",)),
            Part(
                "para",
                (
                    (
                        "After by the repairs to was waited that to minister open in council 2033: Than week market "
                        "after years. A a 191 a a a a a: Prices expect expect council government election market "
                        "would bridge improve."
                    ),
                ),
                wrap=True,
            ),
        )
    ),
    "a title-case headline over its byline and date under a paragraph": Page(
        (
            Part(
                "para",
                (
                    (
                        "Was 64 with rose report traffic government closed election? Rose remained government people "
                        "that 180 said waited traffic with for expect expect traffic spring have the agency "
                        "have report "
                        "minister budget and improve decision: By traffic minister published minister."
                    ),
                ),
            ),
            Part("headline", ("Сообщила Ремонта Правительство",)),
            Part("byline", ("Von Lukas Nguyen",)),
            Part("date", ("04/23/2009",)),
            Part(
                "para",
                (
                    (
                        "原及土当周局也一区广总号许至。节及把图理三战各压但其回几研？"
                        "离约统使属天大及反开！车性长心内应百于六王！完很革或运叫个意"
                        "矿程不。儿响并定百立六己火口世中工律年或。"
                    ),
                ),
                wrap=True,
            ),
            Part("menu", ("Live", "Tech", "Climate", "Home", "Video"), bullet="• "),
        )
    ),
    # a line of garbled characters (code points Unicode leaves unassigned) between the headline's date and
    # the standfirst: title-shaped by case alone, the dump took it for the headline nearest the article and
    # the paragraph under it for a standfirst; a line holding such a character is no title
    # a paragraph printed twice in a row, then a scrap opening in a lower-case letter: the HTML read the
    # scrap's <p> as the last piece of the second copy's <p>, wrapped, so that copy held more than the
    # first, which went as its pull quote; the dump kept both. HTML wraps no sentence across two blocks
    "a paragraph printed twice over a scrap in a block of its own": Page(
        (
            Part("para", (_ARABIC_TWIN,), wrap=True),
            Part("para", ("\u200f" + _ARABIC_TWIN + "\u2069",), wrap=True),
            Part("junk", ("ĸO§\U00065517Ñ",)),
        )
    ),
    # "Opinion", the last of two menu items, over the headline: the dump's blank lines set the pair apart
    # as a menu, the HTML's <nav> items stand in a row, and "Opinion" headed a block of teasers there (the
    # first paragraph a teaser's summary); a promo phrase in the page's <nav> is one of its items
    "a promo phrase closing a menu of two over the headline": Page(
        (
            Part("menu", ("News", "Opinion"), bullet="- "),
            Part("headline", ("И Заявил Что После Правительство",)),
            Part("para", (_CJK_REPEAT,), wrap=True),
            Part(
                "para",
                (
                    (
                        "天なチき合商真い复克中あ合量什使复争义共ゆ北れ目地存ら为市せし及深？听下产れ复了在回始声？ク"
                        "它代商へ门制行号テ下它具上决ト四半切元产老も二命命度义！"
                    ),
                ),
                wrap=True,
            ),
            Part("para", (_CJK_REPEAT,), wrap=True),
        )
    ),
    # a paragraph, a byline, then more prose in blocks of their own under the page's body: the HTML's
    # region grew past the byline to the later paragraph as the story's element went on, but the only
    # element around them was the page's body over one-paragraph blocks, which tells no more than the dump
    "prose past a byline in one-paragraph blocks under the page's body": Page(
        (
            Part(
                "para",
                (
                    (
                        "השר שיפוצים ביום השר מצפים שנים ייפתח כי והתושבים של ביום שני כי 3333! בתנועה של והתושבים בי"
                        "ום המשטרה השר אחרי של שנים 3257 לשיפור החדש והתושבים דיווחה מצפים. הממשלה החדש הממשלה שיפוצי"
                        "ם ייפתח השר מצפים אחרי כי הממשלה והתושבים החדש הודיעה לשיפור."
                    ),
                ),
            ),
            Part("byline", ("Story by Ahmed Doe und Jana Ivanova",)),
            Part("para", ("\u200fحركة في الإصلاح وأضاف الجديد السكان قالت الحكومة الاثنين القرار؟\u2069",)),
            Part(
                "para",
                (
                    (
                        "今亲布书东对单入具持要你性没气例收出志教全加周地南安山前两天已层下书信引常共适被！争极证后思"
                        "状何京色美实的才行己备及并候例么会争入所可七！列动者务我值间单！"
                    ),
                ),
                wrap=True,
            ),
            Part("byline", ("Par John Nguyen",)),
            Part("junk", ("³AÜ'ľ\U00094a05Ã",)),
            Part("byline", ("Ana Smith | Staff Writer",)),
        )
    ),
    "a garbled line between the headline and the standfirst": Page(
        (
            Part("headline", ("Bürger Wieder Haushalt Am Am Langem Neue Hat Beschlossen Nach Im",)),
            Part("date", ("2016-03-07",)),
            Part("junk", ("-ÈhúČ®³H\U0006b14cĉ\U0003e564ĕē²ĚĮĎ",)),
            Part(
                "para",
                (
                    (
                        "改中不区没值关基お称公オ亲ゆ！低全位け具因例作"
                        "万但？业号ひら员些半么传世化等引如命想华每经为。"
                    ),
                ),
                wrap=True,
            ),
            Part("byline", ("Written by Sofia Smith for AP",)),
            Part(
                "para",
                (
                    (
                        "出半通决作受と厂！消キ压八低全七整越任而上。还子圆ね组明出火か"
                        "キ。外区エ间史群と名前回九二农内在よ称响保ゆ？者规セ件ね回色劳"
                        "称别如党七历电无出カ子ち？但些常セ确进元如よ些に车タ京个听写还国め价在且查。"
                    ),
                ),
            ),
        )
    ),
}


@pytest.mark.parametrize("name", sorted(_AGREE_FIXED))
def test_html_and_its_text_rendering_agree_on_fixed_pages(name: str) -> None:
    page = _AGREE_FIXED[name]
    from_html = newsclean.clean(page.html).body
    from_text = newsclean.clean(page.html_text, format="text").body
    assert from_html
    assert shingle_f1(from_html, from_text) >= 0.9, (from_html, from_text)


# A page of menus, a page title and one six-word sentence in an <article>: no paragraph anywhere. The <article>'s
# bonus lifted the sentence to the near threshold and the HTML kept it as a short story, while the dump
# left it; an element that holds no paragraph now gives no bonus
_SCRAPS_IN_ARTICLE = Page(
    (
        Part("menu", ("Travel", "About Us", "Live"), bullet="+ "),
        Part(
            "menu",
            ("Video", "Climate", "Podcasts", "Contact Us", "Subscribe", "News", "Travel", "Privacy Policy"),
            bullet="\u00b7 ",
        ),
        Part("headline", ("Κάτοικοι Οι Νέα Μετά Η Αρχές | The Daily News",)),
        Part("para", ("A a a a 2003 a.",)),
    )
)


def test_a_page_of_scraps_in_an_article_element_has_no_body_on_either_path() -> None:
    assert newsclean.clean(_SCRAPS_IN_ARTICLE.html).body == ""
    assert newsclean.clean(_SCRAPS_IN_ARTICLE.html_text, format="text").body == ""


# A known gap: a title-case line between two paragraphs and nothing else. The text path keeps it
# inside the article, a subheading between the paragraphs; the HTML shows it in an <h1>, a heading
# out of the body. (The paragraph above holds 16 words, under metalines.SPAN_LEAD_WORDS: to the
# headline choice it is a notice over the title, as a search box's blurb is.)
_AGREE_GAP = Page(
    (
        Part(
            "para",
            (
                (
                    "О город после ремонта заявил сообщила и откроется что давно откроется правительство ожидают "
                    "чиновники город город ремонта новый."
                ),
            ),
            wrap=True,
        ),
        Part("headline", ("Ότι Δευτέρα Τη Χρόνια Πόλη Ανοίξει Νέα Άνοιξη Από Δευτέρα Αρχές Ανοίξει",)),
        Part(
            "para",
            (
                (
                    "Ремонта о новый о 1954 новый давно правительство полиция что жители полиция бюджете сообщила "
                    "что. О решения заявил понедельник мост весной жители 4914 мост город."
                ),
            ),
            wrap=True,
        ),
    )
)


# Measured with scripts/agree_survey.py. Hypothesis's draws at one seed vary between runs and code
# versions, so compare versions on saved corpora (--save once, then --pages). History: 162 of 1,000
# drawn pages disagreed at seed 0 before issue 6 work, 89 at the end of session 6 (101 at seed 1).
# Session 7, on two saved corpora of 1,000 pages (seeds 0 and 1): 103 and 85 on main (e5c7275), 71
# and 59 once a main container that groups no two paragraphs (the page's wrapper over blocks of one
# paragraph each) casts no inside/outside votes: it tells longer paragraphs from shorter, as the
# text does, not where the article is. With the HTML path's main-container votes removed outright
# none of the 71 agree: the causes left are the <h1> and <nav> the text cannot see. The commonest:
# a menu item that is also a promo phrase ("Opinion", "Video") read in a dump as a promo heading
# whose "teasers" (the rest of the menu, the headline) wall off the article. Second round: such a
# phrase that is itself a one- or two-word item between two others is no heading, and byline
# recovery reads a byline a dump split over lines ("Von" / "Eurosport") by its lone marker (the
# author that heading's block once happened to keep): 71 -> 67 and 60 -> 52 (main 694d8b4), no
# metaset author lost. Session 8: the same phrase atop a menu is no heading either, and the assembler
# reads a labelled lone marker's split byline whole: 60 and 52. A title-case headline holding a
# function word ("Μετά Γέφυρα Ανακοίνωσε") no longer reads as a bare name in the dump: 58 and 54
# (the headline it then is can move the text's article start). A site section's name in a menu run
# ("Opinion", "Reisen") votes navigation as surely as a menu word, so the text's article no longer
# absorbs a short menu between paragraphs: 51 and 53. What is left is mostly prose on
# either side of a headline (<h1> in HTML, a title-case line in text) chosen differently: "prose
# above the headline" pages disagree at 11-14%, news order at 4-5%. A sentence end before the bidi
# isolate or mark a dump prints after right-to-left prose ("...שיפוצים.\u2069") is one: no headline vote,
# so a title-case line over its byline is the headline again: 60 and 54 (as measured on e3c304a) -> 46 and 52.
# Session 9, on two fresh corpora (seeds 0 and 1, saved from e625bb0, which disagrees on 64 and 62; the
# session-7 corpora: 45 and 52 on e625bb0, 44 and 52 after): the dump's <p> bonus also for a block ending in a
# colon, and "؟" (and other scripts' full stops) end a sentence: 53, 47; a promo phrase closing a menu or
# paired with a sure menu entry is no heading: 48, 46; an <h1> opening the HTML is no <title> copy: 46, 44;
# two sure menu entries alone in a block are a menu: 46 and 39. Left: a repeated <h1> (0.70, confident)
# against its dump copy (0.50), weak prose under a headline, and shuffled pages with no headline at all.
# Session 10, on three fresh corpora (seeds 0, 1, 2, saved from 0d2672c, which disagrees on 32, 47 and 49): a
# colon before a bidi isolate ("...:\u2069") ends a dump's block as it ends a <p>: 32, 37; a repeat counts
# for an <h1> only beside the <title>, metadata or URL slug (the dump's two copies score 0.50): 22, 23; a line
# of three sentences (two "。", "？", "؟"... inside) is no title: 16, 23 and 21 (seed 2); a title of 4+ words
# that closes a menu run over a sentence is no menu item (the HTML's <h1> said so): 16, 23, 20. Left: near
# ties the HTML's <nav> and <article> settle (a paragraph past a short menu; a title under a menu whose next
# line is more menu or garbage), bare-name bylines that are headings ("Совет Мост Решения"), shuffled pages
# whose first line under a weak title reads as the title, and CJK-only pages whose prose scores near 0.5.
# Session 11, on three fresh corpora (seeds 0, 1, 2, saved from 6ad20db, which disagrees on 32, 8 and 26; Hypothesis
# draws many near-copies of one page, so 32 is about nine distinct pages): a short story's span starts under the
# first headline with prose under it, not only under the page's first title-shaped line: 32, 8, 24. Left, by
# distinct page: a paragraph past two or three short menus the <nav> walls off (the text's 0.65 menu items cost
# less than the paragraph pays), a repeated <h1> anchoring a story under its byline while the text keeps the
# prose above, a prose line ending "!" over a title-case heading read as the title, a line that scores as body
# in the text and outside the span in the HTML at a tied start, and weak CJK prose (0.43-0.49) under a title.
# Session 12, on three fresh corpora (seeds 0, 1, 2, saved from 0630ac1, which disagrees on 16, 8 and 21): the
# short story under its headline reads past a paragraph printed twice, and a body score that sums to a
# hundredth is that hundredth (a dump's 0.3499... met the near threshold of 0.35 no more): 15, 8, 20 (the
# first alone: 17, 8, 21); a sentence ending "!" or "？" that opens the article right under a title-shaped
# line of 3+ words is no second title: 13, 8, 20 (14 distinct page shapes). Left, by distinct page: mostly
# lines the HTML scores 0.08 higher for sitting in an <article>/<main> the dump cannot see (a paragraph at
# 0.91 under an <h1> against 0.83 in the dump loses to a later one at 1.00 past a menu; weak CJK prose at
# 0.47 finds no region), a paragraph past two or three short menus the <nav> walls off (menu items at 0.65
# in the dump against 0.80), a title-case line between paragraphs kept as a subheading in the text (the
# HTML's <h1>), a bare-name heading read as a byline, and two <main> elements holding one story each.
# Session 14: the session-12 corpora had become a tuning set (15, 8 and 20 on 27cb630, news-order pages 0 of
# 1,539); four fresh ones disagree more: 19 and 24 of 1,000 drawn pages (seeds 5, 6), 44 and 33 of 2,000 pages
# in news order (seeds 0, 1; pages(order="news")). Shuffled pages are not the whole gap. Rendering the HTML with
# plain <div> wrappers only (no <article>/<main> around random parts) takes off a few (44 -> 39, 33 -> 24), and
# wrapping the story in one <main><article>, as a site's template does, adds many (to 5-9%): the HTML then
# knows where the story ends, the text cannot. Two general rules: an <article>/<main> holding less than half of
# the words of the page's paragraphs gives its paragraphs no bonus (a box set apart, not the story), and a dump's
# menu block holding a sure item (a section's name, 0.65) costs what a <nav>'s item does (0.8): over the seven
# corpora 163 on 27cb630 -> 131 (10, 8, 17; 35, 26; 19, 16), devset html F1 0.9798 -> 0.9816, text kinds and
# metaset unchanged. A bar of two menu entries ("Business | Tech") is a link bar, so a dump with no other chrome is
# no already-clean body: 124; a list tail of bare dates is date strips, not the article's list: 117 (10, 8, 17;
# 25, 26; 15, 16). Left, by distinct page: a title-case heading read as a bare-name byline (0.40 against its
# headline vote of 0.35; the <h1> votes 0.55), weak prose (0.46-0.49) that an <article> wrapper lifts over the
# near threshold, and <nav> walls against a dump's weaker menu runs.
# Session 15: a list tail in HTML runs inside one block (one list, table or <br>-parted element), as a dump's
# list runs between blank lines, and an item that is a marked byline ("By Jane Doe") makes it another story's
# header strip: 112; a long Chinese or Japanese line with a "？"/"！"/"。" inside is two sentences, prose and no
# title over a byline: 101 (10, 8, 17; 15, 26; 15, 10); a page with no headline at all (the dump read the short
# title under the menu as its last item) opens a short story under a sure byline: 95 (10, 8, 17; 15, 26; 9, 10);
# a closing list of sentences, too, runs inside one HTML block and holds no marked byline: 94 (mix6 9).
# Devset and metaset unchanged on every kind.
# Session 16: a "。" with more words after it ends a sentence at any length, so a short Chinese or Japanese line of
# two sentences is no title over a byline: 90 (mix6 5); a title set apart under a menu block (a block of its own,
# 3+ words, longer than each item of the block above) is no menu item, whatever line follows it: 88; a line over
# the byline counts as the story's header over a body vote only while that vote wins by less than 0.2 (a sentence
# ending "！" that reads as prose by far is the story's first line, not its title): 77 (15, 15; 7, 3; 10, 10, 17).
# Devset and metaset unchanged on every kind but one metaset headline won (inscriptis). Left, by distinct page: the
# <article>/<main> bonus settling near ties the dump cannot see (a paragraph past a menu, junk lines between
# paragraphs), a title-case heading read as a bare name (a Greek or Russian title on a page in another language,
# whose stop words the name check does not hold), and a paragraph under the byline that has a weak title vote
# and so reads as another story's header.
# Session 17: the language is read from the lines that hold a sentence's end when a page has any (a byline or a
# title of 40+ characters in the sample could cost a page its language, and with it its lines' stop words): 75
# (15, 14; 7, 2; 10, 10, 17). Devset and metaset scores unchanged. Left: as in session 16; by distinct page about
# 35 shapes, most near ties that the <article>/<main> wrappers or a <nav> settle in the HTML.
# Session 18: most of the largest bucket ("text keeps: prose outside the article region") was not the wrappers (the
# survey with plain <div>s for <article>/<main> disagrees as often) but the resumed-prose rule, which HTML left to
# the article's element although the page's only element around its prose was the body over one-paragraph
# wrappers: such a page now reads its boxes as a dump does: 59 (2, 14; 4, 2; 10, 10, 17). A title-case heading in
# Cyrillic or Greek holding a stop word of its script's languages is no bare name whatever the page's language:
# 52 (2, 14; 4, 2; 10, 10, 10). Devset and metaset output unchanged (check_identical, 2,460 pages). A run of two or
# three navigation lines holding a sure item with a word ("Subscribe", a section's name; not a price) costs what a
# <nav>'s items do, as longer menu blocks already did: 39 (2, 14; 4, 2; 4, 3, 10); 3 of 2,460 pages change (a
# newsletter line and a blog's opening notice go, one HTML page's lines change only in their labels).
# Session 19, on two fresh corpora (2,000 news-order pages, seed 19; 1,500 mixed, seed 20), on which 48a83cc
# disagrees on 13 and 21: headline ranks are rounded before the tie-break (a title word is worth two lines of
# distance, so exact ties are common, and float noise settled them); a sure menu entry of three words ("Terms of
# Use") is a menu item to the promo heading test, so a promo phrase closing a menu of such entries heads no teaser
# block: 5 and 21. The span's growth through the story's HTML element stops at an <h1> taken for a headline
# (another story's title): 5 and 15. Devset and metaset bodies unchanged. Left, by distinct page: the
# <h1> between two paragraphs (_AGREE_GAP), shuffled pages whose <h1> anchors a later region the dump does not
# prefer, weak prose (0.30-0.47) that a <p> inside <main>/<article> lifts, a title-case Greek or Russian heading
# read as a bare name, and a title over two bylines read in the dump as a run of menu items.
# Session 20, on two fresh corpora (1,500 news-order pages, seed 21; 1,000 mixed, seed 22), on which 9e15d7b
# disagrees on 16 and 30 (the session-19 corpora had become a tuning set): English function words ("during",
# "after", "with") are in no bare name whatever the page's language (an English title-case <h1> on a German page
# read in the dump as a byline, and the text's article ran past it): 9 and 30. Left, by distinct page: a paragraph
# printed twice in a row and nothing else but menus (the text drops the first copy as an image's alt text and
# scores the second under the threshold; the HTML's <p> in <article>/<main> lifts it over), and shuffled pages
# whose <h1> or <nav> ends the HTML's article where the dump reads on (29 of the 30 mixed pages, about six shapes).
# Session 21, on five corpora drawn at its start (seeds 23-27: 1,000 mixed, 1,500 news-order, 1,500 mixed, 2,000
# mixed, 2,000 news-order) where c6cd73e disagrees on 12, 11, 8, 10 and 2: a sure title under a paragraph's worth of
# the span's own prose is a subheading, not the headline found among the span's first lines (a shuffled page's <h1>
# between paragraphs); a run of section names ends the story for the resumed-prose rule, as a menu word does; an
# <article>/<main> that holds no paragraph gives no bonus; an unbulleted date line is no menu item (a title over its
# date strip read as a run of three short items): 0, 4, 7, 5 and 2. On two fresh corpora drawn after the last of
# these (2,000 mixed, seed 28; 2,000 news-order, seed 29): 26 -> 18 and 3 -> 3. Left: a short title-case line in
# Greek or Russian read as a bare name where the HTML has it in an <h1> (the text then has no headline to anchor a
# short story under), an 11-item menu the dump's region climbs for one long paragraph behind it where the <nav>
# takes in one more item, a second byline and date between paragraphs (another entry to the dump, one <article> to
# the HTML), and pages with no paragraph of ten words whose lone sentence one path keeps.
# Session 24, on two corpora drawn at its start (2,000 mixed pages each, seeds 32 and 33; 19 and 17 disagree at
# b8c38ba): a bare name of three words or more over another name's marked byline is a title (a title-case <h1> over
# its byline strip read in the dump as a name): 9 and 17; a line holding an unassigned code point, a private-use
# glyph or U+FFFD is no title (a garbled line taken for the dump's headline): seed 33 13; HTML lines go on from one
# another only inside one block element (a scrap's <p> read as the last piece of a paragraph's <p>): 7 and 10; a
# promo phrase in the page's <nav> heads no teasers: seed 33 9; the span grows over a box to later prose of the
# story's element only where the markup holds an article: 7 and 7. On two corpora drawn later (seeds 34 and 35,
# 2,000 mixed each): 4 -> 6 and 4 -> 0 (the garbled-line rule costs a junk <p> under a headline its title vote,
# and the <p>'s body vote, which a dump's line lacks, then makes it the HTML's article). Left: that shape, weak
# prose (0.3-0.47) a <p> in <article> lifts, a twin paragraph of two sentences read in the dump as a title printed
# twice, and a short title under a paragraph of fewer than SPAN_LEAD_WORDS words (_AGREE_GAP; lowering it to 12
# took a dev page's "Skip to content" for its headline).
@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="HTML and text paths still disagree on 0-0.4% of generated pages (F1 < 0.9; 7, 7, 6 and 0 of four corpora "
    "of 2,000 mixed pages): weak prose a <p> in <article> lifts, a junk <p> under the headline, a twin paragraph "
    "read in the dump as a title printed twice, a title under a short first paragraph; classifier/context",
)
@example(_AGREE_GAP)
@settings(phases=(Phase.explicit, Phase.reuse, Phase.generate))  # shrinking a known gap only costs CI time
@given(pages())
def test_html_and_its_text_rendering_agree(page: Page) -> None:
    from_html = newsclean.clean(page.html).body
    from_text = newsclean.clean(page.html_text, format="text").body
    assert shingle_f1(from_html, from_text) >= 0.9, (from_html, from_text)


def test_collapse_is_the_documented_normalisation() -> None:
    # guards the helper the substring tests rely on
    assert collapse("a \t b\r\nc\x00d\u2028e") == "a b c d e"
