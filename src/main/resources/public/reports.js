'use strict';
// Hiring reports for hiring managers, recruiters and admins, on top of tally.js: an opening's candidates, sorted and
// filtered, with its pictures, exports and a comparison of chosen candidates; interviewer calibration with its picture;
// a candidate's report, as the service renders it, with the final decision.

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

/**
 * Whether the reader has gone elsewhere while a view's reports were being read (a refused report is asked for again
 * after its Retry-After): the view they went to is being shown, and this one must not be drawn over it.
 */
const leftFor = (asked) => location.hash !== asked;

async function showOpenings(query) {
  const asked = location.hash;
  const page = Number(query.get('page') || 0);
  const answer = await call('GET', '/api/v1/openings?size=50&page=' + page);
  if (leftFor(asked) || refused(answer)) return;
  show('openings-view');
  $('context').textContent = '';
  status('');
  $('openings').replaceChildren(...answer.json.items.map((opening) => element('li', {}, element('a', { href: '#/openings/' + opening.id },
    element('strong', { text: opening.title }), ' · ' + opening.candidateCount + ' candidate(s) · hiring manager '
      + opening.hiringManagerName))));
  $('openings-empty').hidden = answer.json.items.length > 0;
  pager('openings', page, answer.json.totalPages, answer.json.totalItems + ' opening(s)', (to) => '#/?page=' + to);
}

/** The candidates chosen for comparison in the opening shown, kept while its pages, sorting and filters change. */
const chosen = { openingId: null, candidates: new Map() };

