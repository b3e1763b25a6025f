#!/usr/bin/env bash
# `npm test`'s pretest: installs the programs the tests drive when they are missing, so README's test
# command works on a fresh Debian machine with only Node: Debian's chromium (Playwright browser tests),
# LibreOffice Calc and poppler-utils' pdftoppm (test/fidelity opens our output in LibreOffice).
# It never stops the run: without root (or when apt-get fails) it warns, and the tests that need the
# missing program fail with a message that names it.
set -uo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "${EUID}" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "warning: ${missing[*]} missing; the tests that need them will fail. Install with: sudo apt-get install ${missing[*]}" >&2
  exit 0
fi

echo "installing ${missing[*]} for the tests (apt-get)"
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
  echo "warning: apt-get could not install ${missing[*]}; the tests that need them will fail" >&2
fi
exit 0
