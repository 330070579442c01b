"""The domain: SQLAlchemy models and the rules over them. No Qt and no I/O here."""
