import Type from 'typebox';
import { ref } from './common-schemas.js';

// The probes' answers (named: see named-schemas.ts).

export const Health = Type.Object(
  { status: Type.Literal('ok') },
  { $id: 'Health', description: 'The process is up and has finished booting' },
);

export const ReadinessCheckResult = Type.Object(
  {
    name: Type.String({ description: 'database, calendar-outbox, ...' }),
    ok: Type.Boolean(),
    detail: Type.Optional(Type.String({ description: 'Why it fails' })),
  },
  { $id: 'ReadinessCheckResult' },
);

export const Readiness = Type.Object(
  { status: Type.Literal('ready'), checks: Type.Array(ref(ReadinessCheckResult)) },
  { $id: 'Readiness', description: 'Every readiness check passes' },
);
