import { newestOnly } from '../newest-only.ts';
import { placeText } from '../../../src/present/format-job.ts';
import type { JobDetail, JobSearchResponse, MatchResponse, RankedJob, SavedJobResponse } from '../../../src/protocol/api.ts';
import { writingButtons } from '../actions.ts';
import { api } from '../api.ts';
import { announce, formatDate, h, replace } from '../dom.ts';
import { exclusionsOf, leaveOutChoices } from '../leave-out.ts';
import { describeProblem } from '../problems.ts';

const lastSearchKey = 'jobpilot.jobs.search';

/** "$140,000–$170,000 a year", or null when the posting states no pay. */
export function salaryText(salary: RankedJob['salary']): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const money = (amount: number) =>
    salary.currency ? new Intl.NumberFormat(undefined, { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 }).format(amount) : amount.toLocaleString();
  const range = salary.min !== null && salary.max !== null && salary.min !== salary.max
    ? `${money(salary.min)}–${money(salary.max)}`
    : salary.min !== null ? `${salary.max === null ? 'from ' : ''}${money(salary.min)}` : `up to ${money(salary.max as number)}`;
  return salary.period ? `${range} a ${salary.period}` : range;
}

export const skillList = (kind: 'matched' | 'missing', skills: readonly string[]) =>
  skills.length ? h('p', { class: 'skills' }, h('span', { class: 'muted' }, kind === 'matched' ? 'You have: ' : 'Missing: '), skills.map((skill) => h('span', { class: `skill ${kind}` }, skill))) : null;

export const problemBox = (error: unknown) => {
  const problem = describeProblem(error);
  return h('div', { class: 'problem', role: 'alert' }, problem.message, problem.remedy ? h('p', { class: 'remedy' }, problem.remedy) : null);
};

/**
 * The Jobs screen: search the boards and the saved index with location, remote, company, a
 * yearly pay floor and what to leave out (agencies, contract roles, internships, senior roles), results as cards with the fit to the active resume (score, matched and missing
 * skills), sorted by relevance, fit or recency; save a job, see its match, write for it.
 */
