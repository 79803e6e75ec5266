#!/usr/bin/env bash
# Build Switchboard for macOS: the .icns, the PyInstaller .app (Info.plist from the spec's
# BUNDLE: bundle id io.github.switchboard.Switchboard, icon, version, NSHighResolutionCapable),
# code signing, a .dmg, and notarisation. Run on macOS (PyInstaller does not cross-build):
#
#   bash packaging/macos/build_macos.sh [OUTPUT_DIR]        # default: dist/
#
# Needs: the app and PyInstaller in $PYTHON (default .venv/bin/python, else python3:
# `pip install -e ".[build]"`), Xcode command-line tools (iconutil, codesign, hdiutil, xcrun).
# One build per architecture: run it on an arm64 and an x86_64 runner (or set
# SWITCHBOARD_TARGET_ARCH=universal2 with a universal2 Python and wheels).
#
# The app needs macOS 13 or later (the floor of the PySide6 wheels): MACOS_MINIMUM below, the
# spec's LSMinimumSystemVersion and MACOSX_DEPLOYMENT_TARGET agree, and the build checks it.
#
# Signing and notarisation read these environment variables and are skipped when absent:
#   MACOS_CERT_P12_BASE64   a "Developer ID Application" certificate + key, .p12, base64
#   MACOS_CERT_PASSWORD     its password
#   MACOS_SIGN_IDENTITY     optional: the identity name (default: the first Developer ID found)
# Notarisation (xcrun notarytool submit --wait, then stapler staple) needs a real signature and
# one set of notarytool credentials, the first complete one wins:
#   APPLE_API_KEY_P8_BASE64, APPLE_API_KEY_ID, APPLE_API_ISSUER   an App Store Connect API key
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an Apple ID with an app-specific password
# Without a certificate the app is ad-hoc signed: it runs here, Gatekeeper warns elsewhere, and
# the keychain asks again after every update (keyring issue #629: sign for real to avoid that).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/dist}" && cd "${1:-$ROOT/dist}" && pwd)"
if [ -z "${PYTHON:-}" ]; then
  if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
VERSION="$("$PYTHON" -c 'import sys; sys.path.insert(0, sys.argv[1]); import app; print(app.__version__)' "$ROOT")"
ARCH="${SWITCHBOARD_TARGET_ARCH:-$(uname -m)}"
MACOS_MINIMUM="13.0"
export MACOSX_DEPLOYMENT_TARGET="$MACOS_MINIMUM"
ENTITLEMENTS="$ROOT/packaging/macos/entitlements.plist"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/switchboard-build.XXXXXX")"
KEYCHAIN=""
cleanup() {
  if [ -n "$KEYCHAIN" ]; then security delete-keychain "$KEYCHAIN" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== icon"
"$PYTHON" "$ROOT/packaging/macos/make_icns.py"

echo "== PyInstaller .app (Switchboard $VERSION, $ARCH)"
rm -rf "$OUT/switchboard" "$OUT/Switchboard.app"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT" --workpath "$WORK/pyinstaller" "$ROOT/packaging/switchboard.spec"
APP="$OUT/Switchboard.app"
test -x "$APP/Contents/MacOS/switchboard"
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$APP/Contents/Info.plist"
MINIMUM_IN_PLIST="$(/usr/libexec/PlistBuddy -c "Print :LSMinimumSystemVersion" "$APP/Contents/Info.plist")"
if [ "$MINIMUM_IN_PLIST" != "$MACOS_MINIMUM" ]; then
  echo "Info.plist says macOS $MINIMUM_IN_PLIST, the build expects $MACOS_MINIMUM (switchboard.spec)" >&2
  exit 1
fi

echo "== code signing"
IDENTITY="-"
if [ -n "${MACOS_CERT_P12_BASE64:-}" ] && [ -n "${MACOS_CERT_PASSWORD:-}" ]; then
  KEYCHAIN="$WORK/signing.keychain-db"
  KEYCHAIN_PASSWORD="$(uuidgen)"
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode > "$WORK/cert.p12"
  security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security set-keychain-settings -lut 3600 "$KEYCHAIN"
  security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
  security import "$WORK/cert.p12" -k "$KEYCHAIN" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
  security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
  IDENTITY="${MACOS_SIGN_IDENTITY:-$(security find-identity -v -p codesigning "$KEYCHAIN" \
    | awk -F'"' '/Developer ID Application/ {print $2; exit}')}"
  rm -f "$WORK/cert.p12"
  echo "   signing as: $IDENTITY"
else
  echo "   NOT SIGNED: MACOS_CERT_P12_BASE64/MACOS_CERT_PASSWORD not set, ad-hoc signature only"
fi
sign() {
  if [ "$IDENTITY" = "-" ]; then
    codesign --force --sign - "$@"
  else
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
      --sign "$IDENTITY" "$@"
  fi
}
# Inside out: every Mach-O file (libraries, Python extensions, Qt frameworks), then the app.
find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q "Mach-O"; then sign "$file" >/dev/null; fi
  done
sign "$APP"
codesign --verify --strict --verbose=2 "$APP"

echo "== .dmg"
DMG="$OUT/Switchboard-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
mkdir -p "$WORK/dmg"
cp -R "$APP" "$WORK/dmg/"
ln -s /Applications "$WORK/dmg/Applications"
hdiutil create -volname "Switchboard $VERSION" -srcfolder "$WORK/dmg" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$DMG"
if [ "$IDENTITY" != "-" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi

echo "== notarisation"
NOTARY=()
if [ -n "${APPLE_API_KEY_P8_BASE64:-}" ] && [ -n "${APPLE_API_KEY_ID:-}" ] \
  && [ -n "${APPLE_API_ISSUER:-}" ]; then
  echo "$APPLE_API_KEY_P8_BASE64" | base64 --decode > "$WORK/AuthKey.p8"
  NOTARY=(--key "$WORK/AuthKey.p8" --key-id "$APPLE_API_KEY_ID" --issuer "$APPLE_API_ISSUER")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  NOTARY=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi
if [ "$IDENTITY" = "-" ]; then
  echo "   NOT NOTARISED: no Developer ID certificate, so Gatekeeper will warn on other Macs"
elif [ "${#NOTARY[@]}" -eq 0 ]; then
  echo "   NOT NOTARISED: no notarytool credentials (APPLE_API_KEY_* or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD)"
else
  xcrun notarytool submit "$DMG" "${NOTARY[@]}" --wait --timeout 1h
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "== done: $DMG ($(du -h "$DMG" | cut -f1))"
