#!/usr/bin/env bash
# Builds the Debian package of an existing build folder with CPack and tests it (CI runs it after the tests):
#
#   packaging/package-test.sh BUILD_DIR
#
# 1. cpack -G DEB in BUILD_DIR (the .deb stays there as the artefact);
# 2. dpkg-deb -I: Depends was computed by dpkg-shlibdeps (Qt, Paho, OpenSSL with versions), nothing hand-listed;
# 3. dpkg-deb -c: every expected file is in the package and nothing else (no tests, static libraries or headers);
# 4. dpkg-deb -x into a scratch root (the system is not touched), then smoke runs FROM THE INSTALLED PATHS:
#    thingbench-cli --version, a test PKI made and read back by thingbench-cli, thingbench --version and a real
#    offscreen start of the main window; the installed .qm files are valid Qt translations, the installed desktop
#    entry and metainfo validate.
# Any missing piece fails the run with a message. BUILD_DIR must already be built (packaging/setup.sh package builds
# and runs this). Needs dpkg-dev and file (dpkg-shlibdeps), desktop-file-utils, appstream, qt6-l10n-tools.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() {
    printf 'package-test: FAILED: %s\n' "$*" >&2
    exit 1
}

[ $# -eq 1 ] || { echo "usage: packaging/package-test.sh BUILD_DIR" >&2; exit 2; }
[ -f "$1/CPackConfig.cmake" ] || fail "$1 is not a configured build folder (no CPackConfig.cmake)"
BUILD_DIR=$(cd "$1" && pwd)
start=$(date +%s)

for tool in cpack dpkg-deb dpkg-shlibdeps file readelf desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool not found (packaging/setup.sh deps installs what is needed)"
done
LCONVERT=/usr/lib/qt6/bin/lconvert
[ -x "$LCONVERT" ] || fail "$LCONVERT not found (package qt6-l10n-tools)"

VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
APP_ID=$(sed -n 's/^set(THINGBENCH_APP_ID "\(.*\)")$/\1/p' "$ROOT/CMakeLists.txt")
[ -n "$VERSION" ] || fail "no CMAKE_PROJECT_VERSION in $BUILD_DIR/CMakeCache.txt"
[ -n "$APP_ID" ] || fail "no set(THINGBENCH_APP_ID \"...\") in $ROOT/CMakeLists.txt"
for binary in app/gui/thingbench app/cli/thingbench-cli; do
    [ -x "$BUILD_DIR/$binary" ] || fail "$BUILD_DIR/$binary is not built: build first (packaging/setup.sh package)"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/thingbench-package-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------------------------------------------------------------
# 1. The package
# ---------------------------------------------------------------------------------------------------------------------
grep -q '^set(CPACK_DEBIAN_PACKAGE_DEPENDS' "$BUILD_DIR/CPackConfig.cmake" &&
    fail "CPACK_DEBIAN_PACKAGE_DEPENDS is set: dependencies must be computed by dpkg-shlibdeps, not listed by hand"
grep -q '^set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS "ON")' "$BUILD_DIR/CPackConfig.cmake" ||
    fail "CPACK_DEBIAN_PACKAGE_SHLIBDEPS is not ON in $BUILD_DIR/CPackConfig.cmake"

log "cpack -G DEB in $BUILD_DIR"
rm -f "$BUILD_DIR"/thingbench_*.deb
(cd "$BUILD_DIR" && cpack -G DEB) >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack -G DEB failed"; }
grep -q 'dpkg-shlibdeps is not found' "$tmp/cpack.log" && fail "cpack ran without dpkg-shlibdeps (install dpkg-dev)"
deb=$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' "$tmp/cpack.log")
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    cat "$tmp/cpack.log"
    fail "cpack reported no .deb"
fi
[ "$(printf '%s\n' "$deb" | wc -l)" -eq 1 ] || fail "cpack made more than one .deb (components split?): $deb"
echo "$deb ($(du -k "$deb" | cut -f1) KiB)"

# ---------------------------------------------------------------------------------------------------------------------
# 2. Control fields: Depends computed by dpkg-shlibdeps
# ---------------------------------------------------------------------------------------------------------------------
log "Control fields (dpkg-deb -I)"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = thingbench ] || fail "Package is '$(field Package)', expected thingbench"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)', expected $VERSION"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
echo "Depends: $depends"
[ -n "$depends" ] || fail "the package has no Depends field: dpkg-shlibdeps did not run"
# dpkg-shlibdeps writes each library package with the minimum version its symbols need: "libqt6core6 (>= 6.4.0)".
# A package name may carry an ABI suffix ("libpaho-mqttpp3-1").
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libpaho-mqttpp3 libpaho-mqtt1.3 libssl3; do
    printf '%s\n' "$depends" | tr ',' '\n' |
        awk -v p="$package" '($1 == p || index($1, p "-") == 1) && $2 == "(>=" { found = 1 } END { exit !found }' ||
        fail "Depends has no computed entry for $package: $depends"
