// Serves the production build like `next start`, and tells the app who is on the other end of
// each connection. Route handlers see only headers, and `next start` passes a client-sent
// X-Forwarded-For on unchanged, so without this the app could not tell clients apart (sign-in
// throttling keys on the client). The header below is always overwritten here, so a client can't
// choose it; the app believes it only when QUIZFORMER_PEER_HEADER says this server runs it. A path
// that isn't valid UTF-8 once decoded gets a 400 here (Next itself answers those with a 500).
import http from "node:http";
import next from "next";

export const PEER_HEADER = "x-quizformer-peer";

function option(args, ...names) {
  const at = args.findIndex((a) => names.includes(a));
  return at === -1 ? undefined : args[at + 1];
}

const args = process.argv.slice(2);
const port = Number(option(args, "-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option(args, "-H", "--hostname");

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

/** Whether a request path decodes as UTF-8: Next answers a 500 to one that doesn't. */
function decodesAsUtf8(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

const server = http.createServer((req, res) => {
  if (!decodesAsUtf8(req.url)) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
    res.end("Bad request: the address contains bytes that aren't valid UTF-8.");
    return;
  }
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`serving on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() up: end them.
    server.closeAllConnections();
  });
}
