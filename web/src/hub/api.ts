import { apiFetch } from '../api/client.ts';
import type { FieldSchema } from './body-form.ts';

export interface MessageSummary {
  id: string;
  conversationId: string;
  type: string;
  sender: string;
  senderName: string;
  recipient: string;
  recipientName: string;
  debtorReference: string;
  inReplyTo: string | null;
  urgent: boolean;
  sentAt: string;
  sentOn: string;
  dueOn: string | null;
  fetched: boolean;
  confirmedOn: string | null;
  answeredOn: string | null;
  expiredOn: string | null;
  purged: boolean;
}

export interface Participant {
  code: string;
  name: string;
  inside: boolean;
  ownOrganisation: boolean;
  department: string | null;
  companyNumber: string | null;
  role: 'counsellor' | 'creditor' | 'both';
  acceptsNationalNumber: boolean;
  priorConsent: boolean;
  active: boolean;
}

const q = (params: Record<string, string | undefined>) => {
  const s = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return s ? `?${s}` : '';
};

export const hubApi = {
  me: () => apiFetch<{ participants: Participant[] }>('/api/v1/hub/me'),
  messageSchemas: () => apiFetch<{ schemas: Record<string, FieldSchema> }>('/api/v1/hub/message-schemas'),
  inbox: (as?: string) => apiFetch<{ messages: MessageSummary[] }>(`/api/v1/hub/inbox${q({ as })}`),
  sent: (as?: string) => apiFetch<{ messages: MessageSummary[] }>(`/api/v1/hub/sent${q({ as })}`),
  conversation: (id: string) => apiFetch<{ messages: MessageSummary[] }>(`/api/v1/hub/conversations/${id}`),
  open: (id: string) => apiFetch<{ message: MessageSummary; body: unknown }>(`/api/v1/hub/messages/${id}`),
  confirm: (id: string) =>
    apiFetch<{ confirmed: number }>(`/api/v1/hub/messages/${id}/confirm`, { method: 'POST' }),
  draft: (id: string) => apiFetch<{ type: string; body: unknown }>(`/api/v1/hub/messages/${id}/draft-answer`),
  send: (message: Record<string, unknown>) =>
    apiFetch<MessageSummary>('/api/v1/hub/messages', { json: message }),
  participants: (query?: string) =>
    apiFetch<{ participants: Participant[] }>(`/api/v1/hub/participants${q({ query })}`),
  addParticipant: (p: Record<string, unknown>) =>
    apiFetch<Participant>('/api/v1/hub/participants', { json: p }),
};
