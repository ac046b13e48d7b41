import { Fragment, h, type Raw } from '../jsx/runtime.js';
import { FEED_FORMATS, feedPath, type FeedFormat } from './formats.js';
import type { FeedOwner } from './owners.js';

/** A feed a page advertises: its title and the path of its owner (`''` for the whole site). */
export type FeedLinkTarget = Pick<FeedOwner, 'title' | 'ownerPath'>;

/** `<link rel="alternate">` elements for each feed in both formats, so browsers and readers find them. */
export function feedAlternateLinks(siteUrl: string, targets: readonly FeedLinkTarget[]): Raw {
  const formats = Object.keys(FEED_FORMATS) as FeedFormat[];
  return (
    <>
      {targets.map((t) =>
        formats.map((f) => (
          <link
            rel="alternate"
            type={FEED_FORMATS[f].mediaType}
            title={`${t.title} (${FEED_FORMATS[f].label})`}
            href={siteUrl + feedPath(t.ownerPath, f)}
          />
        )),
      )}
    </>
  );
}
