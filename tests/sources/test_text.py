from __future__ import annotations

import itertools

import pytest

from briefing.sources import iter_load
from briefing.sources.text import is_chrome, parse_text
from tests.conftest import SEED, shared


def test_seed_title_dek_and_body() -> None:
    article = parse_text(SEED.read_text(encoding="utf-8"), str(SEED))
    assert article.title == "Japan's PM offered to meet with Kim Jong Un 'as soon as possible,' North Korea says"
    assert article.dek.startswith("North Korea said that Japanese Prime Minister Fumio Kishida offered")
    assert article.body.startswith("North Korea said Monday")
    assert article.title not in article.body
    assert "What's Your Reaction?" not in article.body
    # Curly and straight quotes are kept exactly as written.
    assert "countries’ first summit" in article.body
    assert '"as soon as possible,"' in article.body


def test_paragraph_ranges_cover_the_body_exactly() -> None:
    article = parse_text(SEED.read_text(encoding="utf-8"), str(SEED))
    assert len(article.paragraphs) == 20
    for span in article.paragraphs:
        text = article.body[span.start : span.end]
        assert text and text == text.strip() and "\n\n" not in text
    assert article.paragraphs[0].start == 0 and article.paragraphs[-1].end == len(article.body)
    # The "\n\n\n" run in the seed collapsed to one paragraph break.
    assert "\n\n\n" not in article.body


@pytest.mark.parametrize(
    "chrome",
    [
        "Share this article",
        "Advertisement",
        "Read more",
        "Sign up for our newsletter",
        "What's Your Reaction?",
        "We use cookies to improve your experience. By continuing you accept our use of cookies.",
    ],
)
def test_site_chrome_between_and_after_paragraphs_is_dropped(chrome: str) -> None:
    text = f"Headline here\n\nFirst paragraph of the story.\n\n{chrome}\n\nSecond paragraph.\n\n{chrome}\n"
    article = parse_text(text, "x.txt")
    assert article.body == "First paragraph of the story.\n\nSecond paragraph."


def test_chrome_words_inside_real_sentences_stay() -> None:
    assert not is_chrome("Read more about the plan in the minister's statement, officials said.")
    text = "Headline\n\nAdvertisement spending rose 5% last year, the report said.\n\nMore text."
    assert "Advertisement spending" in parse_text(text, "x.txt").body


def test_byline_and_dateline_at_the_top() -> None:
    text = "A headline\n\nBy Jane Doe and John Roe\n\nPublished: 12 March 2024\n\nThe story begins here. It goes on."
    article = parse_text(text, "x.txt")
    assert article.byline == "Jane Doe and John Roe"
    assert article.published == "Published: 12 March 2024"
    assert article.body == "The story begins here. It goes on."


def test_a_lead_that_does_not_restate_is_body_not_dek() -> None:
    text = "Markets rally\n\nShares rose on Tuesday.\n\nThe central bank cut rates by a quarter point overnight."
    article = parse_text(text, "x.txt")
    assert article.dek == ""
    assert article.body.startswith("Shares rose")


def test_empty_file_is_an_untitled_article_not_a_crash() -> None:
    article = parse_text("", "/tmp/empty.txt")
    assert article.body == "" and article.paragraphs == ()
    assert article.title == "empty.txt"


def test_whole_bbc_corpus_loads_with_titles() -> None:
    items = list(iter_load([str(shared("corpus/bbc"))]))
    articles = [item for item in items if hasattr(item, "body")]
    assert len(items) == len(articles) == 2225
    assert all(article.title and article.body for article in articles)
    assert len({article.id for article in articles}) == 2225  # duplicated texts are still separate articles
    blair = [article for article in articles if article.title == "Blair congratulates Bush on win"]
    assert len(blair) == 1


def test_ids_are_stable_across_runs_and_working_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    first = next(iter_load([str(SEED)]))
    monkeypatch.chdir(SEED.parent)
    second = next(iter_load([SEED.name]))
    assert first.id == second.id


def test_split_paragraphs_and_words_match_their_regexes() -> None:
    from briefing.sources.text import _BLANK_LINES, _WORD, _words, split_paragraphs

    pieces = ["\n", "\n\n", " ", "\t", "\x0b", "\x0c", "\xa0", "\u2028", "a", "B_9", "é", "'", "-"]
    for parts in itertools.product(pieces, repeat=4):
        text = "".join(parts)
        assert split_paragraphs(text) == [b.strip() for b in _BLANK_LINES.split(text.strip()) if b.strip()]
        assert _words(text) == _WORD.findall(text)


def test_a_standfirst_that_restates_the_lead_is_the_dek() -> None:
    text = (
        "Rates cut\n\nCentral bank cuts interest rates to record low.\n\n"
        "The central bank cut interest rates to a record low on Tuesday, citing weak growth.\n\nMore."
    )
    article = parse_text(text, "x.txt")
    assert article.dek == "Central bank cuts interest rates to record low."
    assert article.body.startswith("The central bank cut")


def test_a_cookie_notice_of_a_few_sentences_is_dropped_but_a_story_about_cookies_stays() -> None:
    notice = "This website uses cookies. " + "We value your privacy and explain how in our policy. " * 3
    story = "Bakers said cookie sales rose 12% this year, as shoppers sought small treats. " * 2
    article = parse_text(f"Headline\n\nFirst paragraph.\n\n{notice}\n\n{story}", "x.txt")
    assert "This website uses cookies" not in article.body
    assert "cookie sales rose" in article.body