async function showOpening(openingId, query) {
  const parameters = new URLSearchParams({ sort: query.get('sort') || 'score', direction: query.get('direction') || 'desc',
    page: query.get('page') || '0', size: '25' });
  ['decision', 'status'].filter((name) => query.get(name)).forEach((name) => parameters.set(name, query.get(name)));
  // One report after the other, never two at once: the service runs few at a time and refuses the rest.
  const asked = location.hash;
  const answer = await revalidated('/api/v1/openings/' + openingId + '/report?' + parameters);
  const summary = await revalidated('/api/v1/openings/' + openingId + '/report/summary');
  if (leftFor(asked) || refused(answer) || refused(summary)) return;
  const report = answer.json;
  show('opening-view');
  status('');
  $('context').textContent = report.openingTitle;
  $('opening-title').textContent = report.openingTitle;
  $('to-calibration').href = '#/openings/' + openingId + '/calibration';
  distributionPicture($('distribution-figure'), summary.json);
  funnelPicture($('funnel-figure'), summary.json);
  $('summary-definition').textContent = summary.json.definition;
  if (chosen.openingId !== openingId) {
    chosen.openingId = openingId;
    chosen.candidates.clear();
  }
  const form = $('opening-query');
  ['sort', 'direction', 'decision', 'status'].forEach((name) => { form.elements[name].value = parameters.get(name) || ''; });
  form.onchange = () => {
    const next = new URLSearchParams();
    ['sort', 'direction', 'decision', 'status'].filter((name) => form.elements[name].value)
      .forEach((name) => next.set(name, form.elements[name].value));
    location.hash = '#/openings/' + openingId + '?' + next;
  };
  $('download-report').onclick = () => act($('download-report'), 'Downloading…', () => download('/api/v1/openings/' + openingId + '/report.csv'));
  $('download-scores').onclick = () => act($('download-scores'), 'Downloading…', () => download('/api/v1/openings/' + openingId + '/scores.csv'));

  $('opening-rows').replaceChildren(...report.items.map((row) => element('tr', {},
    element('td', { class: 'pick' }, element('label', {}, element('input', { type: 'checkbox', class: 'compare-pick', value: row.candidateId,
      'data-name': row.name, checked: chosen.candidates.has(row.candidateId) }), element('span', { class: 'visually-hidden',
      text: 'Compare ' + row.name }))),
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
  $('opening-rows').onchange = (event) => {
    if (!event.target.classList.contains('compare-pick')) return;
    if (event.target.checked) chosen.candidates.set(event.target.value, event.target.dataset.name);
    else chosen.candidates.delete(event.target.value);
    compareBar(openingId);
  };
  compareBar(openingId);
}

/** Two to four candidates make a comparison: the button says when, and no fifth box can be ticked. */
function compareBar(openingId) {
  const count = chosen.candidates.size;
  $('compare').disabled = count < 2 || count > 4;
  $('compare-hint').textContent = count === 0 ? 'Tick 2 to 4 candidates to see them side by side.'
    : count + ' chosen: ' + [...chosen.candidates.values()].join(', ') + (count < 2 ? '. Tick at least one more.'
      : count === 4 ? '. Four is the most a comparison shows.' : '.');
  document.querySelectorAll('#opening-rows .compare-pick').forEach((box) => { box.disabled = !box.checked && count >= 4; });
  $('compare').onclick = () => {
    const query = new URLSearchParams();
    chosen.candidates.forEach((name, id) => query.append('candidate', id));
    location.hash = '#/openings/' + openingId + '/compare?' + query;
  };
}

/** A signed number as the reports write leniency: +0.50, −0.33, 0.00. */
const signed = (value) => (value > 0 ? '+' : value < 0 ? '−' : '') + Math.abs(value).toFixed(2);

async function showCalibration(openingId) {
  const asked = location.hash;
  const [opening, answer] = await Promise.all([call('GET', '/api/v1/openings/' + openingId),
    revalidated('/api/v1/openings/' + openingId + '/calibration')]);
  const reliability = await revalidated('/api/v1/openings/' + openingId + '/reliability');
  if (leftFor(asked) || refused(answer) || refused(opening) || refused(reliability)) return;
  const calibration = answer.json;
  show('calibration-view');
  status('');
  $('context').textContent = opening.json.title;
  $('calibration-title').textContent = 'Interviewer calibration · ' + opening.json.title;
  $('calibration-back').href = '#/openings/' + openingId;
  leniencyPicture($('leniency-figure'), calibration);
  $('calibration-rows').replaceChildren(...calibration.interviewers.map((row) => element('tr',
    { class: row.flagged ? 'flagged' : '' }, ...cells(row.interviewerName), ...numberCells(String(row.scorecards),
      row.leniency === null ? '—' : signed(row.leniency),
      row.leniencyInterval ? signed(row.leniencyInterval.lower) + ' to ' + signed(row.leniencyInterval.upper) : '—',
      String(row.comparisons), String(row.interviews)),
    ...cells(row.flagged ? words(row.tendency.toUpperCase()) + ' (flagged)' : '—'))));
  $('calibration-definition').textContent = calibration.definition;
  $('reliability-rows').replaceChildren(...reliability.json.kits.flatMap((kit) => [
    alphaRow(kit.kitName + ' v' + kit.kitVersion + ', all questions', kit.pooled, 'pooled'),
    ...kit.questions.map((question) => alphaRow(question.questionCode, question.alpha, question.questionCode))]));
  $('reliability-definition').textContent = reliability.json.definition;
}

/** One alpha: its value, bootstrap interval and reading in words, or why there is none. */
function alphaRow(label, alpha, key) {
  const two = (value) => (value === null || value === undefined ? '—' : value.toFixed(3));
  if (alpha.status !== 'ok') {
    return element('tr', { 'data-alpha': key }, ...cells(label), ...numberCells(String(alpha.units)),
      element('td', { colspan: '4', text: alpha.status }));
  }
  const interval = alpha.ordinalInterval ? two(alpha.ordinalInterval.lower) + ' to ' + two(alpha.ordinalInterval.upper) : '—';
  return element('tr', { 'data-alpha': key }, ...cells(label), ...numberCells(String(alpha.units), two(alpha.ordinal), interval),
    ...cells(alpha.ordinalReading ? words(alpha.ordinalReading) : '—'), ...numberCells(two(alpha.interval)));
}

async function showCompare(openingId, query) {
  const asked = location.hash;
  const answer = await call('GET', '/api/v1/openings/' + openingId + '/compare?' + new URLSearchParams(
    query.getAll('candidate').map((id) => ['candidate', id])));
  if (leftFor(asked)) return;
  if (answer.status === 422) {
    show('compare-view');
    $('compare-back').href = '#/openings/' + openingId;
    $('compare-title').textContent = 'Compare candidates';
    $('compare-head').replaceChildren();
    $('compare-rows').replaceChildren();
    status((answer.json.errors || []).map((error) => error.field + ' ' + error.message).join('; ') || answer.json.detail, 'failed');
    return;
  }
  if (refused(answer)) return;
  const comparison = answer.json;
  const candidates = comparison.candidates;
  show('compare-view');
  status('');
  $('context').textContent = comparison.openingTitle;
  $('compare-back').href = '#/openings/' + openingId;
  $('compare-title').textContent = 'Comparing ' + candidates.length + ' candidates · ' + comparison.openingTitle;
  $('compare-head').replaceChildren(element('tr', {}, element('th', { scope: 'col', text: 'Candidate' }),
    ...candidates.map((candidate) => element('th', { scope: 'col' }, element('a', {
      href: '#/candidates/' + candidate.candidateId + '?opening=' + openingId, text: candidate.candidateName })))));
  const competencies = new Map();
  candidates.forEach((candidate) => candidate.competencies.forEach((c) => competencies.set(c.competency, c.competencyName)));
  const row = (heading, cell) => element('tr', {}, element('th', { scope: 'row', text: heading }),
    ...candidates.map((candidate) => { const value = cell(candidate); return element('td', {}, value); }));
  const list = (items) => (items.length ? element('ul', {}, ...items.map((item) => element('li', { text: item }))) : '—');
  const hidden = (candidate) => (candidate.interviewsHiddenUntilYouSubmit
    ? ' (' + candidate.interviewsHiddenUntilYouSubmit + ' interview(s) hidden until you submit your own scorecard)' : '');
  $('compare-rows').replaceChildren(
    row('Suggested decision', (c) => element('span', {}, element('strong', { text: words(c.suggestedDecision.decision) }), hidden(c))),
    row('Final decision', (c) => (c.finalDecision ? words(c.finalDecision.decision) + ' by ' + c.finalDecision.decidedBy : 'None yet')),
    row('Status', (c) => words(c.status)),
    row('Overall W', (c) => score(c.overall.score) + ' (' + percent(c.overall.percent) + ')'),
    row('Leniency-adjusted W', (c) => score(c.leniencyAdjusted.score)),
    ...[...competencies].map(([code, name]) => row(name, (c) => {
      const competency = c.competencies.find((each) => each.competency === code);
      return competency ? score(competency.score) + ' · ' + competency.coverage : 'Not in their kits';
    })),
    row('Red flags', (c) => list(c.redFlags.map((flag) => flag.title + (flag.knockout ? ' (knockout)' : ' (' + words(flag.severity) + ')')
      + ', raised by ' + flag.interviewer + ' in ' + flag.stage + (flag.note ? ': “' + flag.note + '”' : '')))),
    row('Recommendations', (c) => list(Object.entries(c.recommendations).map(([name, count]) => count + ' × ' + words(name)))),
    row('Who recommended what', (c) => list(c.panelists.map((seat) => seat.interviewer + ' (' + seat.stage + '): '
      + words(seat.recommendation)))),
    row('Interviews', (c) => c.interviews + hidden(c) + (c.notSubmitted.length ? '; not submitted yet: ' + c.notSubmitted.join(', ') : '')));
}

// The pictures of the opening and calibration views: inline SVG drawn here from the JSON, no chart library. Each is an
// image labelled by its title and a description that says every number it draws; colours come with words in the legend.
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Drawn in a 360-unit wide box, like the candidate report's: at a 390 px phone one unit is about one pixel. */
const CHART_WIDTH = 360;
const DECISION_COLOURS = [['ADVANCE', '#157a3a'], ['DISCUSS', '#a15c00'], ['INCOMPLETE', '#5f6b7a'], ['REJECT', '#a61b1b']];
const STATUS_COLOURS = [['ACTIVE', '#1f5fc4'], ['HIRED', '#157a3a'], ['REJECTED', '#a61b1b'], ['WITHDRAWN', '#5f6b7a']];

function shape(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null) return;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, typeof value === 'number' ? String(Math.round(value * 100) / 100) : value);
  });
  children.forEach((child) => node.append(child));
  return node;
}

