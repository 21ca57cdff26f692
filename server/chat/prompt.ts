// The chat system prompt: a file (prompts/chat/system.md) filled with the draft's cells and the fact vocabulary.
import { describeCell, FACTS, FORMATS } from '../format/index.js';
import { leafCells } from '../report/tables.js';
import type { DraftInput } from '../draft/types.js';
import { formatOfInput } from './apply.js';
import { asData, DATA_LIMITS } from '../draft/prompts.js';
import { promptTexts } from '../generated/templates.js';

export type ReadPrompt = (name: string) => Promise<string>;

/** Default: the prompts bundled at build time (scripts/precompile.ts), the same text on Node and Workers. */
export const readPromptFromDisk: ReadPrompt = async (name) => {
  const text = promptTexts[name];
  if (text === undefined) throw new Error(`prompt missing: ${name}`);
  return text;
};

export function fillSystemPrompt(template: string, input: DraftInput): string {
  const format = formatOfInput(input);
  const values: Record<string, string> = {
    // The agency is typed by users: fenced in the template and neutralised here (no fence or instruction in it).
    agency: asData(input.meta.agency, DATA_LIMITS.agency),
    year: String(input.meta.year),
    formatName: FORMATS[format].name,
    cells: leafCells(format)
      .map((c) => `${c.id}：${describeCell(format, c.id)}`)
      .join('\n'),
    facts: FACTS.map((f) => `${f.key}：${f.label}${f.unit ? `，${f.unit}` : ''}`).join('\n'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}
