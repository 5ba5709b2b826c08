#!/usr/bin/env bash
# `pnpm test:docker`: the tests that need a Docker engine (the docker runtime, the
# image build, the compose testnet). Uses the engine `docker info` answers; where none
# does, starts one of its own (docker/engine.sh) and stops it, and removes its dirs,
# when done, whatever happened. Skips, with one line, only where this machine cannot
# run an engine at all.
set -euo pipefail
cd "$(dirname "$0")/.."

own=""
base_pid=""
cleanup () {
  # A debootstrap half done would leave mounts behind: let it finish (it is bounded).
  if [ -n "$base_pid" ]; then wait "$base_pid" 2>/dev/null || true; fi
  if [ -n "$own" ]; then docker/engine.sh down "$own" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! docker info >/dev/null 2>&1; then
  if ! why="$(docker/engine.sh can-run)"; then
    echo "test:docker: skipped: $why"
    exit 0
  fi
  own="$(mktemp -d /tmp/gpumesh-engine.XXXXXX)"
  DOCKER_HOST="$(docker/engine.sh up "$own")"
  export DOCKER_HOST
  # An engine of our own knows no registry: its base image is made here, not pulled.
  export GPUMESH_STANDIN_BASE=1
  echo "test:docker: started a Docker engine at $DOCKER_HOST"
fi
# The image build's base (a debootstrap the first time) is made meanwhile: the build of
# the workspace and the runtime's tests need only the busybox image.
if [ "${GPUMESH_STANDIN_BASE:-0}" = 1 ]; then
  docker/engine.sh base & base_pid=$!
fi
npx -y pnpm@10.34.9 build >/dev/null
docker/engine.sh images
# The workspace's own vitest (npx under pnpm warns about pnpm's npm_config_* variables).
vitest=node_modules/.bin/vitest
$vitest run --config vitest.docker.config.ts packages/
if [ -n "$base_pid" ]; then
  wait "$base_pid" || { base_pid=""; echo "test:docker: could not make the base image" >&2; exit 1; }
  base_pid=""
fi
$vitest run --config vitest.docker.config.ts --exclude 'packages/**'
