"""Source records: the five articles, then guidelines, reviews and trials.

Patient-information pages from health services and hospitals are in sources_pages.py, and the
pages behind the medicines card (lithium, antihistamines, withdrawal) in sources_medicines.py. Each
record says who published it, where to read it, when it was published or last reviewed (as far as
we could find out), and how strong a source it is. Cards cite these records by id.
"""

from twitch_app.ids import HOW_TO_STOP as HOW_TO_STOP_TITLE
from twitch_app.ids import (
    SRC_ALS_EPIDEMIOLOGY,
    SRC_BFS_REVIEW,
    SRC_BREATHWORK_TRIAL,
    SRC_COCHRANE_MG,
    SRC_COCHRANE_PREGNANCY,
    SRC_FORUM,
    SRC_HOW_TO_STOP,
    SRC_MEDITATION,
    SRC_NICE_CG150,
    SRC_NICE_NG127,
    SRC_RELAXATION,
    SRC_SLEEPING,
    SRC_SLOW_BREATHING,
    SRC_WHAT_TO_DO,
    SRC_WHY_SUDDENLY,
    TWITCHES_DURING_SLEEP,
    TWITCHING_WHILE_SLEEPING,
    WHAT_TO_DO,
    WHY_SUDDENLY,
)
from twitch_app.knowledge.models import Source
from twitch_app.knowledge.sources_medicines import MEDICINE_SOURCES
from twitch_app.knowledge.sources_pages import PAGE_SOURCES

WEB_ARTICLE = "Web article (no author or publisher named)"

ARTICLES: tuple[Source, ...] = (
    Source(
        id=SRC_SLEEPING,
        publisher=WEB_ARTICLE,
        title=TWITCHING_WHILE_SLEEPING,
        url="",
        date="",
        date_kind="unknown",
        grade="other",
        about="Kinds of twitch at night, common causes, sleep disorders and home remedies.",
        file_name="000_bf8c273161a5dd09.txt",
    ),
    Source(
        id=SRC_FORUM,
        publisher="Forum post (a user of a health forum)",
        title=TWITCHES_DURING_SLEEP,
        url="",
        date="2025-09-15",
        date_kind="published",
        grade="other",
        about="Hypnic jerks, low minerals, hormones, stress, light sleep and epilepsy at night.",
        file_name="001_fda98b3d20b5d509.txt",
    ),
    Source(
        id=SRC_WHAT_TO_DO,
        publisher=WEB_ARTICLE,
        title=WHAT_TO_DO,
        url="",
        date="",
        date_kind="unknown",
        grade="other",
        about="Fasciculations, stress, magnesium, twitches when falling asleep, restless legs.",
        file_name="002_8531bb9eb7257e42.txt",
    ),
    Source(
        id=SRC_WHY_SUDDENLY,
        publisher=WEB_ARTICLE,
        title=WHY_SUDDENLY,
        url="",
        date="",
        date_kind="unknown",
        grade="other",
        about="Dehydration, minerals, overuse, poor sleep, stress, medicines and simple tips.",
        file_name="003_64682895ee81a036.txt",
    ),
    Source(
        id=SRC_HOW_TO_STOP,
        publisher="Web article collecting a clinic's explainer and a health-service page",
        title=HOW_TO_STOP_TITLE,
        url="",
        date="",
        date_kind="unknown",
        grade="other",
        about=(
            "A clinic's myoclonus explainer, a health service page on twitches, a sports "
            "nutrition piece and a fasciculation explainer."
        ),
        file_name="004_5a22dd98af759f04.txt",
    ),
)

