import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

// Cookie names next-auth uses over http and https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * An optimistic redirect only: requests to signed-in areas without any session
 * cookie go to sign-in straight away. Whether a cookie is valid, and what its
 * user may see, is decided on the server in the data-access layer.
 */
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  // The path is the request's own, but it is still client-chosen: only a safe one is carried along.
  url.search = `?callbackUrl=${encodeURIComponent(safeCallbackUrl(request.nextUrl.pathname + request.nextUrl.search))}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/dashboard/:path*", "/admin/:path*", "/teams/:path*", "/account/:path*", "/topics/:path*", "/invite/:path*", "/attempts/:path*", "/quizzes/:path*", "/review/:path*"],
};
