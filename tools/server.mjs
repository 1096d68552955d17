// A small static server for the demo and the browser tests: 127.0.0.1 only, no directory
// listings, no path escapes, and the strict Content-Security-Policy the package must work under.
//
//   node tools/server.mjs [port]            serves demo/ at / and pkg/ at /pkg/
//
// Tests import `serve()` to start one on a free port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

/**
 * Starts a server. `mounts` maps URL prefixes ("/", "/pkg/") to folders; the longest prefix wins.
 * `csp` is the policy text, or a function of the request giving it.
 * Resolves to { server, url } once listening.
 */
export function serve({ mounts, port = 0, host = "127.0.0.1", csp = CSP }) {
  const table = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    const headers = { "Content-Security-Policy": typeof csp === "function" ? csp(req) : csp, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      const mount = table.find(([prefix]) => path.startsWith(prefix));
      if (!mount || (req.method !== "GET" && req.method !== "HEAD")) throw Object.assign(new Error(), { status: 404 });
      const [prefix, dir] = mount;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep)) throw Object.assign(new Error(), { status: 403 });
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      const status = error.status ?? 404;
      res.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      res.end(status === 403 ? "Forbidden\n" : "Not found\n");
    }
  });
  return new Promise((resolveListening, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolveListening({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const { url } = await serve({ mounts: { "/": join(root, "demo"), "/pkg/": join(root, "pkg") }, port });
  console.log(`protection-pathways demo: ${url}  (Ctrl-C to stop)`);
}
