// Loads a value from the API and reloads on demand; errors become a message.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client.js';

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  // `deps` says when `load` means something new (e.g. another id), as with useEffect.
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    run().then((v) => { setValue(v); setError(undefined); }, (e: unknown) => setError(errorMessage(e)));
  }, [run]);
  useEffect(reload, [reload]);
  return { value, error, reload };
}
