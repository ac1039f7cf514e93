// The editor's corrections of an article, shown under the article page to a signed-in editor only: its mentions
// (remove one, add one the pipeline missed), its claims, its publication date, the statement it reports, and its
// history from the change log. Every write sends the version the page shows; one refused with CONFLICT reloads the
// page and offers to apply the same change to the newer version.
import { date, h } from './dom.js';
import { editorRequest } from './session.js';
import { countryPicker, refusedNotice, versionedWrites } from './widgets.js';

const ARTICLE_FIELDS = `id version text datePrecision dateMethod linkMethod publishedOn publishedAt
  mentions { country { code name } offsets { start end matchedAs } }
  claims { id phrase value counts qualifier method verdict }
  statementLinks { statement { id slug title } }`;

/** The article as an editor needs it; also the fields every correction answers with. */
export const EDITOR_ARTICLE = `query EditorArticle($id: ID!) { sourceArticle(id: $id) { ${ARTICLE_FIELDS} }
  statements(first: 100, orderBy: { field: ISSUED_ON, direction: DESC }) { nodes { id title issuedOn } }
  changes(entityId: $id, first: 20) { nodes { changedAt actor operation } } }`;

const correction = (name, input) => `mutation Correct($input: ${input}!) { ${name}(input: $input) { article { id version } } }`;
const MUTATIONS = {
  addMention: correction('addMention', 'AddMentionInput'),
  removeMention: correction('removeMention', 'RemoveMentionInput'),
  addClaim: correction('addClaim', 'AddClaimInput'),
  updateClaim: correction('updateClaim', 'UpdateClaimInput'),
  removeClaim: correction('removeClaim', 'RemoveClaimInput'),
  setPublicationDate: correction('setPublicationDate', 'SetPublicationDateInput'),
  setLinkedStatement: correction('setLinkedStatement', 'SetLinkedStatementInput'),
};

/** Runs one correction with an expected version; resolves to the article's new version. */
export async function correct(mutation, input) {
  const data = await editorRequest(MUTATIONS[mutation], { input });
  return data[mutation].article.version;
}

const UNITS = { COUNTRIES: 'countries', COUNTRIES_AND_ORGANIZATIONS: 'countries and organisations', MINISTERS: 'ministers',
  SIGNATORIES: 'signatories' };
const QUALIFIERS = { '': 'exactly', NEARLY: 'nearly', ABOUT: 'about', MORE_THAN: 'more than', AT_LEAST: 'at least',
  FEWER_THAN: 'fewer than' };
const PRECISIONS = { DATE: 'the day', DATE_TIME: 'the minute (with a time)', UNKNOWN: 'unknown', AMBIGUOUS: 'ambiguous' };

/** The desk's section of an article page, for the article as EDITOR_ARTICLE reads it. */
export function articleDesk(a, statements, changes) {
  const message = h('p', { class: 'form-message', role: 'alert' });
  const send = versionedWrites(a.id, message, (mutation, input) =>
    correct(mutation, { ...input, articleId: input.claimId ? undefined : a.id, expectedVersion: a.version }));
  return h('section', { class: 'desk-panel', 'aria-labelledby': 'desk-title', 'data-version': a.version },
    h('h2', { id: 'desk-title' }, `Corrections (version ${a.version})`),
    refusedNotice(a.id, 'This article', changes[0], send),
    message,
    mentionEditor(a.text, a.mentions, {
      remove: o => send('removeMention', { countryCode: o.code, start: o.start, end: o.end },
        `remove the mention of ${o.name} at ${o.start}`)(),
      add: m => send('addMention', { countryCode: m.code, start: m.start, end: m.end },
        `add a mention of ${m.name || m.code} at ${m.start}`)(),
    }),
    claimEditor(a.claims, send),
    dateEditor(a, send),
    linkEditor(a, statements, send),
    history(changes));
}

/** Every occurrence of a mention, flattened and in text order: {code, name, start, end}. */
const occurrences = mentions => mentions.flatMap(m => m.offsets.map(o => ({ code: m.country.code,
  name: m.country.name, start: o.start, end: o.end }))).sort((x, y) => x.start - y.start);

