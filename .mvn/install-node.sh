#!/usr/bin/env bash
# Puts Node and npm of the given versions into DIR (DIR/bin/node, DIR/lib/node_modules/npm), using only
# the npm registry: Vaadin's own Node download comes from nodejs.org, which a stand or CI may not reach.
set -euo pipefail
dir=$1 node_version=$2 npm_version=$3
if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version 2>/dev/null)" = "v$node_version" ] \
   && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "install-node: no Node package for $(uname -m)" >&2; exit 1 ;;
esac
command -v npm >/dev/null || { echo "install-node: npm (any version) is needed to fetch Node $node_version" >&2; exit 1; }
echo "Installing Node $node_version and npm $npm_version into $dir (from the npm registry)"
mkdir -p "$dir"
npm install --global --no-fund --no-audit --loglevel=error --prefix "$dir" \
  "node-linux-$arch@$node_version" "npm@$npm_version"
"$dir/bin/node" --version
