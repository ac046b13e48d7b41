import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseFeed } from '../../../src/ingest/feed/index.js';
import { damaged, expectResultOrImportError, hostileXml, mixedText } from '../html/hostile.js';

const DIR = join(import.meta.dirname, '../../fixtures/feed');
const samples = readdirSync(DIR).filter((f) => f.endsWith('.xml')).map((f) => new Uint8Array(readFileSync(join(DIR, f))));
const feed = (input: Uint8Array | string) => expectResultOrImportError(() => parseFeed(input, { file: 'hostile.xml' }), 'feed');

// Run counts and sizes are kept small enough for the whole file to take seconds: each shape
// (deep, wide, huge, unclosed, entity bombs) is still there.
describe('parseFeed on hostile input: a ParsedSource or an ImportError, never another exception, never slow', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), feed), { numRuns: 60 });
  });
  it('random strings in mixed scripts', () => {
    fc.assert(fc.property(fc.array(mixedText, { maxLength: 100 }).map((p) => p.join(' ')), feed), { numRuns: 60 });
  });
  it('random RSS/Atom markup: unclosed CDATA, entity tricks, bad dates', () => {
    fc.assert(fc.property(hostileXml, feed), { numRuns: 100 });
  });
  it('random items inside a valid frame', () => {
    const frame = hostileXml.map((x) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>${x}</title><description>${x}</description></item></channel></rss>`);
    fc.assert(fc.property(frame, feed), { numRuns: 60 });
  });
  it('our fixtures truncated anywhere and with bytes overwritten', () => {
    for (const s of samples) fc.assert(fc.property(damaged(s), feed), { numRuns: 12 });
  });
  it('deep nesting, huge lines, entity bombs and thousands of unclosed elements', () => {
    feed(`<rss><channel>${'<item>'.repeat(20_000)}`);
    feed(`<feed>${'<entry><title>'.repeat(10_000)}`);
    feed(`<rss><channel><item><title>${'ع'.repeat(1_000_000)}</title></item></channel></rss>`);
    feed(`<rss><channel><item><description><![CDATA[${'<div>'.repeat(50_000)}]]></description></item></channel></rss>`);
    feed(`<rss><channel><item><title>t</title><description><![CDATA[${'<div>'.repeat(4_900)}نص]]></description></item></channel></rss>`);
    feed(`<rss><channel><item><description>${'<description>'.repeat(10_000)}`);
    feed('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;&c;&c;</title></item></channel></rss>');
    feed(`<rss><channel>${'<item><title>خبر</title></item>'.repeat(3_000)}</channel></rss>`);
    feed(`<rss><channel><item><title>x</title><![CDATA[ never closed ${'x'.repeat(100_000)}`);
  });
});