export function jobsView(root: HTMLElement, go: (hash: string) => void): () => void {
  const last = JSON.parse(sessionStorage.getItem(lastSearchKey) ?? '{}') as Record<string, string>;
  const q = h('input', { id: 'q', type: 'search', name: 'q', value: last.q ?? '', placeholder: 'typescript, data engineer…' });
  const location = h('input', { id: 'location', type: 'text', name: 'location', value: last.location ?? '', placeholder: 'Berlin, Europe, USA…' });
  const company = h('input', { id: 'company', type: 'text', name: 'company', value: last.company ?? '' });
  const remote = h('input', { id: 'remote', type: 'checkbox', name: 'remote', checked: last.remote === 'true' });
  const minSalary = h('input', { id: 'min-salary', type: 'text', name: 'min_salary', autocomplete: 'off', value: last.minSalary ?? '', placeholder: '45000 or NOK 550 000' });
  const leftOut = new Set((last.leaveOut ?? '').split(',').filter(Boolean));
  const leaveOut = leaveOutChoices.map((choice) => ({
    key: choice.key,
    label: choice.label,
    input: h('input', { id: `jobs-${choice.key}`, type: 'checkbox', checked: leftOut.has(choice.key) }),
  }));
  const sort = h(
    'select',
    { id: 'sort', name: 'sort' },
    h('option', { value: 'relevance' }, 'Relevance'),
    h('option', { value: 'fit' }, 'Best fit'),
    h('option', { value: 'recent' }, 'Most recent'),
  );
  sort.value = last.sort ?? 'relevance';
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    h('div', { class: 'wide' }, h('label', { for: 'q' }, 'Keywords'), q),
    h('div', {}, h('label', { for: 'location' }, 'Location'), location),
    h('div', {}, h('label', { for: 'company' }, 'Company'), company),
    h('label', { class: 'check', for: 'remote' }, remote, 'Remote only'),
    h('div', {}, h('label', { for: 'min-salary' }, 'Pay at least (a year)'), minSalary),
    h('div', {}, h('label', { for: 'sort' }, 'Sort by'), sort),
    h(
      'fieldset',
      { class: 'leave-out wide' },
      h('legend', {}, 'Leave out'),
      leaveOut.map((choice) => h('label', { class: 'check', for: `jobs-${choice.key}` }, choice.input, choice.label)),
    ),
    h('button', { type: 'submit', class: 'primary' }, 'Search'),
  );
  const summary = h('div', { class: 'search-summary', role: 'status' });
  const results = h('ul', { class: 'results', 'aria-label': 'Results' });
  replace(root, h('h1', { class: 'visually-hidden' }, 'Jobs'), form, summary, results);
  let saved = new Set<string>();

  const card = (job: RankedJob) => {
    const panel = h('div', { class: 'panel' });
    const saveButton = h('button', { type: 'button', class: saved.has(job.id) ? '' : 'primary' }, saved.has(job.id) ? 'Saved' : 'Save');
    saveButton.disabled = saved.has(job.id);
    saveButton.addEventListener('click', async () => {
      saveButton.disabled = true;
      try {
        await api<SavedJobResponse>('/v1/saved-jobs', { body: { job_id: job.id } });
        saved.add(job.id);
        saveButton.textContent = 'Saved';
        saveButton.classList.remove('primary');
        announce(`Saved ${job.title} at ${job.company}`);
      } catch (error) {
        saveButton.disabled = false;
        panel.replaceChildren(problemBox(error));
      }
    });
    const matchButton = h('button', { type: 'button' }, 'Match details');
    matchButton.addEventListener('click', async () => {
      try {
        const match = await api<MatchResponse>('/v1/match', { body: { job_id: job.id } });
        panel.replaceChildren(
          h('p', {}, `Fit ${match.score}/100. `, h('a', { href: `#/resume/match/${job.id}` }, 'Full breakdown')),
          skillList('matched', match.matched.slice(0, 5)) ?? '',
          skillList('missing', match.missing.slice(0, 5)) ?? '',
        );
      } catch (error) {
        panel.replaceChildren(problemBox(error));
      }
    });
    const detailsButton = h('button', { type: 'button', 'aria-expanded': 'false' }, 'Description');
    detailsButton.addEventListener('click', async () => {
      if (detailsButton.getAttribute('aria-expanded') === 'true') {
        detailsButton.setAttribute('aria-expanded', 'false');
        panel.replaceChildren();
        return;
      }
      try {
        const detail = await api<JobDetail>(`/v1/jobs/${job.id}`);
        detailsButton.setAttribute('aria-expanded', 'true');
        panel.replaceChildren(h('div', { class: 'description' }, detail.description.split(/\n{2,}/).map((part) => h('p', {}, part))));
      } catch (error) {
        panel.replaceChildren(problemBox(error));
      }
    });
    const salary = salaryText(job.salary);
    return h(
      'li',
      { class: 'card job', 'data-job-id': job.id },
      h('h3', {}, h('a', { href: job.url, target: '_blank', rel: 'noreferrer noopener' }, job.title)),
      h('p', { class: 'meta' }, [job.company, placeText(job), salary, job.posted_at ? `posted ${formatDate(job.posted_at)}` : null].filter(Boolean).join(' · ')),
      job.fit
        ? h(
            'div',
            {},
            // "Not scored" for a posting that states nothing to compare (never a 0 meter); a knock-out named beside the figure.
            job.fit.scored === false
              ? h('p', { class: 'muted fit-not-scored' }, 'Fit: not scored (the posting states no requirements)')
              : h(
                  'div',
                  { class: 'fit' },
                  h('span', {}, 'Fit'),
                  h('meter', { min: 0, max: 100, low: 50, high: 75, optimum: 100, value: job.fit.score, 'aria-label': 'Fit score' }),
                  h('strong', { class: 'fit-score' }, `${job.fit.score}`),
                  ...(job.fit.knock_outs?.length ? [h('span', { class: 'knock-out' }, `knock-out: ${job.fit.knock_outs.join(', ')}`)] : []),
                ),
            h('div', { class: 'matched-skills' }),
            skillList('missing', job.fit.missing),
          )
        : h('p', { class: 'muted' }, 'No fit score yet: ', h('a', { href: '#/resume' }, 'upload a resume'), '.'),
      h('div', { class: 'buttons' }, saveButton, matchButton, detailsButton, ...writingButtons(job.id, panel)),
      panel,
    );
  };

  const beginSearch = newestOnly();
  async function search() {
    const current = beginSearch();
    const params = new URLSearchParams({ q: q.value.trim(), sort: sort.value, limit: '30' });
    if (location.value.trim()) params.set('location', location.value.trim());
    if (company.value.trim()) params.set('company', company.value.trim());
    if (remote.checked) params.set('remote', 'true');
    // A yearly floor as people type it: "45000", "45 000", "45.000" (a thousands dot) all mean 45,000.
    const floor = minSalary.value.replace(/[\s.,]/g, '');
    if (floor) params.set('min_salary', floor);
    const ticked = leaveOut.filter((choice) => choice.input.checked).map((choice) => choice.key);
    const exclusions = exclusionsOf(ticked);
    if (exclusions.exclude_agencies) params.set('exclude_agencies', 'true');
    if (exclusions.exclude_employment_type) params.set('exclude_employment_type', exclusions.exclude_employment_type.join(','));
    if (exclusions.exclude_seniority) params.set('exclude_seniority', exclusions.exclude_seniority.join(','));
    sessionStorage.setItem(
      lastSearchKey,
      JSON.stringify({ q: q.value, location: location.value, company: company.value, remote: String(remote.checked), sort: sort.value, minSalary: floor, leaveOut: ticked.join(',') }),
    );
    replace(summary, h('p', { class: 'muted' }, 'Searching the job boards…'));
    replace(results);
    results.setAttribute('aria-busy', 'true');
    delete results.dataset.sort;
    try {
      const [answer, tracker] = await Promise.all([
        api<JobSearchResponse>(`/v1/jobs/search?${params}`),
        api<{ saved_jobs: SavedJobResponse[] }>('/v1/saved-jobs').catch(() => ({ saved_jobs: [] })),
      ]);
      if (!current()) return;
      saved = new Set(tracker.saved_jobs.map((job) => job.job_id));
      replace(
        summary,
        h('p', {}, answer.note),
        answer.errors.length ? h('p', { class: 'notice' }, answer.errors.map((error) => `${error.label}: ${error.message}`).join(' ')) : null,
      );
      replace(results, answer.jobs.map(card));
      results.dataset.sort = sort.value;
      void fillMatchedSkills(answer.jobs.filter((job) => job.fit !== null), current);
      if (answer.jobs.length === 0) results.append(h('li', { class: 'muted' }, 'No jobs match. Try fewer keywords or another location.'));
      announce(answer.note);
    } catch (error) {
      if (current()) replace(summary, problemBox(error));
    } finally {
      if (current()) results.removeAttribute('aria-busy');
    }
  }

  /** The search's fit names only what is missing; each card's top matched skills come from its match, a few at a time. */
  async function fillMatchedSkills(jobs: RankedJob[], current: () => boolean) {
    const queue = [...jobs];
    const worker = async () => {
      // A newer search began: its own cards are filled by its own workers.
      for (let job = queue.shift(); job && current(); job = queue.shift()) {
        const slot = results.querySelector(`[data-job-id="${job.id}"] .matched-skills`);
        if (!slot) continue;
        const match = await api<MatchResponse>('/v1/match', { body: { job_id: job.id } }).catch(() => null);
        if (match) slot.replaceChildren(skillList('matched', match.matched.slice(0, 5)) ?? '');
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  sort.addEventListener('change', () => void search());
  if (last.q !== undefined) void search();
  q.focus();
  void go;
  return () => {};
}
