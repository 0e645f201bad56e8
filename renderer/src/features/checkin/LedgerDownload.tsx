// Renderer: a button that saves check-ins from this desk's ledger as a CSV file (Resmark has no
// check-in API, so this file is the venue's record). Made in memory and handed to the browser's
// download, so nothing leaves the desk; says plainly when it could not be made.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerExportQuery } from '../../../../shared/domain/checkin';
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { useErrorText } from '../../i18n/error-text';

export function LedgerDownload({ query, label }: { query: LedgerExportQuery; label: string }) {
  const { resmarkCheckin } = useStores();
  const { t } = useTranslation('checkin');
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    const r = await resmarkCheckin.getState().exportCsv(query);
    setBusy(false);
    if (!r.ok) {
      setProblem(t('ledger.failed', { reason: errorText(r.error) }));
      return;
    }
    const url = URL.createObjectURL(new Blob([r.value.csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = r.value.fileName;
    link.click();
    // The browser has taken its copy once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div className="ledger-download">
      <Button variant="secondary" busy={busy} onClick={() => void download()}>
        {label}
      </Button>
      {problem && (
        <p className="checkin-result__line checkin-result__line--error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
