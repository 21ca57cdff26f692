// Chat suite: clerk utterances (evals/fixtures/chat/utterances.json) through the offline chat, as the HTTP route runs
// it — a real draft in a temp SQLite store, the case's state applied first, each turn through offlineTurn.
// Per split: case accuracy (every expected value right, no collateral change, every expected question asked),
// wrong values, collateral changes, silent drops, asked-when-should-fill, filled-when-should-ask.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyChanges } from '../../server/chat/apply.js';
import { ChatHistory } from '../../server/chat/history.js';
import { offlineTurn } from '../../server/chat/offline.js';
import { flatten, sameValue, type TargetValue } from '../../server/chat/targets.js';
import { ACK_OPENING } from '../../server/chat/acknowledge.js';
import type { DraftInput } from '../../server/draft/types.js';
import { openStore } from '../../server/store/db.js';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import type { DraftRepo } from '../../server/ports/index.js';
import { REPO_ROOT } from '../lib/corpus.js';
import type { CaseResult, SuiteResult } from '../lib/types.js';

export interface ChatCase {
  id: string;
  kind?: string[];
  split: 'dev' | 'test';
  state?: Record<string, TargetValue>;
  turns: string[];
  expect: { set?: Record<string, TargetValue>; ask?: string[]; nothing?: boolean };
  note?: string;
  /** Report year and agency of the draft (defaults below). */
  meta?: { year?: number; agency?: string; level?: string };
}

export interface ChatCaseOutcome {
  id: string;
  split: string;
  ok: boolean;
  wrong: string[];
  missed: string[];
  collateral: string[];
  askedNotHonoured: string[];
  silent: boolean;
  askedWhenShouldFill: string[];
  filledWhenShouldAsk: string[];
  reply: string;
}

export interface SplitFigures {
  n: number;
  accuracy: number;
  wrongValues: number;
  collateral: number;
  silentDrops: number;
  askedWhenShouldFill: number;
  filledWhenShouldAsk: number;
}

export const CHAT_FIXTURE = join(REPO_ROOT, 'evals', 'fixtures', 'chat', 'utterances.json');
const MAX_MESSAGE_CHARS = 4000;

