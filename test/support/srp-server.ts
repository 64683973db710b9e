/**
 * The server side of Cognito's SRP-6a (COGNITO-WIRE.md §5.4), for tests and the HTTP
 * test proxy that answers USER_SRP_AUTH for the emulator. Node only.
 *
 * Written from the SRP-6a definition on `node:crypto`, independently of
 * `src/cognito/srp.ts`: modular exponentiation is OpenSSL's (through a Diffie-Hellman
 * object whose generator is the base), HKDF is `hkdfSync`.
 */
import { createDiffieHellman, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';
const N_BYTES = Buffer.from(N_HEX, 'hex');
const N = BigInt(`0x${N_HEX}`);
const G = 2n;

/** Unsigned big-endian bytes of a non-negative integer (at least one byte). */
function bytes(n: bigint): Buffer {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

function int(buf: Buffer): bigint {
  return buf.length === 0 ? 0n : BigInt(`0x${buf.toString('hex')}`);
}

/** Java's BigInteger.toByteArray() of a non-negative integer: a leading 0 byte when the top bit is set. */
function pad(n: bigint): Buffer {
  const b = bytes(n);
  return (b[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.alloc(1), b]) : b;
}

function sha256(...parts: (Buffer | string)[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
  return hash.digest();
}

/**
 * base^exponent mod N with OpenSSL: a DH object's shared secret is peer^private mod p.
 * OpenSSL refuses bases outside [2, N-2], which the SRP values here never hit by chance
 * (the callers guard 0; 1 and N-1 are handled directly).
 */
function powModN(base: bigint, exponent: bigint): bigint {
  const b = ((base % N) + N) % N;
  if (exponent === 0n || b === 1n) return 1n;
  if (b === 0n) return 0n;
  if (b === N - 1n) return exponent % 2n ? N - 1n : 1n;
  const dh = createDiffieHellman(N_BYTES, Buffer.from([Number(G)]));
  dh.setPrivateKey(bytes(exponent));
  return int(dh.computeSecret(bytes(b)));
}

/** k = H(PAD(N) ‖ PAD(g)). */
const K = int(sha256(pad(N), pad(G)));

function passwordHashX(poolName: string, userId: string, salt: bigint, password: string): bigint {
  return int(sha256(pad(salt), sha256(`${poolName}${userId}:${password}`)));
}

/** What a user pool stores per user for SRP. */
export interface SrpVerifierRecord {
  /** The salt as hex, sent as SALT. */
  readonly salt: string;
  /** v = g^x mod N. */
  readonly verifier: bigint;
}

/** Makes the stored verifier for a user; `salt` defaults to 16 random bytes. */
export function makeVerifier(
  poolName: string,
  userId: string,
  password: string,
  salt: Buffer = randomBytes(16),
): SrpVerifierRecord {
  const saltHex = salt.toString('hex');
  const x = passwordHashX(poolName, userId, int(salt), password);
  return { salt: saltHex, verifier: powModN(G, x) };
}

/** The PASSWORD_VERIFIER ChallengeParameters. */
export interface SrpChallenge {
  SRP_B: string;
  SALT: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
  USERNAME: string;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TIMESTAMP = /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([1-9]\d?) (\d{2}):(\d{2}):(\d{2}) UTC (\d{4})$/;

/** True for Cognito's `Www Mmm D HH:MM:SS UTC YYYY` with a weekday that fits the date. */
export function isCognitoTimestamp(value: string): boolean {
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const [, weekday, month, day, hh, mm, ss, year] = m;
  const monthIndex = MONTHS.indexOf(month ?? '');
  const date = new Date(Date.UTC(Number(year), monthIndex, Number(day), Number(hh), Number(mm), Number(ss)));
  return (
    monthIndex >= 0 &&
    date.getUTCMonth() === monthIndex &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hh) &&
    date.getUTCMinutes() === Number(mm) &&
    date.getUTCSeconds() === Number(ss) &&
    WEEKDAYS[date.getUTCDay()] === weekday
  );
}

function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** One sign-in attempt on the server side. */
export class SrpServerAttempt {
  /** The PASSWORD_VERIFIER parameters to send back for InitiateAuth. */
  readonly challenge: SrpChallenge;
  private readonly largeA: bigint;
  private readonly smallB: bigint;
  private readonly largeB: bigint;

  /**
   * @param poolName The part of the pool id after "_".
   * @param userId The internal username (USER_ID_FOR_SRP).
   * @param record The user's stored salt and verifier.
   * @param srpA SRP_A from InitiateAuth (hex). Throws when it is not hex.
   */
  constructor(
    private readonly poolName: string,
    private readonly userId: string,
    private readonly record: SrpVerifierRecord,
    srpA: string,
  ) {
    if (!/^[0-9a-f]+$/i.test(srpA)) throw new Error('SRP_A is not a hex string.');
    this.largeA = BigInt(`0x${srpA}`);
    let b: bigint;
    let largeB: bigint;
    do {
      b = int(randomBytes(128));
      largeB = (K * record.verifier + powModN(G, b)) % N;
    } while (largeB === 0n);
    this.smallB = b;
    this.largeB = largeB;
    this.challenge = {
      SRP_B: largeB.toString(16),
      SALT: record.salt,
      SECRET_BLOCK: randomBytes(48).toString('base64'),
      USER_ID_FOR_SRP: userId,
      USERNAME: userId,
    };
  }

  /**
   * True when the PASSWORD_VERIFIER answer proves the password: the SECRET_BLOCK is
   * this attempt's, A mod N ≠ 0, u ≠ 0, TIMESTAMP has Cognito's format (day without
   * leading zero, weekday matching the date; its age is not checked) and the signature
   * matches. USERNAME is not checked (the signature already covers the user id).
   */
  verify(answer: {
    PASSWORD_CLAIM_SECRET_BLOCK: string;
    PASSWORD_CLAIM_SIGNATURE: string;
    TIMESTAMP: string;
    USERNAME: string;
  }): boolean {
    if (!constantTimeEqual(answer.PASSWORD_CLAIM_SECRET_BLOCK, this.challenge.SECRET_BLOCK)) return false;
    if (this.largeA % N === 0n) return false;
    if (!isCognitoTimestamp(answer.TIMESTAMP)) return false;
    const u = int(sha256(pad(this.largeA), pad(this.largeB)));
    if (u === 0n) return false;
    const s = powModN((this.largeA * powModN(this.record.verifier, u)) % N, this.smallB);
    const key = Buffer.from(hkdfSync('sha256', pad(s), pad(u), 'Caldera Derived Key', 16));
    const expected = createHmac('sha256', key)
      .update(Buffer.from(this.poolName, 'utf8'))
      .update(Buffer.from(this.userId, 'utf8'))
      .update(Buffer.from(this.challenge.SECRET_BLOCK, 'base64'))
      .update(Buffer.from(answer.TIMESTAMP, 'utf8'))
      .digest('base64');
    return constantTimeEqual(answer.PASSWORD_CLAIM_SIGNATURE, expected);
  }
}
