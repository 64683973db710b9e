/**
 * The Cognito client's calls against a scripted transport: what each sends, with the
 * bookkeeping between the steps of a sign-in (the challenge's name, its session, the
 * username Cognito knows the user by), and the failures it raises itself.
 */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCognitoClient } from '../../src/cognito/client.ts';
import type { Operation, Operations, Transport } from '../../src/cognito/transport.ts';
import type { AuthClient } from '../../src/core/operations.ts';

interface Sent {
  readonly operation: Operation;
  readonly input: unknown;
}

let sent: Sent[];
let answers: Partial<Record<Operation, unknown[]>>;
let client: AuthClient;

/** Answers each operation with the next of its scripted answers (an empty object when none is left). */
const transport: Transport = {
  send<O extends Operation>(operation: O, input: Operations[O][0]): Promise<Operations[O][1]> {
    sent.push({ operation, input });
    const answer = answers[operation]?.shift() ?? {};
    // The script holds the shapes Cognito documents for each operation.
    return Promise.resolve(answer as Operations[O][1]);
  },
};

function script(operation: Operation, ...responses: unknown[]): void {
  answers[operation] = [...(answers[operation] ?? []), ...responses];
}

/** An unsigned JWT with the claims the client reads. */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.signature`;
}

const TOKENS = {
  AuthenticationResult: {
    IdToken: jwt({
      'cognito:username': 'jane-internal',
      sub: 'sub-1',
      email: 'jane@example.com',
      token_use: 'id',
      aud: 'app-client',
      iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Test',
    }),
    AccessToken: 'access-1',
    RefreshToken: 'refresh-1',
    ExpiresIn: 3600,
  },
};

const operations = (): Operation[] => sent.map((request) => request.operation);
const lastInput = (): unknown => sent.at(-1)?.input;

describe('the Cognito client', () => {
  afterEach(() => {
    client.dispose?.();
  });

  beforeEach(() => {
    sent = [];
    answers = {};
    client = createCognitoClient({
      userPoolId: 'eu-west-1_Test',
      clientId: 'app-client',
      authFlow: 'USER_PASSWORD_AUTH',
      storage: 'memory',
      transport,
    });
  });

  it('answers a code challenge under its own key, with the internal username and the step session', async () => {
    script('InitiateAuth', {
      ChallengeName: 'SMS_MFA',
      Session: 'S1',
      ChallengeParameters: {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
        CODE_DELIVERY_DESTINATION: '+*******0008',
        USER_ID_FOR_SRP: 'jane-internal',
      },
    });
    script('RespondToAuthChallenge', TOKENS);
    const first = await client.signIn({ username: 'jane@example.com', password: 'Passw0rd!' });
    assert.deepEqual(first, {
      kind: 'challenge',
      challenge: {
        kind: 'mfaCode',
        mfaType: 'sms',
        delivery: { destination: '+*******0008', medium: 'SMS', attribute: 'phone_number' },
      },
    });
    const second = await client.respondToChallenge({ kind: 'mfaCode', code: '123456' });
    assert.equal(second.kind, 'signedIn');
    assert.deepEqual(lastInput(), {
      ClientId: 'app-client',
      ChallengeName: 'SMS_MFA',
      ChallengeResponses: { SMS_MFA_CODE: '123456', USERNAME: 'jane-internal' },
      Session: 'S1',
    });
    assert.equal((await client.restoreSession())?.user.username, 'jane-internal');
  });

  it('goes from one challenge to the next with the session each step returns', async () => {
    script('InitiateAuth', {
      ChallengeName: 'SELECT_MFA_TYPE',
      Session: 'S1',
      ChallengeParameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]', USERNAME: 'jane-internal' },
    });
    script('RespondToAuthChallenge', { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'S2', ChallengeParameters: {} });
    script('RespondToAuthChallenge', TOKENS);
    const choice = await client.signIn({ username: 'jane', password: 'Passw0rd!' });
    assert.deepEqual(choice, { kind: 'challenge', challenge: { kind: 'selectMfa', options: ['sms', 'totp'] } });
    const code = await client.respondToChallenge({ kind: 'selectMfa', mfaType: 'totp' });
    assert.deepEqual(code, { kind: 'challenge', challenge: { kind: 'mfaCode', mfaType: 'totp' } });
    await client.respondToChallenge({ kind: 'mfaCode', code: '654321' });
    const [chosen, answered] = sent.slice(1).map((request) => request.input);
    assert.deepEqual(chosen, {
      ClientId: 'app-client',
      ChallengeName: 'SELECT_MFA_TYPE',
      ChallengeResponses: { ANSWER: 'SOFTWARE_TOKEN_MFA', USERNAME: 'jane-internal' },
      Session: 'S1',
    });
    assert.deepEqual(answered, {
      ClientId: 'app-client',
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: '654321', USERNAME: 'jane-internal' },
      Session: 'S2',
    });
  });

  it('sends a new password with the required attributes, and sets up email MFA with its address', async () => {
    script('InitiateAuth', {
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'S1',
      ChallengeParameters: { requiredAttributes: '["userAttributes.name"]', USER_ID_FOR_SRP: 'jane-internal' },
    });
    script('RespondToAuthChallenge', {
      ChallengeName: 'MFA_SETUP',
      Session: 'S2',
      ChallengeParameters: { MFAS_CAN_SETUP: '["EMAIL_OTP"]' },
    });
    script('RespondToAuthChallenge', {
      ChallengeName: 'EMAIL_OTP',
      Session: 'S3',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'j***@e***' },
    });
    const newPassword = await client.signIn({ username: 'jane', password: 'Temp0rary!' });
    assert.deepEqual(newPassword, {
      kind: 'challenge',
      challenge: { kind: 'newPassword', requiredAttributes: ['name'] },
    });
    const setup = await client.respondToChallenge({
      kind: 'newPassword',
      password: 'N3w-passw0rd',
      attributes: { name: 'Jane' },
    });
    assert.deepEqual(setup, { kind: 'challenge', challenge: { kind: 'setupMfa', options: ['email'] } });
    assert.deepEqual((lastInput() as { ChallengeResponses: unknown }).ChallengeResponses, {
      NEW_PASSWORD: 'N3w-passw0rd',
      'userAttributes.name': 'Jane',
      USERNAME: 'jane-internal',
    });
    const code = await client.respondToChallenge({ kind: 'setupEmail', email: 'jane@example.com' });
    assert.deepEqual(code, {
      kind: 'challenge',
      challenge: {
        kind: 'mfaCode',
        mfaType: 'email',
        delivery: { destination: 'j***@e***', medium: 'EMAIL', attribute: 'email' },
      },
    });
    assert.deepEqual(lastInput(), {
      ClientId: 'app-client',
      ChallengeName: 'MFA_SETUP',
      ChallengeResponses: { EMAIL: 'jane@example.com', USERNAME: 'jane-internal' },
      Session: 'S2',
    });
  });

  it("answers a custom challenge, whose parameters reach the host as the pool's Lambda made them", async () => {
    script('InitiateAuth', {
      ChallengeName: 'CUSTOM_CHALLENGE',
      Session: 'S1',
      ChallengeParameters: { USERNAME: 'jane-internal', question: 'What is 2 + 2?' },
    });
    script('RespondToAuthChallenge', TOKENS);
    const result = await client.signIn({ username: 'jane', password: 'Passw0rd!' });
    assert.deepEqual(result, {
      kind: 'challenge',
      challenge: { kind: 'custom', parameters: { USERNAME: 'jane-internal', question: 'What is 2 + 2?' } },
    });
    assert.equal((await client.respondToChallenge({ kind: 'custom', answer: '4' })).kind, 'signedIn');
    assert.deepEqual((lastInput() as { ChallengeResponses: unknown }).ChallengeResponses, {
      ANSWER: '4',
      USERNAME: 'jane-internal',
    });
  });

  it('sets up an authenticator app through MFA_SETUP, passing each step its session', async () => {
    script('InitiateAuth', {
      ChallengeName: 'MFA_SETUP',
      Session: 'S1',
      ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    });
    script('AssociateSoftwareToken', { SecretCode: 'JBSWY3DPEHPK3PXP', Session: 'S2' });
    script('VerifySoftwareToken', { Status: 'ERROR' }, { Status: 'SUCCESS', Session: 'S3' });
    script('RespondToAuthChallenge', TOKENS);
    await client.signIn({ username: 'jane', password: 'Passw0rd!' });
    assert.equal(await client.setUpTotp(), 'JBSWY3DPEHPK3PXP');
    assert.deepEqual(lastInput(), { Session: 'S1' });
    // Cognito reports some wrong codes as a 200 with Status ERROR: a wrong code beside the field.
    await assert.rejects(client.verifyTotp({ code: '000000' }), {
      code: 'EnableSoftwareTokenMFAException',
      key: 'errors.codeMismatch',
      field: 'code',
    });
    const result = await client.verifyTotp({ code: '123456' });
    assert.equal(result.kind, 'signedIn');
    assert.deepEqual(
      sent.slice(-2).map((request) => request.input),
      [
        { UserCode: '123456', Session: 'S2' },
        { ClientId: 'app-client', ChallengeName: 'MFA_SETUP', ChallengeResponses: { USERNAME: 'jane' }, Session: 'S3' },
      ],
    );
  });

  it('starts sign-in again when no challenge is in progress, without asking the pool', async () => {
    const expired = { code: 'SessionExpired', key: 'errors.sessionExpired', reason: 'sessionExpired' };
    await assert.rejects(client.respondToChallenge({ kind: 'mfaCode', code: '123456' }), expired);
    await assert.rejects(client.setUpTotp(), expired);
    await assert.rejects(client.verifyTotp({ code: '123456' }), expired);
    await assert.rejects(client.signInAfterConfirmation({ username: 'jane' }), expired);
    // Once signed in, the finished challenge cannot be answered again.
    script('InitiateAuth', TOKENS);
    await client.signIn({ username: 'jane', password: 'Passw0rd!' });
    await assert.rejects(client.respondToChallenge({ kind: 'mfaCode', code: '123456' }), expired);
    assert.deepEqual(operations(), ['InitiateAuth']);
  });

  it('signs a new user in with the session of the confirmation, once', async () => {
    script('SignUp', {
      UserConfirmed: false,
      UserSub: 'sub-1',
      Session: 'SIGNUP',
      CodeDeliveryDetails: { Destination: 'j***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    script('ConfirmSignUp', { Session: 'CONFIRMED' });
    script('InitiateAuth', TOKENS);
    const signedUp = await client.signUp({
      username: 'jane',
      password: 'Passw0rd!',
      attributes: { email: 'jane@example.com' },
    });
    assert.deepEqual(signedUp, {
      confirmed: false,
      userId: 'sub-1',
      delivery: { destination: 'j***@e***', medium: 'EMAIL', attribute: 'email' },
    });
    assert.equal(await client.confirmSignUp({ username: 'jane', code: '123456' }), true);
    assert.deepEqual(lastInput(), {
      ClientId: 'app-client',
      Username: 'jane',
      ConfirmationCode: '123456',
      Session: 'SIGNUP',
    });
    assert.equal((await client.signInAfterConfirmation({ username: 'jane' })).kind, 'signedIn');
    assert.deepEqual(lastInput(), {
      AuthFlow: 'USER_AUTH',
      ClientId: 'app-client',
      AuthParameters: { USERNAME: 'jane' },
      Session: 'CONFIRMED',
    });
    await assert.rejects(client.signInAfterConfirmation({ username: 'jane' }), { code: 'SessionExpired' });
  });

  it('needs a stored session for the contact calls, and says the session ended without one', async () => {
    assert.deepEqual(await client.unverifiedContacts(), []);
    const ended = { code: 'NoSession', key: 'errors.sessionEnded' };
    await assert.rejects(client.sendAttributeCode({ attribute: 'email' }), ended);
    await assert.rejects(client.verifyAttribute({ attribute: 'email', code: '123456' }), ended);
    assert.deepEqual(operations(), []);
  });

  it('verifies contacts with the access token of the stored session', async () => {
    script('InitiateAuth', TOKENS);
    script('GetUser', {
      UserAttributes: [
        { Name: 'email', Value: 'jane@example.com' },
        { Name: 'email_verified', Value: 'false' },
        { Name: 'phone_number', Value: '+15550100' },
        { Name: 'phone_number_verified', Value: 'true' },
      ],
    });
    script('GetUserAttributeVerificationCode', {
      CodeDeliveryDetails: { Destination: 'j***@e***', DeliveryMedium: 'EMAIL' },
    });
    await client.signIn({ username: 'jane', password: 'Passw0rd!' });
    assert.deepEqual(await client.unverifiedContacts(), [{ name: 'email', value: 'jane@example.com' }]);
    assert.deepEqual(await client.sendAttributeCode({ attribute: 'email' }), {
      destination: 'j***@e***',
      medium: 'EMAIL',
      attribute: 'email',
    });
    await client.verifyAttribute({ attribute: 'email', code: '123456' });
    assert.deepEqual(lastInput(), { AccessToken: 'access-1', AttributeName: 'email', Code: '123456' });
  });

  it('forgets the session on sign-out and revokes it, everywhere when asked', async () => {
    script('InitiateAuth', TOKENS, TOKENS);
    await client.signIn({ username: 'jane', password: 'Passw0rd!' });
    await client.signOut({ global: false });
    assert.equal(await client.restoreSession(), null);
    assert.deepEqual(lastInput(), { ClientId: 'app-client', Token: 'refresh-1' });
    await client.signIn({ username: 'jane', password: 'Passw0rd!' });
    sent = [];
    await client.signOut({ global: true });
    assert.deepEqual(sent, [
      { operation: 'GlobalSignOut', input: { AccessToken: 'access-1' } },
      { operation: 'RevokeToken', input: { ClientId: 'app-client', Token: 'refresh-1' } },
    ]);
    sent = [];
    await client.signOut({ global: true });
    assert.deepEqual(sent, []);
  });
});
