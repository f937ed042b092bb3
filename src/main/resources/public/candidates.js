'use strict';
// Candidates, on top of tally.js: find them by opening, stage, status and name; add one, or many from a CSV file after
// a preview; a candidate's page with their progress through the plan, scheduling their interviews with a panel picked
// by name, withdrawing them, and the hiring manager's decision.

const when = (instant) => new Date(instant).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
const FILTERS = ['openingId', 'stageId', 'status', 'q'];
const staff = () => hasRole('ADMIN', 'RECRUITER');

let openings = [];

/** Every opening the caller may see, for the pickers (an organisation has few enough for one page). */
async function loadOpenings() {
  const answer = await call('GET', '/api/v1/openings?size=100');
  openings = answer.json.items || [];
  document.querySelectorAll('select.opening-choice').forEach((select) => {
    const chosen = select.value;
    select.replaceChildren(select.options[0], ...openings.filter((opening) => !select.classList.contains('open-only')
      || opening.status !== 'CLOSED').map((opening) => element('option', { value: opening.id, text: opening.title })));
    select.value = chosen;
  });
  return answer;
}

const openingTitle = (id) => (openings.find((opening) => opening.id === id) || {}).title || '';

async function showCandidates(query) {
  const page = Number(query.get('page') || 0);
  const filters = new URLSearchParams({ page: String(page), size: '20' });
  FILTERS.filter((name) => query.get(name)).forEach((name) => filters.set(name, query.get(name)));
  const [answer, loaded] = await Promise.all([call('GET', '/api/v1/candidates?' + filters), loadOpenings(),
    stagesOf(query.get('openingId'))]);
  show('candidates-view');
  $('context').textContent = '';
  if (answer.status !== 200 || loaded.status !== 200) {
    status(answer.status === 403 ? 'Candidates are for recruiters, hiring managers and admins.' : answer.json.detail, 'failed');
    return;
  }
  const form = $('candidates-query');
  FILTERS.forEach((name) => { form.elements[name].value = query.get(name) || ''; });
  $('candidates').replaceChildren(...answer.json.items.map((candidate) => element('li', {},
    element('a', { href: '#/candidates/' + candidate.id, text: candidate.name }),
    ' · ' + [openingTitle(candidate.openingId), words(candidate.status), candidate.stageName,
      candidate.awaitingDecision ? 'Awaiting decision' : null, candidate.email].filter(Boolean).join(' · '))));
  pager('candidates', page, answer.json.totalPages, answer.json.totalItems + ' candidate(s)', (to) => {
    query.set('page', String(to));
    return '#/?' + query;
  });
  $('add-part').hidden = !staff();
  if (query.get('openingId')) {
    document.querySelectorAll('#add-part select.opening-choice').forEach((select) => {
      if (!select.value) select.value = query.get('openingId');
    });
  }
}

/** The stage filter lists the chosen opening's stages. */
async function stagesOf(openingId) {
  const select = $('candidates-query').elements.stageId;
  if (!openingId) {
    select.replaceChildren(element('option', { value: '', text: 'Any' }));
    return;
  }
  const answer = await call('GET', '/api/v1/openings/' + openingId);
  select.replaceChildren(element('option', { value: '', text: 'Any' }), ...(answer.json.stages || [])
    .map((stage) => element('option', { value: stage.id, text: stage.position + '. ' + stage.name })));
}

const optional = (value) => (value && value.trim() ? value.trim() : null);

async function addCandidate(event) {
  event.preventDefault();
  const form = $('new-candidate');
  const field = (name) => form.elements[name].value;
  await act(form.querySelector('button[type=submit]'), 'Adding…', async () => {
    const answer = await call('POST', '/api/v1/candidates', { openingId: field('openingId') || null, name: field('name'),
      email: field('email'), phone: optional(field('phone')), source: optional(field('source')), link: optional(field('link')),
      notes: optional(field('notes')) }, { 'Idempotency-Key': crypto.randomUUID() });
    if (answer.status !== 201) {
      problems('new-candidate-problems', answer, 'The candidate could not be added.');
      return;
    }
    ['name', 'email', 'phone', 'source', 'link', 'notes'].forEach((name) => { form.elements[name].value = ''; });
    $('new-candidate-problems').replaceChildren();
    status('Added ' + answer.json.name + '.');
    await showCandidates(new URLSearchParams(location.hash.split('?')[1] || ''));
  });
}

