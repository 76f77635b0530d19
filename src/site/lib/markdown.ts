/**
 * Markdown written in pull requests, rendered safely: parsed to mdast, turned into hast WITHOUT
 * raw HTML, sanitised with GitHub's allow-list (hast-util-sanitize's default schema), links
 * limited to http(s), mailto and relative, then serialised. Nothing from the YAML reaches the page
 * as markup it did not pass through this.
 */
import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

const schema: Schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  // No images: an image URL would make a request leave the site's origin. No headings: they
  // would break the page outline.
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img' && !/^h[1-6]$/.test(t)),
};

/** Markdown to sanitised HTML. */
export function renderMarkdown(markdown: string | null | undefined): string {
  if (markdown === null || markdown === undefined || markdown.trim() === '') return '';
  const hast = toHast(fromMarkdown(markdown), { allowDangerousHtml: false });
  const clean = sanitize(hast, schema) as Root;
  return toHtml(clean);
}
