import createClient, { type Middleware } from 'openapi-fetch';
import { csrfToken } from './csrf';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The session cookie rides along by itself; writes repeat the CSRF cookie in a header. */
const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = csrfToken();
      if (token) request.headers.set('x-csrf-token', token);
    }
    return request;
  },
};

const expired: Middleware = {
  onResponse({ response, request }) {
    if (response.status === 401 && !request.url.includes('/auth/')) sessionListeners.forEach((fn) => fn());
    return response;
  },
};

const sessionListeners = new Set<() => void>();

/** Called whenever the server answers 401: the session ended (expired, or logged out elsewhere). */
export function onSessionExpired(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf, expired);
