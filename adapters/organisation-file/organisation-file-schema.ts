/**
 * The organisation file: one YAML file, written by HR, that describes the employer, its people,
 * its teams and its telework policy. This module is the file's schema (TypeBox 1.x, JSON Schema);
 * load-organisation.ts parses the YAML, checks it against this schema, cross-checks it and turns
 * it into the core `Organisation`.
 *
 * The format, in short (server/demo-organisation.yaml is a complete, commented example):
 *
 *   employer:   { name, holidayRegion?: BRU|VLG|WAL|DE,
 *                 closingDays?: { dates?: [YYYY-MM-DD], yearly?: [MM-DD] } }
 *   policy:     { preset?: leuven|federal|rumst (default leuven), ...any TeleworkPolicy field }
 *               overrides are deep-merged over the preset; a list replaces the preset's list.
 *   functions?: { function: { fr, nl, en, de } }   the name of each function in each language,
 *               as the cards show it; once written, every function of the people needs one.
 *   continuity?: { function: { suspendable: yes|no, teleworkable: yes|no, essential?: yes|no } }
 *               the business continuity plan; policy.crisis says what a crisis day changes.
 *   teams:      [{ id, name, managers: [person id or upn], permanenceMailbox?,
 *                  permanence?: [{ minimumOnSite, byFunction?: { function: n },
 *                                  weekdays?: [mon..sun] (mon–fri), halves?: [am, pm] (both) }] }]
 *   people:     [{ id (Entra object id, a GUID), upn, displayName, locale: fr|nl|en|de,
 *                  teams: [team id] or team: team id (teams: [] for no team), function,
 *                  regime, telework, roles?: [HR|Manager|Admin] }]
 *
 *   regime:     full-time | half-time | 1 | 4/5 | 19/38 | 0.8 | 0,8
 *               | { share: 4/5, days: [mon, tue, wed, thu] }   (days default mon–fri)
 *   telework:   none | occasional | { arrangement: structural, pattern: [tue, thu-am, fri-pm] }
 *
 * Keys are camelCase; unknown keys are refused (a misspelt key would otherwise be ignored
 * silently). Money is in integer euro cents. Function names and team ids are keys: lower case,
 * digits, hyphens or underscores (social-worker, reception), because the policy matches them
 * exactly (the Leuven preset excludes `reception`).
 *
 * Every schema node that HR may get wrong carries two annotations the error translator reads:
 * `what` (a noun for the thing, "a GUID") and `expected` (what to write, with an example). They
 * are plain JSON Schema annotations: other validators ignore them.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { LOCALES } from '../../core/organisation/organisation.js';
import { policyPresets } from '../../core/policy/presets/index.js';

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** Objects refuse unknown keys: a misspelt `permanance:` must be an error, not a silent default. */
const closed = { additionalProperties: false } as const;

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const ROLES = ['HR', 'Manager', 'Admin'] as const;
export const HOLIDAY_REGIONS = ['BRU', 'VLG', 'WAL', 'DE'] as const;
export const PRESET_NAMES = Object.keys(policyPresets) as Array<keyof typeof policyPresets>;

export const GUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
export const UPN_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
/** Team ids and function names: keys that rules match exactly. */
export const KEY_PATTERN = '^[a-z0-9][a-z0-9_-]*$';
export const PATTERN_DAY_PATTERN = '^(mon|tue|wed|thu|fri|sat|sun)(-(am|pm))?$';

function text(expected: string, options: Record<string, unknown> = {}) {
  return Type.String({ minLength: 1, expected, ...options });
}

const Weekday = Type.Enum([...WEEKDAY_KEYS], { what: 'a weekday' });

const WeekdayList = Type.Array(Weekday, {
  minItems: 1,
  uniqueItems: true,
  expected: 'a list of weekdays, such as [mon, tue, wed, thu]',
});

const Cents = Type.Integer({
  minimum: 0,
  what: 'an amount in euro cents',
  expected: 'a whole number of euro cents, 0 or more, such as 300 for EUR 3',
});

