#!/bin/sh
# Runs "$@" inside a private D-Bus session with a freshly unlocked GNOME Keyring (a real Secret Service) whose files
# live in a temporary HOME: tests never touch the user's own keychain. The keyring daemon ends with its session bus.
set -eu
command -v dbus-run-session >/dev/null || { echo "with-keychain.sh: dbus-run-session missing (package dbus-daemon)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keychain.sh: gnome-keyring-daemon missing (package gnome-keyring)" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home/run
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_RUNTIME_DIR
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf thingbench-test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    exec "$@"' sh "$@"
