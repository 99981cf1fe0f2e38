"""Any query string on a small index returns well-formed hits, without exceptions."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.model import Article
from briefing.search import SearchIndex
from tests.search.test_search import check_well_formed

PIECES = st.sampled_from(
    ["kishida", "kishda", "summit", "sumit", "speaker:", "who:", '"', "easley", "budget", "the", "*", " ", "-", "’s"]
)
QUERIES = st.one_of(st.text(max_size=60), st.lists(PIECES, max_size=8).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERIES, limit=st.integers(min_value=0, max_value=20))
def test_any_query_is_safe(index: SearchIndex, articles: list[Article], text: str, limit: int) -> None:
    hits = index.search(text, limit=limit)
    assert len(hits) <= limit
    check_well_formed(hits, articles)
    keys = [hit.score for hit in hits]
    assert keys == sorted(keys, reverse=True)
