/**
 * oEmbed 1.0 (https://oembed.com/): the JSON a consumer (a CMS, a chat app) fetches to turn one of
 * our links into an embed. Ours are static files, one per embeddable page, found through the
 * discovery `<link>` in that page's head.
 */
import { SITE_NAME } from './cite';

/** The `type: rich` response, with every field the spec requires for it and the ones we can fill. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  /** The iframe (and listener) to paste: the same snippet the chart page hands out. */
  html: string;
  /** The width the HTML asks for, in px. */
  width: number;
  /** The height the HTML needs at that width, in px. */
  height: number;
  title: string;
  provider_name: string;
  provider_url: string;
  /** A preview picture: the page's own link-preview image. */
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed response for one embeddable page. */
export function oembedRich(input: {
  html: string;
  width: number;
  height: number;
  title: string;
  /** The site's home page, absolute. */
  providerUrl: string;
  thumbnail: { url: string; width: number; height: number };
}): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    html: input.html,
    width: Math.round(input.width),
    height: Math.ceil(input.height),
    title: input.title,
    provider_name: SITE_NAME,
    provider_url: input.providerUrl,
    thumbnail_url: input.thumbnail.url,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}
