// Public entry of src/charts: one Vega-Lite spec builder per chart, the theme, and the renderer.
import { fightinWords } from './fightin_words.ts';
import { frameTone } from './frame_tone.ts';
import { frameToneByGroup } from './frame_tone_by_group.ts';
import { heatmap } from './heatmap.ts';
import { keyness } from './keyness.ts';
import { rates } from './rates.ts';
import { ratesByGroup } from './rates_by_group.ts';
import { sentimentDistribution } from './sentiment_distribution.ts';
import { topEntries } from './top_entries.ts';
import { trends } from './trends.ts';

export { fightinWords, frameTone, frameToneByGroup, heatmap, keyness, rates, ratesByGroup, sentimentDistribution, topEntries, trends };
export { renderChart, writeChart, rasterize, stableJson, compile, fontFiles, installFontMetrics, PNG_SCALE } from './render.ts';
export type { RenderedChart } from './render.ts';
export { theme, loadTheme, vlConfig, titleBlock, wrapLabel, displayNames, VEGA_LITE_SCHEMA } from './theme.ts';
export { groupView, withN, formatCount, MAX_SERIES } from './spec.ts';
export type { GroupView } from './spec.ts';
export type { Theme } from './theme.ts';
export type * from './types.ts';

/** Builders by output name (the file stem each chart is written under). */
export const builders = {
  rates,
  heatmap,
  trends,
  sentiment_distribution: sentimentDistribution,
  frame_tone: frameTone,
  frame_tone_by_group: frameToneByGroup,
  top_entries: topEntries,
  keyness,
  fightin_words: fightinWords,
  rates_by_group: ratesByGroup,
} as const;
