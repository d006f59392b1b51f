"""Body: how much a line reads like article prose.

The score mixes, in order of weight:

* length: article paragraphs are long, chrome is short;
* sentence punctuation at the end;
* stop-word density in the page's language (prose is full of "the", "der", "de");
* penalties for title case, link markers, digits and symbols, and repetition;
* HTML: a ``<p>`` inside ``<article>`` helps, link text and headings hurt; in a text dump,
  a sentence that stands as a block of its own (a blank line above and below) is the
  rendering of a ``<p>`` and gets the same help.

Every line with a score at or above ``min_score`` gets a ``BODY`` vote with that
score; the context pass decides which of them form the article.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean.classifiers.base import PageContext, Vote
from newsclean.labels import Label
from newsclean.lines import Line, visible_end

__all__ = ["Body", "body_score"]

# What a paragraph element adds to a line's score. A text dump has no tags, but a browser or
# converter prints a <p> as a block of its own, between blank lines; a sentence printed that
# way gets the same bonus (menus and lists print their items without blank lines between them),
# so a page's HTML and its text rendering score their paragraphs alike.
PARAGRAPH_BONUS = 0.08
# How far a float sum of the score's parts may stray from the hundredth it is.
FLOAT_NOISE = 1e-9
# A line this long counts as a paragraph when telling how many story elements hold paragraphs.
ARTICLE_PARAGRAPH_WORDS = 10
# The story element holds at least this share of the words of the page's paragraphs.
ARTICLE_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Body:
    """Votes ``BODY`` on prose-like lines, scored by :func:`body_score`.

    >>> from newsclean.lines import split_lines
    >>> text = "Officials said on Monday that the bridge would reopen after repairs were finished."
    >>> Body().classify(split_lines(text), PageContext())[0].label.name
    'BODY'

    .. versionadded:: 0.1.0
    """

    name: str = "body"
    """Registry name."""
    full_words: int = 30
    """A line this long gets the whole length credit; shorter lines get a share."""
    stopword_target: float = 0.3
    """Stop-word share at which prose gets the whole stop-word credit."""
    min_score: float = 0.15
    """Lines scoring below this get no vote."""

    def classify(self, lines: Sequence[Line], context: PageContext) -> list[Vote | None]:
        """Vote on each line."""
        have_stopwords = any(line.stopword_ratio for line in lines)
        # an <article> wraps the story, so its paragraphs score higher; when several story elements
        # hold paragraphs (teaser cards, each an <article>), being in one says little, and a text
        # rendering of the page, which has no tags, scores the same paragraphs alike
        stories = {
            line.markup.story
            for line in lines
            if line.markup is not None and line.markup.in_article and line.words >= ARTICLE_PARAGRAPH_WORDS
        }
        # (an element that holds no paragraph at all says nothing of the story either: a page of scraps)
        one_story = len(stories) == 1
        # ...and an element that holds less than half the page's paragraphs wraps a box set apart from
        # the story (a quote, a teaser, an aside), not the story: being in it says little either
        paragraphs = [line for line in lines if line.words >= ARTICLE_PARAGRAPH_WORDS]
        inside = sum(line.words for line in paragraphs if line.markup is not None and line.markup.in_article)
        one_story = one_story and inside >= ARTICLE_SHARE * sum(line.words for line in paragraphs)
        votes: list[Vote | None] = []
        for line in lines:
            if not line.text:
                votes.append(None)
                continue
            score = body_score(
                line, have_stopwords=have_stopwords, full_words=self.full_words, stopword_target=self.stopword_target,
                article_bonus=one_story,
            )
            votes.append(Vote(Label.BODY, score, _reason(line, score)) if score >= self.min_score else None)
        return votes


def body_score(
    line: Line, *, have_stopwords: bool, full_words: int = 30, stopword_target: float = 0.3, article_bonus: bool = True
) -> float:
    """How much ``line`` reads like article prose, from 0 to 1.

    ``article_bonus`` off: a line inside ``<article>``/``<main>`` scores as one outside (the page has
    several story elements holding paragraphs).

    >>> from newsclean.lines import split_lines
    >>> prose, menu = split_lines("They said the plan, agreed last week, would cut costs.\\nLatest News")
    >>> body_score(prose, have_stopwords=False) > body_score(menu, have_stopwords=False)
    True

    .. versionadded:: 0.1.0
    """
    if line.words < 2 or not line.letter_ratio:
        # prose has letters: a line of digits and signs alone is a table's row or a page's furniture, and
        # body only where the article around it takes it in
        return 0.0
    score = 0.45 * min(1.0, line.words / full_words)
    # a dump prints a bidi isolate after right-to-left prose ("...באביב:\u2069"): the colon still ends the line
    text = line.text if line.text[-1].isprintable() else visible_end(line.text)
    if line.terminal:
        score += 0.3
    elif text[-1:] in {",", ";", ":"}:
        score += 0.1
    else:
        # short lines that end without punctuation are titles, teasers and labels far more often than prose
        score -= 0.1 * max(0.0, 1 - line.words / full_words)
    if have_stopwords:
        score += 0.25 * min(1.0, line.stopword_ratio / stopword_target)
    else:
        score += 0.12
    # headlines and menu items are title case; prose is not
    if line.title_ratio > 0.7 and line.words < 20:
        score -= 0.25
    if line.link_markers:
        score -= 0.12 * min(line.link_markers, 3)
    if line.digit_ratio > 0.3:
        score -= 0.2
    if line.punct_ratio > 0.25:
        score -= 0.15
    if line.repeats:
        # the same paragraph twice on one page is a teaser or a widget, not the article
        score -= 0.15 if line.words < 8 else 0.4
    if line.upper_ratio > 0.8 and line.words > 2:
        score -= 0.2
    markup = line.markup
    # a block that ends in a colon ("... the minister said:") is a paragraph too: its <p> gets the bonus
    ended = line.terminal or text.endswith(":")
    if markup is None and ended and line.blank_before and line.blank_after and not line.bullet:
        score += PARAGRAPH_BONUS
    if markup is not None:
        if markup.heading:
            score -= 0.3
        score -= 0.5 * markup.link_density
        if markup.tag == "p":
            score += PARAGRAPH_BONUS
        if markup.in_article and article_bonus:
            score += 0.08
    score = max(0.0, min(1.0, score))
    # a sum of tenths and hundredths lands a hair off the hundredth it is (0.35 as 0.34999...), under a
    # threshold it meets: snap such a sum to that hundredth, and leave every other score as it is
    cents = round(score, 2)
    return cents if abs(score - cents) < FLOAT_NOISE else score


def _reason(line: Line, score: float) -> str:
    bits = [f"{line.words} words"]
    if line.terminal:
        bits.append("ends a sentence")
    if line.stopword_ratio:
        bits.append(f"{line.stopword_ratio:.0%} stop words")
    return f"prose score {score:.2f}: " + ", ".join(bits)
