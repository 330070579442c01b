"""Engine and session setup, SQLite pragmas, Alembic migrations and backups."""
from .database import Database, default_database_url, open_database, resolve_url
from .errors import StorageError

__all__ = ["Database", "StorageError", "default_database_url", "open_database", "resolve_url"]
