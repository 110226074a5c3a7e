// Security headers, shared by proxy.ts (pages, per request) and next.config.ts (every response).

export type HeaderList = { key: string; value: string }[];

export type PageSecurityOptions = {
  /** A fresh, unguessable value per request; Next puts it on the scripts it renders. */
  nonce: string;
  /** `next dev` evaluates code for its overlay and fast refresh. */
  development: boolean;
  /** The site's public URL (NEXTAUTH_URL): HSTS and upgrade-insecure-requests only when it is https. */
  publicUrl: string | undefined;
};

export function servesHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.trim().toLowerCase().startsWith("https:") ?? false;
}

/**
 * The pages' Content-Security-Policy. Scripts: only those carrying the request's nonce, and what
 * they load ('strict-dynamic': Next's chunks); no inline handlers, no eval outside development.
 * Styles: same-origin sheets plus inline styles — KaTeX and charts position glyphs and bars with
 * style attributes, which a nonce can't cover. Workers: the labs' worker scripts (blob: for
 * bundlers that bootstrap workers from a blob URL). Nothing may frame the site.
 */
export function buildContentSecurityPolicy({ nonce, development, publicUrl }: PageSecurityOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(servesHttps(publicUrl) ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** API responses are data, never documents: they may load nothing and be framed by nobody. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** One year; no includeSubDomains or preload, since other hosts of the domain aren't ours to decide. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

/** The headers a page response gets from the proxy: the policy with this request's nonce, HSTS over https. */
export function pageSecurityHeaders(options: PageSecurityOptions): HeaderList {
  return [
    { key: "Content-Security-Policy", value: buildContentSecurityPolicy(options) },
    ...(servesHttps(options.publicUrl) ? [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] : []),
  ];
}

/** Headers every response gets, whatever its route: pages, API, static files. */
export const RESPONSE_SECURITY_HEADERS: HeaderList = [
  // Browsers must trust the declared Content-Type (a CSV or JSON download is never run as a script).
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites never see our URLs (invite links carry their token in the path).
  { key: "Referrer-Policy", value: "same-origin" },
  // frame-ancestors for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
];
