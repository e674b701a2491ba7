#!/usr/bin/env bash
# Builds an offline cargo registry from Debian trixie's librust-*-dev packages, without touching the
# system's apt state: a private APT_CONFIG with its own lists, cache and status. crates.io is not
# reachable on our machines; Debian's packages are, and they ship crate sources as a cargo
# "directory source".
#
# Usage: scripts/debian-cargo-registry.sh [librust-package ...]
#   RCG_REGISTRY_DIR  where to put it (default: ~/.cache/rust-crypto-gate/debian-trixie)
# Prints the cargo registry folder on stdout (last line); progress goes to stderr.
set -euo pipefail

dest=${RCG_REGISTRY_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rust-crypto-gate/debian-trixie}
default_pkgs=(librust-aes-gcm-dev librust-chacha20poly1305-dev librust-aes-gcm-siv-dev librust-rand-dev
  librust-getrandom-dev librust-ring-dev librust-argon2-dev librust-pbkdf2-dev librust-hkdf-dev
  librust-sha2-dev librust-md-5-dev librust-sha1-dev librust-hmac-dev librust-subtle-dev
  librust-mio-dev) # mio: the study test's network-facing sample (decrypt().unwrap() on data from a socket)
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=("${default_pkgs[@]}")

apt_dir="$dest/apt"
root="$dest/root"
registry="$root/usr/share/cargo/registry"
mkdir -p "$apt_dir"/{lists/partial,archives/partial,debs,etc/preferences.d} "$root"
touch "$apt_dir/status"

# Reuse the mirror the system already uses, so the machine's network policy applies unchanged.
uri=$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
  | grep -v security | head -n1 | tr -d ' ' || true)
uri=${uri:-http://deb.debian.org/debian}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
echo "deb [signed-by=$keyring] $uri trixie main" > "$apt_dir/etc/sources.list"
cat > "$apt_dir/apt.conf" <<CONF
Dir::State "$apt_dir";
Dir::State::Lists "$apt_dir/lists";
Dir::State::status "$apt_dir/status";
Dir::Cache "$apt_dir";
Dir::Cache::archives "$apt_dir/archives";
Dir::Etc::SourceList "$apt_dir/etc/sources.list";
Dir::Etc::SourceParts "$apt_dir/etc/sources.list.d";
Dir::Etc::Preferences "$apt_dir/etc/preferences";
Dir::Etc::PreferencesParts "$apt_dir/etc/preferences.d";
APT::Install-Recommends "false";
APT::Sandbox::User "root";
Acquire::Languages "none";
CONF
export APT_CONFIG="$apt_dir/apt.conf"
mkdir -p "$apt_dir/etc/sources.list.d"

# Lists older than a day are refreshed; otherwise the cache makes a re-run cost nothing.
if [ -z "$(find "$apt_dir/lists" -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n1)" ]; then
  echo "debian-cargo-registry: apt-get update (trixie, private state in $apt_dir)" >&2
  apt-get -q update >&2
fi

closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances "${pkgs[@]}" 2>/dev/null | grep -E '^librust-[a-z0-9.+-]+$' | sort -u)
[ -n "$closure" ] || { echo "debian-cargo-registry: no librust packages resolved for: ${pkgs[*]}" >&2; exit 1; }

cd "$apt_dir/debs"
missing=()
for p in $closure; do
  ls "${p}"_*.deb >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "debian-cargo-registry: downloading ${#missing[@]} of $(wc -w <<<"$closure") packages" >&2
  # Download in batches: one bad name must not stop the rest.
  printf '%s\n' "${missing[@]}" | xargs -n 50 apt-get -q download >&2 || true
fi
for deb in *.deb; do
  stamp="$root/.extracted/${deb}"
  [ -e "$stamp" ] && continue
  dpkg-deb -x "$deb" "$root"
  mkdir -p "$root/.extracted" && touch "$stamp"
done
echo "debian-cargo-registry: $(ls "$registry" | wc -l) crates in $registry" >&2
echo "$registry"
