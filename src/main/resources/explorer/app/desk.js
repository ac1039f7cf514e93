// The editor's desk: sign-in with a token (/desk), and adding an article with a preview of what the pipeline finds
// before anything is stored (/desk/articles/new). Readers see only the sign-in form here, and no editor control
// anywhere else.
import { highlighted } from './article.js';
import { articleUrl, date, h, statementUrl } from './dom.js';
import { navigate } from './main.js';
import { editorName, editorRequest, signIn, signOut } from './session.js';
import { claimList } from './statement.js';

export const name = 'desk';

const PREVIEW = `query Preview($input: IngestArticleInput!) {
  previewArticle(input: $input) {
    text url headline outlet { name } agency publishedOn datePrecision removedChrome warnings
    mentions { count country { code name } spans { start end matchedAs } }
    claims { phrase value verdict actual explanation }
    suggestedStatement { slug title } confidence
    candidates { confidence method statement { slug title issuedOn } }
  }
}`;

const INGEST = `mutation Save($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id } }
}`;

const PRECISION = { DATE_TIME: 'to the minute', DATE: 'to the day', MONTH: 'to the month', YEAR: 'to the year',
  UNKNOWN: 'unknown', AMBIGUOUS: 'ambiguous' };

export async function render(main, sub) {
  main.removeAttribute('aria-busy');
  if (!editorName()) return signInPage(main);
  if (sub === 'articles/new') return addArticlePage(main);
  document.title = "Editor's desk · Statement Atlas";
  main.replaceChildren(h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, "Editor's desk"),
    h('h1', {}, 'Signed in as ' + editorName())),
  h('ul', { class: 'desk-actions' }, h('li', {}, h('a', { href: '/desk/articles/new' }, 'Add an article'))));
}

function signInPage(main) {
  document.title = 'Sign in · Statement Atlas';
  const message = h('p', { class: 'form-message', role: 'alert', id: 'sign-in-message' });
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true,
    'aria-describedby': 'token-help sign-in-message', spellcheck: 'false' });
  const form = h('form', { class: 'desk-form', 'aria-labelledby': 'sign-in-title' },
    h('label', { for: 'token' }, 'Editor token'),
    h('p', { class: 'meta', id: 'token-help' }, 'Paste the token you were given. It is kept in this tab only, until you sign out or close it.'),
    input, h('button', { type: 'submit' }, 'Sign in'), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.textContent = '';
    try {
      await signIn(input.value);
      input.value = '';
      await navigate(location.pathname === '/desk' ? '/desk' : location.pathname, { replace: true });
    } catch (e) {
      message.textContent = e.message;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  });
  main.replaceChildren(h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, "Editor's desk"),
    h('h1', { id: 'sign-in-title' }, 'Sign in')), form);
}

/** The session line in the site header: who is signed in, and sign-out; empty for readers. */
export function sessionLine(box) {
  const who = editorName();
  box.hidden = !who;
  if (!who) return box.replaceChildren();
  box.replaceChildren('Signed in as ', h('strong', { class: 'editor-name' }, who), ' · ', h('a', { href: '/desk' }, 'Desk'), ' · ',
    h('button', { type: 'button', class: 'link-button', onclick: () => { signOut(); navigate('/'); } }, 'Sign out'));
}

function addArticlePage(main) {
  document.title = 'Add an article · Statement Atlas';
  const url = h('input', { id: 'article-url', name: 'url', type: 'url', autocomplete: 'off' });
  const body = h('textarea', { id: 'article-body', name: 'body', rows: 12, 'aria-describedby': 'body-help' });
  const message = h('p', { class: 'form-message', role: 'alert' });
  const result = h('div', { class: 'preview', 'aria-live': 'polite' });
  const input = () => {
    const text = body.value.trim();
    const given = { url: url.value.trim() || undefined };
    if (!text) return given;
    return /^<(!doctype|html|head|body|article|div|p)\b/i.test(text) ? { ...given, html: text } : { ...given, text };
  };
  let previewed = null;
  const form = h('form', { class: 'desk-form', 'aria-labelledby': 'add-title' },
    h('label', { for: 'article-url' }, 'Address (URL)'), url,
    h('label', { for: 'article-body' }, 'Text or HTML'),
    h('p', { class: 'meta', id: 'body-help' }, 'Paste the article as text or as the page’s HTML; leave it empty to have the service fetch the address.'),
    body, h('button', { type: 'submit' }, 'Preview'), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.textContent = '';
    result.replaceChildren(h('p', { class: 'status', role: 'status' }, 'Reading the article…'));
    try {
      previewed = input();
      const { previewArticle: p } = await editorRequest(PREVIEW, { input: previewed });
      result.replaceChildren(...preview(p), h('button', { type: 'button', class: 'save', onclick: save }, 'Save this article'));
    } catch (e) {
      result.replaceChildren();
      message.textContent = e.message;
    }
  });
  async function save() {
    try {
      const { ingestArticle: saved } = await editorRequest(INGEST, { input: previewed });
      await navigate(articleUrl(saved.article.id));
    } catch (e) {
      message.textContent = e.message;
    }
  }
  main.replaceChildren(h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, "Editor's desk"),
    h('h1', { id: 'add-title' }, 'Add an article')), form, result);
}

/** What the pipeline found: nothing of it is stored yet. */
function preview(p) {
  const mentions = p.mentions.map(m => ({ ...m, offsets: m.spans }));
  return [
    h('h2', {}, 'Preview: nothing is stored until you save'),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Headline'), h('dd', { class: 'preview-headline' }, p.headline || 'none found'),
      h('dt', {}, 'Outlet'), h('dd', {}, p.outlet.name),
      h('dt', {}, 'Published'), h('dd', { class: 'preview-date', 'data-precision': p.datePrecision }, date(p.publishedOn),
        ` (precision: ${PRECISION[p.datePrecision] || p.datePrecision})`)),
    p.warnings.length ? h('ul', { class: 'warnings' }, p.warnings.map(w => h('li', {}, w))) : null,
    h('section', { class: 'suggested', 'aria-labelledby': 'suggested-title' }, h('h3', { id: 'suggested-title' }, 'Suggested statement'),
      p.suggestedStatement
        ? h('p', {}, h('a', { href: statementUrl(p.suggestedStatement.slug) }, p.suggestedStatement.title),
          ` (confidence ${Math.round(p.confidence * 100)}%)`)
        : h('p', {}, 'None close enough.'),
      h('table', { class: 'candidates' }, h('caption', {}, 'Candidates'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Statement'), h('th', { scope: 'col' }, 'Confidence'))),
        h('tbody', {}, p.candidates.map(c => h('tr', { 'data-slug': c.statement.slug },
          h('th', { scope: 'row' }, c.statement.title), h('td', {}, Math.round(c.confidence * 100) + '%')))))),
    h('section', { 'aria-labelledby': 'claims-preview-title' }, h('h3', { id: 'claims-preview-title' }, 'Claims checked'),
      claimList(p.claims)),
    h('section', { class: 'article-text', 'aria-labelledby': 'text-preview-title' },
      h('h3', { id: 'text-preview-title' }, `Cleaned text (${p.mentions.length} countries mentioned)`),
      highlighted(p.text, mentions)),
    h('details', { class: 'removed-chrome' }, h('summary', {}, `Removed as site chrome (${p.removedChrome.length} lines)`),
      h('ul', {}, p.removedChrome.map(line => h('li', {}, line)))),
  ];
}
