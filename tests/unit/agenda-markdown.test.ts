import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/agenda/markdown';

const render = (text: string) => renderToStaticMarkup(createElement(Markdown, null, text));

describe('annotation Markdown', () => {
  it('renders emphasis, lists and links', () => {
    const html = render('The **host** opens.\n\n- one\n- two\n\n[ESCAP](https://www.unescap.org)');
    expect(html).toContain('<strong>host</strong>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('href="https://www.unescap.org"');
  });

  it('renders script, event handlers and javascript: links inert', () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="#" onclick="alert(1)">x</a>\n\n[click](javascript:alert(1))\n\n![i](javascript:alert(2))',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/ on[a-z]+=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/src="javascript:/i);
  });
});
