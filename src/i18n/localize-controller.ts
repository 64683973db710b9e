/**
 * Keeps an element's texts in the language of its place in the page: its own `language`
 * property, else the host app's i18next language (when the app handed one over), else the
 * nearest `lang` attribute up the tree, else English. Re-renders the element when that
 * changes, once the language's messages are loaded. English needs nothing loaded; i18next
 * (and the element's own instance of it) is loaded with the first other language.
 */
import type { i18n as I18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { englishTranslator, loadEnglish } from './english.js';
import type { MessageOverrides, Translator } from './types.js';
import { directionOf, loadMessages, resolveLanguage, type Language } from './languages.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** A language that overrides the page's. */
  readonly language: string;
  /** The app's own i18next instance, if it handed one over. */
  readonly i18n: I18n | undefined;
  readonly translations: MessageOverrides | undefined;
}

const controllers = new Set<LocalizeController>();
/** App instances that already hold the element's English messages. */
const withEnglish = new WeakSet<I18n>();
let observer: MutationObserver | undefined;

/** One observer for every element: any `lang` change in the page makes each look again. */
function watchLang(controller: LocalizeController): void {
  controllers.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const each of controllers) each.update();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatchLang(controller: LocalizeController): void {
  controllers.delete(controller);
  if (controllers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The nearest `lang` attribute, crossing shadow roots. */
function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return '';
}

/** What is shown: the language, from which i18next instance (none for plain English), with which overrides. */
interface Shown {
  readonly language: Language;
  readonly instance: I18n | undefined;
  readonly overrides: MessageOverrides | undefined;
}

const same = (a: Shown | undefined, b: Shown): boolean =>
  a?.language === b.language && a.instance === b.instance && a.overrides === b.overrides;

export class LocalizeController implements ReactiveController {
  /** The texts to render now. */
  translator: Translator = englishTranslator();
  /** The language shown now (the requested one once it is loaded). */
  language: Language = 'en';
  /** Resolves once the requested language is loaded and shown. */
  ready: Promise<void> = Promise.resolve();

  private ownI18n: I18n | undefined;
  private watchedI18n: I18n | undefined;
  private shown: Shown = { language: 'en', instance: undefined, overrides: undefined };
  /** The latest request; an older one that loads late is dropped. */
  private wanted: Shown | undefined;
  private readonly onAppLanguage = (): void => this.update();

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  /** `ltr` or `rtl`, from the language shown. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.language);
  }

  hostConnected(): void {
    watchLang(this);
    this.update();
  }

  hostDisconnected(): void {
    unwatchLang(this);
    this.watchI18n(undefined);
  }

  /** Looks at the language again and switches to it once it is loaded. */
  update(): void {
    const app = this.host.i18n;
    this.watchI18n(app);
    const tags = [this.host.language, app?.language ?? '', inheritedLang(this.host)];
    const language = resolveLanguage(tags.find((tag) => tag !== '') ?? '');
    const overrides = this.host.translations;
    // English on the element's own needs no i18next; anything else goes through an instance.
    const instance = app ?? (language === 'en' ? undefined : this.ownI18n);
    const wanted: Shown = { language, instance, overrides };
    if (same(this.wanted, wanted) || (this.wanted === undefined && same(this.shown, wanted))) return;
    this.wanted = wanted;
    if (!app && language === 'en') {
      this.show(wanted, englishTranslator(overrides));
      this.ready = Promise.resolve();
      return;
    }
    this.ready = this.loadI18n(wanted, app).then(
      (loaded) => {
        if (loaded && this.wanted === wanted) this.show(loaded.shown, loaded.translator);
      },
      () => {
        // The language could not be fetched: stay in the one shown; a later change tries again.
        if (this.wanted === wanted) this.wanted = undefined;
      },
    );
  }

  /** The texts of `wanted` through i18next: the app's instance, else the element's own, loaded now. */
  private async loadI18n(
    wanted: Shown,
    app: I18n | undefined,
  ): Promise<{ shown: Shown; translator: Translator } | undefined> {
    // i18next falls back to English, so it gets all of it, the other screens' messages too.
    const [i18n, english, messages] = await Promise.all([
      import('./i18n.js'),
      loadEnglish(),
      wanted.language === 'en' ? undefined : loadMessages(wanted.language),
    ]);
    const instance = app ?? (this.ownI18n ??= (await import('./own-i18n.js')).createI18n(english));
    if (this.wanted !== wanted) return undefined;
    // The element's own instance starts with English; an app's gets it once.
    if (app && !withEnglish.has(app)) {
      i18n.addMessages(app, 'en', english);
      withEnglish.add(app);
    }
    if (messages) i18n.addMessages(instance, wanted.language, messages);
    i18n.applyOverrides(instance, wanted.overrides);
    return { shown: { ...wanted, instance }, translator: i18n.createTranslator(instance, wanted.language) };
  }

  private show(shown: Shown, translator: Translator): void {
    this.shown = shown;
    this.wanted = undefined;
    this.language = shown.language;
    this.translator = translator;
    this.host.requestUpdate();
  }

  private watchI18n(app: I18n | undefined): void {
    if (app === this.watchedI18n) return;
    this.watchedI18n?.off('languageChanged', this.onAppLanguage);
    app?.on('languageChanged', this.onAppLanguage);
    this.watchedI18n = app;
  }
}
