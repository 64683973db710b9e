/**
 * A QR code as an SVG path, drawn from the module matrix computed in the browser: no image
 * is fetched and no markup is parsed.
 */
import { encodeQr } from './qr-encode.js';
import { svg, type SVGTemplateResult } from 'lit';

/** The quiet zone around the code, in modules, that scanners need. */
const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side. */
  readonly size: number;
  /** One path with a unit square per dark module. */
  readonly path: string;
}

export function qrMatrix(text: string): QrMatrix {
  const modules = encodeQr(text);
  let path = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${String(x)} ${String(y)}h1v1h-1z`;
    });
  });
  return { size: modules.length, path };
}

/** The code as SVG content, to be placed in an `<svg role="img">` with an accessible name. */
export function qrSvg(text: string, labelId: string): SVGTemplateResult {
  const { size, path } = qrMatrix(text);
  const extent = size + 2 * QUIET_ZONE;
  return svg`<svg class="cognito-qr__image" role="img" aria-labelledby=${labelId} viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}" shape-rendering="crispEdges">
    <rect class="cognito-qr__background" x=${-QUIET_ZONE} y=${-QUIET_ZONE} width=${extent} height=${extent}></rect>
    <path class="cognito-qr__modules" d=${path}></path>
  </svg>`;
}
