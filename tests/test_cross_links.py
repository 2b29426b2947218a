"""Links between the knowledge base, the triage engine and the routine catalogue.

The three packages were written apart and meet only in the shared ids of twitch_app/ids.py.
These tests check that every id one package hands to another names something real there, that
the red-flag levels the cards show agree with the urgency the engine grades, and that the
packages keep their layering (each may use the shared vocabulary, none another package).
"""

import ast
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings

import twitch_app.ids as ids_module
import twitch_app.links as links_module
import twitch_app.local_days as local_days_module
from tests.triage.test_properties import raw_findings
from twitch_app import diary, knowledge, routines, triage, wizard
from twitch_app.ids import (
    ALL_CAUSE_IDS,
    BODY_AREA_IDS,
    NEVER_RANKED_CAUSES,
    RED_FLAG_IDS,
    REMEDY_IDS,
    ROUTINE_IDS,
    SOURCE_IDS,
)
from twitch_app.knowledge import RED_FLAG_LEVELS
from twitch_app.triage import Urgency, assess
from twitch_app.triage.causes import SCORERS
from twitch_app.triage.findings_spec import Area
from twitch_app.triage.plans import CAUSE_PLANS
from twitch_app.triage.red_flags import RULES

KB = knowledge.load_knowledge()
CAUSE_CARDS = {card.id for card in KB.causes}
RARE_CARDS = {card.id for card in KB.causes if card.rare}
REMEDY_CARDS = {card.id for card in KB.remedies}
KB_FLAGS = {flag.id: flag for flag in KB.red_flags}
KB_SOURCES = {source.id for source in KB.sources}
CATALOGUE = {routine.id: routine for routine in routines.all_routines()}


# --- The shared vocabulary is what each package really holds ----------------------------------


def test_the_shared_ids_are_exactly_the_cards_routines_and_areas_of_the_packages() -> None:
    assert set(ALL_CAUSE_IDS) == CAUSE_CARDS
    assert set(REMEDY_IDS) == REMEDY_CARDS
    assert set(KB_FLAGS) == set(RED_FLAG_IDS)
    assert set(CATALOGUE) == set(ROUTINE_IDS)
    assert set(SOURCE_IDS) == KB_SOURCES
    assert {str(area) for area in Area} == set(BODY_AREA_IDS)


def test_the_causes_never_ranked_are_the_rare_cards() -> None:
    assert RARE_CARDS == NEVER_RANKED_CAUSES


# --- Triage -> knowledge and routines -----------------------------------------------------------


def test_every_cause_triage_can_rank_is_an_everyday_knowledge_card() -> None:
    assert set(SCORERS) <= CAUSE_CARDS - RARE_CARDS
    assert set(CAUSE_PLANS) == set(SCORERS)


@pytest.mark.parametrize("cause_id", sorted(CAUSE_PLANS))
def test_each_triage_plan_suggests_real_remedy_cards_and_routines(cause_id: str) -> None:
    remedies, plan_routines = CAUSE_PLANS[cause_id]
    assert set(remedies) <= REMEDY_CARDS
    assert set(plan_routines) <= set(CATALOGUE)


@settings(max_examples=200, deadline=None)
@given(raw_findings)
def test_whatever_triage_answers_names_real_cards_and_routines(answers: dict) -> None:
    # Also covers the routines plans.py adds outside CAUSE_PLANS (leg stretch, calming breath).
    result = assess(answers)
    assert {cause.id for cause in result.causes} <= CAUSE_CARDS - RARE_CARDS
    assert set(result.remedies) <= REMEDY_CARDS
    assert set(result.routines) <= set(CATALOGUE)


def test_the_engine_rules_named_d1_to_d14_are_exactly_the_knowledge_red_flags() -> None:
    # The engine's other rules (E_..., U_..., S_...) are its own emergency and urgent signs.
    assert {rule.id for rule in RULES if re.fullmatch(r"D\d+", rule.id)} == set(KB_FLAGS)


# --- Knowledge <-> routines ---------------------------------------------------------------------


@pytest.mark.parametrize("card", [*KB.causes, *KB.remedies], ids=lambda card: card.id)
def test_every_routine_a_card_links_to_is_in_the_catalogue(card) -> None:
    assert set(card.routines) <= set(CATALOGUE)


