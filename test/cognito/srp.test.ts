import { describe, test as it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import {
  N,
  createSrpClient,
  formatTimestamp,
  kHex,
  modPow,
  padHex,
  passwordAuthenticationKey,
} from '../../src/cognito/srp.js';
import { isCognitoTimestamp, makeVerifier, SrpServerAttempt } from '../support/srp-server.js';

// ---- The oracle: amazon-cognito-identity-js (CommonJS, untyped internals) ----

interface JsbnBigInteger {
  toString(radix: number): string;
}
type NodeCallback<T> = (error: Error | null, value: T) => void;
interface AuthenticationHelper {
  smallAValue: JsbnBigInteger;
  largeAValue: JsbnBigInteger;
  calculateA(a: JsbnBigInteger, callback: NodeCallback<JsbnBigInteger>): void;
  padHex(value: JsbnBigInteger): string;
  getPasswordAuthenticationKey(
    username: string,
    password: string,
    serverB: JsbnBigInteger,
    salt: JsbnBigInteger,
    callback: NodeCallback<Uint8Array>,
  ): void;
}
interface Sha256Hmac {
  update(data: Uint8Array): void;
  digestSync(): Uint8Array;
}

const require = createRequire(import.meta.url);
const acijRequire = createRequire(require.resolve('amazon-cognito-identity-js'));
const { default: AcijHelper } = require('amazon-cognito-identity-js/lib/AuthenticationHelper.js') as {
  default: new (poolName: string) => AuthenticationHelper;
};
const { default: AcijBigInteger } = require('amazon-cognito-identity-js/lib/BigInteger.js') as {
  default: new (value: string, radix: number) => JsbnBigInteger;
};
const { default: AcijDateHelper } = require('amazon-cognito-identity-js/lib/DateHelper.js') as {
  default: new () => { getNowString(): string };
};
// ACIJ 6.x signs with @aws-crypto/sha256-js's HMAC (CognitoUser.js authenticateUserDefaultAuth).
const { Sha256 } = acijRequire('@aws-crypto/sha256-js') as { Sha256: new (secret: Uint8Array) => Sha256Hmac };

const big = (hex: string): JsbnBigInteger => new AcijBigInteger(hex, 16);

/** ACIJ's SRP_A, HKDF key and PASSWORD_CLAIM_SIGNATURE for a fixed `a` (its callbacks are synchronous). */
function acijAnswer(input: {
  poolName: string;
  userId: string;
  password: string;
  smallA: bigint;
  serverB: bigint;
  saltHex: string;
  secretBlock: string;
  timestamp: string;
}): { srpA: string; key: Buffer; signature: string } {
  const helper = new AcijHelper(input.poolName);
  helper.smallAValue = big(input.smallA.toString(16));
  helper.calculateA(helper.smallAValue, (error, largeA) => {
    if (error) throw error;
    helper.largeAValue = largeA;
  });
  let key: Buffer | undefined;
  helper.getPasswordAuthenticationKey(
    input.userId,
    input.password,
    big(input.serverB.toString(16)),
    big(input.saltHex),
    (error, hkdf) => {
      if (error) throw error;
      key = Buffer.from(hkdf);
    },
  );
  if (!key) throw new Error('ACIJ did not call back synchronously');
  const message = Buffer.concat([
    Buffer.from(input.poolName, 'utf8'),
    Buffer.from(input.userId, 'utf8'),
    Buffer.from(input.secretBlock, 'base64'),
    Buffer.from(input.timestamp, 'utf8'),
  ]);
  const hmac = new Sha256(key);
  hmac.update(message);
  return {
    srpA: helper.largeAValue.toString(16),
    key,
    signature: Buffer.from(hmac.digestSync()).toString('base64'),
  };
}

const bigintOfBytes = (bytes: Uint8Array): bigint => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('Cognito SRP constants and encodings', () => {
  it('computes k = H(PAD(N) ‖ PAD(g)) as the published value', async () => {
    assert.equal(await kHex(), '538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6');
  });

  it('uses the 3072-bit RFC 3526 prime', () => {
    const n = N.toString(16);
    assert.equal(n.length, 768);
    assert.ok(n.startsWith('ffffffffffffffffc90fdaa22168c234'));
    assert.ok(n.endsWith('4b82d120a93ad2caffffffffffffffff'));
  });

  it('pads hex like Java toByteArray (20 → "14", 200 → "00c8", 2 → "02", N → "00ff…")', () => {
    assert.equal(padHex(20n), '14');
    assert.equal(padHex(200n), '00c8');
    assert.equal(padHex(2n), '02');
    assert.equal(padHex(0n), '00');
    assert.equal(padHex(0x7fn), '7f');
    assert.equal(padHex(0x80n), '0080');
    assert.equal(padHex(0x100n), '0100');
    assert.ok(padHex(N).startsWith('00ff'));
    assert.equal(padHex(N).length, 770);
  });

  it('pads hex like amazon-cognito-identity-js for random integers', () => {
    const helper = new AcijHelper('pool');
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: N }), (n) => {
        assert.equal(padHex(n), helper.padHex(big(n.toString(16))).toLowerCase());
      }),
      { numRuns: 200 },
    );
  });

  it('computes modular powers that agree with small cases and Fermat', () => {
    assert.equal(modPow(3n, 0n, 7n), 1n);
    assert.equal(modPow(3n, 5n, 7n), 243n % 7n);
    assert.equal(modPow(-3n, 3n, 7n), ((-27n % 7n) + 7n) % 7n);
    assert.equal(modPow(12345n, N - 1n, N), 1n);
  });

  it('formats TIMESTAMP without a leading zero on the day and with two-digit hours', () => {
    assert.equal(formatTimestamp(new Date(Date.UTC(2026, 0, 5, 3, 4, 5))), 'Mon Jan 5 03:04:05 UTC 2026');
    assert.equal(formatTimestamp(new Date(Date.UTC(2026, 0, 5, 13, 4, 5))), 'Mon Jan 5 13:04:05 UTC 2026');
    assert.equal(formatTimestamp(new Date(Date.UTC(2026, 10, 22, 3, 4, 5))), 'Sun Nov 22 03:04:05 UTC 2026');
    assert.equal(formatTimestamp(new Date(Date.UTC(2025, 8, 5, 0, 0, 0))), 'Fri Sep 5 00:00:00 UTC 2025');
    assert.equal(formatTimestamp(new Date(Date.UTC(2024, 11, 31, 23, 59, 59))), 'Tue Dec 31 23:59:59 UTC 2024');
  });

  it('formats TIMESTAMP like amazon-cognito-identity-js for random dates', () => {
    const dateHelper = new AcijDateHelper();
    mock.timers.enable({ apis: ['Date'] });
    try {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
          mock.timers.setTime(ms);
          assert.equal(formatTimestamp(new Date(ms)), dateHelper.getNowString());
        }),
        { numRuns: 300 },
      );
    } finally {
      mock.timers.reset();
    }
  });
});

