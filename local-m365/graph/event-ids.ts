import { createHash, randomBytes } from 'node:crypto';

/**
 * Identifiers shaped like Exchange Online's, so that clients meet the same lengths and alphabets:
 * event ids are long URL-safe base64 with padding ("AAMkAD...AAA=="), change keys standard base64,
 * iCalUIds uppercase hex with the Outlook prefix. They are opaque: nothing may be read from them.
 */
export function newEventId(mailbox: string): string {
  const mailboxPart = createHash('sha256').update(mailbox.toLowerCase()).digest().subarray(0, 18);
  return `AAMkA${Buffer.concat([mailboxPart, randomBytes(46)]).toString('base64url')}AAA==`;
}

export function newChangeKey(): string {
  return randomBytes(20).toString('base64');
}

export function newICalUId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString('hex').toUpperCase();
  return `040000008200E00074C5B7101A82E00800000000${hex(8)}000000000000000010000000${hex(16)}`;
}

export function etagOf(changeKey: string): string {
  return `W/"${changeKey}"`;
}
