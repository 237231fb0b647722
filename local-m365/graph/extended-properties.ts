import type { ExtendedProperty } from './event-model.js';
import { errors, GraphError } from './graph-error.js';

/**
 * Single-value extended property ids, as Graph spells them (learn.microsoft.com/graph/api/resources/
 * extended-properties-overview): "{type} {guid} Name {name}", "{type} {guid} Id 0x{hex}" or
 * "{type} 0x{tag}". Per the singleValueLegacyExtendedProperty "get" page, the Name part is
 * case-sensitive and the value comparison in $filter is case-insensitive; the type and the GUID
 * are compared without case.
 */
const PROPERTY_ID =
  /^\s*(binary|boolean|currency|clsid|integer|long|double|float|short|string|systemtime|object|null|error|applicationtime)(array)?\s+(?:\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}\s+(?:name\s+(\S(?:.*\S)?)|id\s+(0x[0-9a-f]{1,4}))|(0x[0-9a-f]{4}))\s*$/i;

/** A key equal for two ids Graph treats as the same property; undefined for a malformed id. */
export function extendedPropertyKey(id: string): string | undefined {
  const match = PROPERTY_ID.exec(id);
  if (!match) return undefined;
  const [, type, array, guid, name, numericId, tag] = match;
  const kind = `${type?.toLowerCase()}${array ? 'array' : ''}`;
  if (tag) return `${kind} ${tag.toLowerCase()}`;
  if (name !== undefined) return `${kind} {${guid?.toLowerCase()}} name ${name}`;
  return `${kind} {${guid?.toLowerCase()}} id ${Number.parseInt(numericId ?? '0', 16)}`;
}

export function sameExtendedProperty(a: string, b: string): boolean {
  const keyA = extendedPropertyKey(a);
  return keyA !== undefined && keyA === extendedPropertyKey(b);
}

/** Reads the `singleValueExtendedProperties` of a request body. */
export function readExtendedProperties(value: unknown): ExtendedProperty[] {
  if (!Array.isArray(value))
    throw errors.bodyRead(
      "Cannot convert the value to the expected type 'Collection(microsoft.graph.singleValueLegacyExtendedProperty)'.",
    );
  return value.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw errors.bodyRead(
        "Cannot convert the value to the expected type 'microsoft.graph.singleValueLegacyExtendedProperty'.",
      );
    const { id, value: propertyValue, ...rest } = item as Record<string, unknown>;
    const unknownKey = Object.keys(rest).find((key) => !key.includes('@'));
    if (unknownKey)
      throw errors.bodyRead(
        `The property '${unknownKey}' does not exist on type 'microsoft.graph.singleValueLegacyExtendedProperty'.`,
      );
    if (typeof id !== 'string' || extendedPropertyKey(id) === undefined)
      // Exchange refuses a malformed property id; the exact code Graph uses is not documented.
      throw new GraphError(
        400,
        'ErrorInvalidProperty',
        `The extended property id '${String(id)}' is not valid.`,
      );
    if (propertyValue !== null && typeof propertyValue !== 'string')
      throw errors.bodyRead(
        `Cannot convert the literal '${String(propertyValue)}' to the expected type 'Edm.String'.`,
      );
    return { id, value: propertyValue ?? null };
  });
}

/** PATCH creates the properties it names and updates those that exist; it removes none. */
export function mergeExtendedProperties(
  current: ExtendedProperty[],
  changes: ExtendedProperty[],
): ExtendedProperty[] {
  const merged = [...current];
  for (const change of changes) {
    const index = merged.findIndex((property) => sameExtendedProperty(property.id, change.id));
    if (index >= 0) merged[index] = { id: merged[index]?.id ?? change.id, value: change.value };
    else merged.push(change);
  }
  return merged;
}

/** What `$filter=singleValueExtendedProperties/Any(ep: ep/id eq 'x' and ep/value eq 'y')` asks. */
export interface ExtendedPropertyCondition {
  id: string;
  /** Absent when the filter only asks that the property exists. */
  value?: string;
}

export function matchesCondition(
  properties: ExtendedProperty[],
  condition: ExtendedPropertyCondition,
): boolean {
  return properties.some(
    (property) =>
      sameExtendedProperty(property.id, condition.id) &&
      (condition.value === undefined ||
        (property.value !== null && property.value.toLowerCase() === condition.value.toLowerCase())),
  );
}
