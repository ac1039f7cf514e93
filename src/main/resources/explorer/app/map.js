// The world map: pre-projected country paths (map/world.json, made by scripts/update-explorer-map.sh) coloured by
// state. Countries too small to draw at this scale are dots, signing organizations (the EU) labelled boxes below.
import { h, s } from './dom.js';

let world;
/** Starts loading the geometry (once); the statement page calls it before its query, so both load together. */
export const loadWorld = () => (world ||= fetch(new URL('../map/world.json', import.meta.url)).then(r => {
  if (!r.ok) throw new Error(`The map could not be loaded (HTTP ${r.status}).`);
  return r.json();
}));

const STATE_NAMES = {
  signed: 'signed on the first list',
  'added-later': 'added to the list later',
  'non-signatory': 'did not sign',
  other: 'not a signatory',
};

/** An svg role=img; states maps alpha-2 codes to signed / added-later / non-signatory (others are "other"). */
export function worldMap({ title, description, states, organizations = [] }) {
  const figure = h('figure', { class: 'map' }, h('p', { class: 'status', role: 'status' }, 'Loading the map…'));
  loadWorld().then(w => figure.replaceChildren(draw(w, title, description, states, organizations)),
    e => figure.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.message, ' The table below lists every signatory.')));
  return figure;
}

function draw(w, title, description, states, organizations) {
  const stateOf = code => states.get(code) || 'other';
  const label = (name, code) => `${name}: ${STATE_NAMES[stateOf(code)]}`;
  const boxes = organizations.length ? 34 : 0;
  const svg = s('svg', {
    role: 'img', viewBox: `0 0 ${w.width} ${w.height + boxes}`, 'aria-labelledby': 'map-svg-title map-svg-desc',
    class: 'world',
  },
  s('title', { id: 'map-svg-title' }, title),
  s('desc', { id: 'map-svg-desc' }, description),
  patterns(),
  s('path', { d: w.unmapped, class: 'unmapped', 'aria-hidden': 'true' }),
  s('g', { class: 'shapes' }, w.shapes.map(c => s('path', {
    d: c.d, class: 'country state-' + stateOf(c.code), 'data-code': c.code, 'data-state': stateOf(c.code),
  }, s('title', {}, label(c.name, c.code))))),
  s('g', { class: 'points' }, w.points.filter(p => stateOf(p.code) !== 'other').map(p => s('circle', {
    cx: p.x, cy: p.y, r: 4.5, class: 'country point state-' + stateOf(p.code), 'data-code': p.code,
    'data-state': stateOf(p.code),
  }, s('title', {}, label(p.name, p.code))))),
  s('g', { class: 'organizations' }, organizations.map((o, i) => s('g', {
    class: 'country organization state-' + o.state, 'data-code': o.code, 'data-state': o.state,
    transform: `translate(${8 + i * 190}, ${w.height + 4})`,
  }, s('title', {}, label(o.name, o.code)),
  s('rect', { width: 26, height: 22, rx: 3 }),
  s('text', { x: 34, y: 16 }, o.name)))));
  return svg;
}

/** Pattern fills: the states differ by texture as well as colour, for readers who cannot tell the colours apart. */
function patterns() {
  return s('defs', {},
    s('pattern', { id: 'hatch-later', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: 6, height: 6, class: 'fill-later' }),
      s('line', { x1: 0, y1: 0, x2: 0, y2: 6, class: 'ink' })),
    s('pattern', { id: 'dots-missing', width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
      s('rect', { width: 5, height: 5, class: 'fill-missing' }),
      s('circle', { cx: 2.5, cy: 2.5, r: 1.2, class: 'ink' })));
}
