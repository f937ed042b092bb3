'use strict';
// Hiring reports for hiring managers, recruiters and admins, on top of tally.js: an opening's candidates, sorted and
// filtered, with exports and calibration; a candidate's report, as the service renders it, with the final decision.

const score = (value) => (value === null || value === undefined ? '—' : value.toFixed(2));
const percent = (value) => (value === null || value === undefined ? '—' : Math.round(value) + '%');
const tally = (recommendations) => Object.entries(recommendations).map(([name, count]) => count + ' ' + name.replace('_', ' ').toLowerCase())
  .join(', ') || '—';
const cells = (...values) => values.map((value) => (value instanceof Node ? element('td', {}, value) : element('td', { text: String(value) })));
const numberCells = (...values) => values.map((value) => element('td', { class: 'num', text: value }));

/** Refusals read the same everywhere: interviewers never see reports, other organisations' ids do not exist. */
function refused(answer) {
  if (answer.status === 200) return false;
  show('openings-view');
  $('openings').replaceChildren();
  $('openings-empty').hidden = true;
  status(answer.status === 403 ? 'Hiring reports are for hiring managers, recruiters and admins.'
    : answer.json.detail || 'This report cannot be shown.', 'failed');
  return true;
}

async function showOpenings(query) {
  const page = Number(query.get('page') || 0);
  const answer = await call('GET', '/api/v1/openings?size=50&page=' + page);
  if (refused(answer)) return;
  show('openings-view');
  $('context').textContent = '';
  status('');
  $('openings').replaceChildren(...answer.json.items.map((opening) => element('li', {}, element('a', { href: '#/openings/' + opening.id },
    element('strong', { text: opening.title }), ' · ' + opening.candidateCount + ' candidate(s) · hiring manager '
      + opening.hiringManagerName))));
  $('openings-empty').hidden = answer.json.items.length > 0;
  pager('openings', page, answer.json.totalPages, answer.json.totalItems + ' opening(s)', (to) => '#/?page=' + to);
}

async function showOpening(openingId, query) {
  const parameters = new URLSearchParams({ sort: query.get('sort') || 'score', direction: query.get('direction') || 'desc',
    page: query.get('page') || '0', size: '25' });
  ['decision', 'status'].filter((name) => query.get(name)).forEach((name) => parameters.set(name, query.get(name)));
  const [answer, calibration] = await Promise.all([call('GET', '/api/v1/openings/' + openingId + '/report?' + parameters),
    call('GET', '/api/v1/openings/' + openingId + '/calibration')]);
  if (refused(answer)) return;
  const report = answer.json;
  show('opening-view');
  status('');
  $('context').textContent = report.openingTitle;
  $('opening-title').textContent = report.openingTitle;
  const form = $('opening-query');
  ['sort', 'direction', 'decision', 'status'].forEach((name) => { form.elements[name].value = parameters.get(name) || ''; });
  form.onchange = () => {
    const next = new URLSearchParams();
    ['sort', 'direction', 'decision', 'status'].filter((name) => form.elements[name].value)
      .forEach((name) => next.set(name, form.elements[name].value));
    location.hash = '#/openings/' + openingId + '?' + next;
  };
  $('download-report').onclick = () => download('/api/v1/openings/' + openingId + '/report.csv');
  $('download-scores').onclick = () => download('/api/v1/openings/' + openingId + '/scores.csv');

  $('opening-rows').replaceChildren(...report.items.map((row) => element('tr', {},
    ...cells(element('a', { href: '#/candidates/' + row.candidateId + '?opening=' + openingId, text: row.name }),
      row.progress.interviewsCompleted + ' of ' + row.progress.interviewsScheduled + ' interviews, ' + row.progress.stagesCompleted
        + ' of ' + row.progress.stagesPlanned + ' stages'),
    ...numberCells(score(row.overall.score), percent(row.overall.percent), score(row.leniencyAdjusted.score)),
    ...cells(row.redFlags + (row.knockouts ? ' (' + row.knockouts + ' knockout)' : ''), tally(row.recommendations),
      element('span', {}, element('strong', { text: words(row.suggestedDecision) }), row.interviewsHiddenUntilYouSubmit
        ? ' (' + row.interviewsHiddenUntilYouSubmit + ' interview(s) hidden until you submit your own scorecard)' : ''),
      words(row.finalDecision) || '—'))));
  pager('page', Number(parameters.get('page')), report.totalPages, report.totalItems + ' candidate(s)', (to) => {
    query.set('page', String(to));
    return '#/openings/' + openingId + '?' + query;
  });
  $('formula').textContent = report.formula;

  $('calibration-rows').replaceChildren(...(calibration.status === 200 ? calibration.json.interviewers : []).map((row) => element('tr',
    { class: row.flagged ? 'flagged' : '' }, ...cells(row.interviewerName), ...numberCells(String(row.scorecards),
      row.leniency === null ? '—' : (row.leniency > 0 ? '+' : '') + row.leniency.toFixed(2), String(row.comparisons)),
    ...cells(row.flagged ? row.tendency + ' (flagged)' : row.tendency || '—'))));
}

