// Embedders: turn texts into unit vectors. The local one needs no network and no weights; the OpenAI-compatible
// one is used when NIANBAO_EMBED_BASE_URL / NIANBAO_EMBED_MODEL / NIANBAO_EMBED_API_KEY are set.
import { createHash } from 'node:crypto';
import { createOpenAI } from '@ai-sdk/openai';
import { embedMany, type EmbeddingModel } from 'ai';
import { UserError } from '../errors.js';

export interface Embedder {
  /** Identifies the vector space: two embedders with different ids must never share an index. */
  id: string;
  dim: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

export function l2normalize(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  if (s > 0) {
    const k = 1 / Math.sqrt(s);
    for (let i = 0; i < v.length; i++) v[i] *= k;
  }
  return v;
}

// ---- local: hashed character 1–3-grams, sublinear tf × IDF, signed feature hashing, L2-normalised ----

export const LOCAL_DIM = 512;
/** IDF is kept per hashed gram in a table much larger than the vector, so grams rarely share a weight. */
export const IDF_BUCKETS = 1 << 18;
// Unigrams and bigrams carry the vector side; trigrams are mostly left to FTS5 trigram (the two sides complement).
const GRAM_WEIGHT = [0, 1, 1, 0.3];

/** Document frequencies fitted on a corpus of chunks: `df[bucket]` over `n` documents. */
export interface IdfTable {
  n: number;
  df: Uint32Array;
}

/** NFKC (full-width → ASCII punctuation), lower case, digit runs folded so numbers do not dominate. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+(\.\d+)?/g, '#');
}

const isWordChar = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x61 && c <= 0x7a) || c === 0x23;

/** Call `emit(hash, n)` for every 1-, 2-, 3-gram inside runs of word characters. No strings allocated. */
function forEachGram(text: string, emit: (h: number, n: number) => void): void {
  const s = normalise(text);
  const len = s.length;
  for (let i = 0; i < len; i++) {
    let h = 0x811c9dc5;
    for (let n = 1; n <= 3 && i + n - 1 < len; n++) {
      const c = s.charCodeAt(i + n - 1);
      if (!isWordChar(c)) break;
      h = Math.imul(h ^ c, 0x01000193);
      emit(h ^ (n * 0x9e3779b1), n);
    }
  }
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function fitIdf(texts: Iterable<string>): IdfTable {
  const df = new Uint32Array(IDF_BUCKETS);
  const seen = new Set<number>();
  let n = 0;
  for (const t of texts) {
    seen.clear();
    forEachGram(t, (h) => seen.add(mix(h) & (IDF_BUCKETS - 1)));
    for (const b of seen) df[b]++;
    n++;
  }
  return { n, df };
}

export class LocalEmbedder implements Embedder {
  readonly id: string;
  readonly dim: number;
  private readonly idf?: Float32Array;

  constructor(opts: { dim?: number; idf?: IdfTable } = {}) {
    this.dim = opts.dim ?? LOCAL_DIM;
    if (opts.idf && opts.idf.n > 0) {
      const { n, df } = opts.idf;
      this.idf = new Float32Array(IDF_BUCKETS);
      for (let i = 0; i < IDF_BUCKETS; i++) this.idf[i] = Math.log((n + 1) / (df[i] + 1)) + 1;
      const digest = createHash('sha256').update(Buffer.from(df.buffer, df.byteOffset, df.byteLength)).update(String(n));
      this.id = `local-ngram-v1/${this.dim}/idf-${digest.digest('hex').slice(0, 10)}`;
    } else {
      this.id = `local-ngram-v1/${this.dim}/flat`;
    }
  }

  embedOne(text: string): Float32Array {
    const tf = new Map<number, number>();
    const gramLen = new Map<number, number>();
    forEachGram(text, (h, n) => {
      tf.set(h, (tf.get(h) ?? 0) + 1);
      gramLen.set(h, n);
    });
    const v = new Float32Array(this.dim);
    for (const [h, count] of tf) {
      const m = mix(h);
      const w = (1 + Math.log(count)) * GRAM_WEIGHT[gramLen.get(h)!] * (this.idf ? this.idf[m & (IDF_BUCKETS - 1)] : 1);
      // A second, independent hash picks the slot and the sign, so collisions cancel rather than pile up.
      const m2 = mix(h ^ 0x5bd1e995);
      v[m2 % this.dim] += m2 & 0x80000000 ? -w : w;
    }
    return l2normalize(v);
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }
}

// ---- OpenAI-compatible endpoint (bge-m3 on Ollama/vLLM/DashScope, OpenAI, …) via the AI SDK ----

export interface RemoteEmbedderConfig {
  baseURL: string;
  model: string;
  apiKey: string;
  /** Known dimension; otherwise learned from a probe call by `createRemoteEmbedder`. */
  dim?: number;
  /** Send `dimensions` to the server (only if it supports truncation). */
  requestDimensions?: boolean;
}

const remoteModel = (cfg: RemoteEmbedderConfig): EmbeddingModel =>
  createOpenAI({ baseURL: cfg.baseURL, apiKey: cfg.apiKey, name: 'embeddings' }).embedding(cfg.model);

export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  readonly dim: number;
  private readonly model: EmbeddingModel;

  constructor(private readonly cfg: RemoteEmbedderConfig & { dim: number }, model?: EmbeddingModel) {
    this.dim = cfg.dim;
    this.id = `openai-compatible:${cfg.model}/${cfg.dim}`;
    this.model = model ?? remoteModel(cfg);
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    let embeddings: number[][];
    try {
      ({ embeddings } = await embedMany({
        model: this.model,
        values: texts,
        maxParallelCalls: 4,
        maxRetries: 2,
        providerOptions: this.cfg.requestDimensions ? { openai: { dimensions: this.dim } } : undefined,
      }));
    } catch (e) {
      throw new UserError(
        `嵌入服务调用失败（${this.cfg.baseURL}，模型「${this.cfg.model}」）：${e instanceof Error ? e.message : e}`,
      );
    }
    return embeddings.map((e, i) => {
      if (e.length !== this.dim)
        throw new UserError(`嵌入服务返回的向量维度为 ${e.length}，与设定的 ${this.dim} 维不符（第 ${i + 1} 条文本）。`);
      return l2normalize(Float32Array.from(e));
    });
  }
}

export function remoteConfigFromEnv(env: Record<string, string | undefined>): RemoteEmbedderConfig | undefined {
  const baseURL = env.NIANBAO_EMBED_BASE_URL;
  const model = env.NIANBAO_EMBED_MODEL;
  if (!baseURL && !model) return undefined;
  if (!baseURL || !model)
    throw new UserError('使用外部嵌入服务需同时设置 NIANBAO_EMBED_BASE_URL 和 NIANBAO_EMBED_MODEL（以及 NIANBAO_EMBED_API_KEY）。');
  const dim = env.NIANBAO_EMBED_DIM ? Number(env.NIANBAO_EMBED_DIM) : undefined;
  if (dim !== undefined && !(Number.isInteger(dim) && dim > 0 && dim <= 8192))
    throw new UserError(`NIANBAO_EMBED_DIM 应为 1–8192 的整数，当前为「${env.NIANBAO_EMBED_DIM}」。`);
  return { baseURL, model, apiKey: env.NIANBAO_EMBED_API_KEY ?? '', dim, requestDimensions: dim !== undefined };
}

/** Build the remote embedder; without a known dimension, one probe call tells it. */
export async function createRemoteEmbedder(cfg: RemoteEmbedderConfig, model?: EmbeddingModel): Promise<OpenAIEmbedder> {
  if (cfg.dim) return new OpenAIEmbedder({ ...cfg, dim: cfg.dim }, model);
  const m = model ?? remoteModel(cfg);
  let dim: number;
  try {
    const { embeddings } = await embedMany({ model: m, values: ['维度探测'], maxRetries: 1 });
    dim = embeddings[0].length;
  } catch (e) {
    throw new UserError(`无法连接嵌入服务（${cfg.baseURL}，模型「${cfg.model}」）：${e instanceof Error ? e.message : e}`);
  }
  return new OpenAIEmbedder({ ...cfg, dim }, m);
}
