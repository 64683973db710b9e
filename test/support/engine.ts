/** Which engine a browser test runs in, for the few checks an engine cannot hold (the test's name says so). */

/** WebKit (Safari, WebKitGTK): its user agent names Safari without Chrome's or Firefox's name. */
export function isWebKit(): boolean {
  const agent = navigator.userAgent;
  return agent.includes('AppleWebKit') && !/\b(Chrome|Chromium|HeadlessChrome|Firefox)\//u.test(agent);
}
