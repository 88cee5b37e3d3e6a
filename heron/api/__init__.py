"""The read-only JSON API (/api/v1) and the local dashboard: `create_app(store)`, `serve`."""

from heron.api.app import create_app
from heron.api.server import serve

__all__ = ["create_app", "serve"]
