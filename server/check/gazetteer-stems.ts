// Stems that are ordinary words as well as township names (shared by the gazetteer and its compactor).
/** Stems of gazetteer names that are also ordinary words in reports (「中心镇建设」「建设乡村」): never read bare. */
export const GENERIC_STEMS = new Set([
  '中心', '重点', '特色', '建制', '小城', '集镇', '示范', '试点', '贫困', '民族', '边境', '文明', '卫生', '园林', '生态',
  '旅游', '工业', '农业', '商贸', '新型', '美丽', '和美', '宜居', '平安', '法治', '森林', '历史', '文化', '全国', '全省',
  '全市', '全县', '各个', '所有', '相关', '有关', '城市', '城区', '城镇', '农村', '乡村', '街道', '社区', '建设', '发展',
  '服务', '管理', '工作', '人民', '政府', '经济', '开发', '新区', '园区', '城乡', '中小', '上级', '下级', '本级', '同级',
]);
