import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useMemo, useState } from 'react';

import { useT } from '../../../app/i18n';
import {
  CommitListingImportDocument,
  ListingImportDocument,
  ListingImportPreviewDocument,
} from '../../../generated/graphql';
import { fieldErrorsOf } from '../../../shared/applyServerErrors';
import { graphQLErrorsOf } from '../../../shared/graphqlErrors';
import { usePollWhile } from '../../listings/hooks/usePollWhile';
import type { RowRef } from '../utils/importCorrections';
import { restErrors, rowKey, toCorrections } from '../utils/importCorrections';

export const PREVIEW_PAGE = 50;
const REPORT_PAGE = 50;

/**
 * The 供需清单 import: upload for a dry run (nothing written), the preview re-checked with the
 * organiser's category corrections, the commit, its progress polled until done, and the per-row report.
 */
export function useListingImport(eventId: string) {
  const t = useT();
  const { message } = App.useApp();
  const [importId, setImportId] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<number | null>(null);
  const [uploading, setUploading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [committed, setCommitted] = useState(false);
  const [chosen, setChosen] = useState(new Map<string, RowRef & { categoryCode: string }>());
  const [previewPage, setPreviewPage] = useState(1);
  const [reportPage, setReportPage] = useState(1);
  const corrections = useMemo(() => toCorrections(chosen), [chosen]);

  const preview = useQuery(ListingImportPreviewDocument, {
    skip: !importId || committed,
    variables: {
      id: importId ?? '',
      corrections,
      first: PREVIEW_PAGE,
      offset: (previewPage - 1) * PREVIEW_PAGE,
    },
  });
  const [commit, { loading: committing }] = useMutation(CommitListingImportDocument);
  const report = useQuery(ListingImportDocument, {
    skip: !importId || !committed,
    variables: { id: importId ?? '', first: REPORT_PAGE, offset: (reportPage - 1) * REPORT_PAGE },
  });
  const status = report.data?.listingImport?.status;
  usePollWhile(committed && (status === undefined || status === 'QUEUED' || status === 'RUNNING'), report, 500);

  async function upload(file: File) {
    setUploading(true);
    setFileError(null);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const res = await fetch(`/events/${encodeURIComponent(eventId)}/listings/import?dryRun=true`, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        // The session cookie alone may not write: this header proves a preflighted (same-site) request.
        headers: { 'apollo-require-preflight': 'true' },
      });
      const answer: unknown = await res.json().catch(() => null);
      if (!res.ok) {
        const { byField, unowned } = fieldErrorsOf(restErrors(answer, res.status), ['file']);
        setFileError([...(byField.get('file') ?? []), ...unowned].join('；'));
        return;
      }
      const dryRun = answer as { id: string; skipped: number | null };
      setChosen(new Map());
      setPreviewPage(1);
      setReportPage(1);
      setCommitted(false);
      setSkipped(dryRun.skipped);
      setImportId(dryRun.id);
    } catch {
      setFileError(t('app.network'));
    } finally {
      setUploading(false);
    }
  }

  function correct(row: RowRef, categoryCode: string) {
    setChosen((before) => new Map(before).set(rowKey(row), { ...row, categoryCode }));
  }

  async function commitImport() {
    if (!importId) return;
    try {
      await commit({ variables: { id: importId, corrections } });
      setCommitted(true);
    } catch (error) {
      for (const e of graphQLErrorsOf(error)) void message.error(e.message);
    }
  }

  function reset() {
    setImportId(null);
    setCommitted(false);
    setChosen(new Map());
    setSkipped(null);
  }

  return {
    upload,
    uploading,
    fileError,
    preview: committed ? null : (preview.data?.previewListingImport ?? null),
    previewLoading: preview.loading,
    previewPage,
    setPreviewPage,
    skipped,
    chosen,
    correct,
    commit: commitImport,
    committing,
    committed,
    result: committed ? (report.data?.listingImport ?? null) : null,
    reportPage,
    setReportPage,
    reset,
  };
}
