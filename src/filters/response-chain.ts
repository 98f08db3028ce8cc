import type { RelationKind, Vocab } from '../dataset/vocab';

/** Relations that make a chain of escalation: one event answering or following another. */
const CHAIN_RELATIONS: ReadonlySet<RelationKind> = new Set(['response-to', 'follows']);

/** Whether `id` is linked to any other event by a relation that makes a chain. */
export function hasChain(id: string, vocab: Vocab): boolean {
  const links = vocab.links.get(id);
  return [...(links?.outgoing ?? []), ...(links?.incoming ?? [])].some((l) =>
    CHAIN_RELATIONS.has(l.relation),
  );
}

/**
 * Every event reachable from `id` through response-to and follows links, in either direction,
 * including `id` itself: the whole exchange of blows it belongs to.
 */
export function responseChain(id: string, vocab: Vocab): Set<string> {
  const chain = new Set<string>();
  if (!vocab.eventById.has(id)) return chain;
  const queue = [id];
  chain.add(id);
  while (queue.length) {
    const current = queue.pop()!;
    const links = vocab.links.get(current);
    for (const link of [...(links?.outgoing ?? []), ...(links?.incoming ?? [])]) {
      if (CHAIN_RELATIONS.has(link.relation) && !chain.has(link.event) && vocab.eventById.has(link.event)) {
        chain.add(link.event);
        queue.push(link.event);
      }
    }
  }
  return chain;
}
