// Serves the production build like `next start`, and tells the app who is on the other end of
// each connection. Route handlers see only headers, and `next start` passes a client-sent
// X-Forwarded-For on unchanged, so without this the app could not tell clients apart (sign-in
// throttling keys on the client). The header below is always overwritten here, so a client can't
// choose it; the app believes it only when QUIZFORMER_PEER_HEADER says this server runs it.
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

const server = http.createServer((req, res) => {
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
