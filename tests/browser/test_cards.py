"""Cause and remedy cards: prerendered, searchable offline, linked, accessible."""

from html import unescape

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import run_axe
from tests.browser.test_pwa import wait_for_controlling_worker
from twitch_app.knowledge import load_knowledge, search

# What the browser makes of the static build: `make test-scale` leaves it out (pyproject.toml).
pytestmark = [pytest.mark.browser, pytest.mark.frontend_only]


def shown_cards(page: Page) -> list[str]:
    return page.locator("[data-card-id]").evaluate_all(
        "links => links.map(link => link.dataset.cardId)"
    )


def open_causes(page: Page, app_server: str) -> None:
    page.goto(app_server + "/causes")
    # Filtering is client-side: wait until React owns the search box.
    page.wait_for_function("document.readyState === 'complete'")
    expect(page.get_by_label("Search causes")).to_be_enabled()


def test_search_coffee_finds_the_caffeine_card_first(page: Page, app_server: str):
    open_causes(page, app_server)
    page.get_by_label("Search causes").fill("coffee")
    expect(page.locator("[data-card-id]").first).to_have_attribute("data-card-id", "caffeine")
    expect(page.get_by_role("status")).to_contain_text("card")


@pytest.mark.parametrize(
    "query",
    [
        "coffee",
        "eyelid",
        "charley horse",
        "sleep",
        "stress",
        "cramp",
        "leg",
        "tingling",
        "eye twitch",
        "sleep jerk",
        "pins and needles",
        "seizure",
        "magnesum",
        "caffine",
        "anxeity",
    ],
)
def test_browser_ranking_matches_the_python_search(page: Page, app_server: str, query: str):
    open_causes(page, app_server)
    page.get_by_label("Search causes").fill(query)
    expected = [card.id for card in search(query) if not card.rare]
    assert expected, query
    expect(page.locator("[data-card-id]")).to_have_count(len(expected))
    assert shown_cards(page) == expected


def test_a_category_chip_filters_and_nonsense_gets_help(page: Page, app_server: str):
    open_causes(page, app_server)
    everyday = [card for card in load_knowledge().causes if not card.rare]
    expect(page.locator("[data-card-id]")).to_have_count(len(everyday))
    chip = page.get_by_role("button", name="Sleep", exact=True)
    chip.click()
    expect(chip).to_have_attribute("aria-pressed", "true")
    sleep_ids = [card.id for card in everyday if card.category == "Sleep"]
    expect(page.locator("[data-card-id]")).to_have_count(len(sleep_ids))
    assert sorted(shown_cards(page)) == sorted(sleep_ids)
    page.get_by_role("button", name="All", exact=True).click()
    page.get_by_label("Search causes").fill("xylophone")
    expect(page.locator("[data-card-id]")).to_have_count(0)
    expect(page.locator("#no-results")).to_contain_text("Try a body part")
    page.get_by_role("button", name="Show all causes").click()
    expect(page.locator("[data-card-id]")).to_have_count(len(everyday))


def test_rare_conditions_are_never_listed_beside_everyday_causes(page: Page, app_server: str):
    open_causes(page, app_server)
    assert "rare_conditions" not in shown_cards(page)
    for query in ("als", "MND", "motor neurone"):
        page.get_by_label("Search causes").fill(query)
        # Found, but shown apart with its odds, never ranked among everyday causes.
        expect(page.locator("[data-rare-id='rare_conditions']")).to_be_visible()
        assert "rare_conditions" not in shown_cards(page)
    expect(page.get_by_role("complementary", name="Rare conditions")).to_be_visible()


def test_search_finds_remedies_and_types_and_opens_them(page: Page, app_server: str):
    open_causes(page, app_server)
    page.get_by_label("Search causes").fill("magnesium")
    page.locator("[data-card-id='magnesium_foods']").click()
    page.wait_for_url("**/remedies/magnesium_foods**")
    expect(page.locator("h1")).to_have_text("Eat magnesium-rich foods")


def test_every_card_page_is_prerendered_with_its_text(app_server: str, static_dir):
    kb = load_knowledge()
    for card in [*kb.causes, *kb.remedies]:
        section = "causes" if card in kb.causes else "remedies"
        html = (static_dir / section / card.id / "index.html").read_text()
        assert f">{card.title}</h1>" in html.replace("&#x27;", "'"), card.id
        assert "When to see a doctor" in html or section == "remedies"
        text = unescape(html)
        assert all(kb.source(s).title in text for s in card.sources), card.id
        assert all(kb.source(s).publisher in text for s in card.sources), card.id
    assert httpx.get(f"{app_server}/causes/caffeine/").status_code == 200
    about = unescape((static_dir / "about" / "index.html").read_text())
    assert all(source.title in about for source in kb.sources)
    rare = unescape((static_dir / "causes" / "rare_conditions" / "index.html").read_text())
    assert "<details" in rare and "More: the 17 conditions" in rare


def test_a_cause_card_links_to_remedies_and_back(page: Page, app_server: str):
    page.goto(app_server + "/causes/caffeine")
    expect(page.locator("h1")).to_have_text("Caffeine and other stimulants")
    doctor = page.get_by_role("region", name="When to see a doctor")
    expect(doctor).to_contain_text("2 weeks")
    page.locator("main").get_by_role("link", name="Cut down on caffeine and alcohol").click()
    page.wait_for_url("**/remedies/cut_caffeine_alcohol**")
    expect(page.locator("h1")).to_have_text("Cut down on caffeine and alcohol")
    page.locator("main").get_by_role("link", name="Caffeine and other stimulants").click()
    expect(page.locator("h1")).to_have_text("Caffeine and other stimulants")


def test_a_card_opened_offline_after_one_visit_renders_fully(page: Page, app_server: str):
    page.goto(app_server + "/")
    wait_for_controlling_worker(page)
    page.context.set_offline(True)
    try:
        page.goto(app_server + "/remedies/hydration")
        expect(page.locator("h1")).to_have_text("Drink enough water")
        expect(page.locator("main")).to_contain_text("2%")
        page.goto(app_server + "/causes")
        page.get_by_label("Search causes").fill("coffee")
        expect(page.locator("[data-card-id]").first).to_have_attribute("data-card-id", "caffeine")
    finally:
        page.context.set_offline(False)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_list_a_card_and_the_types(browser, app_server, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        for route in ["/causes", "/causes/rare_conditions", "/remedies/hydration", "/twitch-types"]:
            page.goto(app_server + route)
            expect(page.locator("html")).to_have_class(scheme)
            results = run_axe(page)
            assert results.violations_count == 0, f"{route}: {results.generate_report()}"
    finally:
        context.close()
