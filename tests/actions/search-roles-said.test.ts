import { describe, expect, it } from 'vitest';
import { eitherRole } from '../../src/actions/search-jobs/phrasing.ts';
import { withRoleSpelled } from '../../src/actions/search-jobs/role-spelling.ts';

describe('roles said as a choice (trial s48 #18)', () => {
  it.each([
    ['plumber or gas fitter', ['plumber', 'gas fitter']],
    ['chef, cook or kitchen porter', ['chef', 'cook', 'kitchen porter']],
    ['IT support / helpdesk', ['IT support', 'helpdesk']],
    ['python or java developer', ['python developer', 'java developer']],
    ['logistics or operations management', ['logistics', 'operations management']],
  ])('%j is one search for each', (query, roles) => {
    expect(eitherRole(query)).toEqual(roles);
  });

  it.each(['UX/UI designer', 'health and safety officer', 'either admin', 'warehouse operative or similar', 'welder'])('%j is one role', (query) => {
    expect(eitherRole(query)).toBeUndefined();
  });
});

describe('a role word typed one slip off (trial s48 #47)', () => {
  it.each([
    ['nures', 'nurse'],
    ['plumbr', 'plumber'],
    ['web devloper', 'web developer'],
    ['senior acountant', 'senior accountant'],
    ['nursng', 'nursing'],
  ])('%j is searched as %j', (typed, meant) => {
    expect(withRoleSpelled(typed)).toBe(meant);
  });

  it.each(['water', 'poster design', 'nurses', 'waiter', 'Plumbr', 'Glasgow', 'tree surgeon'])('%j is searched as typed', (typed) => {
    expect(withRoleSpelled(typed)).toBe(typed);
  });
});