// Amplify Swift, AmplifyPlugins/Auth/Tests/.../SRPClientTests.swift: testCalculateSharedSecret_1 and _2
// (private a, A, B, salt, "poolName‖id", password and the expected S, all as in the source).
const swiftCases = [
  {
    name: 'testCalculateSharedSecret_1',
    smallA: '98fba2902c23b5e55de97ae4e9497f0b7dfbb639f1539243029ddabd0ed10c8',
    largeA:
      'c4808c3cee673f869923c08c3f42aa4b2a98197f2187ce9af9736a27c1689bf7f423cc5a20973ed1b4db7daead68a54467308dd80701adb3' +
      '1756f43286cb88b1d441115e4eddcaa1730ecb3164068db45d0960b81a652798cf018369c5a3f581036cee2b36b4e63839b4d9b313a21b54' +
      'e658dbc2c7aa1b0bb0c73be9d9dcb713462e6630fc748e4d4899b4e1db4b579d1a24f9fd7ecdd43ded934a5bde8e90bc488a8f49d6b849f9' +
      '5cac284e17589285d6bbcd1c86d57ccfbbb991dc3cd2b66f56d197fdacb9cc2da9f79b582bf2e632266f73cfe2f6ae9373e1438a48aaf7fe' +
      'c6be9bf4f87415c7a500ddf8181c075f2284ab2c2810b03eb211696d2d47584c6e9d2810ec17466ea5a2adfc99193746942b5abb48d3957d' +
      'e4ab3249d17af696b18b36d05f6051ba41dd732e23f05c378625459f0971cffe702badd6dd4d40e06e012636fb29784f7541caaa6c8c09b9' +
      '465f7d364850228661c1573c446ef5fb859f2ee8eb6cc3642de42b47d777b1148c4dede62819458df94a83e526c0cd9f',
    serverB:
      'cccd551910a5a4a05af370b8f7340bd4a4cbf2daed273fcfc3c4ec112f1424f064635e9ad8337af7a7372212793c057f24570ea2c2e87f1b47' +
      'a9153dfdeb470772f2985dc3e7ffca700a3b826ad4fe559f3d3cbdd5e33d02a4008cd6cd1104df09236647c59ea3645beebaffefe34ea5915c' +
      'db974e905ac06e7daf4932327f1bd7c9d8e0778c971996497cecd8b17a4e49636024ef1b6c6ba293d06d5cb49684aa8a6c03a51d6e9eb6c612' +
      'e886ad2b553e75918043150f73114f7e455f7559560f7b67f21340c5c3dff8b1af71fe3bfa73bd0a7443d197c19ab7927d25ad360589da9ab2' +
      'e20e7fc2278eda238323ac7f1d2bd7dc909c1f96560eff8214ae0026f67891fe97ccd49702263ee9ef93888c5797beab21bdeeba688668f1d6' +
      '002809afbd726506e7aa527ad867235aaf34131b2ba2b09e12733ad3fcd00ea945c0ca546911d0bf23234852ae507800aa81e2722d0494ae5a' +
      'c735e7ed5c0288fd749835b9a58dd7c340a824191a9f177f12ef824102c3582b92bb608ab090ca34e246',
    salt: '8bb7dcf905f418bf27b6623aa4d2f58f',
    identity: 'VEUHc88gProyji7',
    password: 'dummy123@',
    sharedSecret:
      'eaf55a5aab2cacc78e84aea5bf6e01c4d63fc3bc7fb19c3360144e79dcc0b2fb1f1b55203d430d396027e64cd5ad4561f7bc4c5395f43ce386' +
      '3055c522ab252cc5ec488e0f2321dcb675d410d19c042a8a3dcb517609dc2ebb3db42a70a91849bd0cd7ca36a2aded7bf137643e0f02da31b9' +
      'b32804bb41e5a877cd72a45a2211c90c71deea91d004baf7258e179afd9299d91279c7a268473cfb3255d4750be7ba1da07366c8329a157703' +
      '45243132416c908a89739fd2d3e980ff0a697d628b49966a9683575aef37b5d3f33cc0258fb2c492123c0c01cd703680cbceff1f2c117711da' +
      '53ce9322a74a1ab5355f51e358347adfed8c40d413059a07ba1a1f53c8f341560de8f94bff0cf027cc5a6ab556c9d3e60ac2efebc5716454ca' +
      '80e9c50d6ef2561ac23148179e37b7490baba57ff7bd65ddababaa335454a4eb4738c42bf5166b7e99acdef377e584e00dcc01cd2e631b77fe' +
      'a29e48efb0f22409e35ab625f4b9bed94fe9af5d9fb4cd1e16a6c4c8f3edf54d1f2b24e4afcd40d69888',
    // COGNITO-WIRE.md §5.5 (computed by the spec's authors from the inputs above, not in the Swift source).
    u: 'ffa6f33e838787e4900fc72f75886679dc796a9e4cbf00cea290cf439b5e4551',
    key: 'f11f9bc5b7bba0514fa371b98b33d6ab',
  },
  {
    name: 'testCalculateSharedSecret_2',
    smallA: '45af331e7466a5665668aaca7f9591c9642d296acdf5eb4dfbdabc0e0254265b',
    largeA:
      '842c5d2e2e21e76d7f3a7a44f922ced081598ca6025ddf13b905575205d034263e5a63fb5cdce1c95eba4e584747d0c47e3e9316f2d5b834' +
      '589d7015431d1e27d747090891e543653f525737ab14c4885755e095fe04a7814f88bfcc28ed8e8eb93ba13ea3a015fed2c09a87c85d3ab1' +
      '476168de3b8d817c3696ab359698beaecdc8c611ea445a73fa1568d034fb9b2d331916ccf34cb3ab1c8580c1a686102062a45c1af7de316e' +
      '122384592a8067ee5cbb004c580745fad7eadaafbec98db202bb359117c7a89adbb1ea57c294daa5516206451faa959fca608b52de76e794' +
      '4a45ce95dad141253b3e6d87494dec7a0b5e0c5faa10da38a3c4fd58199e81f6dcc5b569033cff732c58fea5a240dc5b609d83cbcdd5627d' +
      '834db1fd211352ed38ba48bc06dfd3f343effce922cf21a4272e4f6dddd003022465be5903e7046a22d699e1540db31414cceba35c4d873c' +
      'dc622a5ba238813ecd5f5caeeef76985281052e05bffc779945a3da29dab35c0faa907184d76cfe52ea4582fab44be09',
    serverB:
      'afa2e18a1c62c9e1e515b08b8bed1417bed6e1988d02d34de218fbb264cffe7c3196670183740b5c27f34efcaca05ab8af50b29951078dbc' +
      '6773e21279ef5589dcd7540ff1b2442825bf7cf091abb60bb56bdcc259a716c95e5d376acd9d56700d3564cd20d50405d96afc6d38993ad7' +
      '2a9ef39f437e151c5fddb138e751e7ebaa4e11918aec8d8acbdb3907363c116a143a68c8855a133dda2ab6f722167f4a78e1de3f804bbb3a' +
      '4b19398691bebc9e44afa2c0065aff2ac929f87813a87079d3103d3dcbf2d70bf162dad0c2c1da907166249300d0d98c53010c086be24138' +
      'e7a18f59fae791ecf46383ebcc38b11ff3a8b56d2a62f376179056481e2ad898a628fc062951e6467b960f448fd90985cfe548915ffa56be' +
      'b6b1e622c32acd41e2f4c6e510ca401b6295befbaeb3c2a6c9def5da9418a39917e49d2533ba787848eb7b1cbf6db6e1532d70b2c61ab1e2' +
      '3858a43a4b03b1e552828a2ab6b5416daa0c5d5568e3ca93fc6b01d1c66ffc246c7e81e10a97dd285461f2ebdc395bab',
    salt: 'd1c1181916afc59efe7eb71674d627c',
    identity: 'baTBpG5tZroyji7',
    password: 'dummy123@',
    sharedSecret:
      '209172f5139cd673eaa51e7216c53eedf1a65937f128aa9139324f21d8b45c2e289c0d327e8a5464e96f84a69427b1e06e5602f8cf231b7d' +
      'd5d52768dc88f238b575b4de97821c8f38ac3bc0f357eb117af1d63870492261a007fabe7719672537a240ac49fbce6607aee839cc8d869f' +
      '7df0723fbac8f7dfb4b562c3167edd3daac8a7c8540e4509b0946267c76de803b8504e0f1ccb812a3cd74a5f36154f799ea82895e4892a1b' +
      'c36997bcdab48f9a0921613a3d977ddf600ba768ed3beef3a295e1bbff1e7433d856ec219bd22b9554763abd1bb5ffdab446154e1f828bfd' +
      'f035bbf130b6d138b997f1ed76dc12a17fa05f031b9438c2814892e40cebd1713e90c049f183f5aeb8cbbec12323050cc857a3cd5df03fd7' +
      'a002117a491f79388996effa34249cfc72caed9d55374e82cd2afe4195ccb6f021e2e2b0c5fdb1b86364b78f81acf77f82cf79ca71c640f7' +
      '4aa12cc83b5cf8ec49199dd646b5f710cf0e5a4a688fae24ab7cf37881ec6baefe0b389ee7248a7d58fdf523c1f1ebc3',
    u: undefined,
    key: undefined,
  },
] as const;

