import { Component, type ReactNode } from 'react';
import { clip } from '../lib/format';

export interface RegionBoundaryProps {
  /** What the region shows, as the message names it: "timeline", "event details". */
  label: string;
  /** Offered beside Retry for a region the reader can close (the details). */
  onClose?: () => void;
  /** A new value (another event opened, another dataset) tries the region again. */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * A render error in one region of the page shows a message with a way back (Retry, Close) in that
 * region alone, instead of unmounting the whole page.
 */
export class RegionBoundary extends Component<RegionBoundaryProps, State> {
  state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  componentDidUpdate(previous: RegionBoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.retry();
  }

  retry = () => this.setState({ error: null, failed: false });

  render() {
    const { label, onClose, children } = this.props;
    if (!this.state.failed) return children;
    const { error } = this.state;
    const detail = error instanceof Error ? error.message : String(error);
    return (
      <section
        role="alert"
        aria-label={`The ${label} could not be shown`}
        className="rounded-md border border-red-300 bg-white p-4 text-sm text-slate-800"
      >
        <p className="font-semibold text-red-800">The {label} could not be shown.</p>
        <p className="mt-1">The rest of the page still works.</p>
        {detail && (
          <p className="mt-1 font-mono text-xs wrap-anywhere text-slate-700">
            <bdi>{clip(detail, 200)}</bdi>
          </p>
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className="btn" onClick={this.retry}>
            Retry
          </button>
          {onClose && (
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
          )}
        </div>
      </section>
    );
  }
}
