"""Every fact of the in-repo fact list is carried by real records, and every source is cited."""

import re
from pathlib import Path

import pytest

import twitch_app.knowledge.coverage as coverage_module
from twitch_app.ids import ARTICLE_IDS
from twitch_app.knowledge import KnowledgeBase
from twitch_app.knowledge.coverage import expected_fact_ids, missing_facts
from twitch_app.knowledge.facts import FACTS
from twitch_app.knowledge.taxonomy import CAUSE_FACT_IDS, REMEDY_FACT_IDS
from twitch_app.routines import all_routines


def test_coverage_holds_exactly_the_facts_of_the_list(kb: KnowledgeBase) -> None:
    assert missing_facts(dict(kb.coverage)) == []
    assert set(kb.coverage) == set(expected_fact_ids()) == set(FACTS)


def test_a_fact_without_carriers_is_reported() -> None:
    assert missing_facts({fact: ("x",) for fact in FACTS if fact != "C7"}) == ["C7"]


def test_the_fact_list_is_read_from_the_repository_only() -> None:
    # No test or module reads a file outside the repository for the facts.
    source = Path(coverage_module.__file__).read_text(encoding="utf-8")
    assert "read_text" not in source and "shared" not in source
    assert all(text.strip() and len(text) < 120 for text in FACTS.values())


def test_coverage_points_only_at_real_records(kb: KnowledgeBase) -> None:
    known = kb.record_ids()
    for fact, carriers in kb.coverage.items():
        assert carriers, fact
        assert set(carriers) <= known, (fact, set(carriers) - known)


def test_cause_and_remedy_cards_stand_for_exactly_the_facts_of_the_list() -> None:
    cause_facts = sorted(f for f in CAUSE_FACT_IDS.values() if f.startswith("C"))
    assert cause_facts == sorted(f for f in FACTS if re.fullmatch(r"C\d+", f))
    assert sorted(REMEDY_FACT_IDS.values()) == sorted(f for f in FACTS if re.fullmatch(r"R\d+", f))


def test_each_vocabulary_card_carries_its_own_fact(kb: KnowledgeBase) -> None:
    for card_id, fact in {**CAUSE_FACT_IDS, **REMEDY_FACT_IDS}.items():
        assert card_id in kb.coverage[fact], (fact, card_id)
    for record in (*kb.types, *kb.red_flags, *kb.doctor_questions, *kb.number_facts):
        assert record.id in kb.coverage[record.id]


def test_doctor_questions_are_questions(kb: KnowledgeBase) -> None:
    assert [q.id for q in kb.doctor_questions] == [f for f in FACTS if f.startswith("Q")]
    assert all(question.text.endswith("?") for question in kb.doctor_questions)


def test_every_test_and_treatment_is_explained(kb: KnowledgeBase) -> None:
    explained = " ".join(f"{check.name} {check.text}" for check in kb.doctor_checks).lower()
    for word in ("eeg", "emg", "nerve conduction", "mri", "pet", "botulinum", "sedative"):
        assert word in explained, word


def test_every_record_cites_known_sources(kb: KnowledgeBase) -> None:
    ids = {source.id for source in kb.sources}
    for record in kb.records():
        assert record.sources, record.id
        assert set(record.sources) <= ids, record.id


def test_every_source_is_cited_somewhere(kb: KnowledgeBase) -> None:
    cited = {source_id for record in kb.records() for source_id in record.sources}
    cited |= {source_id for routine in all_routines() for source_id in routine.sources}
    assert cited == {source.id for source in kb.sources}


def test_the_five_articles_stay_sources(kb: KnowledgeBase) -> None:
    articles = [kb.source(source_id) for source_id in ARTICLE_IDS]
    assert all(source.file_name.endswith(".txt") for source in articles)
    assert all(source.grade == "other" for source in articles)


def test_a_shared_card_without_a_written_fact_id_is_reported(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Adding a cause to ids.py must not shift the others' facts: the mapping is explicit, and a
    # card missing from it is named rather than silently given a neighbour's fact.
    from twitch_app.knowledge import validate

    monkeypatch.setattr(validate, "CAUSE_IDS", (*validate.CAUSE_IDS, "new_cause"))
    assert "coverage: 'new_cause' has no fact id in knowledge/taxonomy.py" in (
        validate.find_problems(kb)
    )
