'use strict';
// Live scoring, on top of tally.js: one question at a time, every change saved as it happens. Changes wait in
// localStorage until the server acknowledges them, so a reload, a dropped connection or a closed laptop loses nothing;
// each keeps its Idempotency-Key and exact body across retries, so a save whose answer was lost never applies twice.

const RECOMMENDATIONS = [['DEFINITELY_NO', 'Definitely no'], ['NO', 'No'], ['YES', 'Yes'], ['STRONG_YES', 'Strong yes'],
  ['NO_DECISION', 'No decision']];

/** Worth retrying as it is: the service or something on the way was briefly unable to answer. */
const transient = (status) => status === 408 || status === 429 || status >= 500;

// ---- Saving ------------------------------------------------------------------------------------------------------

/** The changes of one interviewer's scorecard not yet acknowledged, oldest first, kept in localStorage. */
class Outbox {
  constructor(interviewId) {
    this.storageKey = 'tally.outbox.' + session.user() + '.' + interviewId;
    this.base = '/api/v1/interviews/' + interviewId + '/scorecard';
    this.entries = JSON.parse(localStorage.getItem(this.storageKey) || '[]');
    this.last = {};
    this.version = 0;
    this.sending = false;
    this.stopped = false;
    this.retryDelay = 1000;
    this.state = 'saved';
    this.listener = { changed: () => {}, overwritten: () => {}, frozen: () => {} };
  }

  /**
   * Keeps the latest state of one target (an item, a flag or the overall part) on the device at once, replacing an
   * unsent older one, and sends it after {@code delay} ms: typing sends when it pauses, a click at once.
   */
  put(target, body, delay = 0) {
    const json = JSON.stringify(body);
    if (this.last[target] === json) return; // leaving a field repeats its last keystroke's state
    this.last[target] = json;
    const waiting = this.entries.findIndex((entry) => entry.target === target && entry.baseVersion === undefined);
    const entry = { target, body, key: crypto.randomUUID() };
    if (waiting >= 0) this.entries[waiting] = entry; else this.entries.push(entry);
    this.persist();
    if (this.state !== 'offline') this.report('saving');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delay);
  }

  persist() {
    if (this.entries.length) localStorage.setItem(this.storageKey, JSON.stringify(this.entries));
    else localStorage.removeItem(this.storageKey);
  }

  pending(target) {
    return this.entries.filter((entry) => entry.target === target).map((entry) => entry.body).pop();
  }

  async flush() {
    if (this.sending || this.stopped) return;
    this.sending = true;
    let refused = null;
    try {
      while (this.entries.length && !this.stopped) {
        this.report('saving');
        const entry = this.entries[0];
        // Once sent, an entry is resent exactly as it was, base version included, until the server answers it.
        if (entry.baseVersion === undefined) {
          entry.baseVersion = this.version;
          this.persist();
        }
        const answer = await call('PUT', this.base + '/' + entry.target, { ...entry.body, baseVersion: entry.baseVersion },
          { 'Idempotency-Key': entry.key });
        if (answer.status === 200) {
          this.version = Math.max(this.version, answer.json.version);
          this.entries.shift();
          this.persist();
        } else if (answer.status === 409) {
          const current = answer.json.current || (await call('GET', this.base)).json;
          if (current.status === 'SUBMITTED') {
            this.entries = [];
            this.persist();
            this.listener.frozen(current);
            refused = 'This scorecard was submitted from another device or tab; amend it to change it.';
            break;
          }
          // Saved meanwhile from another device or tab: take its version and re-apply ours on top, as a new request.
          this.version = current.version;
          entry.baseVersion = undefined;
          entry.key = crypto.randomUUID();
          this.persist();
          this.listener.overwritten(current);
        } else if (transient(answer.status)) {
          throw new Offline('HTTP ' + answer.status);
        } else {
          this.entries.shift();
          this.persist();
          delete this.last[entry.target];
          refused = (answer.json.detail || 'A change was refused') + ' It was not saved.';
        }
      }
      this.retryDelay = 1000;
      if (refused) this.report('failed', refused); else this.report('saved');
    } catch (e) {
      if (e instanceof SignedOut) {
        this.stopped = true;
        session.signOut();
        scoring = null;
        showLogin('Your session ended. Log in again: the changes kept on this device will then be saved.');
        return;
      }
      if (!(e instanceof Offline)) throw e;
      this.report('offline');
      setTimeout(() => this.flush(), this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, 15000);
    } finally {
      this.sending = false;
    }
  }

  report(state, message) {
    this.state = state;
    status({
      saving: 'Saving…',
      saved: 'All changes saved',
      offline: 'Offline: ' + this.entries.length + ' change(s) kept on this device, retrying',
      failed: message,
    }[state], state);
    this.listener.changed(state);
  }

  /** Resolves true once everything queued has been acknowledged, false if that cannot happen now. */
  async drained() {
    clearTimeout(this.timer);
    await this.flush();
    while (this.sending || this.entries.length) {
      if (this.state === 'offline' || this.stopped) return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.state !== 'failed';
  }
}

