# Sourced by scripts/install-and-run, scripts/run and scripts/test: the project's own
# virtual environment, so that nothing is installed into the system's Python (Debian's
# python3 refuses that anyway: PEP 668, "externally-managed-environment").
#
#   ROUNDTABLE_VENV    where the environment lives (default: .venv in the checkout)
#   ROUNDTABLE_PYTHON  the interpreter to build it from (default: the first Python 3.11
#                      or newer among python3, python3.13, python3.12, python3.11 on PATH)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${ROUNDTABLE_VENV:-$ROOT/.venv}"
CONSTRAINTS="$ROOT/packaging/constraints.txt"
PIP_QUIET=(-q --disable-pip-version-check)

# The first interpreter of 3.11 or newer; prints its path.
find_python() {
    local candidate
    for candidate in ${ROUNDTABLE_PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "error: Roundtable needs Python 3.11 or newer, and none is on PATH" \
         "(Debian 12: apt-get install python3 python3-venv)" >&2
    return 1
}

# Create $VENV unless a working one of 3.11 or newer is there already.
ensure_venv() {
    if [ -x "$VENV/bin/python" ] &&
        "$VENV/bin/python" -c 'import sys, pip; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    local python
    python="$(find_python)" || return 1
    echo "== creating the virtual environment $VENV with $python ($("$python" --version 2>&1))"
    rm -rf "$VENV"
    if ! "$python" -m venv "$VENV"; then
        echo "error: '$python -m venv' failed; on Debian and Ubuntu install python3-venv" \
             "(scripts/install-system-packages does)" >&2
        return 1
    fi
    "$VENV/bin/python" -m pip install "${PIP_QUIET[@]}" --upgrade pip
}

# pip install into $VENV with the pinned versions of packaging/constraints.txt (the ones
# the tests ran with). A Python too new for one of those pins falls back to the newest
# versions the ranges in pyproject.toml allow, and says so.
venv_install() {
    if "$VENV/bin/python" -m pip install "${PIP_QUIET[@]}" -c "$CONSTRAINTS" "$@"; then
        return 0
    fi
    echo "warning: the pinned versions of packaging/constraints.txt did not install with" \
         "$("$VENV/bin/python" --version); trying the newest allowed versions" >&2
    "$VENV/bin/python" -m pip install "${PIP_QUIET[@]}" "$@"
}
