// The engine alone, not the package's index: the index's typings pull in adaptivecards' TypeScript
// sources (json-schema-card.d.ts imports 'adaptivecards/src/schema'), which then fail `tsc` under
// this project's verbatimModuleSyntax. Same class, same runtime.
import { Template } from 'adaptivecards-templating/lib/template-engine.js';

/**
 * Adaptive Card JSON as the bot sends it. Version 1.5 is what Teams renders on desktop, web and
 * mobile; templates stay within it and the tests parse every card against 1.5.
 */
export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_VERSION = '1.5';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: typeof CARD_SCHEMA;
  version: typeof CARD_VERSION;
  body: unknown[];
  actions?: unknown[];
  refresh?: { action: { type: 'Action.Execute'; verb: string; data: unknown }; userIds?: string[] };
  [property: string]: unknown;
}

/** A template: card JSON with `${...}` expressions, `$data` and `$when`, as adaptivecards-templating reads it. */
export type CardTemplate = Readonly<Record<string, unknown>>;

/** The attachment botbuilder sends (`MessageFactory.attachment(cardAttachment(card))`). */
export interface CardAttachment {
  contentType: typeof CARD_CONTENT_TYPE;
  content: AdaptiveCardJson;
}

export function cardAttachment(card: AdaptiveCardJson): CardAttachment {
  return { contentType: CARD_CONTENT_TYPE, content: card };
}

/**
 * Parsing a template's expressions costs milliseconds; a parsed Template can be expanded with any
 * data again, so each template is parsed once per process.
 */
const preparedTemplates = new WeakMap<CardTemplate, Template>();

function prepared(template: CardTemplate): Template {
  let ready = preparedTemplates.get(template);
  if (!ready) {
    ready = new Template(template);
    preparedTemplates.set(template, ready);
  }
  return ready;
}

/**
 * Expands a template with its data. The data is the only input: texts are already translated and
 * escaped, so the template only places them. The engine does not evaluate `${...}` found in data
 * values, so user text cannot reach the expression language.
 */
export function expandCard(template: CardTemplate, data: object): AdaptiveCardJson {
  const card = prepared(template).expand({ $root: data }) as AdaptiveCardJson;
  // An action list emptied by `$when` is dropped: the card then simply has no buttons.
  if (Array.isArray(card.actions) && card.actions.length === 0) delete card.actions;
  return card;
}
