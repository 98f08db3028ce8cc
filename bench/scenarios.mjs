// Every page the benchmark can measure, by the name `--pages` knows it by: the app, the bare
// vis-timeline page (and its diagnosis variants) and TimelineJS3, all drawing the same events.
import { app } from './scenarios/app.mjs';
import { BARE_PAGES } from './scenarios/bare.mjs';
import { timelinejs } from './scenarios/timelinejs.mjs';

/**
 * @typedef {object} Scenario
 * @property {'vis' | 'timelinejs'} kind  what bench/instrument.js watches on the page
 * @property {string} label  the page's column in the report
 * @property {(size: number, info: ReturnType<typeof import('./datasets.mjs').datasetInfo>) => string} url
 * @property {(ctx: object) => Promise<void>} run  every operation after the load, each through `ctx.op`
 * @property {boolean} [noDetails]  the page shows no event box to open
 */

/** @type {Record<string, Scenario>} */
export const PAGES = { app, ...BARE_PAGES, timelinejs };

/** What a plain run measures. */
export const DEFAULT_PAGES = ['app', 'bare', 'timelinejs'];
