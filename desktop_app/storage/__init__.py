"""Engine and session setup, SQLite pragmas, Alembic migrations and backups."""
from .database import Database, StorageError, default_database_url, open_database, resolve_url

__all__ = ["Database", "StorageError", "default_database_url", "open_database", "resolve_url"]
