/**
 * The element's reference page, generated from custom-elements.json: attributes (with
 * controls), properties, events, slots and CSS tokens, as the JSDoc describes them.
 */
import type { ArgTypes, Meta } from '@storybook/web-components-vite';
import { TAG, authenticator } from './manifest.js';
import { attributeArgTypes, renderScene, scene, type AuthenticatorArgs } from './scene.js';

/** Every API item but the attributes is documented without a control. */
function documentedOnly(): ArgTypes<AuthenticatorArgs> {
  const members = authenticator?.members ?? [];
  const attributes = new Set(authenticator?.attributes?.map((attribute) => attribute.name));
  const entries: [string, ArgTypes<AuthenticatorArgs>[string]][] = [];
  for (const member of members) {
    // A property behind an attribute is listed once, under its attribute.
    if (member.attribute !== undefined && member.attribute !== member.name)
      entries.push([member.name, { table: { disable: true } }]);
    else if (!attributes.has(member.name)) entries.push([member.name, { control: false }]);
  }
  for (const item of [
    ...(authenticator?.events ?? []),
    ...(authenticator?.slots ?? []),
    ...(authenticator?.cssProperties ?? []),
    ...(authenticator?.cssParts ?? []),
  ]) {
    entries.push([item.name, { control: false }]);
  }
  return Object.fromEntries(entries);
}

const meta: Meta<AuthenticatorArgs> = {
  title: 'Reference/cognito-authenticator',
  id: 'reference',
  tags: ['autodocs'],
  component: TAG,
  render: renderScene,
  argTypes: { ...documentedOnly(), ...attributeArgTypes },
  parameters: { layout: 'padded', controls: { sort: 'alpha' } },
};
export default meta;

/** Change the attributes in the controls below; the stories' scripted client stands in for a user pool. */
export const Playground = scene({ route: 'signIn' });
