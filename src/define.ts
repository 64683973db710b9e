/** Registers `<cognito-authenticator>`. The package's only module with a side effect. */
import { CognitoAuthenticator } from './elements/cognito-authenticator/cognito-authenticator.js';

if (!customElements.get('cognito-authenticator')) customElements.define('cognito-authenticator', CognitoAuthenticator);

export { CognitoAuthenticator };
