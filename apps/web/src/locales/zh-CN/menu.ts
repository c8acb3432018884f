export default {
  'menu.listings': '我的供需',
  'menu.suggestions': '匹配建议',
  'menu.chainPanorama': '产业链全景图',
  'menu.events': '对接活动',
  'menu.notifications': '通知',
  'menu.enterprise': '企业信息',
  'menu.settings': '通知设置',
  'menu.account': '账户安全',
  'menu.financingProducts': '金融产品',
  'menu.financingNeeds': '融资需求',
} as const;
