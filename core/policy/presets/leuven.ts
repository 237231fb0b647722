import type { TeleworkPolicy } from '../policy.js';

/**
 * CPAS/OCMW Leuven, after the crisis: structural telework two days a week (pro-rated), occasional
 * telework with the superior's approval, receptionists excluded, EUR 3 per telework day for
 * structural teleworkers. The default preset.
 */
export const leuvenPreset: TeleworkPolicy = {
  preset: 'leuven',
  source:
    'CPAS/OCMW Leuven, presentation "Télétravail – CPAS Louvain" (in French): two forms, 7h36/3h48, ' +
    'two days a week, EUR 3 per telework day for structural teleworkers, receptionists excluded.',
  fullTimeWeeklyMinutes: 38 * 60,
  halfDayWindows: { am: { start: '08:00', end: '12:00' }, pm: { start: '13:00', end: '17:00' } },
  quotas: [{ period: 'week', days: 2, proRata: true }],
  excludedFunctions: ['reception'],
  occasionalNeedsApproval: true,
  permanenceBreach: 'needs-approval',
  bookingHorizonDays: 365,
  // During the crisis (seed 000, "pendant la crise sanitaire"): telework mandatory except the
  // essential sectors, so no quota and no approval; a minimum permanence kept (the essential
  // functions' minimums); EUR 3 per day booked with the telework code, whatever the arrangement.
  // The seed names no essential function: the organisation file lists them.
  crisis: {
    active: false,
    essentialFunctions: [],
    functions: {},
    quotas: [],
    occasionalNeedsApproval: false,
    permanence: 'essential-only',
    allowance: {
      perDayCents: 300,
      perDayArrangements: ['structural', 'occasional', 'none'],
      flat: [],
      halfDay: 'half',
    },
  },
  // The source does not say how a half day is paid; half the daily amount is the reading that
  // matches "value of a half day = 3h48".
  allowance: { perDayCents: 300, perDayArrangements: ['structural'], flat: [], halfDay: 'half' },
};
