#!/usr/bin/env bash
# `npm run test:e2e`: installs the test editor (cached), packages the extension and runs the
# end-to-end tests inside code-server. Screenshots land in test/e2e/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash test/e2e/setup.sh
npm run package
npx vitest run --config vitest.e2e.config.ts
