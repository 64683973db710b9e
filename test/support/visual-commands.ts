/**
 * What the screenshot plugin (`wtr-visual-plugin.ts`, Node) and its browser helpers
 * (`visual.ts`) share.
 */

/**
 * How different a screenshot may be and still match its baseline. A pixel counts as
 * different when its colour moved by more than `threshold` (pixelmatch's YIQ distance,
 * 0 to 1; 0.01 is a change of about 2 in 255 in one channel); a screenshot matches while at
 * most `maxDiffRatio` of its pixels differ. A changed colour token moves whole areas (a
 * button, every line of a text) by much more, so it never matches; see
 * test/visual/visual.browser.test.ts.
 */
export const VISUAL_TOLERANCE = { threshold: 0.01, maxDiffRatio: 0.0005 } as const;

export interface VisualResult {
  /** `updated` when UPDATE_BASELINES=1 wrote the baseline. */
  readonly status: 'match' | 'differs' | 'size' | 'missing' | 'updated';
  /** Pixels that differ (-1 when the sizes differ or there is no baseline). */
  readonly diffPixels: number;
  readonly width: number;
  readonly height: number;
  /** The baseline's size, when the sizes differ. */
  readonly expected?: string;
}
