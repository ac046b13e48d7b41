import type { Block } from '../../article/blocks.js';
import { asBodyImage } from './body-image.js';
import { isTextSizeLabel, isVideoMarker, stripVideoMarker } from './controls.js';
import { isSubheading } from './subheading.js';
import type { BodyRead, Line } from './types.js';
import type { Warnings } from './warnings.js';

export type { BodyRead } from './types.js';

/**
 * Reads body lines [from, to) into blocks: one non-blank line is one block (a browser copies a
 * paragraph as one line, so a quotation running over two paragraphs stays two blocks). A line
 * ending in a credit is a photo (the same caption on two adjacent lines is one photo: alt text
 * and figure caption); a short unpunctuated line is a subheading; everything else a paragraph.
 * Blank lines only separate, however many there are.
 */
export function readBody(
  lines: readonly Line[],
  from: number,
  to: number,
  knownCredits: ReadonlySet<string>,
  warn: Warnings,
): BodyRead {
  const blocks: Block[] = [];
  let hasVideo = false;
  let lastImageAt = -2;
  let lastImageKey = '';
  for (let i = from; i < to; i++) {
    const raw = lines[i]!.text;
    if (raw === '') continue;
    if (isVideoMarker(raw)) {
      hasVideo = true;
      continue;
    }
    if (isTextSizeLabel(raw)) {
      warn.add(lines[i]!.no, `control label «${raw}» inside a body dropped`);
      continue;
    }
    const { text, video } = stripVideoMarker(raw);
    if (video) hasVideo = true;
    if (text === '') continue;
    const image = asBodyImage(text, knownCredits);
    if (image) {
      const k = `${image.caption}\u0000${image.credit}`;
      if (i === lastImageAt + 1 && k === lastImageKey) continue;
      lastImageAt = i;
      lastImageKey = k;
      blocks.push({ type: 'image', src: null, alt: '', caption: image.caption, credit: image.credit });
    } else if (isSubheading(text)) {
      blocks.push({ type: 'subheading', text });
    } else {
      blocks.push({ type: 'paragraph', text });
    }
  }
  return { blocks, hasVideo };
}