/** A number of days for quotas and thresholds: whole or half days. */
const HalfDays = Type.Number({
  exclusiveMinimum: 0,
  multipleOf: 0.5,
  what: 'a number of days',
  expected: 'a number of days above 0, in whole or half days, such as 2 or 1.5',
});

/** A share written 3/5, 0.6 or { numerator: 3, denominator: 5 }. */
const Fraction = Type.Union(
  [
    Type.String({ minLength: 1 }),
    Type.Number(),
    Type.Object(
      { numerator: Type.Integer({ minimum: 0 }), denominator: Type.Integer({ minimum: 1 }) },
      closed,
    ),
  ],
  { what: 'a share', expected: 'a share such as 3/5 or 0.6' },
);

const FunctionKey = Type.String({
  pattern: KEY_PATTERN,
  what: 'a function name',
  expected: 'a function name in lower case with hyphens, such as social-worker or reception',
});

const TeamKey = Type.String({
  pattern: KEY_PATTERN,
  what: 'a team id',
  expected: 'a team id in lower case with hyphens, such as social-service',
});

const Time = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  what: 'a time of day',
  expected: 'a time written HH:MM, such as 08:00 or 13:30',
});

// ---------------------------------------------------------------------------------------------
// employer
// ---------------------------------------------------------------------------------------------

export const EmployerSchema = Type.Object(
  {
    name: text('the employer’s name, such as CPAS de Démo / OCMW Demo'),
    holidayRegion: Type.Optional(
      Type.Enum([...HOLIDAY_REGIONS], {
        what: 'a Belgian region',
        expected: 'the region whose public holidays apply: BRU, VLG, WAL or DE',
      }),
    ),
    closingDays: Type.Optional(
      Type.Object(
        {
          dates: Type.Optional(
            Type.Array(
              Type.String({
                pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
                what: 'a date',
                expected: 'a date written YYYY-MM-DD, such as 2026-05-15',
              }),
              { expected: 'a list of dates written YYYY-MM-DD, such as [2026-05-15]' },
            ),
          ),
          yearly: Type.Optional(
            Type.Array(
              Type.String({
                pattern: '^[0-9]{2}-[0-9]{2}$',
                what: 'a day of the year',
                expected: 'a day of the year written MM-DD, such as 11-02',
              }),
              { expected: 'a list of days written MM-DD, such as [11-02, 11-15, 12-26]' },
            ),
          ),
        },
        { ...closed, expected: 'closing days, such as { dates: [2026-05-15], yearly: [11-02] }' },
      ),
    ),
  },
  {
    ...closed,
    expected: 'the employer’s name and region, such as { name: CPAS de Démo, holidayRegion: BRU }',
  },
);

// ---------------------------------------------------------------------------------------------
// policy
// ---------------------------------------------------------------------------------------------

const QuotaSchema = Type.Union(
  [
    Type.Object(
      {
        period: Type.Literal('week'),
        days: HalfDays,
        proRata: Type.Optional(Type.Boolean({ expected: 'true or false' })),
      },
      closed,
    ),
    Type.Object(
      {
        period: Type.Literal('month'),
        days: HalfDays,
        belowFullTimeDays: Type.Optional(HalfDays),
        proRata: Type.Optional(Type.Boolean({ expected: 'true or false' })),
      },
      closed,
    ),
    Type.Object({ period: Type.Literal('year'), shareOfWorkingDays: Fraction }, closed),
  ],
  {
    what: 'a quota',
    expected:
      'a quota such as { period: week, days: 2 }, { period: month, days: 8 } or ' +
      '{ period: year, shareOfWorkingDays: 3/5 }',
  },
);

const HalfDayWindow = Type.Object(
  { start: Type.Optional(Time), end: Type.Optional(Time) },
  { ...closed, expected: 'a window such as { start: 08:00, end: 12:00 }' },
);

