import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockEmbeddingModelV3 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../server/errors.js';
import {
  createRemoteEmbedder, fitIdf, LocalEmbedder, OpenAIEmbedder, remoteConfigFromEnv,
} from '../../server/search/embedder.js';

const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (a: Float32Array) => Math.sqrt(cos(a, a));

describe('LocalEmbedder', () => {
  const texts = [
    '我镇通过政府门户网站和微信公众号主动公开政府信息56条。',
    '我局通过门户网站主动公开行政许可决定120件，发布政策解读15篇。',
    '一是部分栏目信息更新不够及时；二是工作人员业务水平有待提高。',
    '本机关全年未发出收费通知书，未收取信息处理费。',
  ];

  it('is deterministic, fixed-dimension and unit length', async () => {
    const e = new LocalEmbedder();
    const [a, b] = [await e.embed(texts), await new LocalEmbedder().embed(texts)];
    expect(a[0].length).toBe(512);
    expect(e.dim).toBe(512);
    for (let i = 0; i < texts.length; i++) {
      expect(Array.from(a[i])).toEqual(Array.from(b[i]));
      expect(norm(a[i])).toBeCloseTo(1, 5);
    }
  });

  it('finds the same kind of agency and the same kind of text', async () => {
    const e = new LocalEmbedder({ idf: fitIdf(texts) });
    const [town, bureau, problems, fee] = await e.embed(texts);
    const [q1] = await e.embed(['镇 公众号 主动公开']);
    expect(cos(q1, town)).toBeGreaterThan(cos(q1, bureau));
    const [q2] = await e.embed(['局 行政许可 政策解读']);
    expect(cos(q2, bureau)).toBeGreaterThan(cos(q2, town));
    const [q3] = await e.embed(['更新不及时 业务水平']);
    expect(cos(q3, problems)).toBeGreaterThan(Math.max(cos(q3, town), cos(q3, fee)));
  });

  it('its id changes with the IDF it was fitted on (so two fits never share an index)', () => {
    const a = new LocalEmbedder({ idf: fitIdf(texts) });
    const b = new LocalEmbedder({ idf: fitIdf(texts.slice(1)) });
    expect(a.id).not.toBe(b.id);
    expect(new LocalEmbedder({ idf: fitIdf(texts) }).id).toBe(a.id);
    expect(new LocalEmbedder().id).toMatch(/flat$/);
  });
});

describe('OpenAIEmbedder against a fake OpenAI-compatible server on 127.0.0.1', () => {
  let server: Server;
  let baseURL: string;
  const requests: { url?: string; auth?: string; body: { model: string; input: string[]; dimensions?: number } }[] = [];
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let s = '';
      req.on('data', (c) => (s += c));
      req.on('end', () => resolve(s));
    });

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = JSON.parse(await readBody(req));
      requests.push({ url: req.url, auth: req.headers.authorization, body });
      if (body.model === 'broken') {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'model not found', type: 'invalid_request_error' } }));
        return;
      }
      // Deterministic 4-dim vectors from the text length, deliberately not unit length.
      const data = (body.input as string[]).map((t, index) => ({ object: 'embedding', index, embedding: [t.length, 1, 0, 2] }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 3, total_tokens: 3 } }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('probes the dimension, posts to /v1/embeddings with the key, and returns unit vectors', async () => {
    const e = await createRemoteEmbedder({ baseURL, model: 'bge-m3', apiKey: 'sk-test' });
    expect(e.dim).toBe(4);
    expect(e.id).toBe('openai-compatible:bge-m3/4');
    const [a, b] = await e.embed(['主动公开', '依申请公开情况']);
    expect(norm(a)).toBeCloseTo(1, 5);
    expect(a[0] / a[1]).toBeCloseTo(4, 5);
    expect(b[0] / b[1]).toBeCloseTo(7, 5);
    const last = requests.at(-1)!;
    expect(last.url).toBe('/v1/embeddings');
    expect(last.auth).toBe('Bearer sk-test');
    expect(last.body).toMatchObject({ model: 'bge-m3', input: ['主动公开', '依申请公开情况'] });
    expect(last.body.dimensions).toBeUndefined();
  });

  it('sends `dimensions` only when configured, and checks what comes back', async () => {
    const cfg = remoteConfigFromEnv({ NIANBAO_EMBED_BASE_URL: baseURL, NIANBAO_EMBED_MODEL: 'bge-m3', NIANBAO_EMBED_API_KEY: 'k', NIANBAO_EMBED_DIM: '8' })!;
    const e = await createRemoteEmbedder(cfg);
    await expect(e.embed(['x'])).rejects.toThrow(/向量维度为 4，与设定的 8 维不符/);
    expect(requests.at(-1)!.body.dimensions).toBe(8);
  });

  it('turns a server error into a Chinese UserError naming the endpoint and model', async () => {
    const e = new OpenAIEmbedder({ baseURL, model: 'broken', apiKey: 'k', dim: 4 });
    const p = e.embed(['主动公开']);
    await expect(p).rejects.toBeInstanceOf(UserError);
    await expect(p).rejects.toThrow(/嵌入服务调用失败.*模型「broken」/);
  });

  it('works with MockEmbeddingModelV3 too', async () => {
    const model = new MockEmbeddingModelV3({ doEmbed: async ({ values }) => ({ embeddings: values.map(() => [3, 4]), warnings: [] }) });
    const e = await createRemoteEmbedder({ baseURL: 'http://unused', model: 'mock', apiKey: '' }, model);
    const [v] = await e.embed(['文本']);
    expect(Array.from(v)).toEqual([expect.closeTo(0.6, 5), expect.closeTo(0.8, 5)]);
  });

  it('needs both base URL and model from the environment', () => {
    expect(remoteConfigFromEnv({})).toBeUndefined();
    expect(() => remoteConfigFromEnv({ NIANBAO_EMBED_MODEL: 'bge-m3' })).toThrow(/NIANBAO_EMBED_BASE_URL/);
    expect(() => remoteConfigFromEnv({ NIANBAO_EMBED_BASE_URL: 'http://x', NIANBAO_EMBED_MODEL: 'm', NIANBAO_EMBED_DIM: 'abc' })).toThrow(/NIANBAO_EMBED_DIM/);
  });
});
