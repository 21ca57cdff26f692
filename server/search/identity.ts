// Which embedder built an index: the one message every adapter gives when two embedders would be mixed.
import { UserError } from '../errors.js';
import type { EmbedderIdentity } from '../ports/index.js';

export function mismatchMessage(stored: EmbedderIdentity, current: EmbedderIdentity): string {
  return (
    `向量索引由嵌入模型「${stored.id}」（${stored.dim} 维）建立，当前使用的是「${current.id}」（${current.dim} 维），` +
    `两者的向量不能混在同一索引中。请运行 nianbao ingest --reindex 用当前模型重建索引，或恢复原来的嵌入设置。`
  );
}

/** Throw a Chinese 409 when the index was built by another embedder. An empty index (undefined) accepts any. */
export function assertSame(stored: EmbedderIdentity | undefined, current: EmbedderIdentity): void {
  if (stored && (stored.id !== current.id || stored.dim !== current.dim)) throw new UserError(mismatchMessage(stored, current), 409);
}
