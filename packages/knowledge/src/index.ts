/**
 * @irado/knowledge — the chat's curated answers about Irado's grofvuil rules, rendered from the rule data.
 */
export { knowledgeEntries } from './entries/index.ts';
export { type Facts, facts } from './facts.ts';
export { type RenderedEntry, renderEntry } from './render.ts';
export type * from './types.ts';
