/**
 * What a test page said and what it failed to handle, for tests that check that nothing
 * secret is logged and nothing is left unhandled. Importing this module starts watching.
 */

/** Every line written to the console (log, info, warn, error, debug), as text. */
export const logged: string[] = [];

for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    logged.push(
      args
        .map((arg) =>
          arg instanceof Error
            ? `${arg.name}: ${arg.message} ${arg.stack ?? ''}`
            : typeof arg === 'string'
              ? arg
              : JSON.stringify(arg),
        )
        .join(' '),
    );
    original(...args);
  };
}

/** Promise rejections nobody handled, and errors thrown to the page. */
export const unhandled: unknown[] = [];

window.addEventListener('unhandledrejection', (event) => unhandled.push(event.reason));
window.addEventListener('error', (event) => unhandled.push(event.error));
