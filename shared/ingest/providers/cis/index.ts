// `cis`: our own engines' events (schema.ts). Authenticated by the source's URL token.
import { defineAdapter } from '../adapter.ts';
import { parse } from './parse.ts';

export const cis = defineAdapter({
  provider: 'cis', family: 'mixed', parse, secret: 'none', headers: ['user-agent'],
});
