import MarkdownIt from 'markdown-it';

/**
 * The one Markdown renderer for text that partners write (catalogue descriptions). Raw HTML is
 * escaped, only http(s), mailto and relative links become links (markdown-it refuses javascript:,
 * vbscript:, file: and data:), every link is marked as user content, and images are not rendered
 * (the CSP allows only the hub's own images, and pages stay light). Headings start at h3: the page
 * owns the h1, and the text sits under a section heading (h2).
 */
const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
md.disable(['image']);

const allowedLink = /^(?:https?:|mailto:|\/(?!\/)|#)/i;
const defaultValidate = md.validateLink.bind(md);
md.validateLink = (url: string) => defaultValidate(url) && allowedLink.test(url.trim());

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow ugc noopener');
  return self.renderToken(tokens, idx, options);
};

const shiftHeading = (tag: string) => `h${Math.min(6, Number(tag.slice(1)) + 2)}`;
md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  tokens[idx]!.tag = shiftHeading(tokens[idx]!.tag);
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
  tokens[idx]!.tag = shiftHeading(tokens[idx]!.tag);
  return self.renderToken(tokens, idx, options);
};

/** Markdown to safe HTML (a string to insert with `raw()`). */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
