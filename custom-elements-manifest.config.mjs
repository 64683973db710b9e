/** The Custom Elements Manifest (`custom-elements.json`), read from the element's JSDoc. */

/**
 * The JSDoc `@event` tags are the element's contract. The analyzer also reports the
 * variable of a dispatch helper (`new CustomEvent(type, …)`) as an event named after it;
 * such an entry has no description and is dropped.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!('events' in declaration) || !declaration.events) continue;
          declaration.events = declaration.events.filter((event) => Boolean(event.description));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [documentedEventsOnly()],
};
