export default {
  'auth.login.title': '登录',
  'auth.signup.title': '注册账号',
  'auth.email': '邮箱',
  'auth.password': '密码',
  'auth.passwordHint': '至少 10 个字符',
  'auth.displayName': '姓名',
  'auth.login.submit': '登录',
  'auth.signup.submit': '注册',
  'auth.toSignup': '没有账号？立即注册',
  'auth.toLogin': '已有账号？去登录',
} as const;
