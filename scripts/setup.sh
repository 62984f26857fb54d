#!/usr/bin/env bash
# Installs everything shadertrain needs on Debian 12: the Debian packages (GL stack, Python worker,
# PostgreSQL, the evaluation data, Chromium for gallery tests) and the npm workspace.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(
  postgresql                 # the production database, for tests against a real server
  python3-torch python3-torchvision python3-numpy python3-pil python3-pytest   # the worker
  python3-opengl libegl-mesa0 libgl1-mesa-dri libgles2                         # EGL + llvmpipe
  dataset-fashion-mnist      # real evaluation images
  glslang-tools              # offline GLSL syntax checks in tests
  g++                        # the augmentation kernels built for the host, checked against torch
  chromium                   # the gallery in a real browser
  wrk                        # HTTP load generator for bench/api-load.ts
)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
fi

# npm: a clean install when the lock file changed since the last one.
stamp=node_modules/.shadertrain-lock
if [[ ! -f $stamp ]] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
