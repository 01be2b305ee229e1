import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/**
 * An annotation's Markdown as HTML. Raw HTML in the text is not rendered (react-markdown escapes it
 * unless told otherwise) and rehype-sanitize drops whatever is left that could run: script, event
 * handlers, javascript: links.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-agenda">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{children}</ReactMarkdown>
    </div>
  );
}
