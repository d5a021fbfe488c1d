// Serves a built site folder over HTTP on localhost, under the base path it was built for.
// usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--base /]
import { createServer } from "node:http";
import { createReadStream, statSync, existsSync } from "node:fs";
import { join, extname, normalize } from "node:path";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = arg("dir", "dist");
const port = Number(arg("port", process.env.PORT || 4321));
const base = arg("base", process.env.SITE_BASE || "/").replace(/\/?$/, "/");

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".mjs": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf",
  ".csv": "text/csv; charset=utf-8", ".webmanifest": "application/manifest+json", ".wasm": "application/wasm", ".png": "image/png", ".txt": "text/plain; charset=utf-8",
  ".pf_meta": "application/octet-stream", ".pf_index": "application/octet-stream", ".pf_fragment": "application/octet-stream", ".pagefind": "application/octet-stream",
};

if (!existsSync(join(dir, "index.html"))) {
  console.error(`No built site in ${dir}/ — run "npm run build" first.`);
  process.exit(1);
}

function send404(res) {
  const page = join(dir, "404.html");
  res.writeHead(404, { "content-type": types[".html"] });
  if (existsSync(page)) createReadStream(page).pipe(res);
  else res.end("Not found");
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return send404(res);
  path = normalize(path.slice(base.length - 1));
  if (path.includes("..")) return send404(res);
  let file = join(dir, path);
  try {
    if (statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, "index.html");
    }
    statSync(file);
  } catch {
    return send404(res);
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
}).listen(port, "127.0.0.1", () => {
  console.log(`Serving ${dir}/ at http://localhost:${port}${base}`);
});