/** Exports need the bearer token too, so they are fetched and handed to the browser as a file. */
async function download(path) {
  const answer = await call('GET', path);
  if (answer.status !== 200) {
    status(answer.json.detail || 'The export failed.', 'failed');
    return;
  }
  const named = (answer.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/);
  const link = element('a', { href: URL.createObjectURL(new Blob([answer.text], { type: 'text/csv' })),
    download: named ? named[1] : 'export.csv' });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Dates in the report are written for this reader: their time zone and language, as the browser knows them. */
function reader() {
  return new URLSearchParams({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', locale: navigator.language || 'en' });
}

async function showCandidate(candidateId, query) {
  const path = '/api/v1/candidates/' + candidateId;
  let [page, answer] = await Promise.all([call('GET', path + '/report.html?' + reader()), call('GET', path + '/report')]);
  // A zone or language the service does not know: the report in UTC and English rather than none.
  if (page.status === 400) page = await call('GET', path + '/report.html');
  if (refused(answer) || refused(page)) return;
  show('candidate-view');
  status('');
  $('back-to-opening').href = query.get('opening') ? '#/openings/' + query.get('opening') : '#/';
  const printable = new DOMParser().parseFromString(page.text, 'text/html');
  $('candidate-report').replaceChildren(document.adoptNode(printable.querySelector('article.candidate-report')));
  $('context').textContent = printable.title;
  decisionForm(candidateId, answer.json, query);
}

/**
 * Only the opening's hiring manager records the decision; everyone else reads it in the report. Where the chosen
 * decision departs from the suggested one, the form asks for the reason in so many words.
 */
function decisionForm(candidateId, report, query) {
  $('decision').hidden = !report.mayDecide;
  if (!report.mayDecide) return;
  const form = $('decision-form');
  const suggested = words(report.suggestedDecision.decision);
  form.reset();
  $('decision-problems').replaceChildren();
  $('decision-context').textContent = 'Suggested decision: ' + suggested + '. ' + (report.finalDecision
    ? 'Final decision so far: ' + words(report.finalDecision.decision) + ' by ' + report.finalDecision.decidedBy + '.'
    : 'No final decision yet.');
  form.onchange = () => {
    const chosen = form.elements.decision.value;
    const departs = chosen !== '' && !report.decisionsFollowingSuggestion.includes(chosen);
    $('decision-departs').hidden = !departs;
    $('decision-departs').textContent = departs ? 'This departs from the suggested decision (' + suggested + ').' : '';
    $('decision-reason-label').textContent = departs ? 'Why do you decide differently from the suggestion (' + suggested + ')?'
      : 'Reason';
  };
  form.onsubmit = (event) => {
    event.preventDefault();
    act($('decide'), 'Recording the decision…', async () => {
      const answer = await call('POST', '/api/v1/candidates/' + candidateId + '/decision',
        { decision: form.elements.decision.value, reason: form.elements.reason.value }, { 'Idempotency-Key': crypto.randomUUID() });
      if (answer.status !== 200) {
        problems('decision-problems', answer, 'The decision was not recorded.');
        return;
      }
      await showCandidate(candidateId, query);
      status('Decision recorded: ' + words(answer.json.decisions.at(-1).decision) + '.', 'done');
    });
  };
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  const query = new URLSearchParams(search || '');
  const opening = (path || '').match(/^\/openings\/([0-9a-f-]{36})$/);
  const candidate = (path || '').match(/^\/candidates\/([0-9a-f-]{36})$/);
  if (opening) await showOpening(opening[1], query);
  else if (candidate) await showCandidate(candidate[1], query);
  else await showOpenings(query);
}

document.addEventListener('DOMContentLoaded', () => {
  $('print').onclick = () => window.print();
  startPage(route);
});
