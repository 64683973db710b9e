import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toChallengeResponse } from '../../src/cognito/challenge-answers.ts';
import { toChallenge } from '../../src/cognito/challenges.ts';
import { toDelivery } from '../../src/cognito/delivery.ts';

describe("Cognito's challenges as the authenticator's", () => {
  it('asks for the code of each second factor, with where it was sent when the pool says', () => {
    assert.deepEqual(
      toChallenge('SMS_MFA', {
        CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
        CODE_DELIVERY_DESTINATION: '+*******0008',
        USER_ID_FOR_SRP: 'jane',
      }),
      {
        kind: 'mfaCode',
        mfaType: 'sms',
        delivery: { destination: '+*******0008', medium: 'SMS', attribute: 'phone_number' },
      },
    );
    assert.deepEqual(
      toChallenge('EMAIL_OTP', { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'j***@e***' }),
      {
        kind: 'mfaCode',
        mfaType: 'email',
        delivery: { destination: 'j***@e***', medium: 'EMAIL', attribute: 'email' },
      },
    );
    assert.deepEqual(
      toChallenge('SOFTWARE_TOKEN_MFA', { FRIENDLY_DEVICE_NAME: "Jane's phone", USER_ID_FOR_SRP: 'j' }),
      {
        kind: 'mfaCode',
        mfaType: 'totp',
      },
    );
  });

  it('says nothing of where a code went when the pool names no destination', () => {
    assert.deepEqual(toChallenge('SMS_MFA', { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' }), {
      kind: 'mfaCode',
      mfaType: 'sms',
    });
    // Any medium other than SMS is an email.
    assert.deepEqual(toChallenge('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'j***@e***' }), {
      kind: 'mfaCode',
      mfaType: 'email',
      delivery: { destination: 'j***@e***', medium: 'EMAIL', attribute: 'email' },
    });
  });

  it('offers the second factors to choose from, in the order the pool lists them', () => {
    assert.deepEqual(
      toChallenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
      {
        kind: 'selectMfa',
        options: ['sms', 'totp', 'email'],
      },
    );
    assert.deepEqual(toChallenge('SELECT_MFA_TYPE', {}), { kind: 'selectMfa', options: [] });
  });

  it('offers the second factors to set up, leaving out names it does not know and malformed lists', () => {
    assert.deepEqual(toChallenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }), {
      kind: 'setupMfa',
      options: ['totp', 'email'],
    });
    assert.deepEqual(
      toChallenge('MFA_SETUP', { MFAS_CAN_SETUP: '["WEB_AUTHN","SOFTWARE_TOKEN_MFA",7,"constructor"]' }),
      {
        kind: 'setupMfa',
        options: ['totp'],
      },
    );
    assert.deepEqual(toChallenge('MFA_SETUP', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"' }), {
      kind: 'setupMfa',
      options: [],
    });
    assert.deepEqual(toChallenge('MFA_SETUP', { MFAS_CAN_SETUP: '{"SOFTWARE_TOKEN_MFA":true}' }), {
      kind: 'setupMfa',
      options: [],
    });
  });

  it('names the attributes a new password needs, without the userAttributes. prefix', () => {
    assert.deepEqual(
      toChallenge('NEW_PASSWORD_REQUIRED', {
        userAttributes: '{"email_verified":"true","email":"jane@example.com"}',
        requiredAttributes: '["userAttributes.name","userAttributes.custom:plan"]',
      }),
      { kind: 'newPassword', requiredAttributes: ['name', 'custom:plan'] },
    );
    assert.deepEqual(toChallenge('NEW_PASSWORD_REQUIRED', { requiredAttributes: '[]' }), {
      kind: 'newPassword',
      requiredAttributes: [],
    });
    assert.deepEqual(toChallenge('NEW_PASSWORD_REQUIRED', { requiredAttributes: 'not json' }), {
      kind: 'newPassword',
      requiredAttributes: [],
    });
  });

  it("hands a custom challenge's parameters on as the pool sent them", () => {
    const parameters = { USERNAME: 'jane', question: 'What is 2 + 2?' };
    assert.deepEqual(toChallenge('CUSTOM_CHALLENGE', parameters), { kind: 'custom', parameters });
  });

  it('names a step it has no screen for', () => {
    assert.deepEqual(toChallenge('DEVICE_SRP_AUTH', {}), { kind: 'unsupported', name: 'DEVICE_SRP_AUTH' });
    assert.deepEqual(toChallenge('SMS_OTP', { CODE_DELIVERY_DESTINATION: '+*******0008' }), {
      kind: 'unsupported',
      name: 'SMS_OTP',
    });
    assert.deepEqual(toChallenge('constructor', {}), { kind: 'unsupported', name: 'constructor' });
  });
});

