// `nianbao token create <用户名> [--label 说明]`: a personal API token for scripts (Authorization: Bearer …).
import { sqliteStorage } from '../adapters/sqlite/index.js';
import { createToken } from '../auth/index.js';
import { UserError } from '../errors.js';
import { defaultDbPath, openStore } from '../store/db.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './main.js';

export const command: Command = {
  summary: '为账号生成个人 API 令牌（脚本用 Authorization: Bearer <令牌> 调用接口，权限与该账号相同）',
  usage: 'token create <用户名> [--label 说明] [--db 数据库]',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      { args, allowPositionals: true, options: { label: { type: 'string' }, db: { type: 'string' } } },
      command.usage,
    );
    const [action, name] = positionals;
    if (action !== 'create' || !name) throw new UserError(`用法：nianbao ${command.usage}`);
    const store = openStore(values.db ?? defaultDbPath());
    try {
      const storage = sqliteStorage(store);
      const u = await storage.users.byName(name);
      if (!u) throw new UserError(`没有用户「${name}」，请先用 nianbao user add 建立。`, 404);
      const token = await createToken(storage.users, u.id, values.label?.slice(0, 100) ?? '');
      console.log(token);
      process.stderr.write(`已为「${name}」生成令牌（只显示这一次）。用法：curl -H "Authorization: Bearer <令牌>" http://127.0.0.1:8787/api/drafts\n`);
      return 0;
    } finally {
      store.close();
    }
  },
};
