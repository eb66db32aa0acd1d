// The screenshot command's one retry: on a transport timeout (as WebKit's once hit), and on
// nothing else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTransportTimeout, retryOnTransportTimeout } from './commands.mjs';

/** An error as webdriver's undici request raises it. */
function transportError(code) {
  return Object.assign(new Error(`WebDriverError: Request failed with error code ${code}`), { code });
}

describe('retryOnTransportTimeout', () => {
  it('tries once more after a headers timeout, and returns the second answer', async () => {
    const tries = [];
    const retried = [];
    const result = await retryOnTransportTimeout(
      async () => {
        tries.push(tries.length);
        if (tries.length === 1) throw transportError('UND_ERR_HEADERS_TIMEOUT');
        return 'png';
      },
      (error) => retried.push(error.code),
    );
    assert.equal(result, 'png');
    assert.equal(tries.length, 2);
    assert.deepEqual(retried, ['UND_ERR_HEADERS_TIMEOUT']);
  });

  it('tries only once more: a second timeout fails', async () => {
    let tries = 0;
    await assert.rejects(
      retryOnTransportTimeout(async () => {
        tries += 1;
        throw transportError('UND_ERR_HEADERS_TIMEOUT');
      }),
      /UND_ERR_HEADERS_TIMEOUT/,
    );
    assert.equal(tries, 2);
  });

  it("does not retry the browser's own errors", async () => {
    let tries = 0;
    await assert.rejects(
      retryOnTransportTimeout(async () => {
        tries += 1;
        throw Object.assign(new Error('no such window'), { name: 'no such window' });
      }),
      /no such window/,
    );
    assert.equal(tries, 1);
  });

  it('knows a transport timeout by its code, its cause or its message', () => {
    assert.equal(isTransportTimeout(transportError('UND_ERR_HEADERS_TIMEOUT')), true);
    assert.equal(isTransportTimeout(new Error('x', { cause: { code: 'UND_ERR_SOCKET' } })), true);
    assert.equal(isTransportTimeout(new Error('Request timed out! Consider increasing it')), true);
    assert.equal(isTransportTimeout(new Error('invalid selector')), false);
    assert.equal(isTransportTimeout(undefined), false);
  });
});
