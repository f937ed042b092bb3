'use strict';
// Fairness monitoring: for compliance, an opening's selection rates per stage and self-identified group; for admins,
// the self-identification questions (#/categories).

/** Starting points an admin may add as they are and then change. */
const SUGGESTED = [
  { name: 'Gender', options: ['Woman', 'Man', 'Non-binary', 'Another gender'] },
  { name: 'Ethnicity', options: ['Hispanic or Latino', 'Not Hispanic or Latino'] },
  { name: 'Race', options: ['American Indian or Alaska Native', 'Asian', 'Black or African American',
    'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races'] },
];

const percent = (value) => (value === null || value === undefined ? '—' : (100 * value).toFixed(1) + ' %');
const decimal = (value, digits) => (value === null || value === undefined ? '—' : value.toFixed(digits));

async function showFairness(openingId) {
  show('fairness-view');
  $('context').textContent = 'Fairness monitoring';
  const select = $('fairness-query').elements.openingId;
  if (select.options.length === 1) {
    const openings = await call('GET', '/api/v1/fairness/openings?size=100');
    (openings.json.items || []).forEach((opening) => select.append(element('option', { value: opening.id,
      text: opening.title + (opening.status === 'CLOSED' ? ' (closed)' : '') })));
  }
  select.value = openingId || '';
  $('fairness-csv').disabled = !openingId;
  $('fairness-tables').replaceChildren();
  $('fairness-method').hidden = true;
  if (!openingId) return;
  const answer = await call('GET', '/api/v1/openings/' + openingId + '/fairness');
  if (answer.status !== 200) {
    status(answer.json.detail || 'The fairness tables could not be read.', 'failed');
    return;
  }
  const report = answer.json;
  const categories = report.stages.flatMap((stage) => stage.categories);
  $('fairness-tables').replaceChildren(...(categories.length === 0
    ? [element('p', { text: 'No self-identification questions are set up yet: an admin adds them.' })]
    : report.stages.map(stageSection)));
  $('fairness-method-text').textContent = report.method;
  $('fairness-method').hidden = false;
}

function stageSection(stage) {
  return element('section', { 'aria-labelledby': 'stage-' + stage.stageId },
    element('h2', { id: 'stage-' + stage.stageId, text: 'Stage ' + stage.position + ': ' + stage.name }),
    ...stage.categories.map((category) => categoryTable(stage, category)));
}

function categoryTable(stage, category) {
  const head = ['Group', 'Decided', 'Advanced', 'Selection rate', 'Impact ratio', 'Four-fifths rule', 'Fisher p (two-sided)',
    'Decided by', 'Notes'];
  const rows = category.groups.map((group) => {
    if (group.suppressed) {
      return element('tr', {}, element('th', { scope: 'row', text: group.option }),
        element('td', { colspan: String(head.length - 1), text: 'fewer than 5' }));
    }
    return element('tr', { class: group.belowFourFifths ? 'flagged' : '' },
      element('th', { scope: 'row', text: group.option }),
      element('td', { class: 'num', text: String(group.decided) }),
      element('td', { class: 'num', text: String(group.advanced) }),
      element('td', { class: 'num', text: percent(group.selectionRate) }),
      element('td', { class: 'num', text: group.reference ? '1 (highest rate)' : decimal(group.impactRatio, 3) }),
      element('td', { text: group.reference ? '—' : group.belowFourFifths ? 'Below four-fifths' : 'Met' }),
      element('td', { class: 'num', text: group.reference ? '—' : decimal(group.fisherP, 3) }),
      element('td', { text: group.finalDecisions + ' final, ' + group.suggestedDecisions + ' suggested' }),
      element('td', { class: group.smallSample ? 'warn' : '', text: group.smallSample ? 'Small sample (under 30)' : '' }));
  });
  const id = 'table-' + stage.stageId + '-' + category.categoryId;
  const table = element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': stage.name + ': ' + category.name },
    element('table', { class: 'report', 'aria-labelledby': id },
      element('thead', {}, element('tr', {}, ...head.map((name) => element('th', { scope: 'col', text: name })))),
      element('tbody', {}, ...rows)));
  const picture = ratesPicture(stage, category);
  return element('div', {}, element('h3', { id, text: category.name }), table, ...(picture ? [picture] : []));
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  children.forEach((child) => node.append(child));
  return node;
}

