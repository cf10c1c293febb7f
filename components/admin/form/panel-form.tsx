"use client";

import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { FormErrors, FormState, FormValues } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";

type Answer<S> = { state: S; pending: boolean };
type Context = { values: FormValues; errors: FormErrors; idPrefix: string; namespace: string };

const FormContext = createContext<Context | null>(null);

/** The form the fields belong to: its values (as posted after an answer, else as saved) and errors. */
export function useFormContext(): Context {
  const context = useContext(FormContext);
  if (!context) throw new Error("A panel form field must be inside a PanelForm.");
  return context;
}

type Props<S extends FormState> = {
  /** The server action itself, not a wrapper: that is what lets a post without JavaScript come back with its answer. */
  action: (state: never, form: FormData) => Promise<S>;
  /** The values shown before any answer (the saved record, or a new one's defaults), in the shape a post has. */
  initial: FormValues;
  /** The next-intl namespace whose `errors.*` messages name this form's problems. */
  namespace: string;
  /** Field name → its label, so that each line of the summary says which field it links to. */
  labels?: Record<string, string>;
  /** What to say when the action answers `done: key` (a server page cannot pass a function). */
  notices?: Record<string, string>;
  /** Prefix of the fields' ids, when two forms on one page have fields of the same names. */
  idPrefix?: string;
  className?: string;
  children: ReactNode | ((answer: Answer<S>) => ReactNode);
};

/**
 * Every panel form: posts to its server action and, when the save is refused, shows every value as
 * typed, each field in error marked and described, and a summary at the top linking to them.
 * React resets a form after its action; the form is keyed on the answer so that the fields mount
 * again with the posted values as their defaults (selects and boxes included).
 */
export function PanelForm<S extends FormState>({ action, initial, namespace, labels = {}, notices = {}, idPrefix = "", className = "stack", children }: Props<S>) {
  const [state, formAction, pending] = useActionState(action as unknown as (state: Awaited<S>, form: FormData) => Promise<Awaited<S>>, {} as Awaited<S>);
  const context: Context = { values: state.values ?? initial, errors: state.errors ?? {}, idPrefix, namespace };
  return (
    <FormContext.Provider value={context}>
      <form key={JSON.stringify(state)} action={formAction} className={className} noValidate>
        <ErrorSummary errors={context.errors} refused={state.refused} labels={labels} namespace={namespace} idPrefix={idPrefix} />
        {state.done && notices[state.done] && (
          <p role="status" className="notice">
            {notices[state.done]}
          </p>
        )}
        {typeof children === "function" ? children({ state, pending }) : children}
      </form>
    </FormContext.Provider>
  );
}