const label = (x, y, text, attributes = {}) => shape('text', { x, y, 'font-size': 11, ...attributes, text });
const total = (counts) => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** The figure: the SVG (title and description first), its legend in words, and a caption. */
function picture(figure, id, title, description, height, parts) {
  figure.replaceChildren(shape('svg', { id, role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc',
    viewBox: '0 0 ' + CHART_WIDTH + ' ' + height, width: CHART_WIDTH, height, 'font-family': 'system-ui, sans-serif' },
  shape('title', { id: id + '-title', text: title }), shape('desc', { id: id + '-desc', text: description }), ...parts),
  element('figcaption', { text: title }));
}

/** Coloured squares with the words they stand for, wrapped to the width; answers the height used. */
function legend(parts, y, entries) {
  let x = 14;
  entries.forEach(([text, colour]) => {
    const width = 22 + 6.5 * text.length;
    if (x + width > CHART_WIDTH && x > 14) {
      x = 14;
      y += 16;
    }
    parts.push(shape('rect', { x, y: y - 9, width: 10, height: 10, fill: colour }), label(x + 14, y, text));
    x += width;
  });
  return y;
}

/**
 * The opening's candidates by W, a column per bin of 0.25 stacked by suggested decision, with each stage kit's
 * minOverall as a black dashed line; candidates without a score are said under the axis.
 */
