/**
 * What every screen story is made of: a `<cognito-authenticator>` with a scripted client,
 * brought to one screen in one state the way a person gets there (filling forms, following
 * links), then checked: the screen is the one the story names, and the message the story
 * is about is on it.
 *
 * The steps run when the story renders, so a story reached through several screens shows
 * its state again after a change of control, theme or language; the story's `play` waits
 * for them and checks the outcome, which is what the Storybook test relies on.
 */
import { html, render as renderLit, type TemplateResult } from 'lit';
import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
// package.json marks only the built define module as having side effects, so its export is
// used (below) to keep the registration in the bundle.
import { CognitoAuthenticator } from '../src/define.js';
import type { Route } from '../src/core/index.js';
import { LANGUAGES, PSEUDO_LOCALE } from '../src/i18n/languages.js';
import {
  createScriptedClient,
  playRecipe,
  screenRecipes,
  type ScreenRecipe,
  type Script,
  type Step,
} from './fake-client.js';
import { TAG, attributeNames, authenticator } from './manifest.js';

/** Every screen the element can show (the machine's routes but `idle`). */
export type Screen = Exclude<Route, 'idle'>;

/** The element's attributes, by name, as the controls set them. */
export type AuthenticatorArgs = Record<string, string | boolean | number | undefined>;

export type AuthenticatorStory = StoryObj<AuthenticatorArgs>;

/** What the story is about, checked once it has played. */
export type Shown = 'error' | 'fieldError' | 'notice';

/** Properties set on the element (those without an attribute). */
export type SceneProperties = Partial<
  Pick<CognitoAuthenticator, 'customChallengeContent' | 'formFields' | 'passwordPolicy' | 'translations'>
>;

export interface Scene {
  /** The screen the story ends on. */
  readonly route: Screen;
  /**
   * Answers of the client, over the screen recipe's script; a function gives a fresh
   * script each time the story renders (for answers that change from one call to the next).
   */
  readonly script?: Script | (() => Script);
  /** Steps to the screen, instead of the recipe's. */
  readonly steps?: readonly Step[];
  /** Steps on the screen, after the recipe's: the state the story shows. */
  readonly then?: readonly Step[];
  /** How long each call takes, in ms. */
  readonly delayMs?: number;
  /** The message the story shows, checked to be on screen. */
  readonly shows?: Shown;
  readonly properties?: SceneProperties;
  /** Content for the element's slots: the app when signed in, a header or footer. */
  readonly content?: () => TemplateResult;
}

/** The recipe a scene plays: the screen's recipe with the scene's changes. */
function recipeOf(scene: Scene): ScreenRecipe {
  const base = screenRecipes[scene.route];
  return {
    script: { ...base.script, ...(typeof scene.script === 'function' ? scene.script() : scene.script) },
    steps: [...(scene.steps ?? base.steps), ...(scene.then ?? [])],
  };
}

/** Someone with an account. */
export const jane = { username: 'jane', password: 'Correct-Horse-9', email: 'jane@example.com' } as const;

/** Signs in as Jane on the sign-in screen. */
export const signInAsJane: Step = { fill: { username: jane.username, password: jane.password } };

/** Presses the screen's secondary action (resend a code, skip): the footer button that is not a link to a screen. */
export const pressFooterAction: Step = { press: '.cognito-screen__footer button:not([data-navigate])' };

/**
 * The tag of a story whose element writes to the console on purpose (a configuration
 * error the page author must see): the Storybook test accepts the element's own messages there.
 */
export const CONSOLE_MESSAGE_TAG = 'console-message';

/** The steps each element on the page is playing, for the story's `play` to wait for. */
const playing = new WeakMap<Element, Promise<void>>();

