/// <reference types="vite/client" />
/**
 * The element's public API as the Custom Elements Manifest describes it
 * (`custom-elements.json`, generated from the JSDoc by `npm run analyze`). The docs read it
 * from here: the reference tables, the controls and the token table on the theming page.
 *
 * The file is generated, not committed, so it is found with a glob: a build without it
 * still starts and says what is missing.
 */

export interface ManifestItem {
  readonly name: string;
  readonly description?: string;
  readonly summary?: string;
  readonly default?: string;
  readonly type?: { readonly text: string };
  readonly kind?: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly attribute?: string;
  readonly fieldName?: string;
}

export interface ManifestDeclaration {
  readonly kind: string;
  readonly name: string;
  readonly tagName?: string;
  readonly description?: string;
  readonly summary?: string;
  readonly members?: readonly ManifestItem[];
  readonly attributes?: readonly ManifestItem[];
  readonly events?: readonly ManifestItem[];
  readonly slots?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
}

export interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly {
    readonly kind: string;
    readonly path: string;
    readonly declarations?: readonly ManifestDeclaration[];
  }[];
}

const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });

/** The manifest as generated, or `undefined` when `npm run analyze` has not run. */
export const rawManifest: Manifest | undefined = Object.values(found)[0];

export const TAG = 'cognito-authenticator';

/** The public part of a declaration: what a page author can use, each documented item once. */
function publicApi(declaration: ManifestDeclaration): ManifestDeclaration {
  const documented = (item: ManifestItem): boolean => item.name !== '' && item.description !== undefined;
  return {
    ...declaration,
    members: declaration.members?.filter((member) => member.privacy === undefined && member.static !== true),
    // `emit(type, …)` shows up as an event named `type`: only the documented events count.
    events: declaration.events?.filter(documented),
    // Storybook drops nameless items: the default slot gets a name it can show.
    slots: declaration.slots?.map((slot) => (slot.name === '' ? { ...slot, name: '(default)' } : slot)),
  };
}

/** The manifest with only the public API of each element. */
export const manifest: Manifest | undefined = rawManifest && {
  ...rawManifest,
  modules: rawManifest.modules.map((module) => ({ ...module, declarations: module.declarations?.map(publicApi) })),
};

/** The declaration of `<cognito-authenticator>`. */
export const authenticator: ManifestDeclaration | undefined = manifest?.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === TAG);

/** The element's attributes, in the order its source declares them. */
export const attributeNames: readonly string[] = (authenticator?.attributes ?? []).map((attribute) => attribute.name);

/** The CSS custom properties a theme can set. */
export const cssTokens: readonly ManifestItem[] = authenticator?.cssProperties ?? [];
