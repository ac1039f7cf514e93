// The editor's controls on a statement page, for a signed-in editor only: add signatories with the date of the first
// list that names them (the country from the picker), and take one off or mark it disputed from its table row. Each
// write sends the version the page shows; one refused with CONFLICT reloads the page, which then shows the newer
// version, and offers to apply the same change to it.
import { h } from './dom.js';
import { editorRequest } from './session.js';
import { countryPicker, refusedNotice, versionedWrites } from './widgets.js';

const MUTATIONS = {
  addSignatories: `mutation Add($input: AddSignatoriesInput!) { addSignatories(input: $input) { statement { version } } }`,
  removeSignatory: `mutation Remove($input: RemoveSignatoryInput!) { removeSignatory(input: $input) { statement { version } } }`,
  setSignatoryDisputed: `mutation Dispute($input: SetSignatoryDisputedInput!) {
    setSignatoryDisputed(input: $input) { statement { version } } }`,
};

/** The statement's latest change-log entry, for the conflict notice. */
export const LATEST_CHANGE = `query Latest($id: ID!) { changes(entityId: $id, first: 1) { nodes { operation actor changedAt } } }`;

/** Where a write's failure is said; one for the page, moved into each new rendering of the desk. */
const message = h('p', { class: 'form-message', role: 'alert' });

/** The statement's writes, each sent with the version the page shows. */
const writes = s => versionedWrites(s.id, message, (mutation, input) =>
  editorRequest(MUTATIONS[mutation], { input: { ...input, statementId: s.id, expectedVersion: s.version } }));

/** The desk's section of a statement page: the conflict notice, if any, and the form that adds signatories. */
export function statementDesk(s, latest) {
  const send = writes(s);
  message.textContent = '';
  const picker = countryPicker('signatory-country', 'Country or organisation');
  const listed = h('input', { id: 'first-listed-on', type: 'date', required: true, min: s.issuedOn, value: s.issuedOn });
  const disputed = h('input', { id: 'signatory-disputed', type: 'checkbox' });
  const form = h('form', { class: 'desk-form add-signatory', 'aria-labelledby': 'add-signatory-title' },
    h('h3', { id: 'add-signatory-title' }, 'Add a signatory'), picker.element,
    h('label', { for: 'first-listed-on' }, 'First listed on'), listed,
    h('label', { class: 'check' }, disputed, ' Disputed: only some sources list it'),
    h('button', { type: 'submit' }, 'Add signatory'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const code = picker.value();
    if (!code) { message.textContent = 'Pick a country from the list, or type its two-letter code.'; return; }
    send('addSignatories', { countryCodes: [code], firstListedOn: listed.value, disputed: disputed.checked },
      'add ' + code)();
  });
  return h('section', { class: 'desk-panel', 'aria-labelledby': 'statement-desk-title', 'data-version': s.version },
    h('h2', { id: 'statement-desk-title' }, `Edit the signatories (version ${s.version})`),
    refusedNotice(s.id, 'This statement', latest, send),
    message, form);
}

/** The editor's buttons in a signatory's table row: remove it, and mark it disputed or clear the mark. */
export function signatoryActions(s, g) {
  const send = writes(s);
  const dispute = (g.disputed ? 'Clear the dispute of ' : 'Mark disputed: ') + g.country.name;
  const remove = 'Remove ' + g.country.name;
  return h('td', { class: 'row-actions' },
    h('button', { type: 'button', class: 'dispute', 'aria-label': dispute, onclick: send('setSignatoryDisputed',
      { countryCode: g.country.code, disputed: !g.disputed, note: g.disputed ? null : g.note }, dispute) },
    g.disputed ? 'Undispute' : 'Dispute'), ' ',
    h('button', { type: 'button', class: 'remove-signatory', 'aria-label': remove,
      onclick: send('removeSignatory', { countryCode: g.country.code }, remove) }, 'Remove'));
}
