import type { Lang } from '../i18n/lang.ts';
import { apiFetch, apiRequest } from './client.ts';

export interface Department {
  code: string;
  name: string;
}

export interface RejectedRow {
  row: number;
  field: string;
  /** The column as the file names it. */
  column: string;
  value: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  /** URL of a CSV with the bad rows, when there are any to fix. */
  rejectedFile: string | null;
}

export interface ImportOutcome {
  /** false when the server rejected the whole file (HTTP 422). */
  accepted: boolean;
  report: ImportReport;
}

export interface ClaimImportRequest {
  department: string;
  file: File;
  partial: boolean;
  dryRun: boolean;
  lang: Lang;
}

export async function listDepartments(signal?: AbortSignal): Promise<Department[]> {
  const body = await apiFetch<{ departments: Department[] }>('/api/v1/departments', { signal });
  return body.departments;
}

export async function uploadClaims(request: ClaimImportRequest): Promise<ImportOutcome> {
  const form = new FormData();
  form.set('department', request.department);
  form.set('partial', String(request.partial));
  form.set('dryRun', String(request.dryRun));
  form.set('lang', request.lang);
  form.set('file', request.file, request.file.name);
  const response = await apiRequest<ImportReport>('/api/v1/claim-imports', {
    method: 'POST',
    form,
    acceptStatuses: [422],
  });
  return { accepted: response.status !== 422, report: response.body };
}