export function loadChatCases(file = CHAT_FIXTURE): ChatCase[] {
  if (!existsSync(file)) throw new Error(`无法加载对话评测用例：${file} 不存在`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { cases: ChatCase[] };
  return raw.cases;
}

/** An asked target honours an expected one when equal, or one names the other's row (「t3.new」 ~ 「t3.new.natural」). */
const honours = (asked: string, want: string) => asked === want || asked.startsWith(`${want}.`) || want.startsWith(`${asked}.`);

/** Run cases through the offline chat. One temp store for all cases (one draft each). */
export async function runChatCases(cases: ChatCase[]): Promise<ChatCaseOutcome[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-chat-eval-'));
  const store = openStore(join(dir, 'eval.db'));
  const storage = sqliteStorage(store);
  const drafts = storage.drafts;
  const history = new ChatHistory(storage.chat);
  const out: ChatCaseOutcome[] = [];
  try {
    for (const c of cases) out.push(await runCase(drafts, history, c));
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function runCase(drafts: DraftRepo, history: ChatHistory, c: ChatCase): Promise<ChatCaseOutcome> {
  const year = Number(c.state?.['meta.year'] ?? c.meta?.year ?? 2024);
  let input = { meta: { agency: c.meta?.agency ?? '临江市桦树镇人民政府', year, level: c.meta?.level ?? '乡镇' }, numbers: {}, facts: [] } as unknown as DraftInput;
  if (c.state) {
    const r = applyChanges(input, Object.entries(c.state).map(([target, value]) => ({ target, value })));
    if (r.errors.length) throw new Error(`用例 ${c.id} 的初始状态有误：${r.errors.join('；')}`);
    input = r.input;
  }
  const d = await drafts.create(input, '评测初始状态');
  const before = flatten(input);
  let last: Awaited<ReturnType<typeof offlineTurn>> = { lines: [] };
  // (`nothing` is said of the last message: what the turns before it filled may stand.)
  let beforeLast = before;
  for (const [i, turn] of c.turns.entries()) {
    if (i === c.turns.length - 1) beforeLast = flatten((await drafts.get(d.id))!.input);
    if (turn.length > MAX_MESSAGE_CHARS) {
      last = { lines: [`消息过长（${turn.length}字）`] };
      continue;
    }
    try {
      last = await offlineTurn(drafts, history, d.id, turn);
    } catch (e) {
      last = { lines: [`出错：${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  const after = flatten((await drafts.get(d.id))!.input);
  const set = c.expect.set ?? {};
  const ask = c.expect.ask ?? [];
  const asked = last.asks ?? [];
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => !sameValue(before[t], after[t]));
  const wrong: string[] = [];
  const missed: string[] = [];
  const askedWhenShouldFill: string[] = [];
  for (const [t, v] of Object.entries(set)) {
    if (sameValue(after[t], v)) continue;
    if (!sameValue(after[t], before[t])) wrong.push(`${t}: ${JSON.stringify(after[t])}（应为 ${JSON.stringify(v)}）`);
    else {
      missed.push(t);
      if (asked.some((a) => honours(a, t))) askedWhenShouldFill.push(t);
    }
  }
  const collateral = changed.filter((t) => !(t in set)).map((t) => `${t}: ${JSON.stringify(before[t])} → ${JSON.stringify(after[t])}`);
  const filledWhenShouldAsk = ask.filter((t) => changed.some((x) => honours(x, t)) && !(t in set));
  const askedNotHonoured = ask.filter((t) => !asked.some((a) => honours(a, t)));
  const said = last.lines.join('\n');
  const understoodNothing = !changed.length && !asked.length;
  // An acknowledgement of a topic or a greeting (「好的，接着说…」) changed nothing either.
  const saidNothing = !said.trim() || /没有找到能填进报告/.test(said) || said.startsWith(ACK_OPENING);
  const silent = understoodNothing && saidNothing && (Object.keys(set).length > 0 || ask.length > 0);
  const changedLast = [...new Set([...Object.keys(beforeLast), ...Object.keys(after)])].filter((t) => !sameValue(beforeLast[t], after[t]));
  const nothingOk = !c.expect.nothing || (!changedLast.length && Boolean(said.trim()));
  const ok = !wrong.length && !missed.length && !collateral.length && !askedNotHonoured.length && !filledWhenShouldAsk.length && nothingOk;
  return { id: c.id, split: c.split, ok, wrong, missed, collateral, askedNotHonoured, silent, askedWhenShouldFill, filledWhenShouldAsk, reply: said };
}

export function figures(outcomes: ChatCaseOutcome[]): SplitFigures {
  const n = outcomes.length;
  return {
    n,
    accuracy: n ? outcomes.filter((o) => o.ok).length / n : 0,
    wrongValues: outcomes.reduce((a, o) => a + o.wrong.length, 0),
    collateral: outcomes.reduce((a, o) => a + o.collateral.length, 0),
    silentDrops: outcomes.filter((o) => o.silent).length,
    askedWhenShouldFill: outcomes.reduce((a, o) => a + o.askedWhenShouldFill.length, 0),
    filledWhenShouldAsk: outcomes.reduce((a, o) => a + o.filledWhenShouldAsk.length, 0),
  };
}

export async function runChatSuite(opts: { cases?: ChatCase[] } = {}): Promise<SuiteResult> {
  const t0 = Date.now();
  const cases = opts.cases ?? loadChatCases();
  const outcomes = await runChatCases(cases);
  const metrics: SuiteResult['metrics'] = {};
  const rows: (string | number)[][] = [];
  for (const split of ['dev', 'test', 'all'] as const) {
    const f = figures(split === 'all' ? outcomes : outcomes.filter((o) => o.split === split));
    if (!f.n) continue;
    metrics[`${split}_accuracy`] = { value: f.accuracy, label: `${split} 整例正确率`, better: 'higher', ratio: true };
    metrics[`${split}_wrong_values`] = { value: f.wrongValues, label: `${split} 错填数值`, better: 'lower' };
    metrics[`${split}_collateral`] = { value: f.collateral, label: `${split} 误改其他位置`, better: 'lower' };
    metrics[`${split}_silent_drops`] = { value: f.silentDrops, label: `${split} 无声丢弃`, better: 'lower' };
    metrics[`${split}_asked_should_fill`] = { value: f.askedWhenShouldFill, label: `${split} 应填却问`, better: 'lower' };
    metrics[`${split}_filled_should_ask`] = { value: f.filledWhenShouldAsk, label: `${split} 应问却填`, better: 'lower' };
    rows.push([split, f.n, `${(f.accuracy * 100).toFixed(1)}%`, f.wrongValues, f.collateral, f.silentDrops, f.askedWhenShouldFill, f.filledWhenShouldAsk]);
  }
  const byId = new Map(cases.map((c) => [c.id, c]));
  const bad: CaseResult[] = outcomes
    .filter((o) => !o.ok)
    .map((o) => ({
      anchor: `chat-${o.id}`,
      title: `${o.id}（${o.split}）`,
      score: o.wrong.length || o.collateral.length ? 0 : 0.5,
      problems: [
        ...o.wrong.map((w) => `错填 ${w}`),
        ...o.collateral.map((w) => `误改 ${w}`),
        ...o.missed.map((w) => `未填 ${w}`),
        ...o.askedNotHonoured.map((w) => `未追问 ${w}`),
        ...o.filledWhenShouldAsk.map((w) => `应问却填 ${w}`),
      ],
      text: `${byId.get(o.id)?.turns.join(' ⏎ ')}\n——\n${o.reply}`,
    }));
  return {
    name: 'chat',
    status: 'ok',
    durationMs: Date.now() - t0,
    metrics,
    groups: [{ title: '对话填写（离线）', columns: ['划分', '用例数', '整例正确率', '错填数值', '误改其他位置', '无声丢弃', '应填却问', '应问却填'], rows }],
    cases: bad.sort((a, b) => a.score - b.score),
  };
}
