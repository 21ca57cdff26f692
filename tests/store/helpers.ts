import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(prefix = 'nianbao-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small but real-looking township report (sections 一–六). `variant` changes the content. */
export function townshipReport(name: string, variant = ''): string {
  return [
    `${name}2023年政府信息公开工作年度报告`,
    `本报告根据《中华人民共和国政府信息公开条例》编制，由总体情况等六部分组成。${variant}`,
    '一、总体情况',
    `（一）主动公开情况。2023年，我镇通过政府门户网站和“${name}发布”微信公众号主动公开政府信息56条，其中政策文件8条、工作动态48条，做到应公开尽公开。`,
    '（二）依申请公开情况。全年共收到政府信息公开申请2件，均已按期答复，无逾期未答复情况。',
    '（三）政府信息管理情况。严格执行信息发布保密审查制度，坚持先审后发，及时更新公开目录。',
    '（四）平台建设情况。持续完善镇政府信息公开专栏，在各村设置公开栏，方便群众查阅。',
    '（五）监督保障情况。成立由镇长任组长的领导小组，组织业务培训2次，将政务公开纳入年度考核。',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '本年度未发生因政府信息公开引起的行政复议和行政诉讼。',
    '五、存在的主要问题及改进情况',
    '一是部分栏目信息更新不够及时；二是工作人员业务水平有待提高。下一步，我镇将加强培训，落实专人负责，确保信息及时更新。',
    '六、其他需要报告的事项',
    '本机关全年未发出收费通知书，未收取信息处理费。',
  ].join('\n');
}
