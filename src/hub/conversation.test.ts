import { describe, expect, it } from 'vitest';
import { allowedReplies, checkReply, messageTypeLabel, needsAnswer, replyErrorText } from './conversation.ts';
import { MESSAGE_TYPES } from './message-schemas.ts';

describe('which types answer which', () => {
  it('follows the Schuldenknooppunt flows', () => {
    expect(allowedReplies('balance-request')).toEqual(['balance-answer', 'no-cooperation']);
    expect(allowedReplies('notice')).toEqual(['notice-answer', 'no-cooperation']);
    expect(allowedReplies('payment-proposal')).toContain('payment-proposal-answer');
    expect(allowedReplies('payment-proposal-answer')).toEqual(['reconsideration']);
    expect(allowedReplies('status-request')).toEqual(['status-message']);
    expect(allowedReplies('settlement-agreed')).toEqual([]);
  });

  it('only requests need an answer; a notice has no answer term', () => {
    const needing = MESSAGE_TYPES.filter(needsAnswer);
    expect(needing).toEqual(['balance-request', 'payment-proposal', 'reconsideration', 'status-request']);
  });

  it('every type has nl and en labels', () => {
    expect(messageTypeLabel('balance-request')).toBe('Saldoverzoek');
    expect(messageTypeLabel('balance-request', 'en')).toBe('Balance request');
    for (const t of MESSAGE_TYPES) expect(messageTypeLabel(t, 'en')).not.toBe(messageTypeLabel(t, 'nl'));
  });
});

describe('checkReply', () => {
  const request = { type: 'balance-request' } as const;
  const final = { type: 'balance-answer', supplementary: false } as const;
  const extra = { type: 'balance-answer', supplementary: true } as const;

  it('accepts a first answer and later supplementary answers', () => {
    expect(checkReply('creditor', final, request, []).ok).toBe(true);
    expect(checkReply('creditor', extra, request, [final]).ok).toBe(true);
    expect(checkReply('creditor', extra, request, [final, extra]).ok).toBe(true);
  });

  it('never changes a final answer', () => {
    expect(checkReply('creditor', final, request, [final])).toEqual({
      ok: false,
      error: { code: 'already-answered', parentType: 'balance-request' },
    });
    expect(checkReply('creditor', { type: 'no-cooperation' }, request, [final]).ok).toBe(false);
  });

  it('a supplementary answer needs a final balance answer before it', () => {
    expect(checkReply('creditor', extra, request, [])).toEqual({
      ok: false,
      error: { code: 'supplementary-without-final-answer' },
    });
    expect(checkReply('creditor', extra, request, [{ type: 'no-cooperation' }]).ok).toBe(false);
  });

  it('checks roles, reply types and thread openers', () => {
    expect(checkReply('counsellor', final, request, []).ok).toBe(false);
    expect(checkReply('creditor', { type: 'notice-answer' }, request, [])).toEqual({
      ok: false,
      error: { code: 'not-an-answer', type: 'notice-answer', parentType: 'balance-request' },
    });
    expect(checkReply('creditor', { type: 'no-cooperation' }, null, [])).toEqual({
      ok: false,
      error: { code: 'reply-required', type: 'no-cooperation' },
    });
    expect(checkReply('counsellor', { type: 'balance-request' }, null, []).ok).toBe(true);
    expect(checkReply('creditor', { type: 'status-request' }, null, []).ok).toBe(true);
  });

  it('explains errors in both languages', () => {
    const error = { code: 'sender-role-not-allowed', type: 'balance-answer', role: 'counsellor' } as const;
    expect(replyErrorText(error)).toBe('Een schuldhulpverlener mag geen Saldoverzoek antwoord versturen.');
    expect(replyErrorText(error, 'en')).toBe('A debt counsellor may not send a Balance answer.');
  });
});
