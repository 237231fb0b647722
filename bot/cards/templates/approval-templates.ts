// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${...} is Adaptive Card templating, expanded by adaptivecards-templating, not JavaScript.
import { CARD_SCHEMA, CARD_VERSION, type CardTemplate } from '../adaptive-card.js';

/** A day of a request: what is asked, why it needs approval, the figures, where it stands. */
const daySection = {
  type: 'Container',
  $data: '${days}',
  separator: true,
  spacing: 'Medium',
  items: [
    { type: 'TextBlock', text: '${heading}', weight: 'Bolder', wrap: true },
    {
      type: 'TextBlock',
      $when: '${reason != ""}',
      text: '${reason}',
      color: 'Warning',
      spacing: 'Small',
      wrap: true,
    },
    {
      type: 'FactSet',
      $when: '${count(facts) > 0}',
      spacing: 'Small',
      facts: [{ $data: '${facts}', title: '${title}', value: '${value}' }],
    },
    {
      type: 'TextBlock',
      $when: '${state != ""}',
      text: '${state}',
      color: '${stateColor}',
      weight: 'Bolder',
      wrap: true,
    },
    {
      type: 'ActionSet',
      $when: '${pending}',
      actions: [
        {
          type: 'Action.Execute',
          title: '${$root.approve}',
          verb: 'approve',
          style: 'positive',
          data: { entryId: '${entryId}', entryIds: '${$root.entryIds}', locale: '${$root.locale}' },
        },
        {
          type: 'Action.Execute',
          title: '${$root.reject}',
          verb: 'reject',
          style: 'destructive',
          data: { entryId: '${entryId}', entryIds: '${$root.entryIds}', locale: '${$root.locale}' },
        },
      ],
    },
  ],
};

const header = [
  { type: 'TextBlock', text: '${title}', style: 'heading', size: 'Large', wrap: true },
  { type: 'TextBlock', text: '${intro}', spacing: 'Small', wrap: true },
];

/**
 * Sent to the approvers. `refresh` makes Teams ask the bot for the card again (verb
 * refreshApproval) when one of `userIds` opens it, so that each approver sees the buttons only
 * while the day is pending and everyone sees who decided.
 *
 * Data: ApprovalCardData in approval-cards.ts.
 */
export const approvalRequestTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  refresh: {
    action: {
      type: 'Action.Execute',
      verb: 'refreshApproval',
      data: { entryIds: '${entryIds}', locale: '${locale}' },
    },
    userIds: '${refreshUserIds}',
  },
  body: [...header, daySection],
};

/** The same request once decided (or for anyone not an approver): who decided and when, no buttons. */
export const approvalDecidedTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  body: [...header, daySection],
};
