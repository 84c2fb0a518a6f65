// Zero-dependency static server for dist/ (or any folder), cross-origin isolated so the
// worker gets SharedArrayBuffer. CLI: node scripts/serve.mjs [folder] [port]  (or PORT=…)
import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".py": "text/x-python; charset=utf-8",
  ".pyi": "text/x-python; charset=utf-8",
  ".toml": "application/toml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml; charset=utf-8",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".whl": "application/zip",
  ".tar": "application/x-tar",
  ".gz": "application/gzip",
  ".br": "application/x-brotli",
  ".bin": "application/octet-stream",
  ".arrow": "application/vnd.apache.arrow.file",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav",
  ".ogg": "audio/ogg",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".pdf": "application/pdf",
};

/** MIME type for a file name (by extension; unknown types are plain bytes). */
export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** Headers every response carries: cross-origin isolation, and always revalidate. */
export const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

const COMMON_HEADERS = {
  ...ISOLATION_HEADERS,
  "Cache-Control": "no-cache",
  "X-Content-Type-Options": "nosniff",
};

async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** Maps a URL path to a file inside root, or null when it would leave root. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded.replaceAll("\\", "/")));
  const rel = path.relative(root, file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return file;
}

function acceptedEncodings(req) {
  const header = String(req.headers["accept-encoding"] ?? "");
  const accepted = new Set();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function listDirectory(dir, urlPath) {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => (e.isDirectory() ? e.name + "/" : e.name));
  const items = entries.map((n) => `<li><a href="${encodeURI(n)}">${escapeHtml(n)}</a></li>`).join("\n");
  return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(urlPath)}</title>\n<h1>${escapeHtml(urlPath)}</h1>\n<ul>\n${items}\n</ul>\n`;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...COMMON_HEADERS, "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

async function handle(root, req, res, quiet, mounts = []) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "Method Not Allowed\n", { Allow: "GET, HEAD" });
  }
  // Not `new URL(req.url, base)`: a path like "//host/x" would be read as another origin.
  const raw = req.url ?? "/";
  const queryAt = raw.indexOf("?");
  const url = {
    pathname: "/" + (queryAt >= 0 ? raw.slice(0, queryAt) : raw).replace(/^\/+/, ""),
    search: queryAt >= 0 ? raw.slice(queryAt) : "",
  };
  // A mounted folder serves the URLs under its prefix (startServer's `mounts`).
  let lookup = url.pathname;
  for (const [prefix, dir] of mounts) {
    if (!lookup.startsWith(prefix)) continue;
    root = dir;
    lookup = "/" + lookup.slice(prefix.length);
    break;
  }
  let file = resolveInside(root, lookup);
  if (!file) return send(res, 403, "Forbidden\n");
  let info = await statOrNull(file);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith("/")) {
      return send(res, 301, "", { Location: url.pathname + "/" + url.search });
    }
    const index = path.join(file, "index.html");
    const indexInfo = await statOrNull(index);
    if (indexInfo?.isFile()) {
      file = index;
      info = indexInfo;
    } else {
      const body = await listDirectory(file, url.pathname);
      return send(res, 200, req.method === "HEAD" ? undefined : body, { "Content-Type": "text/html; charset=utf-8" });
    }
  }
  if (!info?.isFile()) {
    if (!quiet) console.error(`404 ${url.pathname}`);
    return send(res, 404, "Not Found\n");
  }
  // Symlinks inside root are followed only when their target stays inside root.
  const real = await realpath(file);
  const realRoot = await realpath(root);
  const relReal = path.relative(realRoot, real);
  if (relReal.startsWith("..") || path.isAbsolute(relReal)) return send(res, 403, "Forbidden\n");

  const headers = { ...COMMON_HEADERS, "Content-Type": contentType(file), Vary: "Accept-Encoding" };
  // A precompressed sibling (FILE.br / FILE.gz) is sent in place of FILE to clients that accept it.
  let body = file;
  let bodyInfo = info;
  const accepted = acceptedEncodings(req);
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    if (!accepted.has(encoding)) continue;
    const sibling = await statOrNull(file + suffix);
    if (sibling?.isFile()) {
      body = file + suffix;
      bodyInfo = sibling;
      headers["Content-Encoding"] = encoding;
      break;
    }
  }
  const etag = `W/"${bodyInfo.size.toString(16)}-${Math.floor(bodyInfo.mtimeMs).toString(16)}${headers["Content-Encoding"] ? "-" + headers["Content-Encoding"] : ""}"`;
  headers.ETag = etag;
  headers["Last-Modified"] = bodyInfo.mtime.toUTCString();
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  headers["Content-Length"] = String(bodyInfo.size);
  res.writeHead(200, headers);
  if (req.method === "HEAD") return res.end();
  await pipeline(createReadStream(body), res);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off("listening", onListening);
      reject(err);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/**
 * Serves `root` over HTTP; `mounts` serves other folders under URL prefixes ({"/dist/": dir}). If `port` is taken, the next ports are tried (port 0 picks a free one).
 * Resolves to `{url, port, server, close()}`; `close()` resolves once the server has stopped.
 */
export async function startServer({ root = path.join(ROOT, "dist"), port = 8000, host, quiet = false, tries = 20, mounts = {} } = {}) {
  const absRoot = path.resolve(root);
  const rootInfo = await statOrNull(absRoot);
  if (!rootInfo?.isDirectory()) throw new Error(`Nothing to serve: ${absRoot} is not a folder (run npm run build?)`);
  const mountList = Object.entries(mounts)
    .map(([prefix, dir]) => ["/" + prefix.replace(/^\/+|\/+$/g, "") + "/", path.resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = http.createServer((req, res) => {
    handle(absRoot, req, res, quiet, mountList).catch((err) => {
      if (err?.code === "ERR_STREAM_PREMATURE_CLOSE") return; // client went away
      if (!quiet) console.error(`500 ${req.url}: ${err?.stack ?? err}`);
      if (!res.headersSent) send(res, 500, "Internal Server Error\n");
      else res.destroy();
    });
  });
  let attempt = 0;
  for (;;) {
    try {
      await listen(server, port === 0 ? 0 : port + attempt, host);
      break;
    } catch (err) {
      if (err?.code !== "EADDRINUSE" || port === 0 || ++attempt >= tries) throw err;
    }
  }
  const actualPort = server.address().port;
  return {
    url: `http://localhost:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections?.();
      }),
  };
}

function parseCli(argv) {
  let root;
  let port;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port" || arg === "-p") port = Number(argv[++i]);
    else if (arg.startsWith("--port=")) port = Number(arg.slice("--port=".length));
    else if (/^\d+$/.test(arg)) port = Number(arg);
    else root = arg;
  }
  port ??= process.env.PORT ? Number(process.env.PORT) : 8000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad port: ${port}`);
  return { root: path.resolve(root ?? path.join(ROOT, "dist")), port };
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(await realpath(process.argv[1]).catch(() => process.argv[1])).href;

if (invokedDirectly) {
  const { root, port } = parseCli(process.argv.slice(2));
  const { url, close } = await startServer({ root, port, host: process.env.HOST });
  console.log(`Brooklet playground: ${url}`);
  const stop = () => close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
