/**
 * Video embeds as data: players whose iframes, objects or links mean "this article has a
 * video". Used by the boilerplate filter (keep these iframes), by readability (allow
 * them) and by the block converter (make them video blocks).
 */

/** Addresses of embeddable video players and files. */
export const VIDEO_SRC_RE =
  /(?:youtube(?:-nocookie)?\.com\/(?:embed|watch|v)\b|youtu\.be\/|player\.vimeo\.com|vimeo\.com\/\d|dailymotion\.com\/(?:embed|video)|dai\.ly\/|facebook\.com\/plugins\/video|players\.brightcove\.net|jwplayer|jwplatform|cdn\.jwplayer|streamable\.com|rumble\.com\/embed|video\.twimg\.com|\/embed\/video|\.(?:mp4|m3u8|webm|mov)(?:[?#]|$))/i;

/** Whether an address is a video player or file. */
export function isVideoSrc(src: string | null | undefined): boolean {
  return !!src && VIDEO_SRC_RE.test(src);
}
