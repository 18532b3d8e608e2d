import type { AddressQuery, Language, Municipality, RuleSet } from '@irado/kernel';
import type { Action } from '../actions.ts';
import type { CheckedAddress, ConversationState } from '../state.ts';

/** A curated answer to a resident's question, from the knowledge base. */
export interface KnowledgeAnswer {
  text: string;
  url?: string;
}

/** Turns a message into proposed actions: the offline engine or an LLM. It never decides a rule. */
export interface Understanding {
  understand(input: { message: string; state: ConversationState }): Promise<Action[]>;
}

/** Everything with a side effect that the engine needs, passed in so the engine itself stays testable. */
export interface EnginePorts {
  rules: RuleSet;
  understanding: Understanding;
  /** Register first, then the postcode API (Decision 5, 11). Throws when the register cannot be read. */
  checkAddress(query: AddressQuery): Promise<CheckedAddress>;
  /** The best curated answer, or null when nothing matches well enough. */
  answerQuestion(question: string, language: Language, municipality: Municipality | null): KnowledgeAnswer | null;
  now(): Date;
  /** A new, unguessable request reference such as "GV-7K3M9Q". */
  newReference(): string;
}
