/**
 * Adopts a constructable stylesheet into the root node an element lives in (the document,
 * or an enclosing shadow root) once. No `<style>` element and no `style=""` attribute is
 * ever written, so a strict Content-Security-Policy needs no exception.
 */
export function adoptStyles(element: Element, sheet: CSSStyleSheet): void {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
