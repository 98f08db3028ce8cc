import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../url-state/params';
import { embedCode, embedUrl, SANDBOX, type EmbedOptions } from './embed-code';

const options: EmbedOptions = {
  height: 600,
  theme: 'light',
  controls: true,
  keepFilters: true,
  keepEvent: false,
  autoHeight: true,
};
const state = {
  ...DEFAULT_STATE,
  actors: ['iran'],
  q: 'drone',
  event: 'x',
  data: 'https://example.org/d.json',
};

describe('embed code', () => {
  it('keeps the filters and the data source, adds embed=1 and drops the open event by default', () => {
    expect(embedUrl('https://t.example/timeline/?actors=iran', state, options)).toBe(
      'https://t.example/timeline/?data=https%3A%2F%2Fexample.org%2Fd.json&actors=iran&q=drone&embed=1',
    );
  });

  it('can keep the event, hide the controls and pick a theme', () => {
    const url = embedUrl('https://t.example/', state, {
      ...options,
      keepEvent: true,
      controls: false,
      theme: 'dark',
    });
    expect(url).toContain('event=x&embed=1&controls=0&theme=dark');
  });

  it('can drop the filters', () => {
    expect(embedUrl('https://t.example/', state, { ...options, keepFilters: false })).toBe(
      'https://t.example/?data=https%3A%2F%2Fexample.org%2Fd.json&embed=1',
    );
  });

  it('writes an iframe with a title, lazy loading, the recommended sandbox and the script', () => {
    const code = embedCode('https://t.example/?embed=1', 'Timeline', options, 'https://t.example/embed.js');
    expect(code).toContain('title="Timeline (interactive timeline)"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain(`sandbox="${SANDBOX}"`);
    expect(code).toContain('height="600"');
    expect(code).toContain('<script src="https://t.example/embed.js" async></script>');
    expect(embedCode('https://t.example/', 'T', { ...options, autoHeight: false }, 'x')).not.toContain(
      '<script',
    );
  });

  it('escapes a hostile dataset title in the code', () => {
    const code = embedCode(
      'https://t.example/?a=1&b=2',
      '"><script>alert(1)</script>',
      options,
      'https://t.example/embed.js',
    );
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; (interactive timeline)"');
    expect(code).toContain('src="https://t.example/?a=1&amp;b=2"');
    expect(code.match(/<script/g)).toHaveLength(1);
  });
});