/** One outbox per interview for the life of the page, however often the interview is opened. */
const outboxes = new Map();

function outboxOf(interviewId) {
  const key = session.user() + '.' + interviewId;
  if (!outboxes.has(key)) outboxes.set(key, new Outbox(interviewId));
  const outbox = outboxes.get(key);
  outbox.stopped = false;
  return outbox;
}

// ---- Views -------------------------------------------------------------------------------------------------------

let scoring = null;

async function showList() {
  scoring = null;
  const answer = await call('GET', '/api/v1/interviews?mine=true&size=100');
  show('list-view');
  $('context').textContent = '';
  status('');
  const list = $('interviews');
  list.replaceChildren();
  (answer.json.items || []).forEach((interview) => {
    const when = new Date(interview.scheduledAt).toLocaleString();
    const state = (interview.myScorecardStatus || 'not started').replace('_', ' ').toLowerCase();
    list.append(element('li', {}, element('a', { href: '#/interviews/' + interview.id },
      element('strong', { text: interview.candidateName }), ' · ' + interview.stageName + ' · ' + interview.openingTitle,
      element('br'), element('small', { text: when + ' · your scorecard: ' + state }))));
  });
  $('list-empty').hidden = list.children.length > 0;
}

async function showInterview(interviewId, step) {
  const [interview, scorecard] = await Promise.all([revalidated('/api/v1/interviews/' + interviewId + '?withKit=false'),
    revalidated('/api/v1/interviews/' + interviewId + '/scorecard')]);
  // The kit version the interview pins never changes: the browser keeps it (immutable) and answers this itself.
  const kit = interview.status === 200 ? await call('GET', '/api/v1/kit-versions/' + interview.json.kitVersionId) : interview;
  if (interview.status !== 200 || scorecard.status !== 200 || kit.status !== 200) {
    await showList();
    status(interview.json.detail || scorecard.json.detail || kit.json.detail || 'This interview cannot be opened.', 'failed');
    return;
  }
  interview.json.kit = kit.json;
  const outbox = outboxOf(interviewId);
  outbox.version = Math.max(outbox.version, scorecard.json.version);
  scoring = { interview: interview.json, card: scorecard.json, outbox, step: Math.min(step, interview.json.kit.items.length) };
  // What this device still holds is newer than what the server has.
  outbox.entries.filter((entry) => entry.target.startsWith('items/'))
    .forEach((entry) => Object.assign(answerOf(Number(entry.target.slice(6))), entry.body));
  outbox.listener = {
    changed: () => renderSteps(),
    overwritten: (current) => {
      if (!scoring || scoring.outbox !== outbox) return;
      // Another device saved too: take its answers wherever this one has nothing waiting.
      current.items.filter((item) => !outbox.pending('items/' + item.position))
        .forEach((item) => Object.assign(answerOf(item.position), item));
      scoring.card.flags = current.flags;
      if (!outbox.pending('overall')) Object.assign(scoring.card, { recommendation: current.recommendation, summary: current.summary });
      renderStep();
    },
    frozen: (current) => {
      if (!scoring || scoring.outbox !== outbox) return;
      scoring.card = current;
      renderStep();
    },
  };
  $('context').textContent = interview.json.candidateName + ' · ' + interview.json.stageName + ' · ' + interview.json.kit.name;
  renderPrep(interview.json);
  show('score-view');
  renderStep();
  outbox.flush();
}

function answerOf(position) {
  let item = scoring.card.items.find((candidate) => candidate.position === position);
  if (!item) {
    item = { position, score: null, notAssessed: false, notAssessedReason: null, keyPoints: [], note: '' };
    scoring.card.items.push(item);
  }
  return item;
}

const readOnly = () => scoring.card.status === 'SUBMITTED';

