/**
 * React and ReactDOM in a test page, which has no bundler: React ships CommonJS only, so
 * its production files are fetched from `node_modules` and run with a small `require`.
 */
import type * as ReactModule from 'react';
import type * as ReactDomClient from 'react-dom/client';

/** The CommonJS files, in the order they need each other. */
const FILES = [
  ['scheduler', '/node_modules/scheduler/cjs/scheduler.production.js'],
  ['react', '/node_modules/react/cjs/react.production.js'],
  ['react-dom', '/node_modules/react-dom/cjs/react-dom.production.js'],
  ['react-dom/client', '/node_modules/react-dom/cjs/react-dom-client.production.js'],
] as const;

type CommonJsFactory = (module: { exports: object }, exports: object, require: (name: string) => object) => void;

let loaded: Promise<{ React: typeof ReactModule; ReactDom: typeof ReactDomClient }> | undefined;

async function load(): Promise<{ React: typeof ReactModule; ReactDom: typeof ReactDomClient }> {
  const modules = new Map<string, object>();
  const require = (name: string): object => {
    const found = modules.get(name);
    if (!found) throw new Error(`React's files asked for ${name}, which is not loaded`);
    return found;
  };
  for (const [name, url] of FILES) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${String(response.status)}`);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running React's CommonJS file is the point
    const factory = new Function('module', 'exports', 'require', await response.text()) as CommonJsFactory;
    const module = { exports: {} };
    factory(module, module.exports, require);
    modules.set(name, module.exports);
  }
  // The files are React's and ReactDOM's own builds: they export what the types describe.
  return {
    React: require('react') as typeof ReactModule,
    ReactDom: require('react-dom/client') as typeof ReactDomClient,
  };
}

/** React and ReactDOM's client, loaded once per page. */
export function loadReact(): Promise<{ React: typeof ReactModule; ReactDom: typeof ReactDomClient }> {
  loaded ??= load();
  return loaded;
}
