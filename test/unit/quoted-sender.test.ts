import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findQuotedSender } from '../../src/core/quoted-sender';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/messages/${name}`, import.meta.url), 'utf8');

test('a Gmail-style "On … wrote:" thread: name, email, role; an example.com address gives no company', () => {
  const s = findQuotedSender(fixture('d01-rejection-reply-quoted-thread.md'));
  assert.equal(s.name, 'Sarah Torres');
  assert.equal(s.email, 's.torres@example.com');
  assert.equal(s.role, 'Operations Coordinator');
  assert.equal(s.company, undefined);
});

test('an Outlook-style From: header inside a > quote', () => {
  const s = findQuotedSender(fixture('d09-recruiter-decline-quoted.md'));
  assert.equal(s.name, 'Priya Nair');
});

test('company from a phrase that matches the sender\'s domain, over the bare domain', () => {
  const text = [
    'Dear Ms. Rivera,', '', 'Thanks for letting me know.', '',
    'On Tue, Mar 3, 2026 at 10:02 AM, Dana Rivera <dana.rivera@northwind-traders.com> wrote:',
    '> Hi Alex,',
    '> Thank you for your interest in the Senior Product Designer role at Northwind Traders. After careful consideration we have decided to move forward with another candidate.',
    '> Best,',
    '> Dana Rivera',
    '> Talent Acquisition | Northwind Traders',
  ].join('\n');
  assert.deepEqual(findQuotedSender(text), {
    name: 'Dana Rivera',
    email: 'dana.rivera@northwind-traders.com',
    company: 'Northwind Traders',
    role: 'Senior Product Designer',
  });
});

test('a header wrapped over two lines, and a company from the domain alone', () => {
  const text = 'Thanks!\n\nOn Mon, 2 Feb 2026 at 14:30, Sam O\'Neil\n<sam@globex.co.uk> wrote:\n\n> We will not be moving forward.\n';
  const s = findQuotedSender(text);
  assert.equal(s.name, "Sam O'Neil");
  assert.equal(s.company, 'Globex');
});

test('a > block with only a signature: the name, and the company from its title line', () => {
  const text = 'My reply.\n\n> We have filled the position.\n>\n> Kind regards,\n> Lee Chen, Recruiter, Initech\n';
  const s = findQuotedSender(text);
  assert.equal(s.name, 'Lee Chen');
  assert.equal(s.company, 'Initech');
});

test('"From: Rivera, Dana <…>" is reordered; ATS and webmail domains give no company', () => {
  const text = '> **From:** Rivera, Dana <dana@greenhouse-mail.io>\n> **Sent:** Monday\n>\n> Thanks for applying to Contoso.\n';
  const s = findQuotedSender(text);
  assert.equal(s.name, 'Dana Rivera');
  assert.equal(s.company, 'Contoso');
});

test('no quoted email: nothing', () => {
  assert.deepEqual(findQuotedSender('Dear Ms. Rivera,\n\nThank you for the interview at Northwind.\n\nBest,\nAlex\n'), {});
  assert.deepEqual(findQuotedSender(''), {});
});

test('a quote whose signature is a title only does not invent a name', () => {
  const s = findQuotedSender('> Thanks for your time.\n>\n> Best regards,\n> The Hiring Team\n');
  assert.equal(s.name, undefined);
  assert.equal(s.company, undefined);
});
