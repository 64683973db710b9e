/**
 * `cognito-authenticator/testing`: what an app needs to test its own pages with the
 * element, without a user pool: a scripted `AuthClient` (every call answered from a
 * script, or as the happy path does, and recorded), sample data for its answers, and a
 * harness that fills, sends and reads the element's screens the way a person does.
 */
export {
  createScriptedClient,
  challenge,
  fails,
  inTurn,
  pending,
  type Answer,
  type RecordedCall,
  type Script,
  type ScriptedClient,
  type ScriptedClientOptions,
} from './testing/scripted-client.js';
export { emailDelivery, fakeSession, fakeTotpSecret, smsDelivery } from './testing/samples.js';
export { AuthenticatorHarness, waitUntil, type DrivenElement } from './testing/harness.js';
