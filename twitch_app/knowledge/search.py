"""Search over every card people look for: causes, remedies, kinds of twitch and red flags.

`build_search_index()` is what the browser ranks as you type (so search works offline);
`search()` is the same ranking in Python, for the CLI and the tests; `ALIASES` is shipped to the
browser too, so both sides read the same words. Matching:

- by word start, so "caffe" finds "caffeine" but "tea" never finds "steady" (words under 4
  letters must match a whole word: "als" is not "also");
- after ALIASES rewrite what people type ("mnd", "sleep jerk", "pins and needles") into the
  words the cards use;
- with one typo allowed in a word of 5 letters or more ("magnesum", "caffine", "anxeity"): a
  word no card contains is replaced by the card word one edit away that the most cards use
  (ties: the first in alphabetical order), then the query is ranked as usual.

The rare-conditions card is never ranked beside everyday causes: it always comes last.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypedDict

from twitch_app.knowledge.loader import load_knowledge
from twitch_app.knowledge.models import KnowledgeBase, Record
from twitch_app.knowledge.taxonomy import CATEGORIES

KINDS: tuple[str, ...] = ("cause", "remedy", "type", "red_flag")


class SearchEntry(TypedDict):
    id: str
    kind: str  # one of KINDS
    target: str  # the card it opens: its own id, or for a red flag the cause card that shows it
    title: str
    category: str  # a cause card's category; the kind's label otherwise
    summary: str
    rare: bool
    keywords: str  # normalised title + synonyms: hits here rank first
    haystack: str  # normalised title + synonyms + every sentence on the card


@dataclass(frozen=True)
class Hit:
    id: str
    kind: str
    target: str
    title: str
    category: str
    rare: bool


# What people type -> the words the cards use. Whole words only; applied in this order.
ALIASES: tuple[tuple[str, str], ...] = (
    ("mnd", "motor neurone disease"),
    ("lou gehrig", "als"),
    ("neuron", "neurone"),
    ("sleep jerk", "hypnic jerk"),
    ("sleep jerks", "hypnic jerk"),
    ("eye twitch", "eyelid twitch"),
    ("eye twitching", "eyelid twitch"),
    ("pins and needles", "tingling"),
    ("charlie horse", "charley horse"),
    ("cramps", "cramp"),
    ("bfs", "benign fasciculation"),
    ("rls", "restless legs"),
)

KIND_LABELS = {"remedy": "Remedy", "type": "Kind of twitch", "red_flag": "When to see a doctor"}

# Tiers, best first.
PHRASE_IN_TITLE, PHRASE_IN_SYNONYM, WORDS_IN_KEYWORDS, WORDS_IN_TEXT = range(4)
WHOLE_WORD_BELOW = 4
TYPO_FROM = 5


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces: "Parkinson's" -> "parkinsons"."""
    text = re.sub(r"['\u2019]", "", text.lower())
    return " ".join(re.sub(r"[^a-z0-9%]+", " ", text).split())


def expand(phrase: str) -> str:
    """Rewrite what people type into the cards' words (whole words only)."""
    padded = f" {phrase} "
    for typed, meant in ALIASES:
        padded = padded.replace(f" {typed} ", f" {meant} ")
    return padded.strip()


def _contains_words(haystack: str, phrase: str) -> bool:
    """True if `phrase` occurs in `haystack` at the start of a word (as a whole word if short)."""
    if len(phrase) < WHOLE_WORD_BELOW:
        return f" {phrase} " in f" {haystack} "
    return f" {phrase}" in f" {haystack}"


