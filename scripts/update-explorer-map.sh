#!/usr/bin/env bash
# Regenerates the explorer's world map, src/main/resources/explorer/map/world.json, from npm:
# world-atlas (Natural Earth 1:110m country shapes, ISC; the data is public domain) projected with d3-geo
# (ISC) and keyed to ISO alpha-2 codes through world-countries (ODbL-1.0). The paths are projected here,
# once, so the browser draws plain SVG paths and ships no map library. Countries too small for the 1:110m
# shapes get a point at their world-countries position. The result is committed: neither builds nor the
# running service need npm or the network.
# Usage: scripts/update-explorer-map.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund --save-exact \
  world-atlas@2.0.2 topojson-client@3.1.0 d3-geo@3.1.1 world-countries@5.1.0 >/dev/null
out="$root/src/main/resources/explorer/map/world.json"
mkdir -p "$(dirname "$out")"
cat > gen.mjs <<'JS'
import fs from 'node:fs';
import { feature } from 'topojson-client';
import { geoEqualEarth, geoPath } from 'd3-geo';
const topo = JSON.parse(fs.readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
const countries = JSON.parse(fs.readFileSync('node_modules/world-countries/countries.json', 'utf8'))
  .filter(c => c.status === 'officially-assigned');
const byNumeric = new Map(countries.filter(c => c.ccn3).map(c => [c.ccn3, c]));
const world = feature(topo, topo.objects.countries);
// Antarctica signs nothing and would take a fifth of the height.
world.features = world.features.filter(f => f.id !== '010');
const width = 960, height = 470;
const projection = geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], world);
const path = geoPath(projection).digits(1);
const shapes = [], unmapped = [];
for (const f of world.features) {
  const c = byNumeric.get(f.id);
  if (c) shapes.push({ code: c.cca2, name: c.name.common, d: path(f) });
  else unmapped.push(path(f)); // e.g. Kosovo, Northern Cyprus, Somaliland: no ISO 3166-1 code
}
const drawn = new Set(shapes.map(s => s.code));
const points = countries.filter(c => !drawn.has(c.cca2) && c.cca2 !== 'AQ' && c.latlng && c.latlng.length === 2)
  .map(c => {
    const [x, y] = projection([c.latlng[1], c.latlng[0]]);
    return { code: c.cca2, name: c.name.common, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
shapes.sort((a, b) => a.code.localeCompare(b.code));
points.sort((a, b) => a.code.localeCompare(b.code));
fs.writeFileSync(process.argv[2], JSON.stringify({
  source: 'world-atlas 2.0.2 countries-110m (Natural Earth), d3-geo 3.1.1 geoEqualEarth, world-countries 5.1.0',
  license: 'Natural Earth: public domain; world-atlas, d3-geo: ISC; world-countries: ODbL-1.0',
  width, height, shapes, unmapped: unmapped.join(''), points,
}) + '\n');
console.log(`${shapes.length} shapes, ${points.length} points -> ${process.argv[2]}`);
JS
node gen.mjs "$out"