function saveItem(item, delay = 0) {
  scoring.outbox.put('items/' + item.position, { score: item.score, notAssessed: item.notAssessed,
    notAssessedReason: item.notAssessedReason, keyPoints: item.keyPoints, note: item.note }, delay);
}

/** Every keystroke is kept on the device; it is sent when typing pauses, or at once when the field is left. */
function typing(field, save) {
  field.oninput = () => save(400);
  field.onchange = () => save(0);
}

function renderSteps() {
  if (!scoring) return;
  const items = scoring.interview.kit.items;
  const buttons = items.map((kitItem, index) => {
    const answer = scoring.card.items.find((candidate) => candidate.position === kitItem.position);
    const answered = Boolean(answer && (answer.score !== null || answer.notAssessed));
    return { label: String(kitItem.position), index, answered,
      name: 'Question ' + kitItem.position + (answered ? ', answered' : ', not answered yet') };
  });
  buttons.push({ label: 'Wrap up', index: items.length, answered: false, name: 'Wrap up' });
  const steps = $('steps');
  // Update in place, so that a save finishing never takes the focus away from a step button.
  if (steps.children.length !== buttons.length) {
    steps.replaceChildren(...buttons.map((button) => element('button', { type: 'button', text: button.label,
      onclick: () => { scoring.step = button.index; renderStep(); } })));
  }
  buttons.forEach((button, index) => {
    const node = steps.children[index];
    node.className = button.answered ? 'answered' : '';
    node.setAttribute('aria-label', button.name);
    node.setAttribute('aria-current', button.index === scoring.step ? 'step' : 'false');
  });
}

function renderStep() {
  const items = scoring.interview.kit.items;
  // The step lives in the address, so a reload comes back to the same question.
  history.replaceState(null, '', '#/interviews/' + scoring.interview.id + '/' + scoring.step);
  const wrapUp = scoring.step === items.length;
  $('scorecard-form').disabled = readOnly();
  $('question').hidden = wrapUp;
  $('wrap-up').hidden = !wrapUp;
  $('previous').disabled = scoring.step === 0;
  $('next').disabled = wrapUp;
  if (wrapUp) renderWrapUp(); else renderQuestion(items[scoring.step]);
  renderSteps();
}

function renderQuestion(kitItem, focusLevel) {
  const question = kitItem.question;
  const item = answerOf(kitItem.position);
  $('q-position').textContent = 'Question ' + kitItem.position + ' of ' + scoring.interview.kit.items.length
    + (kitItem.required ? ' (required)' : '');
  $('q-competency').textContent = question.competency.replaceAll('_', ' ').toLowerCase();
  $('q-time').textContent = kitItem.timeBoxMinutes + ' min';
  $('q-timer').replaceChildren(timerControl(scoring.interview.id, kitItem));
  $('q-text').textContent = question.text;
  const noteHint = () => { $('q-note-hint').hidden = !((item.score === 1 || item.score === 4) && !item.note.trim()); };

  const chooseScore = (level) => {
    item.score = level;
    item.notAssessed = false;
    item.notAssessedReason = null;
    renderQuestion(kitItem, level);
    saveItem(item);
  };
  scoring.chooseScore = readOnly() ? null : chooseScore;
  const rubric = $('q-rubric');
  rubric.replaceChildren(...question.rubric.map((level) => element('button', { type: 'button',
    'aria-pressed': String(item.score === level.level), 'data-level': level.level, onclick: () => chooseScore(level.level) },
  element('b', { text: level.level + ' · ' + level.label }), element('small', { text: level.description }))));
  if (focusLevel) rubric.querySelector('[data-level="' + focusLevel + '"]').focus();

  $('q-not-assessed').checked = item.notAssessed;
  $('q-reason').hidden = !item.notAssessed;
  $('q-reason').value = item.notAssessedReason || '';
  $('q-not-assessed').onchange = () => {
    item.notAssessed = $('q-not-assessed').checked;
    if (item.notAssessed) item.score = null;
    else item.notAssessedReason = null;
    renderQuestion(kitItem);
    saveItem(item);
  };
  typing($('q-reason'), (delay) => { item.notAssessedReason = $('q-reason').value; saveItem(item, delay); });

  $('q-key-points').replaceChildren(...question.keyPoints.map((text, index) => {
    const box = element('input', { type: 'checkbox' });
    box.checked = item.keyPoints.includes(index);
    box.onchange = () => {
      item.keyPoints = box.checked ? [...item.keyPoints, index].sort((a, b) => a - b) : item.keyPoints.filter((k) => k !== index);
      saveItem(item);
    };
    return element('label', {}, box, ' ' + text);
  }));

  $('q-note').value = item.note;
  typing($('q-note'), (delay) => { item.note = $('q-note').value; noteHint(); saveItem(item, delay); });
  noteHint();
  $('q-probes').replaceChildren(...question.probes.map((probe) => element('li', { text: probe })));
  $('q-red-flags').replaceChildren(...question.redFlags.map((flag) => element('li', { text: flag })));
}

