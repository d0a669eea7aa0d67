import { validateProfile, type ProfileProblem } from './validate';
import type { LayoutProfile } from './schema';

/**
 * Profiles as settings carry them (saved in a workbook, given on the command line): anything, since
 * a workbook's store may be old or edited by hand. The valid ones are used; each invalid one is a
 * settings problem naming the profile and the field, never a crash.
 */
export function checkStoredProfiles(value: unknown): { profiles: LayoutProfile[]; problems: { index: number; name: string | null; problem: ProfileProblem }[] } {
  const profiles: LayoutProfile[] = [];
  const problems: { index: number; name: string | null; problem: ProfileProblem }[] = [];
  if (value === undefined || value === null) return { profiles, problems };
  const list = Array.isArray(value) ? value : [value];
  list.forEach((p, index) => {
    const r = validateProfile(p);
    if (r.ok) profiles.push(r.profile);
    else {
      const name = typeof (p as { name?: unknown })?.name === 'string' ? (p as { name: string }).name : null;
      for (const problem of r.problems) problems.push({ index, name, problem });
    }
  });
  return { profiles, problems };
}

export function validProfiles(value: unknown): LayoutProfile[] {
  return checkStoredProfiles(value).profiles;
}
