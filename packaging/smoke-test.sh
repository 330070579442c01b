#!/usr/bin/env bash
# Build the Linux bundle and prove it runs on its own, without a display:
#   1. roundtable --version prints desktop_app.__version__;
#   2. the bundle carries the compiled translations, icons, fonts and licence texts;
#   3. `import` of the sample event into a fresh SQLite file (runs the Alembic
#      migrations from inside the frozen app);
#   4. `print programme --lang az` of it: the PDF exists and its text has the host's
#      name with its Azerbaijani letters (fonts found, text not lost);
#   5. the window starts offscreen and quits by itself with exit code 0.
#
#   packaging/smoke-test.sh            build with the current python3 (build.sh --system)
#   packaging/smoke-test.sh --venv     build in a clean build/venv instead (slower)
#   packaging/smoke-test.sh --no-build test an existing dist/roundtable
#
# scripts/test runs it last; ROUNDTABLE_SKIP_BUNDLE=1 skips it there.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

build_args=(--system)
build=true
for arg in "$@"; do
    case "$arg" in
        --venv) build_args=() ;;
        --no-build) build=false ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "bundle smoke test FAILED: $*" >&2; exit 1; }

if $build; then
    bash packaging/build.sh "${build_args[@]}"
fi
built=$SECONDS
bundle=dist/roundtable
program="$bundle/roundtable"
[ -x "$program" ] || fail "$program was not built"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# No display at all: headless commands must not need one.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u ROUNDTABLE_DB \
            HOME="$work/home" "$program" "$@"; }

expected="roundtable $(python3 -c 'import desktop_app; print(desktop_app.__version__)')"
actual="$(run --version)"
[ "$actual" = "$expected" ] || fail "--version printed '$actual', expected '$expected'"
echo "ok  --version: $actual"

internal="$bundle/_internal/resources"
for lang in az kk ru; do
    if [ -f "resources/translations/roundtable_$lang.ts" ]; then
        [ -s "$internal/translations/roundtable_$lang.qm" ] || fail "roundtable_$lang.qm is not in the bundle"
    fi
done
for file in icons/png/roundtable-256.png fonts/NotoSerif-Regular.ttf licenses/index.json \
            licenses/LGPL-3.0.txt samples/ada-round-table.json build-info.json; do
    [ -s "$internal/$file" ] || fail "resources/$file is not in the bundle"
done
[ -x "$bundle/desktop/install-desktop-entry.sh" ] || fail "desktop integration files missing"
echo "ok  translations, icons, fonts, licences and desktop files are in the bundle"

db="$work/fresh.sqlite"
event="$(run --db "$db" import "$bundle/_internal/resources/samples/ada-round-table.json")" \
    || fail "import of the sample event failed"
[ "$event" = "ada-az-kz-2025" ] || fail "import printed '$event', expected the event id"
echo "ok  import into a fresh database (migrations ran): $event"

pdf="$work/programme.pdf"
run --db "$db" print programme "$event" --lang az -o "$pdf" >/dev/null || fail "print programme failed"
[ -s "$pdf" ] || fail "print programme wrote no PDF"
pdftotext "$pdf" "$work/programme.txt" || fail "pdftotext could not read the programme"
grep -q "Hafiz Paşayev" "$work/programme.txt" || fail "the programme does not show 'Hafiz Paşayev'"
echo "ok  print programme --lang az: $(du -h "$pdf" | cut -f1), names printed with their letters"

QT_QPA_PLATFORM=offscreen ROUNDTABLE_EXIT_AFTER_MS=1500 HOME="$work/home" \
    "$program" --db "$db" >"$work/gui.log" 2>&1 || { cat "$work/gui.log" >&2; fail "the window did not start"; }
echo "ok  the window starts (offscreen) and quits cleanly"

echo "bundle smoke test passed: build $((built - started)) s, checks $((SECONDS - built)) s," \
     "bundle $(du -sh "$bundle" | cut -f1)"
