"""Storage: SQLAlchemy 2 models and queries (SQLite by default, PostgreSQL by URL)."""

from heron.store.db import DEFAULT_URL, Store, open_store

__all__ = ["DEFAULT_URL", "Store", "open_store"]
