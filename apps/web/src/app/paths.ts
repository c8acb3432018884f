/**
 * Every console path. None starts with an API prefix (/graphql, /health, /metrics, /imports,
 * /assets) or ends in a file name, so the API's SPA fallback never shadows an endpoint.
 */
export enum AppPath {
  LogIn = '/login',
  SignUp = '/signup',
  /** 忘记密码: asks for the e-mail that receives a reset link. */
  ForgotPassword = '/forgot-password',
  /** The mailed link's page: a new password with the link's token. */
  ResetPassword = '/reset-password',
  Home = '/',
  Enterprise = '/enterprise',
  Listings = '/listings',
  ListingDetail = '/listings/:listingId',
  Suggestions = '/suggestions',
  Notifications = '/notifications',
  NotificationSettings = '/settings/notifications',
  /** 账户安全: the password, and logging out of every device. */
  AccountSecurity = '/settings/account',
  ChainPanorama = '/chain',
  /** 惠企政策 for the firm: what it qualifies for, and applying. */
  Policies = '/policies',
  /** 政策发布 for a government body: its policies and their applications. */
  PolicyPublisher = '/government/policies',
  /** 政银企: a bank's financing products and the needs matched to them. */
  FinancingProducts = '/finance/products',
  /** 政银企: a firm's financing needs, matched products and 订单融资 consents. */
  FinancingNeeds = '/finance/needs',
  /** 产业招商: leads, projects and the pipeline (government bodies), contacts (firms). */
  Investment = '/investment',
  Events = '/events',
  EventDetail = '/events/:eventId',
  EventTab = '/events/:eventId/:tab',
  EventSchedule = '/organiser/events/:eventId/schedule',
  EventReport = '/organiser/events/:eventId/report',
  OrganiserEvents = '/organiser/events',
  OrganiserEventNew = '/organiser/events/new',
  OrganiserEvent = '/organiser/events/:eventId',
  OrganiserEventTab = '/organiser/events/:eventId/:tab',
  /** 认领审核 (organisers): claims on the firms their imports created. */
  OrganiserClaims = '/organiser/claims',
  /** 活动现场 (organisers): check-in desk and meeting attendance. */
  EventDay = '/organiser/events/:eventId/day',
  /** 政产学金 · 技术成果 (research bodies). */
  ResearchResults = '/research/results',
  /** 政产学金 · 技术需求 (firms). */
  TechnologyNeeds = '/research/needs',
  /** 现场大屏 (organisers): full screen, without the menu. */
  EventFloor = '/organiser/events/:eventId/floor',
}

/** A path with its parameters filled in. */
export function pathTo(path: AppPath, params: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}
