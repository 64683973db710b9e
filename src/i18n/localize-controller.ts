/**
 * Keeps an element's texts in the language of its place in the page: its own `language`
 * property, else the host app's i18next language (when the app handed one over), else the
 * nearest `lang` attribute up the tree, else English. Re-renders the element when that
 * changes, once the language's messages are loaded.
 */
import type { i18n as I18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addMessages, applyOverrides, createI18n, createTranslator, type MessageOverrides, type Translator } from './i18n.js';
import { directionOf, loadMessages, resolveLanguage, type Language } from './languages.js';
import en from '../../locales/en.json' with { type: 'json' };

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

export class LocalizeController implements ReactiveController {
  /** The texts to render now. */
  translator: Translator;
  /** The language shown now (the requested one once it is loaded). */
  language: Language = 'en';
  /** Resolves once the requested language is loaded and shown. */
  ready: Promise<void> = Promise.resolve();

  private ownI18n: I18n | undefined;
  private watchedI18n: I18n | undefined;
  private appliedOverrides: MessageOverrides | undefined;
  private requested: Language | undefined = 'en';
  private lastInstance: I18n | undefined;
  private readonly onAppLanguage = (): void => this.update();

  constructor(private readonly host: LocalizedHost) {
    this.translator = createTranslator(this.instance());
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
    const instance = this.instance();
    this.watchI18n(this.host.i18n);
    if (instance !== this.lastInstance) {
      // Another i18next instance: its messages must be added and its texts used.
      this.lastInstance = instance;
      this.appliedOverrides = undefined;
      this.requested = undefined;
    }
    if (this.appliedOverrides !== this.host.translations) {
      this.appliedOverrides = this.host.translations;
      applyOverrides(instance, this.host.translations);
      this.show(this.language);
    }
    const tags = [this.host.language, this.host.i18n?.language ?? '', inheritedLang(this.host)];
    const requested = resolveLanguage(tags.find((tag) => tag !== '') ?? '');
    if (requested === this.requested && this.language === requested) return;
    this.requested = requested;
    if (requested === 'en') {
      this.show('en');
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadMessages(requested).then(
      (messages) => {
        addMessages(instance, requested, messages);
        applyOverrides(instance, this.host.translations);
        // Only the latest request wins; an older one that loads late is dropped.
        if (this.requested === requested) this.show(requested);
      },
      () => {
        // The language could not be fetched: stay in the one shown; a later change tries again.
        if (this.requested === requested) this.requested = this.language;
      },
    );
  }

  private show(language: Language): void {
    this.language = language;
    this.translator = createTranslator(this.instance(), language);
    this.host.requestUpdate();
  }

  private instance(): I18n {
    const app = this.host.i18n;
    if (app) {
      if (!withEnglish.has(app)) addMessages(app, 'en', en);
      withEnglish.add(app);
      return app;
    }
    this.ownI18n ??= createI18n();
    return this.ownI18n;
  }

  private watchI18n(app: I18n | undefined): void {
    if (app === this.watchedI18n) return;
    this.watchedI18n?.off('languageChanged', this.onAppLanguage);
    app?.on('languageChanged', this.onAppLanguage);
    this.watchedI18n = app;
  }
}
