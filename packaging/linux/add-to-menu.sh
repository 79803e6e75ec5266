#!/bin/sh
# Put the portable Switchboard in your applications menu (for you only), started from the
# folder this script is in. Run it again after moving the folder. --remove takes it away.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
id=io.github.switchboard.Switchboard
data="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop="$data/applications/$id.desktop"
png="$data/icons/hicolor/256x256/apps/$id.png"
svg="$data/icons/hicolor/scalable/apps/$id.svg"

refresh() {  # menus that keep a cache: tell them (optional tools)
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$desktop" "$png" "$svg"
  refresh
  echo "Switchboard is no longer in your applications menu."
  exit 0
fi
case "$here" in
  *"
"*) echo "This folder's name has a line break in it: move it somewhere else first." >&2; exit 1 ;;
esac
if [ ! -x "$here/switchboard" ]; then
  echo "switchboard is not next to this script: keep the folder as it was unpacked." >&2
  exit 1
fi

# The Desktop Entry rules: Exec takes a quoted argument (\ " ` $ escaped), then the whole
# value is a string (\ doubled) where % is written %%. TryExec is a plain string.
program="$here/switchboard"
quoted="$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')"
plain="$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')"
mkdir -p "$(dirname "$desktop")" "$(dirname "$png")" "$(dirname "$svg")"
cp "$here/$id.png" "$png"
cp "$here/$id.svg" "$svg"
EXEC="Exec=\"$quoted\"" TRYEXEC="TryExec=$plain" awk '
  /^Exec=/ { print ENVIRON["EXEC"]; next }
  /^TryExec=/ { print ENVIRON["TRYEXEC"]; next }
  { print }
' "$here/$id.desktop" > "$desktop.tmp"
mv "$desktop.tmp" "$desktop"
refresh
echo "Switchboard is in your applications menu now (it starts $program)."
