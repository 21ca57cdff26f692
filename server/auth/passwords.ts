// Password hashes: scrypt (N=2^14, r=8, p=1), salted, parameters stored with the hash so they can be raised later.
// The scrypt function is injected (Node's native one on Node, @noble/hashes on Workers); both give the same bytes.
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { b64, constantTimeEqual, fromB64, randomBytes } from './bytes.js';

export type Scrypt = (password: string, salt: Uint8Array, o: { N: number; r: number; p: number; dkLen: number }) => Promise<Uint8Array>;

/** Portable default (pure JS, maintained): used where no native scrypt is given. */
export const nobleScrypt: Scrypt = (pw, salt, o) => scryptAsync(new TextEncoder().encode(pw.normalize('NFC')), salt, o);

const PARAMS = { N: 1 << 14, r: 8, p: 1, dkLen: 32 };

export async function hashPassword(password: string, scrypt: Scrypt = nobleScrypt): Promise<string> {
  const salt = randomBytes(16);
  const dk = await scrypt(password, salt, PARAMS);
  return `scrypt$${PARAMS.N},${PARAMS.r},${PARAMS.p}$${b64(salt)}$${b64(dk)}`;
}

export async function verifyPassword(password: string, stored: string, scrypt: Scrypt = nobleScrypt): Promise<boolean> {
  const m = /^scrypt\$(\d+),(\d+),(\d+)\$([\w+/=-]+)\$([\w+/=-]+)$/.exec(stored);
  if (!m) return false;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (N > 1 << 20 || r > 32 || p > 16) return false;
  const want = fromB64(m[5]);
  const got = await scrypt(password, fromB64(m[4]), { N, r, p, dkLen: want.length });
  return constantTimeEqual(got, want);
}

/** A readable generated password (no look-alike characters). */
export function generatePassword(length = 16): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}
