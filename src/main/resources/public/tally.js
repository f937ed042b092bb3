'use strict';
// What every Tally page shares: the session (a bearer token kept for every tab of this browser), calls to the API,
// building DOM from text (never from markup, so nothing a user typed can run), the status line, the header with the
// navigation the caller's roles allow, signing in and out, and the forced password change.

const $ = (id) => document.getElementById(id);

const TOKEN = 'tally.token';

const session = {
  token: () => localStorage.getItem(TOKEN),
  signIn: (token) => localStorage.setItem(TOKEN, token),
  // Reads kept for this tab (see revalidated) go with the session that read them.
  signOut: () => { localStorage.removeItem(TOKEN); sessionStorage.clear(); },
  /** The signed-in user's id (the token's subject). */
  user: () => {
    const payload = session.token().split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)).sub;
  },
};

/** Who is signed in (GET /api/v1/me), read once per sign-in; pages read roles from it. */
const shell = { me: null, resume: null };

const hasRole = (...roles) => Boolean(shell.me && roles.some((role) => shell.me.roles.includes(role)));
const STAFF = ['ADMIN', 'RECRUITER', 'HIRING_MANAGER'];

/** An enum name in words: HIRING_MANAGER reads "Hiring manager", WITHDRAWN reads "Withdrawn". */
const words = (name) => (name ? name.charAt(0) + name.slice(1).replaceAll('_', ' ').toLowerCase() : '');

class Offline extends Error {}
class SignedOut extends Error {}

/**
 * A read the service refuses with 503 and Retry-After (it is running as many reports as it takes at once) is asked
 * again after the time it names, at most this many times, and the page says so meanwhile.
 */
const BUSY_RETRIES = 3;

async function call(method, path, body, headers = {}, retries = method === 'GET' ? BUSY_RETRIES : 0) {
  const token = session.token();
  const raw = typeof body === 'string';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}), ...headers },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new Offline(e.message);
  }
  if (response.status === 401 && path !== '/login') {
    throw new SignedOut();
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  if (response.status === 503 && retries > 0 && retryAfter > 0) {
    const seconds = Math.min(retryAfter, 10);
    const shown = Boolean($('save-status')); // not before the page's header is built
    const busy = 'The service is busy with other reports; asking again in ' + seconds + ' s…';
    if (shown) status(busy, 'busy');
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    if (shown && $('save-status').textContent === busy) status('');
    return call(method, path, body, headers, retries - 1);
  }
  const text = await response.text();
  const json = (response.headers.get('Content-Type') || '').includes('json') && text ? JSON.parse(text) : {};
  return { status: response.status, json, text, headers: response.headers };
}

/**
 * A read kept for this tab with its ETag (sessionStorage: gone when the tab closes or the session ends), sent back in
 * If-None-Match, so that a reload or a return to a view that finds nothing changed is a 304 without a body and the
 * kept copy is used. Saves never go through here: the scoring page's outbox and the scorecard's version decide what
 * is current.
 */
async function revalidated(path, headers = {}) {
  const key = 'tally.read.' + session.user() + '.' + path;
  let kept = null;
  try { kept = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (e) { sessionStorage.removeItem(key); }
  const answer = await call('GET', path, undefined, kept ? { ...headers, 'If-None-Match': kept.tag } : headers);
  if (answer.status === 304 && kept) return { ...answer, status: 200, json: kept.json || {}, text: kept.text || '' };
  const tag = answer.headers.get('ETag');
  if (answer.status === 200 && tag) {
    // JSON is kept parsed, anything else (a printable page) as its text.
    const copy = (answer.headers.get('Content-Type') || '').includes('json') ? { tag, json: answer.json } : { tag, text: answer.text };
    try { sessionStorage.setItem(key, JSON.stringify(copy)); } catch (e) { sessionStorage.removeItem(key); }
  } else {
    sessionStorage.removeItem(key);
  }
  return answer;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  });
  children.forEach((child) => node.append(child));
  return node;
}

