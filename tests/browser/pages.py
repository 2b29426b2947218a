"""What a person should see on each route (the tests' expectations, kept in one place)."""

HEADINGS = {
    "/": "Calm answers for muscle twitches",
    "/check": "Check my symptoms",
    "/causes": "Causes and remedies",
    "/relax": "Relax",
    "/diary": "Twitch diary",
    "/about": "About Twitch Relief",
    "/offline": "You're offline",
    "/twitch-types": "Kinds of twitch",
    "/diary/summary": "Doctor summary",
    "/privacy": "Your data and privacy",
}

TABS = {"Home": "/", "Check": "/check", "Causes": "/causes", "Relax": "/relax", "Diary": "/diary"}


def path_of(url: str) -> str:
    """'/causes/' and '/causes' are the same page (the server adds the slash)."""
    path = "/" + url.split("://", 1)[1].split("/", 1)[1].split("?")[0]
    return path.rstrip("/") or "/"


# The browser tests prove the number is configurable by running with a non-default one.
TEST_EMERGENCY_NUMBER = "999"


def every_route() -> list[str]:
    """Every page the app builds: the fixed ones above, each card and each routine."""
    from twitch_app.content_links import cause_route, remedy_route, routine_route
    from twitch_app.knowledge import load_knowledge
    from twitch_app.routines import all_routines

    knowledge = load_knowledge()
    return [
        *HEADINGS,
        *(cause_route(card.id) for card in knowledge.causes),
        *(remedy_route(card.id) for card in knowledge.remedies),
        *(routine_route(routine.id) for routine in all_routines()),
    ]
