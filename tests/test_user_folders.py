"""No test writes the real user's folders: the session runs on temporary XDG folders.

``tests/conftest.py`` points the XDG variables at a temporary root at import
(``tests/user_folders.py``). Checked in this process (every way the code finds a user
folder resolves inside that root) and in a real window run of the sample, which must
write its settings, database and log there and leave the real folders as they were.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from tests import user_folders

REPO = Path(__file__).resolve().parent.parent

#: (size, modification time) of every file under a folder; None when it does not exist.
Snapshot = dict[str, tuple[int, int]] | None


def snapshot(folder: Path) -> Snapshot:
    if not folder.exists():
        return None
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*"))}


def session_root() -> Path:
    root = user_folders.session_root
    assert root is not None, "tests/conftest.py did not isolate the user folders"
    return root


def test_every_user_folder_the_code_finds_is_inside_the_session_root() -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    from desktop_app.errorlog import LOG_ENV, log_file_path
    from desktop_app.storage.database import data_directory

    root = session_root()
    found = {
        "QSettings of the window": Path(QSettings("Roundtable", "Roundtable").fileName()),
        "database folder": data_directory(),
        "platformdirs config": Path(platformdirs.user_config_dir("Roundtable")),
        "platformdirs data": Path(platformdirs.user_data_dir("Roundtable")),
        "platformdirs cache": Path(platformdirs.user_cache_dir("Roundtable")),
        "platformdirs state": Path(platformdirs.user_state_dir("Roundtable")),
        "platformdirs log": Path(platformdirs.user_log_dir("Roundtable")),
    }
    for location in ("GenericConfigLocation", "GenericDataLocation", "GenericCacheLocation",
                     "GenericStateLocation", "RuntimeLocation"):
        found[f"QStandardPaths {location}"] = Path(QStandardPaths.writableLocation(
            getattr(QStandardPaths.StandardLocation, location)))
    saved_log = os.environ.pop(LOG_ENV, None)
    try:
        found["error log (default)"] = log_file_path()
    finally:
        if saved_log is not None:
            os.environ[LOG_ENV] = saved_log
    outside = {name: str(path) for name, path in found.items() if not path.is_relative_to(root)}
    assert not outside, f"not under the session's folders {root}: {outside}"
    for real in user_folders.real_app_folders:
        assert not real.is_relative_to(root)


@pytest.mark.slow
def test_a_window_run_writes_only_the_session_folders() -> None:
    """The subprocess inherits the session's variables: its settings, default database
    and log land in the temporary folders, and the real ones are left as they were."""
    config, data, state = (user_folders.session_folder(name) / user_folders.APP_FOLDER
                           for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"))
    for folder in (config, data, state):  # this session's own: what the run writes is new
        shutil.rmtree(folder, ignore_errors=True)
    before = {folder: snapshot(folder) for folder in user_folders.real_app_folders}
    # The defaults, as a user's first run sees them: no --db, no log override.
    env = {key: value for key, value in os.environ.items()
           if key not in ("ROUNDTABLE_DB", "ROUNDTABLE_LOG")}
    env.update(QT_QPA_PLATFORM="offscreen", ROUNDTABLE_EXIT_AFTER_MS="300")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "demo"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    after = {folder: snapshot(folder) for folder in user_folders.real_app_folders}
    changed = [str(folder) for folder in before if before[folder] != after[folder]]
    assert not changed, f"the run wrote the user's real folders: {changed}"
    assert "last_event=ada-az-kz-2025" in (config / "Roundtable.conf").read_text(
        encoding="utf-8")
    assert (data / "roundtable.sqlite").is_file()
    assert (state / "log" / "roundtable.log").is_file()
