"""The process under systemd: signals, READY/RELOADING/STOPPING, the watchdog, config reload."""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from mailtriage.config import Config, load_config
from mailtriage.daemon.app import App, build_app
from mailtriage.daemon.secrets import require_secrets
from mailtriage.daemon.service import Service
from mailtriage.daemon.systemd import notify, reloading, watchdog_interval

log = logging.getLogger(__name__)


class Daemon:
    """The process under systemd: signals, READY/RELOADING/STOPPING, watchdog, config reload."""

    def __init__(
        self, config_path: Path, app: App, build: Callable[[Config], App] = build_app
    ) -> None:
        self.config_path, self.build = config_path, build
        self.service = Service(app)
        self.stop = threading.Event()
        self.reload_requested = threading.Event()
        self.ready = False
        self.watchdog = watchdog_interval()
        self.next_ping = 0.0
        self.reported_stall: list[str] = []

    def run(self) -> None:
        """Run until SIGTERM or SIGINT; SIGHUP reloads the config file."""
        self._handle_signals()
        self.service.start()
        tick = min(1.0, self.watchdog / 2) if self.watchdog else 1.0
        while not self.stop.wait(tick):
            self._step()
        notify("STOPPING=1", "STATUS=stopping: finishing the message in hand")
        self.service.shutdown()

    def _handle_signals(self) -> None:
        def on_stop(signum: int, _frame: FrameType | None) -> None:
            log.info("received %s: finishing the message in hand", signal.Signals(signum).name)
            self.stop.set()

        def on_reload(_signum: int, _frame: FrameType | None) -> None:
            log.info("received SIGHUP: reloading the configuration from %s", self.config_path)
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, on_stop)
        signal.signal(signal.SIGINT, on_stop)
        signal.signal(signal.SIGHUP, on_reload)

    def _step(self) -> None:
        if self.reload_requested.is_set():
            self.reload_requested.clear()
            self.reload()
        if not self.ready and self.service.started:
            self.ready = True
            notify("READY=1", f"STATUS={self.status()}")
            log.info("ready: %s", self.status())
        self._ping_watchdog()

    def status(self) -> str:
        """One line for `systemctl status`: mailboxes running and failing."""
        failing = self.service.failing()
        text = f"running: {len(self.service.workers)} mailbox(es)"
        return f"{text}, failing: {', '.join(failing)}" if failing else text

    def _ping_watchdog(self) -> None:
        # Also while a reload starts the new mailboxes: systemd enforces it in every state.
        if self.watchdog is None or time.monotonic() < self.next_ping:
            return
        stalled = self.service.stalled()
        if stalled != self.reported_stall and stalled:
            log.error(
                "mailbox loop(s) stalled: %s; no longer telling systemd we are alive, "
                "so the watchdog restarts mailtriage",
                ", ".join(stalled),
            )
        self.reported_stall = stalled
        if not stalled:
            notify("WATCHDOG=1")
            self.next_ping = time.monotonic() + self.watchdog

    def reload(self) -> None:
        """Re-read the config file: apply it when valid, else keep running as before."""
        notify(*reloading(), "STATUS=reloading the configuration")
        try:
            config = load_config(self.config_path)
            require_secrets(config)  # a secret the new config names must be there, as at start
            self._apply(config)
        except Exception as exc:
            log.error("configuration not reloaded, still running with the old one: %s", exc)
        self.ready = False  # READY=1 again once the (new or old) mailboxes have started

    def _apply(self, config: Config) -> None:
        changes = changed_keys(self.service.app.config, config)
        if not changes:
            log.info("configuration reloaded: nothing changed")
            return
        app = self.build(config)
        try:
            service = Service(app)
        except Exception:
            app.close()
            raise
        self.service.close()
        self.service = service
        self.service.start()
        log.info("configuration reloaded; changed: %s", ", ".join(changes))


def changed_keys(old: Config, new: Config) -> list[str]:
    """Dotted names of the settings that differ; names only, as values may be secrets."""
    before, after = _flatten(old.model_dump(), ""), _flatten(new.model_dump(), "")
    changed = {k for k in before.keys() | after.keys() if before.get(k, ...) != after.get(k, ...)}
    return sorted({_whole_item(key, before, after) for key in changed})


def _flatten(value: Any, prefix: str) -> dict[str, Any]:
    """{"mailbox[support].host": ...}: list items of tables are named by their `name`."""
    if isinstance(value, dict):
        pairs = [(f"{prefix}.{k}" if prefix else str(k), v) for k, v in value.items()]
    elif isinstance(value, list | tuple) and value and all(isinstance(v, dict) for v in value):
        pairs = [(f"{prefix}[{v.get('name', i)}]", v) for i, v in enumerate(value)]
    else:
        return {prefix: value}
    flat: dict[str, Any] = {}
    for key, item in pairs:
        flat.update(_flatten(item, key))
    return flat


def _whole_item(key: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    """`mailbox[x] (added)` / `(removed)` instead of every key of a table that came or went."""
    item = key.split("].", 1)[0] + "]" if "]." in key else ""
    if not item:
        return key
    if not any(k.startswith(item) for k in before):
        return f"{item} (added)"
    if not any(k.startswith(item) for k in after):
        return f"{item} (removed)"
    return key
