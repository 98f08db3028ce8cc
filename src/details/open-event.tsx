import { useVisibleEvents } from '../filters/use-visible-events';
import { fullPageLink, useUrlState } from '../url-state/use-url-state';
import { DetailsPanel } from './details-panel';

/** The details of the event named by `event=`, or nothing. */
export function OpenEvent() {
  const visible = useVisibleEvents();
  const [state, setState] = useUrlState();
  const event = visible?.selectedId ? visible.vocab.eventById.get(visible.selectedId) : undefined;
  if (!visible || !event) return null;
  return (
    <DetailsPanel
      event={event}
      vocab={visible.vocab}
      onClose={() => setState({ event: undefined })}
      onSelect={(id) => setState({ event: id }, { push: true })}
      onShowChain={visible.chainId === event.id ? undefined : () => setState({ chain: event.id })}
      link={fullPageLink({ ...state, event: event.id })}
    />
  );
}
