import { ParticipantType, proposeParticipantType } from './participant-type';
import { usccCheckChar } from './uscc';

const code = (first2: string) => {
  const first17 = `${first2}520100MB0000000`.slice(0, 17);
  return first17 + usccCheckChar(first17);
};

describe('proposeParticipantType', () => {
  it.each([
    ['11', '贵州省生态特色食品产业发展办公室', ParticipantType.GOVERNMENT],
    ['11', '遵义市投资促进局', ParticipantType.GOVERNMENT],
    ['12', '贵州农业科技大学', ParticipantType.RESEARCH_INSTITUTE],
    ['12', '贵州省农业科学院食品加工研究所', ParticipantType.RESEARCH_INSTITUTE],
    ['12', '遵义市投资促进服务中心', ParticipantType.GOVERNMENT],
    ['51', '贵州省酒业协会', ParticipantType.ASSOCIATION],
    ['13', '贵州省工商业联合会', ParticipantType.ASSOCIATION],
    ['52', '贵州黔南新型研发研究院', ParticipantType.RESEARCH_INSTITUTE],
    ['91', '黔银农商银行股份有限公司', ParticipantType.FINANCIAL_INSTITUTION],
    ['91', '贵州省融资担保有限责任公司', ParticipantType.FINANCIAL_INSTITUTION],
    ['91', '仁怀市酱源酒业有限公司', ParticipantType.ENTERPRISE],
    ['93', '湄潭县茶叶种植专业合作社', ParticipantType.ENTERPRISE],
  ])('%s %s → %s', (digits, name, type) => {
    const proposal = proposeParticipantType(code(digits), name);
    expect(proposal.type).toBe(type);
    expect(proposal.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads the code case- and space-insensitively', () => {
    expect(proposeParticipantType(` ${code('11').toLowerCase()} `, '某某').type).toBe(ParticipantType.GOVERNMENT);
  });
});
