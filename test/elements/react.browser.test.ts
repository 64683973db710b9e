/**
 * `<cognito-authenticator>` under React, wrapped the way `cognito-authenticator/react`
 * wraps it (`@lit/react`, which sets every prop as a property on every render): a component
 * that re-renders on every keystroke hands the element a new, equal `formFields` object
 * each time, and the screen and what was typed stay.
 */
import { expect } from '@open-wc/testing';
import { createComponent } from '@lit/react';
import { CognitoAuthenticator as CognitoAuthenticatorElement } from '../../src/define.ts';
import { AuthenticatorHarness, waitUntil } from '../support/harness.js';
import { loadReact } from './react-runtime.js';
import { createScriptedClient } from '../../src/testing.ts';

describe('<cognito-authenticator> in a React app', () => {
  it('keeps the screen and every value typed when a re-render on each keystroke passes an equal formFields object', async () => {
    const { React, ReactDom } = await loadReact();
    const Authenticator = createComponent({
      react: React,
      tagName: 'cognito-authenticator',
      elementClass: CognitoAuthenticatorElement,
    });
    const client = createScriptedClient();
    let renders = 0;
    function App(): React.ReactElement {
      const [keystrokes, setKeystrokes] = React.useState(0);
      renders += 1;
      return React.createElement(
        'div',
        {
          'data-keystrokes': keystrokes,
          onInput: () => {
            setKeystrokes((count) => count + 1);
          },
        },
        React.createElement(Authenticator, {
          client,
          initialScreen: 'signUp',
          formFields: { signUp: { username: { label: 'Login name' }, email: { label: 'Work email' } } },
        }),
      );
    }
    const container = document.createElement('div');
    document.body.append(container);
    const root = ReactDom.createRoot(container);
    try {
      React.startTransition(() => {
        root.render(React.createElement(App));
      });
      const element = await waitUntil(
        () => container.querySelector<CognitoAuthenticatorElement>('cognito-authenticator'),
        'the element',
      );
      const harness = new AuthenticatorHarness(element);
      await harness.waitForScreen('signUp');
      const values = { username: 'jane', 'attribute:email': 'jane@example.com', password: 'Passw0rd!' };
      await harness.fill(values);
      const typed = Object.values(values).join('').length;
      const keystrokes = (): number =>
        Number(container.querySelector('[data-keystrokes]')?.getAttribute('data-keystrokes'));
      await waitUntil(() => keystrokes() >= typed, 'a render per keystroke');
      await element.updateComplete;
      expect(renders).to.be.greaterThan(typed);
      expect(harness.screen).to.equal('signUp');
      for (const [name, value] of Object.entries(values)) expect(harness.input(name).value, name).to.equal(value);
      const label = element.querySelector(`label[for="${harness.input('attribute:email').id}"]`);
      expect(label?.textContent).to.equal('Work email');
      expect(client.calls.map((call) => call.name)).to.deep.equal(['restoreSession']);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
