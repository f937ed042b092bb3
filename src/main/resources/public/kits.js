'use strict';
// Building interview kits, on top of tally.js: questions from the bank with weights and time boxes, a red-flag
// checklist with knockouts, decision rules; drafts are saved with their revision, and published versions never change.

let editing = null;

/** Problems the service found, in the page's terms: items[1].weight reads as "Question 2 weight". */
function showProblems(target, answer) {
  const name = (field) => field.replace(/^items\[(\d+)\]\.?/, (_, index) => 'Question ' + (Number(index) + 1) + ' ')
    .replace(/^knockoutIds\[\d+\]/, 'Knockout').trim();
  $(target).replaceChildren(element('p', { text: answer.json.detail || 'The kit could not be saved.' }),
    element('ul', {}, ...(answer.json.errors || []).map((error) => element('li', { text: name(error.field) + ': ' + error.message }))));
}

function refused(answer) {
  if (answer.status < 400) return false;
  show('kits-view');
  status(answer.status === 403 ? 'Kits are built by recruiters, hiring managers and admins.' : answer.json.detail || 'Refused.', 'failed');
  return true;
}

async function showKits(query) {
  const page = Number(query.get('page') || 0);
  const [kits, starters] = await Promise.all([call('GET', '/api/v1/kits?size=50&page=' + page), call('GET', '/api/v1/kits/starters')]);
  if (refused(kits)) return;
  show('kits-view');
  status('');
  $('context').textContent = '';
  const describe = (kit) => ' · v' + kit.version + ' ' + kit.status.toLowerCase() + ' · ' + kit.itemCount + ' question(s), '
    + kit.totalMinutes + ' min · ' + kit.role + ', ' + kit.level;
  $('kits').replaceChildren(...kits.json.items.map((kit) => element('li', {}, element('a', { href: '#/kits/' + kit.id },
    element('strong', { text: kit.name }), describe(kit)))));
  pager('kits', page, kits.json.totalPages, kits.json.totalItems + ' kit(s)', (to) => '#/?page=' + to);
  $('starters').replaceChildren(...starters.json.map((kit) => element('li', {}, element('button', { type: 'button', class: 'link',
    text: 'Copy "' + kit.name + '"', onclick: () => copy(kit.id) }), describe(kit))));
}

async function copy(kitId) {
  const answer = await call('POST', '/api/v1/kits/' + kitId + '/clone');
  if (answer.status === 201) location.hash = '#/kits/' + answer.json.id;
  else status(answer.json.detail || 'The kit could not be copied.', 'failed');
}

async function create() {
  const form = new FormData($('new-kit'));
  const answer = await call('POST', '/api/v1/kits', { name: form.get('name'), role: form.get('role'), level: form.get('level'), items: [] });
  if (answer.status === 201) location.hash = '#/kits/' + answer.json.id;
  else status(answer.json.detail || 'The kit could not be created.', 'failed');
}

async function showKit(kitId) {
  const [kit, questions, flags] = await Promise.all([call('GET', '/api/v1/kits/' + kitId), call('GET', '/api/v1/questions?size=100'),
    call('GET', '/api/v1/red-flags?size=100')]);
  if (refused(kit)) return;
  editing = { kit: kit.json, bank: questions.json.items, flags: flags.json.items };
  load(kit.json);
  show('kit-view');
  status('');
  $('kit-problems').replaceChildren();
  render();
}

/** The editable state of the kit's newest version. */
function load(kit) {
  editing.kit = kit;
  editing.draft = {
    name: kit.name, description: kit.description || '', role: kit.role, level: kit.level,
    items: kit.items.map((item) => ({ questionId: item.question.id, questionVersion: item.question.version, question: item.question,
      weight: item.weight, timeBoxMinutes: item.timeBoxMinutes, required: item.required })),
    redFlagIds: new Set(kit.checklist.map((entry) => entry.redFlag.id)),
    knockoutIds: new Set(kit.checklist.filter((entry) => entry.knockout).map((entry) => entry.redFlag.id)),
    minOverall: kit.rules.minOverall, minPerCompetency: kit.rules.minPerCompetency, disagreementSpread: kit.rules.disagreementSpread,
  };
}

