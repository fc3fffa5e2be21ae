/**
 * The in-memory career store under the name the tests know it by; it lives in `src/career/`
 * because the eval seeds it from a case's world too.
 */
export {
  type CareerOverrides,
  type CareerSeed,
  type InMemoryCareer as FakeCareerDependencies,
  inMemoryCareer as fakeCareerDependencies,
} from '../../src/career/in-memory-career.ts';
