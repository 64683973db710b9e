/**
 * Cognito's choice-based sign-in (`AuthFlow: USER_AUTH`) and passkey calls, answered by the
 * test proxy for users registered with it: the emulator has neither (COGNITO-WIRE-2.md A, B
 * give the shapes used here). Node only.
 *
 * - `InitiateAuth` with `USER_AUTH`: `PREFERRED_CHALLENGE` when the user can use it, else
 *   `SELECT_CHALLENGE` with the ways this user has (`EMAIL_OTP` with an email, `SMS_OTP`
 *   with a phone, `WEB_AUTHN` with a passkey, the passwords always).
 * - Codes by email or text message: a new 8-digit code per challenge, kept for the test to
 *   read; a wrong one is refused and the session stays; an expired session is refused.
 * - Passkeys: `@simplewebauthn/server` makes the options and verifies registrations and
 *   assertions for real (signature, origin, relying-party id, user verification, one use of
 *   each challenge).
 * - A verified answer ends as the emulator's own password sign-in of the same user: its
 *   tokens, or its MFA challenge, which the proxy then forwards.
 */
import { randomBytes, randomInt } from 'node:crypto';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Json } from './cognito-commands.js';
import {
  claimsOfToken,
  cognitoError,
  INCORRECT_PASSWORD,
  isObject,
  stringField,
  type JsonObject,
  type Reply,
} from './wire-json.js';

export interface UserAuthUser {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly username: string;
  /** The user's password in the emulator: the password ways check it, the others sign in with it. */
  readonly password: string;
  /** A verified email: `EMAIL_OTP` is offered. */
  readonly email?: string;
  /** A verified phone number: `SMS_OTP` is offered. */
  readonly phone?: string;
  /** The origin of the page passkeys are made and used on, e.g. `http://localhost:8000`. */
  readonly origin: string;
  /** The pool's WebAuthn relying-party id, e.g. `localhost`. */
  readonly rpId: string;
}

/** A sign-in code the proxy sent, as the person would read it in their email or messages. */
export interface SignInCode {
  readonly username: string;
  readonly medium: 'EMAIL' | 'SMS';
  readonly code: string;
}

/** A passkey the proxy keeps for a user, as `ListWebAuthnCredentials` lists it. */
export interface StoredPasskey {
  readonly id: string;
  readonly publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  readonly transports: string[];
  readonly attachment?: string;
  readonly createdAt: number;
}

/** What the proxy lends this server. */
export interface UserAuthBench {
  /** The emulator's password sign-in of the user: its tokens or its next challenge. */
  signIn(user: UserAuthUser): Promise<Reply>;
  /** Starts SRP for a user the proxy knows: the `PASSWORD_VERIFIER` challenge. */
  startSrp(clientId: string, username: string, srpA: string | undefined): Reply;
}

type Way = 'PASSWORD' | 'PASSWORD_SRP' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
const WAYS: readonly string[] = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];
const isWay = (value: string | undefined): value is Way => value !== undefined && WAYS.includes(value);

interface Account extends UserAuthUser {
  readonly passkeys: StoredPasskey[];
  /** The challenge of the registration started last, until it is completed. */
  registration?: string;
}

interface Attempt {
  readonly account: Account;
  readonly kind: 'select' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
  readonly code?: string;
  readonly challenge?: string;
  expired: boolean;
}

const SESSION_EXPIRED = cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
const SESSION_INVALID = cognitoError('NotAuthorizedException', 'Invalid session for the user.');
const WRONG_CODE = cognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');

function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}

function maskPhone(phone: string): string {
  return `+${'*'.repeat(Math.max(phone.length - 5, 0))}${phone.slice(-4)}`;
}

const params = (body: Json, key: 'AuthParameters' | 'ChallengeResponses'): JsonObject | undefined => {
  const value = isObject(body) ? body[key] : undefined;
  return isObject(value) ? value : undefined;
};

export class UserAuthServer {
  readonly #bench: UserAuthBench;
  readonly #accounts = new Map<string, Account>();
  readonly #attempts = new Map<string, Attempt>();
  readonly #codes = new Map<string, SignInCode[]>();

