'use strict';
// Interview prep on the scoring page, on top of tally.js: who the candidate is, what the recruiter noted, the kit's
// questions with their time boxes, and a timer per question against its box (started and paused by hand).

/** Elapsed time per interview and question position, for the life of the page: leaving a question keeps its clock. */
const timers = new Map();

function timerOf(interviewId, position) {
  const key = interviewId + '/' + position;
  if (!timers.has(key)) timers.set(key, { elapsed: 0, startedAt: null });
  return timers.get(key);
}

const elapsedOf = (timer) => timer.elapsed + (timer.startedAt ? Date.now() - timer.startedAt : 0);
const clock = (ms) => Math.floor(ms / 60000) + ':' + String(Math.floor((ms % 60000) / 1000)).padStart(2, '0');

/** One question's timer: the time spent against its box, and a button to start or pause it. */
function timerControl(interviewId, kitItem) {
  const timer = timerOf(interviewId, kitItem.position);
  const display = element('span', { class: 'timer', 'data-timer': interviewId + '/' + kitItem.position,
    'data-box': String(kitItem.timeBoxMinutes) });
  const button = element('button', { type: 'button', class: 'secondary timer-toggle' });
  const label = () => {
    button.textContent = (timer.startedAt ? 'Pause' : elapsedOf(timer) ? 'Resume' : 'Start') + ' timer';
    button.setAttribute('aria-label', button.textContent + ' for question ' + kitItem.position);
  };
  button.onclick = () => {
    if (timer.startedAt) {
      timer.elapsed = elapsedOf(timer);
      timer.startedAt = null;
    } else {
      timer.startedAt = Date.now();
    }
    document.querySelectorAll('.timer-toggle[data-position="' + kitItem.position + '"]').forEach((other) => other.refresh());
    tick();
  };
  button.dataset.position = String(kitItem.position);
  button.refresh = label;
  label();
  tick(display);
  return element('span', { class: 'actions' }, display, button);
}

function tick(only) {
  (only ? [only] : document.querySelectorAll('.timer[data-timer]')).forEach((display) => {
    const [interviewId, position] = display.dataset.timer.split('/');
    const spent = elapsedOf(timerOf(interviewId, Number(position)));
    const box = Number(display.dataset.box) * 60000;
    const over = spent > box;
    display.textContent = clock(spent) + ' of ' + clock(box) + (over ? ' · ' + clock(spent - box) + ' over' : '');
    display.classList.toggle('over', over);
  });
}

setInterval(() => tick(), 1000);

/** What the interviewer prepares from; the link is a link only when it is http or https, the notes are text. */
function renderPrep(interview) {
  const link = interview.candidateLink && /^https?:\/\//i.test(interview.candidateLink)
    ? element('a', { href: interview.candidateLink, rel: 'noopener noreferrer', target: '_blank', text: interview.candidateLink })
    : interview.candidateLink;
  const facts = [['Candidate', interview.candidateName], ['Opening', interview.openingTitle], ['Stage', interview.stageName],
    ['When', new Date(interview.scheduledAt).toLocaleString() + (interview.durationMinutes ? ' · ' + interview.durationMinutes + ' min' : '')],
    ['Where', interview.location], ['Résumé or profile', link], ['Recruiter notes', interview.candidateNotes]]
    .filter(([, value]) => value);
  $('prep-facts').replaceChildren(...facts.flatMap(([term, value]) => [element('dt', { text: term }),
    element('dd', { class: term === 'Recruiter notes' ? 'notes' : '' }, value)]));
  $('prep-questions').replaceChildren(...interview.kit.items.map((kitItem) => element('li', {},
    element('span', { text: kitItem.question.text + ' (' + kitItem.timeBoxMinutes + ' min)' }), ' ',
    timerControl(interview.id, kitItem))));
}