function apply(element: HTMLElement, args: AuthenticatorArgs): void {
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === false || value === '') element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Renders the element for a story: attributes from the args, client and steps from the scene. */
export function renderScene(args: AuthenticatorArgs, context: StoryContext<AuthenticatorArgs>): HTMLElement {
  const scene = context.parameters.scene as Scene | undefined;
  const element = document.createElement(TAG);
  if (!(element instanceof CognitoAuthenticator)) throw new Error(`<${TAG}> is not registered`);
  apply(element, args);
  if (!scene) {
    element.client = createScriptedClient();
    return element;
  }
  const recipe = recipeOf(scene);
  element.client = createScriptedClient(recipe.script, scene.delayMs === undefined ? {} : { delayMs: scene.delayMs });
  Object.assign(element, scene.properties);
  if (scene.content) renderLit(scene.content(), element);
  const steps = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => (element.isConnected ? playRecipe(element, recipe) : undefined))
    .catch((error: unknown) => {
      // A story left before its steps were done (another story, a new theme): nothing to show.
      if (element.isConnected) throw error;
    });
  playing.set(element, steps);
  return element;
}

/** The text of the first non-empty match of `selector` in the element. */
function textOf(element: Element, selector: string): string {
  return (
    [...element.querySelectorAll(selector)].map((node) => node.textContent.trim()).find((text) => text !== '') ?? ''
  );
}

const SHOWN_IN: Readonly<Record<Shown, string>> = {
  error: '.cognito-alert--error',
  fieldError: '.cognito-field__error',
  notice: '.cognito-alert--info',
};

/** The story's element, once the scene's steps have played. */
export async function settled(context: StoryContext<AuthenticatorArgs>): Promise<CognitoAuthenticator> {
  const element = context.canvasElement.querySelector(TAG);
  if (!element) throw new Error(`The story has no <${TAG}>`);
  await playing.get(element);
  await element.updateComplete;
  return element;
}

/** Waits for the scene's steps and checks that the story shows what it says. */
async function checkScene(context: StoryContext<AuthenticatorArgs>): Promise<void> {
  const scene = context.parameters.scene as Scene | undefined;
  const element = await settled(context);
  if (!scene) return;
  await expect(element.route).toBe(scene.route);
  if (context.title.startsWith('Screens/')) {
    // A screen's stories all end on that screen: the story list covers the machine's screens.
    await expect(context.id.startsWith(`screens-${scene.route.toLowerCase()}--`)).toBe(true);
  }
  if (scene.shows) await expect(textOf(element, SHOWN_IN[scene.shows])).not.toBe('');
}

/** A story that shows one screen in one state. */
export function scene(definition: Scene, story: Omit<AuthenticatorStory, 'play'> = {}): AuthenticatorStory {
  return {
    ...story,
    args: { ...screenRecipes[definition.route].attributes, ...story.args },
    parameters: { ...story.parameters, scene: definition },
    play: checkScene,
  };
}

/** An app in the element's default slot, shown once the user is signed in. */
export function exampleApp(): TemplateResult {
  const signOut = (event: Event): void => {
    (event.currentTarget as Element).closest(TAG)?.signOut();
  };
  return html`<main class="storybook-app">
    <h1>Example app</h1>
    <p>Your content, shown once the user is signed in.</p>
    <button type="button" @click=${signOut}>Sign out</button>
  </main>`;
}

/** Controls for the attributes that take one of a few values. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  'auth-flow': ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'],
  'initial-screen': ['signIn', 'signUp'],
  variation: ['default', 'modal'],
  storage: ['local', 'session', 'memory'],
  language: ['', ...LANGUAGES, PSEUDO_LOCALE],
};

/** Controls for every attribute of the element, read from the manifest: attributes are text, a flag or a number. */
export const attributeArgTypes: ArgTypes<AuthenticatorArgs> = Object.fromEntries(
  (authenticator?.attributes ?? []).map(({ name, type }): [string, ArgTypes<AuthenticatorArgs>[string]] => {
    const options = CHOICES[name];
    if (options) return [name, { control: options.length > 3 ? 'select' : 'inline-radio', options }];
    if (type?.text === 'boolean') return [name, { control: 'boolean' }];
    if (type?.text === 'number') return [name, { control: 'number' }];
    // Lists too (`login-mechanisms`): the attribute takes them space-separated.
    return [name, { control: 'text' }];
  }),
);

/** What every screen's stories share: the element, its controls, and a check after each. */
export const screenMeta = {
  component: TAG,
  render: renderScene,
  argTypes: attributeArgTypes,
  parameters: {
    controls: { include: attributeNames, sort: 'alpha' },
    layout: 'padded',
  },
} satisfies Meta<AuthenticatorArgs>;
