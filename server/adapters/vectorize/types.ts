// The slice of the Cloudflare Vectorize (V2) binding used here, and the one declaration of its metadata indexes.

export type VectorizeMetadataValue = string | number | boolean;
export type VectorizeFilterOp = '$eq' | '$ne' | '$in' | '$nin' | '$lt' | '$lte' | '$gt' | '$gte';
export type VectorizeFilter = Record<string, VectorizeMetadataValue | Partial<Record<VectorizeFilterOp, VectorizeMetadataValue | VectorizeMetadataValue[]>>>;

export interface VectorizeVector {
  id: string;
  values: number[] | Float32Array;
  metadata?: Record<string, VectorizeMetadataValue>;
}

export interface VectorizeQueryOptions {
  topK?: number;
  returnValues?: boolean;
  returnMetadata?: 'all' | 'indexed' | 'none' | boolean;
  filter?: VectorizeFilter;
  namespace?: string;
}

export interface VectorizeMatches {
  count: number;
  matches: { id: string; score: number; metadata?: Record<string, VectorizeMetadataValue> }[];
}

export interface VectorizeIndex {
  describe(): Promise<{ dimensions: number; vectorCount: number; [k: string]: unknown }>;
  query(vector: number[] | Float32Array, options?: VectorizeQueryOptions): Promise<VectorizeMatches>;
  upsert(vectors: VectorizeVector[]): Promise<{ mutationId?: string; count?: number }>;
  deleteByIds(ids: string[]): Promise<{ mutationId?: string; count?: number }>;
}

/**
 * Metadata properties with a metadata index — declared once: the adapter filters only on these, the fake rejects
 * filters on anything else (the real service silently ignores them), and the deploy docs
 * (`wrangler vectorize create-metadata-index`, README 「部署到 Cloudflare Workers」) list exactly these.
 * Indexes must exist BEFORE the first insert: vectors inserted earlier are not filterable.
 */
export const METADATA_INDEXES = {
  section: 'number',
  year: 'number',
  level: 'string',
  format: 'string',
  /** A hash of the agency name: indexed strings keep only their first 64 bytes. */
  agency: 'string',
} as const satisfies Record<string, 'string' | 'number' | 'boolean'>;

export type IndexedProperty = keyof typeof METADATA_INDEXES;

/** The shell commands that create the metadata indexes (README and `wrangler` docs). */
export const metadataIndexCommands = (index: string) =>
  Object.entries(METADATA_INDEXES).map(([p, t]) => `npx wrangler vectorize create-metadata-index ${index} --propertyName=${p} --type=${t}`);

/** Vectorize limits (https://developers.cloudflare.com/vectorize/platform/limits/). */
export const LIMITS = { upsertBatch: 1000, topKWithMetadata: 20, topK: 100, indexedBytes: 64, maxDimensions: 1536 } as const;
