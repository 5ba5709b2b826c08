#!/usr/bin/env bash
# A Docker engine for gpumesh's docker tests, where none runs, and the base images they
# need where no registry can be reached.
#
#   docker/engine.sh up DIR      start dockerd with everything under DIR (data, exec root,
#                                socket, log); prints the DOCKER_HOST to use
#   docker/engine.sh down DIR    stop that dockerd and remove DIR
#   docker/engine.sh images      make sure the engine at $DOCKER_HOST has the runtime
#                                tests' image, gpumesh-test/busybox (Debian's busybox-static)
#   docker/engine.sh base        make sure it has node:20-bookworm-slim: where absent, a
#                                local stand-in (debootstrap + this machine's node)
#   (nothing is pulled from a registry)
#   docker/engine.sh can-run     exit 0 when this machine can start an engine (root,
#                                dockerd, overlayfs); else print why on one line
#
# The debootstrapped Debian is cached in $GPUMESH_DOCKER_CACHE (default
# /tmp/gpumesh-docker-cache) so repeat runs skip its ~50 s.
set -euo pipefail

CACHE="${GPUMESH_DOCKER_CACHE:-/tmp/gpumesh-docker-cache}"
BUSYBOX_IMAGE=gpumesh-test/busybox:latest
BASE_IMAGE=node:20-bookworm-slim

log () { echo "engine.sh: $*" >&2; }

can_run () {
  [ "$(id -u)" = 0 ] || { echo "not root: cannot start a Docker engine"; return 1; }
  command -v dockerd >/dev/null 2>&1 || { echo "dockerd is not installed (apt-get install docker.io)"; return 1; }
  command -v docker >/dev/null 2>&1 || { echo "the docker CLI is not installed"; return 1; }
  grep -qw overlay /proc/filesystems || modprobe overlay 2>/dev/null || { echo "the kernel has no overlayfs"; return 1; }
  return 0
}

up () {
  local dir="$1"
  mkdir -p "$dir/root" "$dir/exec"
  # The engine's data in memory where we may: image builds write many small files, and
  # removing them from disk afterwards took longer than a minute here. (On disk otherwise.)
  mount -t tmpfs -o "size=${GPUMESH_ENGINE_TMPFS_SIZE:-8g},mode=0711" tmpfs "$dir/root" 2>/dev/null || true
  # --bridge=none and --iptables=false: the engine touches neither the host's firewall
  # nor a default bridge; the compose testnet brings its own internal network.
  dockerd --storage-driver=overlay2 --data-root "$dir/root" --exec-root "$dir/exec" \
    -H "unix://$dir/docker.sock" --pidfile "$dir/pid" --iptables=false --ip6tables=false \
    --bridge=none >"$dir/dockerd.log" 2>&1 &
  local i
  for i in $(seq 1 300); do
    if DOCKER_HOST="unix://$dir/docker.sock" docker version >/dev/null 2>&1; then
      echo "unix://$dir/docker.sock"
      return 0
    fi
    if ! kill -0 $! 2>/dev/null; then
      log "dockerd exited; its log:"; tail -n 20 "$dir/dockerd.log" >&2; return 1
    fi
    sleep 0.1
  done
  log "dockerd did not answer within 30 s"; tail -n 20 "$dir/dockerd.log" >&2
  return 1
}

down () {
  local dir="$1"
  [ -d "$dir" ] || return 0
  if [ -f "$dir/pid" ]; then
    local pid; pid="$(cat "$dir/pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      local i
      for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  remove_tree "$dir"
}

# Mounts left under a dir (a killed dockerd, a failed debootstrap) go before the dir can.
remove_tree () {
  { grep -F " $1/" /proc/self/mounts || true; } | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
  rm -rf "$1"
}

