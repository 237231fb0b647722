import type { TeleworkPolicy } from '../policy.js';
import { leuvenPreset } from './leuven.js';

/**
 * Belgian federal administration (BOSA): at most 3/5 of the working regime over the year,
 * occasional telework agreed in writing before the day, EUR 20 internet from 1 day and EUR 30
 * office costs from 4 days in the month, no pro rata.
 */
export const federalPreset: TeleworkPolicy = {
  ...leuvenPreset,
  preset: 'federal',
  source:
    'BOSA, bosa.belgium.be "vergoeding voor telewerk" and fedweb.belgium.be "telewerk": at most 3/5 of the ' +
    'regime over the year; EUR 20/month internet from 1 day, EUR 30/month office costs from 4 days; no pro rata.',
  quotas: [{ period: 'year', shareOfWorkingDays: { numerator: 3, denominator: 5 } }],
  excludedFunctions: [],
  allowance: {
    perDayCents: 0,
    perDayArrangements: [],
    flat: [
      { label: 'internet', cents: 2000, fromDays: 1 },
      { label: 'office', cents: 3000, fromDays: 4 },
    ],
    // A half day counts 0.5 towards the thresholds, as it does for the quota.
    halfDay: 'half',
  },
  // The federal sources say nothing of a crisis. Chosen: as Leuven (no quota, no approval, the
  // essential functions' minimums), and the same flat allowances as any month, so that a month
  // half in crisis reaches its thresholds once over all its days.
  crisis: {
    ...leuvenPreset.crisis,
    allowance: {
      perDayCents: 0,
      perDayArrangements: [],
      flat: [
        { label: 'internet', cents: 2000, fromDays: 1 },
        { label: 'office', cents: 3000, fromDays: 4 },
      ],
      halfDay: 'half',
    },
  },
};
