// The clerk's facts, normalised: vocabulary facts by key, free facts placed under the aspect their label suggests.
import { factDef, FACTS, type AspectKey } from '../format/index.js';
import { aspectOf } from '../parse/sections.js';
import type { Fact } from '../report/schema.js';

export type FactValue = number | string | string[];

export interface FactIndex {
  byKey: Map<string, Fact>;
  /** Free facts (no vocabulary key) grouped by the aspect their label suggests. */
  free: Map<AspectKey, Fact[]>;
  list(key: string): string[];
  num(key: string): number | undefined;
}

/** The aspect a free fact's label suggests (the parser's sub-heading reading); 监督保障 when none. */
export const aspectOfLabel = (label: string): AspectKey => aspectOf(label) ?? 'supervision';

export function indexFacts(facts: Fact[]): FactIndex {
  const byKey = new Map<string, Fact>();
  const free = new Map<AspectKey, Fact[]>();
  for (const f of facts) {
    const def = f.key ? factDef(f.key) : undefined;
    if (def) byKey.set(def.key, f);
    else {
      const a = aspectOfLabel(f.label);
      free.set(a, [...(free.get(a) ?? []), f]);
    }
  }
  const list = (key: string) => {
    const v = byKey.get(key)?.value;
    if (v === undefined) return [];
    const items = Array.isArray(v) ? v : String(v).split(/[；;\n]/);
    return items.map((s) => s.trim().replace(/[。；;，,、\s]+$/u, '')).filter(Boolean);
  };
  const num = (key: string) => {
    const v = byKey.get(key)?.value;
    return typeof v === 'number' ? v : undefined;
  };
  return { byKey, free, list, num };
}

/** A free or vocabulary fact as a clause: 「开展政务公开培训3次」. */
export function factClause(f: Fact): string {
  const def = f.key ? factDef(f.key) : undefined;
  const unit = f.unit ?? def?.unit ?? '';
  if (typeof f.value === 'number') return `${f.label}${f.value}${unit}`;
  if (Array.isArray(f.value)) return `${f.label}：${f.value.join('、')}`;
  const v = f.value.trim().replace(/[。；;]+$/u, '');
  return v.includes(f.label) || v.length > f.label.length + 4 ? v : `${f.label}：${v}`;
}

/** Facts as lines for a prompt: 「- 主动公开政府信息：39条」. */
export function factLines(facts: Fact[]): string[] {
  return facts.map((f) => {
    const def = f.key ? factDef(f.key) : undefined;
    const unit = f.unit ?? def?.unit ?? '';
    const v = Array.isArray(f.value) ? f.value.join('；') : `${f.value}${typeof f.value === 'number' ? unit : ''}`;
    return `- ${def?.label ?? f.label}：${v}`;
  });
}

export const KNOWN_FACT_KEYS = new Set(FACTS.map((f) => f.key));
