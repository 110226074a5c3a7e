import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { pageSecurityHeaders } from "@/lib/http/security-headers";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie-names";


// Signed-in areas: a request without any session cookie goes to sign-in straight away.
const SIGNED_IN_AREAS = ["/dashboard", "/admin", "/teams", "/account", "/topics", "/invite", "/attempts", "/quizzes", "/flashcards"];

function inSignedInArea(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

function hasSessionCookie(request: NextRequest): boolean {
  return SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
}

function decodesAsUtf8(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Every page request: a fresh nonce and the Content-Security-Policy that allows only scripts
 * carrying it. The policy goes on the request too, because Next reads the nonce from there and
 * puts it on the scripts it renders (which is why every page renders per request).
 *
 * Plus an optimistic redirect only: requests to signed-in areas without any session cookie go to
 * sign-in. Whether a cookie is valid, and what its user may see, is decided on the server in the
 * data-access layer.
 */
export function proxy(request: NextRequest) {
  // A path that isn't valid UTF-8 once decoded (a lone surrogate, a stray byte) names no page;
  // Next would fail on it with a 500.
  if (!decodesAsUtf8(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address contains bytes that aren't valid UTF-8.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const nonce = newNonce();
  const headers = pageSecurityHeaders({ nonce, development: process.env.NODE_ENV === "development", publicUrl: process.env.NEXTAUTH_URL });

  let response: NextResponse;
  if (inSignedInArea(request.nextUrl.pathname) && !hasSessionCookie(request)) {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    // The path is the request's own, but it is still client-chosen: only a safe one is carried along.
    url.search = `?callbackUrl=${encodeURIComponent(safeCallbackUrl(request.nextUrl.pathname + request.nextUrl.search))}`;
    response = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    for (const { key, value } of headers) requestHeaders.set(key, value);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

export const config = {
  // Pages only: route handlers (/api) and build assets get their headers from next.config.ts. Keeping
  // /api out also keeps API bodies unbuffered: Next copies a request body for the proxy.
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
