import { Value } from 'typebox/value';
import { Action } from '../actions.ts';
import type { ConversationState } from '../state.ts';
import { applyAction, type Note } from './apply.ts';
import type { EnginePorts } from './ports.ts';
import { type Response, respond } from './respond.ts';

export interface TurnResult extends Response {
  /** The actions understanding proposed and the engine applied (invalid ones are dropped and counted). */
  actions: Action[];
  rejected: number;
}

/**
 * One turn: understanding proposes actions, the engine validates and applies them, then decides the next step and
 * writes the reply. A proposed action that does not fit its schema is dropped, whoever proposed it.
 */
export async function runTurn(state: ConversationState, message: string, ports: EnginePorts): Promise<TurnResult> {
  const proposed = await ports.understanding.understand({ message, state });
  const actions = proposed.filter((a) => Value.Check(Action, a));
  const notes: Note[] = [];
  let next = state;
  for (const action of actions) next = applyAction(next, action, ports, notes);
  const response = await respond(next, notes, ports);
  return { ...response, state: { ...response.state }, actions, rejected: proposed.length - actions.length };
}
