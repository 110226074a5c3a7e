import { describe, expect, it } from "vitest";
import { trustedProxyHops } from "@/lib/auth/trust-proxy";
import { clientIp } from "./client-ip";

describe("trustedProxyHops", () => {
  it("reads TRUST_PROXY", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "" })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "false" })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "0" })).toBe(0);
    expect(trustedProxyHops({ TRUST_PROXY: "true" })).toBe(1);
    expect(trustedProxyHops({ TRUST_PROXY: " 2 " })).toBe(2);
  });

  it("refuses values it cannot read, naming them", () => {
    expect(() => trustedProxyHops({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY must be .*got "yes"/);
    expect(() => trustedProxyHops({ TRUST_PROXY: "10.0.0.0/8" })).toThrow(/TRUST_PROXY/);
    expect(() => trustedProxyHops({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
  });
});

describe("clientIp", () => {
  it("without a proxy, takes the socket's address from Quizformer's own server, and only from it", () => {
    const ours = { QUIZFORMER_PEER_HEADER: "1" };
    expect(clientIp({ "x-quizformer-peer": "::ffff:203.0.113.7", "x-forwarded-for": "6.6.6.6" }, ours)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-quizformer-peer": "::1" }), ours)).toBe("::1");
    // Under plain `next start` a client could send the header itself: it means nothing there.
    expect(clientIp({ "x-quizformer-peer": "203.0.113.7" }, {})).toBeNull();
    // Behind a trusted proxy the socket is the proxy: the forwarded chain decides.
    expect(clientIp({ "x-quizformer-peer": "10.0.0.2", "x-forwarded-for": "203.0.113.7" }, { ...ours, TRUST_PROXY: "1" })).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64 network, however the address is written", () => {
    const ours = { QUIZFORMER_PEER_HEADER: "1" };
    expect(clientIp({ "x-quizformer-peer": "2001:db8:0001:0002:aaaa::1" }, ours)).toBe("2001:db8:1:2::/64");
    expect(clientIp({ "x-quizformer-peer": "2001:DB8:1:2:ffff:ffff:ffff:ffff" }, ours)).toBe("2001:db8:1:2::/64");
    expect(clientIp({ "x-quizformer-peer": "2001:db8::" }, ours)).toBe("2001:db8:0:0::/64");
    expect(clientIp({ "x-quizformer-peer": "fe80::1:2" }, ours)).toBe("fe80:0:0:0::/64");
    expect(clientIp({ "x-quizformer-peer": "::1" }, ours)).toBe("::1");
  });

  it("trusts no forwarding header without TRUST_PROXY", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" }, {})).toBeNull();
    expect(clientIp({ "x-real-ip": "203.0.113.7" }, {})).toBeNull();
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }), { TRUST_PROXY: "false" })).toBeNull();
  });

  it("behind one proxy, takes the right-most entry: what the proxy saw, not what the client wrote", () => {
    const env = { TRUST_PROXY: "1" };
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" }, env)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "1.1.1.1, 2.2.2.2,203.0.113.7" }, env)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "spoofed, 203.0.113.7" }), env)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": ["1.1.1.1", "203.0.113.7"] }, env)).toBe("203.0.113.7");
  });

  it("behind two proxies, takes the second entry from the right", () => {
    const env = { TRUST_PROXY: "2" };
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" }, env)).toBe("203.0.113.7");
    // Fewer entries than proxies: the chain is not what was configured, so nothing is trusted.
    expect(clientIp({ "x-forwarded-for": "10.0.0.2" }, env)).toBeNull();
  });

  it("normalises addresses and refuses what is not one", () => {
    const env = { TRUST_PROXY: "1" };
    expect(clientIp({ "x-forwarded-for": "::ffff:203.0.113.7" }, env)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "[2001:DB8::1]:443" }, env)).toBe("2001:db8:0:0::/64");
    expect(clientIp({ "x-forwarded-for": "203.0.113.7:5555" }, env)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "unknown" }, env)).toBeNull();
    expect(clientIp({ "x-forwarded-for": "a".repeat(500) }, env)).toBeNull();
    expect(clientIp({}, env)).toBeNull();
  });
});
