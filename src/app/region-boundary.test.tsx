import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RegionBoundary } from './region-boundary';

let broken = true;
function Region() {
  if (broken) throw new Error('Not a calendar date: 10000-01-01');
  return <p>The region works</p>;
}

describe('a region that fails to render', () => {
  beforeEach(() => {
    broken = true;
    // React reports the caught error on the console; the test is about what the reader sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a message in its place while the rest of the page stays, and Retry tries again', async () => {
    const user = userEvent.setup();
    render(
      <main>
        <h1>The page</h1>
        <RegionBoundary label="timeline">
          <Region />
        </RegionBoundary>
      </main>,
    );
    const alert = screen.getByRole('alert', { name: 'The timeline could not be shown' });
    expect(alert).toHaveTextContent('The timeline could not be shown.');
    expect(alert).toHaveTextContent('Not a calendar date: 10000-01-01');
    expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument();
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('The region works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers Close where the region can be closed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <RegionBoundary label="event details" onClose={onClose}>
        <Region />
      </RegionBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('tries again when another item is opened', () => {
    const { rerender } = render(
      <RegionBoundary label="event details" resetKey="a">
        <Region />
      </RegionBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken = false;
    rerender(
      <RegionBoundary label="event details" resetKey="b">
        <Region />
      </RegionBoundary>,
    );
    expect(screen.getByText('The region works')).toBeInTheDocument();
  });
});
