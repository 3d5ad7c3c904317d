/** Writes src/profiles/profile.schema.json (JSON Schema for editors) from the zod schema. Run: npm run schema */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { profileSchema } from '../src/core/profile';

const schema = z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' });
writeFileSync(path.join(__dirname, '../src/profiles/profile.schema.json'), JSON.stringify({ ...schema, title: '省身 Xingshen profile' }, null, 2) + '\n');
