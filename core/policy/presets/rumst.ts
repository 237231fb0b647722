import type { TeleworkPolicy } from '../policy.js';
import { leuvenPreset } from './leuven.js';

/**
 * Municipality of Rumst (telewerkreglement): at most 8 telework days a month full time (38/38),
 * at most 5 below full time; the manager decides per function. The summary of the regulation
 * this preset follows names no allowance, so the preset pays none: an employer sets its own.
 */
export const rumstPreset: TeleworkPolicy = {
  ...leuvenPreset,
  preset: 'rumst',
  source:
    'Gemeente Rumst, rumst.be/telewerkreglement: at most 8 days a month at 38/38, at most 5 below full time.',
  quotas: [{ period: 'month', days: 8, belowFullTimeDays: 5, proRata: false }],
  excludedFunctions: [],
  allowance: { perDayCents: 0, perDayArrangements: [], flat: [], halfDay: 'half' },
  // The regulation says nothing of a crisis. Chosen: no quota and no approval (telework the
  // norm), the essential functions' minimums kept, and still no allowance (Rumst pays none).
  crisis: {
    ...leuvenPreset.crisis,
    allowance: { perDayCents: 0, perDayArrangements: [], flat: [], halfDay: 'half' },
  },
};
