'use strict';
// People, on top of tally.js: admins list, find and add the organisation's users, change their roles, deactivate and
// reactivate them and reset passwords; everyone changes their own name and password under "My account".

const rolesOf = (form) => [...form.querySelectorAll('input[name=roles]:checked')].map((box) => box.value);

async function showPeople(query) {
  if (!hasRole('ADMIN')) {
    location.hash = '#/me';
    return;
  }
  const page = Number(query.get('page') || 0);
  const filters = new URLSearchParams({ page: String(page), size: '20' });
  ['q', 'role', 'active'].filter((name) => query.get(name)).forEach((name) => filters.set(name, query.get(name)));
  const answer = await call('GET', '/api/v1/users?' + filters);
  show('people-view');
  $('context').textContent = '';
  const form = $('people-query');
  ['q', 'role', 'active'].forEach((name) => { form.elements[name].value = query.get(name) || ''; });
  if (answer.status !== 200) {
    status(answer.json.detail || 'People cannot be listed.', 'failed');
    return;
  }
  $('people').replaceChildren(...answer.json.items.map((user) => element('li', {},
    element('a', { href: '#/users/' + user.id, text: user.name }), ' · ' + user.email + ' · ' + user.roles.map(words).join(', '),
    user.active ? '' : element('strong', { text: ' · Deactivated' }))));
  pager('people', page, answer.json.totalPages, answer.json.totalItems + ' people', (to) => {
    query.set('page', String(to));
    return '#/?' + query;
  });
}

async function addPerson(event) {
  event.preventDefault();
  const form = $('new-person');
  const data = new FormData(form);
  await act(form.querySelector('button[type=submit]'), 'Adding…', async () => {
    const answer = await call('POST', '/api/v1/users', { name: data.get('name'), email: data.get('email'),
      password: data.get('password'), roles: rolesOf(form) });
    if (answer.status !== 201) {
      problems('new-person-problems', answer, 'The person could not be added.');
      return;
    }
    $('new-person-problems').replaceChildren();
    form.reset();
    status('Added ' + answer.json.name + '.');
    await showPeople(new URLSearchParams(location.hash.split('?')[1] || ''));
  });
}

let person = null;

async function showPerson(userId) {
  const answer = await call('GET', '/api/v1/users/' + userId);
  if (answer.status !== 200) {
    location.hash = '#/';
    status(answer.json.detail || 'No such person.', 'failed');
    return;
  }
  show('person-view');
  $('person-problems').replaceChildren();
  renderPerson(answer.json);
}

function renderPerson(user) {
  person = user;
  $('context').textContent = user.name;
  $('person-name').textContent = user.name;
  $('person-meta').textContent = user.email + ' · ' + (user.active ? 'Active' : 'Deactivated') + ' · since '
    + new Date(user.createdAt).toLocaleDateString();
  $('person-roles').querySelectorAll('input[name=roles]').forEach((box) => { box.checked = user.roles.includes(box.value); });
  $('person-active').textContent = user.active ? 'Deactivate' : 'Reactivate';
}

/** The person as the service answered, or the refusal shown. */
async function changePerson(button, doing, method, path, body, done) {
  await act(button, doing, async () => {
    const answer = await call(method, '/api/v1/users/' + person.id + path, body);
    if (answer.status >= 300) {
      problems('person-problems', answer, 'The change was refused.');
      return;
    }
    $('person-problems').replaceChildren();
    if (answer.status === 200) renderPerson(answer.json);
    status(done);
  });
}

async function showMe() {
  show('me-view');
  $('context').textContent = '';
  $('me-problems').replaceChildren();
  $('me-meta').textContent = shell.me.email + ' · ' + shell.me.roles.map(words).join(', ') + ' · ' + shell.me.organisation.name;
  if (!$('me-name').elements.name.value) $('me-name').elements.name.value = shell.me.name;
}

async function saveMyName(event) {
  event.preventDefault();
  const name = $('me-name').elements.name.value;
  await act($('me-name').querySelector('button'), 'Saving…', async () => {
    const answer = await call('PUT', '/api/v1/me', { name });
    if (answer.status !== 200) {
      problems('me-problems', answer, 'Your name was not changed.');
      return;
    }
    shell.me = answer.json;
    renderHeader(shell.me);
    $('me-problems').replaceChildren();
    status('Name saved.');
  });
}

async function changeMyPassword(event) {
  event.preventDefault();
  const form = new FormData($('me-password'));
  await act($('me-password').querySelector('button'), 'Changing your password…', async () => {
    const refused = await changeOwnPassword(form.get('currentPassword'), form.get('newPassword'));
    if (refused) {
      problems('me-problems', refused, 'Your password was not changed.');
      return;
    }
    shell.me = (await call('GET', '/api/v1/me')).json;
    $('me-password').reset();
    $('me-problems').replaceChildren();
    status('Password changed. Other devices must sign in again.');
  });
}

async function route() {
  const [path, search] = location.hash.slice(1).split('?');
  const user = (path || '').match(/^\/users\/([0-9a-f-]{36})$/);
  if (path === '/me') await showMe();
  else if (user && hasRole('ADMIN')) await showPerson(user[1]);
  else await showPeople(new URLSearchParams(search || ''));
}

document.addEventListener('DOMContentLoaded', () => {
  $('people-query').onsubmit = (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    ['q', 'role', 'active'].filter((name) => $('people-query').elements[name].value)
      .forEach((name) => query.set(name, $('people-query').elements[name].value));
    location.hash = '#/?' + query;
  };
  $('new-person').onsubmit = addPerson;
  $('person-roles').onsubmit = (event) => {
    event.preventDefault();
    changePerson($('person-roles').querySelector('button'), 'Saving roles…', 'PUT', '/roles', { roles: rolesOf($('person-roles')) },
      'Roles saved.');
  };
  $('person-active').onclick = () => changePerson($('person-active'), person.active ? 'Deactivating…' : 'Reactivating…', 'POST',
    person.active ? '/deactivate' : '/activate', undefined, person.active ? 'Deactivated: their sessions have ended.' : 'Reactivated.');
  $('person-password').onsubmit = async (event) => {
    event.preventDefault();
    const newPassword = $('person-password').elements.newPassword.value;
    await changePerson($('person-password').querySelector('button'), 'Resetting…', 'POST', '/password', { newPassword },
      'Password reset: ' + person.name + ' must choose a new one at their next sign-in.');
    if (!$('person-problems').textContent) $('person-password').reset();
  };
  $('me-name').onsubmit = saveMyName;
  $('me-password').onsubmit = changeMyPassword;
  startPage(route);
});
