'use strict';
// The question bank, on top of tally.js: every question at its latest version beside how it has worked (GET
// /api/v1/question-analytics): score distribution as a small picture, floor and ceiling, alpha, item–rest and decision
// correlations, so that whoever builds a kit sees which questions discriminate.

const two = (value) => (value === null || value === undefined ? '—' : value.toFixed(2));
const share = (value) => (value === null || value === undefined ? '—' : Math.round(value * 100) + '%');
const correlation = (c) => (c.status === 'ok' ? two(c.r) : 'insufficient data');

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attributes) => {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
};

/** Four bars, one per score, as tall as their share of the scored answers; the numbers are its text alternative. */
function distribution(scores) {
  const counts = ['1', '2', '3', '4'].map((level) => scores[level] || 0);
  const most = Math.max(1, ...counts);
  const label = 'Scores: ' + counts.map((count, i) => (i + 1) + ' × ' + count).join(', ') + ', not assessed × ' + (scores.notAssessed || 0);
  const picture = svg('svg', { viewBox: '0 0 64 28', width: '64', height: '28', role: 'img', 'aria-label': label, class: 'distribution' });
  picture.append(svg('title', {}));
  picture.firstChild.textContent = label;
  counts.forEach((count, i) => {
    const height = Math.round((count / most) * 20);
    picture.append(svg('rect', { x: String(2 + i * 15), y: String(22 - height), width: '12', height: String(Math.max(height, 1)),
      'data-level': String(i + 1), 'data-count': String(count), class: 'bar' }));
    const digit = svg('text', { x: String(8 + i * 15), y: '27.5', 'text-anchor': 'middle', 'font-size': '6' });
    digit.textContent = String(i + 1);
    picture.append(digit);
  });
  return picture;
}

function row(question, analytics, competencyNames) {
  const cell = (text, numeric) => element('td', { class: numeric ? 'num' : null, text });
  const heading = element('td', {}, element('strong', { text: question.code + ' v' + question.version }), ' ',
    element('span', { class: 'muted', text: competencyNames[question.competency] || words(question.competency) }),
    element('div', { text: question.text }));
  if (!analytics) {
    return element('tr', { 'data-question': question.id }, heading,
      element('td', { class: 'num', text: '0' }), element('td', { colspan: '7', class: 'muted', text: 'Not asked yet' }));
  }
  if (analytics.questionVersion !== question.version) {
    heading.append(element('div', { class: 'hint', text: 'Numbers for v' + analytics.questionVersion + ', the newest version asked' }));
  }
  const alpha = analytics.alpha.status === 'ok' ? two(analytics.alpha.ordinal) : 'insufficient data';
  return element('tr', { 'data-question': question.id }, heading, cell(String(analytics.timesAsked), true),
    element('td', {}, distribution(analytics.scores)), cell(two(analytics.mean), true),
    cell(share(analytics.floorRate) + ' / ' + share(analytics.ceilingRate), true), cell(share(analytics.notAssessedRate), true),
    cell(alpha, true), element('td', { class: 'num', 'data-item-rest': analytics.itemRest.r ?? '', text: correlation(analytics.itemRest) }),
    element('td', { class: 'num', 'data-decision': analytics.decisionAgreement.r ?? '', text: correlation(analytics.decisionAgreement) }));
}

async function route() {
  show('bank-view');
  $('context').textContent = '';
  if (!hasRole(...STAFF)) {
    $('bank-rows').replaceChildren();
    status('The question bank is for recruiters, hiring managers and admins.', 'failed');
    return;
  }
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  const page = Number(query.get('page') || 0);
  const filters = new URLSearchParams({ page: String(page), size: '20' });
  ['q', 'competency'].filter((name) => query.get(name)).forEach((name) => filters.set(name, query.get(name)));
  status('Loading the bank…', 'saving');
  const [questions, analytics, competencies] = await Promise.all([call('GET', '/api/v1/questions?' + filters),
    call('GET', '/api/v1/question-analytics'), call('GET', '/api/v1/competencies')]);
  if (questions.status !== 200 || analytics.status !== 200) {
    status((questions.status !== 200 ? questions : analytics).json.detail || 'The bank cannot be shown.', 'failed');
    return;
  }
  const names = Object.fromEntries((competencies.status === 200 ? competencies.json : []).map((c) => [c.code, c.name]));
  const select = $('bank-query').elements.competency;
  if (select.options.length === 1) {
    select.append(...Object.entries(names).map(([code, name]) => element('option', { value: code, text: name })));
  }
  $('bank-query').elements.q.value = query.get('q') || '';
  select.value = query.get('competency') || '';
  // the answer lists every version asked, newest first: the first of each question is the one shown
  const newest = {};
  analytics.json.forEach((version) => { newest[version.questionId] ??= version; });
  $('bank-rows').replaceChildren(...questions.json.items.map((question) => row(question, newest[question.id], names)));
  pager('bank', page, questions.json.totalPages, questions.json.totalItems + ' questions', (to) => {
    query.set('page', String(to));
    return '#/?' + query;
  });
  status('');
}

document.addEventListener('DOMContentLoaded', () => {
  $('bank-query').onsubmit = (event) => {
    event.preventDefault();
    const form = new FormData($('bank-query'));
    const query = new URLSearchParams();
    ['q', 'competency'].filter((name) => form.get(name)).forEach((name) => query.set(name, form.get(name)));
    location.hash = '#/?' + query;
  };
  startPage(route);
});
