/**
 * Browser side of the example apps: bundles one against a test pool and runs it, then
 * walks its sign-in and sign-out the way a person does.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CognitoAuthenticator } from '../../src/index.ts';
import { cognitoPool, cognitoRequests, cognitoSrp, cognitoUser, type CognitoPoolInfo } from '../support/cognito.js';
import {
  EXAMPLE_COMMAND,
  type ExampleBuildPayload,
  type ExampleBuildResult,
  type ExampleName,
} from '../support/examples-command.js';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';

/** Bundles `examples/<name>` for `pool`; resolves to the folder it is served from. */
export async function exampleBuild(example: ExampleName, pool: CognitoPoolInfo): Promise<string> {
  const payload: ExampleBuildPayload = {
    example,
    config: { userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: pool.endpoint },
  };
  const { base } = await executeServerCommand<ExampleBuildResult, ExampleBuildPayload>(EXAMPLE_COMMAND, payload);
  return base;
}

/** A pool with `reader` / `Passw0rd!`, who signs in with SRP (answered by the test proxy: the emulator lacks USER_SRP_AUTH). */
export async function poolWithReader(): Promise<CognitoPoolInfo> {
  const pool = await cognitoPool();
  await cognitoUser(pool, 'reader', 'Passw0rd!', { email: 'reader@example.com', email_verified: 'true' });
  await cognitoSrp(pool, 'reader', 'Passw0rd!');
  return pool;
}

/**
 * Signs in on the example's element, checks that the app behind it shows the user (the
 * signed-in event reached the app), signs out with the app's button and checks that the
 * sign-in form is back and the app forgot the user (the signed-out event).
 */
export async function signInAndOut(
  pool: CognitoPoolInfo,
  element: CognitoAuthenticator,
  shownUsername: () => string,
): Promise<void> {
  const harness = new AuthenticatorHarness(element);
  await harness.waitForScreen('signIn');
  // An object given by the app reached the element as a property.
  expect(element.querySelector('h2')?.textContent.trim()).to.equal('Sign in to Example');

  await harness.fill({ username: 'reader', password: 'Passw0rd!' });
  await harness.submit();
  await waitUntil(() => shownUsername() === 'reader', `the app to show the user (shows "${shownUsername()}")`);
  expect(element.route).to.equal('authenticated');
  const requests = await cognitoRequests(pool);
  expect((requests[0]?.body as { AuthFlow?: string } | undefined)?.AuthFlow).to.equal('USER_SRP_AUTH');

  const signOut = [...element.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Sign out');
  expect(signOut, "the app's sign-out button").not.to.equal(undefined);
  signOut?.click();
  await harness.waitForScreen('signIn');
  await waitUntil(() => shownUsername() === '', 'the app to forget the user');
}