function distributionPicture(figure, summary) {
  const left = 30;
  const right = 10;
  const minimums = new Map();
  summary.stages.filter((stage) => stage.minOverall !== null).forEach((stage) => {
    minimums.set(stage.minOverall, [...(minimums.get(stage.minOverall) || []), stage.stage]);
  });
  const top = 14 + 13 * minimums.size;
  const plot = 120;
  const x = (value) => left + (value - 1) / 3 * (CHART_WIDTH - left - right);
  const most = Math.max(1, ...summary.distribution.map((bin) => total(bin.candidates)));
  const y = (count) => top + plot - count / most * plot;
  const parts = [];
  [...new Set([0, Math.ceil(most / 2), most])].forEach((tick) => parts.push(
    shape('line', { x1: left, x2: CHART_WIDTH - right, y1: y(tick), y2: y(tick), stroke: tick === 0 ? '#555' : '#ddd' }),
    label(left - 4, y(tick) + 4, String(tick), { 'text-anchor': 'end' })));
  const said = [];
  summary.distribution.forEach((bin, index) => {
    let base = 0;
    const counts = [];
    DECISION_COLOURS.forEach(([decision, colour]) => {
      const count = bin.candidates[decision];
      if (!count) return;
      const range = bin.lower.toFixed(2) + '–' + bin.upper.toFixed(2);
      parts.push(shape('rect', { class: 'bin', 'data-bin': String(index), 'data-decision': decision, 'data-count': String(count),
        x: x(bin.lower) + 1, width: x(bin.upper) - x(bin.lower) - 2, y: y(base + count), height: y(base) - y(base + count), fill: colour },
      shape('title', { text: 'W ' + range + ': ' + count + ' ' + words(decision) })));
      base += count;
      counts.push(count + ' ' + words(decision));
    });
    if (counts.length) said.push('W ' + bin.lower.toFixed(2) + ' to ' + bin.upper.toFixed(2) + ': ' + counts.join(', '));
  });
  [1, 1.5, 2, 2.5, 3, 3.5, 4].forEach((tick) => parts.push(label(x(tick), top + plot + 13, tick.toFixed(1), { 'text-anchor': 'middle' })));
  let line = 0;
  minimums.forEach((stages, minimum) => {
    const text = 'minOverall ' + minimum.toFixed(2) + ' (' + stages.join(', ') + ')';
    parts.push(shape('line', { class: 'min-overall', 'data-min-overall': String(minimum), x1: x(minimum), x2: x(minimum),
      y1: 12 + 13 * line, y2: top + plot, stroke: '#111', 'stroke-width': 2, 'stroke-dasharray': '5 3' }),
    // above its line, starting at it, moved left only as far as the words need to end inside the picture
    label(Math.max(2, Math.min(x(minimum) + 4, CHART_WIDTH - text.length * 6.2)), 10 + 13 * line, text));
    line++;
  });
  const unscored = total(summary.withoutScore);
  const unscoredSaid = DECISION_COLOURS.filter(([decision]) => summary.withoutScore[decision])
    .map(([decision]) => summary.withoutScore[decision] + ' ' + words(decision)).join(', ');
  parts.push(label(14, top + plot + 30, 'Without a score yet: ' + unscored + (unscored ? ' (' + unscoredSaid + ')' : ''),
    { class: 'unscored', 'data-count': String(unscored) }));
  const height = legend(parts, top + plot + 50, DECISION_COLOURS.map(([decision, colour]) => [words(decision), colour])) + 8;
  picture(figure, 'w-distribution', 'Overall W of the ' + summary.candidates + ' candidate(s), by suggested decision',
    (said.length ? said.join('; ') : 'No candidate has a score yet') + '. Without a score yet: ' + unscored
      + (unscored ? ' (' + unscoredSaid + ')' : '') + '. '
      + (minimums.size ? [...minimums].map(([minimum, stages]) => 'minOverall ' + minimum.toFixed(2) + ' at ' + stages.join(', ')).join('; ')
        : 'No kit of the opening sets a minOverall') + '.', height, parts);
}

