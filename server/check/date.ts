// D-DEADLINE: the 落款 date against the statutory deadline for the agency's kind (deadlineFor).
import { deadlineFor } from '../format/index.js';
import { emit, type Ctx } from './context.js';
import { cnToNumber } from './text.js';

const ISO = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const CN_DATE = /([二〇零一三四五六七八九]{4})年([十一二三四五六七八九]{1,3})月([十一二三四五六七八九]{1,3})日/;

/** 「2024年1月19日」「2024-01-19」「二〇二四年一月十九日」 → {y, m, d}. */
export function parseDate(s: string): { y: number; m: number; d: number } | null {
  const a = ISO.exec(s);
  if (a) return { y: Number(a[1]), m: Number(a[2]), d: Number(a[3]) };
  const b = CN_DATE.exec(s);
  if (b) return { y: cnToNumber(b[1]), m: cnToNumber(b[2]), d: cnToNumber(b[3]) };
  return null;
}

export function checkDate(ctx: Ctx): void {
  const Y = ctx.year;
  // Every government department, whatever its level, publishes by 31 January: an unknown-level department still has a deadline.
  const level = ctx.level ?? (ctx.kind === 'department' ? '县级部门' : null);
  if (Y === null || !level) return;
  const signed = ctx.report.signoff?.date;
  const published = 'published' in ctx.report.meta ? ctx.report.meta.published : undefined;
  const dl = deadlineFor(level);
  const key = (y: number, m: number, day: number) => y * 10000 + m * 100 + day;
  // A report signed in time but put on the page after the deadline was still published late: each date is judged.
  const dates: [string, string | undefined][] = [
    ['落款日期', signed || (published ? undefined : ctx.report.meta.date)],
    ['网页发布日期', published],
  ];
  for (const [what, written] of dates) {
    const d = written ? parseDate(written) : null;
    if (!d || key(d.y, d.m, d.d) <= key(Y + 1, dl.month, dl.day)) continue;
    emit(ctx, 'D-DEADLINE', {
      message: `${what} ${d.y}年${d.m}月${d.d}日 晚于公布时限 ${Y + 1}年${dl.month}月${dl.day}日（${dl.basis}）`,
      where: {},
      expected: `${Y + 1}-${String(dl.month).padStart(2, '0')}-${String(dl.day).padStart(2, '0')} 前`,
      actual: `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`,
      evidence: { quote: written! },
    });
    return;
  }
}
