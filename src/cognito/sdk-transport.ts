/**
 * The user-pool transport built on the AWS SDK's `CognitoIdentityProviderClient`, for apps
 * that already ship the SDK or want its middleware (logging, retries, a custom request
 * handler). It answers the same `Transport` contract as the `fetch` transport and turns the
 * SDK's exceptions into the same `AuthError`s.
 */
import {
  AssociateSoftwareTokenCommand,
  CognitoIdentityProviderClient,
  CompleteWebAuthnRegistrationCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserAttributeVerificationCodeCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ListWebAuthnCredentialsCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
  StartWebAuthnRegistrationCommand,
  VerifySoftwareTokenCommand,
  VerifyUserAttributeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthError } from '../core/types.js';
import { requestError } from './errors.js';
import { requestSignal } from './signals.js';
import type { Operation, Operations, Transport } from './transport.js';

interface CommonOptions {
  /** Milliseconds before a request is given up (`TimeoutError`). */
  readonly timeoutMs?: number;
}

/** Your own SDK client, or the region (and endpoint) to make one with. */
export type SdkTransportOptions = CommonOptions &
  (
    | { readonly client: CognitoIdentityProviderClient }
    | {
        /** The user pool's region, e.g. `eu-west-1`. */
        readonly region: string;
        /** Another endpoint (a proxy, custom domain or emulator). */
        readonly endpoint?: string;
      }
  );

interface SendOptions {
  readonly abortSignal: AbortSignal;
}

type Senders = {
  [O in Operation]: (
    client: CognitoIdentityProviderClient,
    input: Operations[O][0],
    options: SendOptions,
  ) => Promise<Operations[O][1]>;
};

/** One SDK command per operation: only these commands are bundled. */
const SENDERS: Senders = {
  AssociateSoftwareToken: (client, input, options) => client.send(new AssociateSoftwareTokenCommand(input), options),
  VerifySoftwareToken: (client, input, options) => client.send(new VerifySoftwareTokenCommand(input), options),
  ConfirmForgotPassword: (client, input, options) => client.send(new ConfirmForgotPasswordCommand(input), options),
  ConfirmSignUp: (client, input, options) => client.send(new ConfirmSignUpCommand(input), options),
  ForgotPassword: (client, input, options) => client.send(new ForgotPasswordCommand(input), options),
  GetTokensFromRefreshToken: (client, input, options) =>
    client.send(new GetTokensFromRefreshTokenCommand(input), options),
  GetUser: (client, input, options) => client.send(new GetUserCommand(input), options),
  GetUserAttributeVerificationCode: (client, input, options) =>
    client.send(new GetUserAttributeVerificationCodeCommand(input), options),
  VerifyUserAttribute: (client, input, options) => client.send(new VerifyUserAttributeCommand(input), options),
  GlobalSignOut: (client, input, options) => client.send(new GlobalSignOutCommand(input), options),
  InitiateAuth: (client, input, options) => client.send(new InitiateAuthCommand(input), options),
  ResendConfirmationCode: (client, input, options) => client.send(new ResendConfirmationCodeCommand(input), options),
  RespondToAuthChallenge: (client, input, options) => client.send(new RespondToAuthChallengeCommand(input), options),
  RevokeToken: (client, input, options) => client.send(new RevokeTokenCommand(input), options),
  SignUp: (client, input, options) => client.send(new SignUpCommand(input), options),
  StartWebAuthnRegistration: (client, input, options) =>
    client.send(new StartWebAuthnRegistrationCommand(input), options),
  CompleteWebAuthnRegistration: (client, input, options) =>
    client.send(new CompleteWebAuthnRegistrationCommand(input), options),
  ListWebAuthnCredentials: (client, input, options) => client.send(new ListWebAuthnCredentialsCommand(input), options),
};

/** The SDK's failure as the `AuthError` the `fetch` transport gives for the same answer. */
function toAuthError(error: unknown, signal: AbortSignal | undefined, timeout: AbortSignal): AuthError {
  if (error instanceof AuthError) return error;
  // The SDK puts the HTTP status in `$metadata`; without one, no answer came at all.
  const failure: (Error & { readonly $metadata?: { readonly httpStatusCode?: number } }) | undefined =
    error instanceof Error ? error : undefined;
  const status = failure?.$metadata?.httpStatusCode;
  return requestError(
    {
      timedOut: timeout.aborted,
      aborted: signal?.aborted === true,
      status,
      name: failure?.name ?? '',
      message: failure?.message ?? '',
    },
    error,
  );
}

export function createSdkTransport(options: SdkTransportOptions): Transport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const client =
    'client' in options
      ? options.client
      : new CognitoIdentityProviderClient({
          region: options.region,
          ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
          // The element decides what to do after a failure; the SDK must not repeat a call
          // (a second ConfirmSignUp or RespondToAuthChallenge would fail on a used code).
          maxAttempts: 1,
        });
  return {
    async send(operation, input, signal) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = requestSignal(timeout, signal);
      try {
        return await SENDERS[operation](client, input, { abortSignal: combined.signal });
      } catch (error) {
        throw toAuthError(error, signal, timeout);
      } finally {
        combined.release();
      }
    },
  };
}
