import { isLocale, type Locale } from '../../core/organisation/organisation.js';

// A header is the client's to write: only its start is read, so a huge one costs nothing.
const MAX_HEADER_LENGTH = 500;

/**
 * The language of the product (fr, nl, en, de) that Accept-Language prefers (RFC 9110 §12.5.4):
 * "nl-BE,nl;q=0.9,en;q=0.8" gives nl; q=0 refuses a language; "*" or none of the four gives
 * undefined (the API's English). The first one listed wins between equal weights.
 */
export function acceptedLocale(header: string | string[] | undefined): Locale | undefined {
  const text = (Array.isArray(header) ? header.join(',') : (header ?? '')).slice(0, MAX_HEADER_LENGTH);
  const ranked = text
    .split(',')
    .map((part, order) => {
      const [tag = '', ...options] = part.trim().split(';');
      const q = options.map((option) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/i.exec(option)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', weight: q ? Number(q) : 1, order };
    })
    .filter((choice) => choice.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked.map((choice) => choice.language).find(isLocale);
}