/** HKDF of §5.3 step 7 on node:crypto, from S and u given as hex. */
function hkdfFromSharedSecret(sharedSecretHex: string, uHex: string): string {
  const bytesOf = (h: string): Buffer => Buffer.from(padHex(BigInt(`0x${h}`)), 'hex');
  return hex(new Uint8Array(hkdfSync('sha256', bytesOf(sharedSecretHex), bytesOf(uHex), 'Caldera Derived Key', 16)));
}

describe('Cognito SRP known answers (Amplify Swift SRPClientTests)', () => {
  for (const c of swiftCases) {
    it(`derives the key that matches the shared secret S of ${c.name}`, async () => {
      const u = createHash('sha256')
        .update(Buffer.from(padHex(BigInt(`0x${c.largeA}`)) + padHex(BigInt(`0x${c.serverB}`)), 'hex'))
        .digest('hex');
      if (c.u) assert.equal(u, c.u);
      const expectedKey = hkdfFromSharedSecret(c.sharedSecret, u);
      if (c.key) assert.equal(expectedKey, c.key);
      // The identity is poolName‖id; any split hashes the same.
      const key = await passwordAuthenticationKey({
        poolName: c.identity.slice(0, 9),
        userId: c.identity.slice(9),
        password: c.password,
        smallA: BigInt(`0x${c.smallA}`),
        largeA: BigInt(`0x${c.largeA}`),
        serverB: BigInt(`0x${c.serverB}`),
        salt: BigInt(`0x${c.salt}`),
      });
      assert.equal(hex(key), expectedKey);
    });
  }

  it('computes A = g^a mod N for the Swift private keys', async () => {
    for (const c of swiftCases) {
      const client = await createSrpClient('pool', BigInt(`0x${c.smallA}`));
      assert.equal(client.srpA, c.largeA);
    }
  });
});