  constructor(bench: UserAuthBench) {
    this.#bench = bench;
  }

  register(user: UserAuthUser): void {
    this.#accounts.set(this.#key(user.clientId, user.username), { ...user, passkeys: [] });
  }

  /** The codes sent for a client so far, oldest first. */
  codes(clientId: string): SignInCode[] {
    return [...(this.#codes.get(clientId) ?? [])];
  }

  /** The passkeys a user has made, oldest first. */
  passkeys(clientId: string, username: string): readonly StoredPasskey[] {
    return [...(this.#accounts.get(this.#key(clientId, username))?.passkeys ?? [])];
  }

  /** Lets every sign-in session of the client expire, as Cognito's do after 3 to 15 minutes. */
  expire(clientId: string): void {
    for (const attempt of this.#attempts.values()) if (attempt.account.clientId === clientId) attempt.expired = true;
  }

  /** The answer to a request this server handles; `undefined` for every other request. */
  async answer(operation: string, body: Json, clientId: string): Promise<Reply | undefined> {
    switch (operation) {
      case 'InitiateAuth':
        return stringField(body, 'AuthFlow') === 'USER_AUTH' ? this.#initiate(body, clientId) : undefined;
      case 'RespondToAuthChallenge':
        return this.#respond(body);
      case 'StartWebAuthnRegistration':
        return this.#withAccount(body, (account, sub) => this.#startRegistration(account, sub));
      case 'CompleteWebAuthnRegistration':
        return this.#withAccount(body, (account) => this.#completeRegistration(account, body));
      case 'ListWebAuthnCredentials':
        return this.#withAccount(body, (account) => this.#list(account));
      case 'DeleteWebAuthnCredential':
        return this.#withAccount(body, (account) => this.#delete(account, body));
      default:
        return undefined;
    }
  }

  #key(clientId: string, username: string): string {
    return `${clientId}\u0000${username}`;
  }

  #ways(account: Account): Way[] {
    const ways: Way[] = ['PASSWORD', 'PASSWORD_SRP'];
    if (account.email !== undefined) ways.push('EMAIL_OTP');
    if (account.phone !== undefined) ways.push('SMS_OTP');
    if (account.passkeys.length > 0) ways.push('WEB_AUTHN');
    return ways;
  }

  #session(attempt: Attempt): string {
    const session = `user-auth-${randomBytes(24).toString('base64url')}`;
    this.#attempts.set(session, attempt);
    return session;
  }

  async #initiate(body: Json, clientId: string): Promise<Reply | undefined> {
    const parameters = params(body, 'AuthParameters');
    const account = this.#accounts.get(this.#key(clientId, stringField(parameters, 'USERNAME') ?? ''));
    // A user this server does not know: the emulator answers, as a pool without USER_AUTH.
    if (!account) return undefined;
    const preferred = stringField(parameters, 'PREFERRED_CHALLENGE');
    if (preferred !== undefined && !isWay(preferred))
      return cognitoError('InvalidParameterException', `Invalid PREFERRED_CHALLENGE: ${preferred}`);
    if (preferred !== undefined && this.#ways(account).includes(preferred))
      return this.#begin(account, preferred, parameters);
    return {
      status: 200,
      body: {
        ChallengeName: 'SELECT_CHALLENGE',
        Session: this.#session({ account, kind: 'select', expired: false }),
        ChallengeParameters: {},
        AvailableChallenges: this.#ways(account),
      },
    };
  }

  /** The first step of a way: a password checked, SRP begun, a code sent, a passkey asked for. */
  async #begin(account: Account, way: Way, values: JsonObject | undefined): Promise<Reply> {
    switch (way) {
      case 'PASSWORD':
        return stringField(values, 'PASSWORD') === account.password ? this.#bench.signIn(account) : INCORRECT_PASSWORD;
      case 'PASSWORD_SRP':
        return this.#bench.startSrp(account.clientId, account.username, stringField(values, 'SRP_A'));
      case 'EMAIL_OTP':
      case 'SMS_OTP': {
        const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
        const medium = way === 'EMAIL_OTP' ? 'EMAIL' : 'SMS';
        const sent = this.#codes.get(account.clientId) ?? [];
        this.#codes.set(account.clientId, [...sent, { username: account.username, medium, code }]);
        return {
          status: 200,
          body: {
            ChallengeName: way,
            Session: this.#session({ account, kind: way, code, expired: false }),
            ChallengeParameters: {
              CODE_DELIVERY_DELIVERY_MEDIUM: medium,
              CODE_DELIVERY_DESTINATION:
                medium === 'EMAIL' ? maskEmail(account.email ?? '') : maskPhone(account.phone ?? ''),
            },
          },
        };
      }
      case 'WEB_AUTHN': {
        const options = await generateAuthenticationOptions({
          rpID: account.rpId,
          allowCredentials: account.passkeys.map(({ id, transports }) => ({ id, transports })),
          userVerification: 'required',
          timeout: 180_000,
        });
        return {
          status: 200,
          body: {
            ChallengeName: 'WEB_AUTHN',
            Session: this.#session({ account, kind: 'WEB_AUTHN', challenge: options.challenge, expired: false }),
            // A JSON string, as Cognito sends it (COGNITO-WIRE-2.md A.5).
            ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) },
          },
        };
      }
    }
  }

  async #respond(body: Json): Promise<Reply | undefined> {
    const session = stringField(body, 'Session') ?? '';
    const attempt = this.#attempts.get(session);
    // Not one of this server's sessions: the emulator's own (MFA after a password), forwarded.
    if (!attempt) return session.startsWith('user-auth-') ? SESSION_INVALID : undefined;
    if (attempt.expired) return SESSION_EXPIRED;
    const responses = params(body, 'ChallengeResponses');
    const name = stringField(body, 'ChallengeName');
    if (name !== (attempt.kind === 'select' ? 'SELECT_CHALLENGE' : attempt.kind))
      return cognitoError(
        'InvalidParameterException',
        `This session expects ${attempt.kind}, not ${name ?? 'nothing'}.`,
      );
    if (stringField(responses, 'USERNAME') !== attempt.account.username)
      return cognitoError('InvalidParameterException', 'USERNAME does not match the session.');
    switch (attempt.kind) {
      case 'select': {
        const answer = stringField(responses, 'ANSWER');
        if (!isWay(answer) || !this.#ways(attempt.account).includes(answer))
          return cognitoError('InvalidParameterException', `Invalid ANSWER: ${answer ?? 'missing'}`);
        this.#attempts.delete(session);
        return this.#begin(attempt.account, answer, responses);
      }
      case 'EMAIL_OTP':
      case 'SMS_OTP': {
        const typed = stringField(responses, attempt.kind === 'EMAIL_OTP' ? 'EMAIL_OTP_CODE' : 'SMS_OTP_CODE');
        if (typed !== attempt.code) return WRONG_CODE;
        this.#attempts.delete(session);
        return this.#bench.signIn(attempt.account);
      }
      case 'WEB_AUTHN':
        // A challenge is good for one answer, right or wrong.
        this.#attempts.delete(session);
        return this.#verifyAssertion(attempt, stringField(responses, 'CREDENTIAL'));
    }
  }

  async #verifyAssertion(attempt: Attempt, credential: string | undefined): Promise<Reply> {
    const refused = cognitoError('NotAuthorizedException', 'The passkey could not be verified.');
    let response: AuthenticationResponseJSON;
    try {
      response = JSON.parse(credential ?? '') as AuthenticationResponseJSON;
    } catch {
      return cognitoError('InvalidParameterException', 'CREDENTIAL is not JSON.');
    }
    const { account } = attempt;
    const passkey = account.passkeys.find((stored) => stored.id === response.id);
    if (!passkey || attempt.challenge === undefined) return refused;
    try {
      const { verified, authenticationInfo } = await verifyAuthenticationResponse({
        response,
        expectedChallenge: attempt.challenge,
        expectedOrigin: account.origin,
        expectedRPID: account.rpId,
        credential: passkey,
        requireUserVerification: true,
      });
      if (!verified) return refused;
      passkey.counter = authenticationInfo.newCounter;
    } catch {
      return refused;
    }
    return this.#bench.signIn(account);
  }

  async #withAccount(
    body: Json,
    then: (account: Account, sub: string) => Reply | Promise<Reply>,
  ): Promise<Reply | undefined> {
    const claims = claimsOfToken(stringField(body, 'AccessToken') ?? '');
    const clientId = stringField(claims, 'client_id');
    const username = stringField(claims, 'username');
    if (clientId === undefined || username === undefined)
      return cognitoError('NotAuthorizedException', 'Invalid Access Token');
    const account = this.#accounts.get(this.#key(clientId, username));
    // A user this server does not know: the emulator answers, as a pool without passkeys.
    if (!account) return undefined;
    return then(account, stringField(claims, 'sub') ?? username);
  }

  async #startRegistration(account: Account, sub: string): Promise<Reply> {
    const options = await generateRegistrationOptions({
      rpName: account.rpId,
      rpID: account.rpId,
      userName: account.username,
      // Cognito's user handle is the user's `sub` (COGNITO-WIRE-2.md B.1).
      userID: new TextEncoder().encode(sub),
      attestationType: 'none',
      timeout: 60_000,
      excludeCredentials: account.passkeys.map(({ id, transports }) => ({ id, transports })),
      authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'preferred' },
      supportedAlgorithmIDs: [-7, -257],
    });
    account.registration = options.challenge;
    return { status: 200, body: { CredentialCreationOptions: options as unknown as Json } };
  }

  async #completeRegistration(account: Account, body: Json): Promise<Reply> {
    const challenge = account.registration;
    if (challenge === undefined)
      return cognitoError('WebAuthnChallengeNotFoundException', 'The registration challenge was not found.');
    account.registration = undefined;
    const credential = isObject(body) ? body.Credential : undefined;
    if (!isObject(credential)) return cognitoError('InvalidParameterException', 'Credential must be an object.');
    const response = credential as unknown as RegistrationResponseJSON;
    try {
      const { verified, registrationInfo } = await verifyRegistrationResponse({
        response,
        expectedChallenge: challenge,
        expectedOrigin: account.origin,
        expectedRPID: account.rpId,
        requireUserVerification: false,
      });
      if (!verified) return cognitoError('WebAuthnCredentialNotSupportedException', 'The credential is not supported.');
      account.passkeys.push({
        id: registrationInfo.credential.id,
        publicKey: new Uint8Array(registrationInfo.credential.publicKey),
        counter: registrationInfo.credential.counter,
        transports: [...(response.response.transports ?? [])],
        ...(response.authenticatorAttachment ? { attachment: response.authenticatorAttachment } : {}),
        createdAt: Date.now() / 1000,
      });
      return { status: 200, body: {} };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/origin/iu.test(message))
        return cognitoError('WebAuthnOriginNotAllowedException', 'The origin is not allowed for this relying party.');
      if (/RP ID/iu.test(message))
        return cognitoError('WebAuthnRelyingPartyMismatchException', 'The relying party does not match.');
      return cognitoError('WebAuthnCredentialNotSupportedException', message);
    }
  }

  #list(account: Account): Reply {
    return {
      status: 200,
      body: {
        Credentials: account.passkeys.map((passkey, index) => ({
          CredentialId: passkey.id,
          FriendlyCredentialName: `Passkey ${index + 1}`,
          RelyingPartyId: account.rpId,
          ...(passkey.attachment === undefined ? {} : { AuthenticatorAttachment: passkey.attachment }),
          AuthenticatorTransports: passkey.transports,
          CreatedAt: passkey.createdAt,
        })),
      },
    };
  }

  #delete(account: Account, body: Json): Reply {
    const index = account.passkeys.findIndex((passkey) => passkey.id === stringField(body, 'CredentialId'));
    if (index < 0) return cognitoError('ResourceNotFoundException', 'The credential was not found.');
    account.passkeys.splice(index, 1);
    return { status: 200, body: {} };
  }
}