@pytest.mark.parametrize("routine_id", sorted(CATALOGUE))
def test_every_routine_points_at_real_cards_flags_and_articles(routine_id: str) -> None:
    routine = CATALOGUE[routine_id]
    assert set(routine.helps) <= CAUSE_CARDS - RARE_CARDS
    assert set(routine.remedies) <= REMEDY_CARDS
    assert set(routine.red_flags) <= set(KB_FLAGS)
    assert set(routine.sources) <= KB_SOURCES


# --- Red-flag levels: the card and the engine agree -------------------------------------------

# Answers that raise the red flag, with as little else as the engine allows.
FLAG_FINDINGS: dict[str, dict] = {
    "D1": {"duration_days": 30},
    "D2": {"areas": ["arm", "leg"]},
    "D3": {"symptoms": ["weakness"]},
    "D4": {"medicines": {"new_medicine": True}},
    "D5": {"conditions": ["new_diagnosis"]},
    "D6": {"symptoms": ["numbness_or_tingling"]},
    # Since issue 20, D7 counts only with weakness, wasting or spreading (D2 comes along).
    "D7": {"when": ["moving", "resting"], "symptoms": ["spreading"]},
    # A fever (or a headache, or feeling sick) alone is a GP visit; fever with a headache or
    # vomiting is graded urgent by the engine, and the card's advice says "the same day".
    "D8": {"symptoms": ["fever"]},
    "D9": {"symptoms": ["affects_daily_life"]},
    "D10": {"symptoms": ["urge_to_move_legs"]},
    "D11": {"symptoms": ["eyelid_closes_fully"]},
    "D12": {"conditions": ["epilepsy"], "when": ["asleep"]},
    # The engine's own D13 rule is urgent: that is the grade for someone with known epilepsy,
    # whose seizure plan applies. In anyone else a seizure also raises E_first_seizure, which
    # lifts it to an emergency: the level the card shows (its advice starts with a first seizure).
    "D13": {"symptoms": ["seizure"]},
    # A severe headache is a headache too, so D8 (see_doctor) comes along; it cannot outrank D14.
    "D14": {"symptoms": ["severe_headache"]},
}


def test_every_red_flag_has_answers_that_raise_it() -> None:
    assert set(FLAG_FINDINGS) == set(RED_FLAG_IDS)


def test_card_levels_are_the_engine_urgencies_above_self_care() -> None:
    assert set(RED_FLAG_LEVELS) == {str(u) for u in Urgency} - {str(Urgency.SELF_CARE)}


@pytest.mark.parametrize("flag_id", RED_FLAG_IDS)
def test_the_engine_grades_each_red_flag_at_the_level_its_card_shows(flag_id: str) -> None:
    result = assess(FLAG_FINDINGS[flag_id])
    assert flag_id in {flag.id for flag in result.red_flags}
    assert str(result.urgency) == KB_FLAGS[flag_id].level


def test_a_seizure_with_known_epilepsy_is_urgent_not_an_emergency() -> None:
    # The one place the engine grades below the D13 card, on purpose (see FLAG_FINDINGS).
    result = assess({"symptoms": ["seizure"], "conditions": ["epilepsy"]})
    assert result.urgency is Urgency.URGENT
    assert "first seizure" in KB_FLAGS["D13"].advice.lower()


@pytest.mark.parametrize("second_sign", ["headache", "nausea_or_vomiting"])
def test_fever_with_headache_or_vomiting_is_same_day_in_both(second_sign: str) -> None:
    assert assess({"symptoms": ["fever", second_sign]}).urgency is Urgency.URGENT
    assert "same day" in KB_FLAGS["D8"].advice


# --- Layering: vocabulary <- knowledge, triage, routines ---------------------------------------


def imported_modules(path: Path, package: str) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            names.add(".".join(part for part in (base, node.module) if part))
    return names


def allowed(name: str, package: str) -> bool:
    top = name.split(".")[0]
    in_package = name == package or name.startswith(package + ".")
    shared = {"twitch_app.ids", "twitch_app.links", "twitch_app.local_days"}
    return top in sys.stdlib_module_names or in_package or name in shared


