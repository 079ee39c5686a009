/**
 * Who wrote the email a draft is replying to: the sender's name, company and the role, read from
 * the quoted email in the draft (an "On … wrote:" header, a "From:" header, a `>` block and its
 * signature). Used by "Poise: New Reply…" to pre-fill `to`, `company` and `role`.
 *
 * Heuristic and conservative: a value is returned only when the text gives it clearly; anything
 * doubtful is left out so the template keeps its default for the user to overwrite.
 */

export interface QuotedSender {
  /** The sender's name as written ("Dana Rivera"). */
  name?: string;
  email?: string;
  company?: string;
  role?: string;
}

/** Mail and applicant-tracking domains that say nothing about the employer. */
const GENERIC_DOMAINS = new Set([
  'gmail', 'googlemail', 'yahoo', 'ymail', 'outlook', 'hotmail', 'live', 'msn', 'icloud', 'me', 'mac', 'aol', 'proton',
  'protonmail', 'pm', 'gmx', 'mail', 'web', 'zoho', 'fastmail', 'hey', 'yandex', 'qq', '163', 'comcast', 'verizon',
  'greenhouse', 'greenhouse-mail', 'lever', 'hire', 'workday', 'myworkday', 'myworkdayjobs', 'smartrecruiters',
  'ashbyhq', 'icims', 'jobvite', 'taleo', 'successfactors', 'bamboohr', 'recruitee', 'workable', 'teamtailor',
  'linkedin', 'indeed', 'noreply', 'no-reply', 'example',
]);

/** Words of job titles (a signature line made only of these is a title, not a company). */
const TITLE_WORDS = new Set([
  'recruiter', 'recruiting', 'recruitment', 'talent', 'acquisition', 'partner', 'manager', 'hiring', 'hr', 'human',
  'resources', 'people', 'operations', 'ops', 'lead', 'senior', 'sr', 'junior', 'principal', 'staff', 'head', 'of',
  'director', 'coordinator', 'specialist', 'associate', 'engineer', 'engineering', 'designer', 'design', 'product',
  'officer', 'chief', 'vp', 'vice', 'president', 'team', 'and', '&', 'the', 'sourcer', 'sourcing', 'executive',
  'generalist', 'consultant', 'advisor', 'adviser', 'analyst', 'assistant', 'administrator', 'business',
  'technical', 'university', 'campus', 'global', 'regional', 'marketing', 'sales', 'research', 'data', 'software',
]);

const CLOSINGS = /^(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|many thanks|thanks(?: again)?|thank you|sincerely(?: yours)?|yours(?: sincerely| truly)?|cheers|all the best|respectfully|with thanks|warmly)\s*[,.!]?\s*$/i;