/** The shown groups' rates as bars, with a dashed line at four-fifths of the highest: the table says the same in words. */
function ratesPicture(stage, category) {
  const shown = category.groups.filter((group) => !group.suppressed);
  if (shown.length === 0) return null;
  const highest = Math.max(...shown.map((group) => group.selectionRate));
  const [width, row, label, bars] = [340, 24, 120, 170];
  const height = shown.length * row + 8;
  const summary = stage.name + ', ' + category.name + ': selection rate ' + shown.map((group) => group.option + ' '
    + percent(group.selectionRate) + (group.belowFourFifths ? ' (below four-fifths)' : '')).join(', ')
    + (highest > 0 ? '. The dashed line marks four-fifths of the highest rate.' : '.');
  const four = label + bars * 0.8 * highest;
  return svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', 'aria-label': summary, class: 'rates' },
    svg('title', {}, summary),
    ...shown.flatMap((group, i) => [
      svg('text', { x: label - 6, y: i * row + 17, 'text-anchor': 'end', 'font-size': 12 }, group.option.length > 18
        ? group.option.slice(0, 17) + '…' : group.option),
      svg('rect', { x: label, y: i * row + 5, width: Math.max(1, bars * group.selectionRate), height: row - 10,
        fill: group.belowFourFifths ? '#a15c00' : '#2f6fde' }),
      svg('text', { x: label + bars * group.selectionRate + 4, y: i * row + 17, 'font-size': 12 }, percent(group.selectionRate))]),
    ...(highest > 0 ? [svg('line', { x1: four, x2: four, y1: 0, y2: height, stroke: '#1d2430', 'stroke-dasharray': '4 3' })] : []));
}

async function showCategories() {
  show('categories-view');
  $('context').textContent = 'Self-identification questions';
  const answer = await call('GET', '/api/v1/self-identification/categories');
  const categories = answer.status === 200 ? answer.json : [];
  $('categories').replaceChildren(...categories.map(categoryCard));
  if (categories.length === 0) $('categories').append(element('li', { text: 'No questions yet.' }));
  const missing = SUGGESTED.filter((suggestion) => !categories.some((category) => category.name.toLowerCase() === suggestion.name.toLowerCase()));
  $('suggestions-part').hidden = missing.length === 0;
  $('suggestions').replaceChildren(...missing.map((suggestion) => element('li', {}, element('strong', { text: suggestion.name }),
    ': ' + suggestion.options.join(', ') + ' ',
    element('button', { type: 'button', text: 'Add ' + suggestion.name, onclick: (event) => addCategory(event.target, suggestion, null) }))));
}

function categoryCard(category) {
  const id = 'category-' + category.id;
  const form = element('form', { 'aria-label': 'Change ' + category.name },
    element('label', {}, 'Name ', element('input', { name: 'name', type: 'text', required: '', maxlength: '100', value: category.name })),
    element('label', {}, 'Options, one per line ', element('textarea', { name: 'options', rows: String(Math.max(3, category.options.length)), required: '' },
      category.options.join('\n'))),
    element('button', { type: 'submit', text: 'Save ' + category.name }),
    element('div', { id: id + '-problems', class: 'error', role: 'alert' }));
  form.onsubmit = (event) => {
    event.preventDefault();
    act(form.querySelector('button'), 'Saving…', async () => {
      const answer = await call('PUT', '/api/v1/self-identification/categories/' + category.id,
        { name: form.elements.name.value, options: lines(form.elements.options.value) });
      if (answer.status !== 200) {
        problems(id + '-problems', answer, 'The question was not saved.');
        return;
      }
      await showCategories();
      status('Saved.');
    });
  };
  return element('li', {}, element('details', {}, element('summary', {}, element('strong', { text: category.name }),
    ': ' + category.options.join(', ') + ', Prefer not to say'), form));
}

const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

async function addCategory(button, category, problemsId) {
  await act(button, 'Adding…', async () => {
    const answer = await call('POST', '/api/v1/self-identification/categories', category);
    if (answer.status !== 201) {
      if (problemsId) problems(problemsId, answer, 'The question was not added.');
      else status(answer.json.detail || 'The question was not added.', 'failed');
      return;
    }
    $('new-category').reset();
    $('new-category-problems').replaceChildren();
    await showCategories();
    status('Added ' + answer.json.name + '.');
  });
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  if (path === '/categories' && hasRole('ADMIN')) {
    await showCategories();
  } else if (hasRole('COMPLIANCE')) {
    await showFairness(new URLSearchParams(search || '').get('opening'));
  } else if (hasRole('ADMIN')) {
    location.hash = '#/categories';
  } else {
    show('no-access-view');
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('fairness-query').onsubmit = (event) => {
    event.preventDefault();
    location.hash = '#/?opening=' + $('fairness-query').elements.openingId.value;
  };
  $('fairness-csv').onclick = () => {
    const openingId = $('fairness-query').elements.openingId.value;
    if (openingId) act($('fairness-csv'), 'Downloading…', () => download('/api/v1/openings/' + openingId + '/fairness.csv'));
  };
  $('new-category').onsubmit = (event) => {
    event.preventDefault();
    const form = $('new-category').elements;
    addCategory($('new-category').querySelector('button'), { name: form.name.value, options: lines(form.options.value) },
      'new-category-problems');
  };
  startPage(route);
});
