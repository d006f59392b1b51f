"""The labels a line can get.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum

__all__ = ["Label"]


class Label(enum.Enum):
    """What a line of a page is.

    The assembler keeps ``BODY`` lines as the article and reads metadata from
    ``HEADLINE``, ``SUMMARY``, ``BYLINE`` and ``DATELINE`` lines; every other
    label is boilerplate that is dropped.

    .. versionadded:: 0.1.0
    """

    HEADLINE = "headline"
    """The article's own title."""
    SUMMARY = "summary"
    """The standfirst or dek under the headline."""
    BYLINE = "byline"
    """Who wrote it: "By Jane Doe", "Devdiscourse News Desk"."""
    DATELINE = "dateline"
    """Where and when: "TOKYO (Reuters) —", "Updated: 07-11-2024 07:25 IST"."""
    BODY = "body"
    """A paragraph, list item or table row of the article itself."""
    CAPTION = "caption"
    """A photo caption or credit."""
    NAVIGATION = "navigation"
    """Menus, breadcrumbs, footers, legal and cookie text."""
    PROMO = "promo"
    """Teasers, "Trending", "Read more", share buttons, newsletter boxes."""
    COMMENT = "comment"
    """Reader comments after the article."""
    BLANK = "blank"
    """An empty line."""
    OTHER = "other"
    """Anything else: short labels, stray text that is no part of the article."""

    @property
    def is_content(self) -> bool:
        """Whether lines with this label belong to the article (body or metadata)."""
        return self in _CONTENT


_CONTENT = frozenset({Label.HEADLINE, Label.SUMMARY, Label.BYLINE, Label.DATELINE, Label.BODY})