const FIXED_NOW = new Date(Date.UTC(2026, 0, 5, 3, 4, 5));
const nonZeroBytes = (minLength: number, maxLength: number): fc.Arbitrary<Uint8Array> =>
  fc.uint8Array({ minLength, maxLength }).filter((b) => b.some((x) => x !== 0));

describe('Cognito SRP against amazon-cognito-identity-js', () => {
  it('gives the same A, key and signature as amazon-cognito-identity-js for random users', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          poolName: fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{9}$/), fc.string({ unit: 'binary', maxLength: 12 })),
          userId: fc.oneof(fc.uuid(), fc.string({ unit: 'binary', minLength: 1, maxLength: 24 })),
          password: fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 32 }),
            fc.string({ unit: 'binary', maxLength: 32 }),
          ),
          salt: fc.uint8Array({ minLength: 1, maxLength: 32 }),
          serverB: fc.bigInt({ min: 1n, max: N - 1n }),
          smallA: nonZeroBytes(128, 128).map(bigintOfBytes),
          secretBlock: fc.uint8Array({ minLength: 1, maxLength: 96 }).map((b) => Buffer.from(b).toString('base64')),
        }),
        async (c) => {
          const timestamp = formatTimestamp(FIXED_NOW);
          const oracle = acijAnswer({ ...c, saltHex: hex(c.salt), timestamp });
          const client = await createSrpClient(c.poolName, c.smallA);
          assert.equal(client.srpA, oracle.srpA);
          const key = await passwordAuthenticationKey({
            ...c,
            largeA: BigInt(`0x${client.srpA}`),
            salt: bigintOfBytes(c.salt),
          });
          assert.equal(hex(key), hex(oracle.key));
          const claim = await client.claim(
            {
              SRP_B: c.serverB.toString(16),
              SALT: hex(c.salt),
              SECRET_BLOCK: c.secretBlock,
              USER_ID_FOR_SRP: c.userId,
            },
            c.password,
            FIXED_NOW,
          );
          assert.deepEqual(claim, {
            USERNAME: c.userId,
            PASSWORD_CLAIM_SECRET_BLOCK: c.secretBlock,
            PASSWORD_CLAIM_SIGNATURE: oracle.signature,
            TIMESTAMP: timestamp,
          });
        },
      ),
      { numRuns: 25, endOnFailure: true },
    );
  });
});

