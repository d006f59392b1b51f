# Copyright 2024 newsclean developers. Licensed under the Apache License, Version 2.0.
"""Tests for newsclean.html.byline: author and date marks in the page body."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.html.byline import (
    _AUTHOR_CLASS,
    _COPYRIGHT_HINT,
    MAX_BYLINE_CHARS,
    BodyMarks,
    _may_hold_copyright,
    _may_name_author,
    find_body_marks,
)
from newsclean.html.parse import parse_html


def marks(body: str) -> BodyMarks:
    return find_body_marks(parse_html(f"<html><body>{body}</body></html>"))


def test_plain_page_has_no_marks() -> None:
    assert marks("<h1>Title</h1><p>Text by nobody in particular.</p>") == BodyMarks()


def test_rel_author_itemprop_and_class_marks() -> None:
    assert marks('<a rel="author" href="/u/tine">Tine</a>').bylines == ("Tine",)
    assert marks('<span itemprop="author">Ann Lee</span>').bylines == ("Ann Lee",)
    assert marks('<p class="autorenzeile">Von Anna Schmidt</p>').bylines == ("Von Anna Schmidt",)
    assert marks('<div class="article-byline">Por Juan Pérez</div>').bylines == ("Por Juan Pérez",)


def test_itemprop_name_inside_the_author_element() -> None:
    page = '<div itemprop="author"><meta itemprop="name" content="Julius Richter"><img alt="x"> Autor/in</div>'
    assert marks(page).bylines == ("Julius Richter",)


def test_name_elements_come_before_byline_strips() -> None:
    page = '<div class="entry-meta-author">Matthias <a class="author-twitter">@mt</a></div>'
    page += '<a class="herald-author-name" href="/a/m">Matthias</a>'
    assert marks(page).bylines[0] == "Matthias"


def test_comment_sidebar_and_footer_authors_are_skipped() -> None:
    page = (
        '<ol class="commentlist"><li><b class="comment-author">Bob</b></li></ol>'
        '<div id="sidebar"><span class="author">Other Writer</span></div>'
        '<ul class="related-posts"><li><span class="author">Teaser Writer</span></li></ul>'
        '<div class="footer-socket"><a rel="author" href="https://theme.example">ThemeMaker</a></div>'
    )
    assert marks(page).bylines == ()


def test_a_posts_taxonomy_classes_do_not_hide_its_byline() -> None:
    page = '<div class="post tag-menu category-recent"><a rel="author" href="/a/o">oradmin</a></div>'
    assert marks(page).bylines == ("oradmin",)


def test_long_author_boxes_are_skipped() -> None:
    bio = "Anna writes about cities and the people in them. " * 5
    assert len(bio) > MAX_BYLINE_CHARS
    assert marks(f'<div class="author-box">{bio}</div>').bylines == ()
    short = "Anna writes about cities."
    assert marks(f'<div class="author">{short}</div>').bylines == (short,)


def test_avatar_and_bio_classes_are_not_bylines() -> None:
    assert marks('<div class="author-avatar">Anna</div><p class="author-bio">Anna</p>').bylines == ()


def test_published_and_updated_dates() -> None:
    page = (
        '<time class="entry-date published" datetime="2020-01-20T08:40:32+01:00">20 janvier 2020</time>'
        '<time class="updated" datetime="2020-01-21T12:08:45+01:00">21 janvier</time>'
        '<span itemprop="datePublished" content="2020-01-19">x</span>'
        '<abbr class="published" title="2020-01-18">y</abbr>'
    )
    found = marks(page)
    assert found.published == ("2020-01-20T08:40:32+01:00", "2020-01-19", "2020-01-18")
    assert found.updated == ("2020-01-21T12:08:45+01:00",)


def test_comment_dates_are_skipped() -> None:
    page = '<div class="comments"><time class="published" datetime="2020-01-22">22</time></div>'
    assert marks(page).published == ()


def test_layout_words_and_platform_widgets_are_not_sidebars() -> None:
    page = '<div class="container right-sidebar"><div class="widget Blog"><a rel="author">Paddy</a></div></div>'
    assert marks(page).bylines == ("Paddy",)
    assert marks('<div class="widget_recent_entries"><a rel="author">Other</a></div>').bylines == ()


def test_byline_repeated_in_noscript_is_read() -> None:
    page = '<noscript><span class="byline-author">Posted by Ann Lee and Bob Roe</span></noscript>'
    assert marks(page).bylines == ("Posted by Ann Lee and Bob Roe",)


def test_footer_copyright_notice_names_its_holder() -> None:
    for notice, holder in [
        ("Copyright (c) 2012- Jane Doe. All rights reserved. Design by X", "Jane Doe"),
        ("(c) Hans Wolf • Weitere Rechte siehe Impressum", "Hans Wolf"),
        ("© 2020 Ana Pérez\xa0", "Ana Pérez"),
        ("Copyrights &copy; 2017 Blogger313. All Rights Reserved.", "Blogger313"),
        ("© Jane Doe 2024 alle Rechte vorbehalten", "Jane Doe"),
        ("© 2024 Example Verein e.V.", None),  # the name goes on past the dot: a company's
        ("© 2024 Infor Biznes Sp. z o.o.", None),
    ]:
        assert marks(f'<div class="site-footer"><p>{notice}</p></div>').copyright == holder, notice
    # the last notice in a footer counts; a photo credit outside the footer does not
    page = "<figure><figcaption>© Ann Photographer</figcaption></figure><footer><p>© 2021 Jane Doe</p></footer>"
    assert marks(page).copyright == "Jane Doe"
    assert marks("<figure><figcaption>© Ann Photographer</figcaption></figure>").copyright is None


@given(st.text(alphabet="abdefhilmnoprstuwyABFHRTUVW- _ſKİı1", max_size=24))
@settings(max_examples=400, deadline=None)
def test_author_gate_passes_wherever_the_class_pattern_matches(value: str) -> None:
    # the cheap test before _AUTHOR_CLASS may let more through, never less
    if _AUTHOR_CLASS.search(value):
        assert _may_name_author(value)


def test_author_class_folded_outside_ascii_is_still_found() -> None:
    # "ſ" (long s) matches "s" case-insensitively, but str.lower() keeps it
    assert marks('<p class="verfaſſer">Ann Lee</p>').bylines == ("Ann Lee",)
    assert marks('<p class="BYLINE">Ann Lee</p>').bylines == ("Ann Lee",)


def test_copyright_gate_passes_wherever_the_hint_matches() -> None:
    # every character the case-insensitive hint matches for each letter of "(c)" and "copyright" (over all
    # code points): outside ASCII only "©" itself, and the dotted capital İ for the "i" after "copyr",
    # so the cheap gate's substring tests let through every text the hint matches
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    for position, letter in enumerate("copyright"):
        others = {ch for ch in regex.findall(letter, every, flags=regex.IGNORECASE) if not ch.isascii()}
        assert others <= ({"İ"} if position >= len("copyr") else set()), (letter, others)
    assert set(regex.findall("c", every, flags=regex.IGNORECASE)) == {"c", "C"}
    for text in ("(C) 2020 Ann", "© Ann", "COPYRİGHT Ann", "CopyRight 2020", "x (c) y"):
        assert _COPYRIGHT_HINT.search(text)
        assert _may_hold_copyright(text)
    assert not _may_hold_copyright("Photo: Ann Lee (Reuters)")


def test_memoized_classes_give_the_same_marks_on_repeated_elements() -> None:
    page = (
        '<span class="byline">Ann Lee</span><span class="byline">Bob Roe</span>'
        '<time class="published" datetime="2024-05-01">1 May</time>'
        '<time class="published" datetime="2024-05-02">2 May</time>'
        '<span class="updated" title="2024-06-01">June</span><span class="updated" title="2024-06-02">June</span>'
    )
    found = marks(page)
    assert found.bylines == ("Ann Lee", "Bob Roe")
    assert found.published == ("2024-05-01", "2024-05-02")
    assert found.updated == ("2024-06-01", "2024-06-02")
