#!/usr/bin/env bash
# A JRE base image built from Debian packages, for building Worklane's image where no registry can be
# reached (the CI machine): mmdebstrap makes a bookworm root file system with openjdk-17-jre-headless,
# podman turns it into an image archive Jib reads as tar://… (deploy/README.md, "Container image").
#
#   deploy/image/base-image.sh OUT.tar [BUILD]
#
# Cached under ${XDG_CACHE_HOME:-~/.cache}/worklane/ (rebuilt after 30 days for security updates). A
# build downloads Debian packages, so it happens only when asked (BUILD=true, from
# -Dworklane.image.build-base): an ordinary build needs no network beyond Maven Central. Without a cached
# base, without that request, without mmdebstrap or podman, not as root, or when the Debian mirror cannot
# be reached, it builds nothing, says why, and exits 0: the image is then not built and its test is
# skipped with that reason.
set -euo pipefail
out="${1:?usage: base-image.sh OUT.tar [BUILD]}"
build="${2:-false}"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/worklane"
cached="$cache_dir/jre17-bookworm-base.tar"
# never leave a base from an earlier build behind: the pom builds the image when this file exists
rm -f "$out"

if [[ -f "$cached" && -n "$(find "$cached" -mtime -30 2>/dev/null)" ]]; then
  mkdir -p "$(dirname "$out")"
  cp "$cached" "$out"
  echo "[image] JRE base from the cache: $cached"
  exit 0
fi
if [[ "$build" != true ]]; then
  echo "[image] SKIPPED: no JRE base in $cache_dir; build it from Debian packages with -Dworklane.image.build-base" \
    "(downloads from the Debian mirror, needs mmdebstrap, podman and root) or name one with -Dworklane.image.base=<registry image>"
  exit 0
fi
for tool in mmdebstrap podman; do
  if ! command -v "$tool" >/dev/null; then
    echo "[image] SKIPPED: $tool is not installed, so no base image and no container image (.ci/run installs it)"
    exit 0
  fi
done
if [[ "$(id -u)" != 0 ]]; then
  echo "[image] SKIPPED: building the Debian base needs root (mmdebstrap); pass -Dworklane.image.base=<registry image> instead"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tag="localhost/worklane-jre-base:bookworm-$$"
if ! mmdebstrap --quiet --variant=apt --include=openjdk-17-jre-headless,ca-certificates,bash \
  --customize-hook='rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*' \
  bookworm "$work/rootfs.tar"; then
  echo "[image] SKIPPED: mmdebstrap could not build the Debian base (is the Debian mirror reachable?)"
  exit 0
fi
podman import --quiet "$work/rootfs.tar" "$tag" >/dev/null
podman save --quiet --format docker-archive -o "$work/base.tar" "$tag"
podman rmi --force "$tag" >/dev/null
mkdir -p "$cache_dir" "$(dirname "$out")"
mv "$work/base.tar" "$cached"
cp "$cached" "$out"
echo "[image] JRE base built from Debian packages: $cached"
