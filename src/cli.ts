import { analyze } from './core';
const r = analyze(require('fs').readFileSync(process.argv[2], 'utf8'));
console.log(JSON.stringify(r));
