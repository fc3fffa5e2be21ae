import type { JobDetail, MatchResponse, ResumeDetail, ResumeResponse, ResumeUploadResponse, SavedJobResponse } from '../../../src/protocol/api.ts';
import { runAction } from '../actions.ts';
import { api, upload } from '../api.ts';
import { announce, type Child, formatDate, h, replace } from '../dom.ts';
import { newestOnly } from '../newest-only.ts';
import { problemBox, skillList } from './jobs.ts';

type JsonResume = ResumeResponse['resume'];

const fieldList = (pairs: [string, Child][]) => {
  const shown = pairs.filter(([, value]) => value !== undefined && value !== null && value !== '');
  return shown.length ? h('dl', { class: 'fields' }, shown.map(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])) : null;
};

/** What the importer read, laid out for checking: the person, work, education, skills and the rest. */
function parsedResume(resume: JsonResume): HTMLElement {
  const basics = resume.basics ?? {};
  const location = basics.location ? [basics.location.city, basics.location.region, basics.location.countryCode].filter(Boolean).join(', ') : '';
  const dates = (entry: { startDate?: string; endDate?: string }) => [entry.startDate, entry.endDate || (entry.startDate ? 'present' : '')].filter(Boolean).join(' – ');
  return h(
    'div',
    { class: 'parsed' },
    h('h3', {}, basics.name || 'No name found'),
    fieldList([
      ['Headline', basics.label],
      ['Email', basics.email],
      ['Phone', basics.phone],
      ['Location', location],
      ['Website', basics.url],
    ]),
    resume.work?.length
      ? [h('h4', {}, 'Work'), h('ul', {}, resume.work.map((job) => h('li', {}, h('strong', {}, job.position || '(no title)'), ` at ${job.name || '(no company)'}`, dates(job) ? ` · ${dates(job)}` : '', job.highlights?.length ? h('ul', {}, job.highlights.map((line) => h('li', {}, line))) : null)))]
      : h('p', { class: 'muted' }, 'No work history found.'),
    resume.education?.length ? [h('h4', {}, 'Education'), h('ul', {}, resume.education.map((school) => h('li', {}, [school.studyType, school.area].filter(Boolean).join(' in ') || '(no degree)', school.score ? `, ${school.score}` : '', ` · ${school.institution ?? ''}`, dates(school) ? ` · ${dates(school)}` : '')))] : null,
    resume.skills?.length ? [h('h4', {}, 'Skills'), skillsRead(resume.skills)] : h('p', { class: 'muted' }, 'No skills found.'),
    resume.certificates?.length ? [h('h4', {}, 'Certificates'), h('ul', {}, resume.certificates.map((certificate) => h('li', {}, certificate.name ?? '')))] : null,
    resume.languages?.length ? [h('h4', {}, 'Languages'), h('p', {}, resume.languages.map((language) => [language.language, language.fluency].filter(Boolean).join(' (') + (language.fluency ? ')' : '')).join(', '))] : null,
  );
}

/**
 * The skills as read: a group ("CAD Software") with its keywords as chips beside its name, so a
 * person sees that CATIA V5 and SolidWorks were read, not only the group's name; lone skills as chips.
 */
function skillsRead(skills: NonNullable<JsonResume['skills']>): Child[] {
  const groups = skills.filter((skill) => skill.keywords?.length);
  const lone = skills.filter((skill) => !skill.keywords?.length);
  const chip = (name: string) => h('span', { class: 'skill' }, name);
  return [
    groups.length ? h('dl', { class: 'fields skill-groups' }, groups.map((group) => [h('dt', {}, group.name ?? ''), h('dd', {}, (group.keywords ?? []).map(chip))])) : null,
    lone.length ? h('p', {}, lone.map((skill) => chip(skill.name ?? ''))) : null,
  ];
}

