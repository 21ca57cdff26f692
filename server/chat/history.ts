// The conversation stored with its draft: messages in order, plus the extractor's pending numbers (ChatRepo port).
import type { UIMessage } from 'ai';
import type { ChatRepo } from '../ports/index.js';
import type { Pending } from './extract.js';

export class ChatHistory {
  constructor(private readonly repo: ChatRepo) {}

  messages(draftId: string): Promise<UIMessage[]> {
    return this.repo.messages(draftId);
  }

  append(draftId: string, ...messages: UIMessage[]): Promise<void> {
    return this.repo.append(draftId, ...messages);
  }

  async pending(draftId: string): Promise<Pending[]> {
    return (await this.repo.pending(draftId)) as Pending[];
  }

  setPending(draftId: string, pending: Pending[]): Promise<void> {
    return this.repo.setPending(draftId, pending);
  }
}
