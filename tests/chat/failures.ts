// Runs chat cases through the eval suite's runner and returns only the failed ones, with what went wrong (an empty
// list is the assertion): the class tests of the probe batches share it, with two shorthands for one conversation.
import { runChatCases, type ChatCase } from '../../evals/suites/chat.js';

export async function run(cases: Omit<ChatCase, 'split'>[]) {
  const out = await runChatCases(cases.map((c) => ({ ...c, split: 'dev' as const })));
  return out.filter((o) => !o.ok).map((o) => ({ id: o.id, wrong: o.wrong, collateral: o.collateral, missed: o.missed, reply: o.reply }));
}

/** One conversation's failures (none: []) against the values that must hold after its last turn and the places asked. */
export const one = (turns: string[], set: Record<string, unknown>, ask: string[] = []) => run([{ id: 'c', turns, expect: { set: set as never, ask, nothing: false } }]);

/** One conversation's outcome with no expectation beyond the draft it starts from (`state`, which must stay): its
 * collateral list is every place it changed, its wrong list every starting value it changed, its reply the last. */
export async function after(turns: string[], state: Record<string, unknown> = {}) {
  const [o] = await runChatCases([{ id: 'x', split: 'dev', state: state as never, turns, expect: { set: state as never, ask: [], nothing: false } }]);
  return o;
}
