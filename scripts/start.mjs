// `npm start`: install if needed, build dist/, serve it. `--watch` also rebuilds on change.
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT, binPath, build, ensureNodeModules } from "./ensure.mjs";

const args = process.argv.slice(2);
const watch = args.includes("--watch") || args.includes("-w");

ensureNodeModules();
build();

// Imported only now: serve.mjs has no dependencies, but this keeps the order of steps obvious.
const { startServer } = await import("./serve.mjs");
const port = process.env.PORT ? Number(process.env.PORT) : 8000;
const { url, close } = await startServer({ root: path.join(ROOT, "dist"), port, host: process.env.HOST });
console.log(`Brooklet playground: ${url}`);

let watcher;
if (watch) {
  console.log("[brooklet] watching: rollup -c --watch");
  watcher = spawn(process.execPath, [binPath("rollup"), "-c", "--watch"], { cwd: ROOT, stdio: "inherit" });
}

const stop = async () => {
  watcher?.kill();
  await close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
