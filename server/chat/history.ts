// The conversation stored with its draft (ChatRepo port): messages in order, plus the chat's state — numbers
// waiting for their place, a change waiting for 「是」, the last values the clerk gave, and the turn to undo.
// (The state is one JSON document; an array there is the older form: pending numbers only.)
import type { UIMessage } from 'ai';
import type { ChatRepo } from '../ports/index.js';
import type { Change } from './apply.js';
import type { Pending } from './extraction.js';
import type { Topic } from './topic.js';
import type { LedgerEntry } from './ledger.js';

export interface ChatState {
  pending: Pending[];
  /** Changes to filled targets, applied by the next 「是/对/确认」. */
  confirm?: Change[];
  /** What the clerk's last turn set (a correction without a subject changes one of these). */
  lastSet?: Change[];
  /** Every target the clerk set in this conversation (restating one is a correction, not an overwrite). */
  chatSet?: string[];
  /** What the last turn was about (a follow-up goes on with it). */
  topic?: Topic;
  /** The last turn that changed the draft: its versions before and after (「撤销」 restores `before`). */
  undo?: { before: number; after: number };
  /** Cells asked about and not answered yet: 「其余都填0」 leaves them for their answer. */
  asked?: string[];
  /** A figure asked about with a choice of places (「是表二的收费，还是信息处理费？」): the next turn naming one places it. */
  choose?: { targets: string[]; value: number };
  /** A ledger read one application at a time (ledger.ts): its entries so far, and whether one was opened. */
  ledger?: LedgerEntry[];
  ledgerOpen?: boolean;
}

export class ChatHistory {
  constructor(private readonly repo: ChatRepo) {}

  messages(draftId: string): Promise<UIMessage[]> {
    return this.repo.messages(draftId);
  }

  append(draftId: string, ...messages: UIMessage[]): Promise<void> {
    return this.repo.append(draftId, ...messages);
  }

  async state(draftId: string): Promise<ChatState> {
    const v = (await this.repo.pending(draftId)) as unknown as Pending[] | ChatState | undefined;
    if (!v) return { pending: [] };
    return Array.isArray(v) ? { pending: v } : { ...v, pending: v.pending ?? [] };
  }

  setState(draftId: string, state: ChatState): Promise<void> {
    return this.repo.setPending(draftId, state as unknown as unknown[]);
  }

  async pending(draftId: string): Promise<Pending[]> {
    return (await this.state(draftId)).pending;
  }
}
