/** The demo page's own script: the theme and language pickers, the signed-in user's claims and the local inbox. */
import type { CognitoAuthenticator } from '../src/index.ts';
import { LANGUAGES, PSEUDO_LOCALE, directionOf } from '../src/i18n/languages.ts';

interface SentCode {
  readonly username: string;
  readonly destination: string;
  readonly purpose: string;
  readonly code: string;
}

const PURPOSES: Readonly<Record<string, string>> = {
  confirmSignUp: 'Confirm account',
  resetPassword: 'Reset password',
  verifyAttribute: 'Verify contact',
  mfa: 'Sign-in code',
};

function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`The demo page lacks ${selector}`);
  return found;
}

const found = document.querySelector('cognito-authenticator');
if (!found) throw new Error('The demo page lacks <cognito-authenticator>');
const authenticator: CognitoAuthenticator = found;

function showUser(): void {
  const user = authenticator.user;
  element('#app-username').textContent = user?.username ?? '';
  const list = element('#app-claims');
  list.replaceChildren();
  for (const [name, value] of Object.entries(user?.attributes ?? {})) {
    const term = document.createElement('dt');
    term.textContent = name;
    const detail = document.createElement('dd');
    detail.textContent = typeof value === 'string' ? value : JSON.stringify(value);
    list.append(term, detail);
  }
}

async function refreshInbox(): Promise<void> {
  const response = await fetch('/inbox.json', { cache: 'no-store' });
  const codes = (await response.json()) as SentCode[];
  const rows = codes.map((sent) => {
    const row = document.createElement('tr');
    for (const text of [`${sent.username} (${sent.destination})`, PURPOSES[sent.purpose] ?? sent.purpose, sent.code]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  element('#inbox').replaceChildren(...rows);
  element('#inbox-empty').hidden = rows.length > 0;
}

/** The language picker: sets the page's `lang`, which the element follows. */
function setUpLanguages(): void {
  const select = element('#language');
  if (!(select instanceof HTMLSelectElement)) return;
  for (const code of [...LANGUAGES, PSEUDO_LOCALE]) {
    const name =
      code === PSEUDO_LOCALE ? 'Pseudo-locale' : new Intl.DisplayNames([code], { type: 'language' }).of(code);
    select.append(new Option(`${name ?? code} (${code})`, code));
  }
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = directionOf(select.value);
  });
}

/** The theme picker: puts the chosen theme classes (themes/*.css, linked by the page) on the element. */
function setUpThemes(): void {
  const select = element('#theme');
  if (!(select instanceof HTMLSelectElement)) return;
  const all = [...select.options].flatMap((option) => option.value.split(' ')).filter(Boolean);
  select.addEventListener('change', () => {
    authenticator.classList.remove(...all);
    authenticator.classList.add(...select.value.split(' ').filter(Boolean));
  });
}

setUpLanguages();
setUpThemes();
authenticator.addEventListener('cognito-signed-in', showUser);
authenticator.addEventListener('cognito-signed-out', showUser);
element('#sign-out').addEventListener('click', () => authenticator.signOut());
showUser();
const poll = (): void => {
  refreshInbox().catch(() => undefined);
};
poll();
setInterval(poll, 2000);
