#!/usr/bin/env bash
# Put Roundtable in the desktop's application menu: the .desktop entry, the icons in the
# hicolor theme and the AppStream metainfo, for this user (~/.local/share) or, with
# --system, for everyone (/usr/share, as root). --uninstall removes what it installed.
#
#   packaging/linux/install-desktop-entry.sh [--system] [--uninstall] [--exec PATH]
#
# The entry runs `roundtable` from PATH; --exec points it at a bundle instead, e.g.
#   packaging/linux/install-desktop-entry.sh --exec "$PWD/dist/roundtable/roundtable"
set -euo pipefail

APP_ID=org.roundtable.Roundtable
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../../resources/icons"
# Inside a bundle the script sits next to the resources (see packaging/roundtable.spec).
[ -d "$icons" ] || icons="$here/../resources/icons"
[ -d "$icons" ] || icons="$here/../_internal/resources/icons"

prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_path=""
uninstall=false
while [ $# -gt 0 ]; do
    case "$1" in
        --system) prefix=/usr/share ;;
        --uninstall) uninstall=true ;;
        --exec) exec_path="${2:?--exec needs the path of the roundtable program}"; shift ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
    shift
done

desktop_file="$prefix/applications/$APP_ID.desktop"
metainfo_file="$prefix/metainfo/$APP_ID.metainfo.xml"
sizes="16 24 32 48 64 128 256 512"

if $uninstall; then
    rm -f "$desktop_file" "$metainfo_file" "$prefix/icons/hicolor/scalable/apps/$APP_ID.svg" \
        "$prefix/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg"
    for size in $sizes; do rm -f "$prefix/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
    echo "removed $desktop_file and its icons and metainfo"
else
    [ -f "$icons/png/roundtable-48.png" ] || {
        echo "error: icons not found in $icons (run packaging/make-icons.py)" >&2; exit 1; }
    install -D -m 644 "$here/$APP_ID.desktop" "$desktop_file"
    if [ -n "$exec_path" ]; then
        [ -x "$exec_path" ] || { echo "error: --exec '$exec_path' is not a program" >&2; exit 2; }
        exec_abs="$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")"
        # Quote per the Desktop Entry spec so a path with spaces still runs.
        sed -i -e "s|^Exec=.*|Exec=\"$exec_abs\"|" -e "s|^TryExec=.*|TryExec=$exec_abs|" \
            "$desktop_file"
    fi
    install -D -m 644 "$here/$APP_ID.metainfo.xml" "$metainfo_file"
    for size in $sizes; do
        install -D -m 644 "$icons/png/roundtable-$size.png" \
            "$prefix/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    install -D -m 644 "$icons/roundtable.svg" "$prefix/icons/hicolor/scalable/apps/$APP_ID.svg"
    install -D -m 644 "$icons/roundtable-symbolic.svg" \
        "$prefix/icons/hicolor/symbolic/apps/$APP_ID-symbolic.svg"
    echo "installed $desktop_file, its icons and metainfo"
fi

# Refresh the menus and the icon cache where the tools exist (they are optional).
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
command -v gtk-update-icon-cache >/dev/null && \
    gtk-update-icon-cache -q -t -f "$prefix/icons/hicolor" 2>/dev/null || true
