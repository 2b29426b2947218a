"""The README's deployment, on loopback: the tests run this exact layout.

In the README's order: migrate, export the static front end, start the backend workers
(twitch_app.deploy.backend), then the web server (twitch_app/deploy/nginx-site.conf) in front.
The database and Redis come from DATABASE_URL and REDIS_URL in the environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from twitch_app.deploy.render_site import render_site
from twitch_app.devtools.server import ROOT, free_port, process_group, wait_until_answers

BIN = ROOT / ".venv" / "bin"
START_TIMEOUT_S = 180
EXPORT_TIMEOUT_S = 600

# nginx runs in the foreground with every path under its own prefix folder.
NGINX_MAIN = """\
worker_processes 1;
error_log {prefix}/error.log warn;
pid {prefix}/nginx.pid;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    include {prefix}/site.conf;
}}
"""


@dataclass(frozen=True)
class Layout:
    url: str  # the web server: what people open
    backend_url: str  # the workers, directly (health checks from a load balancer)
    backend: subprocess.Popen  # the Granian supervisor
    web_server: subprocess.Popen
    static_dir: Path


def export_front_end(web_dir: Path, env: dict[str, str], log: Path) -> Path:
    """`reflex export --frontend-only`: plain files with API_URL baked in."""
    with log.open("w") as out:
        export = subprocess.run(
            [str(BIN / "reflex"), "export", "--frontend-only", "--no-zip", "--env", "prod"],
            cwd=ROOT, env={**env, "REFLEX_WEB_WORKDIR": str(web_dir)}, stdout=out,
            stderr=subprocess.STDOUT, timeout=EXPORT_TIMEOUT_S,
        )  # fmt: skip
    if export.returncode != 0:
        raise RuntimeError(f"reflex export failed:\n{log.read_text()[-3000:]}")
    return web_dir / "build" / "client"


def _nginx_prefix(work_dir: Path, static_dir: Path, listen: str, backend: str) -> Path:
    prefix = work_dir / "nginx"
    for temp in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (prefix / "tmp" / temp).mkdir(parents=True, exist_ok=True)
    (prefix / "site.conf").write_text(render_site(listen=listen, root=static_dir, backend=backend))
    (prefix / "nginx.conf").write_text(NGINX_MAIN.format(prefix=prefix))
    return prefix


@contextmanager
def deploy_layout(work_dir: Path, web_dir: Path, workers: int = 2) -> Iterator[Layout]:
    """The whole layout on free loopback ports; everything stops when the block ends."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        raise RuntimeError("nginx is missing: apt-get install -y nginx-light (test-scale does)")
    site_port, backend_port = free_port(), free_port()
    url, backend_url = f"http://127.0.0.1:{site_port}", f"http://127.0.0.1:{backend_port}"
    # The front end and the API share one origin through the proxy.
    env = {**os.environ, "PUBLIC_URL": url, "API_URL": url, "ALLOWED_ORIGINS": url,
           "TRUSTED_PROXY_HOPS": "1",  # the workers sit behind this layout's nginx
           "PORT": str(backend_port), "HOST": "127.0.0.1"}  # fmt: skip
    subprocess.run([str(BIN / "reflex"), "db", "migrate"], cwd=ROOT, env=env, check=True)
    static_dir = export_front_end(web_dir, env, work_dir / "export.log")
    with ExitStack() as stack:
        backend_log = work_dir / "backend.log"
        backend = stack.enter_context(process_group(
            [str(BIN / "python"), "-m", "twitch_app.deploy.backend", "--host", "127.0.0.1",
             "--port", str(backend_port), "--workers", str(workers)],
            ROOT, env, backend_log,
        ))  # fmt: skip
        wait_until_answers([f"{backend_url}/_health"], backend, backend_log, START_TIMEOUT_S)
        listen, upstream = f"127.0.0.1:{site_port}", f"127.0.0.1:{backend_port}"
        prefix = _nginx_prefix(work_dir, static_dir, listen, upstream)
        web_log = work_dir / "nginx.log"
        web_server = stack.enter_context(process_group(
            [nginx, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
            ROOT, env, web_log,
        ))  # fmt: skip
        wait_until_answers([f"{url}/ping"], web_server, web_log, START_TIMEOUT_S)
        yield Layout(url, backend_url, backend, web_server, static_dir)