/** The file chosen and previewed, sent again unchanged (with one key, so a double click imports once) to import it. */
let pendingImport = null;

async function previewImport(event) {
  event.preventDefault();
  const form = $('import');
  const file = form.elements.file.files[0];
  const openingId = form.elements.openingId.value;
  if (!file || !openingId) return;
  await act(form.querySelector('button'), 'Checking the file…', async () => {
    const csv = await file.text();
    const answer = await call('POST', '/api/v1/openings/' + openingId + '/candidates/import?dryRun=true', csv,
      { 'Content-Type': 'text/csv' });
    $('import-problems').replaceChildren();
    if (answer.status !== 200) {
      $('import-preview').hidden = true;
      problems('import-problems', answer, 'The file could not be read.');
      return;
    }
    pendingImport = { openingId, csv, key: crypto.randomUUID() };
    renderImport(answer.json);
  });
}

function renderImport(report) {
  $('import-preview').hidden = false;
  $('import-summary').textContent = report.dryRun
    ? report.valid + ' row(s) ready to import' + (report.invalid ? ', ' + report.invalid + ' with problems' : '')
    : 'Imported ' + report.created + ' candidate(s)';
  $('import-rows').replaceChildren(...report.rows.map((row) => element('tr', { class: row.errors.length ? 'flagged' : '' },
    element('td', { class: 'num', text: String(row.row) }), element('td', { text: row.name || '' }),
    element('td', { text: row.email || '' }),
    element('td', { text: row.errors.map((error) => error.field + ': ' + error.message).join('; ') || 'Ready' }))));
  const confirm = $('import-confirm');
  confirm.hidden = !report.dryRun;
  confirm.disabled = report.invalid > 0 || report.valid === 0;
  confirm.textContent = report.invalid > 0 ? 'Fix the rows with problems, then choose the file again'
    : 'Import ' + report.valid + ' candidate' + (report.valid === 1 ? '' : 's');
}

async function confirmImport() {
  if (!pendingImport) return;
  await act($('import-confirm'), 'Importing…', async () => {
    const answer = await call('POST', '/api/v1/openings/' + pendingImport.openingId + '/candidates/import?dryRun=false',
      pendingImport.csv, { 'Content-Type': 'text/csv', 'Idempotency-Key': pendingImport.key });
    if (answer.status !== 201) {
      problems('import-problems', answer, 'Nothing was imported.');
      if (answer.json.rows) renderImport({ ...answer.json, dryRun: true });
      return;
    }
    pendingImport = null;
    $('import').reset();
    renderImport(answer.json);
    status('Imported ' + answer.json.created + ' candidate(s).');
    await showCandidates(new URLSearchParams(location.hash.split('?')[1] || ''));
  });
  $('import-confirm').hidden = !pendingImport;
}

// ---- One candidate -----------------------------------------------------------------------------------------------

let candidate = null;
let plan = null;
let panel = null;
let editing = null;
const kitMinutes = new Map();

async function showCandidate(candidateId) {
  const answer = await call('GET', '/api/v1/candidates/' + candidateId);
  if (answer.status !== 200) {
    location.hash = '#/';
    status(answer.json.detail || 'No such candidate.', 'failed');
    return;
  }
  const [opening, interviews] = await Promise.all([call('GET', '/api/v1/openings/' + answer.json.openingId),
    call('GET', '/api/v1/interviews?size=100&includeCancelled=true&candidateId=' + candidateId)]);
  candidate = answer.json;
  plan = opening.json;
  show('candidate-view');
  ['schedule-problems', 'decision-problems'].forEach((id) => $(id).replaceChildren());
  renderCandidate(interviews.json.items || []);
  await renderSelfId();
}

