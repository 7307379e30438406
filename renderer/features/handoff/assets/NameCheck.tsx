import { useState } from 'react';
import type { AssetRegisterRow } from '../../../../shared/model';
import type { BatonError } from '../../../api/errors';
import { Button } from '../../../ui';
import type { AssetRegisterHandle } from './useAssetRegister';

/**
 * The current file name's problems against the naming convention, each naming its part, with
 * the suggested name and "Use this name" (the file renamed: same version, approval kept).
 */
export function NameCheck({
  row,
  register,
}: {
  row: AssetRegisterRow;
  register: AssetRegisterHandle;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<BatonError | null>(null);
  const check = row.nameCheck;
  if (!check || check.ok) return null;
  const suggestion = check.suggestion;
  const use = async () => {
    if (!suggestion || busy) return;
    setBusy(true);
    setFailure(
      await register.mutate(() => register.api.assets.update({ id: row.id, fileName: suggestion })),
    );
    setBusy(false);
  };
  return (
    <div className="ar-problem ar-problem--name">
      <p className="ar-problem__title">
        <code className="ar-file">{check.fileName}</code> breaks the naming convention
      </p>
      <ul className="ar-problem__list">
        {check.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      {suggestion ? (
        <div className="ar-suggestion">
          <span>
            Suggested: <code className="ar-file">{suggestion}</code>
          </span>
          <Button size="sm" busy={busy} onClick={() => void use()}>
            Use this name
          </Button>
        </div>
      ) : null}
      {check.unresolved.length > 0 ? (
        <p className="hf-muted">Still to fill in by hand: {check.unresolved.join('; ')}</p>
      ) : null}
      {failure ? (
        <p className="hf-error" role="alert">
          Could not rename: {failure.message}
        </p>
      ) : null}
    </div>
  );
}
