'use strict';
// Interviews, on top of tally.js: an interviewer's own, one click from scoring; recruiters and admins see every one,
// filtered by opening and by what is still missing.

const when = (instant) => new Date(instant).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
const FLAGS = ['mine', 'pending', 'missingScorecards', 'includeCancelled'];
const seesAll = () => hasRole('ADMIN', 'RECRUITER', 'HIRING_MANAGER');

async function showInterviews(query) {
  const page = Number(query.get('page') || 0);
  const mine = !seesAll() || query.get('mine') === 'true';
  const filters = new URLSearchParams({ page: String(page), size: '25' });
  if (mine) filters.set('mine', 'true');
  FLAGS.slice(1).filter((name) => query.get(name) === 'true').forEach((name) => filters.set(name, 'true'));
  if (query.get('openingId')) filters.set('openingId', query.get('openingId'));
  const [answer, openings] = await Promise.all([call('GET', '/api/v1/interviews?' + filters),
    seesAll() ? call('GET', '/api/v1/openings?size=100') : null]);
  show('interviews-view');
  $('context').textContent = '';
  const form = $('interviews-query');
  $('mine-choice').hidden = !seesAll() || !hasRole('INTERVIEWER');
  $('staff-filters').hidden = !seesAll();
  $('interviews-title').textContent = mine ? 'My interviews' : 'Interviews';
  if (openings) {
    form.elements.openingId.replaceChildren(element('option', { value: '', text: 'Any' }),
      ...(openings.json.items || []).map((opening) => element('option', { value: opening.id, text: opening.title })));
  }
  FLAGS.forEach((name) => { form.elements[name].checked = query.get(name) === 'true'; });
  form.elements.openingId.value = query.get('openingId') || '';
  if (answer.status !== 200) {
    status(answer.json.detail || 'Interviews cannot be listed.', 'failed');
    return;
  }
  const items = answer.json.items;
  $('interviews-list').replaceChildren(...items.map((interview) => {
    const onPanel = interview.myScorecardStatus !== null && interview.myScorecardStatus !== undefined;
    const cancelled = interview.status === 'CANCELLED';
    return element('li', {},
      seesAll() ? element('a', { href: '/app/candidates.html#/candidates/' + interview.candidateId, text: interview.candidateName })
        : element('strong', { text: interview.candidateName }),
      ' · ' + interview.stageName + ' · ' + interview.openingTitle, element('br'),
      element('small', { text: [when(interview.scheduledAt), interview.durationMinutes ? interview.durationMinutes + ' min' : null,
        interview.location, interview.submittedCount + ' of ' + interview.panelSize + ' scorecards submitted',
        onPanel ? 'your scorecard: ' + words(interview.myScorecardStatus) : null, cancelled ? 'Cancelled' : null]
        .filter(Boolean).join(' · ') }),
      onPanel && !cancelled ? element('span', {}, ' ', element('a', { href: '/app/score.html#/interviews/' + interview.id,
        text: 'Score', 'aria-label': 'Score ' + interview.candidateName + ', ' + interview.stageName })) : '');
  }));
  $('interviews-empty').hidden = items.length > 0;
  pager('interviews', page, answer.json.totalPages, answer.json.totalItems + ' interview(s)', (to) => {
    query.set('page', String(to));
    return '#/?' + query;
  });
}

document.addEventListener('DOMContentLoaded', () => {
  $('interviews-query').onsubmit = (event) => {
    event.preventDefault();
    const form = $('interviews-query');
    const query = new URLSearchParams();
    FLAGS.filter((name) => form.elements[name].checked).forEach((name) => query.set(name, 'true'));
    if (form.elements.openingId.value) query.set('openingId', form.elements.openingId.value);
    location.hash = '#/?' + query;
  };
  startPage(() => showInterviews(new URLSearchParams(location.hash.split('?')[1] || '')));
});
