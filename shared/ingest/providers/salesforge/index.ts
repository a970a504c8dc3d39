// Salesforge webhooks (REFERENCE §2): unsigned; the source's URL token authenticates them.
import { defineAdapter } from '../adapter.ts';
import { parse } from './parse.ts';

export const salesforge = defineAdapter({
  provider: 'salesforge', family: 'engagement', parse, secret: 'none', headers: ['user-agent'],
});