function renderWrapUp() {
  scoring.chooseScore = null;
  const card = scoring.card;
  $('checklist').replaceChildren(...scoring.interview.kit.checklist.map((entry) => {
    const flag = entry.redFlag;
    const saved = scoring.outbox.pending('flags/' + flag.id)
      || card.flags.find((candidate) => candidate.redFlagId === flag.id) || { raised: false, note: '' };
    const state = { raised: saved.raised, note: saved.note || '' };
    const box = element('input', { type: 'checkbox', 'data-flag': flag.id });
    box.checked = state.raised;
    const note = element('input', { type: 'text', placeholder: 'Evidence for raising it', maxlength: '20000',
      'aria-label': 'Evidence for ' + flag.title });
    note.value = state.note;
    note.hidden = !state.raised;
    const save = (delay) => scoring.outbox.put('flags/' + flag.id, { raised: state.raised, note: state.note }, delay);
    box.onchange = () => { state.raised = box.checked; note.hidden = !state.raised; save(0); };
    typing(note, (delay) => { state.note = note.value; save(delay); });
    return element('div', { class: 'flag' }, element('label', {}, box, ' ' + flag.title + ' (' + flag.severity.toLowerCase()
      + (entry.knockout ? ', knockout' : '') + ')'), note);
  }));

  const overall = scoring.outbox.pending('overall') || { recommendation: card.recommendation, summary: card.summary || '' };
  const saveOverall = (delay) => scoring.outbox.put('overall', { recommendation: overall.recommendation, summary: overall.summary },
    delay);
  $('recommendations').replaceChildren(...RECOMMENDATIONS.map(([value, label]) => {
    const radio = element('input', { type: 'radio', name: 'recommendation', value });
    radio.checked = overall.recommendation === value;
    radio.onchange = () => { overall.recommendation = value; saveOverall(0); };
    return element('label', {}, radio, ' ' + label);
  }));
  $('summary').value = overall.summary;
  typing($('summary'), (delay) => { overall.summary = $('summary').value; saveOverall(delay); });
  $('submit').hidden = readOnly();
  $('submitted').hidden = !readOnly();
  $('amending').hidden = card.status !== 'AMENDING';
  $('amending').textContent = card.status === 'AMENDING'
    ? 'Amending (' + card.amendReason + '): your submitted scorecard keeps counting until you submit again.' : '';
  renderPanel();
}

/** Co-panelists' submitted scores, item by item: readable only once this interviewer's own scorecard was submitted. */
async function renderPanel() {
  $('panel').hidden = true;
  if (scoring.card.revision === 0) return;
  const interviewId = scoring.interview.id;
  const answer = await call('GET', '/api/v1/interviews/' + interviewId + '/scorecards');
  if (answer.status !== 200 || !scoring || scoring.interview.id !== interviewId) return;
  const cards = answer.json.submitted;
  $('panel-head').replaceChildren(element('th', { text: 'Question' }),
    ...cards.map((card) => element('th', { class: 'num', text: card.interviewerName + (card.amended ? ' (amended)' : '') })));
  const scoreOf = (card, position) => {
    const item = card.items.find((candidate) => candidate.position === position);
    return !item ? '' : item.notAssessed ? 'n/a' : String(item.score);
  };
  $('panel-rows').replaceChildren(...scoring.interview.kit.items.map((kitItem) => element('tr', {},
    element('td', { text: kitItem.position + '. ' + kitItem.question.code }),
    ...cards.map((card) => element('td', { class: 'num', text: scoreOf(card, kitItem.position) })))),
  element('tr', {}, element('td', { text: 'Recommendation' }),
    ...cards.map((card) => element('td', { class: 'num', text: card.recommendation.replace('_', ' ').toLowerCase() }))));
  const waiting = answer.json.notYetSubmitted.length;
  $('panel-waiting').textContent = waiting ? waiting + ' panel member(s) have not submitted yet.' : 'Everyone on the panel has submitted.';
  $('panel').hidden = false;
}

