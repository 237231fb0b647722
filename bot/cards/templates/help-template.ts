// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${...} is Adaptive Card templating, expanded by adaptivecards-templating, not JavaScript.
import { CARD_SCHEMA, CARD_VERSION, type CardTemplate } from '../adaptive-card.js';

/**
 * The commands with examples in the person's language; when the bot did not understand a
 * message, the first line quotes it back (escaped: it is the user's own text).
 *
 * Data: HelpCardData in help-card.ts.
 */
export const helpTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  body: [
    {
      type: 'TextBlock',
      $when: '${notUnderstood != ""}',
      text: '${notUnderstood}',
      color: 'Attention',
      weight: 'Bolder',
      wrap: true,
    },
    { type: 'TextBlock', text: '${title}', style: 'heading', size: 'Large', wrap: true },
    { type: 'TextBlock', text: '${intro}', spacing: 'Small', wrap: true },
    {
      type: 'Container',
      $data: '${commands}',
      spacing: 'Small',
      items: [
        { type: 'TextBlock', text: '${example}', fontType: 'Monospace', weight: 'Bolder', wrap: true },
        { type: 'TextBlock', text: '${meaning}', isSubtle: true, spacing: 'None', wrap: true },
      ],
    },
    { type: 'TextBlock', text: '${footer}', isSubtle: true, separator: true, spacing: 'Medium', wrap: true },
  ],
};
