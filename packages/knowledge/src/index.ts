/**
 * @irado/knowledge — the chat's curated answers about Irado's grofvuil rules, rendered from the rule data, with an
 * in-memory search that returns an answer only when it is confident.
 */
export { knowledgeEntries } from './entries/index.ts';
export { type Candidate, createKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
export { municipalityInText } from './municipality.ts';
export { type RenderedEntry, renderEntry } from './render.ts';
export type * from './types.ts';
