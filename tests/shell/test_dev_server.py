"""The test server's restart serves a build only on the port the build was made for."""

import json

import pytest

from twitch_app.devtools.server import backend_on_build


def a_build(folder, port: int):
    (folder / "build" / "client").mkdir(parents=True)
    (folder / "build" / "client" / "index.html").write_text("<!doctype html>")
    (folder / "env.json").write_text(json.dumps({"EVENT": f"ws://127.0.0.1:{port}/_event"}))
    return folder


def test_a_build_for_another_port_is_refused_before_anything_starts(tmp_path):
    web_dir = a_build(tmp_path / "web", 40161)
    # 4016 is a prefix of 40161: the port is matched whole.
    with (
        pytest.raises(RuntimeError, match="built for another port than 4016$"),
        backend_on_build(tmp_path, web_dir, 4016),
    ):
        pass


def test_a_folder_without_a_build_is_refused(tmp_path):
    with (
        pytest.raises(RuntimeError, match="holds no build"),
        backend_on_build(tmp_path, tmp_path / "empty", 40161),
    ):
        pass
