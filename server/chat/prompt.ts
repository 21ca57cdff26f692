// The chat system prompt: a file (prompts/chat/system.md) filled with the draft's cells and the fact vocabulary.
import { describeCell, FACTS, FORMATS } from '../format/index.js';
import { leafCells } from '../report/tables.js';
import type { DraftInput } from '../draft/types.js';
import { formatOfInput } from './apply.js';

export type ReadPrompt = (name: string) => Promise<string>;

/** Node default: read from the repository's prompts/ folder. Workers inject their own (bundled text). */
export const readPromptFromDisk: ReadPrompt = async (name) => {
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL(`../../prompts/${name}`, import.meta.url), 'utf8');
};

export function fillSystemPrompt(template: string, input: DraftInput): string {
  const format = formatOfInput(input);
  const values: Record<string, string> = {
    agency: input.meta.agency,
    year: String(input.meta.year),
    formatName: FORMATS[format].name,
    cells: leafCells(format)
      .map((c) => `${c.id}：${describeCell(format, c.id)}`)
      .join('\n'),
    facts: FACTS.map((f) => `${f.key}：${f.label}${f.unit ? `，${f.unit}` : ''}`).join('\n'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}
