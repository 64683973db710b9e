/**
 * The SRP client work of one sign-in, timed in the browser for this package and for
 * amazon-cognito-identity-js: from the call that starts the sign-in to the
 * RespondToAuthChallenge request carrying the password claim. Both talk to a stand-in
 * for the user pool that answers InitiateAuth with the same PASSWORD_VERIFIER challenge
 * (a random B, salt and secret block per round), so the figures hold the whole client
 * side (A, the password key, the signature) and nothing of the network.
 */
/* eslint-disable @typescript-eslint/no-deprecated -- amazon-cognito-identity-js is in maintenance mode; it is what this page measures against */
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { createCognitoClient } from '../src/cognito/client.ts';
import type { Transport } from '../src/cognito/transport.ts';

const POOL_ID = 'eu-west-1_AbC123xyz';
const CLIENT_ID = '1example23456789';

interface Challenge {
  readonly SRP_B: string;
  readonly SALT: string;
  readonly SECRET_BLOCK: string;
  readonly USER_ID_FOR_SRP: string;
}

const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function randomChallenge(): Challenge {
  // 383 random bytes stay below the 3072-bit prime N, as a server's B does.
  const b = crypto.getRandomValues(new Uint8Array(383));
  b[0] = (b[0] ?? 0) | 1;
  return {
    SRP_B: hexOf(b),
    SALT: hexOf(crypto.getRandomValues(new Uint8Array(16))),
    SECRET_BLOCK: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(64)))),
    USER_ID_FOR_SRP: 'bench-user',
  };
}

/** Stops a sign-in once its claim has been sent. */
class ClaimSent extends Error {}

async function timeOurs(challenge: Challenge): Promise<number> {
  const transport: Transport = {
    send(operation) {
      if (operation === 'InitiateAuth')
        return Promise.resolve({ ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: { ...challenge } });
      return Promise.reject(new ClaimSent());
    },
  };
  const client = createCognitoClient({ userPoolId: POOL_ID, clientId: CLIENT_ID, storage: 'memory', transport });
  const started = performance.now();
  let elapsed = 0;
  await client.signIn({ username: 'bench-user', password: 'Bench-Passw0rd!' }).catch(() => {
    elapsed = performance.now() - started;
  });
  client.dispose?.();
  return elapsed;
}

type RequestCallback = (error: Error | null, data?: unknown) => void;

interface PoolWithClient {
  client: { request(operation: string, params: unknown, callback: RequestCallback): void };
}

function timeAmazonCognitoIdentityJs(challenge: Challenge): Promise<number> {
  return new Promise((resolve, reject) => {
    const pool = new CognitoUserPool({ UserPoolId: POOL_ID, ClientId: CLIENT_ID });
    let started = 0;
    (pool as unknown as PoolWithClient).client = {
      request(operation, _params, callback) {
        if (operation === 'InitiateAuth') {
          callback(null, { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: { ...challenge } });
          return;
        }
        resolve(performance.now() - started);
        callback(new ClaimSent());
      },
    };
    const user = new CognitoUser({ Username: 'bench-user', Pool: pool });
    started = performance.now();
    user.authenticateUser(new AuthenticationDetails({ Username: 'bench-user', Password: 'Bench-Passw0rd!' }), {
      onSuccess: () => reject(new Error('unexpected success')),
      onFailure: () => undefined,
    });
  });
}

export interface SrpTimes {
  readonly ours: number[];
  readonly amazonCognitoIdentityJs: number[];
}

/** `rounds` sign-ins with each, alternating which goes first. */
async function runSrp(rounds: number): Promise<SrpTimes> {
  const ours: number[] = [];
  const amazonCognitoIdentityJs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const challenge = randomChallenge();
    if (round % 2 === 0) {
      ours.push(await timeOurs(challenge));
      amazonCognitoIdentityJs.push(await timeAmazonCognitoIdentityJs(challenge));
    } else {
      amazonCognitoIdentityJs.push(await timeAmazonCognitoIdentityJs(challenge));
      ours.push(await timeOurs(challenge));
    }
  }
  return { ours, amazonCognitoIdentityJs };
}

declare global {
  interface Window {
    runSrp?: typeof runSrp;
  }
}

window.runSrp = runSrp;
