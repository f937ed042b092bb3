'use strict';
// Hiring reports for hiring managers, recruiters and admins, on top of tally.js: an opening's candidates, sorted and
// filtered, with exports; a candidate's report with the numbers behind its suggested decision, printable.

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

async function showOpenings() {
  const answer = await call('GET', '/api/v1/openings?size=100');
  if (refused(answer)) return;
  show('openings-view');
  $('context').textContent = '';
  status('');
  $('openings').replaceChildren(...answer.json.items.map((opening) => element('li', {}, element('a', { href: '#/openings/' + opening.id },
    element('strong', { text: opening.title }), ' · ' + opening.candidateCount + ' candidate(s) · hiring manager '
      + opening.hiringManagerName))));
  $('openings-empty').hidden = answer.json.items.length > 0;
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
      element('strong', { text: row.suggestedDecision }), row.finalDecision || '—'))));
  const page = Number(parameters.get('page'));
  $('page-info').textContent = report.totalItems + ' candidate(s) · page ' + (report.totalPages ? page + 1 : 0) + ' of ' + report.totalPages;
  const turn = (to) => () => { query.set('page', String(to)); location.hash = '#/openings/' + openingId + '?' + query; };
  $('page-previous').disabled = page === 0;
  $('page-previous').onclick = turn(page - 1);
  $('page-next').disabled = page + 1 >= report.totalPages;
  $('page-next').onclick = turn(page + 1);
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
  const link = element('a', { href: URL.createObjectURL(new Blob([answer.text], { type: 'text/csv' })),
    download: path.split('/').slice(-2).join('-') });
  document.body.append(link);
  link.click();
  link.remove();
}

async function showCandidate(candidateId, query) {
  const answer = await call('GET', '/api/v1/candidates/' + candidateId + '/report');
  if (refused(answer)) return;
  const report = answer.json;
  show('candidate-view');
  status('');
  $('context').textContent = report.openingTitle;
  $('back-to-opening').href = '#/openings/' + (query.get('opening') || report.openingId);
  $('candidate-name').textContent = report.candidateName;
  $('candidate-meta').textContent = report.openingTitle + ' · ' + report.candidateEmail + ' · ' + report.status.toLowerCase()
    + (report.notSubmitted.length ? ' · not submitted yet: ' + report.notSubmitted.join(', ') : '');
  $('candidate-summary').replaceChildren(...numberCells(score(report.overall.score), percent(report.overall.percent),
    score(report.leniencyAdjusted.score), report.originalOverall ? score(report.originalOverall.score) : '—'),
  ...cells(element('strong', { text: report.suggestedDecision.decision }),
    report.finalDecision ? report.finalDecision.decision + ': ' + report.finalDecision.reason : '—'));
  $('candidate-reasons').replaceChildren(...report.suggestedDecision.reasons.map((reason) => element('li', { text: reason.message })));
  $('candidate-competencies').replaceChildren(...report.competencies.map((competency) => element('tr', {},
    ...cells(competency.competency.replaceAll('_', ' ').toLowerCase()), ...numberCells(score(competency.score), String(competency.raters)),
    ...cells(competency.coverage))));
  $('candidate-flags').replaceChildren(...(report.redFlags.length ? [element('h2', { text: 'Red flags' }), element('ul', {},
    ...report.redFlags.map((flag) => element('li', { text: flag.title + ' (' + flag.severity.toLowerCase() + (flag.knockout ? ', knockout' : '')
      + ') raised by ' + flag.interviewer + ' in ' + flag.stage + ': ' + flag.note })))] : []));
  $('candidate-interviews').replaceChildren(...report.interviews.map(interviewSection));
}

function interviewSection(interview) {
  const panel = interview.panel.map((seat) => seat.name);
  const items = element('table', { class: 'report' }, element('thead', {}, element('tr', {}, ...['Item', 'Competency', 'Weight']
    .map((title) => element('th', { text: title })), ...panel.map((name) => element('th', { class: 'num', text: name })),
  ...['n', 'Mean', 'Spread'].map((title) => element('th', { class: 'num', text: title })))),
  element('tbody', {}, ...interview.items.map((item) => element('tr', {},
    ...cells(item.position + '. ' + item.questionCode, item.competency.replaceAll('_', ' ').toLowerCase()),
    ...numberCells(String(item.weight), ...interview.panel.map((seat) => {
      const given = item.scores.find((candidate) => candidate.interviewerId === seat.interviewerId);
      return !given ? '' : given.notAssessed ? 'n/a' : String(given.score);
    }), String(item.n), score(item.mean), item.spread === null ? '—' : String(item.spread))))));
  const notes = interview.items.flatMap((item) => item.scores.filter((given) => given.note)
    .map((given) => element('li', { text: item.questionCode + ', ' + given.interviewerName + ': ' + given.note })));
  return element('section', { class: 'interview' },
    element('h2', { text: interview.stage + ' · ' + interview.kit.name + ' v' + interview.kit.version }),
    element('p', {}, 'W', element('sub', { text: 'I' }), ' ' + score(interview.overall.score) + ' · decision ',
      element('strong', { text: interview.decision.decision }),
      interview.notSubmitted.length ? ' · not submitted: ' + interview.notSubmitted.join(', ') : ''),
    element('ul', {}, ...interview.decision.reasons.map((reason) => element('li', { text: reason.message }))),
    items,
    element('details', { open: '' }, element('summary', { text: 'Evidence notes' }), element('ul', { class: 'notes' }, ...notes)));
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  const query = new URLSearchParams(search || '');
  const opening = (path || '').match(/^\/openings\/([0-9a-f-]{36})$/);
  const candidate = (path || '').match(/^\/candidates\/([0-9a-f-]{36})$/);
  if (opening) await showOpening(opening[1], query);
  else if (candidate) await showCandidate(candidate[1], query);
  else await showOpenings();
}

document.addEventListener('DOMContentLoaded', () => {
  $('print').onclick = () => window.print();
  startPage(route);
});
