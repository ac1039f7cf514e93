// A statement: its facts, a world map of who signed (on the first list or later) and which members of a chosen
// group did not, how the list grew, the signatories, the sources and the articles with their checked claims; for a
// signed-in editor, the controls of edit-statement.js (loaded for editors only) too.
import { query } from './api.js';
import { articleUrl, countryUrl, date, h, kindName, notFound, plural, section } from './dom.js';
import { loadWorld, worldMap } from './map.js';
import { navigate, withParam } from './router.js';
import { editorName, editorRequest } from './session.js';
import { claimList, langArgument } from './widgets.js';

export const name = 'statement';

const GROUPS = { EU: 'European Union', NATO: 'NATO', G7: 'G7' };

const STATEMENT = `query Statement($slug: String!, $lang: String) {
  statement(slug: $slug) {
    id version slug title kind issuedOn issuedIn summary resolutionsCited signerRole
    issuer { code name(lang: $lang) }
    sources { url publisher listedOn note }
    signatories { country { code name(lang: $lang) kind } firstListedOn disputed signerTitle note }
    eu: nonSignatories(group: "EU") { code name(lang: $lang) }
    nato: nonSignatories(group: "NATO") { code name(lang: $lang) }
    g7: nonSignatories(group: "G7") { code name(lang: $lang) }
    sourceArticles { id headline url publishedOn agency outlet { name } }
    claims { phrase value verdict actualOnPublication explanation article { id } }
  }
}`;

export async function render(main, slug, params) {
  loadWorld().catch(() => {}); // the map reports its own failure
  await section(main, 'the statement', async () => {
    // An editor reads by POST, past any cache, so that a change shows at once, and gets the desk's controls.
    const editor = editorName() ? await import('./edit-statement.js') : null;
    const { statement } = await (editor ? editorRequest : query)(STATEMENT, { slug, lang: langArgument() });
    if (!statement) return notFound(main, 'statement with this address');
    document.title = statement.title + ' · Statement Atlas';
    const group = GROUPS[params.get('group')] ? params.get('group') : 'EU';
    const latest = editor ? (await editorRequest(editor.LATEST_CHANGE, { id: statement.id })).changes.nodes[0] : null;
    main.replaceChildren(
      header(statement),
      editor ? editor.statementDesk(statement, latest) : null,
      mapSection(statement, group),
      growth(statement),
      signatoryTable(statement, params.get('sort') || 'name', editor),
      sources(statement),
      articles(statement));
  });
}

const stateOf = (signature, issuedOn) => signature.firstListedOn > issuedOn ? 'added-later' : 'signed';

function header(s) {
  return h('header', { class: 'page-head' },
    h('p', { class: 'kicker' }, kindName(s.kind)),
    h('h1', {}, s.title),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Issued'), h('dd', {}, date(s.issuedOn), s.issuedIn ? ' in ' + s.issuedIn : ''),
      s.issuer ? [h('dt', {}, 'Issuer'), h('dd', {}, h('a', { href: countryUrl(s.issuer.code) }, s.issuer.name))] : null,
      h('dt', {}, 'Signatories'), h('dd', {}, String(s.signatories.length)),
      s.resolutionsCited.length ? [h('dt', {}, 'UN resolutions cited'), h('dd', {}, s.resolutionsCited.join(', '))] : null),
    s.summary ? h('p', { class: 'summary' }, s.summary) : null);
}

