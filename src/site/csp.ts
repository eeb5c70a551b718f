/**
 * The Content Security Policy every page ships in a <meta http-equiv> tag.
 * Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'; nothing inline runs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
