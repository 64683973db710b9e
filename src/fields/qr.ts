/**
 * A QR code as an SVG path, drawn from the module matrix that `qrcode-generator` computes
 * in the browser: no image is fetched and no markup is parsed. Loaded only when a screen
 * shows a QR code.
 */
import qrcode from 'qrcode-generator';
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
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      if (code.isDark(row, column)) path += `M${column} ${row}h1v1h-1z`;
    }
  }
  return { size, path };
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
