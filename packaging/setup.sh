#!/usr/bin/env bash
# ThingBench set-up on Debian 12: installs the packages the project needs (only the missing ones), configures and
# builds with Ninja (and ccache when present), then runs what you asked for.
#
#   packaging/setup.sh run     build and launch the app
#   packaging/setup.sh test    build and run every test (ctest, real mosquitto on 127.0.0.1)
#   packaging/setup.sh asan    the same tests built with AddressSanitizer + UBSan (separate build folder)
#   packaging/setup.sh bench   build and run the benchmarks (tests/bench): each prints its figures against its
#                              DESIGN.md §5 target (PASS/FAIL); a missed target fails the run. Run it on a quiet
#                              machine. THINGBENCH_BENCH_SHORT=1: a short run (small sizes, timing not judged).
#   packaging/setup.sh package build the two binaries, make the .deb with CPack and test it
#                              (packaging/package-test.sh: computed Depends, file list, smoke runs from a scratch root)
#   packaging/setup.sh build   only install and build
#   packaging/setup.sh deps    only install the Debian packages
#
# Environment: THINGBENCH_BUILD_DIR (default: build/ in the source tree), THINGBENCH_JOBS (default: nproc).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# ccache: paths below the source tree are hashed relative to it, so every clone shares the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
# Three builds (plain, sanitizers, fuzzers) outgrow ccache's default 5 GB: evicted objects cost a cold rebuild.
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-16G}
MODE=${1:-build}
JOBS=${THINGBENCH_JOBS:-$(nproc)}

PACKAGES=(
    cmake ninja-build g++ ccache pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-charts-dev libqt6opengl6-dev
    libpaho-mqtt-dev libpaho-mqttpp-dev libssl-dev openssl ca-certificates nlohmann-json3-dev qtkeychain-qt6-dev
    gnome-keyring dbus-daemon
    mosquitto mosquitto-clients mosquitto-dev libmosquitto-dev
    xxd
    xvfb xauth imagemagick fonts-dejavu-core
    clang libclang-rt-14-dev clang-format
    desktop-file-utils appstream
    dpkg-dev file
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "All ${#PACKAGES[@]} Debian packages are installed"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "setup.sh: these packages are missing and sudo is not available: ${missing[*]}" >&2
            echo "setup.sh: install them as root (apt-get install ${missing[*]}) and run this again." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [TARGET] [CMAKE_ARGS...]; TARGET "all" builds everything.
configure_and_build() {
    local build_dir=$1 target=$2
    shift 2
    log "Configuring in $build_dir"
    mkdir -p "$build_dir"
    cmake -S "$ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$build_dir/configure.log" 2>&1 ||
        { cat "$build_dir/configure.log"; exit 1; }
    log "Building $target ($JOBS jobs)"
    cmake --build "$build_dir" --parallel "$JOBS" --target "$target"
}

run_tests() {
    local build_dir=$1
    shift
    log "Running the tests in $build_dir"
    # Each test starts its own broker on free ports, so two run at once.
    (cd "$build_dir" && ctest --output-on-failure --label-exclude bench --parallel 2 --timeout 600 "$@")
}

BUILD_DIR=${THINGBENCH_BUILD_DIR:-$ROOT/build}

case "$MODE" in
deps)
    install_packages
    ;;
build)
    install_packages
    configure_and_build "$BUILD_DIR" all
    ;;
run)
    install_packages
    configure_and_build "$BUILD_DIR" thingbench
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        log "No display found: starting the app inside a virtual X server (xvfb-run)"
        exec xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/app/gui/thingbench" "${@:2}"
    fi
    log "Launching ThingBench"
    exec "$BUILD_DIR/app/gui/thingbench" "${@:2}"
    ;;
test)
    install_packages
    configure_and_build "$BUILD_DIR" all -DTHINGBENCH_WERROR=ON
    run_tests "$BUILD_DIR"
    ;;
asan)
    install_packages
    ASAN_DIR=${THINGBENCH_ASAN_BUILD_DIR:-$ROOT/build-asan}
    configure_and_build "$ASAN_DIR" all -DTHINGBENCH_SANITIZERS="address;undefined" -DCMAKE_BUILD_TYPE=Debug \
        -DTHINGBENCH_WERROR=ON
    # No retry: a test that fails under the sanitizers is a defect to fix, not noise to repeat away.
    run_tests "$ASAN_DIR"
    ;;
package)
    install_packages
    # Only what the package holds (the .qm files are built with thingbench); tests are not needed.
    configure_and_build "$BUILD_DIR" thingbench
    log "Building thingbench-cli ($JOBS jobs)"
    cmake --build "$BUILD_DIR" --parallel "$JOBS" --target thingbench-cli
    bash "$ROOT/packaging/package-test.sh" "$BUILD_DIR"
    ;;
bench)
    install_packages
    configure_and_build "$BUILD_DIR" all
    log "Running the benchmarks (tests/bench)${THINGBENCH_BENCH_SHORT:+, short run}"
    # One at a time: they measure throughput and latency. Every verdict line stays in the log.
    status=0
    (cd "$BUILD_DIR" && ctest --output-on-failure --verbose --label-regex bench) || status=$?
    log "Benchmark verdicts"
    grep -h -E '\(target .*\) (PASS|FAIL)' "$BUILD_DIR/Testing/Temporary/LastTest.log" || true
    exit "$status"
    ;;
*)
    echo "usage: packaging/setup.sh run|test|asan|bench|package|build|deps" >&2
    exit 2
    ;;
esac