/** The match as a chart: the total, each component as a bar, the skills found and missing, and advice. */
export function matchChart(match: MatchResponse): HTMLElement {
  const bar = (name: string, component: { score: number | null; weight: number }) =>
    h(
      'div',
      { class: 'bar' },
      h('span', {}, name),
      component.score === null ? h('span', { class: 'muted' }, 'not judged') : h('meter', { min: 0, max: 100, low: 50, high: 75, optimum: 100, value: component.score, 'aria-label': `${name} score` }),
      h('span', {}, component.score === null ? '—' : `${Math.round(component.score)}`),
    );
  const { skills, experience, seniority, keywords } = match.breakdown;
  return h(
    'section',
    { class: 'match card', 'aria-label': 'Match' },
    h('h3', {}, 'Fit ', h('strong', { class: 'match-score' }, `${match.score}`), '/100'),
    bar('Skills', skills),
    bar('Experience', experience),
    bar('Seniority', seniority),
    bar('Keywords', keywords),
    skillList('matched', match.matched),
    skillList('missing', match.missing),
    match.conditions?.length ? [h('h4', {}, 'Other requirements'), h('ul', {}, match.conditions.map((condition) => h('li', {}, condition.requirement, condition.shown_by ? ' — shown' : ' — not shown on the resume', condition.optional ? ' (optional)' : '')))] : null,
    match.advice.length ? [h('h4', {}, 'Advice'), h('ul', { class: 'advice' }, match.advice.map((line) => h('li', {}, line)))] : null,
    match.explanation?.length ? h('details', {}, h('summary', {}, 'How the score was reached'), h('ul', {}, match.explanation.map((line) => h('li', {}, line)))) : null,
  );
}

/**
 * What looks misread, each with a field to type the right value in (sent as the warning's
 * PATCH body, its "…" replaced) and the chat sentence that does the same.
 */
function readingChecks(resume: ResumeDetail, corrected: () => void): HTMLElement | null {
  const warnings = resume.warnings ?? [];
  if (warnings.length === 0) return null;
  return h(
    'section',
    { class: 'notice reading-checks', 'aria-label': 'Please check' },
    h('h3', {}, `Please check (${warnings.length})`),
    h(
      'ul',
      {},
      warnings.map((warning) => {
        const blanks = JSON.stringify(warning.correction.patch).split('…').length - 1;
        const inputs = Array.from({ length: blanks }, (_, index) => h('input', { type: 'text', required: true, 'aria-label': `${warning.field} value ${index + 1}`, placeholder: /Date/.test(warning.field) ? 'YYYY or YYYY-MM' : '' }));
        const panel = h('div', { class: 'panel' });
        const form = h('form', { class: 'inline' }, inputs, h('button', { type: 'submit' }, blanks > 0 ? 'Correct' : 'Apply'), panel);
        form.addEventListener('submit', async (event) => {
          event.preventDefault();
          let next = 0;
          // Each "…" in the body is the value typed in the next field; JSON-escaped as it goes in.
          const body = JSON.parse(JSON.stringify(warning.correction.patch).replace(/…/g, () => JSON.stringify(inputs[next++]?.value.trim() ?? '').slice(1, -1))) as unknown;
          try {
            await api(`/v1/resumes/${resume.id}`, { method: 'PATCH', body });
            announce(`Corrected ${warning.field}`);
            corrected();
          } catch (error) {
            replace(panel, problemBox(error));
          }
        });
        return h('li', { 'data-code': warning.code }, h('p', {}, warning.message), h('p', { class: 'muted' }, 'In chat: ', h('q', {}, warning.correction.chat)), form);
      }),
    ),
  );
}

/**
 * The Resume screen: upload (PDF, DOCX, Markdown, text, JSON Resume) and check what was read,
 * the versions with the active one marked (choose another), and the match against a saved job
 * or a pasted posting.
 */
