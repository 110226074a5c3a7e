import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/auth-options";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { readBodyBytes } from "@/lib/server/http/read-body-bytes";

const handler = NextAuth(authOptions);

// next-auth reads a POST body whole (req.text() / req.json()); its forms (sign-in, sign-out,
// CSRF) are a few hundred bytes, so it gets the body only once it is known to be small.
const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

type Context = { params: Promise<{ nextauth: string[] }> };

async function POST(request: NextRequest, context: Context): Promise<Response> {
  // The session endpoint's update (POST) answers from the cookie too: the same guard as GET.
  const [action] = (await context.params).nextauth;
  if (action === "session" && !(await getCurrentUser())) return Response.json({}, { headers: { "cache-control": "no-store" } });
  const read = await readBodyBytes(request, { maxBytes: AUTH_BODY_LIMIT_BYTES });
  if (!read.ok) return read.response;
  const capped = new NextRequest(request.url, { method: "POST", headers: request.headers, body: read.bytes.byteLength ? read.bytes : null });
  return handler(capped, context);
}

// next-auth answers /api/auth/session (GET, and POST to update it) from the signed cookie alone. A cookie whose session was
// revoked (signed out, password changed, deactivated) must not still show who it belonged to:
// it gets next-auth's own answer for "no session".
async function GET(request: NextRequest, context: Context): Promise<Response> {
  const [action] = (await context.params).nextauth;
  if (action === "session" && !(await getCurrentUser())) return Response.json({}, { headers: { "cache-control": "no-store" } });
  return handler(request, context);
}

export { GET, POST };
