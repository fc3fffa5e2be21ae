import { z } from 'zod';
import { alertTimeZone } from '../create-alert/args.ts';
import { maxYearlyPay } from '../../protocol/posting.ts';

export const changeAlertArgs = z.object({
  alert: z.string().min(1).max(200).describe('Which alert: its id (alert_…), words of its search, e.g. "Berlin", "remote typescript", or "all" for every alert.'),
  change: z
    .enum(['pause', 'resume', 'delete', 'edit', 'run'])
    .describe('pause (stop it for now: "stop the Berlin alert"), resume, delete, edit (its schedule or search, with the fields below) or run (check now).'),
  until: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('pause: when to start again, only when said ("till January 10", "for two weeks": "in two weeks"). Alerts cannot restart by themselves yet: the answer says so.'),
  schedule: z.string().min(1).max(100).optional().describe('edit: the new schedule in words or cron, e.g. "every morning at 7", "weekdays at 7:30".'),
  time_zone: alertTimeZone
    .optional()
    .describe('edit: the IANA zone the schedule is read in, only when said ("at 9 nyc time": "America/New_York").'),
  query: z.string().min(1).max(200).optional().describe('edit: the new search words, e.g. "customs declarant".'),
  location: z.string().min(1).max(100).optional().describe('edit: the new place, e.g. "Rotterdam".'),
  remote: z.boolean().optional().describe('edit: true for remote only, false for any.'),
  remote_too: z.boolean().optional().describe('edit: true when remote work is allowed as well as the alert\'s place ("remote is fine too"), never remote only.'),
  company: z.string().min(1).max(100).optional().describe('edit: only openings at this company.'),
  min_fit: z.int().min(0).max(100).optional().describe('edit: the least fit to the active resume, 0–100.'),
  min_salary: z
    .int()
    .min(0)
    .max(maxYearlyPay)
    .optional()
    .describe('edit: the new yearly pay floor as a plain number ("raise it to 70k": 70000); 0 drops it ("any pay is fine").'),
});
