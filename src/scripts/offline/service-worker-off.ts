/**
 * The worker a build with offline reading switched off (content/settings/publisher.json
 * `offline.enabled: false`) writes as sw.js. Its pages register no worker; a reader whose browser
 * still has the worker of an earlier build gets this one at its next visit (browsers check the
 * worker's file on every navigation), which deletes this scope's offline copies and unregisters
 * itself. It handles no request.
 */
import { scopeCachePrefix } from '../../lib/offline/cache-names.ts';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  readonly registration: ServiceWorkerRegistration;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
};

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const prefix = scopeCachePrefix(self.registration.scope);
      for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
      await self.registration.unregister();
    })(),
  ),
);
