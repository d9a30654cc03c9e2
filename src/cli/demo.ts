// `stickability demo`: the demo partnership, created once; later runs change nothing.
import { loadDemo } from '../services/demo.js';
import type { System } from '../system.js';
import type { Output } from './arguments.js';

export const demoPassword = 'demo-password-1';

export async function demo(_args: string[], output: Output, system: () => Promise<System>): Promise<void> {
  const { db } = await system();
  const { created, users } = await loadDemo(db, new Date());
  output.out(
    created ? 'Loaded the demo partnership "Demo Partnership".' : 'The demo partnership is already loaded.',
  );
  output.out(`Sign in with any of these, password ${demoPassword}:`);
  for (const user of users) output.out(`  ${user.email.padEnd(20)} ${user.role}`);
}