export function resumeView(root: HTMLElement, argument: string | undefined): () => void {
  const matchJob = argument?.startsWith('match/') ? argument.slice('match/'.length) : undefined;
  const file = h('input', { id: 'resume-file', type: 'file', accept: '.pdf,.docx,.md,.markdown,.txt,.json,application/pdf,text/markdown,text/plain,application/json', required: true });
  const label = h('input', { id: 'resume-label', type: 'text', maxlength: 100, placeholder: 'e.g. backend' });
  const uploadForm = h(
    'form',
    { class: 'card upload' },
    h('h2', {}, 'Upload a resume'),
    h('label', { for: 'resume-file' }, 'File (PDF, DOCX, Markdown, text or JSON Resume, up to 10 MB)'),
    file,
    h('label', { for: 'resume-label' }, 'Label (optional)'),
    label,
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Upload')),
  );
  const uploadButton = uploadForm.querySelector('button[type="submit"]') as HTMLButtonElement;
  const versions = h('ul', { class: 'versions', 'aria-label': 'Resume versions' });
  const detail = h('section', { class: 'card resume-detail', 'aria-label': 'What was read' });
  const jobChoice = h('select', { id: 'match-job', 'aria-label': 'Saved job' });
  const pasted = h('textarea', { id: 'match-text', rows: 4, placeholder: 'Paste the posting here' });
  const matchForm = h('form', { class: 'card match-form' }, h('h2', {}, 'Match against a job'), h('label', { for: 'match-job' }, 'A saved job'), jobChoice, h('label', { for: 'match-text' }, 'Or a posting, pasted'), pasted, h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Match')));
  const matchResult = h('div', { class: 'match-result', role: 'status' });
  replace(root, h('h1', {}, 'Resume'), h('div', { class: 'two' }, h('div', {}, uploadForm, h('h2', {}, 'Versions'), versions), h('div', {}, detail, matchForm, matchResult)));

  // Each of the three panes shows its newest request's answer: a slower, older one (the list
  // read as the screen opened, a version viewed before another) is dropped, not drawn over it.
  const beginShow = newestOnly();
  const beginVersions = newestOnly();
  const beginMatch = newestOnly();

  async function show(id: string) {
    const current = beginShow();
    try {
      const resume = await api<ResumeDetail>(`/v1/resumes/${id}`);
      if (!current()) return;
      replace(
        detail,
        h('h2', {}, `What was read from ${resume.filename ?? resume.label}`),
        h('p', { class: 'muted' }, `${resume.label} · ${resume.format} · ${formatDate(resume.created_at, true)}${resume.active ? ' · active' : ''}`),
        readingChecks(resume, () => void show(id)),
        parsedResume(resume.resume),
        h('details', {}, h('summary', {}, 'The text it was read from'), h('pre', {}, resume.raw_text)),
        h('p', { class: 'muted' }, 'Something misread? Say it in Chat ("my title at Acme was Staff Engineer").'),
      );
    } catch (error) {
      if (current()) replace(detail, problemBox(error));
    }
  }

  async function loadVersions(showId?: string) {
    const current = beginVersions();
    try {
      const { resumes } = await api<{ resumes: ResumeResponse[] }>('/v1/resumes');
      if (!current()) return;
      replace(
        versions,
        resumes.length === 0 ? h('li', { class: 'muted' }, 'No resume yet.') : null,
        resumes.map((resume) => {
          const panel = h('div', { class: 'panel' });
          const use = h('button', { type: 'button' }, 'Make active');
          use.addEventListener('click', async () => {
            use.disabled = true;
            const outcome = await runAction(`use resume ${resume.id}`, panel);
            if (outcome.ok) {
              announce(`${resume.label} is now the active resume`);
              await loadVersions(resume.id);
            } else use.disabled = false;
          });
          // Deleting is asked again in place; the newest version left becomes active when this one was.
          const remove = h('button', { type: 'button', class: 'danger' }, 'Delete');
          const buttons = h('div', { class: 'buttons' }, h('button', { type: 'button', onclick: () => void show(resume.id) }, 'View'), resume.active ? null : use, remove);
          remove.addEventListener('click', () => {
            const confirmDelete = h('button', { type: 'button', class: 'danger' }, 'Delete it');
            const question = h(
              'div',
              { class: 'inline-form', role: 'group', 'aria-label': 'Confirm deletion' },
              h('span', {}, `Delete “${resume.label}”?${resume.active ? ' The newest version left becomes the active one.' : ''} Letters and prep packs written from it stay.`),
              confirmDelete,
              h('button', { type: 'button', onclick: () => void loadVersions() }, 'Cancel'),
            );
            confirmDelete.addEventListener('click', async () => {
              confirmDelete.disabled = true;
              try {
                await api<ResumeResponse>(`/v1/resumes/${resume.id}`, { method: 'DELETE' });
                announce(`Deleted ${resume.label}`);
                replace(detail);
                await loadVersions();
              } catch (error) {
                confirmDelete.disabled = false;
                question.append(problemBox(error));
              }
            });
            replace(buttons, question);
            confirmDelete.focus();
          });
          return h(
            'li',
            { class: `card${resume.active ? ' active' : ''}`, 'data-id': resume.id },
            h('strong', {}, resume.label),
            resume.active ? h('span', { class: 'badge' }, 'active') : null,
            h('p', { class: 'muted' }, `${resume.format} · ${formatDate(resume.created_at, true)}${resume.job_id ? ' · tailored' : ''}`),
            buttons,
            panel,
          );
        }),
      );
      const chosen = showId ?? resumes.find((resume) => resume.active)?.id;
      if (chosen) await show(chosen);
      // Nothing to show yet, unless an upload already took the pane (its "Reading…", or its problem).
      else if (!detail.hasChildNodes()) replace(detail, h('p', { class: 'muted' }, 'Upload a resume to see what jobpilot reads from it.'));
    } catch (error) {
      if (current()) replace(versions, h('li', {}, problemBox(error)));
    }
  }

  async function loadJobs() {
    const { saved_jobs: jobs } = await api<{ saved_jobs: SavedJobResponse[] }>('/v1/saved-jobs').catch(() => ({ saved_jobs: [] as SavedJobResponse[] }));
    replace(jobChoice, h('option', { value: '' }, jobs.length ? 'Choose a saved job' : 'No saved jobs'), jobs.map((job) => h('option', { value: job.job_id }, `${job.title} — ${job.company}`)));
    // A job opened from Jobs that is not saved: named by its title and company, as the saved ones are, never by its id.
    if (matchJob && !jobs.some((job) => job.job_id === matchJob)) {
      const opened = await api<Pick<JobDetail, 'title' | 'company'>>(`/v1/jobs/${encodeURIComponent(matchJob)}`).catch(() => null);
      jobChoice.append(h('option', { value: matchJob }, opened ? `${opened.title} — ${opened.company} (not saved)` : 'The job you opened (not saved)'));
    }
    if (matchJob) {
      jobChoice.value = matchJob;
      await match();
    }
  }

  async function match() {
    const body = pasted.value.trim() ? { job_text: pasted.value.trim() } : jobChoice.value ? { job_id: jobChoice.value } : null;
    if (!body) {
      replace(matchResult, h('p', { class: 'notice' }, 'Choose a saved job or paste a posting.'));
      return;
    }
    const current = beginMatch();
    try {
      const answer = await api<MatchResponse>('/v1/match', { body });
      if (current()) replace(matchResult, matchChart(answer));
    } catch (error) {
      if (current()) replace(matchResult, problemBox(error));
    }
  }

  uploadForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    // Upload pressed again while the file is read: one version, not two.
    if (!chosen || uploadButton.disabled) return;
    uploadButton.disabled = true;
    const params = new URLSearchParams({ filename: chosen.name });
    if (label.value.trim()) params.set('label', label.value.trim());
    // The pane is the upload's now: a version being viewed answers too late to take it back.
    beginShow();
    replace(detail, h('p', { class: 'muted' }, `Reading ${chosen.name}…`));
    try {
      const resume = await upload<ResumeUploadResponse>(`/v1/resumes?${params}`, chosen);
      const kept = resume.kept_corrections ?? [];
      announce(`Read ${chosen.name}; it is now the active resume${kept.length ? `. Kept your corrections: ${kept.map((each) => each.description).join('; ')}` : ''}`);
      uploadForm.reset();
      await loadVersions(resume.id);
    } catch (error) {
      replace(detail, problemBox(error));
    } finally {
      uploadButton.disabled = false;
    }
  });
  matchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void match();
  });

  void loadVersions();
  void loadJobs();
  return () => {};
}