function render() {
  const { kit, draft } = editing;
  const draftVersion = kit.status === 'DRAFT';
  $('context').textContent = kit.name;
  $('kit-title').textContent = kit.name;
  $('kit-meta').textContent = 'Version ' + kit.version + ' · ' + kit.status.toLowerCase() + ' · ' + kit.totalMinutes + ' min'
    + (draftVersion ? '' : ' · published versions never change; start the next version to edit');
  $('kit-form').disabled = !draftVersion;
  $('revise-kit').hidden = draftVersion || kit.starter;
  const bind = (id, field) => { $(id).value = draft[field]; $(id).oninput = () => { draft[field] = $(id).value; }; };
  bind('kit-name', 'name');
  bind('kit-role', 'role');
  bind('kit-level', 'level');
  bind('kit-description', 'description');

  $('kit-items').replaceChildren(...draft.items.map((item, index) => {
    const number = (field, attributes) => {
      const input = element('input', { type: 'number', ...attributes, 'aria-label': 'Question ' + (index + 1) + ' ' + field });
      input.value = item[field];
      input.oninput = () => { item[field] = input.value; };
      return element('td', { class: 'num' }, input);
    };
    const required = element('input', { type: 'checkbox', 'aria-label': 'Question ' + (index + 1) + ' required' });
    required.checked = item.required;
    required.onchange = () => { item.required = required.checked; };
    return element('tr', {}, element('td', { text: String(index + 1) }),
      element('td', {}, element('strong', { text: item.question.code }), ' ' + item.question.text),
      element('td', { text: item.question.competency.replaceAll('_', ' ').toLowerCase() }),
      number('weight', { step: '0.5' }), number('timeBoxMinutes', { min: '1', max: '240', step: '1' }),
      element('td', {}, required),
      element('td', {}, element('button', { type: 'button', class: 'link', text: 'Remove',
        onclick: () => { draft.items.splice(index, 1); render(); } })));
  }));

  const chosen = new Set(draft.items.map((item) => item.questionId));
  $('add-question').replaceChildren(element('option', { value: '', text: 'Choose a question…' }),
    ...editing.bank.filter((question) => !chosen.has(question.id)).map((question) => element('option', { value: question.id,
      text: question.code + ' · ' + (question.text.length > 90 ? question.text.slice(0, 90) + '…' : question.text) })));
  $('add-question').onchange = () => {
    const question = editing.bank.find((candidate) => candidate.id === $('add-question').value);
    if (!question) return;
    draft.items.push({ questionId: question.id, question, weight: 1, timeBoxMinutes: 10, required: true });
    render();
  };

  $('kit-checklist').replaceChildren(...editing.flags.map((flag) => {
    const included = element('input', { type: 'checkbox', 'data-flag': flag.id });
    included.checked = draft.redFlagIds.has(flag.id);
    const knockout = element('input', { type: 'checkbox', 'aria-label': 'Knockout: ' + flag.title });
    knockout.checked = draft.knockoutIds.has(flag.id);
    knockout.disabled = !included.checked;
    included.onchange = () => {
      // As the service does when no knockouts are named: a critical flag is a knockout until unticked.
      if (included.checked) draft.redFlagIds.add(flag.id); else draft.redFlagIds.delete(flag.id);
      if (included.checked && flag.severity === 'CRITICAL') draft.knockoutIds.add(flag.id);
      if (!included.checked) draft.knockoutIds.delete(flag.id);
      render();
    };
    knockout.onchange = () => { if (knockout.checked) draft.knockoutIds.add(flag.id); else draft.knockoutIds.delete(flag.id); };
    return element('div', { class: 'flag' }, element('label', {}, included, ' ' + flag.title + ' (' + flag.severity.toLowerCase() + ')'),
      element('label', { class: 'inline hint' }, knockout, ' knockout: raising it rejects'));
  }));

  $('rule-min-overall').value = draft.minOverall ?? '';
  $('rule-min-overall').oninput = () => { draft.minOverall = $('rule-min-overall').value; };
  $('rule-spread').value = String(draft.disagreementSpread);
  $('rule-spread').onchange = () => { draft.disagreementSpread = Number($('rule-spread').value); };
}

function request() {
  const { kit, draft } = editing;
  // What the inputs hold goes as typed: the service names whatever is wrong with it.
  const numeric = (value) => (value === '' || value === null || value === undefined ? null : Number(value));
  return {
    name: draft.name, description: draft.description, role: draft.role, level: draft.level,
    items: draft.items.map((item) => ({ questionId: item.questionId, questionVersion: item.questionVersion ?? null,
      weight: numeric(item.weight), timeBoxMinutes: numeric(item.timeBoxMinutes), required: item.required })),
    redFlagIds: [...draft.redFlagIds], knockoutIds: [...draft.knockoutIds],
    rules: { minOverall: numeric(draft.minOverall), minPerCompetency: draft.minPerCompetency, disagreementSpread: draft.disagreementSpread },
    revision: kit.revision,
  };
}

/** Saves the draft; on 409 (changed elsewhere) takes the current draft and says so. */
async function save() {
  $('kit-problems').replaceChildren();
  const answer = await call('PUT', '/api/v1/kits/' + editing.kit.id, request());
  if (answer.status === 200) {
    load(answer.json);
    render();
    status('Draft saved');
    return true;
  }
  if (answer.status === 409 && answer.json.current) {
    load(answer.json.current);
    render();
  }
  showProblems('kit-problems', answer);
  return false;
}

async function publish() {
  if (!(await save())) return;
  status('Publishing…', 'saving');
  const answer = await call('POST', '/api/v1/kits/' + editing.kit.id + '/publish', { revision: editing.kit.revision });
  if (answer.status !== 200) {
    showProblems('kit-problems', answer);
    return;
  }
  load(answer.json);
  render();
  status('Published version ' + answer.json.version);
}

async function revise() {
  const answer = await call('POST', '/api/v1/kits/' + editing.kit.id + '/revise');
  if (answer.status !== 201) {
    showProblems('kit-problems', answer);
    return;
  }
  load(answer.json);
  render();
  status('Version ' + answer.json.version + ' started as a draft');
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  const kit = (path || '').match(/^\/kits\/([0-9a-f-]{36})$/);
  if (kit) await showKit(kit[1]); else await showKits(new URLSearchParams(search || ''));
}

/**
 * Save draft and Publish both send the revision the page holds: one at a time, or the second would meet the first's
 * change as someone else's ("changed meanwhile"). Each is disabled while either is in flight.
 */
async function exclusively(button, doing, work) {
  const both = [$('save-kit'), $('publish-kit')];
  if (both.some((other) => other.disabled)) return;
  const other = both.find((candidate) => candidate !== button);
  other.disabled = true;
  try {
    await act(button, doing, work);
  } finally {
    other.disabled = false;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('new-kit').onsubmit = (event) => {
    event.preventDefault();
    act($('new-kit').querySelector('button'), 'Creating…', create);
  };
  $('save-kit').onclick = () => exclusively($('save-kit'), 'Saving…', save);
  $('publish-kit').onclick = () => exclusively($('publish-kit'), 'Publishing…', publish);
  $('revise-kit').onclick = () => act($('revise-kit'), 'Starting the next version…', revise);
  startPage(route);
});
