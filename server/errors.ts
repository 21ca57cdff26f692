// Errors a user sees: Chinese, specific, never a stack trace. `status` is the HTTP status when served.
import { z } from 'zod';

// zod's own messages (wrong type, too big…) in Chinese everywhere: CLI, HTTP and chat alike.
z.config(z.locales.zhCN());

export class UserError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 501 | 503 = 400,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

/** Turn zod issues into one Chinese line per field: 「meta.year：报告年度不早于2008年」. */
export function formatIssues(issues: { path: PropertyKey[]; message: string; code?: string; issues?: { message: string }[] }[]): string {
  return issues
    .slice(0, 20)
    .map((i) => {
      // zod reports a bad record key as 'Invalid key in record': show the key's own (Chinese) reason instead.
      const message = i.code === 'invalid_key' && i.issues?.length ? `「${String(i.path.at(-1))}」无效，${i.issues[0].message}` : i.message;
      return `${i.path.map(String).join('.') || '（根）'}：${message}`;
    })
    .join('\n');
}
