'use strict';
// The caller's home, on top of tally.js: one section per role held, each with what that role does next.

const when = (instant) => new Date(instant).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

/** A list of cards, or its "nothing here" line when empty. */
function fill(list, items, card) {
  $(list).replaceChildren(...items.map((item) => element('li', {}, ...card(item))));
  $(list + '-empty').hidden = items.length > 0;
}

async function interviewerHome() {
  const answer = await call('GET', '/api/v1/interviews?mine=true&pending=true&size=50');
  fill('my-interviews', answer.json.items || [], (interview) => [element('strong', { text: interview.candidateName }),
    ' · ' + interview.stageName + ' · ' + interview.openingTitle, element('br'),
    element('small', { text: when(interview.scheduledAt) + ' · your scorecard: ' + (words(interview.myScorecardStatus) || 'Not started') }),
    ' ', element('a', { href: '/app/score.html#/interviews/' + interview.id, text: 'Score',
      'aria-label': 'Score ' + interview.candidateName + ', ' + interview.stageName })]);
}

const openingCard = (opening) => [element('a', { href: '/app/openings.html#/openings/' + opening.id, text: opening.title }),
  ' · ' + opening.candidateCount + ' candidate(s)'
    + (opening.awaitingDecisionCount ? ' · ' + opening.awaitingDecisionCount + ' awaiting decision' : '')
    + ' · hiring manager ' + opening.hiringManagerName,
  ' · ', element('a', { href: '/app/reports.html#/openings/' + opening.id, text: 'Report',
    'aria-label': 'Report on ' + opening.title })];

async function recruiterHome() {
  const [openings, missing] = await Promise.all([call('GET', '/api/v1/openings?status=OPEN&size=50'),
    call('GET', '/api/v1/interviews?missingScorecards=true&size=50')]);
  fill('open-openings', openings.json.items || [], openingCard);
  fill('missing-scorecards', missing.json.items || [], (interview) => [
    element('a', { href: '/app/candidates.html#/candidates/' + interview.candidateId, text: interview.candidateName }),
    ' · ' + interview.stageName + ' · ' + when(interview.scheduledAt) + ' · ' + interview.submittedCount + ' of '
      + interview.panelSize + ' scorecards submitted']);
}

async function managerHome() {
  const [openings, waiting] = await Promise.all([call('GET', '/api/v1/openings?size=50'),
    call('GET', '/api/v1/candidates?awaitingDecision=true&size=50')]);
  const mine = (openings.json.items || []).filter((opening) => opening.hiringManagerId === shell.me.id);
  fill('my-openings', mine, openingCard);
  const ownOpenings = new Set(mine.map((opening) => opening.id));
  fill('awaiting-decision', (waiting.json.items || []).filter((candidate) => ownOpenings.has(candidate.openingId)), (candidate) => [
    element('a', { href: '/app/reports.html#/candidates/' + candidate.id + '?opening=' + candidate.openingId,
      text: candidate.name }), ' · ',
    element('a', { href: '/app/candidates.html#/candidates/' + candidate.id, text: 'Decide',
      'aria-label': 'Decide on ' + candidate.name })]);
}

async function adminHome() {
  const [users, organisations] = await Promise.all([call('GET', '/api/v1/users?size=1'), call('GET', '/api/v1/organisations?size=50')]);
  $('people-count').textContent = (users.json.totalItems ?? 0) + ' people in ' + shell.me.organisation.name + '.';
  $('organisation').replaceChildren(element('dt', { text: 'Organisation' }), element('dd', { text: shell.me.organisation.name }),
    element('dt', { text: 'Since' }), element('dd', { text: new Date(shell.me.organisation.createdAt).toLocaleDateString() }));
  // Only the server's primary organisation may list the others (an agency's clients); for the others it is refused.
  $('organisations').hidden = organisations.status !== 200;
  if (organisations.status === 200) {
    $('organisation-list').replaceChildren(...organisations.json.items.map((organisation) => element('li', { text: organisation.name })));
  }
}

async function complianceHome() {
  const openings = await call('GET', '/api/v1/fairness/openings?size=50');
  fill('fairness-openings', openings.json.items || [], (opening) => [element('a', {
    href: '/app/fairness.html#/?opening=' + opening.id, text: opening.title }), ' · ' + words(opening.status)]);
}

const SECTIONS = [['INTERVIEWER', 'interviewer-home', interviewerHome], ['RECRUITER', 'recruiter-home', recruiterHome],
  ['HIRING_MANAGER', 'manager-home', managerHome], ['ADMIN', 'admin-home', adminHome],
  ['COMPLIANCE', 'compliance-home', complianceHome]];

async function route() {
  show('home-view');
  status('');
  $('context').textContent = '';
  $('home-title').textContent = 'Welcome, ' + shell.me.name;
  const held = SECTIONS.filter(([role]) => hasRole(role));
  SECTIONS.forEach(([, id]) => { $(id).hidden = !held.some(([, heldId]) => heldId === id); });
  await Promise.all(held.map(([, , load]) => load()));
}

document.addEventListener('DOMContentLoaded', () => startPage(route));