@pytest.mark.parametrize("package", [knowledge, triage, routines], ids=lambda p: p.__name__)
def test_packages_use_only_the_standard_library_their_own_code_and_the_vocabulary(
    package,
) -> None:
    modules = sorted(Path(package.__file__).parent.glob("*.py"))
    assert len(modules) >= 8
    for path in modules:
        for name in imported_modules(path, package.__name__):
            assert allowed(name, package.__name__), f"{path.name} imports {name}"


def test_the_vocabulary_imports_nothing() -> None:
    assert imported_modules(Path(ids_module.__file__), "twitch_app") == set()


def test_the_local_days_helper_imports_nothing_of_the_app() -> None:
    names = imported_modules(Path(local_days_module.__file__), "twitch_app")
    assert all(name.split(".")[0] in sys.stdlib_module_names for name in names), names


def test_the_link_table_imports_only_the_vocabulary() -> None:
    assert imported_modules(Path(links_module.__file__), "twitch_app") == {"twitch_app.ids"}


# --- One safety message everywhere (issues 20 and 21) --------------------------------------


def test_the_emergency_line_is_the_engines_on_every_page_and_in_the_result() -> None:
    from twitch_app.components.cards import doctor_box
    from twitch_app.components.layout import safety_footer
    from twitch_app.triage.plans import SAFETY_TEXT
    from twitch_app.triage.rule import EMERGENCY_SIGNS, EPILEPSY_AND_FAINT

    for words in ("a first seizure", "over 5 minutes", "repeats", "injury", "breathing trouble"):
        assert words in EMERGENCY_SIGNS
    assert "without fully coming round" in EMERGENCY_SIGNS  # a brief faint is urgent, not 999
    assert "seizure plan" in EPILEPSY_AND_FAINT and "same day" in EPILEPSY_AND_FAINT
    footer = str(safety_footer())
    assert EMERGENCY_SIGNS in footer and EPILEPSY_AND_FAINT in footer
    assert "a seizure or you pass out" not in footer
    assert EMERGENCY_SIGNS in str(doctor_box("See a GP.", [], safety_footer()))
    assert EMERGENCY_SIGNS in SAFETY_TEXT and EPILEPSY_AND_FAINT in SAFETY_TEXT
    assert "if someone passes out." not in SAFETY_TEXT


def test_a_brief_faint_is_urgent_and_passing_out_without_coming_round_an_emergency() -> None:
    assert assess({"symptoms": ["brief_faint"]}).urgency is Urgency.URGENT
    assert assess({"symptoms": ["loss_of_consciousness"]}).urgency is Urgency.EMERGENCY


@pytest.mark.parametrize(
    ("flag_id", "shared_words"),
    [("D3", ("within a week",)), ("D7", ("weak", "spreading")), ("D11", ("GP", "3 months"))],
)
def test_the_red_flag_cards_say_what_the_engine_rule_says(flag_id, shared_words) -> None:
    card = KB.red_flag(flag_id)
    rule = next(rule for rule in RULES if rule.id == flag_id)
    for words in shared_words:
        assert words in f"{card.text} {card.advice}", flag_id
        assert words in rule.message, flag_id


def test_weakness_or_wasting_never_gets_the_wait_two_weeks_card() -> None:
    for symptom in ("weakness", "muscle_wasting"):
        result = assess({"areas": ["calf"], "symptoms": [symptom], "duration_days": 3})
        assert "worry_less" not in result.remedies, symptom
        assert "2 weeks" not in result.check_again.text, symptom


UI_AND_STORAGE = ("reflex", "twitch_app.state", "twitch_app.pages", "twitch_app.components",
                  "twitch_app.db", "twitch_app.twitch_app", "sqlalchemy")  # fmt: skip


@pytest.mark.parametrize("package", [wizard, diary], ids=lambda p: p.__name__)
def test_the_wizard_and_the_diary_core_import_no_ui_and_no_storage(package) -> None:
    """They may use the other core packages (triage, knowledge) and, for the diary's one
    declaration of an entry's fields, sqlmodel's model classes: never Reflex or the tables."""
    modules = sorted(Path(package.__file__).parent.glob("*.py"))
    assert len(modules) >= 4
    for path in modules:
        for name in imported_modules(path, package.__name__):
            forbidden = [p for p in UI_AND_STORAGE if name == p or name.startswith(p + ".")]
            assert not forbidden, f"{path.name} imports {name}"
