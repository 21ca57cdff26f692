// What the HTTP app is given: everything runtime-specific is injected, so the app itself imports no Node API.
import type { LanguageModel } from 'ai';
import type { Embedder } from '../search/embedder.js';
import type { Store } from '../store/db.js';

export interface AppConfig {
  /** Bearer token for admin routes (corpus upload, evals). Unset → those routes answer 403. */
  adminToken?: string;
  /** Largest accepted request body in bytes (uploads included). */
  maxBodyBytes?: number;
}

export interface AppDeps {
  store: Store;
  embedder: Embedder;
  /** Language model for prose; undefined → offline drafter. */
  model?: LanguageModel;
  /** Why there is no model (shown with every offline draft). */
  modelNotice?: string;
  /** Label of the configured model (never its key), for the UI. */
  modelLabel?: string;
  /** Reads a file of the web UI (web/…); Node reads the disk, Workers use static assets. */
  readAsset?: (path: string) => Promise<Uint8Array | null>;
  config: AppConfig;
}
