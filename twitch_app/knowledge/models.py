"""Record types of the knowledge base.

All records are frozen dataclasses holding tuples, so content cannot be changed by accident once
loaded, and the same objects can be shared by the app, the triage engine and the tests.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """Where a claim comes from: a guideline, a review, a trial, a health-service page, an article.

    Cards and routines cite a source by its id; pages show the publisher, the date and the link.
    """

    id: str
    publisher: str  # who stands behind it: "NHS", "NICE", "Cochrane", a journal, a clinic
    title: str
    url: str  # the public address; empty only for the five articles kept as files
    date: str  # "2019-05", "2020-09-21" or "" when no date could be found
    date_kind: str  # one of taxonomy.DATE_KINDS: published, last reviewed, or unknown
    grade: str  # one of taxonomy.SOURCE_GRADES
    about: str  # one line on what it covers, in our words
    file_name: str = ""  # for the five articles: their file in the project's shared seeds


@dataclass(frozen=True)
class Claim:
    """One checkable statement in the app, the sources that say it, and the records that make it.

    Every record in `carriers` must contain `key_phrase` (so the text and the claim cannot drift
    apart) and must cite every source in `sources`.
    """

    id: str
    text: str  # the statement, in our words
    key_phrase: str
    sources: tuple[str, ...]
    carriers: tuple[str, ...]  # ids of cards, red flags or number facts that make the claim


@dataclass(frozen=True)
class TwitchType:
    """A kind of twitch (T1-T8) or a myoclonus subtype (T1.action ...) for the explainer page."""

    id: str
    name: str
    summary: str
    detail: str
    sources: tuple[str, ...]
    parent: str | None = None  # set on subtypes: the id of the kind they belong to
    also_called: tuple[str, ...] = ()
    related_causes: tuple[str, ...] = ()  # cause card ids
    related_remedies: tuple[str, ...] = ()  # remedy card ids


@dataclass(frozen=True)
class CauseCard:
    """Something that can set off twitches, written so it never reads as a diagnosis."""

    id: str
    title: str
    category: str
    summary: str  # one line
    why: str  # why it can cause twitching
    signs: tuple[str, ...]  # things that make this cause more likely
    see_doctor: str  # when to see a doctor, in plain words
    red_flags: tuple[str, ...]  # red flag ids behind `see_doctor`
    sources: tuple[str, ...]  # source ids
    synonyms: tuple[str, ...] = ()  # words people type into the search box
    remedies: tuple[str, ...] = ()  # remedy card ids: filled from twitch_app/links.py
    routines: tuple[str, ...] = ()  # routine ids: filled from twitch_app/links.py
    body_areas: tuple[str, ...] = ()  # body area ids where this cause often shows
    examples: tuple[str, ...] = ()  # named conditions or medicines the card covers
    doctor_checks: tuple[str, ...] = ()  # doctor check ids (tests a doctor may order)
    evidence_note: str = ""  # where the articles claim more than good evidence supports
    rare: bool = False  # rare cards are never ranked beside everyday causes


@dataclass(frozen=True)
class RemedyCard:
    """A self-care step, with amounts and the cautions that keep it safe."""

    id: str
    title: str
    summary: str
    steps: tuple[str, ...]  # what to do
    how_much: tuple[str, ...]  # amounts and times; may be empty when there is nothing to measure
    cautions: tuple[str, ...]
    sources: tuple[str, ...]
    for_causes: tuple[str, ...] = ()  # cause card ids: filled from twitch_app/links.py
    routines: tuple[str, ...] = ()  # filled from twitch_app/links.py
    evidence_note: str = ""


@dataclass(frozen=True)
class RedFlag:
    """A sign that means: see a doctor. Nothing in the app may outweigh one."""

    id: str  # D1 ... D14
    text: str  # the sign, as the user would say it
    advice: str  # what to do about it
    level: str  # one of taxonomy.RED_FLAG_LEVELS
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DoctorQuestion:
    """A question a doctor is likely to ask; the diary should help answer it."""

    id: str
    text: str
    diary_hint: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class DoctorCheck:
    """Something a doctor may do: a test, a referral or a treatment."""

    id: str
    kind: str  # "visit", "test" or "treatment"
    name: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class NumberFact:
    """A fact with a number in it; every card that carries it must contain `key_phrase`."""

    id: str
    text: str
    key_phrase: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the app knows, as loaded and validated by `load_knowledge()`."""

    sources: tuple[Source, ...]
    types: tuple[TwitchType, ...]
    causes: tuple[CauseCard, ...]
    remedies: tuple[RemedyCard, ...]
    red_flags: tuple[RedFlag, ...]
    doctor_questions: tuple[DoctorQuestion, ...]
    doctor_checks: tuple[DoctorCheck, ...]
    number_facts: tuple[NumberFact, ...]
    claims: tuple[Claim, ...] = ()
    # fact id (twitch_app/knowledge/facts.py) -> ids of the records that carry it
    coverage: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def records(self) -> tuple["Record", ...]:
        """Every record that has an id, in a stable order."""
        return (
            *self.types,
            *self.causes,
            *self.remedies,
            *self.red_flags,
            *self.doctor_questions,
            *self.doctor_checks,
            *self.number_facts,
        )

    def record_ids(self) -> set[str]:
        return {record.id for record in self.records()}

    def cause(self, cause_id: str) -> CauseCard:
        for card in self.causes:
            if card.id == cause_id:
                return card
        raise KeyError(f"unknown cause card: {cause_id!r}")

    def remedy(self, remedy_id: str) -> RemedyCard:
        for card in self.remedies:
            if card.id == remedy_id:
                return card
        raise KeyError(f"unknown remedy card: {remedy_id!r}")

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(f"unknown source: {source_id!r}")

    def red_flag(self, flag_id: str) -> RedFlag:
        for flag in self.red_flags:
            if flag.id == flag_id:
                return flag
        raise KeyError(f"unknown red flag: {flag_id!r}")

    def everyday_causes(self) -> tuple[CauseCard, ...]:
        """Cause cards fit to list side by side; the rare-conditions card is left out."""
        return tuple(card for card in self.causes if not card.rare)

    def rare_causes(self) -> tuple[CauseCard, ...]:
        return tuple(card for card in self.causes if card.rare)


# Any record with an id and sources (everything but Source itself).
Record = TwitchType | CauseCard | RemedyCard | RedFlag | DoctorQuestion | DoctorCheck | NumberFact
