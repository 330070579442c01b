"""The headless commands: ``roundtable [--db URL] COMMAND …``.

Exit codes: 0 success; 1 ``check`` found warnings; 2 bad input or usage
(nothing stored); 3 the database cannot be opened or written; 4 an
unexpected internal error (logged in full to the log file).
"""
from .app import main

__all__ = ["main"]
