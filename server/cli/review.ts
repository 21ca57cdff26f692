// `nianbao review <fingerprint> confirm|dismiss --reason "..."` and `nianbao review --list`: a reviewer's decision
// on a validator finding, keyed by the finding fingerprint (kept across re-runs and re-ingests).
import { UserError } from '../errors.js';
import { openStore } from '../store/db.js';
import { findingsWithFingerprint, listDecisions, setDecision, type Decision } from '../store/reviews.js';
import type { Command } from './main.js';
import { parseCommandArgs } from './args.js';

const LABEL: Record<Decision, string> = { confirm: '确认', dismiss: '驳回' };

export const command: Command = {
  summary: '记录对校验问题的复核决定（确认或驳回并说明理由），或列出已有决定',
  usage: 'review <问题指纹> confirm|dismiss --reason "理由"  |  review --list [--json]',
  async run(args) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { reason: { type: 'string', short: 'r' }, list: { type: 'boolean' }, json: { type: 'boolean' } },
    }, command.usage);
    const store = openStore();
    try {
      if (values.list) {
        const rows = listDecisions(store).map((d) => ({ ...d, findings: findingsWithFingerprint(store, d.fingerprint) }));
        if (values.json) console.log(JSON.stringify(rows, null, 2));
        else if (!rows.length) console.log('还没有复核决定。');
        else
          for (const d of rows) {
            const f = d.findings[0];
            const what = f ? `${f.finding.rule ?? ''} ${f.agency || f.source}：${f.finding.message ?? ''}` : '（对应报告不在索引中）';
            console.log(`${d.fingerprint}  ${LABEL[d.decision]}  ${d.at}${d.reason ? `  理由：${d.reason}` : ''}\n    ${what}`);
          }
        return 0;
      }
      const [fingerprint, decision, ...extra] = positionals;
      if (!fingerprint || !decision) throw new UserError(`缺少问题指纹或决定。用法：nianbao ${command.usage}`);
      if (extra.length) throw new UserError(`多余的参数：${extra.join(' ')}。理由请用 --reason "…" 给出。`);
      if (!/^[\w:.\-]{4,200}$/.test(fingerprint))
        throw new UserError(`问题指纹「${fingerprint}」格式不对：应为 nianbao check 输出中每条问题后的指纹（字母、数字）。`);
      if (decision !== 'confirm' && decision !== 'dismiss')
        throw new UserError(`决定应为 confirm（确认问题）或 dismiss（驳回），当前为「${decision}」。`);
      const reason = values.reason?.trim() ?? '';
      if (decision === 'dismiss' && !reason) throw new UserError('驳回一条问题须说明理由：--reason "…"。');
      if (reason.length > 500) throw new UserError(`理由过长（${reason.length} 字），请控制在 500 字以内。`);
      const known = findingsWithFingerprint(store, fingerprint);
      const d = setDecision(store, fingerprint, decision, reason);
      console.log(`已记录：${fingerprint} ${LABEL[d.decision]}${d.reason ? `（理由：${d.reason}）` : ''}。`);
      if (!known.length)
        process.stderr.write('提示：索引中的报告没有这一指纹的问题（可能来自未导入的报告）；决定已保存，之后校验到该问题时生效。\n');
      return 0;
    } finally {
      store.close();
    }
  },
};
