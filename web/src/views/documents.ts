import { newestOnly } from '../newest-only.ts';
import type { DocumentDetail, DocumentSummary } from '../../../src/protocol/api.ts';
import { api, download } from '../api.ts';
import { announce, formatDate, h, replace } from '../dom.ts';
import { renderMarkdown } from '../markdown.ts';
import { problemBox } from './jobs.ts';

const kindNames: Record<DocumentSummary['kind'], string> = { cover_letter: 'Cover letter', interview_prep: 'Interview prep', resume: 'Tailored resume' };

/**
 * The Documents screen: the letters and prep packs jobpilot wrote, one rendered with what the
 * grounding check removed or replaced, and PDF, DOCX and Markdown downloads.
 */
export function documentsView(root: HTMLElement, documentId: string | undefined): () => void {
  const kind = h('select', { id: 'kind', 'aria-label': 'Kind' }, h('option', { value: '' }, 'All kinds'), Object.entries(kindNames).map(([value, name]) => h('option', { value }, name)));
  const list = h('ul', { class: 'versions', 'aria-label': 'Documents' });
  const view = h('article', { class: 'document' });
  replace(root, h('h1', {}, 'Documents'), h('div', { class: 'two' }, h('div', {}, kind, list), view));

  async function open(id: string, current: () => boolean) {
    try {
      const detail = await api<DocumentDetail>(`/v1/documents/${id}`);
      // The kind changed again meanwhile: the newer list opens its own first document.
      if (!current()) return;
      const downloads = (['pdf', 'docx', 'md'] as const).map((format) =>
        h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              try {
                const file = await download(`/v1/documents/${id}/export?format=${format}`);
                const url = URL.createObjectURL(file.blob);
                const link = h('a', { href: url, download: file.filename, hidden: true });
                document.body.append(link);
                link.click();
                link.remove();
                setTimeout(() => URL.revokeObjectURL(url), 10_000);
                announce(`Downloaded ${file.filename}`);
              } catch (error) {
                view.append(problemBox(error));
              }
            },
          },
          `Download ${format === 'md' ? 'Markdown' : format.toUpperCase()}`,
        ),
      );
      replace(
        view,
        h('h2', {}, detail.title),
        h('p', { class: 'muted' }, `${kindNames[detail.kind]}${detail.tone ? ` · ${detail.tone} tone` : ''} · ${formatDate(detail.created_at, true)}`, detail.job_id ? [' · ', h('a', { href: `#/resume/match/${detail.job_id}` }, 'match for this job')] : null),
        h('div', { class: 'buttons' }, downloads),
        h('div', { class: 'rendered' }, renderMarkdown(detail.content)),
        h(
          'section',
          { class: 'grounding', 'aria-label': 'What grounding changed' },
          h('h3', {}, 'What the grounding check changed'),
          detail.changes.length === 0
            ? h('p', { class: 'muted' }, 'Nothing: every claim is backed by the resume or the posting.')
            : h(
                'ul',
                {},
                detail.changes.map((change) =>
                  h('li', {}, h('strong', {}, change.action === 'replaced' ? 'Replaced ' : 'Removed '), `“${change.claim}” (${change.kind})`, change.replacement ? ` with “${change.replacement}”` : '', `: ${change.reason}`),
                ),
              ),
        ),
      );
      for (const item of list.querySelectorAll('li')) item.classList.toggle('active', item.dataset.id === id);
    } catch (error) {
      if (current()) replace(view, problemBox(error));
    }
  }

  const beginLoad = newestOnly();
  async function load() {
    const current = beginLoad();
    try {
      const { documents } = await api<{ documents: DocumentSummary[] }>(`/v1/documents?limit=200${kind.value ? `&kind=${kind.value}` : ''}`);
      if (!current()) return;
      replace(
        list,
        documents.length === 0 ? h('li', { class: 'muted' }, 'No documents yet: write a cover letter or prep pack from a job card on the Jobs or Tracker screen, or ask in Chat.') : null,
        documents.map((document) =>
          h('li', { class: 'card', 'data-id': document.id }, h('a', { href: `#/documents/${document.id}` }, document.title), h('p', { class: 'muted' }, `${kindNames[document.kind]}${document.tone ? ` · ${document.tone} tone` : ''} · ${formatDate(document.created_at)}`)),
        ),
      );
      const chosen = documentId ?? documents[0]?.id;
      if (chosen) await open(chosen, current);
    } catch (error) {
      if (current()) replace(list, h('li', {}, problemBox(error)));
    }
  }

  kind.addEventListener('change', () => void load());
  void load();
  return () => {};
}
