"""A minimal asyncio websocket client speaking Reflex's /_event protocol (Socket.IO over EIO 4).

Written against the frames a real browser sends (logged from Playwright): no extra
dependency, and one device costs one socket and one coroutine, so 200 of them fit easily.
Only what the benchmark needs: text frames, pings, close. No compression is negotiated.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import struct
import uuid
from typing import Any
from urllib.parse import urlsplit

NAMESPACE = "/_event"
ROOT_STATE = "reflex___state____state"
HYDRATE_EVENT = f"{ROOT_STATE}.hydrate_and_load"
HYDRATED_VAR = "is_hydrated_rx_state_"
_TEXT, _CLOSE, _PING, _PONG = 0x1, 0x8, 0x9, 0xA


class ProtocolError(RuntimeError):
    """The server answered something a browser would not accept."""


def encode_frame(payload: bytes, opcode: int = _TEXT, mask: bytes | None = None) -> bytes:
    """One final, masked client frame (RFC 6455 section 5.2)."""
    mask = mask if mask is not None else os.urandom(4)
    length = len(payload)
    if length < 126:
        header = struct.pack("!BB", 0x80 | opcode, 0x80 | length)
    elif length < 1 << 16:
        header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, length)
    else:
        header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, length)
    masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
    return header + mask + masked


def event_packet(name: str, payload: dict[str, Any], pathname: str) -> str:
    """The Socket.IO EVENT packet a browser sends for one Reflex event."""
    event = {"name": name, "payload": payload, "router_data": _router(pathname)}
    return f"42{NAMESPACE}," + json.dumps(["event", event], separators=(",", ":"))


def connect_packet(pathname: str, storage: dict[str, str] | None = None) -> str:
    """The namespace CONNECT packet, carrying the hydrate event as the browser does, with the
    browser storage values (fully qualified var name -> value) a page would send."""
    payload = {"vars": storage} if storage else {}
    auth = {"event": {"name": HYDRATE_EVENT, "payload": payload, "router_data": _router(pathname)}}
    return f"40{NAMESPACE}," + json.dumps(auth, separators=(",", ":"))


def state_update(message: str) -> dict[str, Any] | None:
    """The state update a message carries, or None for any other packet.

    Reflex 0.10 sends no "final" marker: an event's handler emits one update per yield
    and none when it changed nothing, so the benchmark calls handlers that always assign.
    """
    if not message.startswith(f"42{NAMESPACE},"):
        return None
    name, body = json.loads(message[len(NAMESPACE) + 3 :])[:2]
    return body if name == "event" and isinstance(body, dict) else None


def is_hydrated(update: dict[str, Any]) -> bool:
    """True for the update that ends hydration (the page becomes interactive)."""
    base = update.get("delta", {}).get(ROOT_STATE, {})
    return base.get(HYDRATED_VAR) is True


def _router(pathname: str) -> dict[str, str]:
    return {"pathname": pathname, "asPath": pathname}


class Device:
    """One simulated phone: a websocket, a session token, and a read loop."""

    def __init__(self, base_url: str, pathname: str = "/") -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.pathname = pathname
        self.token = str(uuid.uuid4())
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def connect(self, storage: dict[str, str] | None = None, hydrate: bool = True) -> None:
        """Open the socket, join the namespace and wait until the state is hydrated.

        `hydrate=False` joins without the boot event, as no browser does: the security tests
        use it to replay an old session token on its own.
        """
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        key = base64.b64encode(os.urandom(16)).decode()
        path = f"{NAMESPACE}/?token={self.token}&EIO=4&transport=websocket"
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: {self.origin}\r\n\r\n"
        )
        self._writer.write(request.encode())
        head = await self._reader.readuntil(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ProtocolError(f"no websocket upgrade: {head[:200]!r}")
        opened = await self._next_message()
        if not opened.startswith("0"):
            raise ProtocolError(f"expected the Engine.IO open packet, got {opened[:80]!r}")
        if not hydrate:
            await self._send(f"40{NAMESPACE},{{}}")
            while not (await self._next_message()).startswith(f"40{NAMESPACE}"):
                pass
            return
        await self._send(connect_packet(self.pathname, storage))
        while not is_hydrated(await self._next_update()):
            pass

    async def call(
        self, name: str, payload: dict[str, Any], pathname: str | None = None
    ) -> dict[str, Any]:
        """Send one event (from `pathname`, default the page it opened); its first delta.

        Updates that carry only events (a handler's `call_script` comes apart from its delta,
        before or after it) are skipped: the delta is what changes the page.
        """
        await self._send(event_packet(name, payload, pathname or self.pathname))
        while True:
            update = await self._next_update()
            if update.get("delta"):
                return update

    async def close(self) -> None:
        if self._writer is None:
            return
        try:
            self._writer.write(encode_frame(b"", _CLOSE))
            await self._writer.drain()
        except (ConnectionError, OSError):
            pass
        self._writer.close()
        self._writer = None

    async def _send(self, text: str) -> None:
        assert self._writer is not None, "connect() first"
        self._writer.write(encode_frame(text.encode()))
        await self._writer.drain()

    async def _next_update(self) -> dict[str, Any]:
        while True:
            message = await self._next_message()
            if message.startswith(f"44{NAMESPACE}"):
                raise ProtocolError(f"connection refused: {message[:200]}")
            update = state_update(message)
            if update is not None:
                return update

    async def _next_message(self) -> str:
        """The next Engine.IO message, answering pings on the way."""
        while True:
            opcode, payload = await self._read_frame()
            if opcode == _PING:
                self._writer.write(encode_frame(payload, _PONG))  # type: ignore[union-attr]
                continue
            if opcode == _CLOSE:
                raise ProtocolError("the server closed the websocket")
            text = payload.decode()
            if text == "2":  # Engine.IO ping: the server drops clients that never answer
                await self._send("3")
                continue
            return text

    async def _read_frame(self) -> tuple[int, bytes]:
        assert self._reader is not None, "connect() first"
        opcode, payload = 0, b""
        while True:
            first, second = await self._reader.readexactly(2)
            length = second & 0x7F
            if length == 126:
                (length,) = struct.unpack("!H", await self._reader.readexactly(2))
            elif length == 127:
                (length,) = struct.unpack("!Q", await self._reader.readexactly(8))
            mask = await self._reader.readexactly(4) if second & 0x80 else b""
            chunk = await self._reader.readexactly(length)
            if mask:
                chunk = bytes(byte ^ mask[index % 4] for index, byte in enumerate(chunk))
            opcode = opcode or first & 0x0F  # continuation frames keep the first opcode
            payload += chunk
            if first & 0x80:
                return opcode, payload
