import { z } from 'zod';
import { datasetSchema } from '../src/dataset/schema.ts';

/** data/events.schema.json, generated from the one schema in src/dataset/schema.ts. */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Escalation Timeline dataset' }, null, 2)}\n`;
}