function renderCandidate(interviews) {
  $('context').textContent = candidate.name;
  $('candidate-name').textContent = candidate.name;
  $('candidate-meta').textContent = candidate.openingTitle + ' · ' + words(candidate.status);
  const link = candidate.link && /^https?:\/\//i.test(candidate.link)
    ? element('a', { href: candidate.link, rel: 'noopener noreferrer', target: '_blank', text: candidate.link }) : candidate.link;
  const details = [['Email', candidate.email], ['Phone', candidate.phone], ['Source', candidate.source], ['Résumé or profile', link],
    ['Notes', candidate.notes]].filter(([, value]) => value);
  $('candidate-details').replaceChildren(...details.flatMap(([term, value]) => [element('dt', { text: term }),
    element('dd', { class: term === 'Notes' ? 'notes' : '' }, value)]));
  $('hiring-report-link').hidden = !hasRole('ADMIN', 'RECRUITER', 'HIRING_MANAGER');
  $('hiring-report-link').href = '/app/reports.html#/candidates/' + candidate.id + '?opening=' + candidate.openingId;
  $('withdraw').hidden = !staff() || candidate.status !== 'ACTIVE';

  $('progress').replaceChildren(...plan.stages.map((stage) => {
    const held = interviews.filter((interview) => interview.stageName === stage.name);
    return element('li', {}, element('strong', { text: 'Stage ' + stage.position + ': ' + stage.name }),
      ' · ' + stage.kitName + ' version ' + stage.kitVersion,
      held.length ? element('ul', {}, ...held.map(interviewItem)) : element('p', { class: 'hint', text: 'No interview yet.' }));
  }));

  $('schedule-part').hidden = !staff() || candidate.status !== 'ACTIVE';
  if (!panel) {
    panel = colleaguePicker('panel', 'Panel: add an interviewer (type a name)', 'INTERVIEWER', true);
    $('panel-picker').replaceChildren(panel.node);
  }
  const stages = $('schedule').elements.stageId;
  const chosen = stages.value;
  stages.replaceChildren(...plan.stages.map((stage) => element('option', { value: stage.id, text: stage.position + '. ' + stage.name })));
  if (plan.stages.some((stage) => stage.id === chosen)) stages.value = chosen;
  if (!editing) defaultDuration();

  const decides = hasRole('HIRING_MANAGER') && plan.hiringManager.id === shell.me.id;
  $('decision-part').hidden = !decides || candidate.status === 'WITHDRAWN';
  $('decisions').replaceChildren(...(candidate.decisions || []).map((decision) => element('li', {},
    element('strong', { text: words(decision.decision) }), ' by ' + decision.decidedByName + ' · ' + when(decision.decidedAt),
    element('p', { class: 'notes', text: decision.reason }))));
}

/** The organisation's self-identification categories, read once per page. */
let selfIdCategories = null;
const DECLINED = 'prefer-not-to-say';

/** A blank form each time: answers are written here and read only by compliance, so none is shown back. */
async function renderSelfId() {
  $('self-id-part').hidden = !staff();
  if (!staff()) return;
  if (!selfIdCategories) {
    const answer = await call('GET', '/api/v1/self-identification/categories');
    selfIdCategories = answer.status === 200 ? answer.json : [];
  }
  $('self-id-none').hidden = selfIdCategories.length > 0;
  $('self-id').hidden = selfIdCategories.length === 0;
  $('self-id-link').disabled = selfIdCategories.length === 0;
  $('self-id-link-shown').hidden = true;
  $('self-id-problems').replaceChildren();
  $('self-id-fields').replaceChildren(...selfIdCategories.map((category) => element('label', {}, category.name + ' ',
    element('select', { name: category.id }, element('option', { value: '', text: 'Not answered' }),
      ...category.options.map((option) => element('option', { value: option, text: option })),
      element('option', { value: DECLINED, text: 'Prefer not to say' })))));
}

async function saveSelfId(event) {
  event.preventDefault();
  const answers = selfIdCategories.map((category) => ({ categoryId: category.id, value: $('self-id').elements[category.id].value }))
    .filter((answer) => answer.value).map((answer) => ({ categoryId: answer.categoryId,
      option: answer.value === DECLINED ? null : answer.value }));
  await act($('self-id').querySelector('button[type=submit]'), 'Saving…', async () => {
    const answer = await call('PUT', '/api/v1/candidates/' + candidate.id + '/self-identification', { answers });
    if (answer.status !== 204) {
      problems('self-id-problems', answer, 'The answers were not saved.');
      return;
    }
    $('self-id').reset();
    $('self-id-problems').replaceChildren();
    status('Self-identification saved. Only compliance can read it.');
  });
}

