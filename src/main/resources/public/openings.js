'use strict';
// Openings, on top of tally.js: recruiters and admins list, create, edit, close and reopen them; an opening's plan is
// ordered stages, each with a published kit version, which its hiring manager may change too.

let kitChoices = [];

/** Published kit versions to plan with, named as people know them: the kit, its version and its length. */
async function loadKits() {
  const answer = await call('GET', '/api/v1/kits?size=100');
  kitChoices = (answer.json.items || []).filter((kit) => kit.publishedVersion).map((kit) => ({ kitId: kit.id,
    kitVersion: kit.publishedVersion, label: kit.name + ' · version ' + kit.publishedVersion
      + (kit.version === kit.publishedVersion ? ' · ' + kit.totalMinutes + ' min' : '') }));
}

/** An editable plan: stages in order, each with a name and a kit version; moved, added and removed in place. */
function planEditor(target, stages) {
  const plan = stages.map((stage) => ({ ...stage }));
  const render = (focus) => {
    $(target).replaceChildren(element('ol', { class: 'cards' }, ...plan.map((stage, index) => {
      const number = index + 1;
      const name = element('input', { type: 'text', required: '', maxlength: '200', value: stage.name || '' });
      name.oninput = () => { stage.name = name.value; };
      const kit = element('select', {}, element('option', { value: '', text: 'Choose a published kit…' }),
        ...kitChoices.map((choice) => element('option', { value: choice.kitId + ':' + choice.kitVersion, text: choice.label })));
      const current = stage.kitId ? stage.kitId + ':' + stage.kitVersion : '';
      if (current && !kitChoices.some((choice) => choice.kitId + ':' + choice.kitVersion === current)) {
        kit.append(element('option', { value: current, text: (stage.kitName || 'Kit') + ' · version ' + stage.kitVersion }));
      }
      kit.value = current;
      kit.onchange = () => {
        const [kitId, version] = kit.value.split(':');
        stage.kitId = kitId || null;
        stage.kitVersion = version ? Number(version) : null;
      };
      const move = (by, text) => element('button', { type: 'button', text, 'aria-label': text + ': stage ' + number,
        disabled: index + by < 0 || index + by >= plan.length,
        onclick: () => { plan.splice(index + by, 0, plan.splice(index, 1)[0]); render('[aria-label="' + text + ': stage ' + (number + by) + '"]'); } });
      return element('li', { class: 'stage' }, element('strong', { text: 'Stage ' + number }),
        element('label', {}, 'Stage ' + number + ' name ', name), element('label', {}, 'Stage ' + number + ' kit ', kit),
        move(-1, 'Move up'), move(1, 'Move down'),
        element('button', { type: 'button', text: 'Remove', 'aria-label': 'Remove stage ' + number,
          onclick: () => { plan.splice(index, 1); render(); } }));
    })), element('button', { type: 'button', class: 'secondary', text: 'Add a stage',
      onclick: () => { plan.push({ name: '', kitId: null, kitVersion: null }); render(); } }));
    const focused = focus && $(target).querySelector(focus);
    if (focused && !focused.disabled) focused.focus();
  };
  render();
  return () => plan.map((stage) => ({ id: stage.id || null, name: stage.name, kitId: stage.kitId, kitVersion: stage.kitVersion }));
}

const staff = () => hasRole('ADMIN', 'RECRUITER');
let newPlan = null;
let newManager = null;

async function showOpenings(query) {
  const page = Number(query.get('page') || 0);
  const filters = new URLSearchParams({ page: String(page), size: '20' });
  ['status', 'q'].filter((name) => query.get(name)).forEach((name) => filters.set(name, query.get(name)));
  const [answer] = await Promise.all([call('GET', '/api/v1/openings?' + filters), newPlan ? null : loadKits()]);
  show('openings-view');
  $('context').textContent = '';
  ['status', 'q'].forEach((name) => { $('openings-query').elements[name].value = query.get(name) || ''; });
  if (answer.status !== 200) {
    status(answer.status === 403 ? 'Openings are for recruiters, hiring managers and admins.' : answer.json.detail, 'failed');
    return;
  }
  $('openings').replaceChildren(...answer.json.items.map((opening) => element('li', {},
    element('a', { href: '#/openings/' + opening.id, text: opening.title }),
    (opening.team ? ' · ' + opening.team : '') + ' · ' + words(opening.status || 'OPEN') + ' · ' + opening.candidateCount
      + ' candidate(s) · ' + opening.stageCount + ' stage(s) · hiring manager ' + opening.hiringManagerName)));
  pager('openings', page, answer.json.totalPages, answer.json.totalItems + ' opening(s)', (to) => {
    query.set('page', String(to));
    return '#/?' + query;
  });
  $('new-opening-part').hidden = !staff();
  if (staff() && !newPlan) {
    // Built once per page: a half-filled form survives going to an opening and back.
    newManager = colleaguePicker('new-manager', 'Hiring manager (type a name)', 'HIRING_MANAGER', false);
    $('new-manager').replaceChildren(newManager.node);
    newPlan = planEditor('new-plan', [{ name: 'Phone screen', kitId: null, kitVersion: null }]);
  }
}

