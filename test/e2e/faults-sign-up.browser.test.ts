import { describeFaults } from './fault-suite.js';

describeFaults(['signUp', 'confirmSignUp', 'resendSignUpCode', 'resetPassword', 'confirmResetPassword']);