/** Every candidate, then those interviewed at each stage in order, as bars stacked by status on one scale. */
function funnelPicture(figure, summary) {
  const everyone = Math.max(1, summary.funnel[0] ? summary.funnel[0].total : 1);
  const width = (count) => count / everyone * (CHART_WIDTH - 28);
  const parts = [];
  const said = [];
  let y = 0;
  summary.funnel.forEach((step, index) => {
    const statuses = STATUS_COLOURS.filter(([status]) => step.candidates[status]);
    const heading = index === 0 ? step.name + ': ' + step.total : step.name + ': ' + step.total + ' with an interview, '
      + step.completed + ' completed';
    parts.push(label(14, y + 12, heading, { 'font-size': 12 }));
    let x = 14;
    statuses.forEach(([status, colour]) => {
      const count = step.candidates[status];
      parts.push(shape('rect', { class: 'step', 'data-step': String(index), 'data-status': status, 'data-count': String(count), x,
        y: y + 17, width: width(count), height: 14, fill: colour }, shape('title', { text: step.name + ': ' + count + ' ' + words(status) })));
      x += width(count);
    });
    said.push(heading + (statuses.length ? ' (' + statuses.map(([status]) => step.candidates[status] + ' ' + words(status)).join(', ') + ')' : ''));
    y += 40;
  });
  const height = legend(parts, y + 10, STATUS_COLOURS.map(([status, colour]) => [words(status), colour])) + 8;
  picture(figure, 'funnel', 'Funnel: candidates by stage and status', said.join('; ') + '.', height, parts);
}

/**
 * Each interviewer's leniency L_r as a dot on one axis centred on 0, its 95% interval as a whisker where calibration
 * gives one, and the flag threshold as red dashed lines either side. Scores run from 1 to 4, so no L_r lies beyond ±3
 * and the axis stops there: a wider interval (two interviews give a wide one) ends in an arrow, its numbers in words.
 */
