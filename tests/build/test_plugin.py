"""The one build plugin: every step in order, each reported, each switchable off."""

import pytest

import rxconfig
from tests.build.test_staged_boot import IMPORTS, PAGE
from twitch_app.build.compile_hints import COMPILE_HINT
from twitch_app.build.plugin import STEP_NAMES, BuildPlugin
from twitch_app.build.precache import MANIFEST_PLACEHOLDER, VERSION_PLACEHOLDER
from twitch_app.build.steps import StepDidNothing

SCROLL = '<script>((storageKey, restoreKey) => {})("react-router-scroll-positions", null)</script>'
STYLE = '<link href="/assets/__reflex_global_styles-A1.css" rel="stylesheet" type="text/css"/>'


@pytest.fixture
def build(tmp_path):
    page = PAGE.replace("</head>", STYLE + "</head>").replace("</main>", "</main>" + SCROLL)
    files = {
        "index.html": page,
        "check/index.html": page,
        "assets/__reflex_global_styles-A1.css": "body{margin:0}",
        "sw.js": f"const V = '{VERSION_PLACEHOLDER}', P = {MANIFEST_PLACEHOLDER};",
        **{url.lstrip("/"): "export const a=1;" for url in IMPORTS},
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_app_registers_the_build_plugin_with_every_step_on():
    plugins = [p for p in rxconfig.config.plugins if isinstance(p, BuildPlugin)]
    assert len(plugins) == 1 and plugins[0].off == frozenset()


def test_every_step_runs_and_reports_the_files_it_rewrote(build, capsys):
    BuildPlugin().post_build(static_dir=build)
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "[twitch_app/build] inline_styles: rewrote 2 file(s): check/index.html index.html",
        "[twitch_app/build] staged_boot: rewrote 2 file(s): check/index.html index.html",
        "[twitch_app/build] csp: rewrote 2 file(s): check/index.html index.html",
        f"[twitch_app/build] compile_hints: rewrote {len(IMPORTS)} file(s): "
        + " ".join(sorted(url.lstrip("/") for url in IMPORTS)),
        "[twitch_app/build] precache: rewrote 1 file(s): sw.js",
    ]
    assert MANIFEST_PLACEHOLDER not in (build / "sw.js").read_text()


def test_a_step_is_switched_off_by_name(build, capsys):
    BuildPlugin(off={"compile_hints", "warm_socket"}).post_build(static_dir=build)
    assert "[twitch_app/build] compile_hints: off" in capsys.readouterr().out
    assert not (build / "assets/root-2.js").read_text().startswith(COMPILE_HINT)
    tasks = []
    BuildPlugin(off={"warm_socket"}).pre_compile(add_modify_task=lambda *task: tasks.append(task))
    assert tasks == []
    BuildPlugin().pre_compile(add_modify_task=lambda *task: tasks.append(task))
    assert [path for path, _ in tasks] == ["utils/state.js"]


def test_an_unknown_step_name_is_refused():
    assert set(STEP_NAMES) >= {"inline_styles", "staged_boot", "csp", "compile_hints", "precache"}
    with pytest.raises(ValueError, match="compile_hint"):
        BuildPlugin(off={"compile_hint"})


def test_a_page_a_step_cannot_rewrite_stops_the_build(build):
    (build / "offline.html").write_text("<html><body>no boot</body></html>")
    with pytest.raises(StepDidNothing, match="build step 'inline_styles'.*offline.html"):
        BuildPlugin().post_build(static_dir=build)