const AllowanceSchema = Type.Object(
  {
    perDayCents: Type.Optional(Cents),
    perDayArrangements: Type.Optional(
      Type.Array(
        Type.Enum(['structural', 'occasional', 'none'], {
          what: 'an arrangement',
          expected: 'structural, occasional or none',
        }),
        { uniqueItems: true, expected: 'a list such as [structural]' },
      ),
    ),
    flat: Type.Optional(
      Type.Array(
        Type.Object(
          {
            label: text('a short name for the amount, such as internet'),
            cents: Cents,
            fromDays: Type.Number({
              minimum: 0.5,
              multipleOf: 0.5,
              what: 'a number of days',
              expected: 'the telework days in the month from which it is paid, such as 1 or 4',
            }),
          },
          {
            ...closed,
            expected: 'a flat amount such as { label: internet, cents: 2000, fromDays: 1 }',
          },
        ),
        { expected: 'a list of flat amounts, such as [{ label: internet, cents: 2000, fromDays: 1 }]' },
      ),
    ),
    monthlyCapCents: Type.Optional(Cents),
    halfDay: Type.Optional(
      Type.Enum(['full', 'half', 'none'], {
        what: 'a way to pay a half day',
        expected: 'full, half or none',
      }),
    ),
  },
  { ...closed, expected: 'allowance settings, such as { perDayCents: 300 }' },
);

const PolicySchema = Type.Object(
  {
    preset: Type.Optional(
      Type.Enum([...PRESET_NAMES], { what: 'a policy preset', expected: PRESET_NAMES.join(', ') }),
    ),
    source: Type.Optional(text('where the rules come from, such as "Règlement de travail, art. 12"')),
    fullTimeWeeklyMinutes: Type.Optional(
      Type.Integer({
        minimum: 60,
        maximum: 60 * 60,
        what: 'a number of minutes',
        expected: 'the minutes of a full-time week, such as 2280 for 38 hours',
      }),
    ),
    halfDayWindows: Type.Optional(
      Type.Object(
        { am: Type.Optional(HalfDayWindow), pm: Type.Optional(HalfDayWindow) },
        { ...closed, expected: 'windows such as { am: { start: 08:00, end: 12:00 } }' },
      ),
    ),
    quotas: Type.Optional(
      Type.Array(QuotaSchema, { expected: 'a list of quotas, such as [{ period: week, days: 2 }]' }),
    ),
    excludedFunctions: Type.Optional(
      Type.Array(FunctionKey, {
        uniqueItems: true,
        expected: 'a list of function names, such as [reception]',
      }),
    ),
    occasionalNeedsApproval: Type.Optional(Type.Boolean({ expected: 'true or false' })),
    permanenceBreach: Type.Optional(
      Type.Enum(['needs-approval', 'refuse'], {
        what: 'a way to handle a permanence breach',
        expected: 'needs-approval or refuse',
      }),
    ),
    bookingHorizonDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 730,
        what: 'a number of days',
        expected: 'a whole number of days from 1 to 730, such as 365',
      }),
    ),
    crisis: Type.Optional(
      Type.Object(
        {
          // A crisis with no dates, in force every day (files from before dated crises); a dated
          // crisis is started and ended by HR through POST /api/v1/crisis.
          active: Type.Optional(Type.Boolean({ expected: 'true or false' })),
          essentialFunctions: Type.Optional(
            Type.Array(FunctionKey, {
              uniqueItems: true,
              expected: 'a list of function names, such as [reception]',
            }),
          ),
          quotas: Type.Optional(
            Type.Array(QuotaSchema, { expected: 'the quotas of a crisis day, such as [] for none' }),
          ),
          occasionalNeedsApproval: Type.Optional(Type.Boolean({ expected: 'true or false' })),
          permanence: Type.Optional(
            Type.Enum(['essential-only', 'all'], {
              what: 'the minimums kept in a crisis',
              expected: 'essential-only or all',
            }),
          ),
          allowance: Type.Optional(AllowanceSchema),
        },
        {
          ...closed,
          expected:
            'what a crisis changes, such as { essentialFunctions: [reception], allowance: { perDayCents: 300 } }',
        },
      ),
    ),
    allowance: Type.Optional(AllowanceSchema),
  },
  { ...closed, expected: 'the policy, such as { preset: leuven }' },
);

// ---------------------------------------------------------------------------------------------
// functions
// ---------------------------------------------------------------------------------------------

