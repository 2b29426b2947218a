"""Search finds what people type, ranks names above body text, and keeps the rare card apart."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from twitch_app.knowledge import CATEGORIES, KnowledgeBase, build_search_index, search
from twitch_app.knowledge.search import KINDS, SearchEntry, normalise, one_edit_apart

CRAMP_CARDS = {"dehydration", "overexertion", "potassium_deficiency", "magnesium_deficiency"}


def ids(query: str, category: str | None = None) -> list[str]:
    return [card.id for card in search(query, category)]


def kinds(query: str) -> set[str]:
    return {card.kind for card in search(query)}


def test_coffee_finds_caffeine_first() -> None:
    assert ids("coffee")[0] == "caffeine"
    assert ids("Energy drink")[0] == "caffeine"


def test_charley_horse_finds_cramp_cards() -> None:
    found = ids("charley horse")
    assert found and found[0] in CRAMP_CARDS


def test_everyday_words_find_their_cards() -> None:
    assert ids("eyelid")[0] == "eyelid_twitch"
    assert ids("sleep start")[0] == "hypnic_jerk"
    assert "hypnic_jerk" in ids("jerk")
    assert ids("restless legs")[0] == "restless_legs"


def test_nonsense_finds_nothing() -> None:
    assert search("zqxv blorp") == ()
    assert search("coffee zqxv") == (), "every word of the query must match"


def test_short_words_match_whole_words_only() -> None:
    assert ids("als") == ["rare_conditions"]  # not every card that says "also"
    assert "caffeine" in ids("tea") and "sleep_deprivation" not in ids("tea")


def test_name_hits_rank_above_body_hits(kb: KnowledgeBase) -> None:
    found = ids("coffee")
    body_only = [c.id for c in kb.causes if "coffee" not in normalise(" ".join(c.synonyms))]
    body_only += [r.id for r in kb.remedies]
    assert any(card_id in body_only for card_id in found), "need a body-text hit to compare"
    first_body_hit = min(found.index(card_id) for card_id in found if card_id in body_only)
    assert all(card_id not in body_only for card_id in found[:first_body_hit])


def test_case_and_punctuation_do_not_matter() -> None:
    assert ids("COFFEE!") == ids("coffee")
    assert ids("Parkinson's") == ids("parkinsons")


def test_empty_query_lists_every_cause_card_with_the_rare_card_last(kb: KnowledgeBase) -> None:
    found = ids("   ")
    assert sorted(found) == sorted(card.id for card in kb.causes)
    assert found[-1] == "rare_conditions"


def test_category_filter() -> None:
    assert ids("cramp", "Exercise") == ["overexertion"]
    assert set(ids("", "Sleep")) == {
        "sleep_deprivation",
        "hypnic_jerk",
        "restless_legs",
        "night_leg_cramps",
    }
    with pytest.raises(ValueError, match="unknown category"):
        search("coffee", "Drinks")


def test_rare_card_comes_after_every_everyday_card_it_matches() -> None:
    found = ids("tingling")
    assert "rare_conditions" in found and len(found) > 1
    assert found[-1] == "rare_conditions"


def test_index_is_compact_and_lower_cased(kb: KnowledgeBase) -> None:
    index = build_search_index()
    causes = [entry for entry in index if entry["kind"] == "cause"]
    assert [entry["id"] for entry in causes] == [card.id for card in kb.causes]
    assert {entry["kind"] for entry in index} == set(KINDS)
    assert len(index) == len(kb.causes) + len(kb.remedies) + len(kb.types) + len(kb.red_flags)
    for entry, card in zip(causes, kb.causes, strict=True):
        assert set(entry) == set(SearchEntry.__annotations__)
        assert entry["haystack"] == entry["haystack"].lower()
        assert entry["haystack"].startswith(entry["keywords"])
        assert normalise(card.title) in entry["keywords"]
        assert all(normalise(synonym) in entry["keywords"] for synonym in card.synonyms)
        assert normalise(card.why) in entry["haystack"]
        assert entry["category"] in CATEGORIES


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ALS", "rare_conditions"),
        ("MND", "rare_conditions"),
        ("motor neurone", "rare_conditions"),
        ("motor neuron", "rare_conditions"),
        ("charley horse", "dehydration"),
        ("sleep jerk", "hypnic_jerk"),
        ("eye twitch", "eyelid_twitch"),
        ("pins and needles", "D6"),
        ("cramp", "night_leg_cramps"),
    ],
)
def test_words_and_abbreviations_people_type(query: str, expected: str) -> None:
    assert ids(query)[0] == expected


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("magnesum", "magnesium"), ("caffine", "caffeine"), ("anxeity", "anxiety")],
)
def test_one_typo_in_a_long_word_finds_the_same_cards(typo: str, meant: str) -> None:
    assert ids(typo) == ids(meant) and ids(typo)


def test_short_words_get_no_typo_help() -> None:
    assert ids("teaa") == []  # 4 letters: no typo tolerance
    assert ids("zzzzzz") == []


def test_one_edit_apart() -> None:
    assert one_edit_apart("anxeity", "anxiety")  # a swap of neighbours
    assert one_edit_apart("magnesum", "magnesium") and one_edit_apart("caffine", "caffeine")
    assert not one_edit_apart("magnsum", "magnesium")
    assert not one_edit_apart("abcd", "badc")


def test_search_finds_remedies_types_and_red_flags() -> None:
    assert kinds("seizure") >= {"type", "red_flag"}
    assert "magnesium_foods" in ids("magnesium")
    assert "T4" in ids("spasm")
    assert ids("seizure")[-1] == "rare_conditions"


@given(st.text(max_size=30), st.sampled_from([None, *CATEGORIES]))
def test_search_is_total_and_well_ordered(query: str, category: str | None) -> None:
    results = search(query, category)
    result_ids = [card.id for card in results]
    assert len(result_ids) == len(set(result_ids))
    rare_flags = [card.rare for card in results]
    assert rare_flags == sorted(rare_flags), "a rare card came before an everyday card"
    for card in results:
        assert category is None or (card.kind == "cause" and card.category == category)
