'use strict';
// What every Tally page shares: the session (a bearer token in this tab only), calls to the API, building DOM from
// text (never from markup, so nothing a user typed can run), the status line, and logging in and out.

const $ = (id) => document.getElementById(id);

const session = {
  token: () => sessionStorage.getItem('tally.token'),
  signIn: (token) => sessionStorage.setItem('tally.token', token),
  signOut: () => sessionStorage.removeItem('tally.token'),
  /** The signed-in user's id (the token's subject). */
  user: () => {
    const payload = session.token().split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)).sub;
  },
};

class Offline extends Error {}
class SignedOut extends Error {}

async function call(method, path, body, headers = {}) {
  const token = session.token();
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new Offline(e.message);
  }
  if (response.status === 401 && path !== '/login') {
    throw new SignedOut();
  }
  const text = await response.text();
  const json = (response.headers.get('Content-Type') || '').includes('json') && text ? JSON.parse(text) : {};
  return { status: response.status, json, text, headers: response.headers };
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  });
  children.forEach((child) => node.append(child));
  return node;
}

/** Shows one of the page's views (the sections of its main element) and hides the others. */
function show(view) {
  document.querySelectorAll('main > section').forEach((section) => { section.hidden = section.id !== view; });
  $('logout').hidden = view === 'login-view';
}

function status(text, state = '') {
  if ($('save-status').textContent !== text) $('save-status').textContent = text;
  $('save-status').className = 'save-status ' + state;
}

/** Previous and next buttons under a paged list; {@code address} gives the address of another page. */
function pager(prefix, page, totalPages, summary, address) {
  $(prefix + '-info').textContent = summary + ' · page ' + (totalPages ? page + 1 : 0) + ' of ' + totalPages;
  $(prefix + '-previous').disabled = page === 0;
  $(prefix + '-previous').onclick = () => { location.hash = address(page - 1); };
  $(prefix + '-next').disabled = page + 1 >= totalPages;
  $(prefix + '-next').onclick = () => { location.hash = address(page + 1); };
}

function showLogin(message = '') {
  show('login-view');
  $('context').textContent = '';
  $('login-error').textContent = message;
}

/** The bar and the login form every page has, built here once rather than repeated in each page. */
function addChrome() {
  const field = (label, name, type, autocomplete) => element('label', {}, label + ' ',
    element('input', { name, type, autocomplete, required: '' }));
  document.body.prepend(element('header', { class: 'bar' },
    element('a', { href: '#/', class: 'brand', text: 'Tally' }),
    element('span', { id: 'context', class: 'context' }),
    element('span', { id: 'save-status', class: 'save-status', role: 'status', 'aria-live': 'polite' }),
    element('button', { id: 'logout', type: 'button', class: 'link', text: 'Log out', hidden: '' })));
  $('app').prepend(element('section', { id: 'login-view', hidden: '' },
    element('h1', { text: $('app').dataset.login }),
    element('form', { id: 'login-form' }, field('Email', 'username', 'email', 'username'),
      field('Password', 'password', 'password', 'current-password'), element('button', { type: 'submit', text: 'Log in' }),
      element('p', { id: 'login-error', class: 'error', role: 'alert' }))));
}

/**
 * Runs {@code route} now and on every change of the address, once signed in; {@code mayLogOut} can hold the user back.
 */
function startPage(route, mayLogOut = () => true) {
  addChrome();
  const guarded = async () => {
    if (!session.token()) {
      showLogin();
      return;
    }
    try {
      await route();
    } catch (e) {
      if (e instanceof SignedOut) {
        session.signOut();
        showLogin('Your session ended. Log in again.');
      } else if (e instanceof Offline) {
        status('Offline: reconnect to load this page.', 'offline');
      } else {
        throw e;
      }
    }
  };
  $('login-form').onsubmit = async (event) => {
    event.preventDefault();
    const form = new FormData($('login-form'));
    try {
      const answer = await call('POST', '/login', { username: form.get('username'), password: form.get('password') });
      if (answer.status !== 200) {
        $('login-error').textContent = answer.json.detail || 'Login failed.';
        return;
      }
      session.signIn(answer.json.access_token);
      $('login-error').textContent = '';
      guarded();
    } catch (e) {
      $('login-error').textContent = 'Offline: cannot log in until the connection is back.';
    }
  };
  $('logout').onclick = () => {
    if (!mayLogOut()) return;
    session.signOut();
    location.hash = '#/';
    showLogin();
  };
  window.addEventListener('hashchange', guarded);
  guarded();
}
