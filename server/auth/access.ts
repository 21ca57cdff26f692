// What each role may see and change: a clerk their own agency's drafts; a reviewer reads the agencies assigned to
// them; an admin everything. Used by the drafts routes, chat and review.
import type { Context } from 'hono';
import { UserError } from '../errors.js';
import type { DraftAccess } from '../http/drafts.js';
import type { User } from '../ports/index.js';
import { principal } from './guard.js';

export const reviewsAll = (u: User) => u.role === 'admin' || u.reviews.includes('*');

/** Agencies a user may read (undefined: all). */
export function readableAgencies(u: User): string[] | undefined {
  if (u.role === 'admin') return undefined;
  if (u.role === 'clerk') return [u.agency];
  return reviewsAll(u) ? undefined : u.reviews;
}

export function canRead(u: User, agency: string): boolean {
  const a = readableAgencies(u);
  return !a || a.includes(agency);
}

export function canWrite(u: User, agency: string): boolean {
  return u.role === 'admin' || (u.role === 'clerk' && u.agency === agency);
}

export const draftAccess: DraftAccess = {
  check(c: Context, d, write) {
    const { user } = principal(c);
    // Another agency's draft does not exist for a clerk (no probing of ids).
    if (!canRead(user, d.agency)) throw new UserError(`草稿「${d.id}」不存在。`, 404);
    if (write && !canWrite(user, d.agency)) throw new UserError('您只能查看这份草稿，不能修改（审核人账号只读）。', 403);
  },
  agencies: (c) => readableAgencies(principal(c).user),
  canCreate(c, agency) {
    const { user } = principal(c);
    if (user.role === 'reviewer') throw new UserError('审核人账号不能新建草稿。', 403);
    if (user.role === 'clerk' && user.agency !== agency)
      throw new UserError(`您的账号属于「${user.agency}」，只能为本机关起草（填写的是「${agency.slice(0, 60)}」）。`, 403);
  },
};
