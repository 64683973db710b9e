/**
 * Whole journeys, played the way a person goes through them: typing into the fields,
 * pressing the buttons, waiting for each answer (every call of the scripted client takes
 * a moment, so the busy states show). Replay them from the Interactions panel, or go
 * through them by hand: any code is accepted.
 */
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { CognitoAuthenticator } from '../src/index.js';
import { AuthenticatorHarness } from '../src/testing.js';
import { challenge, type Script } from './fake-client.js';
import {
  exampleApp,
  jane,
  screenMeta,
  settled,
  type AuthenticatorArgs,
  type AuthenticatorStory,
  type Scene,
  type Screen,
} from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Examples/Journeys',
  id: 'journeys',
  ...screenMeta,
};
export default meta;

const DELAY_MS = 400;
const newPassword = 'Battery-Staple-7';

/**
 * What a person does on the element: the harness of `cognito-authenticator/testing` finds
 * the fields and buttons, and Storybook's `userEvent` types and clicks, so that each action
 * shows in the Interactions panel.
 */
class Person {
  private readonly harness: AuthenticatorHarness<CognitoAuthenticator>;

  constructor(private readonly element: CognitoAuthenticator) {
    this.harness = new AuthenticatorHarness(element);
  }

  async type(name: string, text: string): Promise<void> {
    await userEvent.type(this.harness.input(name), text);
  }

  async submit(): Promise<void> {
    await userEvent.click(this.harness.submitButton());
  }

  async follow(route: string): Promise<void> {
    await userEvent.click(this.harness.link(route));
  }

  async sees(route: Screen): Promise<void> {
    await waitFor(() => expect(this.element.route).toBe(route), { timeout: 5 * DELAY_MS + 2000 });
    // The screen is drawn once its chunk is loaded, the first time it is shown.
    await this.element.updateComplete;
  }
}

function journey(
  start: { script?: Script; args?: AuthenticatorArgs },
  play: (person: Person, context: StoryContext<AuthenticatorArgs>) => Promise<void>,
): AuthenticatorStory {
  const scene: Scene = {
    route: 'signIn',
    steps: [],
    delayMs: DELAY_MS,
    content: exampleApp,
    ...(start.script ? { script: start.script } : {}),
  };
  return {
    args: start.args ?? {},
    parameters: { scene },
    play: async (context) => {
      const person = new Person(await settled(context));
      // The stored session is looked for first (it takes a moment too): none, so the first screen.
      await person.sees(start.args?.['initial-screen'] === 'signUp' ? 'signUp' : 'signIn');
      await play(person, context);
    },
  };
}

export const SignUpConfirmAndSignIn = journey({ args: { 'initial-screen': 'signUp' } }, async (person, { step }) => {
  await step('Create an account', async () => {
    await person.type('username', jane.username);
    await person.type('attribute:email', jane.email);
    await person.type('password', jane.password);
    await person.type('confirmPassword', jane.password);
    await person.submit();
    await person.sees('confirmSignUp');
  });
  await step('Confirm with the emailed code', async () => {
    await person.type('code', '123456');
    await person.submit();
    await person.sees('authenticated');
  });
});

export const SignInWithAuthenticatorApp = journey(
  { script: { signIn: challenge({ kind: 'mfaCode', mfaType: 'totp' }) } },
  async (person, { step }) => {
    await step('Sign in', async () => {
      await person.type('username', jane.username);
      await person.type('password', jane.password);
      await person.submit();
      await person.sees('confirmSignIn');
    });
    await step('Enter the code the app shows', async () => {
      await person.type('code', '123456');
      await person.submit();
      await person.sees('authenticated');
    });
  },
);

export const SignInAndSetUpAuthenticatorApp = journey(
  { script: { signIn: challenge({ kind: 'setupMfa', options: ['totp'] }) } },
  async (person, { step }) => {
    await step('Sign in', async () => {
      await person.type('username', jane.username);
      await person.type('password', jane.password);
      await person.submit();
      await person.sees('setupTotp');
    });
    await step('Scan the QR code and enter the first code', async () => {
      await person.type('code', '123456');
      await person.submit();
      await person.sees('authenticated');
    });
  },
);

export const ForcedNewPassword = journey(
  { script: { signIn: challenge({ kind: 'newPassword', requiredAttributes: [] }) } },
  async (person, { step }) => {
    await step('Sign in with the temporary password', async () => {
      await person.type('username', jane.username);
      await person.type('password', 'Temp0rary!');
      await person.submit();
      await person.sees('forceNewPassword');
    });
    await step('Choose a new password', async () => {
      await person.type('password', newPassword);
      await person.type('confirmPassword', newPassword);
      await person.submit();
      await person.sees('authenticated');
    });
  },
);

export const ResetPassword = journey({}, async (person, { step }) => {
  await step('Forgot the password', async () => {
    await person.follow('resetPassword');
    await person.sees('resetPassword');
    await person.type('username', jane.username);
    await person.submit();
    await person.sees('confirmResetPassword');
  });
  await step('Enter the code and a new password', async () => {
    await person.type('code', '123456');
    await person.type('password', newPassword);
    await person.type('confirmPassword', newPassword);
    await person.submit();
    await person.sees('authenticated');
  });
});
