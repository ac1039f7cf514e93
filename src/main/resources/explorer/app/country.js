// A country: its groups, the statements it signed (paged), who it signs with most, and the articles naming it.
import { query } from './api.js';
import { articleUrl, countryUrl, date, h, kindName, notFound, plural, section, statementUrl } from './dom.js';
import { langArgument } from './widgets.js';

export const name = 'country';

const COUNTRY = `query Country($code: String!, $lang: String) {
  country(code: $code) {
    code alpha3 name(lang: $lang) officialName kind region subregion signedCount
    groups { code name }
    coSignatories(first: 10) { country { code name(lang: $lang) } sharedStatements }
  }
  sourceArticles(filter: {mentions: $code}, first: 20) {
    totalCount
    nodes { id headline url publishedOn outlet { name } }
  }
}`;

const SIGNED = `query Signed($code: String!, $after: String) {
  country(code: $code) {
    statements(first: 10, after: $after, orderBy: {field: ISSUED_ON, direction: DESC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { slug title kind issuedOn signatoryCount }
    }
  }
}`;

export async function render(main, code) {
  await section(main, 'the country', async () => {
    const [data, signed] = await Promise.all([query(COUNTRY, { code, lang: langArgument() }), query(SIGNED, { code, after: null })]);
    const c = data.country;
    if (!c) return notFound(main, 'country with this code');
    document.title = c.name + ' · Statement Atlas';
    main.replaceChildren(
      h('header', { class: 'page-head' },
        h('p', { class: 'kicker' }, c.kind === 'STATE' ? 'Country' : 'Organization'),
        h('h1', {}, c.name),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Official name'), h('dd', {}, c.officialName),
          h('dt', {}, 'Codes'), h('dd', {}, [c.code, c.alpha3].filter(Boolean).join(' · ')),
          c.region ? [h('dt', {}, 'Region'), h('dd', {}, [c.region, c.subregion].filter(Boolean).join(', '))] : null,
          h('dt', {}, 'Groups'), h('dd', { class: 'groups' }, c.groups.length ? c.groups.map(g => g.name).join(', ') : 'none recorded'),
          h('dt', {}, 'Statements signed'), h('dd', {}, String(c.signedCount)))),
      statements(code, signed.country.statements),
      coSignatories(c),
      mentions(c, data.sourceArticles));
  });
}

function statements(code, first) {
  const list = h('ol', { class: 'statement-list' });
  const more = h('button', { type: 'button' }, 'Show more statements');
  const status = h('p', { class: 'meta', role: 'status' });
  let page = first;
  const add = p => {
    list.append(...p.nodes.map(s => h('li', {},
      h('a', { href: statementUrl(s.slug) }, s.title),
      h('p', { class: 'meta' }, kindName(s.kind), ' · ', date(s.issuedOn), ' · ', plural(s.signatoryCount, 'signatory', 'signatories')))));
    status.textContent = `Showing ${list.children.length} of ${p.totalCount}.`;
    more.hidden = !p.pageInfo.hasNextPage;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      page = (await query(SIGNED, { code, after: page.pageInfo.endCursor })).country.statements;
      const firstNew = list.children.length;
      add(page);
      list.children[firstNew]?.querySelector('a').focus();
    } catch (e) {
      status.textContent = 'Could not load more statements: ' + e.message + ' Press the button to retry.';
    } finally {
      more.disabled = false;
    }
  });
  add(first);
  return h('section', { 'aria-labelledby': 'signed-title' },
    h('h2', { id: 'signed-title' }, 'Statements signed'),
    first.totalCount ? [list, status, more] : h('p', {}, 'None in the atlas.'));
}

function coSignatories(c) {
  const max = Math.max(1, ...c.coSignatories.map(x => x.sharedStatements));
  return h('section', { class: 'cosigners', 'aria-labelledby': 'cosigners-title' },
    h('h2', { id: 'cosigners-title' }, 'Signs most often with'),
    c.coSignatories.length
      ? h('table', { class: 'bars' },
        h('caption', {}, `Countries that signed the most statements together with ${c.name}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col' }, 'Statements together'))),
        h('tbody', {}, c.coSignatories.map(x => h('tr', { 'data-code': x.country.code },
          h('th', { scope: 'row' }, h('a', { href: countryUrl(x.country.code) }, x.country.name)),
          h('td', {}, h('span', { class: 'bar', style: `--share:${(x.sharedStatements / max * 100).toFixed(1)}%`, 'aria-hidden': 'true' }),
            h('span', { class: 'value' }, String(x.sharedStatements)))))))
      : h('p', {}, 'No co-signatories.'));
}

function mentions(c, articles) {
  return h('section', { 'aria-labelledby': 'mentions-title' },
    h('h2', { id: 'mentions-title' }, 'Articles that mention ' + c.name),
    articles.totalCount ? h('ul', { class: 'article-list' }, articles.nodes.map(a => h('li', {},
      h('a', { href: articleUrl(a.id) }, a.headline || a.url),
      h('p', { class: 'meta' }, a.outlet.name, ' · ', date(a.publishedOn))))) : h('p', {}, 'None in the atlas.'));
}
