import "server-only";
import { isIP } from "node:net";
import { trustedProxyHops } from "@/lib/auth/trust-proxy";

/** Set by Quizformer's own server (scripts/lib/next-server.mjs) from the socket, never by a client. */
const PEER_HEADER = "x-quizformer-peer";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function headerValues(headers: HeaderBag, name: string): string[] {
  if (headers instanceof Headers) {
    const v = headers.get(name);
    return v === null ? [] : [v];
  }
  const v = headers[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * The client's address for sign-in throttling, or null when it cannot be known.
 *
 * `next start` copies a client-sent X-Forwarded-For unchanged and only fills it in from the
 * socket when it is missing, and route handlers see no socket address: so without a trusted
 * proxy every forwarding header may be forged, and none is used. Quizformer's own server
 * (`npm start`) writes the socket's address into `x-quizformer-peer` on every request,
 * overwriting whatever a client sent, and says so with QUIZFORMER_PEER_HEADER=1: without a
 * proxy, that address is the client. Otherwise null: all clients count as one. With TRUST_PROXY = n, each of the n proxies appended the address it received the
 * request from, so the n-th entry from the right is the one the outermost trusted proxy saw;
 * entries left of it were sent by the client and are ignored.
 */
export function clientIp(headers: HeaderBag, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const hops = trustedProxyHops(env);
  if (hops === 0) {
    const peer = env.QUIZFORMER_PEER_HEADER === "1" ? headerValues(headers, PEER_HEADER)[0] : undefined;
    return peer ? normaliseAddress(peer) : null;
  }
  // Several X-Forwarded-For headers are one list, in order (RFC 9110 §5.3).
  const entries = headerValues(headers, "x-forwarded-for")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  const entry = entries[entries.length - hops];
  return entry === undefined ? null : normaliseAddress(entry);
}

/** A plain IP address ("::ffff:1.2.3.4" → "1.2.3.4", "[::1]:443" → "::1"), or null for anything else. */
function normaliseAddress(entry: string): string | null {
  let address = entry;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase();
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  const version = isIP(address);
  if (version === 4) return address;
  return version === 6 ? ipv6Network(address) : null;
}

/**
 * An IPv6 client is its /64 network ("2001:db8:1:2::/64"): one subscriber usually gets a whole
 * /64, so counting single addresses would hand an attacker 2^64 fresh clients. Loopback stays
 * itself, so local clients are still told apart.
 */
function ipv6Network(address: string): string {
  if (address === "::1") return address;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail ("::1.2.3.4") takes two groups; only the first four groups matter here.
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
