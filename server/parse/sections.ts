// Section bodies (table lines excluded) and the sub-sections of 一、总体情况 with their detected aspect.
import { ASPECTS, type AspectKey } from '../format/index.js';
import type { Section } from '../report/schema.js';
import type { HeadingHit } from './headings.js';
import type { Line } from './tokens.js';

const SECTION_TEXT_MAX = 50000;
const SUB_TEXT_MAX = 20000;

// Sub-heading styles: 「（一）」「（1）」 are one family, 「1.」「1、」 another (a section mixing （1）/（三） is
// still split: F-NUMBERING flags the mix from the text).
const PAREN = /^[（(]\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*[）)]\s*/;
const DOTTED = /^(\d{1,2})\s*[、.．](?!\d)\s*/;

export function aspectOf(heading: string): AspectKey | undefined {
  for (const a of ASPECTS) if (a.cues.some((c) => heading.includes(c))) return a.key;
  return undefined;
}

/** A sub-heading line: the numbering and a short title, alone or ending at the first 。/：. */
function subHeading(text: string, family: 'paren' | 'dotted' | null): { heading: string; rest: string; family: 'paren' | 'dotted' } | null {
  const p = PAREN.exec(text);
  const d = p ? null : DOTTED.exec(text);
  const m = p ?? d;
  if (!m) return null;
  const fam = p ? 'paren' : 'dotted';
  if (family && fam !== family) return null;
  const after = text.slice(m[0].length);
  if (text.length <= 32 && !/[。；;]./.test(after)) return { heading: text, rest: '', family: fam };
  const stop = after.search(/[。：:]/);
  if (stop > 0 && stop <= 28) return { heading: text.slice(0, m[0].length + stop + 1), rest: after.slice(stop + 1).trim(), family: fam };
  return null;
}

export function subsectionsOf(lines: string[]): NonNullable<Section['subsections']> {
  const subs: NonNullable<Section['subsections']> = [];
  let family: 'paren' | 'dotted' | null = null;
  let cur: { heading: string; text: string[] } | null = null;
  const flush = () => {
    if (!cur) return;
    const aspect = aspectOf(cur.heading);
    const s: NonNullable<Section['subsections']>[number] = { heading: cur.heading.slice(0, 200), text: cur.text.join('\n').trim().slice(0, SUB_TEXT_MAX) };
    if (aspect) s.aspect = aspect;
    subs.push(s);
  };
  for (const l of lines) {
    const h = subHeading(l, family);
    if (h) {
      flush();
      family = h.family;
      cur = { heading: h.heading, text: h.rest ? [h.rest] : [] };
    } else if (cur) cur.text.push(l);
  }
  flush();
  return subs;
}

export interface SectionBuild {
  sections: Section[];
  clipped: number[];
}

/** Sections from headings; lines in `exclude` (tables, sign-off) are left out of the text. */
export function buildSections(lines: Line[], heads: HeadingHit[], exclude: Uint8Array): SectionBuild {
  const sections: Section[] = [];
  const clipped: number[] = [];
  for (let h = 0; h < heads.length && sections.length < 12; h++) {
    const start = heads[h].line + 1;
    const end = h + 1 < heads.length ? heads[h + 1].line : lines.length;
    const body: string[] = [];
    for (let i = start; i < end; i++) if (!lines[i].blank && !exclude[i]) body.push(lines[i].text);
    let text = body.join('\n');
    if (text.length > SECTION_TEXT_MAX) {
      text = text.slice(0, SECTION_TEXT_MAX);
      clipped.push(heads[h].no);
    }
    const s: Section = { no: heads[h].no, heading: heads[h].text.slice(0, 200), text, generator: 'published' };
    if (heads[h].no === 1) {
      const subs = subsectionsOf(body);
      if (subs.length) s.subsections = subs;
    }
    sections.push(s);
  }
  return { sections, clipped };
}