/**
 * The mentions of a text as a list with a remove button each, and a form that adds one: the words as the text has
 * them (the first occurrence not yet marked, or the one numbered) and the country, from the picker.
 */
export function mentionEditor(text, mentions, { remove, add }) {
  const list = occurrences(mentions);
  const phrase = h('input', { id: 'mention-phrase', type: 'text', required: true, autocomplete: 'off' });
  const nth = h('input', { id: 'mention-occurrence', type: 'number', min: 1, inputmode: 'numeric' });
  const picker = countryPicker('mention-country', 'Country it names');
  const message = h('p', { class: 'form-message', role: 'alert' });
  const form = h('form', { class: 'desk-form add-mention', 'aria-labelledby': 'add-mention-title' },
    h('h4', { id: 'add-mention-title' }, 'Add a mention the pipeline missed'),
    h('label', { for: 'mention-phrase' }, 'Words as the text has them'), phrase,
    h('label', { for: 'mention-occurrence' }, 'Which occurrence (optional; default the first not yet marked)'), nth,
    picker.element, h('button', { type: 'submit' }, 'Add mention'), message);
  form.addEventListener('submit', event => {
    event.preventDefault();
    message.textContent = '';
    const code = picker.value();
    if (!code) { message.textContent = 'Pick a country from the list, or type its two-letter code.'; return; }
    const span = locate(text, phrase.value.trim(), Number(nth.value) || null, list);
    if (typeof span === 'string') { message.textContent = span; return; }
    add({ code, name: picker.input.value.replace(/\s*\([A-Z]{2}\)$/, '').trim(), ...span });
  });
  return h('section', { class: 'mention-editor', 'aria-labelledby': 'mentions-edit-title' },
    h('h3', { id: 'mentions-edit-title' }, `Mentions (${list.length})`),
    list.length ? h('ul', { class: 'occurrences' }, list.map(o => h('li', { 'data-code': o.code, 'data-start': o.start },
      h('span', {}, `${o.name}: “${text.slice(o.start, o.end)}” at ${o.start}`), ' ',
      h('button', { type: 'button', class: 'remove-mention', 'aria-label': `Remove the mention of ${o.name} at ${o.start}`,
        onclick: () => remove(o) }, 'Remove')))) : h('p', { class: 'meta' }, 'No mentions.'),
    form);
}

/** The span of the nth occurrence of words in a text, or of the first one no mention covers; a message if none. */
function locate(text, words, nth, marked) {
  if (!words) return 'Type the words as the text has them.';
  const found = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) found.push(at);
  if (!found.length) return `“${words}” is not in the text (it must match exactly, in the same case).`;
  if (nth) return nth <= found.length ? { start: found[nth - 1], end: found[nth - 1] + words.length }
    : `“${words}” occurs ${found.length} time(s) only.`;
  const free = found.find(start => !marked.some(o => o.start < start + words.length && start < o.end));
  return free === undefined ? `Every occurrence of “${words}” is marked already.` : { start: free, end: free + words.length };
}

function options(values, selected) {
  return Object.entries(values).map(([value, label]) => h('option', { value, selected: value === (selected || '') }, label));
}

