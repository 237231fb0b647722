// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${...} is Adaptive Card templating, expanded by adaptivecards-templating, not JavaScript.
import { CARD_SCHEMA, CARD_VERSION, type CardTemplate } from '../adaptive-card.js';

/**
 * "My week": one row per working day, Monday to Friday (day on the left, where the person is on
 * the right, in colour), then what is left of the quotas.
 *
 * Data: WeekCardData in week-card.ts.
 */
export const weekTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${title}', style: 'heading', size: 'Large', wrap: true },
    {
      type: 'ColumnSet',
      $data: '${days}',
      separator: true,
      spacing: 'Small',
      columns: [
        {
          type: 'Column',
          width: 2,
          items: [{ type: 'TextBlock', text: '${day}', weight: 'Bolder', wrap: true }],
        },
        {
          type: 'Column',
          width: 5,
          items: [{ type: 'TextBlock', $data: '${lines}', text: '${text}', color: '${color}', wrap: true }],
        },
      ],
    },
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
