/**
 * Threat protection: where the page has loaded Cognito's advanced-security script (which
 * defines `AmazonCognitoAdvancedSecurityData`), the calls that accept it carry
 * `UserContextData.EncodedData`, the device and browser data the script collects for the
 * user named in the request. Without the script nothing is added.
 */
import type { CallContext } from './call-context.js';
import type { Operation, Operations } from './transport.js';

interface AdvancedSecurityData {
  getData(username: string, userPoolId: string, clientId: string): string | undefined;
}

/** The calls Cognito takes `UserContextData` with. */
const TAKES_CONTEXT_DATA: ReadonlySet<Operation> = new Set<Operation>([
  'InitiateAuth',
  'RespondToAuthChallenge',
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'ForgotPassword',
  'ConfirmForgotPassword',
]);

/** The username a request is about: typed, or the one Cognito answered with. */
function usernameOf(input: Record<string, unknown>): string | undefined {
  const nested = (input.AuthParameters ?? input.ChallengeResponses) as Record<string, unknown> | undefined;
  const name = input.Username ?? nested?.USERNAME;
  return typeof name === 'string' ? name : undefined;
}

/** Sends a request, with the collected context data when it is one that takes it. */
export function sendWithContextData<O extends Operation>(
  send: CallContext['send'],
  userPoolId: string,
  clientId: string,
  operation: O,
  input: Operations[O][0],
): Promise<Operations[O][1]> {
  const collector = (globalThis as { AmazonCognitoAdvancedSecurityData?: AdvancedSecurityData })
    .AmazonCognitoAdvancedSecurityData;
  const username = usernameOf(input as Record<string, unknown>);
  if (!collector || username === undefined || !TAKES_CONTEXT_DATA.has(operation)) return send(operation, input);
  let encoded: string | undefined;
  try {
    encoded = collector.getData(username, userPoolId, clientId);
  } catch {
    // A collector that fails never stops a sign-in: the request goes without its data.
    return send(operation, input);
  }
  return send(operation, { ...input, UserContextData: encoded ? { EncodedData: encoded } : {} });
}
