import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../../src/ingest/fetch/index.js';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.1.2', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['fd00::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['not-an-ip', 'invalid'],
  ])('%s is %s', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls);
  });

  it('names the cloud metadata services', () => {
    expect(classifyAddress('169.254.169.254')).toMatch(/metadata/);
  });

  it.each(['8.8.8.8', '172.32.0.1', '1.1.1.1', '2a00:1450:4001:80b::200e', '100.128.0.1'])('%s is public', (ip) => {
    expect(classifyAddress(ip)).toBeNull();
  });
});
