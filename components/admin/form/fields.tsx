"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { errorMessage, isChecked, textValue } from "@/lib/forms/form-state";
import { useFormContext } from "./panel-form";

/*
 * The fields of a PanelForm. Each takes its default from the form's values (as posted after a
 * refused save, else as saved), and when it is in error says so (aria-invalid) and is described by
 * its message, shown beside it. `describedBy` adds the ids of its hints.
 */

type Own = { name: string; describedBy?: string };

/**
 * Accessibility attributes and the id of a field of the current form. A field may also be marked
 * invalid by its caller (a row of fields with one error for the row).
 */
export function useField(name: string, describedBy?: string, id?: string, markedInvalid?: InputHTMLAttributes<HTMLInputElement>["aria-invalid"]) {
  const { errors, idPrefix } = useFormContext();
  const fieldId = id ?? `${idPrefix}${name}`;
  const invalid = name in errors;
  const described = [describedBy, invalid && `${idPrefix}${name}-error`].filter(Boolean).join(" ");
  return { id: fieldId, name, "aria-invalid": invalid ? (true as const) : markedInvalid, "aria-describedby": described || undefined };
}

/** A text-like input (text, email, number, date…) whose value comes back after a refused save. */
export function Input({ name, describedBy, id, ...props }: Own & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "type"> & { type?: string }) {
  const { values } = useFormContext();
  return <input {...props} {...useField(name, describedBy, id, props["aria-invalid"])} defaultValue={textValue(values, name)} />;
}

/**
 * A checkbox or radio button, ticked as it was posted. Boxes of one name (a list) or radios share the
 * name and differ by value; they carry no id unless given one, their group's legend names them.
 */
export function Choice({ name, describedBy, id, value = "on", ...props }: Own & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultChecked" | "value"> & { type: "checkbox" | "radio"; value?: string }) {
  const { values } = useFormContext();
  const field = useField(name, describedBy, id, props["aria-invalid"]);
  return <input {...props} {...field} id={id} value={value} defaultChecked={isChecked(values, name, value)} />;
}

export function TextArea({ name, describedBy, id, ...props }: Own & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue">) {
  const { values } = useFormContext();
  return <textarea {...props} {...useField(name, describedBy, id, props["aria-invalid"])} defaultValue={textValue(values, name)} />;
}

export function Select({ name, describedBy, id, ...props }: Own & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "defaultValue">) {
  const { values } = useFormContext();
  return <select {...props} {...useField(name, describedBy, id, props["aria-invalid"])} defaultValue={textValue(values, name)} />;
}

/** The message of a field in error, beside it; its id is what the field's aria-describedby names. */
export function FieldError({ name }: { name: string }) {
  const { errors, idPrefix, namespace } = useFormContext();
  const t = useTranslations(namespace as "Admin");
  if (!(name in errors)) return null;
  const { key, args } = errorMessage(errors[name] ?? "");
  return (
    <p id={`${idPrefix}${name}-error`} className="field-error">
      {t(`errors.${key}` as "nav", args)}
    </p>
  );
}

/** A group of boxes or radios: the summary links to it, and its error message describes it. */
export function ChoiceGroup({ name, describedBy, className = "field", children }: Own & { className?: string; children: ReactNode }) {
  const { id, "aria-describedby": described } = useField(name, describedBy);
  return (
    <fieldset id={id} className={className} aria-describedby={described}>
      {children}
    </fieldset>
  );
}

/**
 * The required reason of an invalidation, a restoration or an undo: kept in the audit log, so the
 * same field, limit and error wherever the panel asks for one.
 */
export function ReasonField({ label }: { label: string }) {
  const { idPrefix } = useFormContext();
  return (
    <div className="field">
      <label htmlFor={`${idPrefix}reason`}>{label}</label>
      <Input name="reason" maxLength={500} />
      <FieldError name="reason" />
    </div>
  );
}
