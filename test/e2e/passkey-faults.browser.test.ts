// The passkey rows of the fault table, in Chromium only: they need its virtual authenticator
// (test/support/webauthn.ts), which the other engines lack here.
import { describeFaults } from './fault-suite.js';

describeFaults(['passkeySignIn', 'listPasskeys', 'startPasskeyRegistration', 'completePasskeyRegistration']);
