"""What the app and the triage engine rely on: complete cards, safe wording, the rare card apart."""

import re
import statistics

import pytest

from twitch_app import knowledge
from twitch_app.ids import ALL_CAUSE_IDS, RED_FLAG_IDS, REMEDY_IDS, ROUTINE_IDS
from twitch_app.knowledge import CATEGORIES, KnowledgeBase
from twitch_app.knowledge.taxonomy import RED_FLAG_LEVELS


def card_sentences(kb: KnowledgeBase) -> list[str]:
    """Every sentence a reader sees on a cause or remedy card."""
    texts: list[str] = []
    for cause in kb.causes:
        texts += [cause.summary, cause.why, cause.see_doctor, *cause.signs, cause.evidence_note]
    for remedy in kb.remedies:
        texts += [remedy.summary, *remedy.steps, *remedy.how_much, *remedy.cautions]
        texts.append(remedy.evidence_note)
    return [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s]


def test_all_shared_ids_are_present(kb: KnowledgeBase) -> None:
    assert [c.id for c in kb.causes] and {c.id for c in kb.causes} == set(ALL_CAUSE_IDS)
    assert {r.id for r in kb.remedies} == set(REMEDY_IDS)
    assert tuple(f.id for f in kb.red_flags) == RED_FLAG_IDS
    assert {"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"} <= {t.id for t in kb.types}
    subtypes = [t for t in kb.types if t.parent == "T1"]
    assert len(subtypes) == 6 and all(t.id.startswith("T1.") for t in subtypes)


def test_ids_are_unique_across_every_kind_of_record(kb: KnowledgeBase) -> None:
    ids = [record.id for record in kb.records()]
    assert len(ids) == len(set(ids))


def test_links_resolve_in_both_directions(kb: KnowledgeBase) -> None:
    for cause in kb.causes:
        for remedy_id in cause.remedies:
            assert cause.id in knowledge.remedy(remedy_id).for_causes
        assert set(cause.routines) <= set(ROUTINE_IDS)
        assert {knowledge.red_flag(flag).id for flag in cause.red_flags} == set(cause.red_flags)
    for remedy in kb.remedies:
        for cause_id in remedy.for_causes:
            assert remedy.id in knowledge.cause(cause_id).remedies


def test_every_routine_and_category_is_used(kb: KnowledgeBase) -> None:
    used = {r for card in (*kb.causes, *kb.remedies) for r in card.routines}
    assert used == set(ROUTINE_IDS)
    assert {card.category for card in knowledge.everyday_causes()} == set(CATEGORIES)


def test_lookups_fail_loudly_for_unknown_ids() -> None:
    with pytest.raises(KeyError, match="no_such_card"):
        knowledge.cause("no_such_card")
    with pytest.raises(KeyError):
        knowledge.remedy("caffeine")  # a cause id is not a remedy id
    with pytest.raises(KeyError):
        knowledge.red_flag("D15")


def test_the_rare_card_is_never_an_everyday_cause(kb: KnowledgeBase) -> None:
    rare = knowledge.rare_conditions_card()
    everyday = knowledge.everyday_causes()
    assert rare.rare and rare.category == "Medical conditions"
    assert rare.id not in {card.id for card in everyday}
    assert len(everyday) == len(kb.causes) - 1
    assert rare not in knowledge.everyday_causes("Medical conditions")
    assert [card.id for card in kb.rare_causes()] == ["rare_conditions"]


def test_the_rare_card_gives_base_rates_reassurance_and_tests() -> None:
    rare = knowledge.rare_conditions_card()
    text = f"{rare.summary} {rare.why}".lower()
    assert "100,000" in text and "most twitches are harmless" in text
    assert "weakness" in text and "wasting" in text
    for test_name in ("blood and urine", "EEG", "EMG", "nerve conduction", "MRI", "PET"):
        assert test_name in rare.see_doctor
    assert {"ALS (motor neurone disease)", "epilepsy", "multiple sclerosis (MS)"} <= set(
        rare.examples
    )


def test_everyday_causes_filters_by_category() -> None:
    sleep_cards = knowledge.everyday_causes("Sleep")
    assert {card.id for card in sleep_cards} >= {"hypnic_jerk", "sleep_deprivation"}
    assert all(card.category == "Sleep" for card in sleep_cards)
    with pytest.raises(ValueError, match="Food"):
        knowledge.everyday_causes("Food")


def test_every_cause_card_says_when_to_see_a_doctor(kb: KnowledgeBase) -> None:
    for card in kb.causes:
        assert "doctor" in card.see_doctor.lower(), card.id
        assert card.red_flags, card.id


def test_no_card_reads_as_a_diagnosis(kb: KnowledgeBase) -> None:
    forbidden = re.compile(r"\byou (may|might|probably|likely) have\b|\byou have (als|ms)\b", re.I)
    for sentence in card_sentences(kb):
        assert not forbidden.search(sentence), sentence


def test_red_flags_grade_the_serious_ones_higher(kb: KnowledgeBase) -> None:
    assert {flag.level for flag in kb.red_flags} == set(RED_FLAG_LEVELS)
    assert knowledge.red_flag("D13").level == "emergency"
    assert "5 minutes" in knowledge.red_flag("D13").advice
    assert knowledge.red_flag("D14").level == "urgent"
    # Fever or feeling sick alone is a GP visit; with a headache or vomiting, the same day.
    assert knowledge.red_flag("D8").level == "see_doctor"
    assert "same day" in knowledge.red_flag("D8").advice
    # Issue 20: a recurring eyelid twitch goes to a GP, not "an eye doctor" (NICE NG127).
    assert "GP" in knowledge.red_flag("D11").advice


def test_remedies_carry_amounts_and_cautions() -> None:
    hydration = " ".join(knowledge.remedy("hydration").how_much)
    assert "pale" in hydration and "2%" in hydration and "150 lb" in hydration
    assert "3 lb" in hydration
    assert "7 to 9 hours" in " ".join(knowledge.remedy("sleep_routine").how_much)
    for remedy_id in ("magnesium_foods", "vitamin_d", "supplements_check"):
        cautions = " ".join(knowledge.remedy(remedy_id).cautions).lower()
        assert "doctor" in cautions or "medicines" in cautions, remedy_id
    assert "never stop" in " ".join(knowledge.remedy("medicine_review").cautions).lower()


def test_evidence_notes_flag_overclaims() -> None:
    assert "CD009402" in knowledge.remedy("magnesium_foods").evidence_note
    assert "CD009402" in knowledge.cause("magnesium_deficiency").evidence_note
    assert "not an accepted test" in knowledge.remedy("elimination_diet_advice").evidence_note
    assert knowledge.cause("eyelid_twitch").evidence_note


def test_sentences_are_short_enough_to_read_easily(kb: KnowledgeBase) -> None:
    lengths = [len(sentence.split()) for sentence in card_sentences(kb)]
    assert statistics.mean(lengths) <= 15
    assert max(lengths) <= 35


def test_load_is_cached(kb: KnowledgeBase) -> None:
    assert knowledge.load_knowledge() is kb
