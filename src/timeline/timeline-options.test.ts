import { describe, expect, it } from 'vitest';
import { spanOf, timelineOptions } from './timeline-options';

describe('timelineOptions', () => {
  it('never turns on click-to-use, the one vis-timeline mode that needs keycharm (stubbed out in the build)', () => {
    const options = timelineOptions(spanOf([{ date: '2019-06-20' }, { date: '2024-12-31' }]), undefined);
    expect(options.clickToUse ?? false).toBe(false);
  });

  it('gives the tooltip of the item pointed at, built then', () => {
    const options = timelineOptions(spanOf([{ date: '2019-06-20' }]), 400);
    const tooltip = document.createElement('div');
    const template = options.tooltip?.template as unknown as (item: unknown, data: unknown) => unknown;
    expect(template({}, { tooltip: () => tooltip })).toBe(tooltip);
    expect(options.maxHeight).toBe(400);
  });
});
