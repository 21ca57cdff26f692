// Errors and ids shared by every DraftRepo adapter, so a stale write reads the same on SQLite and D1.
import { UserError } from '../errors.js';

export const newDraftId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 16);

export const unknownDraft = (id: string) => new UserError(`草稿「${id}」不存在。`, 404);

/** A 409 naming what changed since the version the writer based its change on. */
export function staleVersion(current: { currentVersion: number }, base: number, since: { version: number; note: string | null }[] = []): UserError {
  const changes = since
    .filter((v) => v.version > base)
    .map((v) => `第${v.version}版${v.note ? `（${v.note}）` : ''}`)
    .join('、');
  const what = changes ? `此后的修改：${changes}。` : '';
  return new UserError(
    `草稿已被别处修改：您的修改基于第${base}版，当前已是第${current.currentVersion}版。${what}请刷新后再改，您这次的修改没有保存，也没有覆盖别人的内容。`,
    409,
    { currentVersion: current.currentVersion, baseVersion: base },
  );
}