/**
 * Exports need the bearer token too, so they are fetched and handed to the browser as a file, under the name the
 * service gives it (Content-Disposition).
 */
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

/** Shows one of the page's views (the sections of its main element) and hides the others. */
function show(view) {
  document.querySelectorAll('main > section').forEach((section) => { section.hidden = section.id !== view; });
  const signedOut = view === 'login-view' || view === 'password-view';
  $('logout').hidden = view === 'login-view';
  $('nav').hidden = signedOut;
  $('who').hidden = signedOut;
}

const shownView = () => [...document.querySelectorAll('main > section')].find((section) => !section.hidden)?.id;

function status(text, state = '') {
  if ($('save-status').textContent !== text) $('save-status').textContent = text;
  $('save-status').className = 'save-status ' + state;
}

/** The problem the service named, with each field's rule: "email: must be a valid email address". */
function problems(target, answer, fallback) {
  $(target).replaceChildren(element('p', { text: answer.json.detail || fallback }),
    element('ul', {}, ...(answer.json.errors || []).map((error) => element('li', { text: error.field + ': ' + error.message }))));
}

/**
 * Runs {@code work} for a button that sends a request: the button is disabled and the page says what is happening
 * until the answer is in, so a double click never sends twice. A session that ended meanwhile leads to sign-in and back.
 */
