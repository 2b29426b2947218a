"""Search over cause cards.

`build_search_index()` is what the browser filters as you type (so search works offline);
`search()` is the same ranking in Python, for the server and the tests. Matching is by word start,
so "caffe" finds "caffeine" but "tea" never finds "steady".
"""

import re
from typing import TypedDict

from twitch_app.knowledge.loader import load_knowledge
from twitch_app.knowledge.models import CauseCard, KnowledgeBase
from twitch_app.knowledge.vocab import CATEGORIES


class SearchEntry(TypedDict):
    id: str
    title: str
    category: str
    summary: str
    rare: bool
    keywords: str  # normalised title + synonyms: hits here rank first
    haystack: str  # normalised title + synonyms + every sentence on the card


# Tiers, best first. Lower numbers sort earlier.
PHRASE_IN_TITLE, PHRASE_IN_SYNONYM, WORDS_IN_KEYWORDS, WORDS_IN_TEXT = range(4)


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces: "Parkinson's" -> "parkinsons"."""
    text = re.sub(r"['\u2019]", "", text.lower())
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", text).split())


# Shorter queries must match a whole word, so "als" finds ALS but not "also", and "tea" does not
# find "team". Longer ones match the start of a word, so results appear while you type.
WHOLE_WORD_BELOW = 4


def _contains_words(haystack: str, phrase: str) -> bool:
    """True if `phrase` occurs in `haystack` at the start of a word (as a whole word if short)."""
    if len(phrase) < WHOLE_WORD_BELOW:
        return f" {phrase} " in f" {haystack} "
    return f" {phrase}" in f" {haystack}"


def _entry(card: CauseCard) -> SearchEntry:
    keywords = normalise(" ".join((card.title, *card.synonyms)))
    body = " ".join(
        (card.summary, card.why, *card.signs, *card.examples, card.see_doctor, card.category)
    )
    return SearchEntry(
        id=card.id,
        title=card.title,
        category=card.category,
        summary=card.summary,
        rare=card.rare,
        keywords=keywords,
        haystack=f"{keywords} {normalise(body)}",
    )


def build_search_index(kb: KnowledgeBase | None = None) -> list[SearchEntry]:
    """One compact entry per cause card, in display order, ready to ship to the browser."""
    kb = kb or load_knowledge()
    return [_entry(card) for card in kb.causes]


def _tier(card: CauseCard, entry: SearchEntry, phrase: str) -> int | None:
    """How well a card matches, or None when some word of the query is missing."""
    words = phrase.split()
    if not all(_contains_words(entry["haystack"], word) for word in words):
        return None
    if _contains_words(normalise(card.title), phrase):
        return PHRASE_IN_TITLE
    if any(_contains_words(normalise(synonym), phrase) for synonym in card.synonyms):
        return PHRASE_IN_SYNONYM
    if all(_contains_words(entry["keywords"], word) for word in words):
        return WORDS_IN_KEYWORDS
    return WORDS_IN_TEXT


def search(
    query: str, category: str | None = None, kb: KnowledgeBase | None = None
) -> tuple[CauseCard, ...]:
    """Cause cards matching every word of `query`, best first.

    Title and synonym hits rank above hits in the card text. An empty query lists every card, as
    a filter box would. The rare-conditions card is never ranked among everyday causes: when it
    matches, it comes after all of them.
    """
    if category is not None and category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {CATEGORIES}")
    kb = kb or load_knowledge()
    phrase = normalise(query)
    ranked: list[tuple[bool, int, int, CauseCard]] = []
    for position, card in enumerate(kb.causes):
        if category is not None and card.category != category:
            continue
        tier = _tier(card, _entry(card), phrase) if phrase else WORDS_IN_TEXT
        if tier is not None:
            ranked.append((card.rare, tier, position, card))
    ranked.sort(key=lambda item: item[:3])
    return tuple(item[3] for item in ranked)
