/**
 * The trade vocabulary the segmenter must keep whole, and the words that carry no meaning for a
 * match. Trade terms are added to jieba's dictionary so that 瓶盖 or 酱香型 is one token rather than
 * two characters; stop words are dropped after segmentation.
 */

/** Product and trade words of the ten sectors that the general dictionary splits or lacks. */
export const TRADE_TERMS: readonly string[] = [
  // liquor and its packaging
  '酱香型', '浓香型', '清香型', '酱香', '浓香', '基酒', '原酒', '坤沙', '大曲', '小曲', '酒曲', '窖泥', '陶坛',
  '酒瓶', '玻璃瓶', '玻璃酒瓶', '高白料', '晶白料', '乳白料', '陶瓷瓶', '瓶盖', '防盗盖', '铝盖', '铝防盗盖',
  '内塞', '酒盒', '礼盒', '彩盒', '卡盒', '瓦楞纸箱', '纸箱', '酒标', '防伪标签', '烟标', '白卡纸', '瓦楞原纸',
  '红缨子', '糯高粱', '酿酒高粱', '甑桶', '储酒罐',
  // specialty food and medicine
  '刺梨', '刺梨汁', '刺梨原汁', '辣椒', '鲜辣椒', '干辣椒', '辣椒酱', '油辣椒', '辣椒粉', '朝天椒', '茶叶', '绿茶',
  '红茶', '抹茶', '食用菌', '天麻', '太子参', '石斛', '中药材', '饮片', '中成药', '原料药', '药用玻璃', '西林瓶',
  '安瓿瓶', '管制瓶', '模制瓶', '输液瓶', '铝塑泡罩', '药用铝箔', '胶塞',
  // basic materials, chemicals, energy, building materials
  '铝锭', '电解铝', '电解铝锭', '铝合金锭', '氧化铝', '铝土矿', '铝板带', '铝箔', '铝型材', '预焙阳极', '锰矿', '电解锰', '硅锰',
  '磷矿', '磷矿石', '黄磷', '磷酸', '磷酸铁', '磷酸铁锂', '磷石膏', '湿法磷酸', '纯碱', '石英砂', '硅砂',
  '水泥', '熟料', '商品混凝土', '粉煤灰', '脱硫石膏', '骨料', '机制砂', '电煤', '动力煤', '精煤', '洗精煤',
  '焦炭', '冶金焦', '光伏', '风电', '绿电', '直供电', '售电',
  // digital economy
  '5G', '5G专网', '工业互联网', '边缘计算', '数据中心', '算力', '云服务', '物联网', '一物一码', '溯源系统',
  '智能工厂', 'MES', 'ERP', '机器视觉', '服务器', '传感器', '数字孪生',
  // trade intent words: segmented whole so they do not glue to products, then dropped as stop words
  '求购', '采购', '供应', '代加工', '价格面议', '欢迎来电', '欢迎来电洽谈', '质量保证', '量大从优', '诚招',
];

/**
 * Words that say nothing about what is traded: intent, boilerplate, quantities' filler and
 * function words. They carry no weight in matching.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  '求购', '采购', '收购', '供应', '供货', '出售', '销售', '提供', '需要', '需求', '寻求', '寻找', '长期', '大量',
  '少量', '批量', '现货', '优质', '高品质', '品质', '质量', '保证', '质量保证', '价格', '面议', '价格面议', '价格优惠',
  '优惠', '量大从优', '欢迎', '来电', '洽谈', '欢迎来电', '欢迎来电洽谈', '联系', '电话', '咨询', '合作', '诚信',
  '诚招', '厂家', '直销', '批发', '公司', '我司', '本公司', '企业', '本厂', '我厂', '产品', '货源', '稳定', '充足',
  '及时', '快速', '专业', '服务', '全国', '各地', '可以', '能够', '以及', '或者', '我们', '贵州', '贵州省', '有限',
  '有限公司', '年', '月', '日', '每年', '每月', '左右', '以上', '以下', '不限', '要求', '具备', '具有', '相关', '用于',
  '适用', '主要', '包括', '规格', '型号', '数量', '单位', '的', '了', '和', '与', '及', '等', '或', '为', '在',
  '有', '是', '可', '按', '对', '从', '向', '将', '把', '被', '由', '其', '该', '本', '各', '每', '一', '个', '只',
  '吨', '件', '套', '台', '箱', '瓶', '万', '千', '百', '元', 'kg', 'ml', 'l',
]);
