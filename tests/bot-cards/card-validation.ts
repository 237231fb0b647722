import { AdaptiveCard, SerializationContext, type Version, Versions } from 'adaptivecards';

/**
 * Everything wrong with a card, as Teams' own Adaptive Cards library sees it at version 1.5:
 * - parse events: unknown element or action types, values not in 1.5 (a 1.6 Carousel, a bad enum);
 * - validation events: empty collections, duplicate ids, missing required properties;
 * - properties that do not survive a parse and serialise round trip: the library did not know
 *   them (a misspelt "wieght" would otherwise pass silently);
 * - what our own rules add: version 1.5, the schema, no `${` left unexpanded.
 * Parsing and validating need no DOM: nothing is rendered.
 */
export function cardProblems(json: unknown, version: Version = Versions.v1_5): string[] {
  const problems: string[] = [];
  const card = json as Record<string, unknown>;
  if (card.type !== 'AdaptiveCard') problems.push(`type is ${String(card.type)}`);
  if (card.version !== '1.5') problems.push(`version is ${String(card.version)}, not 1.5`);
  if (card.$schema !== 'http://adaptivecards.io/schemas/adaptive-card.json') problems.push('no $schema');
  const text = JSON.stringify(json);
  if (text.includes('${')) problems.push(`unexpanded expression: ${text.match(/.{0,40}\$\{[^}]*\}/)?.[0]}`);

  const parsed = new AdaptiveCard();
  const context = new SerializationContext(version);
  parsed.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`validate: ${event.message}`);

  const back = parsed.toJSON(new SerializationContext(version));
  problems.push(...droppedProperties(json, back, '$').map((path) => `not understood: ${path}`));
  return problems;
}

/**
 * Paths present in `original` and missing from `roundTrip`. Action `data` is opaque to the
 * library (it is sent back to the bot as is) and compared whole.
 */
function droppedProperties(original: unknown, roundTrip: unknown, path: string): string[] {
  if (Array.isArray(original)) {
    if (!Array.isArray(roundTrip) || roundTrip.length !== original.length) return [path];
    return original.flatMap((item, i) => droppedProperties(item, roundTrip[i], `${path}[${i}]`));
  }
  if (original === null || typeof original !== 'object') {
    return JSON.stringify(original) === JSON.stringify(roundTrip) ? [] : [path];
  }
  if (roundTrip === null || typeof roundTrip !== 'object') return [path];
  const back = roundTrip as Record<string, unknown>;
  return Object.entries(original).flatMap(([key, value]) => {
    if (!(key in back)) return [`${path}.${key}`];
    if (key === 'data') return JSON.stringify(value) === JSON.stringify(back[key]) ? [] : [`${path}.data`];
    return droppedProperties(value, back[key], `${path}.${key}`);
  });
}

/** Every string a person reads on the card: TextBlock texts, facts, action titles. */
export function cardTexts(json: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value']) {
      if (typeof object[key] === 'string') texts.push(object[key] as string);
    }
    for (const [key, value] of Object.entries(object)) if (key !== 'data') walk(value);
  };
  walk(json);
  return texts;
}

/** The card's Action.Execute actions, wherever they are (card actions, ActionSets, refresh). */
export function executeActions(json: unknown): Array<{ title?: string; verb: string; data: unknown }> {
  const found: Array<{ title?: string; verb: string; data: unknown }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    if (object.type === 'Action.Execute') {
      found.push({
        title: object.title as string | undefined,
        verb: object.verb as string,
        data: object.data,
      });
    }
    for (const [key, value] of Object.entries(object)) if (key !== 'data') walk(value);
  };
  walk(json);
  return found;
}
