"""Every fact in CONTENT-FACTS.md is carried by real records, and the articles are cited right."""

import re

from twitch_app.knowledge import KnowledgeBase
from twitch_app.knowledge.coverage import (
    DOCTOR_CHECK_FACT_IDS,
    FALLBACK_FACT_IDS,
    content_facts_path,
    expected_fact_ids,
    missing_facts,
    parse_fact_ids,
)
from twitch_app.knowledge.vocab import CAUSE_FACT_IDS, REMEDY_FACT_IDS

# Copies of the parts of CONTENT-FACTS.md these tests read, used only when /work/shared is absent.
FALLBACK_ARTICLE_LINES = """
- `000_bf8c273161a5dd09.txt`: "Twitching while sleeping"
- `001_fda98b3d20b5d509.txt`: "Sudden muscle twitches during sleep: causes and what you should know"
- `002_8531bb9eb7257e42.txt`: "Muscle twitching: what to do?"
- `003_64682895ee81a036.txt`: "Why are my muscles suddenly twitching?"
- `004_5a22dd98af759f04.txt`: "How to stop muscle twitches" (three pieces)
"""
FALLBACK_DOCTOR_SENTENCE = (
    "Doctors may order blood and urine tests (electrolytes,\ninfection), EEG, EMG, nerve "
    "conduction studies, CT, MRI or PET; treatments depend on the cause\n(e.g. sedatives or "
    "anti-seizure medicines, botulinum toxin for facial spasms)."
)
# Words of the doctor's sentence that name no test or treatment.
SENTENCE_GLUE = frozenset(
    {"and", "or", "tests", "studies", "treatments", "depend", "on", "the", "cause", "for"}
)


def shared_text() -> str | None:
    path = content_facts_path()
    return path.read_text(encoding="utf-8") if path.is_file() else None


def test_coverage_holds_exactly_the_facts_of_the_file(kb: KnowledgeBase) -> None:
    expected = expected_fact_ids()
    assert missing_facts(dict(kb.coverage)) == []
    assert set(kb.coverage) == set(expected)
    assert len(expected) == len(set(expected)), "a fact id appears twice in CONTENT-FACTS.md"


def test_coverage_points_only_at_real_records(kb: KnowledgeBase) -> None:
    known = kb.record_ids()
    for fact, carriers in kb.coverage.items():
        assert carriers, fact
        assert set(carriers) <= known, (fact, set(carriers) - known)


def test_cause_and_remedy_cards_stand_for_exactly_the_facts_of_the_file() -> None:
    # Each shared cause id stands for one C fact (or T2, T3, T8) and each remedy id for one R
    # fact; a fact added to or dropped from CONTENT-FACTS.md must show up here.
    facts = expected_fact_ids()
    cause_facts = sorted(f for f in CAUSE_FACT_IDS.values() if f.startswith("C"))
    assert cause_facts == sorted(f for f in facts if re.fullmatch(r"C\d+", f))
    assert sorted(REMEDY_FACT_IDS.values()) == sorted(f for f in facts if re.fullmatch(r"R\d+", f))


def test_each_vocabulary_card_carries_its_own_fact(kb: KnowledgeBase) -> None:
    for card_id, fact in {**CAUSE_FACT_IDS, **REMEDY_FACT_IDS}.items():
        assert card_id in kb.coverage[fact], (fact, card_id)
    for record in (*kb.types, *kb.red_flags, *kb.doctor_questions, *kb.number_facts):
        assert record.id in kb.coverage[record.id]


def test_fallback_list_matches_the_shared_file() -> None:
    text = shared_text()
    if text is None:
        # Without the shared folder the fallback is what the coverage test checks against.
        assert expected_fact_ids() == FALLBACK_FACT_IDS + DOCTOR_CHECK_FACT_IDS
    else:
        assert sorted(parse_fact_ids(text)) == sorted(FALLBACK_FACT_IDS)


def test_parser_reads_ids_subtypes_questions_and_numbers() -> None:
    text = (
        "## Kinds\n- T1 Jerk: brief.\n- T2 Start.\n- Myoclonus subtypes (explainer): action, "
        "stimulus-sensitive\n  (lights, sound), symptomatic/secondary (e.g. a, b).\n\n"
        "## Causes (C)\n- C1 Stress.\n- R3 Water.\n- D12 Epilepsy.\n  - not an id line C9\n"
        "## What a doctor asks (diary)\nWhen? How long? Tests follow.\n"
        "## Facts with numbers\n- one\n- two\n- three\n"
    )
    assert parse_fact_ids(text) == (
        "T1",
        "T2",
        "C1",
        "R3",
        "D12",
        "T1.action",
        "T1.stimulus_sensitive",
        "T1.symptomatic",
        "Q1",
        "Q2",
        "N1",
        "N2",
        "N3",
    )


def test_doctor_questions_match_the_file(kb: KnowledgeBase) -> None:
    text = shared_text()
    questions = [record for record in kb.doctor_questions]
    assert all(question.text.endswith("?") for question in questions)
    if text is not None:
        section = text.split("## What a doctor asks")[1].split("## ")[0]
        assert len(questions) == section.count("?")


def test_every_test_and_treatment_the_file_names_is_explained(kb: KnowledgeBase) -> None:
    text = shared_text() or FALLBACK_DOCTOR_SENTENCE
    sentence = re.search(r"Doctors may order (.*?\)\.)", text, re.S).group(1)
    words = re.findall(r"[A-Za-z][A-Za-z-]+", sentence)
    named = [word for word in words if word.lower() not in SENTENCE_GLUE]
    assert {"EEG", "EMG", "MRI", "botulinum"} <= set(named)
    explained = " ".join(f"{check.name} {check.text}" for check in kb.doctor_checks).lower()
    for word in named:
        # Compare word starts, so "sedatives" is explained by "sedative".
        assert re.search(rf"\b{re.escape(word.lower()[:5])}", explained), word


def test_sources_match_the_article_list(kb: KnowledgeBase) -> None:
    text = shared_text() or FALLBACK_ARTICLE_LINES
    listed = re.findall(r'^- `([^`]+)`: "([^"]+)"', text, re.M)
    assert len(listed) == 5
    assert {(s.file_name, s.title) for s in kb.sources} == set(listed)
    seeds = content_facts_path().parent / "seeds"
    if seeds.is_dir():
        assert all((seeds / source.file_name).is_file() for source in kb.sources)


def test_every_record_cites_known_article_titles(kb: KnowledgeBase) -> None:
    titles = {source.title for source in kb.sources}
    for record in kb.records():
        assert record.sources, record.id
        assert set(record.sources) <= titles, record.id


def test_every_article_is_cited_somewhere(kb: KnowledgeBase) -> None:
    cited = {title for record in kb.records() for title in record.sources}
    assert cited == {source.title for source in kb.sources}
