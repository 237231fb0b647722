import { Problem, ref } from '../schemas/common-schemas.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref(Problem) } },
});

/** What a change to a team's planning can answer besides the common problems. */
export const CHANGE_PROBLEMS = {
  409: problem('DUTY_ALREADY_ASSIGNED or DUTY_ON_TELEWORK: the person cannot hold that half day.'),
  412: problem('TEAM_VERSION_STALE: If-Match is not the current version (params.version); nothing changed.'),
  422: problem(
    'DUTY_IN_PAST, DUTY_OUTSIDE_TEAM, DUTY_ON_WEEKEND, DUTY_ON_HOLIDAY, DUTY_ON_DAY_OFF, DUTY_PERSON_SUSPENDED (a crisis suspends the mission: in their own team, lent or not), DUTY_OUTSIDE_PERIOD.',
  ),
  428: problem('TEAM_VERSION_REQUIRED: no If-Match; params.version is the current version.'),
};

export const IF_MATCH_HEADERS = {
  type: 'object',
  properties: {
    'if-match': {
      type: 'string',
      description: 'The team version the change was prepared against: "<version>"',
    },
  },
} as const;
