// Renderer: "Download CSV" of the day's sales. The file is made by the core (sales:export, the
// same as the CLI's `summary --csv`) and handed to the browser's download, so nothing leaves the
// desk; says plainly when it could not be made.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores-context';
import { Button } from '../../ui/Button';
import { useErrorText } from '../../i18n/error-text';

export function SummaryDownload({ disabled }: { disabled: boolean }) {
  const { summary } = useStores();
  const { t } = useTranslation('summary');
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    const r = await summary.getState().exportCsv();
    setBusy(false);
    if (!r.ok) {
      setProblem(t('download.failed', { message: errorText(r.error) }));
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
    <div className="summary__download">
      <Button variant="secondary" busy={busy} disabled={disabled} onClick={() => void download()}>
        {t('download.label')}
      </Button>
      {problem && (
        <p className="summary__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