busybox_image () {
  docker image inspect "$BUSYBOX_IMAGE" >/dev/null 2>&1 && return 0
  local work; work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  if [ ! -f "$CACHE/busybox" ]; then
    mkdir -p "$CACHE"
    if [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1; then
      cp /bin/busybox "$CACHE/busybox.tmp"
    else
      (cd "$work" && apt-get download busybox-static >/dev/null 2>&1) \
        || { log "could not download busybox-static (apt-get install busybox-static)"; return 1; }
      dpkg-deb -x "$work"/busybox-static_*.deb "$work/deb"
      cp "$work/deb/bin/busybox" "$CACHE/busybox.tmp"
    fi
    mv "$CACHE/busybox.tmp" "$CACHE/busybox"
  fi
  mkdir -p "$work/root/bin" "$work/root/tmp" "$work/root/etc"
  chmod 1777 "$work/root/tmp"
  cp "$CACHE/busybox" "$work/root/bin/busybox"
  for applet in sh echo cat id ls sleep head dd wget nc ps true false yes seq printf env; do ln -s busybox "$work/root/bin/$applet"; done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/tmp:/bin/sh\n' >"$work/root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$work/root/etc/group"
  tar -C "$work/root" -c . | docker import -c 'ENV PATH=/bin' - "$BUSYBOX_IMAGE" >/dev/null
  log "made $BUSYBOX_IMAGE"
}

base_image () {
  docker image inspect "$BASE_IMAGE" >/dev/null 2>&1 && return 0
  local rootfs="$CACHE/bookworm-minbase.tar"
  if [ ! -f "$rootfs" ]; then
    command -v debootstrap >/dev/null 2>&1 || { log "debootstrap is not installed (apt-get install debootstrap)"; return 1; }
    mkdir -p "$CACHE"
    local tmp; tmp="$(mktemp -d "$CACHE/debootstrap.XXXXXX")"
    log "debootstrap bookworm (once; cached in $rootfs)"
    if ! debootstrap --variant=minbase bookworm "$tmp/root" >"$tmp/log" 2>&1; then
      tail -n 20 "$tmp/log" >&2; remove_tree "$tmp"; return 1
    fi
    rm -rf "$tmp/root/var/cache/apt/archives/"*.deb "$tmp/root/var/lib/apt/lists/"*
    tar -C "$tmp/root" -cf "$rootfs.tmp" .
    mv "$rootfs.tmp" "$rootfs"
    rm -rf "$tmp"
  fi
  local work; work="$(mktemp -d)"
  trap 'rm -rf "$work"' RETURN
  # What node:20-bookworm-slim has that matters here: node and npm on the PATH. The
  # host's CA bundle goes in too, so package downloads through this machine's TLS
  # proxy work inside `docker build` (the project's Dockerfile knows nothing of it).
  mkdir -p "$work/add/usr/local/bin" "$work/add/usr/local/lib" "$work/add/etc/ssl/certs"
  cp "$(command -v node)" "$work/add/usr/local/bin/node"
  cp -r "$(dirname "$(readlink -f "$(command -v npm)")")/../../npm" "$work/add/usr/local/lib/npm" 2>/dev/null \
    || cp -r /usr/lib/node_modules/npm "$work/add/usr/local/lib/npm"
  ln -s ../lib/npm/bin/npm-cli.js "$work/add/usr/local/bin/npm"
  ln -s ../lib/npm/bin/npx-cli.js "$work/add/usr/local/bin/npx"
  cp /etc/ssl/certs/ca-certificates.crt "$work/add/etc/ssl/certs/host-ca-certificates.crt"
  printf 'cafile=/etc/ssl/certs/host-ca-certificates.crt\n' >"$work/add/npmrc"
  # One layer: the cached Debian plus the additions, streamed straight into the engine.
  mkdir -p "$work/root"
  tar -C "$work/root" -xf "$rootfs"
  cp -a "$work/add/." "$work/root/"
  mkdir -p "$work/root/usr/local/etc" && mv "$work/root/npmrc" "$work/root/usr/local/etc/npmrc"
  tar -C "$work/root" -c . | docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/host-ca-certificates.crt' \
    -c 'ENV SSL_CERT_FILE=/etc/ssl/certs/host-ca-certificates.crt' \
    -c 'ENV NPM_CONFIG_GLOBALCONFIG=/usr/local/etc/npmrc' \
    -c 'CMD ["node"]' - "$BASE_IMAGE" >/dev/null
  log "made a local stand-in for $BASE_IMAGE (Debian bookworm minbase + node $(node --version))"
}

case "${1:-}" in
  can-run) can_run ;;
  up) [ -n "${2:-}" ] || { log "usage: up DIR"; exit 2; }; up "$2" ;;
  down) [ -n "${2:-}" ] || { log "usage: down DIR"; exit 2; }; down "$2" ;;
  images) busybox_image ;;
  base) base_image ;;
  *) sed -n '2,20p' "$0" >&2; exit 2 ;;
esac