function claimEditor(claims, send) {
  const row = c => {
    const value = h('input', { type: 'number', min: 0, value: c.value, 'aria-label': `Number claimed by “${c.phrase}”` });
    const unit = h('select', { 'aria-label': `What “${c.phrase}” counts` }, options(UNITS, c.counts));
    const qualifier = h('select', { 'aria-label': `Hedge of “${c.phrase}”` }, options(QUALIFIERS, c.qualifier));
    return h('li', { 'data-claim': c.id }, h('q', {}, c.phrase), c.method === 'EDITOR' ? h('span', { class: 'tag editor' }, 'editor') : null,
      h('div', { class: 'claim-fields' }, qualifier, value, unit,
        h('button', { type: 'button', onclick: () => send('updateClaim', { claimId: c.id, value: Number(value.value),
          counts: unit.value, qualifier: qualifier.value || null })() }, 'Save claim'),
        h('button', { type: 'button', class: 'link-button', onclick: () => send('removeClaim', { claimId: c.id })() },
          'Remove claim')));
  };
  const phrase = h('input', { id: 'claim-phrase', type: 'text', required: true, autocomplete: 'off' });
  const value = h('input', { id: 'claim-value', type: 'number', min: 0, required: true });
  const unit = h('select', { id: 'claim-unit' }, options(UNITS, 'COUNTRIES'));
  const qualifier = h('select', { id: 'claim-qualifier' }, options(QUALIFIERS, ''));
  const form = h('form', { class: 'desk-form add-claim', 'aria-labelledby': 'add-claim-title' },
    h('h4', { id: 'add-claim-title' }, 'Add a claim'),
    h('label', { for: 'claim-phrase' }, 'Words of the claim'), phrase,
    h('label', { for: 'claim-qualifier' }, 'Hedge'), qualifier,
    h('label', { for: 'claim-value' }, 'Number'), value,
    h('label', { for: 'claim-unit' }, 'Counts'), unit,
    h('button', { type: 'submit' }, 'Add claim'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    send('addClaim', { phrase: phrase.value.trim(), value: Number(value.value), counts: unit.value,
      qualifier: qualifier.value || null })();
  });
  return h('section', { class: 'claim-editor', 'aria-labelledby': 'claims-edit-title' },
    h('h3', { id: 'claims-edit-title' }, `Claims (${claims.length})`),
    claims.length ? h('ul', { class: 'claims-edit' }, claims.map(row)) : null, form);
}

function dateEditor(a, send) {
  const day = h('input', { id: 'published-on', type: 'date', value: a.publishedOn || '' });
  const precision = h('select', { id: 'date-precision' },
    options(PRECISIONS, a.datePrecision === 'DATE_TIME' ? 'DATE' : a.datePrecision));
  const form = h('form', { class: 'desk-form set-date', 'aria-labelledby': 'date-edit-title' },
    h('h3', { id: 'date-edit-title' }, 'Publication date'),
    h('p', { class: 'meta' }, 'Now: ', date(a.publishedOn), `, set by ${a.dateMethod === 'EDITOR' ? 'an editor' : 'the pipeline'}.`),
    h('label', { for: 'published-on' }, 'Day'), day,
    h('label', { for: 'date-precision' }, 'Known to'), precision,
    h('button', { type: 'submit' }, 'Save date'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const known = precision.value === 'DATE';
    send('setPublicationDate', { datePrecision: precision.value, publishedOn: known ? day.value || null : null })();
  });
  return form;
}

function linkEditor(a, statements, send) {
  const linked = a.statementLinks[0]?.statement.id || '';
  const select = h('select', { id: 'linked-statement' }, h('option', { value: '' }, 'None'),
    statements.map(s => h('option', { value: s.id, selected: s.id === linked }, `${s.title} (${s.issuedOn})`)));
  const form = h('form', { class: 'desk-form set-link', 'aria-labelledby': 'link-edit-title' },
    h('h3', { id: 'link-edit-title' }, 'Statement reported'),
    h('p', { class: 'meta' }, `Chosen by ${a.linkMethod === 'EDITOR' ? 'an editor' : 'the pipeline'}.`),
    h('label', { for: 'linked-statement' }, 'Statement'), select, h('button', { type: 'submit' }, 'Save link'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    send('setLinkedStatement', { statementId: select.value || null })();
  });
  return form;
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function history(changes) {
  return h('section', { class: 'history', 'aria-labelledby': 'history-title' },
    h('h3', { id: 'history-title' }, 'History'),
    changes.length ? h('ol', { class: 'changes' }, changes.map(c => h('li', { 'data-operation': c.operation },
      h('time', { datetime: c.changedAt }, when.format(new Date(c.changedAt)) + ' UTC'), ` ${c.operation} by ${c.actor}`)))
      : h('p', { class: 'meta' }, 'No change since it was ingested.'));
}
