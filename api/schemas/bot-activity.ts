import Type from 'typebox';

// The shape of an activity POSTed to /api/messages, checked before botbuilder sees it: botbuilder
// trusts it (an activity without `type`, or whose `conversation` is not an object, crashed in the
// adapter with a 500). The fields are those of the Bot Framework Activity schema the bot and
// botbuilder read; the others (entities, channelData...) pass as they are.

/** Teams caps a message at about 28 KB; a longer text did not come from Teams. */
export const MAX_ACTIVITY_TEXT = 28_000;

const text = (maxLength: number) => Type.String({ maxLength });
const id = Type.String({ minLength: 1, maxLength: 1024 });

const Account = Type.Object(
  { id, name: Type.Optional(text(512)), aadObjectId: Type.Optional(text(64)), role: Type.Optional(text(64)) },
  { additionalProperties: true },
);

const Conversation = Type.Object(
  {
    id,
    conversationType: Type.Optional(text(64)),
    tenantId: Type.Optional(text(64)),
    isGroup: Type.Optional(Type.Boolean()),
    name: Type.Optional(text(512)),
  },
  { additionalProperties: true },
);

/** An Action.Execute from an Adaptive Card: the verb, and the data the button carries. */
const CardActionValue = Type.Object(
  {
    action: Type.Object(
      {
        type: Type.Literal('Action.Execute'),
        verb: Type.String({ minLength: 1, maxLength: 64 }),
        data: Type.Optional(Type.Object({}, { additionalProperties: true })),
      },
      { additionalProperties: true },
    ),
  },
  { additionalProperties: true },
);

export const BotActivity = Type.Object(
  {
    type: Type.String({ minLength: 1, maxLength: 64 }),
    id: Type.Optional(text(1024)),
    channelId: Type.String({ minLength: 1, maxLength: 64 }),
    serviceUrl: Type.String({ pattern: '^https?://', maxLength: 2048 }),
    from: Account,
    recipient: Account,
    conversation: Conversation,
    text: Type.Optional(text(MAX_ACTIVITY_TEXT)),
    textFormat: Type.Optional(text(32)),
    locale: Type.Optional(text(35)),
    name: Type.Optional(text(256)),
    action: Type.Optional(text(64)),
    deliveryMode: Type.Optional(text(32)),
    replyToId: Type.Optional(text(1024)),
    timestamp: Type.Optional(text(64)),
    localTimestamp: Type.Optional(text(64)),
    expiration: Type.Optional(text(64)),
    membersAdded: Type.Optional(Type.Array(Account, { maxItems: 1000 })),
    membersRemoved: Type.Optional(Type.Array(Account, { maxItems: 1000 })),
    attachments: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 50 })),
    entities: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 50 })),
    channelData: Type.Optional(Type.Object({}, { additionalProperties: true })),
    value: Type.Optional(Type.Unknown()),
  },
  {
    additionalProperties: true,
    // A card button's invoke must carry its action (botbuilder read value.action.type blindly).
    allOf: [
      {
        if: {
          type: 'object',
          properties: { type: { const: 'invoke' }, name: { const: 'adaptiveCard/action' } },
          required: ['type', 'name'],
        },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a promise.
        then: { required: ['value'], properties: { value: CardActionValue } },
      },
    ],
  },
);