const FunctionNamesSchema = Type.Object(
  {
    fr: text('the function’s name in French, such as assistant social'),
    nl: text('the function’s name in Dutch, such as maatschappelijk werker'),
    en: text('the function’s name in English, such as social worker'),
    de: text('the function’s name in German, such as Sozialarbeiter'),
  },
  {
    ...closed,
    what: 'the names of a function',
    expected:
      'its name in each language, such as { fr: assistant social, nl: maatschappelijk werker, en: social worker, de: Sozialarbeiter }',
  },
);

/** Keys are checked against the people's functions by the loader, as byFunction's are. */
export const FunctionsSchema = Type.Record(Type.String(), FunctionNamesSchema, {
  expected:
    'the names of each function, such as { social-worker: { fr: assistant social, nl: ..., en: ..., de: ... } }',
});

const YesNo = Type.Enum(['yes', 'no'], { what: 'yes or no', expected: 'yes or no' });

/**
 * The business continuity plan (La Louvière's double key): per function, whether its mission can
 * be suspended in a crisis and whether it can be done from home, and whether it is essential.
 * Keys are checked against the people's functions by the loader.
 */
export const ContinuitySchema = Type.Record(
  Type.String(),
  Type.Object(
    { suspendable: YesNo, teleworkable: YesNo, essential: Type.Optional(YesNo) },
    {
      ...closed,
      what: 'the double key of a function',
      expected: 'such as { suspendable: no, teleworkable: no, essential: yes }',
    },
  ),
  {
    expected: 'the double key of each function, such as { reception: { suspendable: no, teleworkable: no } }',
  },
);

// ---------------------------------------------------------------------------------------------
// teams
// ---------------------------------------------------------------------------------------------

export const PermanenceRuleSchema = Type.Object(
  {
    minimumOnSite: Type.Integer({
      minimum: 0,
      what: 'a number of people',
      expected: 'the number of team members who must be on site, such as 2',
    }),
    byFunction: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Integer({
          minimum: 1,
          what: 'a number of people',
          expected: 'the number of people of that function who must be on site, such as 1',
        }),
        { expected: 'minimums per function, such as { social-worker: 1 }' },
      ),
    ),
    weekdays: Type.Optional(WeekdayList),
    halves: Type.Optional(
      Type.Array(Type.Enum(['am', 'pm'], { what: 'a half day', expected: 'am or pm' }), {
        minItems: 1,
        uniqueItems: true,
        expected: 'a list of half days, such as [am, pm]',
      }),
    ),
  },
  {
    ...closed,
    expected: 'a permanence rule, such as { minimumOnSite: 2, byFunction: { social-worker: 1 } }',
  },
);

export const TeamSchema = Type.Object(
  {
    id: TeamKey,
    name: text('the team’s name, such as Service social / Sociale dienst'),
    managers: Type.Array(
      Type.String({
        minLength: 1,
        what: 'a person',
        expected: 'the id or upn of a person listed under people',
      }),
      {
        minItems: 1,
        expected: 'a list of the managers’ ids or upns, such as [isabelle.lambert@cpas-demo.be]',
      },
    ),
    permanenceMailbox: Type.Optional(
      Type.String({
        pattern: `${UPN_PATTERN}|${GUID_PATTERN}`,
        what: 'a mailbox address',
        expected: 'the shared mailbox’s address, such as permanence-social@cpas-demo.be',
      }),
    ),
    permanence: Type.Optional(
      Type.Array(PermanenceRuleSchema, {
        expected: 'a list of permanence rules, such as [{ minimumOnSite: 2 }]',
      }),
    ),
  },
  { ...closed, expected: 'a team, such as { id: social, name: Service social, managers: [...] }' },
);

// ---------------------------------------------------------------------------------------------
// people
// ---------------------------------------------------------------------------------------------

