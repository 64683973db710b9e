/** The server command that bundles an example app, shared by the plugin and the tests. */
export const EXAMPLE_COMMAND = 'example-build';

/** Where the package with its `./sdk` entry is served as one browser module. */
export const SDK_BUNDLE = '/__bundles__/with-sdk.js';

export type ExampleName = 'react' | 'vue' | 'html';

/** What an example's `config.ts` holds. */
export interface ExampleConfig {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly endpoint?: string;
}

export interface ExampleBuildPayload {
  readonly example: ExampleName;
  readonly config: ExampleConfig;
}

export interface ExampleBuildResult {
  /** Where the build is served, e.g. `/__examples__/1/`. */
  readonly base: string;
}

export function isExampleBuildPayload(payload: unknown): payload is ExampleBuildPayload {
  if (typeof payload !== 'object' || payload === null) return false;
  const { example, config } = payload as { example?: unknown; config?: unknown };
  if (example !== 'react' && example !== 'vue' && example !== 'html') return false;
  if (typeof config !== 'object' || config === null) return false;
  const { userPoolId, clientId } = config as { userPoolId?: unknown; clientId?: unknown };
  return typeof userPoolId === 'string' && typeof clientId === 'string';
}
