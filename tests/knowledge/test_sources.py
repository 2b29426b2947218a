"""Source records and claims: every claim rests on a source that says it."""

from dataclasses import replace

import pytest

from twitch_app.ids import (
    SRC_ALCOHOL_WITHDRAWAL,
    SRC_ANTIHISTAMINE,
    SRC_BENZO_WITHDRAWAL,
    SRC_COCHRANE_MG,
    SRC_DRINKAWARE_WITHDRAWAL,
    SRC_FORUM,
    SRC_LITHIUM,
    SRC_NHS_SEIZURE,
    SRC_NICE_NG127,
)
from twitch_app.knowledge import KnowledgeBase, find_problems
from twitch_app.knowledge.taxonomy import SOURCE_GRADES


def test_every_source_has_a_publisher_a_grade_and_an_address_or_a_kept_file(kb) -> None:
    for source in kb.sources:
        assert source.publisher and source.title and source.grade in SOURCE_GRADES
        assert source.url.startswith("https://") or source.file_name, source.id


def test_the_guideline_and_the_cochrane_review_are_recorded(kb: KnowledgeBase) -> None:
    assert kb.source(SRC_NICE_NG127).grade == "guideline"
    assert kb.source(SRC_COCHRANE_MG).grade == "systematic_review"
    assert "ng127" in kb.source(SRC_NICE_NG127).url


@pytest.mark.parametrize(
    ("claim_id", "source_id"),
    [
        ("seizure_ambulance", SRC_NHS_SEIZURE),
        ("magnesium_review", SRC_COCHRANE_MG),
        ("lithium_level", SRC_LITHIUM),
        ("antihistamine_twitching", SRC_ANTIHISTAMINE),
        ("withdrawal_shaking", SRC_ALCOHOL_WITHDRAWAL),
        ("withdrawal_shaking", SRC_BENZO_WITHDRAWAL),
        ("withdrawal_emergency", SRC_ALCOHOL_WITHDRAWAL),
        ("withdrawal_emergency", SRC_BENZO_WITHDRAWAL),
        ("withdrawal_emergency", SRC_NHS_SEIZURE),
        ("heavy_drinking_stop_slowly", SRC_ALCOHOL_WITHDRAWAL),
        ("heavy_drinking_stop_slowly", SRC_DRINKAWARE_WITHDRAWAL),
        ("fasciculation_referral", SRC_NICE_NG127),
    ],
)
def test_claims_cite_what_says_them(kb: KnowledgeBase, claim_id: str, source_id: str) -> None:
    claim = next(c for c in kb.claims if c.id == claim_id)
    assert source_id in claim.sources
    for carrier in claim.carriers:
        record = next(r for r in kb.records() if r.id == carrier)
        assert source_id in record.sources


def test_a_card_that_drops_a_claims_source_is_reported(raw_kb: KnowledgeBase) -> None:
    flag = raw_kb.red_flag("D13")
    broken = replace(
        raw_kb,
        red_flags=tuple(
            replace(f, sources=tuple(s for s in f.sources if s != SRC_NHS_SEIZURE))
            if f.id == flag.id
            else f
            for f in raw_kb.red_flags
        ),
    )
    assert any("does not cite" in p and "D13" in p for p in find_problems(broken))


def test_the_forum_post_is_never_a_cards_only_source(raw_kb: KnowledgeBase) -> None:
    card = raw_kb.cause("hormonal_changes")
    broken = replace(
        raw_kb,
        causes=tuple(
            replace(c, sources=(SRC_FORUM,)) if c.id == card.id else c for c in raw_kb.causes
        ),
    )
    assert any("forum post" in p for p in find_problems(broken))
    assert all(set(r.sources) != {SRC_FORUM} for r in raw_kb.records())


def test_the_medicine_sources_are_recorded_with_address_and_grade(kb: KnowledgeBase) -> None:
    assert kb.source(SRC_ALCOHOL_WITHDRAWAL).grade == "guideline"
    assert "gov.uk" in kb.source(SRC_ALCOHOL_WITHDRAWAL).url
    assert "healthify.nz" in kb.source(SRC_LITHIUM).url
    assert "medicines.org.uk/emc" in kb.source(SRC_ANTIHISTAMINE).url
    assert "mind.org.uk" in kb.source(SRC_BENZO_WITHDRAWAL).url
    assert "drinkaware" in kb.source(SRC_DRINKAWARE_WITHDRAWAL).url


def test_nice_ng127_backs_the_twitch_referral_rule(kb: KnowledgeBase) -> None:
    claim = next(c for c in kb.claims if c.id == "fasciculation_referral")
    assert set(claim.carriers) == {"D3", "benign_fasciculation"}
    assert "fasciculations" in kb.source(SRC_NICE_NG127).about
    assert SRC_NICE_NG127 in kb.cause("benign_fasciculation").sources


def test_a_medicine_claim_without_its_words_is_reported(raw_kb: KnowledgeBase) -> None:
    card = raw_kb.cause("medication")
    broken = replace(
        raw_kb,
        causes=tuple(
            replace(c, examples=tuple(e for e in c.examples if "lithium" not in e))
            if c.id == card.id
            else c
            for c in raw_kb.causes
        ),
    )
    assert any("lithium level is too high" in p for p in find_problems(broken))
