import { describeFaults } from './fault-suite.js';

describeFaults(['userAuthStart', 'selectSignInMethod', 'signInCode', 'resendSignInCode']);
