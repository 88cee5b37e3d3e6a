"""Run the API and dashboard with uvicorn, on the loopback interface unless told otherwise."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass

from heron.store import Store

LOOPBACK_NAMES = ("localhost",)


class RemoteHostError(ValueError):
    """A non-loopback address was asked for without allow_remote."""


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Bound:
    sock: socket.socket
    host: str
    port: int

    @property
    def url(self) -> str:
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{shown}:{self.port}/"


def bind(host: str, port: int, *, allow_remote: bool = False) -> Bound:
    """A listening socket on host:port (port 0: a free one), refused off loopback unless allowed."""
    if not allow_remote and not is_loopback(host):
        raise RemoteHostError(
            f"{host} is not a loopback address; the dashboard has no login, so serving it "
            "to the network needs an explicit --host."
        )
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY only on sockets whose proto is
    # IPPROTO_TCP, and without it every response waits ~40 ms (Nagle + delayed ACK)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host.strip("[]"), port))
    sock.listen(128)
    sock.set_inheritable(True)
    return Bound(sock=sock, host=host.strip("[]"), port=sock.getsockname()[1])


def allowed_hosts(bound: Bound) -> list[str] | None:
    """Host headers to answer: loopback names when bound to loopback, any otherwise."""
    if not is_loopback(bound.host):
        return None
    return ["127.0.0.1", "localhost", "[::1]", bound.host]


def make_server(store: Store, bound: Bound, *, log_level: str = "warning"):
    """A uvicorn Server for the app over `store`, to run on `bound` (tests run it in a thread)."""
    import uvicorn

    from heron.api.app import create_app

    app = create_app(store, allowed_hosts=allowed_hosts(bound))
    config = uvicorn.Config(
        app, log_level=log_level, access_log=False, server_header=False, lifespan="off"
    )
    return uvicorn.Server(config)


def serve(
    store: Store,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_remote: bool = False,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve until interrupted; `on_ready(url)` is called once the socket is bound."""
    bound = bind(host, port, allow_remote=allow_remote)
    server = make_server(store, bound, log_level="info")
    if on_ready:
        on_ready(bound.url)
    server.run(sockets=[bound.sock])
