// Shared (pure TS): the one Content-Security-Policy. renderer/index.html carries it as a meta tag
// (a test checks the two match), the Electron host and the web host send it as a header too.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
