// Offline chat: a deterministic reader for this report's closed vocabulary. It understands what it can place
// exactly, and asks about everything else — it never guesses a cell, a column or a reason.
// The pipeline: the whole message (meta, lists) → the context the previous turn left → sentence by sentence, clause by
// clause, each number placed on a typed target or asked about → settling what is still open → the next turn's topic.
// The stages live in ./extract/ and share one Reader (./extract/reader.ts).
import type { ExtractContext, Extraction } from './extraction.js';
import { setContext, takePreviousSubject } from './extract/context.js';
import { handOver } from './extract/handover.js';
import { newReader } from './extract/reader.js';
import { readSentences } from './extract/sentences.js';
import { settle } from './extract/settle.js';
import { keepLabels, readWhole } from './extract/whole.js';

export { orphanQuestion } from './extraction.js';
export type { Ask, ExtractContext, Extraction, Orphan, Pending, Said } from './extraction.js';

export function extract(message: string, ec: ExtractContext): Extraction {
  const rd = newReader(message, ec);
  readWhole(rd);
  setContext(rd);
  keepLabels(rd);
  takePreviousSubject(rd);
  readSentences(rd);
  settle(rd);
  handOver(rd);
  return rd.out;
}
