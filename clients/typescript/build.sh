#!/usr/bin/env bash
# Compiles and tests the TypeScript client (called by the Maven build after it generated generated/ from
# openapi.yaml): generates the typed GraphQL operations (generated-graphql/), compiles, runs the tests.
# Needs Node >= 20 and the npm registry (or npm's cache); without Node it says so and skips.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "[typescript client] SKIPPED: Node >= 20 is not on the PATH (install it to build and test clients/typescript)"
  exit 0
fi
npm install --no-audit --no-fund --loglevel=error
npx graphql-codegen --config codegen.yml --silent
npx tsc -p .
node --test dist/test/
