import { h, raw, type Raw } from '../jsx/runtime.js';

const PLAY_ICON = raw(
  '<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="11" fill="currentColor" opacity=".85"/><path d="M10 7.5v9l7-4.5z" fill="#fff"/></svg>',
);

/** The play marker shown on video items. */
export function VideoBadge(): Raw {
  return (
    <span class="video-badge">
      {PLAY_ICON}
      <span>فيديو</span>
    </span>
  );
}

/** The play icon alone. */
export const playIcon = PLAY_ICON;
