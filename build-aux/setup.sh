#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by build-aux/run and build-aux/test: checks the system, installs
# what is missing from the given package lists, and configures a build dir.

bk_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bk_die() {
  echo "backstretch: $*" >&2
  exit 1
}

bk_check_system() {
  local id="" version=""
  if [ -r /etc/os-release ]; then
    # shellcheck disable=SC1091
    . /etc/os-release
    id=${ID:-}
    version=${VERSION_ID:-}
  fi
  case "$id" in
    debian)
      [ "${version%%.*}" -ge 12 ] 2>/dev/null && return 0 ;;
    ubuntu)
      local major=${version%%.*} minor=${version#*.}
      if [ "$major" -gt 23 ] 2>/dev/null || { [ "$major" -eq 23 ] && [ "${minor#0}" -ge 4 ]; } 2>/dev/null; then
        return 0
      fi ;;
  esac
  bk_die "these scripts support Debian 12 or later and Ubuntu 23.04 or later, which ship GTK 4.8 and libadwaita 1.2; this system is '${PRETTY_NAME:-unknown}'. On another system install GTK >= 4.8, libadwaita >= 1.2, SQLite, libnotify, libxml2, md4c and meson yourself, then run meson directly."
}

bk_install_packages() {
  local missing=() list pkg
  for list in "$@"; do
    while read -r pkg; do
      case "$pkg" in ''|'#'*) continue ;; esac
      if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
        missing+=("$pkg")
      fi
    done < "$list"
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "backstretch: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || bk_die "missing packages (${missing[*]}) and no sudo to install them"
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq || bk_die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || bk_die "could not install ${missing[*]}"
}

# bk_configure BUILDDIR [MESON OPTIONS...]
bk_configure() {
  local dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null || bk_die "meson configure $dir failed"
  else
    meson setup "$dir" "$bk_root" "$@" || bk_die "meson setup $dir failed"
  fi
  ninja -C "$dir" || bk_die "the build failed"
}
