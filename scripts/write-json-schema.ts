// Writes data/events.schema.json from the app's schema: npm run schema:data
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from './json-schema.ts';

writeFileSync('data/events.schema.json', datasetJsonSchema());
console.log('wrote data/events.schema.json');