function leniencyPicture(figure, calibration) {
  const threshold = calibration.flagThreshold;
  const reach = Math.max(1, threshold * 1.5, ...calibration.interviewers.flatMap((row) => [row.leniency, row.leniencyInterval?.lower,
    row.leniencyInterval?.upper]).filter((value) => value !== null && value !== undefined).map(Math.abs));
  const range = Math.min(3, Math.ceil(reach * 2) / 2);
  const x = (value) => 24 + (Math.max(-range, Math.min(range, value)) + range) / (2 * range) * (CHART_WIDTH - 48);
  const parts = [];
  const said = [];
  const top = 18;
  let y = top;
  calibration.interviewers.forEach((row) => {
    const interval = row.leniencyInterval;
    const facts = row.leniency === null ? 'no comparisons yet'
      : 'L_r ' + signed(row.leniency) + ' over ' + row.comparisons + ' comparison(s) in ' + row.interviews + ' interview(s), '
        + (interval ? Math.round(interval.confidence * 100) + '% interval ' + signed(interval.lower) + ' to ' + signed(interval.upper)
          : 'no interval (fewer than 2 interviews)') + (row.flagged ? ', flagged ' + row.tendency : '');
    parts.push(label(14, y + 12, row.interviewerName + (row.leniency === null ? ': no comparisons yet'
      : ': ' + signed(row.leniency) + (row.flagged ? ' — flagged ' + row.tendency : '')), { 'font-size': 12 }),
    shape('line', { x1: x(-range), x2: x(range), y1: y + 24, y2: y + 24, stroke: '#ccc' }));
    if (interval) {
      parts.push(shape('line', { class: 'interval', 'data-interviewer': row.interviewerId, 'data-lower': String(interval.lower),
        'data-upper': String(interval.upper), x1: x(interval.lower), x2: x(interval.upper), y1: y + 24, y2: y + 24, stroke: '#1d2430',
        'stroke-width': 2 }));
      [[interval.lower, -1], [interval.upper, 1]].forEach(([end, side]) => parts.push(Math.abs(end) <= range
        ? shape('line', { x1: x(end), x2: x(end), y1: y + 19, y2: y + 29, stroke: '#1d2430', 'stroke-width': 2 })
        : shape('path', { d: 'M' + (x(end) + 6 * side) + ' ' + (y + 24) + ' l' + (-7 * side) + ' -5 v10 z', fill: '#1d2430' })));
    }
    if (row.leniency !== null) {
      parts.push(shape('circle', { class: 'leniency', 'data-interviewer': row.interviewerId, 'data-leniency': String(row.leniency),
        cx: x(row.leniency), cy: y + 24, r: 5, fill: row.flagged ? '#a61b1b' : '#1f5fc4', stroke: '#fff' },
      shape('title', { text: row.interviewerName + ': ' + facts })));
    }
    said.push(row.interviewerName + ': ' + facts);
    y += 36;
  });
  const bottom = y;
  parts.push(shape('line', { x1: x(0), x2: x(0), y1: top - 4, y2: bottom, stroke: '#555' }));
  [-threshold, threshold].forEach((edge) => parts.push(shape('line', { class: 'threshold', 'data-threshold': String(edge), x1: x(edge),
    x2: x(edge), y1: top - 4, y2: bottom, stroke: '#a61b1b', 'stroke-dasharray': '4 3' }),
  label(x(edge), 11, signed(edge), edge < 0 ? { 'text-anchor': 'end', dx: -3, fill: '#a61b1b' } : { dx: 3, fill: '#a61b1b' })));
  [-range, -range / 2, 0, range / 2, range].forEach((tick) => parts.push(label(x(tick), bottom + 13, signed(tick), { 'text-anchor': 'middle' })));
  const height = legend(parts, bottom + 32, [['Leniency L_r', '#1f5fc4'], ['Flagged', '#a61b1b'], ['95% interval (an arrow where it runs on)', '#1d2430']]) + 8;
  picture(figure, 'leniency', 'Leniency of each interviewer against co-panelists, flag threshold ±' + threshold.toFixed(2),
    'Flag threshold ±' + threshold.toFixed(2) + ' (flagged with ' + calibration.minComparisons + ' or more comparisons in 3 or more '
      + 'interviews and an interval clear of 0). ' + (said.length ? said.join('; ') : 'No interviewer has submitted a scorecard yet') + '.',
    height, parts);
}

/** Dates in the report are written for this reader: their time zone and language, as the browser knows them. */
function reader() {
  return new URLSearchParams({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', locale: navigator.language || 'en' });
}

/** {@code ownWrite}: just after recording a decision, read the primary, which has it, rather than a replica that may not yet. */
async function showCandidate(candidateId, query, ownWrite = false) {
  const path = '/api/v1/candidates/' + candidateId;
  const headers = ownWrite ? { 'Tally-Read-Primary': 'yes' } : {};
  const asked = location.hash;
  let page = await revalidated(path + '/report.html?' + reader(), headers);
  const answer = await revalidated(path + '/report', headers);
  // A zone or language the service does not know: the report in UTC and English rather than none.
  if (page.status === 400) page = await revalidated(path + '/report.html', headers);
  if (leftFor(asked) || refused(answer) || refused(page)) return;
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
      await showCandidate(candidateId, query, true);
      status('Decision recorded: ' + words(answer.json.decisions.at(-1).decision) + '.', 'done');
    });
  };
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  const query = new URLSearchParams(search || '');
  const opening = (path || '').match(/^\/openings\/([0-9a-f-]{36})(\/calibration|\/compare)?$/);
  const candidate = (path || '').match(/^\/candidates\/([0-9a-f-]{36})$/);
  if (opening && opening[2] === '/calibration') await showCalibration(opening[1]);
  else if (opening && opening[2] === '/compare') await showCompare(opening[1], query);
  else if (opening) await showOpening(opening[1], query);
  else if (candidate) await showCandidate(candidate[1], query);
  else await showOpenings(query);
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('button.print').forEach((button) => { button.onclick = () => window.print(); });
  startPage(route);
});
