import { TEXT_SIZE_LABELS, VIDEO_MARKERS } from './rules/controls.js';

const textSize = new Set(TEXT_SIZE_LABELS.map((l) => l.toLowerCase()));
const video = VIDEO_MARKERS.map((m) => m.toLowerCase());
const videoSet = new Set(video);

/** Whether a line is the text-size control's label (`TT`), which closes a page header. */
export function isTextSizeLabel(text: string): boolean {
  return text.length <= 8 && textSize.has(text.toLowerCase());
}

/** Whether a whole line is a video marker (`play-circle`). */
export function isVideoMarker(text: string): boolean {
  return text.length <= 24 && videoSet.has(text.toLowerCase());
}

/** Removes a video marker glued to the end of a line: the text without it, and whether it was there. */
export function stripVideoMarker(text: string): { text: string; video: boolean } {
  const lower = text.slice(-24).toLowerCase();
  for (const m of video) {
    if (lower.endsWith(m)) {
      const rest = text.slice(0, text.length - m.length);
      // Glued to a word it would be part of that word, not a marker.
      if (rest === '' || /[\s)\]]$/u.test(rest)) return { text: rest.trim(), video: true };
    }
  }
  return { text, video: false };
}

/** Whether a line is page furniture that carries no content. */
export function isControl(text: string): boolean {
  return isTextSizeLabel(text) || isVideoMarker(text);
}
