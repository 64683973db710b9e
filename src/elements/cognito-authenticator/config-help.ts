/** The console help for each configuration error the element knows (see `logConfigurationHelp`). */

/** What a page author is told in the console about a configuration the element cannot work with. */
const CONFIGURATION_HELP: Readonly<Record<string, string>> = {
  ClientSecretConfigured:
    'the app client has a client secret, which a browser cannot keep. Create an app client without a secret for this page.',
  InvalidUserPoolId: 'user-pool-id is missing or malformed: it must look like <region>_<id>, e.g. eu-west-1_AbC123xyz.',
  MissingClientId: 'client-id is missing: give the id of an app client of the user pool.',
  InvalidAuthFlow: 'auth-flow must be exactly USER_SRP_AUTH (the default), USER_PASSWORD_AUTH or USER_AUTH.',
  AuthMethodsNeedUserAuth:
    'auth-methods other than password need auth-flow="USER_AUTH" (and ALLOW_USER_AUTH on the app client).',
  UserAuthNotEnabled:
    'the app client does not allow USER_AUTH: add ALLOW_USER_AUTH to its auth flows, and the ways in auth-methods to the pool sign-in policy (AllowedFirstAuthFactors, Essentials tier).',
  ProvidersNeedDomain:
    "providers need domain: the pool's Cognito domain (e.g. example.auth.eu-west-1.amazoncognito.com, or your custom domain), and this page among the app client's callback URLs.",
  InvalidDomain:
    'domain must be a host name or an https: URL without query or fragment (http: only to this machine), e.g. example.auth.eu-west-1.amazoncognito.com.',
  FederationNeedsDomain: 'sign-in with a provider needs a client made with withFederation and the Cognito domain.',
  InvalidRefreshFlow: 'refresh-flow must be empty (the default), GetTokensFromRefreshToken or REFRESH_TOKEN_AUTH.',
  InvalidTimeout: 'timeout must be a whole number of milliseconds greater than 0, e.g. 30000.',
  InsecureEndpoint:
    'endpoint must be an https: URL (http: only to this machine: localhost, 127.0.0.1, [::1]), so that tokens never cross the network in the clear.',
  UnknownRegion: 'region is not an AWS region (e.g. eu-west-1); check region, or the prefix of user-pool-id.',
  ResourceNotFoundException: 'the user pool or app client does not exist (check user-pool-id, client-id and region).',
  InvalidParameterException: 'the app client does not allow this sign-in flow (check its auth flows and auth-flow).',
};

/** The help for a configuration error's code, when the element knows it. */
export function configurationHelp(code: string): string | undefined {
  return CONFIGURATION_HELP[code];
}
