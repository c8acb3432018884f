// Chinese first: every string the console shows, by flat key (area.thing). English mirrors these keys.
import accounts from './zh-CN/accounts';
import app from './zh-CN/app';
import chain from './zh-CN/chain';
import enterprises from './zh-CN/enterprises';
import eventday from './zh-CN/eventday';
import events from './zh-CN/events';
import finance from './zh-CN/finance';
import investment from './zh-CN/investment';
import listings from './zh-CN/listings';
import matching from './zh-CN/matching';
import meetings from './zh-CN/meetings';
import menu from './zh-CN/menu';
import notifications from './zh-CN/notifications';
import organiser from './zh-CN/organiser';
import outcomes from './zh-CN/outcomes';
import policies from './zh-CN/policies';
import reports from './zh-CN/reports';
import research from './zh-CN/research';
import roundtables from './zh-CN/roundtables';
import scheduling from './zh-CN/scheduling';
import sectors from './zh-CN/sectors';

const zhCN = {
  ...app,
  ...menu,
  ...accounts,
  ...enterprises,
  ...sectors,
  ...listings,
  ...matching,
  ...notifications,
  ...events,
  ...meetings,
  ...outcomes,
  ...scheduling,
  ...reports,
  ...roundtables,
  ...chain,
  ...organiser,
  ...eventday,
  ...research,
  ...policies,
  ...finance,
  ...investment,
};

export type MessageId = keyof typeof zhCN;
export default zhCN as Record<MessageId, string>;
