#!/bin/sh
# Rebuild graph/maps/vendor/sigma-graphology.min.js: sigma.js and graphology, bundled into one
# classic script (an IIFE that defines the global `DsrSigma`) that a map can inline.
#
# sigma 3 ships only ES modules and CommonJS, with no browser bundle, so the npm packages are
# bundled once, here, with a pinned esbuild; only the resulting bundle and the licences are kept
# in the repository (no node_modules). Run from the repository's root:
#
#     sh scripts/vendor_sigma.sh
#
# then put the sha256 it prints in graph/maps/render.py (SIGMA_SHA256) and vendor/README.md.
# Needs npm and the npm registry; a map never needs either.
set -eu

SIGMA=3.0.3
GRAPHOLOGY=0.26.0
ESBUILD=0.25.9

root=$(pwd)
out="$root/graph/maps/vendor"
[ -d "$out" ] || { echo "run from the repository's root" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --ignore-scripts --no-audit --no-fund --save-exact \
    "sigma@$SIGMA" "graphology@$GRAPHOLOGY" "esbuild@$ESBUILD" >/dev/null

cat > entry.js <<'JS'
import Graph from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
export { Graph, Sigma, EdgeLineProgram };
JS

banner="/* sigma $SIGMA (MIT, Copyright (C) 2013-2025 Alexis Jacomy, Guillaume Plique, Benoit Simard) and graphology $GRAPHOLOGY (MIT, Copyright (c) 2016-2021 Guillaume Plique), with graphology-utils and events (MIT): see LICENSE-sigma.txt, LICENSE-graphology.txt and THIRD-PARTY-LICENSES.txt. Bundled by scripts/vendor_sigma.sh with esbuild $ESBUILD. */"

./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --global-name=DsrSigma \
    --target=es2018 --legal-comments=none --charset=utf8 --banner:js="$banner" \
    --outfile="$out/sigma-graphology.min.js" --log-level=warning

cp node_modules/sigma/LICENSE.txt "$out/LICENSE-sigma.txt"
cp node_modules/graphology/LICENSE.txt "$out/LICENSE-graphology.txt"
for p in sigma graphology graphology-utils events; do
    printf '%s %s\n' "$p" "$(node -p "require('./node_modules/$p/package.json').version")"
done
sha256sum "$out/sigma-graphology.min.js"