const NAME_WORD = "[\\p{Lu}][\\p{L}'’.-]*";
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${NAME_WORD}|de|da|del|der|van|von|la|le|di|bin|al))*$`, 'u');

function cleanName(raw: string): string | undefined {
  let s = raw.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/\s+/g, ' ').trim();
  // "Rivera, Dana" → "Dana Rivera"
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(s);
  if (inverted) s = `${inverted[2]!.trim()} ${inverted[1]!.trim()}`;
  if (!s || s.length > 60 || /@|\d/.test(s)) return undefined;
  const words = s.split(' ');
  if (words.length > 5 || !NAME.test(s)) return undefined;
  if (words.every((w) => TITLE_WORDS.has(w.toLowerCase()))) return undefined;
  return s;
}

/** "dana.rivera@mail.northwind-traders.co.uk" → "northwind-traders" (or undefined for generic mail). */
function domainStem(email: string): string | undefined {
  const host = email.split('@')[1]?.toLowerCase().replace(/[>\]).,;]+$/, '');
  if (!host) return undefined;
  const parts = host.split('.');
  // Drop the public suffix (one or two labels: .com, .co.uk, .com.au).
  let i = parts.length - 1;
  if (i >= 2 && parts[i]!.length === 2 && /^(?:co|com|org|net|ac|gov|edu)$/.test(parts[i - 1]!)) i -= 1;
  const stem = parts[i - 1];
  if (!stem || GENERIC_DOMAINS.has(stem)) return undefined;
  return stem;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function titleCaseStem(stem: string): string {
  return stem.split(/[-_]/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

/** Lines of the quoted part: `>` lines (unquoted) and everything after an "On … wrote:" header. */
function quotedLines(text: string): { lines: string[]; header?: string } {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: string[] = [];
  let header: string | undefined;
  let inThread = false;
  for (let i = 0; i < all.length; i++) {
    const raw = all[i]!;
    const unq = raw.replace(/^\s{0,3}(?:>\s?)+/, '');
    const isQuote = /^\s{0,3}>/.test(raw);
    // "On Tue, Mar 3, 2026 at 10:02 AM, Dana Rivera <dana@x.com> wrote:" (may wrap onto a second line).
    if (!header) {
      const joined = /\bwrote:\s*$/.test(unq) ? unq : i + 1 < all.length && /^\s*On\s/.test(unq) && /\bwrote:\s*$/.test(all[i + 1]!.replace(/^\s{0,3}(?:>\s?)+/, '')) ? `${unq} ${all[i + 1]!.replace(/^\s{0,3}(?:>\s?)+/, '')}` : undefined;
      if (joined && /^\s*On\s/.test(joined)) {
        header = joined.trim();
        inThread = true;
        if (joined !== unq) i++;
        continue;
      }
    }
    if (isQuote || inThread) lines.push(unq);
  }
  return header === undefined ? { lines } : { lines, header };
}

function fromHeader(header: string): { name?: string; email?: string } {
  const body = header.replace(/^\s*On\s+/, '').replace(/\s*wrote:\s*$/, '');
  const email = /<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?/.exec(body);
  const beforeEmail = email ? body.slice(0, email.index) : body;
  // The name is the last comma-separated part before the email (or before "wrote:").
  const parts = beforeEmail.split(/,|\bat\s+\d{1,2}[:.]\d{2}(?:\s*[AP]M)?/i).map((p) => p.trim()).filter(Boolean);
  let name: string | undefined;
  for (let k = parts.length - 1; k >= 0 && !name; k--) {
    const candidate = parts[k]!.replace(/^\d{1,2}[:.]\d{2}(?:\s*[AP]M)?\s*/i, '');
    name = cleanName(candidate);
    if (/\d/.test(parts[k]!) && !name) break;
  }
  const out: { name?: string; email?: string } = {};
  if (name) out.name = name;
  if (email) out.email = email[1]!;
  return out;
}

const COMPANY_WORD = "(?:[\\p{Lu}\\d][\\p{L}\\d'’&-]*(?:\\.[\\p{L}\\d]+)*)";
const COMPANY_PHRASE = new RegExp(
  `\\b(?:at|with|join(?:ing)?|from|in|for|to)\\s+(?:the\\s+)?(${COMPANY_WORD}(?:\\s+(?:${COMPANY_WORD}|&|of|and)){0,3})`,
  'gu',
);
const ROLE = new RegExp(
  `\\b(?:the|our|this|your)\\s+((?:[\\p{Lu}][\\p{L}/&+#.-]*\\s+){0,5}[\\p{Lu}][\\p{L}/&+#.-]*)\\s+(?:role|position|opening|vacancy|job|opportunity)\\b`,
  'u',
);
const NOT_COMPANY = new Set(['i', 'we', 'you', 'the', 'our', 'your', 'this', 'that', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'ms', 'mrs', 'dr']);

function trimCompany(s: string): string | undefined {
  const words = s.trim().replace(/[.,;:!?]+$/, '').split(/\s+/);
  while (words.length && /^(?:&|of|and)$/i.test(words[words.length - 1]!)) words.pop();
  if (!words.length || NOT_COMPANY.has(words[0]!.toLowerCase().replace(/\.$/, ''))) return undefined;
  if (words.every((w) => TITLE_WORDS.has(w.toLowerCase()))) return undefined;
  return words.join(' ');
}

/** Finds the sender of the email quoted in `text`, or {} when there is no quoted email. */
export function findQuotedSender(text: string): QuotedSender {
  const { lines, header } = quotedLines(text);
  if (!lines.length && !header) return {};
  const out: QuotedSender = {};
  if (header) Object.assign(out, fromHeader(header));

  // Outlook-style headers inside the quote.
  for (const line of lines) {
    const from = /^\s*\**From:?\**:?\s+(.+)$/i.exec(line);
    if (!from) continue;
    const email = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.exec(from[1]!);
    const name = cleanName(from[1]!.replace(/\s*[<[(].*$/, '').replace(/mailto:.*/i, ''));
    if (!out.name && name) out.name = name;
    if (!out.email && email) out.email = email[1]!;
    break;
  }

  // The signature: the line after a closing ("Best,"), then title/company lines.
  let signatureCompany: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!CLOSINGS.test(lines[i]!.trim())) continue;
    const rest = lines.slice(i + 1).map((l) => l.trim()).filter(Boolean).slice(0, 4);
    const first = rest[0];
    if (first) {
      const [namePart, ...tail] = first.split(/\s*[|,–—]\s*|\s+-\s+/);
      const name = cleanName(namePart ?? '');
      if (name && !out.name) out.name = name;
      const after = name ? [tail.join(', '), ...rest.slice(1)] : rest;
      for (const l of after) {
        const segs = l.split(/\s*[|,–—@]\s*|\s+-\s+|\s+at\s+/).map((x) => x.trim()).filter(Boolean);
        for (const seg of segs.reverse()) {
          if (/[\w.+-]+@|https?:|www\.|\d{3}/.test(seg)) continue;
          const c = trimCompany(seg);
          if (c && /^\p{Lu}/u.test(c)) {
            signatureCompany = c;
            break;
          }
        }
        if (signatureCompany) break;
      }
    }
    break;
  }

  const quoted = lines.filter((l) => !/^\s*\**(?:From|To|Cc|Sent|Date|Subject)\b/i.test(l)).join('\n');
  if (!out.email) {
    const email = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.exec(lines.join('\n'));
    if (email) out.email = email[1]!;
  }
  const stem = out.email ? domainStem(out.email) : undefined;

  // Company: a phrase matching the email domain, else the signature, else the domain, else a phrase.
  const phrases: string[] = [];
  for (const m of quoted.matchAll(COMPANY_PHRASE)) {
    const c = trimCompany(m[1]!);
    if (c) phrases.push(c);
  }
  const matchesStem = (c: string) => stem !== undefined && (squash(c).startsWith(squash(stem)) || squash(stem).startsWith(squash(c)));
  const company = phrases.find(matchesStem) ??
    (signatureCompany && (!stem || matchesStem(signatureCompany)) ? signatureCompany : undefined) ??
    (stem ? titleCaseStem(stem) : signatureCompany ?? phrases[0]);
  if (company) out.company = company;

  const role = ROLE.exec(quoted);
  if (role) {
    const r = role[1]!.trim();
    if (!out.company || squash(r) !== squash(out.company)) out.role = r;
  }
  return out;
}