describe('Cognito SRP client against the test server verifier', () => {
  const poolName = 'AbCdEfGhI';
  const userId = '6f1c2d8e-0c1a-4b7e-9a53-2f8d3c1b9e70';
  const password = 'Pässwörd-🔑-123';

  async function attempt(clientPassword: string, now?: Date) {
    const record = makeVerifier(poolName, userId, password);
    const client = await createSrpClient(poolName);
    const server = new SrpServerAttempt(poolName, userId, record, client.srpA);
    const claim = await client.claim(server.challenge, clientPassword, now);
    return { server, claim };
  }

  it('accepts the right password', async () => {
    const { server, claim } = await attempt(password);
    assert.equal(claim.USERNAME, userId);
    assert.match(claim.PASSWORD_CLAIM_SIGNATURE, /^[A-Za-z0-9+/]{43}=$/);
    assert.ok(server.verify(claim));
  });

  it('accepts the right password at a time whose day has one digit', async () => {
    const { server, claim } = await attempt(password, FIXED_NOW);
    assert.equal(claim.TIMESTAMP, 'Mon Jan 5 03:04:05 UTC 2026');
    assert.ok(server.verify(claim));
  });

  it('accepts the right password with salts of any shape (leading zero, high bit)', async () => {
    for (const salt of [Buffer.from('00ff', 'hex'), Buffer.from('80', 'hex'), randomBytes(16)]) {
      const record = makeVerifier(poolName, userId, password, salt);
      const client = await createSrpClient(poolName);
      const server = new SrpServerAttempt(poolName, userId, record, client.srpA);
      assert.ok(server.verify(await client.claim(server.challenge, password)));
    }
  });

  it('rejects a wrong password', async () => {
    const { server, claim } = await attempt(`${password}x`);
    assert.equal(server.verify(claim), false);
  });

  it('rejects a tampered SECRET_BLOCK', async () => {
    const { server, claim } = await attempt(password);
    const other = Buffer.from(claim.PASSWORD_CLAIM_SECRET_BLOCK, 'base64');
    other[0] = (other[0] ?? 0) ^ 1;
    assert.equal(server.verify({ ...claim, PASSWORD_CLAIM_SECRET_BLOCK: other.toString('base64') }), false);
  });

  it('rejects a tampered timestamp', async () => {
    const { server, claim } = await attempt(password, FIXED_NOW);
    assert.equal(server.verify({ ...claim, TIMESTAMP: 'Mon Jan 5 03:04:06 UTC 2026' }), false);
    assert.equal(server.verify({ ...claim, TIMESTAMP: 'Mon Jan 05 03:04:05 UTC 2026' }), false);
  });

  it('rejects a signature from another attempt', async () => {
    const first = await attempt(password, FIXED_NOW);
    const second = await attempt(password, FIXED_NOW);
    assert.equal(
      first.server.verify({ ...first.claim, PASSWORD_CLAIM_SIGNATURE: second.claim.PASSWORD_CLAIM_SIGNATURE }),
      false,
    );
  });

  it('rejects A ≡ 0 mod N on the server', async () => {
    const record = makeVerifier(poolName, userId, password);
    const server = new SrpServerAttempt(poolName, userId, record, N.toString(16));
    const client = await createSrpClient(poolName);
    const claim = await client.claim(server.challenge, password);
    assert.equal(server.verify(claim), false);
  });

  it('checks the TIMESTAMP format on the server (no leading zero, weekday fits the date)', () => {
    assert.ok(isCognitoTimestamp('Sun Nov 22 03:04:05 UTC 2026'));
    assert.ok(isCognitoTimestamp('Mon Jan 5 13:04:05 UTC 2026'));
    assert.equal(isCognitoTimestamp('Mon Jan 05 13:04:05 UTC 2026'), false);
    assert.equal(isCognitoTimestamp('Tue Jan 5 13:04:05 UTC 2026'), false);
    assert.equal(isCognitoTimestamp('Mon Jan 5 3:04:05 UTC 2026'), false);
  });
});

describe('Cognito SRP client errors', () => {
  const parameters = { SALT: 'abcd', SECRET_BLOCK: 'AAAA', USER_ID_FOR_SRP: 'user' };

  it('refuses B = 0 and B = N ("B cannot be zero")', async () => {
    const client = await createSrpClient('pool');
    for (const b of [0n, N, 2n * N]) {
      await assert.rejects(client.claim({ ...parameters, SRP_B: b.toString(16) }, 'pw'), /B cannot be zero/);
    }
  });
});
