import { useCallback, useEffect, useState } from 'react';
import type { ProductionLibraryView } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';

const TABLES = ['workspace'];

/** The workspace's naming convention and spec library, kept current as teammates edit them. */
export function useProductionLibrary(): {
  library: ProductionLibraryView | null;
  setLibrary: (next: ProductionLibraryView) => void;
} {
  const api = useApi();
  const [library, setLibrary] = useState<ProductionLibraryView | null>(null);
  const load = useCallback(() => {
    api.production
      .library()
      .then(setLibrary)
      .catch(() => undefined);
  }, [api]);
  useEffect(load, [load]);
  useLiveRefetch(TABLES, load);
  return { library, setLibrary };
}
