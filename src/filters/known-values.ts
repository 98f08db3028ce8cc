import type { Vocab } from '../dataset/vocab';
import type { Ignored, UrlState } from '../url-state/params';
import type { Filters } from './apply-filters';

export interface KnownState {
  filters: Filters;
  /** The open event, if the dataset has it. */
  selectedId: string | null;
  /** The event whose response chain is shown, if the dataset has it. */
  chainId: string | null;
  /** What the URL asked for that this dataset does not have, for the notice. */
  dropped: Ignored[];
}

/** Keeps only ids the dataset knows; what it drops is named so the reader can be told. */
export function keepKnownValues(state: UrlState, vocab: Vocab): KnownState {
  const dropped: Ignored[] = [];
  const keep = (ids: string[], known: Map<string, unknown>, what: string) =>
    ids.filter((id) => known.has(id) || (dropped.push({ what, value: id }), false));
  const actors = keep(state.actors, vocab.actorById, 'actor');
  const types = keep(state.types, vocab.typeById, 'event type');
  let selectedId: string | null = null;
  if (state.event) {
    if (vocab.eventById.has(state.event)) selectedId = state.event;
    else dropped.push({ what: 'event', value: state.event });
  }
  let chainId: string | null = null;
  if (state.chain) {
    if (vocab.eventById.has(state.chain)) chainId = state.chain;
    else dropped.push({ what: 'chain', value: state.chain });
  }
  return {
    filters: { actors, types, from: state.from, to: state.to, q: state.q },
    selectedId,
    chainId,
    dropped,
  };
}