async function act(button, doing, work) {
  if (button.disabled) return undefined;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  status(doing, 'saving');
  try {
    const result = await work();
    if ($('save-status').textContent === doing) status('');
    return result;
  } catch (e) {
    if (e instanceof SignedOut) signedOut(true);
    else if (e instanceof Offline) status('Offline: nothing was sent. Try again once the connection is back.', 'offline');
    else throw e;
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** Previous and next buttons under a paged list; {@code address} gives the address of another page. */
function pager(prefix, page, totalPages, summary, address) {
  $(prefix + '-info').textContent = summary + ' · page ' + (totalPages ? page + 1 : 0) + ' of ' + totalPages;
  $(prefix + '-previous').disabled = page === 0;
  $(prefix + '-previous').onclick = () => { location.hash = address(page - 1); };
  $(prefix + '-next').disabled = page + 1 >= totalPages;
  $(prefix + '-next').onclick = () => { location.hash = address(page + 1); };
}

/**
 * Shows the sign-in form. With {@code resume}, the view that was showing stays as it is (hidden, nothing typed lost) and
 * comes back after sign-in; without, the page's route runs again.
 */
function showLogin(message = '', resume = null) {
  shell.resume = resume;
  show('login-view');
  $('context').textContent = '';
  $('login-error').textContent = message;
}

/** The session ended (expired, or signed out in another tab): sign in again and come back to the same place. */
function signedOut(midway) {
  const view = shownView();
  session.signOut();
  showLogin('Your session ended. Sign in again to carry on where you were.',
    midway && view !== 'login-view' && view !== 'password-view' ? { view, user: shell.me && shell.me.id } : null);
  shell.me = null;
}

const NAVIGATION = [
  ['Home', '/', null],
  ['Kits', '/app/kits.html', STAFF],
  ['Questions', '/app/questions.html', STAFF],
  ['Openings', '/app/openings.html', STAFF],
  ['Candidates', '/app/candidates.html', STAFF],
  ['Interviews', '/app/interviews.html', null],
  ['Reports', '/app/reports.html', STAFF],
  ['People', '/app/people.html', ['ADMIN']],
  ['Fairness', '/app/fairness.html', ['COMPLIANCE']],
];

const HOME_PATHS = ['/', '/app/', '/app/index.html'];

/** The header every page shares: the organisation, who is signed in and as what, and what their roles may use. */
function renderHeader(me) {
  const here = HOME_PATHS.includes(location.pathname) ? '/' : location.pathname;
  $('nav').replaceChildren(element('ul', {}, ...NAVIGATION.filter(([, , roles]) => !roles || hasRole(...roles))
    .map(([name, href]) => element('li', {}, element('a', { href, text: name, 'aria-current': href === here ? 'page' : null })))));
  $('who').replaceChildren(element('span', { class: 'organisation', text: me.organisation.name }), ' · ',
    element('a', { href: '/app/people.html#/me', text: me.name, title: 'My account' }),
    element('span', { class: 'roles', text: ' (' + me.roles.map(words).join(', ') + ')' }));
}

/** The bar, the sign-in form and the password change every page has, built here once rather than repeated. */
function addChrome() {
  const field = (label, name, type, autocomplete) => element('label', {}, label + ' ',
    element('input', { name, type, autocomplete, required: '' }));
  document.body.prepend(element('a', { href: '#app', class: 'skip', text: 'Skip to content' }),
    element('header', { class: 'bar' },
      element('a', { href: '/', class: 'brand', text: 'Tally' }),
      element('nav', { id: 'nav', 'aria-label': 'Main', hidden: '' }),
      element('span', { id: 'who', class: 'who', hidden: '' }),
      element('button', { id: 'logout', type: 'button', class: 'link', text: 'Sign out', hidden: '' }),
      element('div', { class: 'bar-line' }, element('span', { id: 'context', class: 'context' }),
        element('span', { id: 'save-status', class: 'save-status', role: 'status', 'aria-live': 'polite' }))));
  $('app').prepend(element('section', { id: 'login-view', hidden: '' },
    element('h1', { text: $('app').dataset.login }),
    element('form', { id: 'login-form', class: 'card' }, field('Email', 'username', 'email', 'username'),
      field('Password', 'password', 'password', 'current-password'), element('button', { type: 'submit', class: 'primary', text: 'Sign in' }),
      element('p', { id: 'login-error', class: 'error', role: 'alert' }))),
  element('section', { id: 'password-view', hidden: '' },
    element('h1', { text: 'Choose a new password' }),
    element('p', { text: 'An admin reset your password. Choose your own before you carry on.' }),
    element('form', { id: 'forced-password-form', class: 'card' }, field('Current password', 'currentPassword', 'password', 'current-password'),
      element('label', {}, 'New password (at least 10 characters) ', element('input', { name: 'newPassword', type: 'password',
        autocomplete: 'new-password', required: '', minlength: '10' })),
      element('button', { type: 'submit', class: 'primary', text: 'Change password' }),
      element('p', { id: 'forced-password-error', class: 'error', role: 'alert' }))));
}

async function signIn(email, password) {
  const answer = await call('POST', '/login', { username: email, password });
  if (answer.status === 200) session.signIn(answer.json.access_token);
  return answer;
}

/**
 * Changes the signed-in user's password; the change ends every earlier token, this one included, so it signs in again
 * with the new one. Answers the refusal, or null once done.
 */
async function changeOwnPassword(currentPassword, newPassword) {
  const email = shell.me.email;
  const answer = await call('POST', '/api/v1/me/password', { currentPassword, newPassword });
  if (answer.status !== 204) return answer;
  const again = await signIn(email, newPassword);
  shell.me = null;
  return again.status === 200 ? null : again;
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
      if (!shell.me) {
        const me = await call('GET', '/api/v1/me');
        shell.me = me.json;
      }
      if (shell.me.mustChangePassword) {
        show('password-view');
        return;
      }
      renderHeader(shell.me);
      await route();
    } catch (e) {
      if (e instanceof SignedOut) {
        signedOut(false);
      } else if (e instanceof Offline) {
        status('Offline: reconnect to load this page.', 'offline');
      } else {
        throw e;
      }
    }
  };
  /** After sign-in: back to the view that was showing, as it was, if the same person signed in; else load afresh. */
  const resume = async () => {
    const back = shell.resume;
    shell.resume = null;
    if (back && back.user === session.user()) {
      shell.me = (await call('GET', '/api/v1/me')).json;
      if (!shell.me.mustChangePassword) {
        renderHeader(shell.me);
        show(back.view);
        status('Signed in again: nothing you typed was lost. Send it again.');
        return;
      }
    }
    await guarded();
  };
  $('login-form').onsubmit = (event) => {
    event.preventDefault();
    const form = new FormData($('login-form'));
    act($('login-form').querySelector('button'), 'Signing in…', async () => {
      const answer = await signIn(form.get('username'), form.get('password'));
      if (answer.status !== 200) {
        $('login-error').textContent = answer.json.detail || 'Sign-in failed.';
        return;
      }
      $('login-error').textContent = '';
      $('login-form').reset();
      await resume();
    });
  };
  $('forced-password-form').onsubmit = (event) => {
    event.preventDefault();
    const form = new FormData($('forced-password-form'));
    act($('forced-password-form').querySelector('button'), 'Changing your password…', async () => {
      const refused = await changeOwnPassword(form.get('currentPassword'), form.get('newPassword'));
      if (refused) {
        problems('forced-password-error', refused, 'The password was not changed.');
        return;
      }
      $('forced-password-form').reset();
      await guarded();
    });
  };
  $('logout').onclick = () => {
    if (!mayLogOut()) return;
    session.signOut();
    // A fresh page, so that nothing the last person saw stays in this one for the next to read.
    location.assign('/');
  };
  // One browser, one session: signing in or out in another tab does the same here.
  window.addEventListener('storage', (event) => {
    if (event.key !== TOKEN && event.key !== null) return;
    if (!session.token()) {
      if (shownView() !== 'login-view') signedOut(true);
    } else if (shownView() === 'login-view') {
      resume();
    }
  });
  window.addEventListener('hashchange', guarded);
  guarded();
}

