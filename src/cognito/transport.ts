/**
 * The user-pool API over `fetch`: JSON in, JSON out, errors as typed `AuthError`s. Request
 * and response shapes are the AWS SDK's own types, imported as types only, so this module
 * costs a few hundred bytes instead of the SDK's tens of kilobytes.
 */
import type {
  GetUserAttributeVerificationCodeRequest,
  GetUserAttributeVerificationCodeResponse,
  VerifyUserAttributeRequest,
  VerifyUserAttributeResponse,
  AssociateSoftwareTokenRequest,
  AssociateSoftwareTokenResponse,
  VerifySoftwareTokenRequest,
  VerifySoftwareTokenResponse,
  ConfirmForgotPasswordRequest,
  ConfirmForgotPasswordResponse,
  ForgotPasswordRequest,
  ForgotPasswordResponse,
  ConfirmSignUpRequest,
  ConfirmSignUpResponse,
  GetTokensFromRefreshTokenRequest,
  GetTokensFromRefreshTokenResponse,
  GetUserRequest,
  GetUserResponse,
  GlobalSignOutRequest,
  GlobalSignOutResponse,
  InitiateAuthRequest,
  InitiateAuthResponse,
  ResendConfirmationCodeRequest,
  ResendConfirmationCodeResponse,
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
  RevokeTokenRequest,
  RevokeTokenResponse,
  SignUpRequest,
  SignUpResponse,
  StartWebAuthnRegistrationRequest,
  StartWebAuthnRegistrationResponse,
  CompleteWebAuthnRegistrationRequest,
  CompleteWebAuthnRegistrationResponse,
  ListWebAuthnCredentialsRequest,
  ListWebAuthnCredentialsResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { exceptionName, requestError } from './errors.js';
import { requestSignal } from './signals.js';

/** Each operation the element calls, with its request and response. */
export interface Operations {
  AssociateSoftwareToken: [AssociateSoftwareTokenRequest, AssociateSoftwareTokenResponse];
  VerifySoftwareToken: [VerifySoftwareTokenRequest, VerifySoftwareTokenResponse];
  ConfirmForgotPassword: [ConfirmForgotPasswordRequest, ConfirmForgotPasswordResponse];
  ConfirmSignUp: [ConfirmSignUpRequest, ConfirmSignUpResponse];
  ForgotPassword: [ForgotPasswordRequest, ForgotPasswordResponse];
  GetTokensFromRefreshToken: [GetTokensFromRefreshTokenRequest, GetTokensFromRefreshTokenResponse];
  GetUser: [GetUserRequest, GetUserResponse];
  GetUserAttributeVerificationCode: [GetUserAttributeVerificationCodeRequest, GetUserAttributeVerificationCodeResponse];
  VerifyUserAttribute: [VerifyUserAttributeRequest, VerifyUserAttributeResponse];
  GlobalSignOut: [GlobalSignOutRequest, GlobalSignOutResponse];
  InitiateAuth: [InitiateAuthRequest, InitiateAuthResponse];
  ResendConfirmationCode: [ResendConfirmationCodeRequest, ResendConfirmationCodeResponse];
  RespondToAuthChallenge: [RespondToAuthChallengeRequest, RespondToAuthChallengeResponse];
  RevokeToken: [RevokeTokenRequest, RevokeTokenResponse];
  SignUp: [SignUpRequest, SignUpResponse];
  StartWebAuthnRegistration: [StartWebAuthnRegistrationRequest, StartWebAuthnRegistrationResponse];
  CompleteWebAuthnRegistration: [CompleteWebAuthnRegistrationRequest, CompleteWebAuthnRegistrationResponse];
  ListWebAuthnCredentials: [ListWebAuthnCredentialsRequest, ListWebAuthnCredentialsResponse];
}

export type Operation = keyof Operations;

export interface Transport {
  send<O extends Operation>(operation: O, input: Operations[O][0], signal?: AbortSignal): Promise<Operations[O][1]>;
}

export interface FetchTransportOptions {
  /** The user-pool endpoint, e.g. `https://cognito-idp.eu-west-1.amazonaws.com/`. */
  readonly endpoint: string;
  /** Milliseconds before a request is given up (`TimeoutError`). */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  if (text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function createFetchTransport(options: FetchTransportOptions): Transport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    async send(operation, input, signal) {
      const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = requestSignal(timeout, signal);
      try {
        let response: Response;
        try {
          response = await fetchFn(options.endpoint, {
            method: 'POST',
            mode: 'cors',
            cache: 'no-store',
            credentials: 'omit',
            headers: {
              'Content-Type': 'application/x-amz-json-1.1',
              'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
            },
            body: JSON.stringify(input),
            signal: combined.signal,
          });
        } catch (error) {
          throw requestError({ timedOut: timeout.aborted, aborted: signal?.aborted === true }, error);
        }
        const body = await readJson(response).catch((): Record<string, unknown> => ({}));
        if (response.ok) return body;
        const name = exceptionName(response.headers.get('x-amzn-errortype'), body);
        const message =
          typeof body.message === 'string' ? body.message : typeof body.Message === 'string' ? body.Message : '';
        throw requestError({ timedOut: false, aborted: false, status: response.status, name, message });
      } finally {
        combined.release();
      }
    },
  };
}
