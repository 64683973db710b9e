import type { Meta } from '@storybook/web-components-vite';
import { challenge, fails, pending } from './fake-client.js';
import { scene, screenMeta, type AuthenticatorArgs, type SceneProperties } from './scene.js';

const meta: Meta<AuthenticatorArgs> = {
  title: 'Screens/Custom challenge',
  id: 'screens-customChallenge',
  ...screenMeta,
};
export default meta;

const answer = { fill: { answer: 'Rex' } };
/** The app shows the challenge's public question above the answer field. */
const question: SceneProperties = { customChallengeContent: (parameters) => parameters.question ?? '' };

export const WithQuestion = scene({ route: 'customChallenge', properties: question });

export const AnswerOnly = scene({ route: 'customChallenge' });

export const Filled = scene({ route: 'customChallenge', properties: question, then: [{ ...answer, submit: false }] });

export const ValidationErrors = scene({
  route: 'customChallenge',
  properties: question,
  then: [{ fill: {} }],
  shows: 'fieldError',
});

export const Pending = scene({
  route: 'customChallenge',
  properties: question,
  script: { respondToChallenge: pending() },
  then: [answer],
});

export const NextQuestion = scene({
  route: 'customChallenge',
  properties: question,
  script: {
    respondToChallenge: challenge({ kind: 'custom', parameters: { question: 'In which city were you born?' } }),
  },
  then: [answer],
});

export const WrongAnswer = scene({
  route: 'customChallenge',
  properties: question,
  script: { respondToChallenge: fails('NotAuthorizedException', 'errors.notAuthorized') },
  then: [answer],
  shows: 'error',
});

export const TriggerFailed = scene({
  route: 'customChallenge',
  properties: question,
  script: { respondToChallenge: fails('UnexpectedLambdaException', 'errors.lambda') },
  then: [answer],
  shows: 'error',
});