/** Submits once every change is acknowledged; lists the problems the server finds, each leading to its question. */
async function submit() {
  const problems = $('submit-problems');
  problems.replaceChildren();
  $('submit').disabled = true;
  $('scorecard-form').disabled = true;
  try {
    if (!(await scoring.outbox.drained())) {
      problems.textContent = 'Some changes are not saved yet; submit once they are.';
      return;
    }
    const answer = await call('POST', '/api/v1/interviews/' + scoring.interview.id + '/scorecard/submit',
      { baseVersion: scoring.outbox.version }, { 'Idempotency-Key': crypto.randomUUID() });
    if (answer.status === 200) {
      scoring.card = answer.json;
      scoring.outbox.version = answer.json.version;
      return;
    }
    problems.append(element('p', { text: answer.json.detail || 'The scorecard could not be submitted.' }));
    problems.append(element('ul', {}, ...(answer.json.errors || []).map((error) =>
      element('li', {}, ...problemAt(error.field), ': ' + error.message))));
  } catch (e) {
    if (e instanceof SignedOut) {
      session.signOut();
      scoring = null;
      showLogin('Your session ended. Log in again to submit.');
      return;
    }
    problems.textContent = 'Offline: the scorecard was not submitted. Try again when the connection is back.';
  } finally {
    $('submit').disabled = false;
    if (scoring) {
      $('scorecard-form').disabled = readOnly();
      if (readOnly()) renderWrapUp();
    }
  }
}

/** Names what a submit problem is about in the page's terms, with a way to go there when it is a question. */
function problemAt(field) {
  const item = field.match(/^items\[(\d+)\]/);
  if (item) {
    const step = scoring.interview.kit.items.findIndex((kitItem) => kitItem.position === Number(item[1]));
    return [element('button', { type: 'button', class: 'link', text: 'Question ' + item[1],
      onclick: () => { scoring.step = step; renderStep(); } })];
  }
  const flag = field.match(/^flags\[([0-9a-f-]{36})\]/);
  const entry = flag && scoring.interview.kit.checklist.find((candidate) => candidate.redFlag.id === flag[1]);
  return [entry ? 'Red flag "' + entry.redFlag.title + '"' : field.charAt(0).toUpperCase() + field.slice(1)];
}

async function amend() {
  const reason = $('amend-reason').value.trim();
  if (!reason) {
    $('amend-reason').focus();
    return;
  }
  const answer = await call('POST', '/api/v1/interviews/' + scoring.interview.id + '/scorecard/amend',
    { reason, baseVersion: scoring.outbox.version }, { 'Idempotency-Key': crypto.randomUUID() });
  if (answer.status === 200) {
    scoring.card = answer.json;
    scoring.outbox.version = answer.json.version;
    $('amend-reason').value = '';
    renderStep();
  } else {
    $('submit-problems').textContent = answer.json.detail || 'The scorecard could not be reopened.';
  }
}

// ---- Wiring ------------------------------------------------------------------------------------------------------

async function route() {
  const match = location.hash.match(/^#\/interviews\/([0-9a-f-]{36})(?:\/(\d+))?$/);
  if (match) await showInterview(match[1], Number(match[2] || 0)); else await showList();
}

/** Logging out keeps unsent changes on the device (they go out at the next login) but asks first. */
function mayLogOut() {
  const waiting = scoring ? scoring.outbox.entries.length : 0;
  if (waiting && !window.confirm(waiting + ' change(s) are not saved yet. They stay on this device until you log in again. Log out?')) {
    return false;
  }
  outboxes.forEach((outbox) => { outbox.stopped = true; clearTimeout(outbox.timer); });
  scoring = null;
  return true;
}

document.addEventListener('DOMContentLoaded', () => {
  $('previous').onclick = () => { scoring.step -= 1; renderStep(); $('steps').querySelector('[aria-current="step"]').focus(); };
  $('next').onclick = () => { scoring.step += 1; renderStep(); $('steps').querySelector('[aria-current="step"]').focus(); };
  $('submit').onclick = submit;
  $('amend').onclick = amend;
  document.addEventListener('keydown', (event) => {
    const typingInField = ['INPUT', 'TEXTAREA'].includes(document.activeElement.tagName);
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    if (scoring && scoring.chooseScore && !typingInField && !modified && /^[1-4]$/.test(event.key)) {
      scoring.chooseScore(Number(event.key));
    }
  });
  window.addEventListener('online', () => outboxes.forEach((outbox) => outbox.flush()));
  startPage(route, mayLogOut);
});
