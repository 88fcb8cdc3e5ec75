import type { Doc } from './document';
import type { BoilerplateLine, DumpMeta } from './types';

/** Reads outlet, title, URL, author and publish date from the dump's header and footer lines. */
export function readMeta(_doc: Doc, _boilerplate: readonly BoilerplateLine[]): DumpMeta {
  return { outlet: null, title: null, url: null, author: null, published: null }; // TODO(helper: documents)
}
