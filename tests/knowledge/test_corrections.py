"""The facts a clinical review found wrong, each pinned to its corrected text (issue 21)."""

from twitch_app import knowledge
from twitch_app.knowledge import KnowledgeBase
from twitch_app.routines import all_routines
from twitch_app.triage.plans import CAUSE_PLANS


def words(card: object) -> str:
    parts: list[str] = []
    for value in vars(card).values():
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple):
            parts.extend(item for item in value if isinstance(item, str))
    return " ".join(parts).lower()


def test_a_small_glass_of_wine_is_one_and_a_half_units() -> None:
    assert "125 ml at 12%) is about 1.5 units" in words(knowledge.cause("alcohol"))
    assert "1.5 units" in words(knowledge.remedy("cut_caffeine_alcohol"))


def test_vitamin_d_follows_the_health_service_dose(kb: KnowledgeBase) -> None:
    card = words(knowledge.remedy("vitamin_d"))
    assert "10 micrograms" in card and "100 micrograms" in card
    assert "once a year" not in card and "checked in the last year" not in card
    assert "last year" not in " ".join(knowledge.cause("vitamin_d_deficiency").signs)


def test_sleep_is_7_to_9_hours_for_adults_and_more_for_the_young(kb: KnowledgeBase) -> None:
    amounts = " ".join(knowledge.remedy("sleep_routine").how_much)
    assert "7 to 9 hours" in amounts and "8 to 10" in amounts and "9 to 11" in amounts
    assert all("7 to 8" not in words(card) for card in (*kb.causes, *kb.remedies))


def test_potassium_card_says_weakness_cramps_and_same_day_for_palpitations() -> None:
    card = knowledge.cause("potassium_deficiency")
    assert "blood flow" not in words(card)
    assert "weak" in card.why and "cramp" in card.why
    assert "palpitations" in card.see_doctor and "same day" in card.see_doctor


def test_the_nerve_card_says_injury_or_disease_and_names_cauda_equina() -> None:
    card = knowledge.cause("nerve_compression")
    assert "infection" not in card.why and "injured or has a disease" in card.why
    assert "cauda equina" in card.see_doctor and "A&E" in card.see_doctor


def test_coffee_counts_towards_fluid() -> None:
    text = words(knowledge.remedy("hydration"))
    assert "tea and coffee count" in text and "do not hydrate" not in text


def test_weak_bones_are_not_a_sign_of_low_blood_calcium() -> None:
    card = knowledge.cause("calcium_deficiency")
    signs = " ".join(card.signs).lower()
    assert "bone" not in signs and "osteoporosis" not in signs
    assert "osteoporosis" not in card.synonyms


def test_the_als_line_gives_the_rate_the_ages_and_the_follow_up_calmly() -> None:
    why = knowledge.cause("rare_conditions").why
    assert "2 in every 100,000" in why and "60 to 75" in why
    assert "none went on to get ALS" in why
    assert "fear" not in why


def test_the_two_week_clock_counts_from_the_start_everywhere(kb: KnowledgeBase) -> None:
    assert "from the day it started" in knowledge.red_flag("D1").text.replace("counted ", "")
    for card in kb.causes:
        text = words(card)
        assert "after you cut down" not in text and "after you rest it" not in text, card.id
    assert "from the day it started" in knowledge.cause("caffeine").see_doctor


def test_pregnancy_has_its_own_card_and_menopause_wording_is_scoped() -> None:
    card = knowledge.cause("pregnancy")
    assert "200 mg" in words(card) and "pre-eclampsia" in card.see_doctor
    assert "blood clot" in card.see_doctor
    assert "women" in " ".join(knowledge.cause("hormonal_changes").signs)


def test_the_eyelid_plan_does_not_lead_with_the_rare_myoclonus_card() -> None:
    remedies, _ = CAUSE_PLANS["eyelid_twitch"]
    assert remedies[0] != "screen_and_light_breaks"
    assert "screen_and_light_breaks" not in remedies


def test_the_medicines_card_names_the_medicines_we_could_source() -> None:
    examples = " ".join(knowledge.cause("medication").examples)
    for name in ("statins", "pseudoephedrine", "fluoroquinolone", "antidepressants"):
        assert name in examples
    assert "stop and call your doctor" in examples


def test_the_medicines_card_covers_lithium_antihistamines_and_withdrawal() -> None:
    card = knowledge.cause("medication")
    examples = " ".join(card.examples)
    assert "lithium level is too high" in examples and "see a doctor urgently" in examples
    assert "antihistamines" in examples and "muscle twitching" in examples
    assert "benzodiazepines" in examples and "alcohol" in examples
    assert "Never stop them suddenly" in examples and "cut down safely" in examples
    emergency = card.see_doctor
    assert "confusion" in emergency and "a fit" in emergency
    assert "is an emergency: call emergency services" in emergency
    for word in ("lithium", "antihistamine", "benzodiazepine", "diazepam", "withdrawal"):
        assert word in card.synonyms


