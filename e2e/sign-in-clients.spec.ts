import { expect, test } from "./fixtures";
import { signUp, signOut, uniqueEmail } from "./helpers";
import { trySignIn } from "./http-sign-in";

/**
 * Sign-in throttling keys on the client the server itself sees (the socket's address; no proxy is
 * configured here), so forged forwarding headers buy an attacker nothing, and the attacker's
 * failures don't hold back the owner's own client. Each request leaves from a loopback address
 * of its own (127.0.0.x), as different machines would.
 */

test("forged client addresses are throttled as the one client they come from, and the owner's own client still signs in", async ({ page, baseURL }) => {
  const email = uniqueEmail("owner");
  await signUp(page, { name: "Olive Owner", email, password: "olive's own password" });
  await signOut(page);

  const attacker = "127.0.0.3";
  const outcomes: string[] = [];
  for (let i = 1; i <= 8; i++) {
    // A new "client" on every try, as far as the headers go.
    const forged = { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, "x-quizformer-peer": `192.0.2.${i}` };
    outcomes.push(await trySignIn(baseURL!, attacker, email, `guess ${i}`, forged));
  }
  expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("Wrong email or password."));
  for (const outcome of outcomes.slice(5)) expect(outcome).toMatch(/^Too many sign-in attempts\. Try again in \d+ s\.$/);

  // The owner, from their own machine, is not locked out by the attacker's failures.
  expect(await trySignIn(baseURL!, "127.0.0.4", email, "olive's own password")).toBe("signed in");
});
