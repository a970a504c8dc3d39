// lemlist webhooks (REFERENCE §4): unsigned; the source's URL token authenticates them.
import { defineAdapter } from '../adapter.ts';
import { parse } from './parse.ts';

export const lemlist = defineAdapter({
  provider: 'lemlist', family: 'engagement', parse, secret: 'none', headers: ['user-agent'],
});
