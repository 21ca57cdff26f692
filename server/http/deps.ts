// What the HTTP app is given: everything runtime-specific is injected, so the app itself imports no Node API.
import type { LanguageModel } from 'ai';
import type { Storage } from '../ports/index.js';
import type { Embedder } from '../search/embedder.js';
import type { ReadAsset } from './ui.js';

export interface AppConfig {
  /** Bearer token for admin routes (corpus upload, evals). Unset → those routes answer 403. */
  adminToken?: string;
  /** Largest accepted request body in bytes (uploads included). */
  maxBodyBytes?: number;
}

/** Eval runner (Node only): left out of the Worker. */
export type RunEvals = (opts: { suites?: string; model?: LanguageModel }) => Promise<{ json: unknown; html: string }>;

export interface AppDeps {
  storage: Storage;
  embedder: Embedder;
  /** Language model for prose; undefined → offline drafter. */
  model?: LanguageModel;
  /** Why there is no model (shown with every offline draft). */
  modelNotice?: string;
  /** Label of the configured model (never its key), for the UI. */
  modelLabel?: string;
  /** Reads a file of the web UI (web/…); Node reads the disk, Workers use static assets. */
  readAsset?: ReadAsset;
  /** Reads a prompt file (prompts/…) for the chat; bundled on Workers. */
  readPrompt?: (name: string) => Promise<string>;
  /** The eval harness, when the runtime has it (Node). */
  evals?: RunEvals;
  config: AppConfig;
}
