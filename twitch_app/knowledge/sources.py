"""The five source articles.

Cards cite articles by title. The titles themselves are shared constants (twitch_app/vocabulary.py)
so routines cite the very same strings; the records here add each article's id, file and summary.
"""

from twitch_app.knowledge.models import Source
from twitch_app.vocabulary import (
    HOW_TO_STOP,
    TWITCHES_DURING_SLEEP,
    TWITCHING_WHILE_SLEEPING,
    WHAT_TO_DO,
    WHY_SUDDENLY,
)

SOURCES: tuple[Source, ...] = (
    Source(
        id="twitching_while_sleeping",
        title=TWITCHING_WHILE_SLEEPING,
        file_name="000_bf8c273161a5dd09.txt",
        about="Kinds of twitch at night, common causes, sleep disorders and home remedies.",
    ),
    Source(
        id="night_twitches_causes",
        title=TWITCHES_DURING_SLEEP,
        file_name="001_fda98b3d20b5d509.txt",
        about="Hypnic jerks, low minerals, hormones, stress, light sleep and epilepsy at night.",
    ),
    Source(
        id="twitching_what_to_do",
        title=WHAT_TO_DO,
        file_name="002_8531bb9eb7257e42.txt",
        about="Fasciculations, stress, magnesium, twitches when falling asleep, restless legs.",
    ),
    Source(
        id="suddenly_twitching",
        title=WHY_SUDDENLY,
        file_name="003_64682895ee81a036.txt",
        about="Dehydration, minerals, overuse, poor sleep, stress, medicines and simple tips.",
    ),
    Source(
        id="how_to_stop_twitches",
        title=HOW_TO_STOP,
        file_name="004_5a22dd98af759f04.txt",
        about=(
            "A clinic's myoclonus explainer, a health service page on twitches, a sports "
            "nutrition piece and a fasciculation explainer."
        ),
    ),
)
