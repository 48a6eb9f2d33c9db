import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('Some **bold** text.\n\n- one\n- two');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
  });

  it('escapes raw HTML instead of passing it through', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n<div onclick="x()">block</div>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<div');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;x()&quot;&gt;');
  });

  it('does not turn javascript:, data: or vbscript: targets into links', () => {
    for (const target of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', '&#106;avascript:alert(1)']) {
      const html = renderMarkdown(`[x](${target})`);
      expect(html, target).not.toContain('<a');
      expect(html, target).not.toMatch(/href=/);
    }
    expect(renderMarkdown('<javascript:alert(1)>')).not.toContain('<a');
  });

  it('gives every link rel="nofollow ugc noopener", written or found in the text', () => {
    const written = renderMarkdown('[UNCTAD](https://unctad.org/)');
    expect(written).toContain('<a href="https://unctad.org/" rel="nofollow ugc noopener">UNCTAD</a>');
    const found = renderMarkdown('See www.example.org and https://example.com/x for more.');
    expect(found).toContain('<a href="http://www.example.org" rel="nofollow ugc noopener">www.example.org</a>');
    expect(found).toContain('<a href="https://example.com/x" rel="nofollow ugc noopener">');
  });

  it('keeps headings below the page title and leaves images out', () => {
    expect(renderMarkdown('# Title\n\n## Part\n\n###### Small')).toBe('<h3>Title</h3>\n<h4>Part</h4>\n<h6>Small</h6>\n');
    expect(renderMarkdown('![logo](https://example.org/logo.png)')).not.toContain('<img');
  });
});