describe("the authenticator's answers as Cognito's", () => {
  it('puts a code under the key of the challenge in progress', () => {
    assert.deepEqual(toChallengeResponse({ kind: 'mfaCode', code: '123456' }, 'SMS_MFA'), {
      ChallengeName: 'SMS_MFA',
      ChallengeResponses: { SMS_MFA_CODE: '123456' },
    });
    assert.deepEqual(toChallengeResponse({ kind: 'mfaCode', code: '123456' }, 'SOFTWARE_TOKEN_MFA'), {
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      ChallengeResponses: { SOFTWARE_TOKEN_MFA_CODE: '123456' },
    });
    assert.deepEqual(toChallengeResponse({ kind: 'mfaCode', code: '123456' }, 'EMAIL_OTP'), {
      ChallengeName: 'EMAIL_OTP',
      ChallengeResponses: { EMAIL_OTP_CODE: '123456' },
    });
  });

  it('refuses a code when the challenge in progress asks for none', () => {
    assert.equal(toChallengeResponse({ kind: 'mfaCode', code: '123456' }, 'CUSTOM_CHALLENGE'), undefined);
  });

  it("answers the choice of a second factor with Cognito's name for it", () => {
    const answers = (['totp', 'sms', 'email'] as const).map(
      (mfaType) => toChallengeResponse({ kind: 'selectMfa', mfaType }, 'SELECT_MFA_TYPE')?.ChallengeResponses,
    );
    assert.deepEqual(answers, [{ ANSWER: 'SOFTWARE_TOKEN_MFA' }, { ANSWER: 'SMS_MFA' }, { ANSWER: 'EMAIL_OTP' }]);
    assert.equal(
      toChallengeResponse({ kind: 'selectMfa', mfaType: 'sms' }, 'SELECT_MFA_TYPE')?.ChallengeName,
      'SELECT_MFA_TYPE',
    );
  });

  it('sets up email MFA with the address', () => {
    assert.deepEqual(toChallengeResponse({ kind: 'setupEmail', email: 'jane@example.com' }, 'MFA_SETUP'), {
      ChallengeName: 'MFA_SETUP',
      ChallengeResponses: { EMAIL: 'jane@example.com' },
    });
  });

  it('sends a new password with each required attribute under its userAttributes. name', () => {
    assert.deepEqual(
      toChallengeResponse(
        { kind: 'newPassword', password: 'N3w-passw0rd', attributes: { name: 'Jane', 'custom:plan': 'pro' } },
        'NEW_PASSWORD_REQUIRED',
      ),
      {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        ChallengeResponses: {
          NEW_PASSWORD: 'N3w-passw0rd',
          'userAttributes.name': 'Jane',
          'userAttributes.custom:plan': 'pro',
        },
      },
    );
  });

  it("answers the pool's own challenge", () => {
    assert.deepEqual(toChallengeResponse({ kind: 'custom', answer: '4' }, 'CUSTOM_CHALLENGE'), {
      ChallengeName: 'CUSTOM_CHALLENGE',
      ChallengeResponses: { ANSWER: '4' },
    });
  });
});

describe('where a code went', () => {
  it("reads Cognito's CodeDeliveryDetails, the attribute from the medium when the pool names none", () => {
    assert.deepEqual(toDelivery({ Destination: 'j***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' }), {
      destination: 'j***@e***',
      medium: 'EMAIL',
      attribute: 'email',
    });
    assert.deepEqual(toDelivery({ Destination: '+*******0008', DeliveryMedium: 'SMS' }), {
      destination: '+*******0008',
      medium: 'SMS',
      attribute: 'phone_number',
    });
    assert.equal(toDelivery({ DeliveryMedium: 'SMS' }), undefined);
    assert.equal(toDelivery(undefined), undefined);
  });
});
