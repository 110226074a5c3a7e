/** next-auth's session cookie: plain over http, with the __Secure- prefix over https (a large token is split into ".0", ".1"… parts). */
export const SESSION_COOKIE = "next-auth.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";
export const SESSION_COOKIES = [SESSION_COOKIE, SECURE_SESSION_COOKIE] as const;