async function createOpening(event) {
  event.preventDefault();
  const form = $('new-opening');
  await act(form.querySelector('button[type=submit]'), 'Creating…', async () => {
    const answer = await call('POST', '/api/v1/openings', { title: form.elements.title.value, team: form.elements.team.value || null,
      hiringManagerId: newManager.ids()[0] || null, stages: newPlan() }, { 'Idempotency-Key': crypto.randomUUID() });
    if (answer.status !== 201) {
      problems('new-opening-problems', answer, 'The opening could not be created.');
      return;
    }
    form.reset();
    newPlan = null;
    $('new-opening-problems').replaceChildren();
    location.hash = '#/openings/' + answer.json.id;
    status('Opening created.');
  });
}

let opening = null;
let editPlan = null;
let editManager = null;

async function showOpening(openingId) {
  const [answer] = await Promise.all([call('GET', '/api/v1/openings/' + openingId), loadKits()]);
  if (answer.status !== 200) {
    location.hash = '#/';
    status(answer.json.detail || 'No such opening.', 'failed');
    return;
  }
  show('opening-view');
  $('opening-problems').replaceChildren();
  renderOpening(answer.json);
}

function renderOpening(view) {
  opening = view;
  const closed = view.status === 'CLOSED';
  $('context').textContent = view.title;
  $('opening-title').textContent = view.title;
  $('opening-meta').textContent = [view.team, words(view.status || 'OPEN'), 'hiring manager ' + view.hiringManager.name]
    .filter(Boolean).join(' · ');
  $('opening-candidates').href = '/app/candidates.html#/?openingId=' + view.id;
  $('opening-report').href = '/app/reports.html#/openings/' + view.id;
  $('opening-status').hidden = !staff();
  $('opening-status').textContent = closed ? 'Reopen' : 'Close';
  $('opening-details').hidden = !staff();
  const details = $('opening-details').elements;
  details.title.value = view.title;
  details.team.value = view.team || '';
  editManager = colleaguePicker('edit-manager', 'Hiring manager (type a name)', 'HIRING_MANAGER', false);
  editManager.set([view.hiringManager]);
  $('edit-manager').replaceChildren(editManager.node);
  editPlan = planEditor('edit-plan', view.stages);
}

/** Sends a change of the opening; shows what the service answered, or why it refused (a stage with interviews stays). */
async function changeOpening(button, doing, method, path, body, done) {
  await act(button, doing, async () => {
    const answer = await call(method, '/api/v1/openings/' + opening.id + path, body);
    if (answer.status !== 200) {
      problems('opening-problems', answer, 'The change was refused.');
      return;
    }
    $('opening-problems').replaceChildren();
    renderOpening(answer.json);
    status(done);
  });
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  const match = (path || '').match(/^\/openings\/([0-9a-f-]{36})$/);
  if (match) await showOpening(match[1]); else await showOpenings(new URLSearchParams(search || ''));
}

document.addEventListener('DOMContentLoaded', () => {
  $('openings-query').onsubmit = (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    ['status', 'q'].filter((name) => $('openings-query').elements[name].value)
      .forEach((name) => query.set(name, $('openings-query').elements[name].value));
    location.hash = '#/?' + query;
  };
  $('new-opening').onsubmit = createOpening;
  $('opening-details').onsubmit = (event) => {
    event.preventDefault();
    const details = $('opening-details').elements;
    changeOpening($('opening-details').querySelector('button'), 'Saving…', 'PUT', '', { title: details.title.value,
      team: details.team.value || null, hiringManagerId: editManager.ids()[0] || null }, 'Details saved.');
  };
  $('save-plan').onclick = () => changeOpening($('save-plan'), 'Saving the plan…', 'PUT', '/plan', { stages: editPlan() }, 'Plan saved.');
  $('opening-status').onclick = () => {
    const closing = opening.status !== 'CLOSED';
    changeOpening($('opening-status'), closing ? 'Closing…' : 'Reopening…', 'POST', closing ? '/close' : '/reopen', undefined,
      closing ? 'Closed: it takes no new candidates or interviews.' : 'Reopened.');
  };
  startPage(route);
});