def test_the_heavy_drinking_caution_stays_and_is_sourced(kb: KnowledgeBase) -> None:
    card = knowledge.remedy("cut_caffeine_alcohol")
    caution = " ".join(card.cautions)
    assert "do not stop all at once" in caution and "doctor" in caution
    withdrawal = {"gov_uk_alcohol_withdrawal", "drinkaware_alcohol_withdrawal"}
    assert withdrawal <= set(card.sources)
    assert all(kb.source(source_id).url.startswith("https://") for source_id in withdrawal)


# --- Cards aligned with the clinical rules of issue 20 -------------------------------------


def _all_text(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(id, lower-cased words) for every card, red flag, number fact and routine."""
    texts = [(record.id, words(record)) for record in kb.records()]
    texts += [(routine.id, " ".join(routine.cautions).lower()) for routine in all_routines()]
    return texts


def test_moving_and_resting_is_a_red_flag_only_with_weakness_wasting_or_spreading() -> None:
    text = knowledge.red_flag("D7").text
    assert "weak" in text and "thinner" in text and "spreading" in text
    assert "nice_ng127" in knowledge.red_flag("D7").sources


def test_weakness_means_a_doctor_within_a_week_not_two_weeks_of_waiting() -> None:
    assert "within a week" in knowledge.red_flag("D3").advice
    assert "within a week" in " ".join(knowledge.remedy("worry_less").cautions)


def test_a_recurring_eyelid_twitch_goes_to_a_gp_on_the_nice_signs(kb: KnowledgeBase) -> None:
    for text in (
        knowledge.red_flag("D11").text,
        knowledge.cause("eyelid_twitch").see_doctor,
        next(kind for kind in kb.types if kind.id == "T8").detail,
    ):
        assert "both eyes close tightly" in text and "droops" in text, text
        assert "face" in text and "more than 3 months" in text, text
    card = knowledge.cause("eyelid_twitch")
    assert "2 weeks" not in card.see_doctor and "D1" not in card.red_flags
    assert "GP" in knowledge.red_flag("D11").advice
    for record_id, text in _all_text(kb):
        assert "eye doctor" not in text, record_id


def test_the_two_week_clock_is_not_restarted_in_the_worry_card_or_the_number_fact(
    kb: KnowledgeBase,
) -> None:
    how_much = " ".join(knowledge.remedy("worry_less").how_much)
    assert "from the day the twitch started" in how_much and "does not restart" in how_much
    n4 = next(fact for fact in kb.number_facts if fact.id == "N4")
    assert "does not restart" in n4.text and "within a week" in n4.text


def test_no_record_still_says_7_to_8_hours_of_sleep(kb: KnowledgeBase) -> None:
    for record_id, text in _all_text(kb):
        assert "7 to 8 hours" not in text, record_id


def test_the_two_week_clock_names_its_exceptions_where_it_is_shown() -> None:
    # The engine's D1 does not count a lone eyelid flicker (3 months) nor jerks only while
    # falling asleep (normal): the worry card, the D1 card and every routine say the same.
    how_much = " ".join(knowledge.remedy("worry_less").how_much)
    assert "3 months" in how_much and "fall asleep are normal" in how_much
    assert "eyelid flicker" in knowledge.red_flag("D1").advice
    for routine in all_routines():
        cautions = " ".join(routine.cautions)
        if "2 weeks" in cautions:
            assert "eyelid flicker" in cautions and "fall asleep" in cautions, routine.id


def test_moving_and_resting_is_no_reason_on_its_own_on_any_card(kb: KnowledgeBase) -> None:
    for card in kb.causes:
        for sentence in card.see_doctor.split(". "):
            if "both when you move" in sentence:
                assert "weak" in sentence or "many places" in sentence, card.id
    assert "within a week" in knowledge.cause("benign_fasciculation").see_doctor


def test_the_seizure_type_card_gives_the_whole_seizure_rule(kb: KnowledgeBase) -> None:
    detail = next(kind for kind in kb.types if kind.id == "T7").detail
    for words in ("first seizure", "5 minutes", "repeats", "injury", "breathing", "seizure plan"):
        assert words in detail, words


def test_the_dystonia_and_parent_cards_carry_the_urgent_rules() -> None:
    dystonia = knowledge.cause("dystonia")
    assert "eyes roll up" in dystonia.see_doctor and "now" in dystonia.see_doctor
    assert "nhs_metoclopramide" in dystonia.sources
    tics = knowledge.cause("children_tics")
    assert "baby under 1" in tics.see_doctor and "same day" in tics.see_doctor
    assert "nice_ng127" in tics.sources
