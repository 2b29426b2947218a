"""The /_event protocol pieces of the load generator, against frames a browser sent."""

import json

from twitch_app.devtools.bench.wsclient import (
    connect_packet,
    encode_frame,
    event_packet,
    is_hydrated,
    state_update,
)

# Copied from a real browser session (Playwright's framereceived), shortened.
HYDRATED = (
    '42/_event,["event",{"delta":{"reflex___state____state":{"is_hydrated_rx_state_":true}}}]'
)


def test_event_packet_matches_what_the_browser_sends():
    packet = event_packet("a.b.load", {"x": 1}, "/relax/")
    assert packet.startswith("42/_event,")
    name, body = json.loads(packet[len("42/_event,") :])
    assert name == "event"
    assert body == {"name": "a.b.load", "payload": {"x": 1},
                    "router_data": {"pathname": "/relax/", "asPath": "/relax/"}}  # fmt: skip


def test_connect_packet_carries_the_hydrate_event():
    auth = json.loads(connect_packet("/")[len("40/_event,") :])
    assert auth["event"]["name"].endswith(".hydrate_and_load")


def test_updates_are_recognised_and_hydration_is_detected():
    update = state_update(HYDRATED)
    assert update is not None and is_hydrated(update)
    not_yet = HYDRATED.replace("true", "false")
    assert not is_hydrated(state_update(not_yet))
    assert state_update('40/_event,{"sid":"abc"}') is None


def test_client_frames_are_masked_and_sized():
    short = encode_frame(b"hi", mask=b"\x01\x02\x03\x04")
    assert short[:2] == b"\x81\x82"  # final text frame, masked, length 2
    assert short[6:] == bytes([ord("h") ^ 1, ord("i") ^ 2])
    medium = encode_frame(b"x" * 300, mask=b"\0\0\0\0")
    assert medium[1] == 0x80 | 126 and int.from_bytes(medium[2:4], "big") == 300
