// The portal profiles, in the order they are tried. One file per profile.
// To add one: write fixtures/<family>-<case>/ (input.html + meta.json with "portal": "<id>"), add
// src/clean/profiles/<id>.ts naming that fixture as `example`, list it below, and check that the
// generic cleaner alone (cleanWithProfile(input, null)) already passes the fixture: a profile refines.
import type { PortalProfile } from './types.js';
import { normalizeText } from '../../normalize/text.js';
import { yenbaiGov } from './yenbai-gov.js';
import { sharepointPortal } from './sharepoint-portal.js';
import { tuyenquangGov } from './tuyenquang-gov.js';
import { provincialNewspaper } from './provincial-newspaper.js';

export type { PortalProfile } from './types.js';

/** All profiles; host matches win over signatures, earlier profiles over later ones. */
export const PROFILES: readonly PortalProfile[] = [yenbaiGov, sharepointPortal, tuyenquangGov, provincialNewspaper];

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

// Weak markers (asset paths) decide only when this many distinct ones match.
const WEAK_SIGNATURES_MIN = 3;

/** The profile for a page, chosen by URL host, then by signatures in its first 64 KB (HTML) or 4 KB (text); null if none. */
export function chooseProfile(content: string, format: 'html' | 'text', url?: string | null): PortalProfile | null {
  const host = hostOf(url);
  if (host) for (const p of PROFILES) if (p.hosts.some((h) => h.test(host))) return p;
  // Markers sit in the <head> or the first screen of a page; the top lines of a text export.
  const raw = content.slice(0, format === 'html' ? 65_536 : 4096);
  // Pages reach here as decoded (the cleaner normalizes only what it reads): try the head as it
  // is, then normalized (NFC, plain spaces) when that could change it.
  const strong = (head: string): PortalProfile | undefined => PROFILES.find((p) => p.signatures.some((s) => s.test(head)));
  const weak = (head: string): PortalProfile | undefined =>
    PROFILES.find((p) => (p.weakSignatures ?? []).filter((s) => s.test(head)).length >= WEAK_SIGNATURES_MIN);
  const hit = strong(raw);
  if (hit) return hit;
  const normalized = normalizeText(raw);
  const changed = normalized !== raw;
  return (changed ? strong(normalized) : undefined) ?? weak(raw) ?? (changed ? weak(normalized) : undefined) ?? null;
}
