/**
 * web-test-runner plugin for the `webauthn-*` commands (`webauthn-commands.ts`): a virtual
 * authenticator in the test's Chromium page through the DevTools protocol, which makes and
 * uses real passkeys (real keys, real signatures) without a person touching anything.
 * Chromium only: the other engines have no such protocol here. Node only.
 */
import type { TestRunnerPlugin } from '@web/test-runner';
import type { CDPSession } from 'playwright-core';
import { enginePage } from './engine-pages.js';
import { webAuthnCommands, type VirtualCredential, type WebAuthnCommand } from './webauthn-commands.js';

const isCommand = (command: string): command is WebAuthnCommand =>
  (webAuthnCommands as readonly string[]).includes(command);

function valueOf(payload: unknown, key: string): unknown {
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
}

function text(payload: unknown, key: string): string {
  const value = valueOf(payload, key);
  if (typeof value !== 'string') throw new Error(`webauthn: "${key}" must be a string`);
  return value;
}

function flag(payload: unknown, key: string): boolean {
  const value = valueOf(payload, key);
  if (typeof value !== 'boolean') throw new Error(`webauthn: "${key}" must be a boolean`);
  return value;
}

export function webAuthnPlugin(): TestRunnerPlugin {
  /** One DevTools session per test page, with the WebAuthn domain enabled. */
  const sessions = new Map<string, Promise<CDPSession>>();

  function devtools(session: Parameters<typeof enginePage>[0]): Promise<CDPSession> {
    const known = sessions.get(session.id);
    if (known) return known;
    const target = enginePage(session);
    if (target.kind !== 'playwright') throw new Error('webauthn: a virtual authenticator needs Chromium');
    const opened = (async () => {
      const cdp = await target.page.context().newCDPSession(target.page);
      // No browser dialog: the authenticator answers as soon as it is asked.
      await cdp.send('WebAuthn.enable', { enableUI: false });
      return cdp;
    })();
    sessions.set(session.id, opened);
    return opened;
  }

  return {
    name: 'webauthn-virtual-authenticator',
    async executeCommand({ command, payload, session }) {
      if (!isCommand(command)) return undefined;
      const cdp = await devtools(session);
      switch (command) {
        case 'webauthn-add': {
          const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
            options: {
              protocol: 'ctap2',
              transport: 'internal',
              hasResidentKey: true,
              hasUserVerification: true,
              isUserVerified: flag(payload, 'userVerified'),
              automaticPresenceSimulation: true,
            },
          });
          return { authenticatorId };
        }
        case 'webauthn-credentials': {
          const { credentials } = await cdp.send('WebAuthn.getCredentials', {
            authenticatorId: text(payload, 'authenticatorId'),
          });
          return credentials.map(({ credentialId, rpId, isResidentCredential, signCount }): VirtualCredential => ({
            credentialId,
            rpId: rpId ?? '',
            isResidentCredential,
            signCount,
          }));
        }
        case 'webauthn-user-verified':
          await cdp.send('WebAuthn.setUserVerified', {
            authenticatorId: text(payload, 'authenticatorId'),
            isUserVerified: flag(payload, 'verified'),
          });
          return true;
        case 'webauthn-bogus-signature':
          await cdp.send('WebAuthn.setResponseOverrideBits', {
            authenticatorId: text(payload, 'authenticatorId'),
            isBogusSignature: flag(payload, 'bogus'),
          });
          return true;
        case 'webauthn-remove':
          await cdp.send('WebAuthn.removeVirtualAuthenticator', {
            authenticatorId: text(payload, 'authenticatorId'),
          });
          return true;
      }
    },
  };
}
