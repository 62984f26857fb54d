# syntax=docker/dockerfile:1.7
# The GPU trainer service (infra/trainer.ts): `shadertrain trainer serve` claims queued training runs,
# renders programs on the GPU through EGL (NVIDIA's EGL device platform, no X server) and trains
# with PyTorch. Build from the repository root: docker build -f infra/trainer.Dockerfile .
# Checked by infra/dockerfile.test.ts (no container engine runs where this is developed).

# --- 1. the CLI as one file (esbuild, scripts/bundle.mjs), with the files it reads at run time ------
FROM node:20.19.5-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/functions/package.json packages/functions/
COPY packages/trainer/package.json packages/trainer/
COPY packages/cli/package.json packages/cli/
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY packages packages
COPY programs programs
COPY scripts/bundle.mjs scripts/
# /out/dist: shadertrain.mjs (PGlite inlined), pglite.wasm/.data, migrations/ (packages/core/migrations),
# glsl/, python/ (packages/trainer/python without tests), assets/, programs/. better-sqlite3 (native,
# only for the GLSL Sandbox dump source) and the dev tools stay external and are not installed here.
RUN node scripts/bundle.mjs --outdir /out/dist

# --- 2. the runtime: CUDA + EGL/libglvnd + Python (PyTorch, PyOpenGL) + Node --------------------
FROM nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04
ENV DEBIAN_FRONTEND=noninteractive \
    # `graphics` makes the NVIDIA container toolkit mount libEGL_nvidia and friends next to CUDA.
    NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility,graphics \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates tini \
      libglvnd0 libegl1 libgles2 libgl1 libopengl0 \
      python3 python3-pip \
 && rm -rf /var/lib/apt/lists/*
# glvnd picks the EGL vendor library through this file; the toolkit mounts the library, not always the json.
RUN mkdir -p /usr/share/glvnd/egl_vendor.d \
 && printf '{\n  "file_format_version": "1.0.0",\n  "ICD": { "library_path": "libEGL_nvidia.so.0" }\n}\n' \
      > /usr/share/glvnd/egl_vendor.d/10_nvidia.json
RUN python3 -m pip install --index-url https://download.pytorch.org/whl/cu124 torch==2.4.1 torchvision==0.19.1 \
 && python3 -m pip install PyOpenGL==3.1.7 numpy==1.26.4 pillow==10.4.0
# Node from the build stage (same release the CLI was bundled for).
COPY --from=build /usr/local/bin/node /usr/local/bin/node
COPY --from=build /out /opt/shadertrain
RUN printf '#!/bin/sh\nexec /usr/local/bin/node /opt/shadertrain/dist/shadertrain.mjs "$@"\n' > /usr/local/bin/shadertrain \
 && chmod 0755 /usr/local/bin/shadertrain \
 && useradd --system --uid 10001 --create-home --home-dir /var/lib/shadertrain shadertrain
ENV SHADERTRAIN_HOME=/var/lib/shadertrain \
    SHADERTRAIN_PYTHON=/usr/bin/python3 \
    PYTHONPATH=/opt/shadertrain/dist/python \
    NODE_ENV=production
USER shadertrain
WORKDIR /var/lib/shadertrain
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
  CMD ["/usr/local/bin/shadertrain", "trainer", "health"]
ENTRYPOINT ["/usr/bin/tini", "--", "/usr/local/bin/shadertrain", "trainer", "serve"]
