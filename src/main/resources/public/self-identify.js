'use strict';
// The page a candidate opens from a one-time link: no sign-in. The token stays in the address's fragment, which is
// never sent to the server; it goes in a header, so no log or Referer keeps it.

const $ = (id) => document.getElementById(id);
const token = location.hash.slice(1);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.forEach((child) => node.append(child));
  return node;
}

function show(view) {
  document.querySelectorAll('main > section').forEach((section) => { section.hidden = section.id !== view; });
}

async function send(method, body) {
  const response = await fetch('/api/v1/self-identification/form', { method,
    headers: { 'Content-Type': 'application/json', 'Self-Identification-Link': token },
    body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text && (response.headers.get('Content-Type') || '').includes('json') ? JSON.parse(text) : {} };
}

let categories = [];
/** The value of "Prefer not to say": an option of null. A question left blank is not answered at all. */
const DECLINED = 'prefer-not-to-say';

function question(category, index) {
  const name = 'q' + index;
  const choice = (value, label) => element('label', { class: 'inline' },
    element('input', { type: 'radio', name, value }), ' ' + label);
  return element('fieldset', {}, element('legend', { text: category.name }),
    ...category.options.map((option) => choice(option, option)), choice(DECLINED, 'Prefer not to say'));
}

async function load() {
  if (!token) {
    show('invalid-view');
    return;
  }
  const answer = await send('GET');
  if (answer.status !== 200) {
    show('invalid-view');
    return;
  }
  categories = answer.json.categories;
  $('organisation').textContent = answer.json.organisationName;
  $('expires').textContent = new Date(answer.json.expiresAt).toLocaleString([], { dateStyle: 'long', timeStyle: 'short' });
  $('questions').replaceChildren(...categories.map(question));
  show('form-view');
}

async function submit(event) {
  event.preventDefault();
  const button = $('self-id-form').querySelector('button');
  if (button.disabled) return;
  const form = $('self-id-form').elements;
  const answers = categories.map((category, index) => ({ categoryId: category.id, chosen: form['q' + index].value }))
    .filter(({ chosen }) => chosen !== '')
    .map(({ categoryId, chosen }) => ({ categoryId, option: chosen === DECLINED ? null : chosen }));
  button.disabled = true;
  $('offline').hidden = true;
  try {
    const answer = await send('POST', { answers });
    if (answer.status === 204) {
      show('done-view');
    } else if (answer.status === 404) {
      show('invalid-view');
    } else {
      $('form-problems').replaceChildren(element('p', { text: answer.json.detail || 'Your answers were not saved.' }));
    }
  } catch (e) {
    $('offline').hidden = false;
  } finally {
    button.disabled = false;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('self-id-form').onsubmit = submit;
  load().catch(() => { $('offline').hidden = false; });
});
