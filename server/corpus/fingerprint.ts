// Content fingerprint of a report text: stable under whitespace and full-/half-width punctuation differences.
import { createHash } from 'node:crypto';

export function normaliseContent(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFKC').replace(/\s+/g, '');
}

export const contentFingerprint = (text: string) => createHash('sha256').update(normaliseContent(text)).digest('hex');
