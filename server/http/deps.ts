// What the HTTP app is given: everything runtime-specific is injected, so the app runs on Node and Workers alike.
import type { LanguageModel } from 'ai';

export interface AppConfig {
  /** Bearer token for admin routes (corpus upload, evals). Unset → those routes answer 403. */
  adminToken?: string;
  /** Human-readable notice when no LLM is configured (offline drafter). */
  modelNotice?: string;
}

export interface AppDeps {
  /** Opened store (better-sqlite3 on Node). Typed loosely here to keep the app free of Node imports. */
  store: unknown;
  /** Language model for prose; undefined → offline drafter. */
  model?: LanguageModel;
  config: AppConfig;
}
