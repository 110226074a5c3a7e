/**
 * Post-sign-in destinations come from the client (?callbackUrl=, next-auth's callbackUrl),
 * so only paths on this site are allowed: no open redirects, and nothing that breaks a
 * Location header. Browsers strip tabs and newlines from URLs and read "\" as "/", so
 * "/\t/evil.example" is "//evil.example" to them: such values are refused, not repaired.
 */

// An origin nobody can own: the value is resolved against it and must stay on it.
const PROBE_ORIGIN = "https://callback.invalid";
// Far above any real path of the app; bounds the work and the header size.
const MAX_LENGTH = 2048;
// Control characters, any Unicode white space or invisible format character, and backslashes.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;
// What a path must not start with once percent-decoded (a second slash or backslash, or a
// character browsers drop), in case some later hop decodes it once more.
const UNSAFE_DECODED_START = /^\/[/\\\p{Cc}\p{Cf}\p{Z}\s]/u;

/** A same-site path (with query and fragment) for `value`, or `fallback`. */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/dashboard"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return sameSitePath(raw) ?? fallback;
}

/**
 * For next-auth's `redirect` callback: `url` may be a path or an absolute URL; only this
 * site (`baseUrl`'s origin) is allowed, anything else goes to the site's root.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let candidate: string | undefined = url;
  if (!url.startsWith("/")) {
    // An absolute URL on our origin is reduced to its path and checked like any path.
    const parsed = FORBIDDEN.test(url) ? null : tryParse(url);
    candidate = parsed && parsed.origin === base.origin ? parsed.pathname + parsed.search + parsed.hash : undefined;
  }
  const path = sameSitePath(candidate) ?? "/";
  return base.origin + path;
}

function sameSitePath(raw: string | undefined): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  if (!raw.startsWith("/") || raw.startsWith("//") || FORBIDDEN.test(raw)) return null;
  const url = tryParse(raw, PROBE_ORIGIN);
  if (!url || url.origin !== PROBE_ORIGIN) return null;
  const decoded = tryDecode(url.pathname);
  if (decoded === null || UNSAFE_DECODED_START.test(decoded)) return null;
  // The parsed form is what gets sent, so what was checked is what the browser sees.
  return url.pathname + url.search + url.hash;
}

function tryParse(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

function tryDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** `path` carrying where the person was going (`?callbackUrl=`), unless that is the default landing page. */
export function withCallbackUrl(path: string, callbackUrl: string, fallback = "/dashboard"): string {
  const target = safeCallbackUrl(callbackUrl, fallback);
  return target === fallback ? path : `${path}?callbackUrl=${encodeURIComponent(target)}`;
}