/** Checked for type here; the share itself (more than 0, at most 1) is read by the loader. */
export const RegimeSchema = Type.Union(
  [
    Type.String({ minLength: 1 }),
    Type.Number(),
    Type.Object(
      {
        share: Type.Union([Type.String({ minLength: 1 }), Type.Number()], {
          what: 'a working regime',
          expected: 'a share of full time, such as 4/5 or 0.8',
        }),
        days: Type.Optional(WeekdayList),
      },
      closed,
    ),
  ],
  {
    what: 'a working regime',
    expected:
      'a share of full time such as full-time, 4/5, 19/38 or 0.8, or { share: 4/5, days: [mon, tue, wed, thu] }',
  },
);

export const TeleworkSchema = Type.Union(
  [
    Type.Enum(['none', 'occasional']),
    Type.Object(
      {
        arrangement: Type.Enum(['structural', 'occasional', 'none'], {
          what: 'a telework arrangement',
          expected: 'structural, occasional or none',
        }),
        pattern: Type.Optional(
          Type.Array(
            Type.String({
              pattern: PATTERN_DAY_PATTERN,
              what: 'a pattern day',
              expected: 'a weekday, or a half day such as thu-am or fri-pm',
            }),
            { minItems: 1, expected: 'a list of days, such as [tue, thu-am]' },
          ),
        ),
      },
      closed,
    ),
  ],
  {
    what: 'a telework arrangement',
    expected: 'none, occasional, or { arrangement: structural, pattern: [tue, thu-am] }',
  },
);

export const PersonSchema = Type.Object(
  {
    id: Type.String({
      pattern: GUID_PATTERN,
      what: 'a GUID',
      expected: 'the person’s Microsoft Entra object id, a GUID such as 00000000-0000-4000-8000-000000000001',
    }),
    upn: Type.String({
      pattern: UPN_PATTERN,
      what: 'a sign-in address',
      expected: 'the person’s Microsoft 365 sign-in address, such as marie.dubois@cpas-demo.be',
    }),
    displayName: text('the person’s name as shown in Teams, such as Marie Dubois'),
    locale: Type.Enum([...LOCALES], { what: 'a language of the product', expected: 'fr, nl, en or de' }),
    teams: Type.Optional(
      Type.Array(TeamKey, { uniqueItems: true, expected: 'a list of team ids, such as [social-service]' }),
    ),
    team: Type.Optional(TeamKey),
    function: FunctionKey,
    regime: RegimeSchema,
    telework: TeleworkSchema,
    roles: Type.Optional(
      Type.Array(Type.Enum([...ROLES], { what: 'a role', expected: 'HR, Manager or Admin' }), {
        uniqueItems: true,
        expected: 'a list of roles, such as [HR]',
      }),
    ),
  },
  { ...closed, expected: 'a person, such as { id: ..., upn: ..., displayName: ..., ... }' },
);

// ---------------------------------------------------------------------------------------------
// The file
// ---------------------------------------------------------------------------------------------

export const OrganisationFileSchema = Type.Object(
  {
    employer: EmployerSchema,
    policy: Type.Optional(PolicySchema),
    functions: Type.Optional(FunctionsSchema),
    continuity: Type.Optional(ContinuitySchema),
    teams: Type.Array(TeamSchema, {
      minItems: 1,
      expected: 'the list of teams, each with id, name and managers',
    }),
    people: Type.Array(PersonSchema, {
      minItems: 1,
      expected:
        'the list of staff, each with id, upn, displayName, locale, teams, function, regime and telework',
    }),
  },
  { ...closed, expected: 'an organisation with employer, policy, teams and people' },
);

export type OrganisationFile = Static<typeof OrganisationFileSchema>;
export type PolicyFile = Static<typeof PolicySchema>;
export type FunctionsFile = Static<typeof FunctionsSchema>;
export type ContinuityFile = Static<typeof ContinuitySchema>;
export type TeamFile = Static<typeof TeamSchema>;
export type PersonFile = Static<typeof PersonSchema>;
export type RegimeFile = Static<typeof RegimeSchema>;
export type TeleworkFile = Static<typeof TeleworkSchema>;
export type PermanenceRuleFile = Static<typeof PermanenceRuleSchema>;

/** The annotations the error translator reads on a schema node. */
export interface Annotated extends TSchema {
  what?: string;
  expected?: string;
}
