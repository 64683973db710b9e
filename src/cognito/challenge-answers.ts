/**
 * The answer to a challenge as Cognito takes it (COGNITO-WIRE.md §4): `ChallengeName` and
 * `ChallengeResponses`. A module of its own, loaded with the first answer, so that a sign-in
 * without a challenge does not load it.
 */
import type { ChallengeNameType } from '@aws-sdk/client-cognito-identity-provider';
import type { ChallengeAnswer, MfaType } from '../core/types.js';

/** The response key of the code, by the name of the challenge that asked for it. */
const CODE_KEYS: Readonly<Record<string, string>> = {
  SMS_MFA: 'SMS_MFA_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
  SMS_OTP: 'SMS_OTP_CODE',
};

/** Cognito's name of each second factor (the name of the challenge that asks for its code). */
const MFA_NAMES: Readonly<Record<MfaType, string>> = { sms: 'SMS_MFA', totp: 'SOFTWARE_TOKEN_MFA', email: 'EMAIL_OTP' };

/**
 * The answer to the challenge in progress (`challengeName`, as Cognito named it) as
 * `ChallengeName` and `ChallengeResponses`, without the `USERNAME` every answer also carries; `undefined` for an answer Cognito would
 * refuse, as it does not fit the challenge in progress.
 */
export function toChallengeResponse(
  answer: ChallengeAnswer,
  challengeName: ChallengeNameType,
): { readonly ChallengeName: ChallengeNameType; readonly ChallengeResponses: Record<string, string> } | undefined {
  switch (answer.kind) {
    case 'mfaCode':
    case 'signInCode': {
      // Names such as `constructor` are not looked up on the prototype.
      const key = Object.hasOwn(CODE_KEYS, challengeName) ? CODE_KEYS[challengeName] : undefined;
      if (key === undefined) return undefined;
      return { ChallengeName: challengeName, ChallengeResponses: { [key]: answer.code } };
    }
    case 'selectMfa':
      return { ChallengeName: 'SELECT_MFA_TYPE', ChallengeResponses: { ANSWER: MFA_NAMES[answer.mfaType] } };
    case 'setupEmail':
      return { ChallengeName: 'MFA_SETUP', ChallengeResponses: { EMAIL: answer.email } };
    case 'newPassword': {
      const responses: Record<string, string> = { NEW_PASSWORD: answer.password };
      for (const [name, value] of Object.entries(answer.attributes)) responses[`userAttributes.${name}`] = value;
      return { ChallengeName: 'NEW_PASSWORD_REQUIRED', ChallengeResponses: responses };
    }
    case 'custom':
      return { ChallengeName: 'CUSTOM_CHALLENGE', ChallengeResponses: { ANSWER: answer.answer } };
    case 'selectMethod':
      // Answered by the passwordless calls, which know the password's way (PASSWORD or PASSWORD_SRP).
      return undefined;
  }
}
