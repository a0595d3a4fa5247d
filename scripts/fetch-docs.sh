#!/usr/bin/env bash
# Real documentation the chatbot is evaluated on, from Debian's packages,
# unpacked into .scratch/ (not committed): the Python 3.11 docs (tests and
# bench:train), the PostgreSQL 15 docs and the Debian Reference in eight
# languages (bench:answers). Each package is fetched only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .scratch/docs

download() { # package → its .deb in the current directory
  apt-get download "$1" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download "$1" >/dev/null; }
}
unpack() { # package target-dir marker-file
  local package=$1 target=$2 marker=$3
  [ -e "$target/$marker" ] && return 0
  echo "fetching $package"
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && download "$package")
  rm -rf "$target" && mkdir -p "$target"
  dpkg-deb -x "$tmp"/"$package"_*.deb "$target"
  rm -rf "$tmp"
}

unpack python3.11-doc .scratch/pydoc-pkg usr/share/doc/python3.11/html/library/stdtypes.html
if [ "${1:-}" = "--python-only" ]; then exit 0; fi
unpack postgresql-doc-15 .scratch/docs/postgresql-doc-15 usr/share/doc/postgresql-doc-15/html/index.html
for lang in en de fr es it pt ja zh-cn; do
  unpack "debian-reference-$lang" ".scratch/docs/debian-reference-$lang" "usr/share/debian-reference/index.$lang.html"
done