/**
 * Picks colleagues of one role by name, never by id: type part of a name or email, choose among the matches; the
 * chosen show as chips, each with a button to remove it. With {@code multiple} false, choosing replaces the choice.
 */
function colleaguePicker(id, label, role, multiple) {
  const chosen = [];
  const input = element('input', { id: id + '-search', type: 'search', autocomplete: 'off', maxlength: '200' });
  const matches = element('ul', { id: id + '-matches', class: 'choices', 'aria-label': 'Matching colleagues' });
  const chips = element('ul', { id: id + '-chosen', class: 'chips', 'aria-label': multiple ? 'Chosen' : 'Chosen' });
  const render = () => chips.replaceChildren(...chosen.map((person) => element('li', {}, person.name + ' ',
    element('button', { type: 'button', class: 'link', text: 'Remove', 'aria-label': 'Remove ' + person.name,
      onclick: () => { chosen.splice(chosen.indexOf(person), 1); render(); } }))));
  const choose = (person) => {
    if (!multiple) chosen.length = 0;
    chosen.push(person);
    input.value = '';
    matches.replaceChildren();
    render();
  };
  const search = async () => {
    const query = new URLSearchParams({ role, size: '10' });
    if (input.value.trim()) query.set('q', input.value.trim());
    const answer = await call('GET', '/api/v1/colleagues?' + query);
    if (answer.status !== 200) {
      matches.replaceChildren(element('li', { class: 'error', text: answer.json.detail || 'Colleagues cannot be looked up.' }));
      return;
    }
    matches.replaceChildren(...answer.json.items.filter((person) => !chosen.some((other) => other.id === person.id))
      .map((person) => element('li', {}, element('button', { type: 'button', text: person.name + ' (' + person.email + ')',
        onclick: () => choose(person) }))));
  };
  let timer;
  input.oninput = () => {
    clearTimeout(timer);
    timer = setTimeout(() => search().catch((e) => { if (e instanceof SignedOut) signedOut(true); }), 250);
  };
  return {
    node: element('div', { class: 'picker' }, element('label', {}, label + ' ', input), matches, chips),
    ids: () => chosen.map((person) => person.id),
    set: (people) => { chosen.splice(0, chosen.length, ...people); matches.replaceChildren(); render(); },
  };
}