function mapSection(s, group) {
  const states = new Map(s.signatories.map(g => [g.country.code, stateOf(g, s.issuedOn)]));
  const missing = s[group.toLowerCase()];
  for (const c of missing) states.set(c.code, 'non-signatory');
  const count = state => [...states.values()].filter(v => v === state).length;
  const picker = h('fieldset', { class: 'group-picker' },
    h('legend', {}, 'Show the members that did not sign, of'),
    Object.entries(GROUPS).map(([code, label]) => h('label', {},
      h('input', {
        type: 'radio', name: 'group', value: code, checked: code === group,
        onchange: () => navigate(withParam('group', code), { replace: true, focus: false }),
      }), ' ', label)));
  const organizations = s.signatories.filter(g => g.country.kind !== 'STATE')
    .map(g => ({ code: g.country.code, name: g.country.name, state: states.get(g.country.code) }));
  return h('section', { class: 'map-section', 'aria-labelledby': 'map-title' },
    h('h2', { id: 'map-title' }, 'Who signed'),
    picker,
    worldMap({
      title: `World map of the signatories of ${s.title}`,
      description: `${count('signed')} signed on the first list, ${count('added-later')} were added later; `
        + `${plural(missing.length, 'member')} of the ${GROUPS[group]} did not sign. The table below lists every signatory.`,
      states, organizations,
    }),
    legend([
      ['signed', `Signed on the first list (${date(s.issuedOn).textContent})`, count('signed')],
      ['added-later', 'Added to the list later', count('added-later')],
      ['non-signatory', `${GROUPS[group]} member, did not sign`, count('non-signatory')],
      ['other', 'Not a signatory', null],
    ]),
    h('p', { class: 'non-signatories', 'data-group': group },
      missing.length
        ? [`${GROUPS[group]} members (as of ${date(s.issuedOn).textContent}) that did not sign: `,
          missing.map((c, i) => [i ? ', ' : '', h('a', { href: countryUrl(c.code), 'data-code': c.code }, c.name)])]
        : `Every ${GROUPS[group]} member (as of ${date(s.issuedOn).textContent}) signed.`));
}

function legend(entries) {
  return h('ul', { class: 'legend', 'aria-label': 'Map legend' }, entries.map(([state, label, n]) =>
    h('li', { 'data-state': state },
      h('svg', { svg: true, class: 'swatch', width: 22, height: 16, viewBox: '0 0 22 16', 'aria-hidden': 'true' },
        h('rect', { svg: true, x: 1, y: 1, width: 20, height: 14, class: 'state-' + state })),
      label, n == null ? '' : ` (${n})`)));
}

function growth(s) {
  const byDate = new Map();
  for (const g of s.signatories) {
    if (!byDate.has(g.firstListedOn)) byDate.set(g.firstListedOn, []);
    byDate.get(g.firstListedOn).push(g.country);
  }
  const total = s.signatories.length;
  let count = 0;
  const items = [...byDate.keys()].sort().map(day => {
    const added = byDate.get(day).sort((a, b) => a.name.localeCompare(b.name));
    count += added.length;
    return h('li', { 'data-date': day, 'data-count': count },
      h('div', { class: 'when' }, date(day)),
      h('div', { class: 'bar', style: `--share:${(count / total * 100).toFixed(1)}%`, 'aria-hidden': 'true' }),
      h('div', { class: 'what' },
        h('strong', {}, plural(count, 'signatory', 'signatories')),
        day === s.issuedOn ? ' on the first list' : [' (', added.length === 1 ? 'added: ' : `${added.length} added: `,
          added.map((c, i) => [i ? ', ' : '', h('a', { href: countryUrl(c.code) }, c.name)]), ')']));
  });
  return h('section', { class: 'growth', 'aria-labelledby': 'growth-title' },
    h('h2', { id: 'growth-title' }, 'How the list grew'),
    h('ol', { class: 'growth-list' }, items));
}

const columns = [
  ['name', 'Country', g => g.country.name],
  ['code', 'Code', g => g.country.code],
  ['listed', 'First listed', g => g.firstListedOn],
  ['disputed', 'Disputed', g => (g.disputed ? 0 : 1)],
];

