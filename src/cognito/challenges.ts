/**
 * Cognito's challenges in the authenticator's own terms, and back (COGNITO-WIRE.md §4):
 * `ChallengeName` and `ChallengeParameters` become a typed `Challenge`; the answer to it
 * becomes `ChallengeName` and `ChallengeResponses`, with where a challenge's code went (the
 * calls that report it in `CodeDeliveryDetails` read it with `delivery.ts`).
 */
import type { Challenge, CodeDelivery, MfaType } from '../core/types.js';

/** The challenges that ask for a code, and the second factor each stands for. */
const CODE_CHALLENGES: Readonly<Record<string, MfaType>> = {
  SMS_MFA: 'sms',
  SOFTWARE_TOKEN_MFA: 'totp',
  EMAIL_OTP: 'email',
};

/** The second factor of a code challenge; names such as `constructor` are not looked up on the prototype. */
function codeMfaType(name: string): MfaType | undefined {
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
    const type = codeMfaType(name);
    return type ? [type] : [];
  });
}

/** Where a challenge's code went, from its `CODE_DELIVERY_*` parameters. */
export function challengeDelivery(parameters: Readonly<Record<string, string>>): CodeDelivery | undefined {
  const destination = parameters.CODE_DELIVERY_DESTINATION;
  if (!destination) return undefined;
  const medium = parameters.CODE_DELIVERY_DELIVERY_MEDIUM === 'SMS' ? 'SMS' : 'EMAIL';
  return { destination, medium, attribute: medium === 'SMS' ? 'phone_number' : 'email' };
}

/** The step Cognito asks for, as the authenticator knows it. */
export function toChallenge(name: string, parameters: Readonly<Record<string, string>>): Challenge {
  const mfaType = codeMfaType(name);
  if (mfaType) {
    const delivery = challengeDelivery(parameters);
    return { kind: 'mfaCode', mfaType, ...(delivery ? { delivery } : {}) };
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
