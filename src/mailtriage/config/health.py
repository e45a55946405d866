"""The `[health]` part of the config schema: the loopback HTTP endpoint and admin alerts."""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field, model_validator

from mailtriage.config.schema import Duration, Frozen, is_loopback

_LISTEN_HINT = 'write "host:port", e.g. "127.0.0.1:9464" or "[::1]:9464"'


def split_listen(listen: str) -> tuple[str, int]:
    """("127.0.0.1", 9464) from "127.0.0.1:9464"; IPv6 hosts in brackets ("[::1]:9464")."""
    host, sep, port = listen.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"[health] listen = {listen!r} is not an address; {_LISTEN_HINT}")
    if ":" in host and not (host.startswith("[") and host.endswith("]")):
        raise ValueError(f"[health] listen = {listen!r}: put an IPv6 host in brackets")
    return host.strip("[]"), int(port)


class HealthConfig(Frozen):
    """`[health]`: /healthz and /metrics on loopback, and who hears about a failing mailbox."""

    listen: str | None = None
    allow_remote: bool = False
    alert_after: Duration = Field(default=timedelta(minutes=15))
    admin_address: str | None = Field(default=None, pattern=r"^[^@\s<>,;]+@[^@\s<>,;]+$")

    @model_validator(mode="after")
    def _loopback_unless_allowed(self) -> HealthConfig:
        if self.listen is None:
            return self
        host, _port = split_listen(self.listen)
        if not is_loopback(host) and not self.allow_remote:
            raise ValueError(
                f"[health] listen = {self.listen!r} is not a loopback address: /healthz and "
                "/metrics have no authentication. Use 127.0.0.1 or [::1] (and a reverse "
                "proxy), or set [health] allow_remote = true if a firewall protects it"
            )
        return self

    @property
    def address(self) -> tuple[str, int] | None:
        """(host, port) to bind, or None when the endpoint is off."""
        return split_listen(self.listen) if self.listen else None
