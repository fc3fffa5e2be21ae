import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { JsonResume } from '../../protocol/json-resume.ts';
import { DEFAULT_OWNER } from '../../protocol/owners.ts';

/** One stored resume version. */
export interface ResumeRecord {
  id: string;
  label: string;
  format: string;
  filename: string | null;
  raw_text: string;
  resume: JsonResume;
  parent_id: string | null;
  job_id: string | null;
  created_at: string;
  /** Whether this is the resume matches and letters use by default. */
  active: boolean;
  /** When a person last corrected what was read; null when never. */
  corrected_at: string | null;
  /** Every correction, oldest first, with the value that was read before it. */
  corrections: ResumeChangeRecord[];
}

/** One corrected field: its dotted path, the value before and after, and when. */
export interface ResumeChangeRecord {
  field: string;
  from: unknown;
  to: unknown;
  at: string;
  /** Set on a correction a re-import carried over: the version it was first made on. */
  kept_from?: string;
}

interface ResumeRow extends Omit<ResumeRecord, 'created_at' | 'corrected_at'> {
  created_at: Date;
  corrected_at: Date | null;
}

const toRecord = (row: ResumeRow): ResumeRecord => ({
  ...row,
  created_at: row.created_at.toISOString(),
  corrected_at: row.corrected_at?.toISOString() ?? null,
});

/** `res_` and 10 hex characters: short enough to type, random enough not to collide. */
export const newResumeId = (): string => `res_${randomBytes(5).toString('hex')}`;

/**
 * Resumes: every imported or tailored version, never overwritten. The active one is the
 * newest unless the person chose another.
 *
 * @example
 * const resumes = resumesRepository(pool);
 * const stored = await resumes.add({ label: 'backend', format: 'pdf', filename: 'cv.pdf', rawText, resume });
 */
export function resumesRepository(pool: pg.Pool, owner: string = DEFAULT_OWNER) {
  const select = `SELECT r.id, r.label, r.format, r.filename, r.raw_text, r.resume, r.parent_id, r.job_id, r.created_at,
         r.corrected_at, r.corrections,
         r.id = coalesce((SELECT resume_id FROM resume_choices c WHERE c.owner = r.owner),
                         (SELECT id FROM resumes n WHERE n.owner = r.owner ORDER BY created_at DESC, id DESC LIMIT 1)) AS active
    FROM resumes r`;
  return {
    async add(input: {
      label: string;
      format: string;
      filename: string | null;
      rawText: string;
      resume: JsonResume;
      parentId?: string | null;
      jobId?: string | null;
      /** Corrections of an earlier version carried over to this reading (it is stored corrected). */
      corrections?: readonly (Omit<ResumeChangeRecord, 'at'> & { kept_from: string })[];
    }): Promise<ResumeRecord> {
      const id = newResumeId();
      const corrections = input.corrections ?? [];
      await pool.query(
        `INSERT INTO resumes (id, owner, label, format, filename, raw_text, resume, parent_id, job_id, corrected_at, corrections)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $10::boolean THEN now() END,
                 (SELECT coalesce(jsonb_agg(change || jsonb_build_object('at', now())), '[]'::jsonb) FROM jsonb_array_elements($11::jsonb) change))`,
        [id, owner, input.label, input.format, input.filename, input.rawText, input.resume, input.parentId ?? null, input.jobId ?? null, corrections.length > 0, JSON.stringify(corrections)],
      );
      // A new import becomes the active resume (tailored versions do not take over).
      if (!input.parentId) await pool.query('DELETE FROM resume_choices WHERE owner = $1', [owner]);
      const stored = await this.get(id);
      if (!stored) throw new Error(`Resume ${id} was not stored.`);
      return stored;
    },

    async get(id: string): Promise<ResumeRecord | null> {
      const { rows } = await pool.query<ResumeRow>(`${select} WHERE r.owner = $1 AND r.id = $2`, [owner, id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },

    async active(): Promise<ResumeRecord | null> {
      const { rows } = await pool.query<ResumeRow>(`SELECT * FROM (${select} WHERE r.owner = $1) all_resumes WHERE active`, [owner]);
      return rows[0] ? toRecord(rows[0]) : null;
    },

    /**
     * The labels of every version, without the versions: an import numbers its label past them
     * ("cv (3)"), and reading each version's text and parsed resume for that grew with every
     * tailored copy kept.
     */
    async labels(): Promise<string[]> {
      const { rows } = await pool.query<{ label: string }>('SELECT label FROM resumes WHERE owner = $1', [owner]);
      return rows.map((row) => row.label);
    },

    /**
     * The imported versions a person corrected, newest first, with their corrections and
     * without their text: where a re-import of the same resume finds corrections to keep.
     */
    async correctedVersions(): Promise<Pick<ResumeRecord, 'id' | 'resume' | 'corrections'>[]> {
      const { rows } = await pool.query<Pick<ResumeRecord, 'id' | 'resume' | 'corrections'>>(
        `SELECT id, resume, corrections FROM resumes
          WHERE owner = $1 AND parent_id IS NULL AND corrections <> '[]'::jsonb
          ORDER BY created_at DESC, id DESC LIMIT 20`,
        [owner],
      );
      return rows;
    },

    /** Every version, newest first. */
    async list(): Promise<ResumeRecord[]> {
      const { rows } = await pool.query<ResumeRow>(`${select} WHERE r.owner = $1 ORDER BY r.created_at DESC, r.id DESC`, [owner]);
      return rows.map(toRecord);
    },

    /**
     * Stores a corrected reading of `id`: the new parsed resume, with `changes` appended to
     * its corrections. The raw text and the version's identity stay as they were.
     */
    async correct(id: string, resume: JsonResume, changes: readonly Omit<ResumeChangeRecord, 'at'>[]): Promise<ResumeRecord | null> {
      const { rowCount } = await pool.query(
        `UPDATE resumes
            SET resume = $3, corrected_at = now(),
                corrections = corrections || (SELECT coalesce(jsonb_agg(change || jsonb_build_object('at', now())), '[]'::jsonb)
                                                FROM jsonb_array_elements($4::jsonb) change)
          WHERE owner = $1 AND id = $2`,
        [owner, id, resume, JSON.stringify(changes)],
      );
      return rowCount ? this.get(id) : null;
    },

    /**
     * Deletes one version and gives it back as it was, or null when this owner has none by that
     * id. Letters and prep packs written from it keep their text (their `resume_id` is cleared);
     * a tailored version made from it stays; when it was the active one, the newest left is.
     */
    async remove(id: string): Promise<ResumeRecord | null> {
      const found = await this.get(id);
      if (!found) return null;
      await pool.query('DELETE FROM resumes WHERE owner = $1 AND id = $2', [owner, id]);
      return found;
    },

    /** Makes `id` the active resume; another owner's resume is never chosen (nothing happens). */
    async choose(id: string): Promise<void> {
      await pool.query(
        `WITH chosen AS (SELECT owner, id FROM resumes WHERE owner = $1 AND id = $2 FOR KEY SHARE)
         INSERT INTO resume_choices (owner, resume_id)
         SELECT owner, id FROM chosen
         ON CONFLICT (owner) DO UPDATE SET resume_id = EXCLUDED.resume_id, chosen_at = now()`,
        [owner, id],
      );
    },
  };
}

export type ResumesRepository = ReturnType<typeof resumesRepository>;
