/**
 * The TOTP setup block in a page: the QR code is drawn and named, the secret is readable
 * text in groups, the link opens authenticator apps, and the block mirrors right to left.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { totpSecret, otpauthUri, type TotpSecretOptions } from '../../src/fields/totp-secret.ts';
import { adoptStyles } from '../../src/styles/adopt.ts';
import { authenticatorStyles } from '../../src/styles/authenticator.styles.ts';
import { screenStyles } from '../../src/styles/screens.styles.ts';
import { waitUntil } from '../support/harness.js';

const labels: TotpSecretOptions['labels'] = {
  instructions: 'Scan this QR code with your authenticator app, or enter the setup key in the app.',
  qrLabel: 'QR code for your authenticator app',
  secretLabel: 'Setup key',
  copy: 'Copy key',
  copied: 'Setup key copied.',
  openApp: 'Open in your authenticator app',
};

/** The block inside an (undefined) `cognito-authenticator` tag, where the element's styles apply. */
async function show(dir: 'ltr' | 'rtl', copied = false): Promise<HTMLElement & { copies: () => number }> {
  const host = await fixture<HTMLElement>(
    html`<cognito-authenticator dir=${dir}><div class="cognito-screen"></div></cognito-authenticator>`,
  );
  // The element's stylesheet, and the one it adopts with the setup screen.
  for (const sheet of [authenticatorStyles.styleSheet, screenStyles.styleSheet]) if (sheet) adoptStyles(host, sheet);
  const screen = host.querySelector<HTMLElement>('.cognito-screen');
  if (!screen) throw new Error('no screen');
  let copies = 0;
  render(
    totpSecret({
      id: 'setup',
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Example',
      account: 'jane@example.com',
      labels,
      copied,
      onCopy: () => (copies += 1),
    }),
    screen,
  );
  await waitUntil(() => host.querySelector('svg'), 'the QR code');
  return Object.assign(host, { copies: () => copies });
}

describe('TOTP setup block', () => {
  it('draws a named QR code, the secret as grouped text, and a link for authenticator apps', async () => {
    const host = await show('ltr');
    const image = host.querySelector('svg');
    expect(image?.getAttribute('role')).to.equal('img');
    const labelId = image?.getAttribute('aria-labelledby') ?? '';
    expect(host.querySelector(`#${labelId}`)?.textContent).to.equal(labels.qrLabel);
    expect(image?.getBoundingClientRect().width).to.be.greaterThan(100);
    expect(host.querySelector('code')?.textContent).to.equal('JBSW Y3DP EHPK 3PXP');
    expect(host.querySelector('a')?.getAttribute('href')).to.equal(
      otpauthUri('JBSWY3DPEHPK3PXP', 'Example', 'jane@example.com'),
    );
    await expect(host).to.be.accessible();
  });

  it('calls back when the copy button is pressed, and announces the copy', async () => {
    const host = await show('ltr');
    host.querySelector('button')?.click();
    expect(host.copies()).to.equal(1);
    const copied = await show('ltr', true);
    expect(copied.querySelector('[role="status"]')?.textContent).to.equal(labels.copied);
  });

  it('mirrors in right-to-left layouts while the secret stays left to right', async () => {
    const ltr = await show('ltr');
    const rtl = await show('rtl');
    const place = (host: HTMLElement) => ({
      qr: host.querySelector('figure')?.getBoundingClientRect() ?? new DOMRect(),
      secret: host.querySelector('.cognito-qr__secret')?.getBoundingClientRect() ?? new DOMRect(),
    });
    expect(place(ltr).qr.left).to.be.lessThan(place(ltr).secret.left);
    expect(place(rtl).qr.left).to.be.greaterThan(place(rtl).secret.left);
    const key = rtl.querySelector('code');
    expect(key && getComputedStyle(key).direction).to.equal('ltr');
  });
});
