// A parse depends on its input only: remembered label matches must not change what a later parse finds,
// not even for junk that exhausts the fuzzy-match budget.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseText } from '../../server/parse/text.js';

it('parsing other reports first does not change a result (fresh process vs warm process)', () => {
  const junk = Array.from({ length: 4000 }, (_, i) => `${'不予公开属于国家秘密其他法律行政法规禁止公开保护第三方合法权益'.slice(i % 11, (i % 11) + 14)}${i}`).join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-det-'));
  const file = join(dir, 'junk.txt');
  writeFileSync(file, junk);
  const fresh = execFileSync(process.execPath, ['--import', 'tsx', '-e', `import { parseText } from './server/parse/text.ts'; import { readFileSync } from 'node:fs'; process.stdout.write(JSON.stringify(parseText(readFileSync(${JSON.stringify(file)}, 'utf8')).tables));`], { encoding: 'utf8' });
  for (const d of ['corpus/seeds', 'corpus/reports'])
    for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) parseText(readFileSync(join(d, f), 'utf8'));
  expect(JSON.stringify(parseText(junk).tables)).toBe(fresh);
});
