import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from '@/components/ui/button';

const render = (props: Parameters<typeof Button>[0]) => renderToStaticMarkup(createElement(Button, props));

describe('a pending button', () => {
  it('shows its pending words, disabled and busy', () => {
    const html = render({ isPending: true, pendingLabel: 'Saving…', children: 'Save' });
    expect(html).toContain('Saving…');
    expect(html).not.toContain('>Save<');
    expect(html).toMatch(/disabled=""/);
    expect(html).toContain('aria-busy="true"');
  });

  // Its name must contain the words it shows (WCAG 2.5.3): "Accepting…" is not in "Accept amendment 3".
  it('keeps its own words when an aria-label names it', () => {
    const html = render({ isPending: true, pendingLabel: 'Accepting…', 'aria-label': 'Accept amendment 3', children: 'Accept' });
    expect(html).toContain('>Accept</button>');
    expect(html).not.toContain('Accepting…');
  });
});
