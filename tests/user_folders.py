"""Temporary per-user folders for a whole test session.

Roundtable keeps its settings, database, backups and log in the user's folders, which
on Linux follow the XDG variables: QSettings writes ``$XDG_CONFIG_HOME/Roundtable/
Roundtable.conf``, ``platformdirs`` puts the database (and its ``.backups`` folder) in
``$XDG_DATA_HOME/Roundtable`` and the log in ``$XDG_STATE_HOME/Roundtable/log``, Qt and
fontconfig cache under ``$XDG_CACHE_HOME``. :func:`isolate_user_folders` points every one
of them at a fresh temporary folder before anything reads them (QSettings fixes its
paths on first use), so neither the tests nor the processes they start — which inherit
the environment — can write the real ones. ``tests/test_user_folders.py`` checks it.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Mapping, MutableMapping
from pathlib import Path

APP_FOLDER = "Roundtable"
#: Each XDG base-directory variable and its default below ``$HOME`` (the XDG spec's).
XDG_DEFAULTS: dict[str, str] = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
}
RUNTIME_VARIABLE = "XDG_RUNTIME_DIR"

#: Set by :func:`isolate_user_folders`: the temporary root, and Roundtable's folders as
#: they were for the user who started the tests (the ones no test may write).
session_root: Path | None = None
real_app_folders: tuple[Path, ...] = ()


def app_folders(environ: Mapping[str, str]) -> tuple[Path, ...]:
    """Roundtable's config, data, cache and state folders under ``environ``'s XDG
    variables (their defaults below ``$HOME`` where unset or empty)."""
    home = Path(environ.get("HOME") or Path.home())
    return tuple(Path(environ.get(variable) or home / default) / APP_FOLDER
                 for variable, default in XDG_DEFAULTS.items())


def session_folder(variable: str, root: Path | None = None) -> Path:
    """The temporary folder ``variable`` (``XDG_CONFIG_HOME``...) names in this session."""
    root = root or session_root
    if root is None:
        raise RuntimeError("the user folders are not isolated (tests/conftest.py does it)")
    return root / variable.removeprefix("XDG_").removesuffix("_HOME").lower()


def isolate_user_folders(environ: MutableMapping[str, str] = os.environ) -> Path:
    """Point the XDG variables at new empty folders of one temporary root (removed when
    the process exits) and return the root; a second call returns the same root."""
    global session_root, real_app_folders
    if session_root is not None:
        return session_root
    real_app_folders = app_folders(environ)
    root = Path(tempfile.mkdtemp(prefix="roundtable-tests-home-"))
    for variable in XDG_DEFAULTS:
        folder = session_folder(variable, root)
        folder.mkdir()
        environ[variable] = str(folder)
    runtime = root / "runtime"
    runtime.mkdir(mode=0o700)  # Qt refuses a runtime folder others can enter
    environ[RUNTIME_VARIABLE] = str(runtime)
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    session_root = root
    return root
