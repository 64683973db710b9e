import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.ts';
import type { CognitoAuthenticator } from '../../src/index.ts';
import type { Route } from '../../src/core/index.ts';
import { playRecipe, screenRecipes } from '../../stories/fake-client.ts';
import { createScriptedClient } from '../../src/testing.ts';

describe('the scripted client behind stories and screenshots', () => {
  for (const [route, recipe] of Object.entries(screenRecipes) as [
    Exclude<Route, 'idle'>,
    (typeof screenRecipes)[keyof typeof screenRecipes],
  ][]) {
    it(`reaches the ${route} screen the way a person does`, async () => {
      const element = await fixture<CognitoAuthenticator>(html`<cognito-authenticator></cognito-authenticator>`);
      for (const [name, value] of Object.entries(recipe.attributes ?? {})) element.setAttribute(name, value);
      element.client = createScriptedClient(recipe.script);
      await playRecipe(element, recipe);
      expect(element.route).to.equal(route);
      const shown = element.querySelector('[data-screen]')?.getAttribute('data-screen');
      if (route === 'authenticated') expect(shown).to.equal(undefined);
      else if (route === 'setup') expect(element.querySelector('form')).to.equal(null);
      else expect(shown).to.equal(route);
    });
  }
});