function signatoryTable(s, sort, editor) {
  const descending = sort.startsWith('-');
  const key = columns.find(c => c[0] === sort.replace(/^-/, '')) || columns[0];
  const rows = [...s.signatories].sort((a, b) => {
    const x = key[2](a), y = key[2](b);
    const order = x < y ? -1 : x > y ? 1 : a.country.name.localeCompare(b.country.name);
    return descending ? -order : order;
  });
  const csv = toCsv(s);
  const json = JSON.stringify({ statement: s.slug, title: s.title, issuedOn: s.issuedOn, signatories: s.signatories
    .map(g => ({ code: g.country.code, name: g.country.name, kind: g.country.kind, firstListedOn: g.firstListedOn,
      disputed: g.disputed, signerTitle: g.signerTitle })) }, null, 2);
  return h('section', { class: 'signatories', 'aria-labelledby': 'table-title' },
    h('h2', { id: 'table-title' }, 'Signatories'),
    h('p', { class: 'downloads' }, 'Download the signatories: ',
      h('a', { href: blobUrl(csv, 'text/csv'), download: s.slug + '-signatories.csv', 'data-format': 'csv' }, 'CSV'), ' · ',
      h('a', { href: blobUrl(json, 'application/json'), download: s.slug + '-signatories.json', 'data-format': 'json' }, 'JSON')),
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Signatory table, scrolls sideways' },
      h('table', {},
        h('caption', {}, `Signatories of “${s.title}” (${s.signatories.length}), sorted by ${key[1].toLowerCase()}`),
        h('thead', {}, h('tr', {}, columns.map(([id, label]) => {
          const active = key[0] === id;
          return h('th', { scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' },
            h('a', { href: withParam('sort', active && !descending ? '-' + id : id), class: 'sort', 'data-sort': id,
              'aria-label': `Sort by ${label.toLowerCase()}` }, label, h('span', { 'aria-hidden': 'true' },
                active ? (descending ? ' ▼' : ' ▲') : ' ⇅')));
        }), h('th', { scope: 'col' }, 'Signed as'), editor ? h('th', { scope: 'col' }, 'Edit') : null)),
        h('tbody', {}, rows.map(g => h('tr', { 'data-code': g.country.code, 'data-state': stateOf(g, s.issuedOn) },
          h('th', { scope: 'row' }, h('a', { href: countryUrl(g.country.code) }, g.country.name)),
          h('td', {}, g.country.code),
          h('td', {}, date(g.firstListedOn), g.firstListedOn > s.issuedOn ? h('span', { class: 'tag later' }, 'added later') : ''),
          h('td', {}, g.disputed ? h('span', { class: 'tag disputed', title: g.note || '' }, 'disputed') : 'no'),
          h('td', {}, g.signerTitle || ''),
          editor ? editor.signatoryActions(s, g) : null)))),
    ));
}

function toCsv(s) {
  const cell = v => (v == null ? '' : /[",\n]/.test(String(v)) ? '"' + String(v).replace(/"/g, '""') + '"' : String(v));
  const lines = [['code', 'name', 'kind', 'first_listed_on', 'disputed', 'signer_title']]
    .concat(s.signatories.map(g => [g.country.code, g.country.name, g.country.kind, g.firstListedOn, g.disputed, g.signerTitle]));
  return lines.map(l => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

const blobs = [];
function blobUrl(text, type) {
  if (blobs.length > 8) URL.revokeObjectURL(blobs.shift());
  const url = URL.createObjectURL(new Blob([text], { type: type + ';charset=utf-8' }));
  blobs.push(url);
  return url;
}

function sources(s) {
  return h('section', { class: 'sources', 'aria-labelledby': 'sources-title' },
    h('h2', { id: 'sources-title' }, 'Sources'),
    h('ul', {}, s.sources.map(src => h('li', {},
      h('a', { href: src.url, rel: 'noopener' }, src.publisher || src.url),
      src.listedOn ? [' · list as of ', date(src.listedOn)] : '',
      src.note ? h('span', { class: 'meta' }, ' · ' + src.note) : ''))));
}

function articles(s) {
  const claimsOf = id => s.claims.filter(c => c.article.id === id);
  return h('section', { class: 'articles', 'aria-labelledby': 'articles-title' },
    h('h2', { id: 'articles-title' }, 'Reported by'),
    s.sourceArticles.length ? h('ul', { class: 'article-list' }, s.sourceArticles.map(a => h('li', {},
      h('a', { href: articleUrl(a.id) }, a.headline || a.url),
      h('p', { class: 'meta' }, a.outlet.name, a.agency ? ` (${a.agency})` : '', ' · ', date(a.publishedOn)),
      claimList(claimsOf(a.id))))) : h('p', {}, 'No article in the atlas reports this statement yet.'));
}
