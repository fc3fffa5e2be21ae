import { describe, expect, it } from 'vitest';
import { resolveAlert } from '../../src/career/alerts/resolve-alert.ts';
import type { AlertRecord } from '../../src/db/repositories/alerts.ts';

const alert = (id: string, query: string, location: string | null, remote: boolean | null): AlertRecord => ({
  id,
  name: `${remote ? 'remote ' : ''}${query} jobs${location ? ` in ${location}` : ''}`,
  query,
  location,
  remote,
  remote_too: false,
  exclude_seniority: [],
  exclude_employment_type: [],
  exclude_agencies: false,
  company: null,
  min_fit: null,
  min_salary: null,
  schedule: '0 8 * * *',
  time_zone: 'UTC',
  paused: false,
  next_run_at: null,
  created_at: new Date(),
  updated_at: new Date(),
});
const berlin = alert('alert_000000000a', 'rust', 'Berlin', null);
const remote = alert('alert_000000000b', 'TypeScript', null, true);
const london = alert('alert_000000000c', 'TypeScript', 'London', null);

describe('resolveAlert', () => {
  it('finds an alert by words of its search or by id', () => {
    expect(resolveAlert([berlin, remote, london], 'the Berlin alert')).toEqual({ alert: berlin });
    expect(resolveAlert([berlin, remote, london], 'remote typescript')).toEqual({ alert: remote });
    expect(resolveAlert([berlin, remote, london], 'alert_000000000c')).toEqual({ alert: london });
  });
  it('lists the alerts that fit equally, and says when none does', () => {
    expect(resolveAlert([berlin, remote, london], 'typescript')).toEqual({ ambiguous: [remote, london] });
    expect(resolveAlert([berlin, remote, london], 'nursing')).toEqual({ none: true });
  });
  // Session 40: "pause it" after "Alert set: TypeScript in London, …" passes the alert on by those words.
  it('finds the alert an answer told of by its words, among several', () => {
    expect(resolveAlert([berlin, remote, london], 'TypeScript in London')).toEqual({ alert: london });
    expect(resolveAlert([berlin, remote, london], 'rust in Berlin')).toEqual({ alert: berlin });
  });
  it('takes "my alert" to be the only one there is', () => {
    expect(resolveAlert([berlin], 'my alert')).toEqual({ alert: berlin });
    expect(resolveAlert([berlin, remote], 'my alert')).toEqual({ ambiguous: [berlin, remote] });
  });
  // Session 37 (a new user's trial, finding 21): "pause the monday one" failed with "No alert matches "monday"".
  it('finds an alert by words of its schedule: its days, or the part of the day it runs in', () => {
    const monday = { ...remote, schedule: '0 8 * * 1' };
    const weekdays = { ...london, schedule: '30 7 * * 1-5' };
    const evening = { ...berlin, schedule: '0 18 * * *' };
    expect(resolveAlert([monday, weekdays, evening], 'the monday one')).toEqual({ alert: monday });
    expect(resolveAlert([monday, weekdays, evening], 'the evening one')).toEqual({ alert: evening });
    // Two morning alerts: asked which, never one picked.
    expect(resolveAlert([monday, weekdays, evening], 'the morning one')).toEqual({ ambiguous: [monday, weekdays] });
  });
});

describe('resolveAlert by a short form of its place (session 38)', () => {
  it('finds the New York alert by "nyc" and the London one by "ldn"', () => {
    const newYork = alert('alert_000000000d', 'paralegal', 'New York', null);
    expect(resolveAlert([berlin, newYork, london], 'the nyc one')).toEqual({ alert: newYork });
    expect(resolveAlert([berlin, newYork, london], 'ldn')).toEqual({ alert: london });
  });
});

describe('resolveAlert by a place in the list, or by how often (session 38)', () => {
  it('counts "second", "2", "no 1" and "last" in the order the list shows', () => {
    expect(resolveAlert([berlin, remote, london], 'second')).toEqual({ alert: remote });
    expect(resolveAlert([berlin, remote, london], '2')).toEqual({ alert: remote });
    expect(resolveAlert([berlin, remote, london], 'no 1')).toEqual({ alert: berlin });
    expect(resolveAlert([berlin, remote, london], 'the last one')).toEqual({ alert: london });
    expect(resolveAlert([berlin, remote], 'fourth')).toEqual({ none: true });
  });

  it('finds "the hourly one" and "the weekly one" by their schedules', () => {
    const hourly = { ...berlin, schedule: '0 * * * *' };
    const weekly = { ...london, schedule: '0 8 * * 1' };
    expect(resolveAlert([hourly, remote, weekly], 'hourly')).toEqual({ alert: hourly });
    expect(resolveAlert([hourly, remote, weekly], 'the weekly one')).toEqual({ alert: weekly });
  });

  // Regression (trial s50 #29): "run the europe alert now" fitted every alert kept in Europe/Warsaw.
  it('finds an alert by a region its place lies in, never by its time zone', () => {
    const zoned = (record: AlertRecord, location: string | null) => ({ ...record, location, name: `${record.query} jobs${location ? ` in ${location}` : ''}`, time_zone: 'Europe/Warsaw' });
    const gdansk = zoned(alert('alert_000000000d', 'welder', null, null), 'Gdansk');
    const calgary = zoned(alert('alert_000000000e', 'welder', null, null), 'Calgary');
    const anyPlace = zoned(alert('alert_000000000f', 'inspector', null, null), null);
    expect(resolveAlert([calgary, gdansk, anyPlace], 'the europe alert')).toEqual({ alert: gdansk });
    expect(resolveAlert([calgary, gdansk, anyPlace], 'the canada one')).toEqual({ alert: calgary });
    expect(resolveAlert([calgary, anyPlace], 'warsaw')).toEqual({ none: true });
  });
});
