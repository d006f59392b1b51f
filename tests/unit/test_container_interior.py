"""HTML: a story-header-shaped line between the main container's paragraphs does not cut the article."""

from __future__ import annotations

import newsclean

_P = (
    "<p>Officials said on {} that the old bridge over the river would reopen after a repair "
    "that took two long years and cost far more than the town had planned.</p>"
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def _page(embed: str) -> str:
    before = "".join(_P.format(d) for d in _DAYS[:3])
    after = "".join(_P.format(d) for d in _DAYS[3:])
    return (
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
        "<h1>Old Bridge Reopens After Two Years</h1><p class='byline'>By Jane Doe</p>"
        f"<div class='story-text'>{before}{embed}{after}</div>"
        "<footer><p>Copyright 2024 The Daily News. All rights reserved.</p></footer></body></html>"
    )


# an embedded social post: a short title line, then "shared by ... on <date>" (a story header's shape)
_EMBED = (
    "<blockquote><p><a href='https://example.com/p/1'>Our bridge is back</a></p>"
    "<p>A post shared by Town Hall (@townhall) on 23 Oct 2017 at 9:04 PDT</p></blockquote>"
)


def test_paragraphs_after_an_embedded_post_stay_in_the_body() -> None:
    body = newsclean.clean(_page(_EMBED), format="html").body
    for day in _DAYS:
        assert f"Officials said on {day}" in body

