// The front page: search results for ?search=..., and every statement as a timeline, newest first.
import { query } from './api.js';
import { articleUrl, countryUrl, date, h, kindName, plural, section, statementUrl } from './dom.js';
import { langArgument } from './widgets.js';

export const name = 'home';

const SEARCH = `query Search($text: String!, $lang: String) {
  search(text: $text, first: 20) {
    __typename
    ... on Statement { slug title issuedOn statementKind: kind signatoryCount }
    ... on Country { code name(lang: $lang) countryKind: kind }
    ... on SourceArticle { id headline url publishedOn outlet { name } }
  }
}`;

const STATEMENTS = `query Statements($after: String, $lang: String) {
  statements(first: 50, after: $after, orderBy: {field: ISSUED_ON, direction: DESC}) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { slug title kind issuedOn issuedIn signatoryCount issuer { code name(lang: $lang) } }
  }
}`;

export async function render(main, _, params) {
  const text = (params.get('search') || '').trim();
  document.title = (text ? `“${text}” · ` : '') + 'Statement Atlas';
  await section(main, text ? 'the search results' : 'the statements', async () => {
    const [found, statements] = await Promise.all([
      text ? query(SEARCH, { text, lang: langArgument() }).then(d => d.search) : null,
      allStatements(),
    ]);
    main.replaceChildren(
      found ? results(text, found) : intro(),
      timeline(statements));
    if (found) document.getElementById('search').setAttribute('aria-describedby', 'results-summary');
  });
}

async function allStatements() {
  const nodes = [];
  let after = null;
  do {
    const page = (await query(STATEMENTS, { after, lang: langArgument() })).statements;
    nodes.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

function intro() {
  return h('section', { class: 'intro', 'aria-labelledby': 'intro-title' },
    h('h1', { id: 'intro-title' }, 'Who signed what, when, and how the press reported it'),
    h('p', {}, 'Search above for a statement, a country or an article, or pick a statement from the timeline. ',
      'Every page has its own address: copy it to share what you see.'));
}

function results(text, found) {
  const items = found.map(r => {
    switch (r.__typename) {
      case 'Statement':
        return [statementUrl(r.slug), r.title, [kindName(r.statementKind), ' · ', date(r.issuedOn), ' · ', plural(r.signatoryCount, 'signatory', 'signatories')], 'Statement'];
      case 'Country':
        return [countryUrl(r.code), r.name, [r.countryKind === 'STATE' ? 'Country' : 'Organization', ' · ', r.code], 'Country'];
      default:
        return [articleUrl(r.id), r.headline || r.url, [r.outlet.name, ' · ', date(r.publishedOn)], 'Article'];
    }
  });
  const list = h('ul', { id: 'results', class: 'results', onkeydown: arrows },
    items.map(([href, title, meta, type]) => h('li', {},
      h('a', { href }, h('span', { class: 'type' }, type), h('span', { class: 'title' }, title)),
      h('span', { class: 'meta' }, meta))));
  return h('section', { class: 'search-results', 'aria-labelledby': 'results-title' },
    h('h1', { id: 'results-title' }, `Results for “${text}”`),
    h('p', { id: 'results-summary', role: 'status' },
      found.length ? plural(found.length, 'result') + '. Use the arrow keys to move between them.' : 'Nothing found.'),
    found.length ? list : null);
}

/** Arrow keys move between result links; the search box hands focus to the first with the down arrow. */
function arrows(event) {
  const links = [...document.querySelectorAll('#results a')];
  const at = links.indexOf(document.activeElement);
  if (event.key === 'ArrowDown' && at < links.length - 1) links[at + 1].focus();
  else if (event.key === 'ArrowUp') (at > 0 ? links[at - 1] : document.getElementById('search')).focus();
  else return;
  event.preventDefault();
}

document.getElementById('search').addEventListener('keydown', event => {
  const first = document.querySelector('#results a');
  if (event.key === 'ArrowDown' && first) {
    event.preventDefault();
    first.focus();
  }
});

function timeline(statements) {
  return h('section', { class: 'statements', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, 'Statements, newest first'),
    h('ol', { class: 'timeline' }, statements.map(s => h('li', { 'data-date': s.issuedOn },
      date(s.issuedOn),
      h('div', { class: 'card' },
        h('a', { href: statementUrl(s.slug) }, s.title),
        h('p', { class: 'meta' }, kindName(s.kind), s.issuedIn ? ' · ' + s.issuedIn : '',
          s.issuer ? ' · by ' + s.issuer.name : '', ' · ', plural(s.signatoryCount, 'signatory', 'signatories')))))));
}
