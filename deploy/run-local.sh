#!/usr/bin/env bash
# Runs the production setup locally: N `next start` instances behind nginx with deploy/nginx.conf.
#   deploy/run-local.sh [--instances 2] [--base-port 3000] [--port 8080] [--dist .next] [--no-start]
# Build first (`npm run build`). See deploy/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node_modules/.bin/tsx deploy/run-local.ts "$@"
