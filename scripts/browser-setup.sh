#!/usr/bin/env bash
# Debian's chromium for the report's browser test (tests/report/browser.test.ts), installed only when missing.
# playwright-core drives it; no tool downloads a browser of its own. Without it the browser tests skip and say why.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then exit 0; fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "browser:setup: /usr/bin/chromium is missing; install it as root: apt-get update && apt-get install -y chromium" >&2
  # --optional (npm test's pretest): the browser tests then skip and say why, the rest of the suite runs.
  [[ "${1:-}" == "--optional" ]] && exit 0
  exit 1
fi
echo "browser:setup: installing Debian's chromium (about 50 s)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
