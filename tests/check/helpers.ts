// Hand-built reports for rule tests: a valid random report, optionally turned into a parsed one.
import { aspectHeading, ASPECTS, SECTIONS, sectionHeading, type FormatId } from '../../server/format/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { ParsedReport, Report } from '../../server/report/schema.js';

const aspect = (i: number) => aspectHeading(ASPECTS[i]);

/** A plausible, rule-abiding township report (sections rich enough for every narrative rule). */
export function goodReport(seed = 1, opts: { year?: number; format?: FormatId } = {}): Report {
  const r = randomValidReport(seed, { year: opts.year ?? 2023, format: opts.format });
  const y = r.meta.year;
  const received = r.tables['t3.new.total']?.value ?? 0;
  const text: Record<number, string> = {
    1: [
      `${y}年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。`,
      aspect(0),
      `全年主动公开政府信息61条，其中通过政府网站公开40条。`,
      aspect(1),
      `全年收到政府信息公开申请${received}件，均按时答复。`,
      aspect(2),
      '及时更新公开目录，严格落实信息发布审查制度。',
      aspect(3),
      '加强政府网站信息公开专栏和政务新媒体管理。',
      aspect(4),
      '调整充实领导小组，开展政务公开培训，接受社会监督。',
    ].join('\n'),
    2: '',
    3: '',
    4: '',
    5: `一是公开内容还不够丰富；二是工作人员业务水平有待提高。${y + 1}年，我镇将加强业务培训，完善公开目录，提升公开质量，做好政策解读。`,
    6: r.format === '2021' ? '本机关全年未发出收费通知书，未收取信息处理费。' : '无。',
  };
  return { ...r, preface: '', sections: r.sections.map((s) => ({ ...s, text: text[s.no] })) };
}

/** The same report as the parser would return it (headings as written, full text). */
export function asParsed(r: Report, patch: Partial<ParsedReport['source']> = {}): ParsedReport {
  const full = [r.title ?? '', r.preface ?? '', ...r.sections.flatMap((s) => [s.heading, s.text])].join('\n');
  return {
    ...r,
    source: {
      headings: r.sections.map((s, i) => ({ no: s.no, text: s.heading, line: i * 10 + 3 })),
      formatDetected: r.format,
      complete: true,
      notes: [],
      labels: [],
      text: full,
      ...patch,
    },
  };
}

export const headingOf = (no: number) => sectionHeading(SECTIONS[no - 1]);

export function withSection(r: Report, no: number, text: string, heading?: string): Report {
  return { ...r, sections: r.sections.map((s) => (s.no === no ? { ...s, text, heading: heading ?? s.heading } : s)) };
}

export const rules = (fs: { rule: string }[]) => [...new Set(fs.map((f) => f.rule))].sort();
