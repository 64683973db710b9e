import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errorKey, exceptionName, requestError } from '../../src/cognito/errors.ts';
import { checkRegion, createCognitoClient, parseUserPoolId, defaultEndpoint } from '../../src/cognito/client.ts';

describe('Cognito errors', () => {
  it('reads the exception name as the SDKs do', () => {
    assert.equal(exceptionName('NotAuthorizedException:', {}), 'NotAuthorizedException');
    assert.equal(exceptionName(null, { __type: 'com.amazonaws#CodeMismatchException' }), 'CodeMismatchException');
    assert.equal(exceptionName(null, { code: 'UserNotFoundException,extra', __type: 'X' }), 'UserNotFoundException');
    assert.equal(exceptionName(null, {}), '');
  });

  it('tells the causes of NotAuthorizedException apart by message', () => {
    assert.equal(errorKey('NotAuthorizedException', 'Incorrect username or password.'), 'errors.notAuthorized');
    assert.equal(errorKey('NotAuthorizedException', 'Password attempts exceeded'), 'errors.passwordAttemptsExceeded');
    assert.equal(
      errorKey('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
      'errors.sessionExpired',
    );
    assert.equal(errorKey('NotAuthorizedException', 'Refresh Token has been revoked'), 'errors.sessionEnded');
    assert.equal(
      errorKey('NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED'),
      'errors.alreadyConfirmed',
    );
    assert.equal(errorKey('InvalidParameterException', 'User is already confirmed.'), 'errors.alreadyConfirmed');
  });

  it("reads an emulator's answer to a call it lacks as Cognito's UnknownOperationException", () => {
    const error = requestError({
      timedOut: false,
      aborted: false,
      status: 500,
      name: 'Unsupported',
      message: 'Cognito Local unsupported feature: Unsupported x-amz-target header "GetTokensFromRefreshToken"',
    });
    assert.equal(error.code, 'UnknownOperationException');
    assert.equal(
      requestError({ timedOut: false, aborted: false, status: 500, name: '', message: '' }).code,
      'ServiceUnavailable',
    );
  });

  it('tells the failures of choice-based sign-in apart (COGNITO-WIRE-2.md A.8)', () => {
    const notEnabled = requestError({
      timedOut: false,
      aborted: false,
      status: 400,
      name: 'InvalidParameterException',
      message: 'USER_AUTH flow not enabled for this client',
    });
    assert.equal(notEnabled.code, 'UserAuthNotEnabled');
    assert.equal(notEnabled.key, 'errors.configuration');
    assert.equal(
      errorKey('InvalidParameterException', 'Cannot send code to either email or phone number'),
      'errors.codeDeliveryFailure',
    );
    assert.equal(errorKey('InvalidParameterException', '1 validation error detected'), 'errors.invalidParameter');
  });

  it('gives every other exception its own key and unknown ones a generic key', () => {
    assert.equal(errorKey('UsernameExistsException'), 'errors.usernameExists');
    assert.equal(errorKey('CodeMismatchException'), 'errors.codeMismatch');
    assert.equal(errorKey('SomethingNewException'), 'errors.unknown');
  });
});

describe('user pool ids', () => {
  it('reads the region and pool name, and the regional endpoint', () => {
    assert.deepEqual(parseUserPoolId('eu-west-1_AbC123'), { region: 'eu-west-1', poolName: 'AbC123' });
    assert.equal(defaultEndpoint('eu-west-1'), 'https://cognito-idp.eu-west-1.amazonaws.com/');
    assert.equal(defaultEndpoint('cn-north-1'), 'https://cognito-idp.cn-north-1.amazonaws.com.cn/');
  });

  it('rejects a malformed pool id as a configuration error', () => {
    assert.throws(() => parseUserPoolId('nounderscore'), { code: 'InvalidUserPoolId', key: 'errors.configuration' });
  });

  it('knows AWS regions, including GovCloud, China and the newest, and refuses anything else', () => {
    for (const region of [
      'us-east-1',
      'eu-west-3',
      'eu-central-2',
      'ap-southeast-7',
      'us-gov-west-1',
      'cn-northwest-1',
      'il-central-1',
      'mx-central-1',
      'ca-west-1',
    ]) {
      assert.equal(checkRegion(region), region);
    }
    for (const region of [
      'moon-base-1',
      'eu-west1',
      'EU-WEST-1',
      'us-east-1a',
      'euwest-1',
      '',
      'local',
      'eu-west-1 ',
    ]) {
      assert.throws(() => checkRegion(region), { code: 'UnknownRegion', key: 'errors.configuration' }, region);
    }
  });

  it('refuses a client for an unknown region, a malformed pool id or no client id, before any request', () => {
    assert.throws(() => createCognitoClient({ userPoolId: 'moon-base-1_AbC123', clientId: 'abc' }), {
      code: 'UnknownRegion',
    });
    assert.throws(() => createCognitoClient({ userPoolId: 'eu-west-1_AbC123', clientId: 'abc', region: 'eu-west1' }), {
      code: 'UnknownRegion',
    });
    assert.throws(() => createCognitoClient({ userPoolId: 'eu-west-1', clientId: 'abc' }), {
      code: 'InvalidUserPoolId',
    });
    assert.throws(() => createCognitoClient({ userPoolId: 'eu-west-1_AbC123', clientId: ' ' }), {
      code: 'MissingClientId',
    });
    // A custom endpoint (a proxy or an emulator) may name its region as it likes.
    assert.doesNotThrow(() =>
      createCognitoClient({
        userPoolId: 'local_AbC123',
        clientId: 'abc',
        endpoint: 'http://127.0.0.1:9229/',
        storage: 'memory',
      }),
    );
  });
});

describe('configuration errors', () => {
  it('names an app client with a secret as a configuration problem', async () => {
    const { cognitoError } = await import('../../src/cognito/errors.ts');
    const error = cognitoError(
      'NotAuthorizedException',
      'Client 1example23 is configured with secret but SECRET_HASH was not received',
    );
    assert.equal(error.code, 'ClientSecretConfigured');
    assert.equal(error.key, 'errors.configuration');
  });
});

describe('trigger messages', () => {
  it("shows the text a Lambda trigger returned, without Cognito's wrapper", async () => {
    const { cognitoError } = await import('../../src/cognito/errors.ts');
    const error = cognitoError(
      'UserLambdaValidationException',
      'PreSignUp failed with error Only company addresses may sign up.',
    );
    assert.equal(error.key, 'errors.lambdaValidation');
    assert.equal(error.detail, 'Only company addresses may sign up.');
    assert.equal(cognitoError('NotAuthorizedException', 'Incorrect username or password.').detail, undefined);
  });
});

describe('what a failure means for the journey', () => {
  it('puts code, username and password failures beside their field', async () => {
    const { cognitoError } = await import('../../src/cognito/errors.ts');
    const fields = [
      'CodeMismatchException',
      'ExpiredCodeException',
      'EnableSoftwareTokenMFAException',
      'UsernameExistsException',
      'AliasExistsException',
      'InvalidPasswordException',
      'NotAuthorizedException',
    ].map((code) => cognitoError(code).field);
    assert.deepEqual(fields, ['code', 'code', 'code', 'username', 'username', 'password', undefined]);
  });

  it('says why a sign-in cannot go on: not confirmed, a reset required, a quota hit, a step timed out', async () => {
    const { cognitoError } = await import('../../src/cognito/errors.ts');
    assert.equal(cognitoError('UserNotConfirmedException', 'User is not confirmed.').reason, 'userNotConfirmed');
    assert.equal(
      cognitoError('PasswordResetRequiredException', 'Password reset required for the user').reason,
      'passwordResetRequired',
    );
    assert.equal(
      cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.').reason,
      'limitExceeded',
    );
    const expired = cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    assert.deepEqual(
      [expired.code, expired.key, expired.reason],
      ['NotAuthorizedException', 'errors.sessionExpired', 'sessionExpired'],
    );
    assert.equal(cognitoError('NotAuthorizedException', 'Invalid session for the user.').reason, 'sessionExpired');
    assert.equal(cognitoError('NotAuthorizedException', 'Incorrect username or password.').reason, undefined);
    assert.equal(cognitoError('NotAuthorizedException', 'Refresh Token has been revoked').reason, undefined);
  });

  it('raises its own failures without a Cognito message: a step without a session, a call without tokens', async () => {
    const { sessionExpired, noSession } = await import('../../src/cognito/errors.ts');
    const expired = sessionExpired();
    assert.deepEqual(
      [expired.code, expired.key, expired.reason],
      ['SessionExpired', 'errors.sessionExpired', 'sessionExpired'],
    );
    const ended = noSession();
    assert.deepEqual([ended.code, ended.key, ended.reason], ['NoSession', 'errors.sessionEnded', undefined]);
  });

  it('does not mistake names from the prototype for exceptions it knows', () => {
    assert.equal(errorKey('constructor'), 'errors.unknown');
    assert.equal(errorKey('__proto__'), 'errors.unknown');
    assert.equal(errorKey('hasOwnProperty', 'session'), 'errors.unknown');
  });
});
