/**
 * Cognito's SRP-6a variant (COGNITO-WIRE.md §5) on native `bigint` and WebCrypto.
 * Browser code: no Node APIs.
 */

/** The parameters of Cognito's PASSWORD_VERIFIER challenge that SRP uses. */
export interface PasswordVerifierParameters {
  SRP_B: string;
  SALT: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
}

/** The ChallengeResponses for PASSWORD_VERIFIER (without optional DEVICE_KEY/SECRET_HASH). */
export interface PasswordClaim {
  USERNAME: string;
  PASSWORD_CLAIM_SECRET_BLOCK: string;
  PASSWORD_CLAIM_SIGNATURE: string;
  TIMESTAMP: string;
}

/** One SRP sign-in attempt: a fresh private value `a` and its public `A`. */
export interface SrpClient {
  /** SRP_A for InitiateAuth: lowercase hex of A without padding. */
  readonly srpA: string;
  /** Answers the PASSWORD_VERIFIER challenge. `now` defaults to the current time. */
  claim(parameters: PasswordVerifierParameters, password: string, now?: Date): Promise<PasswordClaim>;
}

/** The 3072-bit prime of RFC 3526 group 15 (§5.1). */
export const N = BigInt(
  '0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);

const g = 2n;
const encoder = new TextEncoder();
let kPromise: Promise<bigint> | undefined;

/** Cognito's PAD (two's-complement minimal hex, §5.2) of a non-negative integer. */
export function padHex(value: bigint): string {
  const hex = value.toString(16);
  const even = hex.length % 2 ? `0${hex}` : hex;
  return /^[89a-f]/.test(even) ? `00${even}` : even;
}

/** `base^exponent mod modulus` by left-to-right square-and-multiply (exponent ≥ 0). */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  const b = ((base % modulus) + modulus) % modulus;
  let result = 1n;
  for (const bit of exponent.toString(2)) {
    result = (result * result) % modulus;
    if (bit === '1') result = (result * b) % modulus;
  }
  return result;
}

/** Cognito's TIMESTAMP format, e.g. "Sun Nov 22 03:04:05 UTC 2026", "Mon Jan 5 13:04:05 UTC 2026" (UTC). */
export function formatTimestamp(date: Date): string {
  const name = (i: number): string =>
    'SunMonTueWedThuFriSatJanFebMarAprMayJunJulAugSepOctNovDec'.slice(i * 3, i * 3 + 3);
  const two = (n: number): string => `${n}`.padStart(2, '0');
  return (
    `${name(date.getUTCDay())} ${name(7 + date.getUTCMonth())} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

type Bytes = Uint8Array<ArrayBuffer>;

const bytesOfHex = (hex: string): Bytes => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));

/** The bytes read as a big-endian unsigned integer (at least one byte). */
const bigintOf = (bytes: Uint8Array): bigint =>
  BigInt(`0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`);

const concat = (...parts: Uint8Array[]): Bytes => Uint8Array.from(parts.flatMap((p) => [...p]));

const sha256 = async (data: Bytes): Promise<Bytes> => new Uint8Array(await crypto.subtle.digest('SHA-256', data));

/** SHA-256 over the bytes of the concatenated PAD hex of the values, as an integer. */
const hashPadded = async (...values: bigint[]): Promise<bigint> =>
  bigintOf(await sha256(bytesOfHex(values.map(padHex).join(''))));

const hmac = async (key: Bytes, data: Bytes): Promise<Bytes> => {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data));
};

/** k = H(PAD(N) ‖ PAD(g)), computed once. */
const multiplier = (): Promise<bigint> => (kPromise ??= hashPadded(N, g));

/** Exported for tests: k as 64 lowercase hex digits. */
export async function kHex(): Promise<string> {
  return (await multiplier()).toString(16).padStart(64, '0');
}

/** HKDF-derived 16-byte key (§5.3 step 7), exported for tests. */
export async function passwordAuthenticationKey(input: {
  poolName: string;
  userId: string;
  password: string;
  smallA: bigint;
  largeA: bigint;
  serverB: bigint;
  salt: bigint;
}): Promise<Uint8Array<ArrayBuffer>> {
  const { poolName, userId, password, smallA, largeA, serverB, salt } = input;
  if (serverB % N === 0n) throw new Error('SRP: B cannot be zero (B mod N = 0).');
  const u = await hashPadded(largeA, serverB);
  if (u === 0n) throw new Error('SRP: U cannot be zero.');
  const inner = await sha256(encoder.encode(`${poolName}${userId}:${password}`));
  const x = bigintOf(await sha256(concat(bytesOfHex(padHex(salt)), inner)));
  const k = await multiplier();
  const s = modPow(serverB - k * modPow(g, x, N), smallA + u * x, N);
  const prk = await hmac(bytesOfHex(padHex(u)), bytesOfHex(padHex(s)));
  return (await hmac(prk, encoder.encode('Caldera Derived Key\u0001'))).slice(0, 16);
}

/**
 * Starts an SRP sign-in attempt.
 * @param poolName The part of the user pool id after the first "_".
 * @param smallA The private value `a`, for tests; 128 random bytes otherwise.
 */
export async function createSrpClient(poolName: string, smallA?: bigint): Promise<SrpClient> {
  // Computes k now, so a missing WebCrypto (an insecure context) fails before InitiateAuth.
  await multiplier();
  const a = smallA ?? bigintOf(crypto.getRandomValues(new Uint8Array(128)));
  const largeA = modPow(g, a, N);
  if (largeA === 0n) throw new Error('SRP: A mod N cannot be zero.');
  return {
    srpA: largeA.toString(16),
    async claim(parameters, password, now = new Date()) {
      const userId = parameters.USER_ID_FOR_SRP;
      const key = await passwordAuthenticationKey({
        poolName,
        userId,
        password,
        smallA: a,
        largeA,
        serverB: BigInt(`0x${parameters.SRP_B}`),
        salt: BigInt(`0x${parameters.SALT}`),
      });
      const timestamp = formatTimestamp(now);
      const secretBlock = Uint8Array.from(atob(parameters.SECRET_BLOCK), (c) => c.charCodeAt(0));
      const signature = await hmac(
        key,
        concat(encoder.encode(poolName + userId), secretBlock, encoder.encode(timestamp)),
      );
      return {
        USERNAME: userId,
        PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
        PASSWORD_CLAIM_SIGNATURE: btoa(String.fromCharCode(...signature)),
        TIMESTAMP: timestamp,
      };
    },
  };
}
