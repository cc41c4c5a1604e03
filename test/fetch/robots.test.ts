import { describe, expect, it } from 'vitest';
import { isAllowed, parseRobots, productToken, rulesFor, verdictAllows, wildcardMatch, RobotsCache, type RobotsVerdict } from '../../src/input/robots.js';

// A robots.txt in the style of a provincial portal: a generic group, a bantin group, comments,
// a sitemap line between groups and Windows line ends.
const PORTAL_ROBOTS = [
  '# robots.txt cổng thông tin điện tử tỉnh',
  'User-agent: *',
  'Disallow: /_layouts/',
  'Disallow: /Pages/Search.aspx',
  'Disallow: /*?print=1$',
  'Allow: /_layouts/images/',
  '',
  'Sitemap: https://portal.example.gov.vn/sitemap.xml',
  '',
  'User-agent: BadBot',
  'User-agent: bantin',
  'Disallow: /van-ban/*.pdf$',
  'Disallow: /tìm-kiếm',
  'Crawl-delay: 10',
  'Disallow: /quan-tri # khu vực quản trị',
].join('\r\n');

describe('parseRobots', () => {
  const file = parseRobots(PORTAL_ROBOTS);

  it('groups consecutive user-agent lines and keeps rules after other records', () => {
    expect(file.groups).toHaveLength(2);
    expect(file.groups[1]!.agents).toEqual(['badbot', 'bantin']);
    expect(file.groups[1]!.rules.map((r) => r.pattern)).toEqual(['/van-ban/*.pdf$', '/t%C3%ACm-ki%E1%BA%BFm', '/quan-tri']);
  });

  it('uses only the group naming the agent, else the * group', () => {
    expect(rulesFor(file, 'bantin').some((r) => r.pattern === '/_layouts/')).toBe(false);
    expect(rulesFor(file, 'otherbot').map((r) => r.pattern)).toContain('/_layouts/');
  });

  it('applies longest match, Allow on ties, wildcards and $', () => {
    const star = 'somebot';
    expect(isAllowed(file, star, '/_layouts/15/start.aspx')).toBe(false);
    expect(isAllowed(file, star, '/_layouts/images/logo.png')).toBe(true);
    expect(isAllowed(file, star, '/Pages/Search.aspx?k=x')).toBe(false);
    expect(isAllowed(file, star, '/pages/search.aspx')).toBe(true); // paths are case-sensitive
    expect(isAllowed(file, star, '/tin-tuc/bai-1.aspx?print=1')).toBe(false);
    expect(isAllowed(file, star, '/tin-tuc/bai-1.aspx?print=1&x=2')).toBe(true);
    expect(isAllowed(file, 'bantin', '/van-ban/qd-12.pdf')).toBe(false);
    expect(isAllowed(file, 'bantin', '/van-ban/qd-12.pdf.html')).toBe(true);
    expect(isAllowed(file, 'bantin', '/_layouts/15/start.aspx')).toBe(true);
    expect(isAllowed(file, 'bantin', '/quan-tri/users')).toBe(false);
  });

  it('compares non-ASCII paths octet by octet (percent-encoded, either hex case)', () => {
    expect(isAllowed(file, 'bantin', new URL('https://x.vn/tìm-kiếm?q=1').pathname)).toBe(false);
    expect(isAllowed(file, 'bantin', '/t%c3%acm-ki%e1%ba%bfm')).toBe(false);
  });

  it('lets an Allow win a tie of equal length', () => {
    const f = parseRobots('User-agent: *\nDisallow: /a\nAllow: /a\n');
    expect(isAllowed(f, 'bantin', '/a/b')).toBe(true);
  });

  it('treats an empty Disallow as allowing everything, and rules before any group as void', () => {
    expect(isAllowed(parseRobots('Disallow: /\nUser-agent: *\nDisallow:\n'), 'bantin', '/x')).toBe(true);
  });

  it('always allows /robots.txt itself', () => {
    expect(isAllowed(parseRobots('User-agent: *\nDisallow: /\n'), 'bantin', '/robots.txt')).toBe(true);
    expect(isAllowed(parseRobots('User-agent: *\nDisallow: /\n'), 'bantin', '/tin-tuc')).toBe(false);
  });

  it('matches a user-agent line by its product token', () => {
    const f = parseRobots('User-agent: bantin/0.1\nDisallow: /x\n');
    expect(isAllowed(f, 'bantin', '/x/1')).toBe(false);
    expect(isAllowed(f, 'bantinx', '/x/1')).toBe(true);
  });

  it('reads an HTML soft-404 page as no rules', () => {
    const f = parseRobots('<!doctype html><html><body><p>Trang không tồn tại: /robots.txt</p></body></html>');
    expect(isAllowed(f, 'bantin', '/tin-tuc')).toBe(true);
  });

  it('copes with hostile input (many stars, long blank runs) without backtracking blow-up', () => {
    const hostile = `User-agent: *\nDisallow: /${'*a'.repeat(2000)}b\nDisallow: ${' '.repeat(100_000)}x\n`;
    const f = parseRobots(hostile);
    expect(f.groups[0]!.rules.map((r) => r.pattern.length)).toEqual([4002, 1]);
    expect(isAllowed(f, 'bantin', `/${'a'.repeat(5000)}`)).toBe(true);
    expect(isAllowed(f, 'bantin', `/${'a'.repeat(5000)}b`)).toBe(false);
  });
});

describe('wildcardMatch', () => {
  it('matches prefixes, stars and anchors', () => {
    expect(wildcardMatch('/a', '/abc')).toBe(true);
    expect(wildcardMatch('/a$', '/abc')).toBe(false);
    expect(wildcardMatch('/a$', '/a')).toBe(true);
    expect(wildcardMatch('/*/x', '/q/r/x/y')).toBe(true);
    expect(wildcardMatch('/*.aspx$', '/a.aspx.bak')).toBe(false);
    expect(wildcardMatch('*', '/')).toBe(true);
    expect(wildcardMatch('/b', '/a')).toBe(false);
  });
});

describe('productToken', () => {
  it('takes the leading product name, lower-cased', () => {
    expect(productToken('bantin/0.1.0 (+https://github.com/bantin; Vietnamese bulletin extractor)')).toBe('bantin');
    expect(productToken('Mozilla/5.0 (X11)')).toBe('mozilla');
  });
});

describe('verdictAllows and RobotsCache', () => {
  it('disallows all but robots.txt for a disallow-all verdict', () => {
    const v: RobotsVerdict = { kind: 'disallow-all', reason: 'HTTP 503' };
    expect(verdictAllows(v, 'bantin', '/tin-tuc')).toBe(false);
    expect(verdictAllows(v, 'bantin', '/robots.txt')).toBe(true);
    expect(verdictAllows({ kind: 'allow-all', reason: 'HTTP 404' }, 'bantin', '/x')).toBe(true);
  });

  it('loads each origin once, even for concurrent callers', async () => {
    const loads: string[] = [];
    const cache = new RobotsCache(async (origin) => {
      loads.push(origin);
      return { kind: 'allow-all', reason: 'test' };
    });
    await Promise.all([cache.verdict('https://a.vn'), cache.verdict('https://a.vn'), cache.verdict('http://a.vn')]);
    await cache.verdict('https://a.vn');
    expect(loads).toEqual(['https://a.vn', 'http://a.vn']);
  });
});
