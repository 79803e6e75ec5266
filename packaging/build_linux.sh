#!/usr/bin/env bash
# Build Switchboard for Linux: the PyInstaller onedir bundle, a .deb and a portable .tar.gz.
#
#   bash packaging/build_linux.sh [OUTPUT_DIR]        # default: dist/
#
# Needs: the app and PyInstaller installed in $PYTHON (default .venv/bin/python, else python3:
# `pip install -e ".[build]"`), binutils (strip, objdump), patchelf, dpkg-deb, tar. Validates the .desktop and
# AppStream files when desktop-file-validate / appstreamcli are installed (Debian:
# desktop-file-utils, appstream), and fails if they complain.
#
# Produces in OUTPUT_DIR:
#   switchboard/                          the onedir bundle (run switchboard/switchboard)
#   switchboard_<version>_<arch>.deb      /opt/switchboard, /usr/bin/switchboard, desktop file,
#                                         hicolor icons, AppStream metainfo
#   switchboard-<version>-linux-<arch>.tar.gz   the bundle, portable, with a README, the icon
#                                         and add-to-menu.sh (a menu entry for where it lies)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)"
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
APP_ID="io.github.switchboard.Switchboard"
VERSION="$("$PYTHON" -c 'import sys; sys.path.insert(0, sys.argv[1]); import app; print(app.__version__)' "$ROOT")"
ARCH="$(dpkg --print-architecture 2>/dev/null || uname -m)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
SECONDS=0

echo "== PyInstaller bundle (Switchboard $VERSION, $ARCH)"
rm -rf "$OUT/switchboard"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT" --workpath "$WORK/pyinstaller" "$ROOT/packaging/switchboard.spec"
test -x "$OUT/switchboard/switchboard"
echo "   bundle: $(du -sh "$OUT/switchboard" | cut -f1) after ${SECONDS}s"
# The build machine's Python prefix is baked into its libraries as RUNPATH: not on a user's.
echo "   RUNPATH entries outside the bundle removed from" \
  "$("$PYTHON" "$ROOT/packaging/elf_tools.py" strip-runpath "$OUT/switchboard" | wc -l) files"
# The oldest glibc the bundle runs on: the newest symbol version any of its files needs.
GLIBC_FLOOR="$("$PYTHON" "$ROOT/packaging/elf_tools.py" glibc-floor "$OUT/switchboard")"
echo "   needs glibc >= $GLIBC_FLOOR"

echo "== .deb"
STAGE="$WORK/deb"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/switchboard"
cp -a "$OUT/switchboard" "$STAGE/opt/switchboard"
ln -s ../../opt/switchboard/switchboard "$STAGE/usr/bin/switchboard"  # works in any root
install -m 644 "$ROOT/packaging/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
  "$ROOT/packaging/linux/$APP_ID.metainfo.xml.in" > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$ROOT/icons/switchboard-$size.png" \
    "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 "$ROOT/icons/switchboard.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cat > "$STAGE/usr/share/doc/switchboard/copyright" <<'TXT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: switchboard
License: MIT
Comment: The bundle under /opt/switchboard includes Python (PSF), Qt and PySide6 (LGPL-3.0),
 httpx, qasync, keyring, markdown-it-py, pygments, pypdf and their dependencies, each under
 its own licence.
TXT
# Everything else is inside the bundle; these are what it loads from the system (ldd), and
# what its own fontconfig needs to find a font (/etc/fonts and one font at least; the last
# one named is the font: the .deb takes others in its place).
SYSTEM_NEEDS="libegl1 libgl1 libxcb1 libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig-config fonts-dejavu-core"
cat > "$STAGE/DEBIAN/control" <<TXT
Package: switchboard
Version: $VERSION
Architecture: $ARCH
Maintainer: Switchboard developers <switchboard@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: libc6 (>= $GLIBC_FLOOR), $(echo "$SYSTEM_NEEDS" | sed 's/ /, /g') | fonts-liberation2 | fonts-noto-core
Recommends: gnome-keyring | kwalletmanager | keepassxc
Section: net
Priority: optional
Homepage: https://github.com/switchboard/switchboard
Description: desktop chat client for the OpenRouter API
 Switchboard talks to hundreds of language models through OpenRouter: a tab per
 conversation, parameter presets, a cost meter and side-by-side comparison. The API key
 is kept in the system keychain (Secret Service).
TXT
DEB="$OUT/switchboard_${VERSION}_${ARCH}.deb"
rm -f "$DEB"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "   $(basename "$DEB"): $(du -h "$DEB" | cut -f1) after ${SECONDS}s"

echo "== validation"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop"
  echo "   desktop-file-validate: ok"
else
  echo "   desktop-file-validate not installed (Debian: desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null
  echo "   appstreamcli validate --pedantic: ok"
else
  echo "   appstreamcli not installed (Debian: appstream): skipped"
fi

echo "== portable tar.gz"
TARBALL="$OUT/switchboard-$VERSION-linux-$ARCH.tar.gz"
EXTRA="$WORK/portable/switchboard"
mkdir -p "$EXTRA"
SYSTEMS="$("$PYTHON" "$ROOT/packaging/elf_tools.py" systems "$GLIBC_FLOOR")"
sed -e "s/@VERSION@/$VERSION/" -e "s/@GLIBC@/$GLIBC_FLOOR/" -e "s/@SYSTEMS@/$SYSTEMS/" \
  -e "s/@PACKAGES@/$SYSTEM_NEEDS/" \
  "$ROOT/packaging/linux/README-portable.txt" > "$EXTRA/README.txt"
install -m 755 "$ROOT/packaging/linux/add-to-menu.sh" "$EXTRA/add-to-menu.sh"
install -m 644 "$ROOT/packaging/linux/$APP_ID.desktop" "$EXTRA/$APP_ID.desktop"
install -m 644 "$ROOT/icons/switchboard-256.png" "$EXTRA/$APP_ID.png"
install -m 644 "$ROOT/icons/switchboard.svg" "$EXTRA/$APP_ID.svg"
tar --owner=0 --group=0 -czf "$TARBALL" -C "$OUT" switchboard \
  -C "$WORK/portable" switchboard/README.txt switchboard/add-to-menu.sh \
  "switchboard/$APP_ID.desktop" "switchboard/$APP_ID.png" "switchboard/$APP_ID.svg"
echo "   $(basename "$TARBALL"): $(du -h "$TARBALL" | cut -f1)"
echo "== done in ${SECONDS}s: $OUT"
