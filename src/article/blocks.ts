import { z } from 'zod';
import { ImageSchema } from './image.js';

const text = z.string().trim().min(1, 'must not be empty').max(20000);

/** A body paragraph. */
export const ParagraphBlock = z.object({ type: z.literal('paragraph'), text });
/** A subheading inside the body (rendered as h2). */
export const SubheadingBlock = z.object({ type: z.literal('subheading'), text: text.max(300) });
/** A photo inside the body, with its caption and credit. */
export const ImageBlock = ImageSchema.extend({ type: z.literal('image') });
/** A pull quote: a sentence lifted from the article and set large. */
export const QuoteBlock = z.object({
  type: z.literal('quote'),
  text: text.max(1000),
  /** Who said it, as written. */
  cite: z.string().trim().max(200).nullable().default(null),
});
/** A video inside the body: a poster/marker with its caption. */
export const VideoBlock = z.object({
  type: z.literal('video'),
  src: z.string().trim().min(1).max(2048).nullable().default(null),
  poster: z.string().trim().min(1).max(2048).nullable().default(null),
  caption: z.string().trim().max(1000).default(''),
  credit: z.string().trim().max(200).nullable().default(null),
});

/** One block of an article body. */
export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphBlock,
  SubheadingBlock,
  ImageBlock,
  QuoteBlock,
  VideoBlock,
]);

/** A block of an article body. */
export type Block = z.infer<typeof BlockSchema>;
/** The name of a block type. */
export type BlockType = Block['type'];
