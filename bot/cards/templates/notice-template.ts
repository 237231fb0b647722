// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${...} is Adaptive Card templating, expanded by adaptivecards-templating, not JavaScript.
import { CARD_SCHEMA, CARD_VERSION, type CardTemplate } from '../adaptive-card.js';

/**
 * A short message to one person: a coloured title, a sentence, a few lines, and optionally what
 * is left of the quotas. The decision notice (approved, rejected) and the cancellation use it.
 *
 * Data: NoticeData in notice-cards.ts.
 */
export const noticeTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${title}', style: 'heading', size: 'Large', color: '${color}', wrap: true },
    { type: 'TextBlock', text: '${sentence}', wrap: true },
    { type: 'TextBlock', $data: '${lines}', text: '${text}', isSubtle: true, spacing: 'Small', wrap: true },
    {
      type: 'Container',
      $when: '${count(quotas) > 0}',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: '${quotaTitle}', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', $data: '${quotas}', text: '${text}', spacing: 'Small', wrap: true },
      ],
    },
  ],
};
