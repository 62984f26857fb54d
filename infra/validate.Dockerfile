# syntax=docker/dockerfile:1.7
# The validate function (infra/crawl.ts): a container-image Lambda with Node, Python and Mesa's
# llvmpipe (EGL surfaceless), so the render server runs on Lambda's CPUs.
# Build from the repository root: docker build -f infra/validate.Dockerfile .

FROM node:20.19.5-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY packages/functions/package.json packages/functions/
COPY packages/trainer/package.json packages/trainer/
COPY packages/cli/package.json packages/cli/
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY packages packages
RUN npx esbuild packages/functions/src/handlers/lambda-validate.ts --bundle --platform=node --target=node20 --format=esm \
      --outfile=/out/lambda-validate.mjs --external:@electric-sql/pglite \
      --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
 && cp -r packages/core/migrations packages/core/glsl /out/ \
 && cp -r packages/trainer/python /out/python

# AWS's Node 20 Lambda image (Amazon Linux 2023): the runtime interface client is already in it.
FROM public.ecr.aws/lambda/nodejs:20.2025.01.15.13
RUN dnf install -y --setopt=install_weak_deps=False mesa-libEGL mesa-libGL mesa-dri-drivers python3 python3-pip \
 && dnf clean all && rm -rf /var/cache/dnf \
 && python3 -m pip install --no-cache-dir PyOpenGL==3.1.7 numpy==1.26.4 pillow==10.4.0
COPY --from=build /out ${LAMBDA_TASK_ROOT}
ENV SHADERTRAIN_PYTHON=/usr/bin/python3 \
    PYTHONPATH=${LAMBDA_TASK_ROOT}/python \
    EGL_PLATFORM=surfaceless \
    SHADERTRAIN_HOME=/tmp/shadertrain
HEALTHCHECK NONE
CMD ["lambda-validate.handler"]
