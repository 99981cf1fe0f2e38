"""Fuzzy search over every loaded article (rapidfuzz), built once per load.

    search_index = SearchIndex.build(articles, facts)       # once per load (facts: a FactTable)
    hits = search_index.search("kishda sumit", limit=50, cancel=None)

What is searched: every sentence of every body (``kind="passage"``), titles and
deks, entity names with the ways they are mentioned (``"entity"``) and quote
speakers (``"quote"``). Query syntax is in ``query``; the order of results in
``rank``; what a ``Hit``'s marks mean in ``hits``.

Design, in two stages per query (``index``, ``engine``):

1. Candidates. Each query word is expanded over the briefing's vocabulary
   (``vocab``): itself, completions when it is the word being typed, and when it
   is not a real word of the briefing its closest corrections (rapidfuzz
   Levenshtein, same first letter), cached per word. Every section keeps, per
   vocabulary word, the sorted numbers of the items containing it; those become
   bit masks (Python integers, ``bits``), so "passages with every word",
   "... every word exact" and "in an article whose title matches" are a few
   big-integer ANDs.
2. Scoring. At most a few hundred candidates, best masks first, are scored
   exactly from their stored word ids: words matched, exactness, title lift,
   closeness of the words.

Passages are stored as (article, start, end) numbers into the bodies, never as
copies. No Textual import here.
"""

from briefing.search.engine import SearchIndex
from briefing.search.hits import Hit

__all__ = ["Hit", "SearchIndex"]