done
dpkg-deb -I "$deb" >/dev/null || fail "dpkg-deb -I cannot read $deb"

# ---------------------------------------------------------------------------------------------------------------------
# 3. File list: everything expected, nothing else
# ---------------------------------------------------------------------------------------------------------------------
log "File list (dpkg-deb -c)"
{
    echo "usr/bin/thingbench"
    echo "usr/bin/thingbench-cli"
    echo "usr/lib/thingbench/thingbench_policy_plugin.so"
    echo "usr/share/applications/$APP_ID.desktop"
    echo "usr/share/metainfo/$APP_ID.metainfo.xml"
    (cd "$ROOT/packaging/linux/icons" && find hicolor -path "*/apps/$APP_ID.*" -type f | sed 's|^|usr/share/icons/|')
    for ts in "$ROOT"/translations/thingbench_*.ts; do
        qm=$(basename "$ts" .ts).qm
        echo "usr/share/thingbench/translations/$qm"
    done
} | sort >"$tmp/expected"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\.\//, "", $6); print $6 }' | sort >"$tmp/actual"
missing=$(comm -23 "$tmp/expected" "$tmp/actual")
unexpected=$(comm -13 "$tmp/expected" "$tmp/actual")
[ -z "$missing" ] || printf 'package-test: missing from the package:\n%s\n' "$missing" >&2
[ -z "$unexpected" ] || printf 'package-test: not expected in the package (tests, static libraries and headers must not
be installed; a new file that belongs in the package goes into the list in packaging/package-test.sh):\n%s\n' \
    "$unexpected" >&2
[ -z "$missing$unexpected" ] || fail "the package's file list is wrong (above)"
echo "$(wc -l <"$tmp/actual") files: 2 binaries, desktop entry, metainfo," \
    "$(grep -c '^usr/share/icons/' "$tmp/actual") icons, $(grep -c '\.qm$' "$tmp/actual") translations"

