/**
 * A transport whose answers a test scripts, call by call, with the shapes of the wire
 * documents (COGNITO-WIRE.md, COGNITO-WIRE-2.md), and the record of what was sent; plus an
 * unsigned JWT with the claims the client reads. Shared by the client tests.
 */
import type { Operation, Operations, Transport } from '../../src/cognito/transport.ts';

export interface Sent {
  readonly operation: Operation;
  readonly input: Record<string, unknown>;
}

/**
 * One scripted answer: a response body, a Cognito exception, or a function of the request
 * (its answer may be a promise the test settles later).
 */
export type Answer =
  | Record<string, unknown>
  | Error
  | ((input: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>);

export interface ScriptedTransport {
  readonly transport: Transport;
  /** Every request, in order; emptied by `reset` and `forget`. */
  readonly sent: Sent[];
  /** Queues answers for `operation`; a call with none queued answers `{}`. */
  readonly script: (operation: Operation, ...answers: Answer[]) => void;
  /** Forgets the requests so far, keeping what is queued. */
  readonly forget: () => void;
  /** Forgets the requests and the queued answers. */
  readonly reset: () => void;
}

export function createScriptedTransport(): ScriptedTransport {
  const sent: Sent[] = [];
  let answers: Partial<Record<Operation, Answer[]>> = {};
  return {
    sent,
    transport: {
      send<O extends Operation>(operation: O, input: Operations[O][0]): Promise<Operations[O][1]> {
        const plain = input as Record<string, unknown>;
        sent.push({ operation, input: plain });
        const answer = answers[operation]?.shift() ?? {};
        if (answer instanceof Error) return Promise.reject(answer);
        // The script holds the shapes the wire documents give for each operation.
        return Promise.resolve(typeof answer === 'function' ? answer(plain) : answer);
      },
    },
    script: (operation, ...queued) => {
      answers[operation] = [...(answers[operation] ?? []), ...queued];
    },
    forget: () => {
      sent.length = 0;
    },
    reset: () => {
      sent.length = 0;
      answers = {};
    },
  };
}

/** An unsigned JWT with the claims the client reads. */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.signature`;
}