async function createSelfIdLink() {
  await act($('self-id-link'), 'Creating a link…', async () => {
    const answer = await call('POST', '/api/v1/candidates/' + candidate.id + '/self-identification/link');
    if (answer.status !== 201) {
      problems('self-id-problems', answer, 'No link was created.');
      return;
    }
    $('self-id-url').value = location.origin + answer.json.path;
    $('self-id-link-shown').hidden = false;
    $('self-id-url').select();
    status('Link created: send it to the candidate. It works once, until ' + when(answer.json.expiresAt) + '.');
  });
}

function interviewItem(interview) {
  const cancelled = interview.status === 'CANCELLED';
  const reason = element('input', { type: 'text', maxlength: '1000', 'aria-label': 'Why cancel the interview of ' + when(interview.scheduledAt) });
  const parts = [element('span', { text: when(interview.scheduledAt) + (interview.durationMinutes ? ' · ' + interview.durationMinutes + ' min' : '')
    + (interview.location ? ' · ' + interview.location : '') + ' · ' + interview.submittedCount + ' of ' + interview.panelSize
    + ' scorecards submitted' + (cancelled ? ' · Cancelled' + (interview.cancelReason ? ': ' + interview.cancelReason : '') : '') })];
  if (!cancelled && staff()) {
    parts.push(element('div', { class: 'actions' },
      element('button', { type: 'button', text: 'Change time or panel', onclick: () => startEditing(interview.id) }),
      element('label', {}, 'Reason to cancel (optional) ', reason),
      element('button', { type: 'button', text: 'Cancel interview', onclick: (event) => cancelInterview(event.target, interview.id, reason.value) })));
  }
  if (!cancelled && interview.myScorecardStatus !== null && interview.myScorecardStatus !== undefined) {
    parts.push(element('a', { href: '/app/score.html#/interviews/' + interview.id, text: 'Score' }));
  }
  return element('li', {}, ...parts);
}

/** The stage's kit length, as the default duration; read once per kit version. */
async function defaultDuration() {
  const stage = plan.stages.find((candidateStage) => candidateStage.id === $('schedule').elements.stageId.value);
  if (!stage) return;
  const key = stage.kitId + '/' + stage.kitVersion;
  if (!kitMinutes.has(key)) {
    const kit = await call('GET', '/api/v1/kits/' + stage.kitId + '/versions/' + stage.kitVersion);
    kitMinutes.set(key, kit.status === 200 ? kit.json.totalMinutes : null);
  }
  const minutes = kitMinutes.get(key);
  if (minutes) $('schedule').elements.durationMinutes.value = String(minutes);
}

async function startEditing(interviewId) {
  const answer = await call('GET', '/api/v1/interviews/' + interviewId);
  if (answer.status !== 200) return;
  const interview = answer.json;
  editing = interview.id;
  const form = $('schedule').elements;
  const at = new Date(interview.scheduledAt);
  const pad = (number) => String(number).padStart(2, '0');
  form.stageId.value = interview.stageId;
  form.stageId.disabled = true;
  form.date.value = at.getFullYear() + '-' + pad(at.getMonth() + 1) + '-' + pad(at.getDate());
  form.time.value = pad(at.getHours()) + ':' + pad(at.getMinutes());
  form.durationMinutes.value = interview.durationMinutes || '';
  form.location.value = interview.location || '';
  panel.set(interview.panel.map((member) => ({ id: member.id, name: member.name, email: member.email })));
  $('schedule-title').textContent = 'Change the interview of ' + when(interview.scheduledAt);
  $('schedule-submit').textContent = 'Save changes';
  $('schedule-reset').hidden = false;
  form.date.focus();
}

function stopEditing() {
  editing = null;
  $('schedule').reset();
  $('schedule').elements.stageId.disabled = false;
  panel.set([]);
  $('schedule-title').textContent = 'Schedule an interview';
  $('schedule-submit').textContent = 'Schedule interview';
  $('schedule-reset').hidden = true;
  defaultDuration();
}

