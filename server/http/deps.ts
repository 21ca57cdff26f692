// What the HTTP app is given: everything runtime-specific is injected, so the app itself imports no Node API.
import type { LanguageModel } from 'ai';
import type { AuthConfig } from '../auth/guard.js';
import type { Scrypt } from '../auth/passwords.js';
import type { Storage } from '../ports/index.js';
import type { Embedder } from '../search/embedder.js';
import type { ReadAsset } from './ui.js';

export interface AppConfig {
  /** Bearer token for admin routes (corpus upload, evals). Unset → those routes answer 403. */
  adminToken?: string;
  /** Accounts: off only for tests of other features; host allowlist; one-time login link; secure cookies. */
  auth?: AuthConfig & { bootstrap?: { token?: string }; secureCookies?: boolean };
  /** Whole-generation deadline in ms (default 90 s): past it, sections still waiting are written offline. */
  generateDeadlineMs?: number;
  /** Model calls per user and window (generate, regenerate, chat with a model). */
  modelRate?: { limit: number; windowMs: number };
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
  /** Native scrypt where the runtime has one (Node); the portable one otherwise. */
  scrypt?: Scrypt;
  config: AppConfig;
}
