// An article: its cleaned text with every country mention highlighted at its offsets, the claims it makes with
// their verdicts, its quotes, the UN resolutions it cites and the statement it reports, with the link's confidence;
// for a signed-in editor, the corrections desk under it (edit-article.js, loaded for editors only).
import { query } from './api.js';
import { countryUrl, date, h, notFound, section, statementUrl } from './dom.js';
import { editorName, editorRequest } from './session.js';
import { claimList, highlighted, langArgument } from './widgets.js';

export const name = 'article';

const ARTICLE = `query Article($id: ID!, $lang: String) {
  sourceArticle(id: $id) {
    id url headline agency creditedOutlet language publishedOn text resolutionsCited
    outlet { name domain }
    mentions { count country { code name(lang: $lang) } offsets { start end matchedAs } }
    claims { phrase value verdict actualOnPublication explanation }
    quotes { text speaker start end }
    statementLinks { confidence method statement { slug title issuedOn } }
  }
}`;

const METHODS = { CURATED: 'curated by hand', DATE: 'matched by date', QUOTE: 'matched by a quotation',
  TITLE: 'matched by title words', SIGNATORIES: 'matched by the signatories named', COMBINED: 'matched by several signals' };

export async function render(main, id) {
  await section(main, 'the article', async () => {
    // An editor reads by POST, past any cache, so that a correction shows at once.
    const { sourceArticle: a } = await (editorName() ? editorRequest : query)(ARTICLE, { id, lang: langArgument() });
    if (!a) return notFound(main, 'article with this id');
    document.title = (a.headline || a.outlet.name) + ' · Statement Atlas';
    const mentioned = [...a.mentions].sort((x, y) => y.count - x.count);
    main.replaceChildren(
      h('header', { class: 'page-head' },
        h('p', { class: 'kicker' }, 'Article'),
        h('h1', {}, a.headline || 'Untitled article from ' + a.outlet.name),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Outlet'), h('dd', {}, a.outlet.name, a.creditedOutlet ? ` (credited: ${a.creditedOutlet})` : ''),
          a.agency ? [h('dt', {}, 'Agency'), h('dd', {}, a.agency)] : null,
          h('dt', {}, 'Published'), h('dd', {}, date(a.publishedOn)),
          h('dt', {}, 'Original'), h('dd', {}, h('a', { href: a.url, rel: 'noopener' }, a.url)))),
      h('div', { class: 'article-layout' },
        h('section', { class: 'article-text', 'aria-labelledby': 'text-title' },
          h('h2', { id: 'text-title' }, 'Text'),
          h('p', { class: 'meta' }, 'Country mentions are highlighted: hover or focus one to see the country.'),
          highlighted(a.text, a.mentions)),
        h('aside', { class: 'article-facts', 'aria-label': 'What the atlas found in this article' },
          h('section', { 'aria-labelledby': 'reports-title' },
            h('h2', { id: 'reports-title' }, 'Reports'),
            a.statementLinks.length ? h('ul', {}, a.statementLinks.map(l => h('li', { class: 'link' },
              h('a', { href: statementUrl(l.statement.slug) }, l.statement.title), ' (', date(l.statement.issuedOn), ')',
              h('p', { class: 'meta confidence', 'data-confidence': l.confidence },
                `Confidence ${Math.round(l.confidence * 100)}%, ${METHODS[l.method] || l.method}`))))
              : h('p', {}, 'No statement linked.')),
          h('section', { 'aria-labelledby': 'claims-title' }, h('h2', { id: 'claims-title' }, 'Claims checked'), claimList(a.claims)),
          h('section', { 'aria-labelledby': 'mentioned-title' }, h('h2', { id: 'mentioned-title' }, 'Countries mentioned'),
            h('ul', { class: 'mentioned' }, mentioned.map(m => h('li', {},
              h('a', { href: countryUrl(m.country.code) }, m.country.name), ` ×${m.count}`)))),
          a.quotes.length ? h('section', { 'aria-labelledby': 'quotes-title' }, h('h2', { id: 'quotes-title' }, 'Quotes'),
            a.quotes.map(q => h('figure', { class: 'quote' }, h('blockquote', {}, q.text),
              q.speaker ? h('figcaption', {}, '— ' + q.speaker) : null))) : null,
          a.resolutionsCited.length ? h('section', { 'aria-labelledby': 'resolutions-title' },
            h('h2', { id: 'resolutions-title' }, 'UN resolutions cited'),
            h('ul', {}, a.resolutionsCited.map(r => h('li', {}, r)))) : null)));
    if (editorName()) {
      const desk = await import('./edit-article.js');
      const { sourceArticle, statements, changes } = await editorRequest(desk.EDITOR_ARTICLE, { id });
      main.append(desk.articleDesk(sourceArticle, statements.nodes, changes.nodes));
    }
  });
}
