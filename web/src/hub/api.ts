import { apiFetch } from '../api/client.ts';
import type { Answer, Body } from '../api/contract.ts';
import type { FieldSchema } from './body-form.ts';

export type MessageSummary = Answer<'/api/v1/hub/inbox'>['messages'][number];
export type Participant = Answer<'/api/v1/hub/participants'>['participants'][number];
export type NewParticipant = Body<'/api/v1/hub/participants'>;

const q = (params: Record<string, string | undefined>) => {
  const s = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return s ? `?${s}` : '';
};

export const hubApi = {
  me: () => apiFetch<Answer<'/api/v1/hub/me'>>('/api/v1/hub/me'),
  messageSchemas: () => apiFetch<{ schemas: Record<string, FieldSchema> }>('/api/v1/hub/message-schemas'),
  inbox: (as?: string) => apiFetch<Answer<'/api/v1/hub/inbox'>>(`/api/v1/hub/inbox${q({ as })}`),
  sent: (as?: string) => apiFetch<Answer<'/api/v1/hub/sent'>>(`/api/v1/hub/sent${q({ as })}`),
  conversation: (id: string) =>
    apiFetch<Answer<'/api/v1/hub/conversations/{id}'>>(`/api/v1/hub/conversations/${id}`),
  open: (id: string) => apiFetch<Answer<'/api/v1/hub/messages/{id}'>>(`/api/v1/hub/messages/${id}`),
  confirm: (id: string) =>
    apiFetch<Answer<'/api/v1/hub/messages/{id}/confirm', 'post'>>(`/api/v1/hub/messages/${id}/confirm`, {
      method: 'POST',
    }),
  draft: (id: string) =>
    apiFetch<Answer<'/api/v1/hub/messages/{id}/draft-answer'>>(`/api/v1/hub/messages/${id}/draft-answer`),
  send: (message: Body<'/api/v1/hub/messages'>) =>
    apiFetch<Answer<'/api/v1/hub/messages', 'post'>>('/api/v1/hub/messages', { json: message }),
  participants: (query?: string) =>
    apiFetch<Answer<'/api/v1/hub/participants'>>(`/api/v1/hub/participants${q({ query })}`),
  addParticipant: (p: NewParticipant) =>
    apiFetch<Answer<'/api/v1/hub/participants', 'post'>>('/api/v1/hub/participants', { json: p }),
};
