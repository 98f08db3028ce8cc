import { describe, expect, it } from 'vitest';
import xss from './html-as-text';

describe('what vis-timeline sets as HTML', () => {
  it.each([
    ['2019', '2019'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [`"a" & 'b'`, '&quot;a&quot; &amp; &#39;b&#39;'],
  ])('%j is set as text: %j', (input, expected) => {
    const escaped = new xss.FilterXSS().process(input);
    expect(escaped).toBe(expected);
    const node = document.createElement('div');
    node.innerHTML = escaped;
    expect(node.textContent).toBe(input);
    expect(node.children).toHaveLength(0);
  });
});
