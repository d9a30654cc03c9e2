// `Idempotency-Key` on the API's writes: a retry with the same key and the same request gets the first
// answer, status and body byte for byte, and writes nothing new; the same key with another request is
// refused (422). The keys themselves are kept by the idempotency service.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { SignedIn } from '../services/cases.js';
import { InvalidInput, problemsOf } from '../services/errors.js';
import type { Services } from '../services/index.js';
import { ApiProblem } from './problems.js';
import { idempotencyHeaders, problemType } from './schemas.js';

export interface Answer {
  status: number;
  /** The JSON body as sent. */
  text: string;
  /** An earlier answer sent again. */
  replayed: boolean;
}

/**
 * Carries out `run` once per key. The key is looked up, the write made and its answer kept in one
 * transaction (Services.inOneTransaction): after a crash at any moment either all three committed, and a
 * retry gets the answer, or none did, and the retry runs afresh. A second request with the key waits for
 * the first to commit (one connection in this process, the write lock across processes), then replays it.
 */
export async function idempotently(
  services: Services,
  request: FastifyRequest,
  by: SignedIn,
  run: (services: Services) => Promise<{ status: number; body: unknown }>,
): Promise<Answer> {
  const headers = idempotencyHeaders.safeParse({ 'Idempotency-Key': request.headers['idempotency-key'] });
  if (!headers.success) throw new InvalidInput(problemsOf(headers.error.issues));
  const key = headers.data['Idempotency-Key'];
  if (key === undefined) return { ...(await answer(() => run(services))), replayed: false };

  const fingerprint = fingerprintOf(request);
  return services.inOneTransaction(async (within) => {
    const kept = await within.idempotency.find(by.actor, key, fingerprint);
    if (kept.kind === 'replay')
      return { status: kept.response.status, text: kept.response.body, replayed: true };
    if (kept.kind === 'reused') {
      throw new ApiProblem({
        type: problemType('idempotency-key-reused'),
        title: 'The idempotency key was used for another request',
        status: 422,
        detail: 'Use a new Idempotency-Key for a new request.',
      });
    }
    const first = await answer(() => run(within));
    await within.idempotency.keep(by.actor, key, fingerprint, { status: first.status, body: first.text });
    return { ...first, replayed: false };
  });
}

async function answer(
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<Omit<Answer, 'replayed'>> {
  const { status, body } = await run();
  return { status, text: JSON.stringify(body) };
}

/** The method, the address and the body (its keys in order, so a re-encoded retry is the same request). */
function fingerprintOf(request: FastifyRequest): string {
  const body = createHash('sha256').update(canonicalJson(request.body)).digest('base64url');
  return `${request.method} ${request.url} ${body}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
