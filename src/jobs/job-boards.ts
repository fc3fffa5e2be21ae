import type { JobBoard } from './job-board.ts';
import { adzunaBoard } from './sources/adzuna.ts';
import { arbeitnowBoard } from './sources/arbeitnow.ts';
import { ashbyBoard } from './sources/ashby.ts';
import { greenhouseBoard } from './sources/greenhouse.ts';
import { hackerNewsBoard } from './sources/hackernews.ts';
import { himalayasBoard } from './sources/himalayas.ts';
import { jobicyBoard } from './sources/jobicy.ts';
import { jsearchBoard } from './sources/jsearch.ts';
import { leverBoard } from './sources/lever.ts';
import { recruiteeBoard } from './sources/recruitee.ts';
import { remoteOkBoard } from './sources/remoteok.ts';
import { remotiveBoard } from './sources/remotive.ts';
import { serpApiBoard } from './sources/serpapi.ts';
import { smartRecruitersBoard } from './sources/smartrecruiters.ts';
import { theMuseBoard } from './sources/themuse.ts';
import { workableBoard } from './sources/workable.ts';
import { workdayBoard } from './sources/workday.ts';

/**
 * Every job board, in the order sources are built and merged: company boards first, so when
 * several boards list one opening, the employer's own posting leads the merged job. A new
 * board is its file in `sources/` and one line here.
 */
export const jobBoards: readonly JobBoard[] = [
  greenhouseBoard,
  leverBoard,
  ashbyBoard,
  workdayBoard,
  smartRecruitersBoard,
  recruiteeBoard,
  workableBoard,
  remotiveBoard,
  arbeitnowBoard,
  himalayasBoard,
  remoteOkBoard,
  theMuseBoard,
  jobicyBoard,
  hackerNewsBoard,
  adzunaBoard,
  jsearchBoard,
  serpApiBoard,
];
