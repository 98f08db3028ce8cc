import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { archiveLink, SourceLinks } from './source-links';

const source = {
  url: 'https://www.example.gov/release?id=1',
  publisher: 'Ministry',
  title: 'Release',
  published: '2020-01-03',
  kind: 'government' as const,
};

describe('sources', () => {
  it.each([
    [source, 'https://web.archive.org/web/20200103/https://www.example.gov/release?id=1'],
    [{ ...source, published: undefined }, 'https://web.archive.org/web/https://www.example.gov/release?id=1'],
    [{ ...source, archiveUrl: 'https://archive.example/abc' }, 'https://archive.example/abc'],
  ])('archive link for %j is %s', (s, expected) => {
    expect(archiveLink(s)).toBe(expected);
  });

  it('shows each source and its archived copy as new-tab links', () => {
    render(<SourceLinks sources={[source]} />);
    expect(screen.getByRole('link', { name: 'Release (opens in a new tab)' })).toHaveAttribute(
      'href',
      source.url,
    );
    const archived = screen.getByRole('link', { name: 'Archived copy of Release (opens in a new tab)' });
    expect(archived).toHaveAttribute(
      'href',
      'https://web.archive.org/web/20200103/https://www.example.gov/release?id=1',
    );
    expect(archived).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText(/January 3, 2020 · Government/)).toHaveTextContent(
      'Ministry · January 3, 2020 · Government',
    );
  });

  it('makes no link of a source URL that is not http(s)', () => {
    render(<SourceLinks sources={[{ ...source, url: 'javascript:alert(1)' }]} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText('Release')).toBeInTheDocument();
  });

  it('says "No source given" for an event without sources (as imported timelines may have)', () => {
    render(<SourceLinks sources={[]} />);
    expect(screen.getByText('No source given.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
