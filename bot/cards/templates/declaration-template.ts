// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${...} is Adaptive Card templating, expanded by adaptivecards-templating, not JavaScript.
import { CARD_SCHEMA, CARD_VERSION, type CardTemplate } from '../adaptive-card.js';

/**
 * The answer to "/telework …": one section per day asked (accepted, waiting for approval or
 * refused, each in its colour), what is left of the quotas, the days possible instead (one button
 * each) and Undo for the days that were taken.
 *
 * Data: DeclarationCardData in declaration-card.ts.
 */
export const declarationTemplate: CardTemplate = {
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: CARD_VERSION,
  body: [
    { type: 'TextBlock', text: '${title}', style: 'heading', size: 'Large', wrap: true },
    {
      type: 'TextBlock',
      $when: '${summary != ""}',
      text: '${summary}',
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    },
    {
      type: 'Container',
      $data: '${days}',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: '${heading}', weight: 'Bolder', wrap: true },
        {
          type: 'TextBlock',
          text: '${status}',
          color: '${color}',
          weight: 'Bolder',
          spacing: 'Small',
          wrap: true,
        },
        { type: 'TextBlock', text: '${reason}', spacing: 'Small', wrap: true },
        {
          type: 'FactSet',
          $when: '${count(facts) > 0}',
          spacing: 'Small',
          facts: [{ $data: '${facts}', title: '${title}', value: '${value}' }],
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
    {
      type: 'Container',
      $when: '${count(suggestions) > 0}',
      separator: true,
      spacing: 'Medium',
      items: [
        { type: 'TextBlock', text: '${suggestionsTitle}', weight: 'Bolder', wrap: true },
        {
          type: 'ActionSet',
          actions: [
            {
              $data: '${suggestions}',
              type: 'Action.Execute',
              title: '${title}',
              verb: 'declare',
              data: { date: '${date}', part: '${part}', locale: '${$root.locale}' },
            },
          ],
        },
      ],
    },
  ],
  actions: [
    {
      $when: '${count(undo.entryIds) > 0}',
      type: 'Action.Execute',
      title: '${undo.title}',
      verb: 'undo',
      data: { entryIds: '${undo.entryIds}', locale: '${$root.locale}' },
    },
  ],
};
