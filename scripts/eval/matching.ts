/** The matching rules of the evaluation set (eval/README.md), shared by the FAQ and the scenario checks. */

/** Lower case, every run of whitespace one space. */
export function normaliseReply(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

const cache = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = cache.get(source);
  if (!re) {
    re = new RegExp(source, 'i');
    cache.set(source, re);
  }
  return re;
}

export interface MatchResult {
  pass: boolean;
  /** Indexes of the groups no alternative matched. */
  failedGroups: number[];
  /** The `expect_none` patterns that matched, with the text they matched. */
  forbidden: { pattern: string; matched: string }[];
}

/** A case passes when every group has a matching alternative and no `expect_none` pattern matches. */
export function matchReply(reply: string, groups: readonly string[][], none: readonly string[] = []): MatchResult {
  const text = normaliseReply(reply);
  const failedGroups = groups.flatMap((group, i) => (group.some((p) => pattern(p).test(text)) ? [] : [i]));
  const forbidden = none.flatMap((p) => {
    const m = pattern(p).exec(text);
    return m ? [{ pattern: p, matched: m[0] }] : [];
  });
  return { pass: failedGroups.length === 0 && forbidden.length === 0, failedGroups, forbidden };
}
