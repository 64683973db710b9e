/**
 * Where a code went, as the calls other than sign-in hear it (SignUp, ForgotPassword, the
 * attribute calls): loaded with them, on their first use.
 */
import type { CodeDeliveryDetailsType } from '@aws-sdk/client-cognito-identity-provider';
import type { CodeDelivery } from '../core/types.js';

/** Where a code went, from the `CodeDeliveryDetails` of SignUp, ForgotPassword and the attribute calls. */
export function toDelivery(details: CodeDeliveryDetailsType | undefined): CodeDelivery | undefined {
  if (!details?.Destination) return undefined;
  return {
    destination: details.Destination,
    medium: details.DeliveryMedium === 'SMS' ? 'SMS' : 'EMAIL',
    attribute: details.AttributeName ?? (details.DeliveryMedium === 'SMS' ? 'phone_number' : 'email'),
  };
}
