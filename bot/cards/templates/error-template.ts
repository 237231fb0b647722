// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${...} is Adaptive Card templating, expanded by adaptivecards-templating, not JavaScript.
import { CARD_SCHEMA, CARD_VERSION, type CardTemplate } from '../adaptive-card.js';

/**
 * Something went wrong: what and what to do, in the person's language, and the stable code in
 * small print for the helpdesk.
 *
 * Data: ErrorCardData in error-card.ts.
 */
export const errorTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${title}', style: 'heading', size: 'Large', color: 'Attention', wrap: true },
    { type: 'TextBlock', text: '${message}', wrap: true },
    { type: 'TextBlock', text: '${code}', size: 'Small', isSubtle: true, spacing: 'Medium', wrap: true },
  ],
};
