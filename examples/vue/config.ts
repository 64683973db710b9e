/** Your user pool: its id and an app client without a secret. */
export const config: { readonly userPoolId: string; readonly clientId: string; readonly endpoint?: string } = {
  userPoolId: 'eu-west-1_AbC123xyz',
  clientId: '1example23456789',
};
