// The editor's desk: sign-in with a token (/desk); adding an article with a preview of what the pipeline finds, and
// the editor's corrections of its mentions, before anything is stored (/desk/articles/new); and creating a statement
// (/desk/statements/new). Readers see only the sign-in form here, and no editor control anywhere else.
import { articleUrl, date, h, statementUrl } from './dom.js';
import { correct, mentionEditor } from './edit-article.js';
import { navigate } from './router.js';
import { editorName, editorRequest, signIn } from './session.js';
import { claimList, highlighted } from './widgets.js';

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
  ingestArticle(input: $input) { created article { id version text } }
}`;

const CREATE = `mutation Create($input: CreateStatementInput!) { createStatement(input: $input) { statement { slug } } }`;

const PRECISION = { DATE_TIME: 'to the minute', DATE: 'to the day', MONTH: 'to the month', YEAR: 'to the year',
  UNKNOWN: 'unknown', AMBIGUOUS: 'ambiguous' };

const head = (title, id) => h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, "Editor's desk"),
  h('h1', { id }, title));

export async function render(main, sub) {
  main.removeAttribute('aria-busy');
  if (!editorName()) return signInPage(main);
  if (sub === 'articles/new') return addArticlePage(main);
  if (sub === 'statements/new') return newStatementPage(main);
  document.title = "Editor's desk · Statement Atlas";
  main.replaceChildren(head('Signed in as ' + editorName()),
    h('ul', { class: 'desk-actions' }, h('li', {}, h('a', { href: '/desk/articles/new' }, 'Add an article')),
      h('li', {}, h('a', { href: '/desk/statements/new' }, 'Create a statement'))),
    h('p', { class: 'meta' }, 'To correct an article or a statement, open its page: the desk’s controls are under it.'));
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
      await navigate(location.pathname, { replace: true });
    } catch (e) {
      message.textContent = e.message;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  });
  main.replaceChildren(head('Sign in', 'sign-in-title'), form);
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
  // What was previewed, and the editor's corrections of its mentions, applied after saving.
  let previewed = null, text = '', mentions = [];
  const corrections = { removed: [], added: [] };
  const form = h('form', { class: 'desk-form', 'aria-labelledby': 'add-title' },
    h('label', { for: 'article-url' }, 'Address (URL)'), url,
    h('label', { for: 'article-body' }, 'Text or HTML'),
    h('p', { class: 'meta', id: 'body-help' }, 'Paste the article as text or as the page’s HTML; leave it empty to have the service fetch the address.'),
    body, h('button', { type: 'submit' }, 'Preview'), message);
  const show = p => result.replaceChildren(...preview(p, mentions, corrections, show),
    h('button', { type: 'button', class: 'save', onclick: save }, 'Save this article'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.textContent = '';
    result.replaceChildren(h('p', { class: 'status', role: 'status' }, 'Reading the article…'));
    try {
      previewed = input();
      const { previewArticle: p } = await editorRequest(PREVIEW, { input: previewed });
      text = p.text;
      mentions = p.mentions.map(m => ({ country: m.country, offsets: m.spans }));
      corrections.removed = [];
      corrections.added = [];
      show(p);
    } catch (e) {
      result.replaceChildren();
      message.textContent = e.message;
    }
  });
  async function save() {
    try {
      const { ingestArticle: { article } } = await editorRequest(INGEST, { input: previewed });
      if (article.text !== text) throw new Error('The article changed between the preview and saving; preview it again.');
      let version = article.version;
      for (const o of corrections.removed) {
        version = await correct('removeMention', { articleId: article.id, expectedVersion: version, countryCode: o.code,
          start: o.start, end: o.end });
      }
      for (const o of corrections.added) {
        version = await correct('addMention', { articleId: article.id, expectedVersion: version, countryCode: o.code,
          start: o.start, end: o.end });
      }
      await navigate(articleUrl(article.id));
    } catch (e) {
      message.textContent = e.message;
    }
  }
  main.replaceChildren(head('Add an article', 'add-title'), form, result);
}

/** The mentions as the preview shows them: the pipeline's, less the removed ones, plus the added ones. */
function corrected(mentions, { removed, added }) {
  const kept = mentions.map(m => ({ ...m, offsets: m.offsets.filter(o => !removed.some(r => r.code === m.country.code
    && r.start === o.start)) })).filter(m => m.offsets.length);
  return kept.concat(added.map(o => ({ country: { code: o.code, name: o.name || o.code }, offsets: [o] })));
}

/** What the pipeline found, with the editor's corrections so far: nothing of it is stored yet. */
function preview(p, mentions, corrections, show) {
  const shown = corrected(mentions, corrections);
  const pending = corrections.removed.length + corrections.added.length;
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
      h('h3', { id: 'text-preview-title' }, `Cleaned text (${shown.length} countries mentioned)`),
      highlighted(p.text, shown)),
    h('p', { class: 'pending-corrections', role: 'status' }, pending
      ? `${corrections.removed.length} mention(s) removed and ${corrections.added.length} added: they are stored with the article.`
      : 'No corrections yet.'),
    mentionEditor(p.text, shown, {
      remove: o => {
        const i = corrections.added.findIndex(a => a.code === o.code && a.start === o.start);
        if (i >= 0) corrections.added.splice(i, 1); else corrections.removed.push(o);
        show(p);
      },
      add: o => { corrections.added.push(o); show(p); },
    }),
    h('details', { class: 'removed-chrome' }, h('summary', {}, `Removed as site chrome (${p.removedChrome.length} lines)`),
      h('ul', {}, p.removedChrome.map(line => h('li', {}, line)))),
  ];
}

function newStatementPage(main) {
  document.title = 'Create a statement · Statement Atlas';
  const field = (id, label, attrs = {}) => [h('label', { for: id }, label), h(attrs.tag || 'input', { id, name: id, ...attrs, tag: null })];
  const form = h('form', { class: 'desk-form new-statement', 'aria-labelledby': 'new-title' },
    field('title', 'Title as published', { required: true, autocomplete: 'off' }),
    field('slug', 'Address (lower-case words joined by hyphens)', { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*',
      autocomplete: 'off' }),
    h('label', { for: 'kind' }, 'Kind'), h('select', { id: 'kind' }, h('option', { value: 'JOINT_STATEMENT' }, 'Joint statement'),
      h('option', { value: 'NATIONAL_STATEMENT' }, 'National statement')),
    field('issuedOn', 'Issued on', { type: 'date', required: true }),
    field('issuedIn', 'Issued in (city, optional)', { autocomplete: 'off' }),
    field('summary', 'Summary (optional)', { tag: 'textarea', rows: 4 }),
    h('button', { type: 'submit' }, 'Create statement'));
  const message = h('p', { class: 'form-message', role: 'alert' });
  const value = id => form.querySelector('#' + id).value.trim();
  form.querySelector('#title').addEventListener('input', () => {
    const slug = form.querySelector('#slug');
    if (!slug.dataset.edited) slug.value = value('title').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  });
  form.querySelector('#slug').addEventListener('input', event => { event.target.dataset.edited = 'true'; });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.textContent = '';
    try {
      const { createStatement: { statement } } = await editorRequest(CREATE, { input: { title: value('title'),
        slug: value('slug'), kind: value('kind'), issuedOn: value('issuedOn'), issuedIn: value('issuedIn') || null,
        summary: value('summary') || null } });
      await navigate(statementUrl(statement.slug));
    } catch (e) {
      message.textContent = e.message;
    }
  });
  main.replaceChildren(head('Create a statement', 'new-title'), form, message);
}
