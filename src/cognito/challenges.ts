/**
 * Cognito's challenges in the authenticator's own terms, and back (COGNITO-WIRE.md §4):
 * `ChallengeName` and `ChallengeParameters` become a typed `Challenge`; the answer to it
 * becomes `ChallengeName` and `ChallengeResponses`. Also where a code went, from either of
 * the two shapes Cognito reports it in.
 */
import type { ChallengeNameType, CodeDeliveryDetailsType } from '@aws-sdk/client-cognito-identity-provider';
import { AuthError, type Challenge, type ChallengeAnswer, type CodeDelivery, type MfaType } from '../core/types.js';

/** The challenges that ask for a code: the second factor each stands for, and the response key of the code. */
const CODE_CHALLENGES: Readonly<Record<string, { readonly mfaType: MfaType; readonly responseKey: string }>> = {
  SMS_MFA: { mfaType: 'sms', responseKey: 'SMS_MFA_CODE' },
  SOFTWARE_TOKEN_MFA: { mfaType: 'totp', responseKey: 'SOFTWARE_TOKEN_MFA_CODE' },
  EMAIL_OTP: { mfaType: 'email', responseKey: 'EMAIL_OTP_CODE' },
};

/** Cognito's name of each second factor (the name of the challenge that asks for its code). */
const MFA_NAMES: Readonly<Record<MfaType, string>> = { sms: 'SMS_MFA', totp: 'SOFTWARE_TOKEN_MFA', email: 'EMAIL_OTP' };

/** The code challenge of a name the pool sent; names such as `constructor` are not looked up on the prototype. */
function codeChallenge(name: string): (typeof CODE_CHALLENGES)[string] | undefined {
  return Object.hasOwn(CODE_CHALLENGES, name) ? CODE_CHALLENGES[name] : undefined;
}

/** The prefix Cognito puts before attribute names in NEW_PASSWORD_REQUIRED. */
const ATTRIBUTE_PREFIX = 'userAttributes.';

/** The strings of a JSON array held in a challenge parameter; nothing when it is missing or malformed. */
function stringList(json: string | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** The second factors of a list of Cognito names, in its order; names this element does not know are left out. */
function mfaTypes(json: string | undefined): MfaType[] {
  return stringList(json).flatMap((name) => {
    const type = codeChallenge(name)?.mfaType;
    return type ? [type] : [];
  });
}

/** Where a code went, from the `CodeDeliveryDetails` of SignUp, ForgotPassword and the attribute calls. */
export function toDelivery(details: CodeDeliveryDetailsType | undefined): CodeDelivery | undefined {
  if (!details?.Destination) return undefined;
  return {
    destination: details.Destination,
    medium: details.DeliveryMedium === 'SMS' ? 'SMS' : 'EMAIL',
    attribute: details.AttributeName ?? (details.DeliveryMedium === 'SMS' ? 'phone_number' : 'email'),
  };
}

/** Where a challenge's code went, from its `CODE_DELIVERY_*` parameters. */
function challengeDelivery(parameters: Readonly<Record<string, string>>): CodeDelivery | undefined {
  const destination = parameters.CODE_DELIVERY_DESTINATION;
  if (!destination) return undefined;
  const medium = parameters.CODE_DELIVERY_DELIVERY_MEDIUM === 'SMS' ? 'SMS' : 'EMAIL';
  return { destination, medium, attribute: medium === 'SMS' ? 'phone_number' : 'email' };
}

/** The step Cognito asks for, as the authenticator knows it. */
export function toChallenge(name: string, parameters: Readonly<Record<string, string>>): Challenge {
  const code = codeChallenge(name);
  if (code) {
    const delivery = challengeDelivery(parameters);
    return { kind: 'mfaCode', mfaType: code.mfaType, ...(delivery ? { delivery } : {}) };
  }
  switch (name) {
    case 'SELECT_MFA_TYPE':
      return { kind: 'selectMfa', options: mfaTypes(parameters.MFAS_CAN_CHOOSE) };
    case 'MFA_SETUP':
      return { kind: 'setupMfa', options: mfaTypes(parameters.MFAS_CAN_SETUP) };
    case 'NEW_PASSWORD_REQUIRED':
      return {
        kind: 'newPassword',
        requiredAttributes: stringList(parameters.requiredAttributes).map((attribute) =>
          attribute.startsWith(ATTRIBUTE_PREFIX) ? attribute.slice(ATTRIBUTE_PREFIX.length) : attribute,
        ),
      };
    case 'CUSTOM_CHALLENGE':
      // The pool's Lambda decides what is public; the host's hook is shown all of it.
      return { kind: 'custom', parameters };
    default:
      return { kind: 'unsupported', name };
  }
}

/** An answer Cognito would refuse: it does not fit the challenge in progress. */
function unexpectedAnswer(answer: ChallengeAnswer, challengeName: string): AuthError {
  return new AuthError(
    { code: 'UnexpectedAnswer', key: 'errors.unknown' },
    { cause: { answer: answer.kind, challengeName } },
  );
}

/**
 * The answer to the challenge in progress (`challengeName`, as Cognito named it) as
 * `ChallengeName` and `ChallengeResponses`, without the `USERNAME` every answer also carries.
 */
export function toChallengeResponse(
  answer: ChallengeAnswer,
  challengeName: ChallengeNameType,
): { readonly ChallengeName: ChallengeNameType; readonly ChallengeResponses: Record<string, string> } {
  switch (answer.kind) {
    case 'mfaCode': {
      const code = codeChallenge(challengeName);
      if (!code) throw unexpectedAnswer(answer, challengeName);
      return { ChallengeName: challengeName, ChallengeResponses: { [code.responseKey]: answer.code } };
    }
    case 'selectMfa':
      return { ChallengeName: 'SELECT_MFA_TYPE', ChallengeResponses: { ANSWER: MFA_NAMES[answer.mfaType] } };
    case 'setupEmail':
      return { ChallengeName: 'MFA_SETUP', ChallengeResponses: { EMAIL: answer.email } };
    case 'newPassword': {
      const responses: Record<string, string> = { NEW_PASSWORD: answer.password };
      for (const [name, value] of Object.entries(answer.attributes)) responses[`${ATTRIBUTE_PREFIX}${name}`] = value;
      return { ChallengeName: 'NEW_PASSWORD_REQUIRED', ChallengeResponses: responses };
    }
    case 'custom':
      return { ChallengeName: 'CUSTOM_CHALLENGE', ChallengeResponses: { ANSWER: answer.answer } };
  }
}