# ---------------------------------------------------------------------------------------------------------------------
# 4. Installed into a scratch root, run from the installed paths
# ---------------------------------------------------------------------------------------------------------------------
root=$tmp/root
log "Installing into a scratch root (dpkg-deb -x)"
dpkg-deb -x "$deb" "$root"
gui=$root/usr/bin/thingbench
cli=$root/usr/bin/thingbench-cli
for binary in "$gui" "$cli"; do
    info=$(file -b "$binary")
    [[ $info == ELF*", stripped" ]] || fail "$(basename "$binary") is not a stripped ELF executable: $info"
    # The installed binaries find their libraries on the system, never through an absolute path (the build folder).
    # qt_standard_project_setup() gives them RUNPATH $ORIGIN:$ORIGIN/../lib, which stays inside the package.
    runpath=$(readelf -d "$binary" | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]$/\2/p')
    case ":$runpath" in
    *:/*) fail "$(basename "$binary") has an absolute RPATH/RUNPATH: $runpath" ;;
    esac
done

# A private home, so the GUI start writes no settings of the user running this.
home=$tmp/home
mkdir -p "$home" && mkdir -m 0700 "$tmp/runtime"
run() {
    env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$tmp/runtime" timeout 60 "$@"
}

log "Smoke runs from $root/usr/bin"
out=$(run "$cli" --version) || fail "thingbench-cli --version exited with $?"
echo "$out"
[ "$out" = "thingbench-cli $VERSION" ] ||
    fail "thingbench-cli --version printed '$out', expected 'thingbench-cli $VERSION'"
out=$(QT_QPA_PLATFORM=offscreen run "$gui" --version) || fail "thingbench --version exited with $?"
echo "$out"
[ "$out" = "thingbench $VERSION" ] || fail "thingbench --version printed '$out', expected 'thingbench $VERSION'"

# The library at work: a test PKI (OpenSSL key and certificate generation), read back and matched.
pki=$tmp/pki
run "$cli" cert make-pki --out "$pki" >"$tmp/make-pki.json" || fail "thingbench-cli cert make-pki exited with $?"
device_cert=$(find "$pki" -name '*-certificate.pem.crt')
device_key=$(find "$pki" -name '*-private.pem.key')
if [ ! -f "$pki/ThingBenchRootCA1.pem" ] || [ ! -f "$device_cert" ] || [ ! -f "$device_key" ]; then
    fail "thingbench-cli cert make-pki did not write the CA and device files: $(ls "$pki")"
fi
echo "thingbench-cli cert make-pki: $(find "$pki" -type f | wc -l) files"
run "$cli" cert info "$pki/ThingBenchRootCA1.pem" "$device_cert" >"$tmp/info.json" ||
    fail "thingbench-cli cert info exited with $?: $(cat "$tmp/info.json")"
[ "$(grep -c '"status":"ok"' "$tmp/info.json")" -eq 2 ] || fail "thingbench-cli cert info: $(cat "$tmp/info.json")"
grep -q '"subject_cn":"thingbench-device"' "$tmp/info.json" || fail "cert info does not show the device certificate"
echo "thingbench-cli cert info: 2 certificates ok"
run "$cli" cert match "$device_cert" "$device_key" >"$tmp/match.json" ||
    fail "thingbench-cli cert match exited with $?: $(cat "$tmp/match.json")"
grep -q '"key_matches_certificate":true' "$tmp/match.json" || fail "cert match: $(cat "$tmp/match.json")"
echo "thingbench-cli cert match: the device key matches its certificate"

# The real main window, offscreen: --startup-probe prints "painted" after the first paint, then "workspace painted"
# once its workspace is applied, and quits.
out=$(QT_QPA_PLATFORM=offscreen run "$gui" --startup-probe 2>"$tmp/gui.log") ||
    { cat "$tmp/gui.log"; fail "thingbench --startup-probe exited with $?"; }
[ "$out" = "$(printf 'painted\nworkspace painted')" ] ||
    { cat "$tmp/gui.log"; fail "thingbench --startup-probe printed '$out', expected 'painted' and 'workspace painted'"; }
echo "thingbench --startup-probe: the main window painted, then with its workspace (offscreen)"

# First launch from the installed paths lands in the local sandbox: the installed app runs the installed
# thingbench-cli, which runs mosquitto; a message is shown, then nothing is left running.
if command -v mosquitto >/dev/null || [ -x /usr/sbin/mosquitto ]; then
    out=$(QT_QPA_PLATFORM=offscreen THINGBENCH_DATA_DIR="$tmp/sandbox-data" timeout 30 "$gui" --first-message-probe \
        2>"$tmp/sandbox.log") || { cat "$tmp/sandbox.log"; fail "thingbench --first-message-probe exited with $?"; }
    case "$out" in
    "first message "*) echo "thingbench first launch: the sandbox is up, $out" ;;
    *) cat "$tmp/sandbox.log"; fail "thingbench --first-message-probe printed '$out'" ;;
    esac
    # The broker loaded the installed policy plugin (found relative to the installed programs), and it decided.
    grep -qx "plugin $root/usr/lib/thingbench/thingbench_policy_plugin.so" "$tmp/sandbox-data/sandbox/mosquitto.conf" ||
        { grep plugin "$tmp/sandbox-data/sandbox/mosquitto.conf"; fail "the sandbox did not load the installed policy plugin"; }
    grep -q '"decision":"ALLOWED"' "$tmp/sandbox-data/sandbox/decisions.jsonl" ||
        fail "the installed policy plugin wrote no decision to $tmp/sandbox-data/sandbox/decisions.jsonl"
    echo "thingbench first launch: the installed policy plugin decides ($(wc -l <"$tmp/sandbox-data/sandbox/decisions.jsonl") decision lines)"
    sleep 0.5
    if pgrep -f "$tmp/sandbox-data" >/dev/null; then
        pgrep -af "$tmp/sandbox-data"
        fail "a sandbox process was left running after the app quit"
    fi
else
    echo "mosquitto is not installed: the sandbox launch is not tried (the package recommends it)"
fi

log "Installed data files"
# A .qm starts with Qt's 16-byte magic; lconvert must read it back.
for qm in "$root"/usr/share/thingbench/translations/*.qm; do
    magic=$(head -c 16 "$qm" | od -An -tx1 | tr -d ' \n')
    [ "$magic" = 3cb86418caef9c95cd211cbf60a1bddd ] || fail "$(basename "$qm") is not a Qt translation (magic $magic)"
    "$LCONVERT" -i "$qm" -of ts -o "$tmp/check.ts" 2>"$tmp/lconvert.log" ||
        fail "lconvert cannot read $(basename "$qm"): $(cat "$tmp/lconvert.log")"
    echo "$(basename "$qm"): valid, $(grep -c '<message' "$tmp/check.ts") translated messages"
done
desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" | grep -Ev ': hint: ' || true
desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" >/dev/null ||
    fail "desktop-file-validate rejects the installed $APP_ID.desktop"
metainfo=$root/usr/share/metainfo/$APP_ID.metainfo.xml
appstreamcli validate --no-net "$metainfo" >"$tmp/appstream.log" 2>&1 ||
    { cat "$tmp/appstream.log"; fail "appstreamcli validate rejects the installed metainfo"; }
grep -q '<screenshot type="default">' "$metainfo" || fail "the installed metainfo has no default screenshot"
grep -q "<release version=\"$VERSION\"" "$metainfo" || fail "the installed metainfo has no <release> for $VERSION"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/$APP_ID.desktop")
[ -x "$root/usr/bin/$exec_name" ] || fail "the desktop entry runs '$exec_name', which the package does not install"
echo "desktop entry and metainfo valid; metainfo has a screenshot and the $VERSION release"

log "Package test passed in $(($(date +%s) - start)) s: $deb"
