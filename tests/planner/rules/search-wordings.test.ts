import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

const decide = (goal: string) => outcomeOf(planner, registry, goal);

describe('search wordings', () => {
  it.each([
    // What the work is done with is a skill to search for, never an employer or a place.
    ['any data platform jobs, ideally using kotlin?', { query: 'data platform kotlin' }],
    ['looking for firmware work, something with rust in it', { query: 'firmware rust' }],
    ['mobile roles in Oslo that use flutter', { query: 'mobile flutter', location: 'Oslo' }],
    // Pay floors in other forms.
    ['farrier jobs in Tartu no less than 60k', { query: 'farrier', location: 'Tartu', min_salary: 60_000 }],
    ['find glazier roles paying not less than 45,000 EUR', { query: 'glazier', min_salary: 45_000 }],
    ['would it be possible to find cooper jobs in Hobart that pay at least A$80,000?', { query: 'cooper', location: 'Hobart', min_salary: 80_000 }],
    // Asking whether it is possible is asking.
    ['is it possible for you to look for milliner jobs in Bergen?', { query: 'milliner', location: 'Bergen' }],
    // Learners' phrasings.
    ['I search job of tiler in Brno, it is possible?', { query: 'tiler', location: 'Brno' }],
    ['i am searching for work as stonemason in Cork, is that possible?', { query: 'stonemason', location: 'Cork' }],
    // Hedged asks, with the jobs' state and the time said of them.
    ['I wonder if there are any senior luthier jobs going in Hamar at the moment', { query: 'senior luthier', location: 'Hamar', seniority: 'senior' }],
    ['do you know whether there are any saddler roles open in Ghent right now?', { query: 'saddler', location: 'Ghent' }],
    // A company asked about, then its openings.
    ['is Quorvane Systems hiring? look up their openings', { company: 'Quorvane Systems' }],
    ['are Brindlemoor hiring right now?', { company: 'Brindlemoor' }],
    // Sorting by fit in a whole clause.
    ['find cartographer jobs in Graz, sorted by how well they match me', { query: 'cartographer', location: 'Graz', sort: 'fit' }],
    ['show me archivist roles ranked by how closely they fit my cv', { query: 'archivist', sort: 'fit' }],
  ])('%s', async (goal, args) => {
    expect(await decide(goal)).toMatchObject({ action: 'search_jobs', args });
  });
});
