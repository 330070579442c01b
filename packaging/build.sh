#!/usr/bin/env bash
# Build the one-folder Linux bundle dist/roundtable/ with PyInstaller.
#
#   packaging/build.sh            a clean virtual environment in build/venv (the default)
#   packaging/build.sh --system   the current python3 and its installed packages
#                                 (scripts/test puts .venv/bin first on PATH for this)
#
# Steps: install Roundtable and PyInstaller at the exact versions of
# packaging/constraints.txt (the ones the tests ran with; scripts/update-constraints
# refreshes it), run packaging/roundtable.spec, copy the desktop integration files into the bundle,
# and print the bundle's path and size. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

use_system=false
for arg in "$@"; do
    case "$arg" in
        --system) use_system=true ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    esac
done

pip_quiet=(-q --disable-pip-version-check)
if $use_system; then
    python=python3
    "$python" -m pip install "${pip_quiet[@]}" -c packaging/constraints.txt \
        -r packaging/requirements.txt
else
    venv="$root/build/venv"
    if [ ! -x "$venv/bin/python" ]; then
        echo "== creating $venv"
        python3 -m venv "$venv"
    fi
    python="$venv/bin/python"
    echo "== installing Roundtable and the build tools into $venv"
    "$python" -m pip install "${pip_quiet[@]}" --upgrade pip
    "$python" -m pip install "${pip_quiet[@]}" -c packaging/constraints.txt . \
        -r packaging/requirements.txt
fi

echo "== PyInstaller"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/roundtable.spec

bundle="$root/dist/roundtable"
# Desktop integration travels with the bundle: dist/roundtable/desktop/install-desktop-entry.sh
mkdir -p "$bundle/desktop"
cp packaging/linux/org.roundtable.Roundtable.desktop \
   packaging/linux/org.roundtable.Roundtable.metainfo.xml \
   packaging/linux/install-desktop-entry.sh "$bundle/desktop/"

echo "== bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
echo "   run:    $bundle/roundtable --version"
echo "   menu:   $bundle/desktop/install-desktop-entry.sh --exec $bundle/roundtable"
