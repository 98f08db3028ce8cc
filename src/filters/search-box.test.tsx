import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { renderApp, serve } from '../test/render-app';

const DATA = '/data/events.json';

afterEach(() => vi.restoreAllMocks());

describe('the search box', () => {
  it('typing 300 characters writes the address a few times, not once per keystroke', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?view=list');
    const box = await screen.findByRole('searchbox', { name: 'Search events' });
    const writes = vi.spyOn(window.history, 'replaceState');
    const text = 'zurich '.repeat(43).slice(0, 300);
    for (let i = 1; i <= text.length; i++) fireEvent.change(box, { target: { value: text.slice(0, i) } });
    expect(box).toHaveValue(text);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe(text));
    expect(writes.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('writes at once on Enter, and Clear all empties the box', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    const box = await screen.findByRole('searchbox', { name: 'Search events' });
    await user.type(box, 'zurich{Enter}');
    expect(window.location.search).toBe('?q=zurich&view=list');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(box).toHaveValue('');
    expect(window.location.search).toBe('?view=list');
  });

  it('keeps filtering when the browser refuses history calls, and writes the address once it allows them', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    const box = await screen.findByRole('searchbox', { name: 'Search events' });
    const refuse = vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
    });
    await user.type(box, 'zurich{Enter}');
    expect(screen.getByText('Showing 1 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toBe('?view=list');
    refuse.mockRestore();
    await act(() => new Promise((done) => setTimeout(done, 1100)));
    expect(window.location.search).toBe('?q=zurich&view=list');
    expect(screen.getByText('Showing 1 of 6 events')).toBeInTheDocument();
  });
});
