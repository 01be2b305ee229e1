// React's client half of the server action wire format, as Next ships it (untyped there).
declare module 'next/dist/compiled/react-server-dom-webpack/client.node.js' {
  /** Encodes server action arguments as the browser does: JSON text, or multipart form data when a File is among them. */
  export function encodeReply(args: unknown[]): Promise<string | FormData>;
}
