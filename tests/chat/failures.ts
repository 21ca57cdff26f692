// Runs chat cases through the eval suite's runner and returns only the failed ones, with what went wrong (an empty
// list is the assertion): the class tests of the probe batches share it.
import { runChatCases, type ChatCase } from '../../evals/suites/chat.js';

export async function run(cases: Omit<ChatCase, 'split'>[]) {
  const out = await runChatCases(cases.map((c) => ({ ...c, split: 'dev' as const })));
  return out.filter((o) => !o.ok).map((o) => ({ id: o.id, wrong: o.wrong, collateral: o.collateral, missed: o.missed, reply: o.reply }));
}
