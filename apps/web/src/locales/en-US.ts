import accounts from './en-US/accounts';
import app from './en-US/app';
import chain from './en-US/chain';
import enterprises from './en-US/enterprises';
import eventday from './en-US/eventday';
import events from './en-US/events';
import finance from './en-US/finance';
import investment from './en-US/investment';
import listings from './en-US/listings';
import matching from './en-US/matching';
import meetings from './en-US/meetings';
import menu from './en-US/menu';
import notifications from './en-US/notifications';
import organiser from './en-US/organiser';
import outcomes from './en-US/outcomes';
import policies from './en-US/policies';
import reports from './en-US/reports';
import research from './en-US/research';
import roundtables from './en-US/roundtables';
import scheduling from './en-US/scheduling';
import sectors from './en-US/sectors';
import type { MessageId } from './zh-CN';

/** Every key of zh-CN, in English: a missing one fails the build. */
const enUS: Record<MessageId, string> = {
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

export default enUS;
