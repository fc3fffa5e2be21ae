import { defineAction } from '../action.ts';
import type { CareerDependencies } from '../../career/career-dependencies.ts';
import { dayIn } from '../../time/time-zone.ts';
import { listDocumentsArgs } from './args.ts';
import { listDocumentsPhrasing } from './phrasing.ts';

/**
 * `list_documents`: the stored letters, prep packs and tailored resumes, newest first.
 *
 * @example
 * registry line: makeListDocumentsAction(dependencies)
 */
export const makeListDocumentsAction = (dependencies: Pick<CareerDependencies, 'documents' | 'timeZone'>) =>
  defineAction({
    name: 'list_documents',
    description: 'List the stored cover letters, interview-prep packs and tailored resumes.',
    args: listDocumentsArgs,
    phrasing: listDocumentsPhrasing,
    approval: () => 'auto',
    readsOnly: true,
    async run(args) {
      const documents = await dependencies.documents.list({ kind: args.kind, limit: 50 });
      if (documents.length === 0) {
        return { ok: true, summary: args.kind ? `No ${args.kind.replace('_', ' ')} documents yet.` : 'No documents yet.', data: { count: 0 } };
      }
      // A letter's tone tells its versions apart ("… · confident") as much as its title does.
      const lines = documents.map(
        (document, index) => `${index + 1}. ${document.title}${document.tone ? ` · ${document.tone}` : ''} · ${dayIn(new Date(document.created_at), dependencies.timeZone)} [${document.id}]`,
      );
      return {
        ok: true,
        summary: `${documents.length} document${documents.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
        data: { count: documents.length, document_ids: documents.map((document) => document.id) },
      };
    },
  });
