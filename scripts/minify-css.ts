/**
 * Minifies the CSS inside Lit's css`…` tagged templates of compiled JavaScript with
 * esbuild's CSS minifier. JavaScript minifiers leave template text alone, so without this
 * step every space and comment of the stylesheet would ship. Interpolations (`${host}`)
 * stand in as identifiers while the text is minified and are put back afterwards. A
 * template that cannot be minified safely (a backslash escape, interpolations that do not
 * come back intact) stops the build with the reason, rather than shipping unminified.
 */
import { transform } from 'esbuild';

interface Template {
  /** Index of the first character of the text, after the opening backtick. */
  readonly start: number;
  /** Index of the closing backtick. */
  readonly end: number;
  readonly parts: readonly string[];
  readonly holes: readonly string[];
}

/** The index just past the `}` that closes the interpolation starting at `from` (after `${`). */
function skipInterpolation(source: string, from: number): number {
  let depth = 1;
  let index = from;
  while (index < source.length && depth > 0) {
    const char = source[index];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    index += 1;
  }
  return index;
}

function findTemplates(source: string): Template[] {
  const templates: Template[] = [];
  const opening = /\bcss\s*`/gu;
  for (let match = opening.exec(source); match; match = opening.exec(source)) {
    const start = match.index + match[0].length;
    const parts: string[] = [];
    const holes: string[] = [];
    let partStart = start;
    let index = start;
    while (index < source.length && source[index] !== '`') {
      if (source[index] === '\\') {
        index += 2;
      } else if (source[index] === '$' && source[index + 1] === '{') {
        parts.push(source.slice(partStart, index));
        const after = skipInterpolation(source, index + 2);
        holes.push(source.slice(index, after));
        index = after;
        partStart = after;
      } else {
        index += 1;
      }
    }
    parts.push(source.slice(partStart, index));
    templates.push({ start, end: index, parts, holes });
    opening.lastIndex = index + 1;
  }
  return templates;
}

const placeholder = (index: number): string => `tpl-hole-${index}`;

async function minifyTemplate(template: Template): Promise<string> {
  if (template.parts.some((part) => part.includes('\\')))
    throw new Error('a backslash escape (write the CSS without one)');
  const text = template.parts.map((part, index) => (index === 0 ? part : placeholder(index - 1) + part)).join('');
  const { code } = await transform(text, { loader: 'css', minify: true, logLevel: 'silent' });
  let result = code.trim();
  // From the last to the first, so that `tpl-hole-1` is never found inside `tpl-hole-10`.
  for (let index = template.holes.length - 1; index >= 0; index -= 1) {
    const pieces = result.split(placeholder(index));
    if (pieces.length !== 2) throw new Error(`interpolation ${String(index)} did not come back intact`);
    result = pieces.join(template.holes[index] ?? '');
  }
  if (result.includes('`')) throw new Error('a backtick in the minified text');
  return result;
}

/** The source with every css`…` template's text minified; `file` names it in an error. */
export async function minifyCssTemplates(source: string, file = 'the source'): Promise<string> {
  let output = '';
  let cursor = 0;
  for (const template of findTemplates(source)) {
    let minified: string;
    try {
      minified = await minifyTemplate(template);
    } catch (error) {
      throw new Error(
        `A css\`…\` template in ${file} cannot be minified: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    output += source.slice(cursor, template.start) + minified;
    cursor = template.end;
  }
  return output + source.slice(cursor);
}
