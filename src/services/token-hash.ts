// Secrets handed out once (API tokens, invitation links) are stored only as this hash: a high-entropy
// random token needs no slow password hash, and a lookup by hash finds its row.
import { createHash } from 'node:crypto';

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
