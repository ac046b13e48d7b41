/**
 * Labels of page controls that a browser copies along with the text. They are furniture:
 * never content. Compared case-insensitively after trimming.
 */

/** The text-size control; on the family's pages it closes the page header. */
export const TEXT_SIZE_LABELS: readonly string[] = ['TT', 'Tt', 'A A', 'A- A+', 'A+ A-'];

/** Icon names that mark a video item (a related card, a lead photo). */
export const VIDEO_MARKERS: readonly string[] = ['play-circle', 'play_circle', 'play-circle-outline', 'play-button'];
