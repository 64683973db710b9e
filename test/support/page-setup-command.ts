/** The `page-setup` server command, shared by the plugin (`wtr-engine-plugin.ts`) and the tests (`page-setup.ts`). */
export const PAGE_SETUP_COMMAND = 'page-setup';

export interface PageSetup {
  readonly width: number;
  readonly height: number;
  readonly colorScheme: 'light' | 'dark';
  readonly reducedMotion: 'reduce' | 'no-preference';
}

export function isPageSetup(payload: unknown): payload is PageSetup {
  if (typeof payload !== 'object' || payload === null) return false;
  const { width, height, colorScheme, reducedMotion } = payload as Record<string, unknown>;
  return (
    typeof width === 'number' &&
    typeof height === 'number' &&
    (colorScheme === 'light' || colorScheme === 'dark') &&
    (reducedMotion === 'reduce' || reducedMotion === 'no-preference')
  );
}
