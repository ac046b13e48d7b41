import type { BlockType } from '../../../article/index.js';
import { BLOCK_TYPES, emptyBlock, type FormState } from './form-state.js';

/**
 * The block buttons of the editor when scripts are off: each posts the form with `op` set,
 * and the server answers with the form changed (nothing is saved). With scripts on,
 * assets/js/newsroom-editor.js does the same in the page.
 *
 * - `add:TYPE` appends a block; `add:TYPE:N` inserts one after block N
 * - `up:N`, `down:N` move block N; `remove:N` removes it
 */
export function applyOp(state: FormState, op: string): FormState {
  const [verb, a, b] = op.split(':');
  const blocks = [...state.blocks];
  const at = (s: string | undefined) => (s !== undefined && /^[0-9]{1,4}$/.test(s) ? Number(s) : -1);
  switch (verb) {
    case 'add': {
      if (!BLOCK_TYPES.includes(a as BlockType)) return state;
      const after = at(b);
      blocks.splice(after >= 0 && after < blocks.length ? after + 1 : blocks.length, 0, emptyBlock(a as BlockType));
      break;
    }
    case 'up':
    case 'down': {
      const i = at(a);
      const j = verb === 'up' ? i - 1 : i + 1;
      if (i < 0 || i >= blocks.length || j < 0 || j >= blocks.length) return state;
      [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
      break;
    }
    case 'remove': {
      const i = at(a);
      if (i < 0 || i >= blocks.length) return state;
      blocks.splice(i, 1);
      break;
    }
    default:
      return state;
  }
  return { ...state, blocks };
}
