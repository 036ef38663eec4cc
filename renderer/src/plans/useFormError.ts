// A form's one error: the service's reason and the field it names (or the
// form's own check), shown beside that field or, for other fields, at the top.
import { useState } from 'react';
import { ApiCallError, errorMessage } from '../api/client.js';

export interface FormError {
  field?: string;
  message: string;
}

export function useFormError(shownAtFields: (field: string) => boolean) {
  const [error, setError] = useState<FormError>();
  return {
    error,
    setError,
    /** The message for `field` when the error names it. */
    errorFor: (field: string) => (error?.field === field ? error.message : undefined),
    /** The message when no field shows it. */
    general: error && !(error.field && shownAtFields(error.field)) ? error.message : undefined,
    fail: (e: unknown) => setError(e instanceof ApiCallError ? { field: e.field, message: e.reason } : { message: errorMessage(e) }),
  };
}
