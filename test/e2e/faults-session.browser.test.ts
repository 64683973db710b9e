import { describeFaults } from './fault-suite.js';

describeFaults(['verifyUser', 'confirmVerifyUser', 'checkContacts', 'signOut', 'restoreSession']);
