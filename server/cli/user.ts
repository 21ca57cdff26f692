// `nianbao user add|list|passwd|set` — accounts of a county server (password from stdin, or generated and printed).
import { sqliteStorage } from '../adapters/sqlite/index.js';
import { generatePassword, hashPassword, ROLE_NAMES } from '../auth/index.js';
import { UserError } from '../errors.js';
import { nodeScrypt } from '../node.js';
import type { Role } from '../ports/index.js';
import { defaultDbPath, openStore } from '../store/db.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './main.js';

const ROLES: Role[] = ['admin', 'reviewer', 'clerk'];

/** The password piped on stdin (first line), or undefined when stdin is a terminal or empty. */
async function passwordFromStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
  return line ? line : undefined;
}

function checkPassword(pw: string) {
  if (pw.length < 8) throw new UserError('密码至少 8 位。');
  if (pw.length > 200) throw new UserError('密码过长（最多 200 位）。');
}

const list = (s: string | undefined) => (s ?? '').split(/[,，、]/).map((x) => x.trim()).filter(Boolean);

export const command: Command = {
  summary: '管理账号：add 新建（--role admin|reviewer|clerk，起草人须 --agency 机关全称，审核人用 --reviews 机关1,机关2 或 *）、list、passwd 改密码、set 改角色或机关',
  usage: 'user add <用户名> --role admin|reviewer|clerk [--agency 机关全称] [--reviews 机关,…|*] [--db 数据库]  |  user list  |  user passwd <用户名>  |  user set <用户名> [--role …] [--agency …] [--reviews …]',
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      { args, allowPositionals: true, options: { role: { type: 'string' }, agency: { type: 'string' }, reviews: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } } },
      command.usage,
    );
    const [action, name, ...extra] = positionals;
    if (extra.length) throw new UserError(`多余的参数：${extra.join(' ')}。`);
    const store = openStore(values.db ?? defaultDbPath());
    const users = sqliteStorage(store).users;
    try {
      if (action === 'list') {
        const all = await users.list();
        if (values.json) console.log(JSON.stringify(all, null, 2));
        else if (!all.length) console.log('还没有账号。');
        else for (const u of all) console.log(`${u.name}\t${ROLE_NAMES[u.role]}\t${u.agency || (u.role === 'reviewer' ? `审核：${u.reviews.join('、') || '（未分配）'}` : '')}`);
        return 0;
      }
      if (!name) throw new UserError(`缺少用户名。用法：nianbao ${command.usage}`);
      if (!/^[\p{L}\p{N}_.@-]{2,60}$/u.test(name)) throw new UserError('用户名为 2–60 个字母、汉字、数字或 _ . @ -。');
      const role = values.role as Role | undefined;
      if (role !== undefined && !ROLES.includes(role)) throw new UserError(`角色应为 admin（管理员）、reviewer（审核人）或 clerk（起草人），当前为「${role}」。`);
      if (action === 'add') {
        if (!role) throw new UserError('请用 --role 指定角色：admin、reviewer 或 clerk。');
        if (role === 'clerk' && !values.agency?.trim()) throw new UserError('起草人账号须用 --agency 指定所属机关全称，如 --agency 临江市桦树镇人民政府。');
        if (await users.byName(name)) throw new UserError(`用户「${name}」已存在；改密码用 nianbao user passwd ${name}。`, 409);
        const given = await passwordFromStdin();
        const password = given ?? generatePassword();
        checkPassword(password);
        await users.create({ name, role, agency: values.agency?.trim() ?? '', reviews: list(values.reviews), passwordHash: await hashPassword(password, nodeScrypt) });
        console.log(`已建立${ROLE_NAMES[role]}账号「${name}」${values.agency ? `（${values.agency.trim()}）` : ''}。`);
        if (!given) console.log(`初始密码：${password}\n（只显示这一次，请转交本人，登录后可让管理员用 nianbao user passwd 重设。）`);
        return 0;
      }
      if (action === 'passwd') {
        if (!(await users.byName(name))) throw new UserError(`没有用户「${name}」。`, 404);
        const given = await passwordFromStdin();
        const password = given ?? generatePassword();
        checkPassword(password);
        await users.setPassword(name, await hashPassword(password, nodeScrypt));
        console.log(`已为「${name}」设置新密码${given ? '' : `：${password}`}；其已登录的会话全部失效。`);
        return 0;
      }
      if (action === 'set') {
        const u = await users.update(name, { role, agency: values.agency?.trim(), reviews: values.reviews === undefined ? undefined : list(values.reviews) });
        if (!u) throw new UserError(`没有用户「${name}」。`, 404);
        console.log(`已更新「${name}」：${ROLE_NAMES[u.role]}${u.agency ? `，${u.agency}` : ''}${u.role === 'reviewer' ? `，审核 ${u.reviews.join('、') || '（未分配）'}` : ''}。`);
        return 0;
      }
      throw new UserError(`未知操作「${action ?? ''}」。用法：nianbao ${command.usage}`);
    } finally {
      store.close();
    }
  },
};
