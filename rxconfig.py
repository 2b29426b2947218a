"""Reflex configuration, derived from the environment (see twitch_app/settings.py)."""

import reflex as rx

from twitch_app.build.plugin import BuildPlugin
from twitch_app.settings import load_settings

settings = load_settings()

config = rx.Config(
    app_name="twitch_app",
    frontend_port=settings.port,
    backend_port=settings.port,
    backend_host=settings.host,
    api_url=settings.api_url,
    deploy_url=settings.public_url,
    db_url=settings.database_url,
    redis_url=settings.redis_url,
    cors_allowed_origins=list(settings.allowed_origins),
    # Behind nginx every client would otherwise be 127.0.0.1 to the per-address limits.
    trusted_proxy_hops=settings.trusted_proxy_hops,
    telemetry_enabled=False,
    show_built_with_reflex=False,
    default_color_mode="system",
    # The build steps (twitch_app/build/README.md); one off: BuildPlugin(off={"compile_hints"}).
    plugins=[rx.plugins.SitemapPlugin(), BuildPlugin()],
)
