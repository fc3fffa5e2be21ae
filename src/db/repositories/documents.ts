import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { DocumentKind } from '../../protocol/vocabulary.ts';
import { queryTerms } from './job-search-text.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';

/** A change the grounding check made to a generated document. */
export interface GroundingChange {
  kind: string;
  claim: string;
  action: string;
  reason: string;
}

export interface DocumentRecord {
  id: string;
  kind: DocumentKind;
  title: string;
  job_id: string | null;
  resume_id: string | null;
  content: string;
  changes: GroundingChange[];
  /** A cover letter's tone (professional, enthusiastic, confident, concise); null for other kinds and older letters. */
  tone: string | null;
  /** The document this one is a revision of ("make it shorter"); null for a first version. */
  revision_of: string | null;
  created_at: string;
}

interface DocumentRow extends Omit<DocumentRecord, 'created_at'> {
  created_at: Date;
}

const columns = 'id, kind, title, job_id, resume_id, content, changes, tone, revision_of, created_at';
const toRecord = (row: DocumentRow): DocumentRecord => ({ ...row, created_at: row.created_at.toISOString() });

/** `doc_` and 10 hex characters. */
export const newDocumentId = (): string => `doc_${randomBytes(5).toString('hex')}`;

/**
 * Generated documents (cover letters, interview-prep packs, tailored resumes) as Markdown,
 * listed and searchable; threads keep only their ids.
 *
 * @example
 * const documents = documentsRepository(pool);
 * const letter = await documents.add({ kind: 'cover_letter', title: 'Cover letter — Acme', content, jobId, resumeId, changes: [] });
 */
export function documentsRepository(pool: pg.Pool, owner: string = DEFAULT_OWNER) {
  return {
    async add(input: {
      kind: DocumentKind;
      title: string;
      content: string;
      jobId: string | null;
      resumeId: string | null;
      changes: GroundingChange[];
      tone?: string | null | undefined;
      revisionOf?: string | null | undefined;
    }): Promise<DocumentRecord> {
      const { rows } = await pool.query<DocumentRow>(
        `INSERT INTO documents (id, owner, kind, title, job_id, resume_id, content, changes, tone, revision_of)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${columns}`,
        [
          newDocumentId(),
          owner,
          input.kind,
          input.title,
          input.jobId,
          input.resumeId,
          input.content,
          JSON.stringify(input.changes),
          input.tone ?? null,
          input.revisionOf ?? null,
        ],
      );
      return toRecord(rows[0] as DocumentRow);
    },

    async get(id: string): Promise<DocumentRecord | null> {
      const { rows } = await pool.query<DocumentRow>(`SELECT ${columns} FROM documents WHERE owner = $1 AND id = $2`, [owner, id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },

    /** Newest first; optionally one kind, optionally matching free text (title first). */
    async list(options: { kind?: DocumentKind | undefined; query?: string | undefined; limit?: number } = {}): Promise<DocumentRecord[]> {
      const words = queryTerms(options.query ?? '');
      // Several words: the documents matching more of them first. One word ("Stripe") every match
      // has: the newest first, not the one whose text repeats the word most (a warmer letter
      // names the company less often than a formal one, and is no less "the Stripe letter").
      const { rows } = await pool.query<DocumentRow>(
        `SELECT ${columns} FROM documents
          WHERE owner = $1 AND ($2::text IS NULL OR kind = $2)
            AND ($3 = '' OR search @@ to_tsquery('english', $3))
          ORDER BY CASE WHEN $5 THEN ts_rank(search, to_tsquery('english', $3)) ELSE 0 END DESC, created_at DESC, id DESC
          LIMIT $4`,
        [owner, options.kind ?? null, words.join(' | '), options.limit ?? 100, words.length > 1],
      );
      return rows.map(toRecord);
    },
  };
}

export type DocumentsRepository = ReturnType<typeof documentsRepository>;
