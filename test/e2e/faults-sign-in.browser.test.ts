import { describeFaults } from './fault-suite.js';

describeFaults([
  'signIn',
  'signInSrp',
  'signInSrpProof',
  'confirmSignIn',
  'forceNewPassword',
  'associateSoftwareToken',
  'verifySoftwareToken',
]);
