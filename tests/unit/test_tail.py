"""The article's sign-off tail: marked lines at a region's end are cut, plain paragraphs never."""

from __future__ import annotations

import newsclean
from newsclean import Label, Vote
from newsclean.lines import split_lines
from newsclean.pipeline import Decision, Revised
from newsclean.tail import TAIL_MAX_LINES, tail_mark, trim_tail

PARA = "Officials said on day {} that the old bridge would reopen after a long and costly repair of its deck."


def body(score: float = 0.9) -> Decision:
    return Decision(Label.BODY, score, "test", "prose", (("test", Vote(Label.BODY, score, "prose")),))


def revised(decisions: list[Decision]) -> list[Revised]:
    return [Revised(d.label, d.score, d.classifier, d.reason) for d in decisions]


def run(texts: list[str]) -> int:
    lines = split_lines("\n".join(texts))
    decisions = [body() for _ in lines]
    return trim_tail(lines, decisions, revised(decisions), 0, len(lines) - 1)


STORY = [PARA.format(n) for n in range(8)]


def test_marks() -> None:
    lines = split_lines(
        "Email Jane Doe at jdoe@example.com or follow her @janedoe.\n"
        "Sign up for our newsletter and get the latest news in your inbox.\n"
        "More from Space...\n"
        "The mayor said the bridge would reopen."
    )
    assert [tail_mark(ln, body()) for ln in lines] == [True, True, True, False]


def test_sign_off_box_is_cut_with_its_unmarked_lines() -> None:
    box = [
        "Email Jane Doe at jdoe@example.com or follow her on social media.",
        "Get breaking news and the latest updates on launches and more!",
        "No spam, we promise. You can unsubscribe at any time.",
    ]
    assert run(STORY + box) == len(STORY) - 1


def test_plain_ending_is_never_cut() -> None:
    texts = [*STORY[:4], "Sign up for the course opened on Monday, the school said.", *STORY[4:]]
    assert run(texts) == len(texts) - 1


def test_cut_is_bounded_by_window_and_share() -> None:
    # the earliest mark is further back than TAIL_MAX_LINES lines: only the window goes
    short = [f"Line {n} of the story goes on here." for n in range(TAIL_MAX_LINES + 2)]
    texts = [*STORY, "Follow us for more.", *short, "No spam, we promise."]
    assert run(texts) == len(texts) - 2
    # a "tail" as long as the story itself is not a tail
    assert run([PARA.format(1), "Join our forums today and talk about it with friends.", PARA.format(2) + " @x"]) == 2


def test_clean_drops_the_sign_off_with_a_reason() -> None:
    page = "\n\n".join(
        [
            "Home | News | Sport",
            *STORY,
            "Email Jane Doe at jdoe@example.com or follow her @janedoe.",
            "No spam, we promise. You can unsubscribe at any time.",
            "Privacy policy | Terms of use",
        ]
    )
    article = newsclean.clean(page)
    assert "jdoe@example.com" not in article.body
    assert article.body.count("Officials said") == len(STORY)
    reasons = {ll.reason for ll in article.lines if "jdoe@" in ll.line.text}
    assert reasons == {"sign-off after the article"}
