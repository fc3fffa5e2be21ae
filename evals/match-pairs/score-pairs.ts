/**
 * Scores a file of resume × posting pairs (see README.md beside this file) with the match
 * score and checks its relations: a range for one pair, or a gap between two.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, type MatchResult } from '../../src/resume/match.ts';

const relationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('atLeast'), pair: z.string(), value: z.number(), why: z.string() }),
  z.object({ kind: z.literal('atMost'), pair: z.string(), value: z.number(), why: z.string() }),
  z.object({ kind: z.literal('between'), pair: z.string(), min: z.number(), max: z.number(), why: z.string() }),
  z.object({ kind: z.literal('gap'), higher: z.string(), lower: z.string(), value: z.number(), why: z.string() }),
]);

const pairsFileSchema = z.object({
  now: z.string(),
  /** A batch written on another day: resume id → the date "present" means in that resume. */
  nowFor: z.record(z.string(), z.string()).optional(),
  resumes: z.record(z.string(), z.record(z.string(), z.unknown())),
  postings: z.record(z.string(), z.object({ title: z.string(), company: z.string().optional(), description: z.string() })),
  pairs: z.array(z.tuple([z.string(), z.string()])),
  relations: z.array(relationSchema),
});

export type PairRelation = z.infer<typeof relationSchema>;

export interface RelationResult {
  relation: PairRelation;
  holds: boolean;
  /** The relation with the scores it was checked on: "priya@backend 91 ≥ 80". */
  detail: string;
}

export interface PairsReport {
  /** "resume@posting" → the match. */
  scores: Map<string, MatchResult>;
  relations: RelationResult[];
  held: number;
  total: number;
}

/**
 * Scores every pair in a pairs file and checks every relation.
 *
 * @example
 * const report = scoreMatchPairs('evals/match-pairs/tuning.json');
 * report.held; // 15
 */
export function scoreMatchPairs(file: string | URL): PairsReport {
  const data = pairsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const now = new Date(data.now);
  const scores = new Map<string, MatchResult>();
  for (const [resumeId, postingId] of data.pairs) {
    const resume = data.resumes[resumeId] as JsonResume | undefined;
    const posting = data.postings[postingId];
    if (!resume || !posting) throw new Error(`pair ${resumeId}@${postingId}: no such resume or posting`);
    const present = data.nowFor?.[resumeId];
    scores.set(`${resumeId}@${postingId}`, analyzeMatch({ resume, posting, now: present ? new Date(present) : now }));
  }
  const scoreOf = (pair: string) => {
    const match = scores.get(pair);
    if (!match) throw new Error(`relation names ${pair}, which is not in "pairs"`);
    return match.score;
  };
  const relations = data.relations.map((relation): RelationResult => {
    switch (relation.kind) {
      case 'atLeast': {
        const score = scoreOf(relation.pair);
        return { relation, holds: score >= relation.value, detail: `${relation.pair} ${score} ≥ ${relation.value}` };
      }
      case 'atMost': {
        const score = scoreOf(relation.pair);
        return { relation, holds: score <= relation.value, detail: `${relation.pair} ${score} ≤ ${relation.value}` };
      }
      case 'between': {
        const score = scoreOf(relation.pair);
        return { relation, holds: score >= relation.min && score <= relation.max, detail: `${relation.min} ≤ ${relation.pair} ${score} ≤ ${relation.max}` };
      }
      case 'gap': {
        const higher = scoreOf(relation.higher);
        const lower = scoreOf(relation.lower);
        return {
          relation,
          holds: higher - lower >= relation.value,
          detail: `${relation.higher} ${higher} − ${relation.lower} ${lower} = ${higher - lower} ≥ ${relation.value}`,
        };
      }
    }
  });
  return { scores, relations, held: relations.filter((result) => result.holds).length, total: relations.length };
}
