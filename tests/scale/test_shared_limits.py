"""Rate limits shared by every worker (twitch_app/redis_limits.py), against a real Redis.

The windows slide exactly as the in-process Limiter's do (tests/test_limits.py has the same
cases), two workers' limiters share one count, and a key's last try is taken once however many
ask for it at the same moment.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from tests.browser.test_forged_events import DEVICE, PRIVACY, SECRET_VAR, Forger, delta
from tests.browser.test_limits import run
from tests.test_limits import every_key_counts_or_none, window_slides_per_key
from twitch_app.devtools.scale import services
from twitch_app.devtools.server import free_port
from twitch_app.limits import TRANSFER_TRIES, Budget, TooMany
from twitch_app.redis_limits import KEY_PREFIX, RedisLimiter, connect

pytestmark = pytest.mark.scale


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory) -> Iterator[str]:
    """A throwaway redis-server on a free loopback port, no files, gone after the module."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is missing: apt-get install -y redis-server")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"redis://127.0.0.1:{port}/0"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                connect(url).ping()
                break
            except redis.ConnectionError:
                assert process.poll() is None, "redis-server exited at start"
                assert time.monotonic() < deadline, "redis-server did not answer in 20 s"
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def store(redis_url) -> redis.Redis:
    client = connect(redis_url)
    client.flushdb()
    return client


@pytest.fixture
def in_redis(store):
    """A maker of limiters for the scenarios of tests/test_limits.py."""
    return lambda budget, clock: RedisLimiter(store, "t", budget, fail_open=False, clock=clock)


def test_the_budget_is_per_key_and_frees_up_as_the_window_slides(in_redis):
    window_slides_per_key(in_redis)


def test_a_hit_counts_against_every_key_and_a_refusal_counts_against_none(in_redis):
    every_key_counts_or_none(in_redis)


def test_workers_share_one_count_and_keys_expire_with_their_window(store):
    budget = Budget(limit=5, window_s=900)
    workers = [RedisLimiter(store, "tries", budget, fail_open=False) for _ in range(3)]
    accepted = 0
    for n in range(15):
        try:
            workers[n % 3].hit("address:203.0.113.9")
            accepted += 1
        except TooMany as refused:
            assert 899 < refused.retry_after_s <= 900
    assert accepted == budget.limit
    key = f"{KEY_PREFIX}tries:address:203.0.113.9"
    assert 899 < store.ttl(key) <= 900  # a flood of keys cannot fill Redis


def test_the_last_try_is_taken_once_however_many_ask_at_once(redis_url):
    budget = Budget(limit=5, window_s=60)
    connect(redis_url).flushdb()

    def one_try(_: int) -> bool:
        limiter = RedisLimiter(connect(redis_url), "race", budget, fail_open=False)
        try:
            limiter.hit("device:1")
            return True
        except TooMany:
            return False

    with ThreadPoolExecutor(16) as pool:
        taken = list(pool.map(one_try, range(64)))
    assert sum(taken) == budget.limit


# --- Through the app, with three workers ---------------------------------------------------

REDIS_DB = 3  # apart from the browser suite's server (0) and the deploy layout's (2)
WORKERS = "3"
WRONG_CODE = {"form": {"code": "ACDE-FGHJ-KMNP"}}


@pytest.fixture(scope="module")
def three_workers(spare_build, tmp_path_factory) -> Iterator[str]:
    services.start()
    url = services.redis_url(REDIS_DB)
    connect(url).flushdb()  # no tries left over from an earlier run
    env = {
        "DATABASE_URL": services.fresh_database("t_shared_limits"),
        "REDIS_URL": url,
        "GRANIAN_WORKERS": WORKERS,
    }
    with spare_build.serve(tmp_path_factory.mktemp("limits"), env) as server:
        yield server.url


def test_transfer_tries_are_five_across_workers_and_tabs(three_workers):
    """Each try through a fresh socket (a new tab or a reload), which lands on any worker."""

    async def scenario():
        owner = Forger(three_workers, "/privacy")
        await owner.connect()
        await owner.save(area="calf", intensity="2")
        await owner.close()
        messages = []
        for _ in range(2 * TRANSFER_TRIES.limit):
            tab = Forger(three_workers, "/privacy")
            await tab.connect(storage={f"{DEVICE}.{SECRET_VAR}": owner.secret})
            updates = await tab.forge(f"{PRIVACY}.redeem", WRONG_CODE)
            messages.append(delta(updates, PRIVACY).get("transfer_message_rx_state_", ""))
            await tab.close()
        # Another device from the same address: the address's tries are spent as well.
        stranger = Forger(three_workers, "/privacy")
        await stranger.connect()
        updates = await stranger.forge(f"{PRIVACY}.redeem", WRONG_CODE)
        await stranger.close()
        return messages, delta(updates, PRIVACY).get("transfer_message_rx_state_", "")

    messages, strangers = run(scenario)
    accepted = sum("not valid" in message for message in messages)
    print(f"{len(messages)} tries through fresh sockets on {WORKERS} workers: {accepted} accepted")
    assert accepted == TRANSFER_TRIES.limit, messages
    assert all("not valid" in m for m in messages[: TRANSFER_TRIES.limit]), messages
    assert all("Too many tries" in m for m in messages[TRANSFER_TRIES.limit :]), messages
    assert "try again in 15 minutes" in messages[-1]
    assert "Too many tries" in strangers
