// server/generated/* is built from templates/, prompts/ and corpus/ by scripts/precompile.ts: regenerating must give
// the committed files byte for byte (run `npm run precompile` after editing a template, a prompt or the corpus).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, OUT } from '../../scripts/precompile.js';
import { bundledIdf } from '../../server/generated/idf.js';
import { encodeIdf } from '../../server/search/factory.js';
import { fitIdf } from '../../server/search/embedder.js';
import { corpusParagraphs } from '../../server/corpus/files.js';

describe('server/generated', () => {
  it('is up to date with templates/, prompts/ and corpus/', async () => {
    const files = await generate();
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(OUT, name), 'utf8'), name).toBe(text);
  });

  it('the bundled IDF decodes to the table fitted on the corpus', async () => {
    const fitted = fitIdf(await corpusParagraphs('corpus'));
    const same = Buffer.from(encodeIdf(bundledIdf())).equals(Buffer.from(encodeIdf(fitted)));
    expect(same).toBe(true);
  });

  it('carries every prompt file as text', async () => {
    const { promptTexts } = await import('../../server/generated/templates.js');
    expect(promptTexts['chat/system.md']).toBe(readFileSync('prompts/chat/system.md', 'utf8'));
    expect(Object.keys(promptTexts)).toContain('system.hbs');
  });
});
