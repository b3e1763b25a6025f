#!/usr/bin/env bash
# Makes sure Debian's chromium is there for the Playwright browser tests (used by .ci/run and `npm test`'s pretest).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
else
  echo "warning: /usr/bin/chromium is missing; the browser tests will fail. Install it with: sudo apt-get install chromium" >&2
fi
