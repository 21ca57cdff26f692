// `nianbao schema`: the report model's JSON Schema (what `parse --json` emits and `render`/`draft` accept).
import { reportJsonSchema } from '../report/schema.js';
import type { Command } from './main.js';

export const command: Command = {
  summary: '输出报告数据模型的 JSON Schema',
  usage: 'schema',
  async run() {
    process.stdout.write(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
