import { SELF } from 'cloudflare:test';
import { expect, it } from 'vitest';

it('health', async () => {
  const r = await SELF.fetch('https://x/api/health');
  const t = await r.text();
  expect(r.status, t).toBe(200);
});