EVIDENCE: tuple[Source, ...] = (
    Source(
        id=SRC_NICE_NG127,
        publisher="NICE (National Institute for Health and Care Excellence)",
        title="Suspected neurological conditions: recognition and referral (NG127)",
        url="https://www.nice.org.uk/guidance/ng127",
        date="2019-05-01",
        date_kind="published",
        grade="guideline",
        about=(
            "When a GP should send someone with nerve or muscle symptoms to a specialist; small "
            "twitches (fasciculations) only with muscle wasting and weakness, or stiffness."
        ),
    ),
    Source(
        id=SRC_NICE_CG150,
        publisher="NICE (National Institute for Health and Care Excellence)",
        title="Headaches in over 12s: diagnosis and management (CG150)",
        url="https://www.nice.org.uk/guidance/cg150",
        date="2012-09-19",
        date_kind="published",
        grade="guideline",
        about="Which headaches need a doctor to look further, such as a sudden, very bad one.",
    ),
    Source(
        id=SRC_COCHRANE_MG,
        publisher="Cochrane Database of Systematic Reviews (Garrison and others)",
        title="Magnesium for skeletal muscle cramps (CD009402)",
        url="https://doi.org/10.1002/14651858.CD009402.pub3",
        date="2020-09-21",
        date_kind="published",
        grade="systematic_review",
        about="11 trials: magnesium pills did not prevent cramps in older adults.",
    ),
    Source(
        id=SRC_COCHRANE_PREGNANCY,
        publisher="Cochrane Database of Systematic Reviews (Luo and others)",
        title="Interventions for leg cramps in pregnancy (CD010655)",
        url="https://doi.org/10.1002/14651858.CD010655.pub3",
        date="2020-12-04",
        date_kind="published",
        grade="systematic_review",
        about="8 small trials: mixed results for magnesium in pregnancy; low-certainty evidence.",
    ),
    Source(
        id=SRC_BFS_REVIEW,
        publisher="Neurological Sciences (Mattiuzzi and Lippi)",
        title=(
            "Clinical progression of benign fasciculation syndrome: a systematic literature review"
        ),
        url="https://doi.org/10.1007/s10072-024-07867-0",
        date="2024-11-07",
        date_kind="published",
        grade="systematic_review",
        about="180 people followed for months to years: twitches often stayed, none got ALS.",
    ),
    Source(
        id=SRC_ALS_EPIDEMIOLOGY,
        publisher="Neuroepidemiology (Chiò and others)",
        title=(
            "Global epidemiology of amyotrophic lateral sclerosis: a systematic review of the "
            "published literature"
        ),
        url="https://doi.org/10.1159/000351153",
        date="2013-07-11",
        date_kind="published",
        grade="systematic_review",
        about="How often ALS is found: about 2 in 100,000 people a year in Europe.",
    ),
    Source(
        id=SRC_SLOW_BREATHING,
        publisher="Frontiers in Human Neuroscience (Zaccaro and others)",
        title=(
            "How breath-control can change your life: a systematic review on "
            "psycho-physiological correlates of slow breathing"
        ),
        url="https://doi.org/10.3389/fnhum.2018.00353",
        date="2018-09-07",
        date_kind="published",
        grade="systematic_review",
        about="Breathing slower than 10 breaths a minute linked with calmer body and mood.",
    ),
    Source(
        id=SRC_MEDITATION,
        publisher="JAMA Internal Medicine (Goyal and others)",
        title="Meditation programs for psychological stress and well-being",
        url="https://doi.org/10.1001/jamainternmed.2013.13018",
        date="2014-03-01",
        date_kind="published",
        grade="systematic_review",
        about="47 trials: mindfulness programs gave small to moderate drops in anxiety.",
    ),
    Source(
        id=SRC_RELAXATION,
        publisher="BMC Psychiatry (Manzoni and others)",
        title="Relaxation training for anxiety: a ten-years systematic review with meta-analysis",
        url="https://doi.org/10.1186/1471-244X-8-41",
        date="2008-06-02",
        date_kind="published",
        grade="systematic_review",
        about="27 studies of muscle relaxation and similar methods: anxiety went down.",
    ),
    Source(
        id=SRC_BREATHWORK_TRIAL,
        publisher="Cell Reports Medicine (Balban and others)",
        title=(
            "Brief structured respiration practices enhance mood and reduce physiological arousal"
        ),
        url="https://doi.org/10.1016/j.xcrm.2022.100895",
        date="2023-01-17",
        date_kind="published",
        grade="trial",
        about=(
            "114 adults, 5 minutes a day for a month: cyclic sighing and box breathing lifted "
            "mood; cyclic sighing did most."
        ),
    ),
)

SOURCES: tuple[Source, ...] = ARTICLES + EVIDENCE + PAGE_SOURCES + MEDICINE_SOURCES
