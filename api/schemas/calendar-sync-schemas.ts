import Type from 'typebox';
import { ref } from './common-schemas.js';

// The Admin routes' shapes for the calendar changes Graph refused for good (named: see named-schemas.ts).

export const ParkedCalendarChange = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('entry'), Type.Literal('duty')]),
    entityId: Type.String({ description: 'The telework entry or permanence duty' }),
    target: Type.Union([Type.Literal('person'), Type.Literal('team')], {
      description: "The person's own calendar, or the team's permanence calendar",
    }),
    reason: Type.String({ description: 'Why Graph refused it, e.g. the mailbox does not exist' }),
    parkedAt: Type.String({ format: 'date-time' }),
    attempts: Type.Integer(),
  },
  { $id: 'ParkedCalendarChange', description: 'A calendar change Graph refused for good' },
);

export const ParkedCalendarChangeList = Type.Object(
  { parked: Type.Array(ref(ParkedCalendarChange)) },
  { $id: 'ParkedCalendarChangeList' },
);

export const RequeueRequest = Type.Object(
  {
    ids: Type.Union(
      [Type.Literal('all'), Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 1000 })],
      { description: '"all", or the ids of the parked changes to send again' },
    ),
  },
  { $id: 'RequeueRequest', additionalProperties: false },
);

export const RequeueResult = Type.Object(
  { requeued: Type.Integer({ description: 'How many parked changes go back to the outbox' }) },
  { $id: 'RequeueResult' },
);