async function schedule(event) {
  event.preventDefault();
  const form = $('schedule').elements;
  const scheduledAt = form.date.value && form.time.value ? new Date(form.date.value + 'T' + form.time.value).toISOString() : null;
  const body = { scheduledAt, durationMinutes: form.durationMinutes.value ? Number(form.durationMinutes.value) : null,
    location: optional(form.location.value), panel: panel.ids() };
  await act($('schedule-submit'), editing ? 'Saving…' : 'Scheduling…', async () => {
    const answer = editing ? await call('PUT', '/api/v1/interviews/' + editing, body)
      : await call('POST', '/api/v1/interviews', { candidateId: candidate.id, stageId: form.stageId.value, ...body },
        { 'Idempotency-Key': crypto.randomUUID() });
    if (answer.status !== 200 && answer.status !== 201) {
      problems('schedule-problems', answer, 'The interview was not saved.');
      return;
    }
    $('schedule-problems').replaceChildren();
    const done = editing ? 'Interview changed.' : 'Interview scheduled: the panel sees it on their home page.';
    stopEditing();
    await showCandidate(candidate.id);
    status(done);
  });
}

async function cancelInterview(button, interviewId, reason) {
  await act(button, 'Cancelling…', async () => {
    const answer = await call('POST', '/api/v1/interviews/' + interviewId + '/cancel', { reason: optional(reason) });
    if (answer.status !== 200) {
      problems('schedule-problems', answer, 'The interview was not cancelled.');
      return;
    }
    await showCandidate(candidate.id);
    status('Interview cancelled.');
  });
}

async function withdraw() {
  await act($('withdraw'), 'Withdrawing…', async () => {
    const answer = await call('PUT', '/api/v1/candidates/' + candidate.id, { name: candidate.name, email: candidate.email,
      phone: candidate.phone ?? null, source: candidate.source ?? null, link: candidate.link ?? null, notes: candidate.notes ?? null,
      status: 'WITHDRAWN' });
    if (answer.status !== 200) {
      problems('schedule-problems', answer, 'The candidate was not withdrawn.');
      return;
    }
    await showCandidate(candidate.id);
    status('Withdrawn.');
  });
}

async function decide(event) {
  event.preventDefault();
  const form = $('decision');
  await act(form.querySelector('button'), 'Recording…', async () => {
    const answer = await call('POST', '/api/v1/candidates/' + candidate.id + '/decision', { decision: form.elements.decision.value,
      reason: form.elements.reason.value }, { 'Idempotency-Key': crypto.randomUUID() });
    if (answer.status !== 200) {
      problems('decision-problems', answer, 'The decision was not recorded.');
      return;
    }
    form.reset();
    await showCandidate(candidate.id);
    status('Decision recorded: ' + words(answer.json.status) + '.');
  });
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  const match = (path || '').match(/^\/candidates\/([0-9a-f-]{36})$/);
  if (match) {
    if (!candidate || candidate.id !== match[1]) editing = null;
    await showCandidate(match[1]);
  } else {
    await showCandidates(new URLSearchParams(search || ''));
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('candidates-query').onsubmit = (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    FILTERS.filter((name) => $('candidates-query').elements[name].value)
      .forEach((name) => query.set(name, $('candidates-query').elements[name].value));
    location.hash = '#/?' + query;
  };
  $('candidates-query').elements.openingId.onchange = (event) => {
    stagesOf(event.target.value).catch((e) => { if (e instanceof SignedOut) signedOut(true); });
  };
  $('new-candidate').onsubmit = addCandidate;
  $('import').onsubmit = previewImport;
  $('import').elements.file.onchange = () => { $('import-preview').hidden = true; pendingImport = null; };
  $('import-confirm').onclick = confirmImport;
  $('schedule').onsubmit = schedule;
  $('schedule').elements.stageId.onchange = () => defaultDuration().catch(() => {});
  $('schedule-reset').onclick = stopEditing;
  $('withdraw').onclick = withdraw;
  $('decision').onsubmit = decide;
  $('self-id').onsubmit = saveSelfId;
  $('self-id-link').onclick = createSelfIdLink;
  startPage(route);
});
