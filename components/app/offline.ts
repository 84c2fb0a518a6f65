/**
 * `<st-app offline>`: registers the service worker built as dist/sw.js (worker/service-worker.ts),
 * once per page, so every file of the site is cached and the app loads with no network after
 * the first visit. Its scope is the dist/ folder: pages inside it (the playground, pages copied
 * next to brooklet.js) are covered; a page elsewhere needs the server to send
 * `Service-Worker-Allowed` for sw.js and is not covered by this registration.
 */
import { assetUrl } from "../lib/assets.js";

let registering: Promise<ServiceWorkerRegistration | undefined> | undefined;

/** Registers dist/sw.js when the page is idle; resolves to the registration (undefined when unsupported or failed). */
export function enableOffline(): Promise<ServiceWorkerRegistration | undefined> {
  registering ??= register();
  return registering;
}

async function register(): Promise<ServiceWorkerRegistration | undefined> {
  if (!("serviceWorker" in navigator)) {
    console.info("Brooklet: offline mode needs service workers (HTTPS or localhost); the app still needs the network.");
    return undefined;
  }
  await new Promise<void>((resolve) => {
    if ("requestIdleCallback" in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
  const scope = assetUrl("./").href;
  if (!location.href.startsWith(scope)) {
    console.info(`Brooklet: this page is outside ${scope}, so the service worker cannot serve it offline (see README, "Fast start and offline use").`);
  }
  try {
    return await navigator.serviceWorker.register(assetUrl("sw.js"), { scope });
  } catch (err) {
    console.warn("Brooklet: could not register the service worker for offline use:", err);
    return undefined;
  }
}
