// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${...} is Adaptive Card templating, expanded by adaptivecards-templating, not JavaScript.
import { CARD_SCHEMA, CARD_VERSION, type CardTemplate } from '../adaptive-card.js';

/**
 * To a manager when a crisis starts: a section per team they manage, a line per day of the
 * crisis's first week (people on site each half day against the minimum in force), and who is
 * suspended rather than absent.
 *
 * Data: the object built in crisis-card.ts (renderTeamCoverageCard).
 */
export const teamCoverageTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${title}', style: 'heading', size: 'Large', color: 'Attention', wrap: true },
    { type: 'TextBlock', text: '${sentence}', wrap: true },
    {
      type: 'Container',
      $data: '${teams}',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: '${name}', weight: 'Bolder', wrap: true },
        {
          type: 'FactSet',
          $when: '${count(days) > 0}',
          spacing: 'Small',
          facts: [{ $data: '${days}', title: '${title}', value: '${value}' }],
        },
        { type: 'TextBlock', text: '${suspended}', isSubtle: true, spacing: 'Small', wrap: true },
      ],
    },
  ],
};