def one_edit_apart(a: str, b: str) -> bool:
    """True if a and b differ by at most one insertion, deletion, change or swap of neighbours."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def correct(phrase: str, entries: list[SearchEntry]) -> str:
    """Replace each word of 5 letters or more that no card contains by its nearest card word."""
    words = phrase.split()
    for index, word in enumerate(words):
        if len(word) < TYPO_FROM or any(_contains_words(e["haystack"], word) for e in entries):
            continue
        counts: dict[str, int] = {}
        for entry in entries:
            for candidate in set(entry["haystack"].split()):
                if one_edit_apart(word, candidate):
                    counts[candidate] = counts.get(candidate, 0) + 1
        if counts:
            words[index] = sorted(counts, key=lambda w: (-counts[w], w))[0]
    return " ".join(words)


def _entry(
    kind: str,
    record: Record,
    target: str,
    title: str,
    category: str,
    synonyms: Iterable[str],
    body: Sequence[str],
    rare: bool = False,
) -> SearchEntry:
    keywords = normalise(" ".join((title, *synonyms)))
    return SearchEntry(
        id=record.id,
        kind=kind,
        target=target,
        title=title,
        category=category,
        summary=body[0],
        rare=rare,
        keywords=keywords,
        haystack=f"{keywords} {normalise(' '.join(body))}",
    )


def _flag_target(kb: KnowledgeBase, flag_id: str) -> str:
    """The cause card that shows this red flag: an everyday one when there is one."""
    cards = [card for card in kb.causes if flag_id in card.red_flags]
    cards.sort(key=lambda card: card.rare)
    return cards[0].id if cards else "rare_conditions"


def build_search_index(kb: KnowledgeBase | None = None) -> list[SearchEntry]:
    """One compact entry per card, causes first in display order, ready to ship to the browser."""
    kb = kb or load_knowledge()
    entries = [
        _entry(
            "cause",
            card,
            card.id,
            card.title,
            card.category,
            card.synonyms,
            (card.summary, card.why, *card.signs, *card.examples, card.see_doctor, card.category),
            rare=card.rare,
        )
        for card in kb.causes
    ]
    entries += [
        _entry(
            "remedy",
            card,
            card.id,
            card.title,
            KIND_LABELS["remedy"],
            (),
            (card.summary, *card.steps, *card.how_much),
        )
        for card in kb.remedies
    ]
    entries += [
        _entry(
            "type",
            kind,
            kind.id,
            kind.name,
            KIND_LABELS["type"],
            kind.also_called,
            (kind.summary, kind.detail),
        )
        for kind in kb.types
    ]
    entries += [
        _entry(
            "red_flag",
            flag,
            _flag_target(kb, flag.id),
            flag.text,
            KIND_LABELS["red_flag"],
            (),
            (flag.advice, flag.text),
        )
        for flag in kb.red_flags
    ]
    return entries


@cache
def _default_index() -> list[SearchEntry]:
    return build_search_index(load_knowledge())


def _tier(entry: SearchEntry, phrase: str) -> int | None:
    """How well an entry matches, or None when some word of the query is missing."""
    words = phrase.split()
    if not all(_contains_words(entry["haystack"], word) for word in words):
        return None
    if _contains_words(normalise(entry["title"]), phrase):
        return PHRASE_IN_TITLE
    if _contains_words(entry["keywords"], phrase):
        return PHRASE_IN_SYNONYM
    if all(_contains_words(entry["keywords"], word) for word in words):
        return WORDS_IN_KEYWORDS
    return WORDS_IN_TEXT


def rank(entries: list[SearchEntry], query: str, category: str | None = None) -> list[SearchEntry]:
    """The ranking the browser mirrors: entries matching every word, best first.

    An empty query lists the cause cards (a filter, not a search). A category keeps only the
    cause cards of that category.
    """
    phrase = correct(expand(normalise(query)), entries)
    ranked: list[tuple[bool, int, int, SearchEntry]] = []
    for position, entry in enumerate(entries):
        if category is not None and (entry["kind"] != "cause" or entry["category"] != category):
            continue
        if not phrase:
            if entry["kind"] == "cause":
                ranked.append((entry["rare"], WORDS_IN_TEXT, position, entry))
            continue
        tier = _tier(entry, phrase)
        if tier is not None:
            ranked.append((entry["rare"], tier, position, entry))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]


def search(
    query: str, category: str | None = None, kb: KnowledgeBase | None = None
) -> tuple[Hit, ...]:
    """Cards matching every word of `query`, best first (the page's ranking)."""
    if category is not None and category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {CATEGORIES}")
    entries = build_search_index(kb) if kb is not None else _default_index()
    return tuple(
        Hit(e["id"], e["kind"], e["target"], e["title"], e["category"], e["rare"])
        for e in rank(entries, query, category)
    )
